"""Labelled variants (variant.py): list items that each open with a label and give one name its
value under that label. Each row: correct notes (no step may fail) and a wrong twin whose slip
is certain (a step must still fail)."""

import pytest

from checker.derive.document import check_text
from checker.derive.variant import label, siblings

_RIDGE = ("The one-feature solution is $\\hat w = \\frac{\\sum x_i y_i}{\\sum x_i^2 + \\lambda}$.\n\n"
          "$x = (1, 2, 3)$, $y = (1, 3, 2)$, $\\lambda = 0.25$.\n\n")
ROWS = [
    ("MLE and MAP items (en)",
     _RIDGE + "- MLE: $\\hat w = 13/14 \\approx 0.929$\n- MAP: $\\hat w = 13/14.25 \\approx 0.912$\n",
     _RIDGE + "- MLE: $\\hat w = 13/14 \\approx 0.929$\n- MAP: $\\hat w = 13/14.25 \\approx 0.921$\n"),
    ("optimisers in bold labels, numbered (en)",
     "$w_1 = w_0 - \\eta g$ with $w_0 = 1$, $\\eta = 0.1$, $g = 2$.\n\n"
     "1. **SGD**: $w_1 = 1 - 0.2 = 0.8$\n2. **Sign SGD**: $w_1 = 1 - 0.1 = 0.9$\n",
     "$w_1 = w_0 - \\eta g$ with $w_0 = 1$, $\\eta = 0.1$, $g = 2$.\n\n"
     "1. **SGD**: $w_1 = 1 - 0.2 = 0.7$\n2. **Sign SGD**: $w_1 = 1 - 0.1 = 0.9$\n"),
    ("estimators in Korean",
     "추정량은 $\\hat\\theta = \\frac{k + a}{n + a + b}$ 이고 $k = 7$, $n = 10$, $a = 2$, $b = 2$.\n\n"
     "- 최대우도: $\\hat\\theta = 7/10 = 0.7$\n- 사후평균: $\\hat\\theta = 9/14 \\approx 0.643$\n",
     "추정량은 $\\hat\\theta = \\frac{k + a}{n + a + b}$ 이고 $k = 7$, $n = 10$, $a = 2$, $b = 2$.\n\n"
     "- 최대우도: $\\hat\\theta = 7/10 = 0.7$\n- 사후평균: $\\hat\\theta = 9/14 \\approx 0.743$\n"),
    ("estimators in Chinese, full-width colons",
     "估计量 $\\hat p = \\frac{k + 1}{n + 2}$，其中 $k = 3$，$n = 4$。\n\n"
     "- 极大似然：$\\hat p = 3/4 = 0.75$\n- 拉普拉斯平滑：$\\hat p = 4/6 \\approx 0.667$\n",
     "估计量 $\\hat p = \\frac{k + 1}{n + 2}$，其中 $k = 3$，$n = 4$。\n\n"
     "- 极大似然：$\\hat p = 3/4 = 0.75$\n- 拉普拉斯平滑：$\\hat p = 4/6 \\approx 0.6$\n"),
]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_correct_variants_never_fail(what, right, wrong):
    failing = [(s.line, s.lhs, s.rhs) for s in check_text(right).steps if s.verdict == "fails"]
    assert not failing, failing


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_the_wrong_twin_still_fails(what, right, wrong):
    assert any(s.verdict == "fails" for s in check_text(wrong).steps)


@pytest.mark.parametrize("text, expected", [
    ("- MLE: $\\hat w = 1$", "MLE"),
    ("* **Adam**: $w_1 = 0.9$", "Adam"),
    ("1. Ridge ($\\lambda = 1$): $w = 2$", None),  # a formula in the label: a case, not a label
    ("- 极大似然：$\\hat p = 0.75$", "极大似然"),
    ("- the gradient is $g = 2$", None),
    ("MLE: $\\hat w = 1$", None),  # no list item, no bold: a sentence
])
def test_label(text, expected):
    assert label(text) == expected


def test_siblings_are_the_other_labels_of_one_list():
    lines = ["intro", "", "- MLE: $a = 1$", "- MAP: $a = 2$", "", "- MLE: $a = 3$", "", "", "",
             "- far: $a = 4$"]
    assert siblings(lines, 3) == [(4, "MAP")]
