"""Labels before a colon (tag.py): `\\text{C1}: 32 - 5 + 1 = 28` states `32 - 5 + 1 = 28`; a case
label `j=1:` gives j its value for the line (`n = 6:\ n^2 = 36` is checked at n = 6, not at an
earlier n); a ratio (`a : b`, `3 : 4 : 1`) is never a label."""

import pytest

from checker.derive.document import check_text
from checker.derive.glyph import prepare
from checker.derive.lexer import tokenize
from checker.derive.tag import untagged


def _values(formula: str) -> list[str]:
    return [t.value for t in untagged(tokenize(prepare(formula)))]


UNTAGGED = [
    (r"\text{C1}: 32 - 5 + 1 = 28", ["32", "-", "5", "+", "1", "=", "28"]),
    (r"\mathrm{Conv1}: 6 \cdot 26 = 156", ["6", "*", "26", "=", "156"]),
    (r"Conv: 6 + 1 = 7", ["6", "+", "1", "=", "7"]),  # a capitalised word typed in math
    # prose (a statement of its own before the formula): the colon alone goes
    (r"\text{第1层}: 16 \times 7 + 7 = 119", ["第1层", "16", "*", "7", "+", "7", "=", "119"]),
    (r"\text{층 1}: 2 + 2 = 4", ["층 1", "2", "+", "2", "=", "4"]),
    (r"j=1:\ 1 + 1 = 2", ["j", "=", "1", "quad", "1", "+", "1", "=", "2"]),
    (r"x = 1, \quad \text{S2}: 2 \cdot 3 = 6", ["x", "=", "1", ",", "quad", "2", "*", "3", "=",
                                                  "6"]),
    # a kernel's size labelling a layer's count
    (r"1\times1: \ 256 \cdot 64 = 16{,}384", ["256", "*", "64", "=", "16384"]),
    (r"3x3: 9 \cdot 64", ["9", "*", "64"]),
    (r"1 \times 7 \times 7: 49 \cdot 3", ["49", "*", "3"]),
    (r"32 \times 32: 1024", None),  # no small kernel: left alone
    # a hypothesis's name: the case it states goes with it (no step, no value)
    (r"H_0: \mu = 10", []),
    (r"H_{1}: p \neq 0.5, \quad z = 2.4", ["quad", "z", "=", "2.4"]),
    (r"H_a: p > 0.5", []),
    # left alone: ratios, a single letter, a colon inside brackets, a definition `:=`
    (r"\text{GRU} : \text{LSTM} : \text{RNN} = 3 : 4 : 1", None),
    (r"a : b = 2", None),
    (r"E[i, :] = e_i", None),
    (r"f := 2", None),
    (r"\{x : x > 0\}", None),
]


@pytest.mark.parametrize("formula, expected", UNTAGGED)
def test_untagged(formula, expected):
    tokens = [t.value for t in tokenize(prepare(formula))]
    assert _values(formula) == (tokens if expected is None else expected)


def _verdicts(text: str) -> list[tuple[str, str, str]]:
    return [(s.verdict, s.lhs, s.rhs) for s in check_text(text).steps]


DOCUMENTS = [
    # en: layer labels in an exam key, one wrong
    ("# LeNet-5\n\n$$\\text{C1}: 32 - 5 + 1 = 28$$\n\n$$\\text{C3}: 14 - 5 + 1 = 11$$\n",
     [("holds", "32 - 5 + 1", "28"), ("fails", "14 - 5 + 1", "11")]),
    # ko: a case label before each line of a sum
    ("# KL 항\n\n$$j=1:\\ 0.25 + 0.25 - 1 = -0.5$$\n\n$$j=2:\\ 1 + 1 - 1 = 2$$\n",
     [("holds", "0.25 + 0.25 - 1", "-0.5"), ("fails", "1 + 1 - 1", "2")]),
    # zh: a label in CJK prose
    ("# 参数量\n\n$$\\text{第1层}: 1433 \\times 16 + 16 = 22944$$\n\n"
     "$$\\text{第2层}: 16 \\times 7 + 7 = 112$$\n",
     [("holds", "1433·16 + 16", "22944"), ("fails", "16·7 + 7", "112")]),
    # en: two labelled statements on one line
    ("# Shapes\n\n$$\\text{C1}: 6 \\cdot (5 \\cdot 5 + 1) = 156, \\qquad \\text{S2}: 2 \\cdot 6 "
     "= 12$$\n", [("holds", "6·(5·5 + 1)", "156"), ("holds", "2·6", "12")]),
    # hypotheses stated (en, ko, zh): no step; the statistic after them checked, a slip flagged
    ("Test $H_0: \\mu = 10$ against $H_1: \\mu \\neq 10$: $t = \\frac{0.5}{0.5} = 1$.\n",
     [("holds", "0.5/0.5", "1")]),
    ("귀무가설 $H_0: p = 0.5$, 검정통계량 $z = \\frac{0.06}{0.025} = 2.5$.\n",
     [("fails", "0.06/0.025", "2.5")]),
    ("原假设 $H_0: \\mu = 100$，$z = \\frac{104 - 100}{10/5} = 2$。\n",
     [("holds", "(104 - 100)/(10/5)", "2")]),
    ("原假设 $H_0: \\mu = 100$，$z = \\frac{104 - 100}{10/5} = 4$。\n",
     [("fails", "(104 - 100)/(10/5)", "4")]),
    # a hypothesis, then an arrow to the statistic (review22): the computation after it checked
    ("$H_0: p = 0.5 \\Rightarrow z = \\frac{0.56 - 0.5}{\\sqrt{0.25 / 100}} = 1.2$\n",
     [("holds", "(0.56 - 0.5)/sqrt(0.25/100)", "1.2")]),
    ("$H_0: p = 0.5 \\Rightarrow z = \\frac{0.56 - 0.5}{\\sqrt{0.25 / 100}} = 0.12$\n",
     [("fails", "(0.56 - 0.5)/sqrt(0.25/100)", "0.12")]),
    ("귀무가설 $H_0: \\mu = 10 \\implies t = \\frac{12 - 10}{1} = 2$ 이다.\n",
     [("holds", "(12 - 10)/1", "2")]),
]


@pytest.mark.parametrize("text, expected", DOCUMENTS)
def test_documents(text, expected):
    assert _verdicts(text) == expected


def test_a_case_label_binds_nothing():
    """`j=1:` is the case the line is about; a later formula in j is not read at j = 1."""
    text = "# Cases\n\n$$j=1:\\ 2 + 2 = 4$$\n\nthen $f(j) = j^2$ and $f(j) + f(j) = 2j^2$.\n"
    assert ("holds", "2 + 2", "4") in _verdicts(text)
    assert all(v != "fails" for v, _, _ in _verdicts(text))


def test_a_ratio_is_refused_by_name():
    steps = check_text("# Ratio\n\nSo GRU : LSTM : RNN $= 3 : 4 : 1$.\n").steps
    assert [s.verdict for s in steps] == ["unreadable"]
    assert "ratio" in steps[0].method and "a/b" in steps[0].method


@pytest.mark.parametrize("text, verdicts", [
    # a case label after the example bound the name to another value: checked at the label's
    ("With $n = 4$ we get $n^2 = 16$.\n\n$$n = 6:\\ n^2 = 36$$\n", ["holds", "holds"]),
    ("令 $n = 4$。\n\n$$n = 7:\\ \\frac{n(n-1)}{2} = 21$$\n", ["holds"]),
    ("학습률 $\\eta_t = 0.1 \\cdot 0.5^t$ 이다.\n\n$$t = 3:\\ \\eta_t = 0.0125$$\n", ["holds"]),
    # wrong twin: still fails at the label's value
    ("With $n = 4$ we get $n^2 = 16$.\n\n$$n = 6:\\ n^2 = 30$$\n", ["holds", "fails"]),
    # a word and a digit as the label (Epoch1, Conv1): read, never a crash
    ("Epochs.\n\n$$\\mathrm{Epoch1}: L = 0.9$$\n\n$$\\mathrm{Conv1}: 32 - 5 + 1 = 28$$\n", ["holds"]),
])
def test_a_case_label_gives_its_line_the_value(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts
