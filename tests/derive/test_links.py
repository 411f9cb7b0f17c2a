"""What the text relates (link.py, definition.py, dependence.py): a name defined once for a
sample and used per sample, a link between two names written in prose or after its use. Each
row: a correct document whose step on `line` must hold (`expect`), and a wrong twin whose slip
must fail where the reading is certain, or stay undecided where it is a guess. Rows written in
the styles of real notes, none copied."""

import pytest

from checker.derive.document import check_text

MSE = ("The model is $\\hat{{y}} = wx + b$, and over $n$ samples $(x_i, y_i)$\n\n"
       "$$L = \\frac{{1}}{{n}}\\sum_{{i=1}}^{{n}}(\\hat{{y}}_i - y_i)^2$$\n\n"
       "$$\\frac{{\\partial L}}{{\\partial {var}}} = \\frac{{2}}{{n}}\\sum_{{i=1}}^{{n}}"
       "(\\hat{{y}}_i - y_i){factor}$$")
BCE = ("데이터 $(x_i, y_i)$ 에 대해 모델은 $p = \\sigma(wx + b)$ 이고 손실은\n\n"
       "$$J = -\\frac{{1}}{{m}}\\sum_{{i=1}}^{{m}}\\left(y_i \\log p_i + (1 - y_i)\\log(1 - p_i)"
       "\\right)$$\n\n"
       "$$\\frac{{\\partial J}}{{\\partial b}} = \\frac{{1}}{{m}}\\sum_{{i=1}}^{{m}}({a} - {b})$$")
EMBEDDING = ("The distance is $u = (g(x_1) - g(x_2))^2$.\n\nThen wrt the embedding $a = g(x_1)$, "
             "we have $\\frac{{\\partial u}}{{\\partial a}} = {rhs}$ with $b = g(x_2)$.")

ROWS = [
    # a model written for one sample (ŷ = wx + b), its loss per sample (ŷ_i): ŷ_i = wx_i + b
    ("per-sample model in an MSE, by w", MSE.format(var="w", factor="\\,x_i"), 5, "holds",
     MSE.format(var="w", factor=""), "fails"),
    ("per-sample model in an MSE, by b", MSE.format(var="b", factor=""), 5, "holds",
     MSE.format(var="b", factor="\\,x_i"), "fails"),
    ("per-sample sigmoid in a Korean BCE", BCE.format(a="p_i", b="y_i"), 5, "holds",
     BCE.format(a="y_i", b="p_i"), "fails"),
    # b related to other names right after the step that uses it (alternative.defined_below
    # reads it); g unknown and applied at two arguments: a guess either way
    ("a name related right after its use", EMBEDDING.format(rhs="2(a - b)"), 3, "undecided",
     EMBEDDING.format(rhs="2(a + b)"), "undecided"),
]

# correct documents the per-sample reading must leave alone (no step may fail)
ALONE = [
    ("softmax entries are no per-sample formula",
     ("$$\\hat{y} = \\mathrm{softmax}(z)$$\n\n"
      "$$\\frac{\\partial \\hat{y}_i}{\\partial z_i} = \\hat{y}_i(1 - \\hat{y}_i)$$")),
    ("a layer's units are no samples",
     ("$$z = Wx + b$$\n\nEach unit: $z_i = \\sum_j W_{ij} x_j + b_i$, so "
      "$$\\frac{\\partial z_i}{\\partial b_i} = 1$$")),
    ("an input indexed two ways",
     ("$$a = \\sigma(wx)$$\n\nWith inputs $x_i$ and $x_j$, "
      "$$\\frac{\\partial a_i}{\\partial x_j} = 0$$")),
]


def _verdicts(doc: str) -> list[tuple[int, str, str, str, str]]:
    return [(s.line, s.lhs, s.rhs, s.verdict, s.method) for s in check_text(doc).steps]


@pytest.mark.parametrize("doc, line, expect", [
    pytest.param(doc, line, expect, id=f"{what} ({'wrong twin' if twin else 'correct'})")
    for what, right, line, holds, wrong, fails in ROWS
    for doc, expect, twin in ((right, holds, False), (wrong, fails, True))])
def test_a_link_read_decides_the_step(doc, line, expect):
    verdicts = _verdicts(doc)
    assert [v[3] for v in verdicts if v[0] == line] == [expect], verdicts
    if expect == "holds":
        assert not [v for v in verdicts if v[3] == "fails"], verdicts


@pytest.mark.parametrize("doc", [pytest.param(d, id=w) for w, d in ALONE])
def test_correct_text_the_reading_leaves_alone_never_fails(doc):
    verdicts = _verdicts(doc)
    assert verdicts and not [v for v in verdicts if v[3] == "fails"], verdicts


# a product of names each given a number right there is the example's arithmetic (a claim);
# one whose names have no value there, or values given long before, names the expression
PRODUCTS = [
    ("en, loss scaling", "With $S = 1024$, a gradient $g = 2^{-20}$ gives $S g = 2^{-10}$.",
     ["holds"]),
    ("en, loss scaling slip", "With $S = 1024$, a gradient $g = 2^{-20}$ gives $S g = 2^{-11}$.",
     ["fails"]),
    ("ko, two values then their product", "$\\eta = 0.1$, $\\lambda = 0.01$ 이면\n"
     "$\\eta\\lambda = 0.001$ 이다.", ["holds"]),
    ("zh, product slip", "取 $\\eta = 0.1$，$\\lambda = 0.01$，则 $\\eta\\lambda = 0.01$。",
     ["fails"]),
    ("en, no values: a label", "$$XW = \\begin{bmatrix} 1 & 2 \\end{bmatrix}$$", []),
    ("en, values long before: a label",
     "Let $a = 2$ and $b = 3$.\n\nSome prose.\n\nMore prose.\n\nAnd more.\n\n$$ab = 7$$", []),
]


@pytest.mark.parametrize("what, doc, verdicts", PRODUCTS, ids=[p[0] for p in PRODUCTS])
def test_a_product_of_names_given_numbers_right_there(what, doc, verdicts):
    assert [s.verdict for s in check_text(doc).steps] == verdicts
