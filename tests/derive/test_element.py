"""Entries of a name the example gives as a whole (element.given_whole): z = Wx + b with W
unknown, then "the forward pass gives z = (1.5, 0.5, -1.0)": z_k are that tuple's entries in a
step without derivatives; a derivative by z_k still reads z through its definition."""

import pytest

from checker.derive.document import check_text

_LAYER = ("The layer is $z = Wx + b$ with $W \\in \\mathbb R^{3\\times 2}$, and "
          "$p = \\mathrm{softmax}(z)$.\n\nHere $x = (1, 2)^\\top$ and the forward pass gives "
          "$z = (1.5,\\ 0.5,\\ -1.0)$.\n\n")
_ZH = ("线性层 $z = Wx + b$，$W \\in \\mathbb R^{3\\times 2}$；取 $x = (1, 2)^\\top$，"
       "前向得到 $z = (1.5,\\ 0.5,\\ -1.0)$。\n\n")
_KO = ("은닉층 $h = Wx$ 이고 $W$ 는 학습된 값이다. 예제에서 $x = (1, 0)$ 일 때 "
       "$h = (2,\\ 1,\\ 0.5,\\ -1)$ 을 얻는다.\n\n")

ROWS = [
    ("en, the softmax denominator at the given logits",
     _LAYER + "$$\\sum_k e^{z_k} \\approx 6.4983$$", ["holds"]),
    ("en, the softmax denominator at the given logits (z_3 taken as +1)",
     _LAYER + "$$\\sum_k e^{z_k} \\approx 8.8507$$", ["fails"]),
    ("ko, two entries of a given hidden vector",
     _KO + "$$e^{h_1} + e^{h_2} \\approx 10.107$$", ["holds"]),
    ("ko, two entries of a given hidden vector (e^2 read as 2e)",
     _KO + "$$e^{h_1} + e^{h_2} \\approx 8.155$$", ["fails"]),
    ("zh, an entry of the given logits",
     _ZH + "$$z_1 - z_3 = 2.5$$", ["holds"]),
    ("zh, an entry of the given logits (the sign of z_3 dropped)",
     _ZH + "$$z_1 - z_3 = 0.5$$", ["fails"]),
    # not read from the given whole: a derivative by the entries, no whole given
    ("en, a derivative by an entry reads z through its definition",
     _LAYER + "$$\\frac{\\partial z_1}{\\partial b} = 1$$", ["holds"]),
    ("en, no value given for z: the entries stay names",
     "The layer is $z = Wx + b$ with $W \\in \\mathbb R^{3\\times 2}$.\n\n"
     "$$\\sum_k e^{z_k} \\approx 6.4983$$", ["undecided"]),
]


@pytest.mark.parametrize("style, text, verdicts", ROWS, ids=[r[0] for r in ROWS])
def test_entries_of_a_given_whole(style, text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, [(s.line, s.verdict, s.method) for s in steps]


# x_{ij}, feature j of example x_i (element.feature): entry j of the vector x_i, where x_i is a
# vector (inferred from wᵀx_i, or declared) and x_{ij} no name of its own; a wrong twin never
# holds (undecided: the shapes are a reading, or x_i any vector of its declared shape)
_FEATURE = "For example $i$ let $h_i = \\sigma(u^\\top v_i)$, with $v_{ik}$ feature $k$ of it.\n\n"
_FEATURE_ZH = "对样本 $v_i$，令 $h_i = \\sigma(u^T v_i)$，其中 $v_{ik}$ 为第 $k$ 个特征。\n\n"
_DECLARED = "Let $u, v_i \\in \\mathbb{R}^3$ and $h_i = \\sigma(u^\\top v_i)$.\n\n"
_LOSS = "$$\\ell = \\sum_{i=1}^{m} \\left(y_i \\log h_i + (1 - y_i)\\log(1 - h_i)\\right)$$\n\n"


@pytest.mark.parametrize("text, verdict", [
    (_FEATURE + "$$\\frac{\\partial h_i}{\\partial u_k} = h_i(1 - h_i)v_{ik}$$", "holds"),
    (_FEATURE_ZH + "$$\\frac{\\partial h_i}{\\partial u_k} = h_i(1 - h_i)v_{ik}$$", "holds"),
    (_DECLARED + "$$\\frac{\\partial h_i}{\\partial u_k} = h_i(1 - h_i)v_{ik}$$", "holds"),
    # inside a sum over the examples: v_i at each i
    (_FEATURE + _LOSS + "$$\\frac{\\partial \\ell}{\\partial u_k} = \\sum_{i=1}^{m}(y_i - h_i)"
     "v_{ik}$$", "holds"),
    # wrong twins
    (_FEATURE + "$$\\frac{\\partial h_i}{\\partial u_k} = h_i v_{ik}$$", "undecided"),
    (_FEATURE_ZH + "$$\\frac{\\partial h_i}{\\partial u_k} = h_i(1 - h_i)v_{ki}$$", "undecided"),
    (_DECLARED + "$$\\frac{\\partial h_i}{\\partial u_k} = (1 - h_i)v_{ik}$$", "undecided"),
    (_FEATURE + _LOSS + "$$\\frac{\\partial \\ell}{\\partial u_k} = \\sum_{i=1}^{m}(h_i - y_i)"
     "v_{ik}$$", "undecided"),
])
def test_a_feature_of_an_example_vector(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict


# an entry of a bound vector at an index letter the text gives a whole number (`c = 1`, the
# true class): that entry, not a free letter's stand-in (p_c was read as p_2 whatever c was)
_GIVEN = ("The true class is $c = %s$.\n\nThe loss is $L = -\\log p_c$.\n\n"
          "Example: $p = (0.5, 0.3, 0.2)$:\n\n$$L = -\\log %s$$")
_GIVEN_ZH = "真实类别 $y = %s$，损失 $\\ell = -\\ln q_y$。\n\n例：$q = (0.1, 0.6, 0.3)$，则\n\n$$\\ell = -\\ln %s$$"


@pytest.mark.parametrize("text, verdict", [
    (_GIVEN % ("1", "0.5"), "holds"),
    (_GIVEN % ("1", "0.3"), "fails"),
    (_GIVEN % ("2", "0.3"), "holds"),
    (_GIVEN % ("3", "0.2"), "holds"),
    (_GIVEN % ("3", "0.3"), "fails"),
    (_GIVEN_ZH % ("2", "0.6"), "holds"),
    (_GIVEN_ZH % ("2", "0.1"), "fails"),
])
def test_an_entry_at_a_given_index_letter(text, verdict):
    assert [s.verdict for s in check_text(text).steps][-1] == verdict, check_text(text).steps


# a vector written in brackets (`k = [1, 0, -1]`, no binding of its own for k_0) in a text
# that counts its entries from 0 (NumPy, convolution notes): k_0 is the first entry
ZERO_EN = "Indices start at 0, as in NumPy.\n\nTake $k = [1, 0, -1]$ and $x = [2, 1, 3]$.\n\n"
ZERO_KO = "인덱스는 0 부터 센다.\n\n$w = [0.5, -1, 2]$ 로 두자.\n\n"


@pytest.mark.parametrize("text, verdict", [
    (ZERO_EN + "$$k_0 x_0 + k_1 x_1 + k_2 x_2 = -1$$", "holds"),
    (ZERO_EN + "$$k_0 x_0 + k_1 x_1 + k_2 x_2 = 1$$", "fails"),
    (ZERO_EN + "$$\\sum_{j=0}^{2} k_j x_j = -1$$", "holds"),
    (ZERO_EN + "$$\\sum_{j=0}^{2} k_j x_j = -4$$", "fails"),
    (ZERO_KO + "$$w_0 + w_2 = 2.5$$", "holds"),
    (ZERO_KO + "$$w_0 + w_2 = 1.5$$", "fails"),
    # an index past the vector's last entry (x_3 of three): the entries are names of their own
    (ZERO_KO + "$$w_0 + w_3 = 2.5$$", "undecided"),
])
def test_entries_counted_from_zero_of_a_bracketed_vector(text, verdict):
    assert [s.verdict for s in check_text(text).steps] == [verdict]
