"""The mean X̄ of a family X_1, ..., X_n the text names and leaves undefined (average.py): read
as the sample mean, under the members' stated distribution and independence; steps it makes hold
hold, and a step that differs stays undecided (a convention, never a failure)."""

import pytest

from checker.derive.average import Family, read_families
from checker.derive.document import check_text

NORMAL_KO = ("$X_1,\\dots,X_n \\sim \\mathcal{N}(\\theta, \\sigma^2)$ 독립, "
             "$\\hat\\theta_c = c\\,\\bar X$.\n\n")
NORMAL_EN = ("Let $X_1, \\ldots, X_n \\sim \\mathcal{N}(\\mu, \\sigma^2)$ be independent and "
             "shrink the mean: $\\hat\\mu = a\\bar X$.\n\n")
WORDED_ZH = ("设 $x_1, \\dots, x_m$ 相互独立，均值为 0，方差为 $s^2$。\n\n")
UNIFORM_EN = ("Draw $U_1, \\dots, U_N \\sim U(0, 1)$ independently.\n\n")
NOT_INDEPENDENT = "Let $X_1, \\ldots, X_n \\sim \\mathcal{N}(\\mu, \\sigma^2)$.\n\n"

# (preamble, formula, the verdicts of its steps)
ROWS = [
    (NORMAL_KO, "- 편향: $\\mathbb{E}[c\\bar X] - \\theta = (c - 1)\\theta$", {"holds"}),
    (NORMAL_KO, "- 분산: $\\operatorname{Var}(c\\bar X) = c^2\\sigma^2/n$", {"holds"}),
    (NORMAL_EN, "$$\\mathbb{E}[a\\bar X] - \\mu = (a - 1)\\mu$$", {"holds"}),
    (NORMAL_EN, "$$\\operatorname{Var}(a\\bar X) = \\frac{a^2\\sigma^2}{n}$$", {"holds"}),
    (WORDED_ZH, "$$\\mathrm{Var}(2\\bar x) = 4\\,\\mathrm{Var}(\\bar x) = \\frac{4 s^2}{m}$$",
     {"holds"}),
    (UNIFORM_EN, "$$\\mathbb{E}[2\\bar U] - 1 = 0$$", {"holds"}),
    # wrong twins: the count not divided by, the square of the scale dropped: a convention
    # read, so undecided, never a failure
    (NORMAL_KO, "- 분산: $\\operatorname{Var}(c\\bar X) = c^2\\sigma^2$", {"undecided"}),
    (NORMAL_EN, "$$\\operatorname{Var}(a\\bar X) = \\frac{a\\sigma^2}{n}$$", {"undecided"}),
    (WORDED_ZH, "$$\\mathrm{Var}(2\\bar x) = 4\\,\\mathrm{Var}(\\bar x) = \\frac{2 s^2}{m}$$",
     {"holds", "undecided"}),
    # independence not said: not read
    (NOT_INDEPENDENT, "$$\\operatorname{Var}(a\\bar X) = \\frac{a^2\\sigma^2}{n}$$",
     {"undecided"}),
]


@pytest.mark.parametrize("preamble,formula,verdicts", ROWS)
def test_sample_mean_statistics(preamble, formula, verdicts):
    steps = check_text(preamble + formula + "\n").steps
    last = [s for s in steps if s.line == max(t.line for t in steps)]
    assert {s.verdict for s in last} == verdicts, [(s.verdict, s.method) for s in last]


@pytest.mark.parametrize("text,expected", [
    ("$X_1,\\dots,X_n$", Family(1, "X", "n")),
    ("$x_1, \\ldots, x_{m}$ are i.i.d.", Family(1, "x", "m")),
    ("样本 $y_1, \\cdots, y_N$", Family(1, "y", "N")),
])
def test_read_families(text, expected):
    assert read_families(text) == (expected,)


@pytest.mark.parametrize("text", ["$x_1, x_2, x_3$", "$X_1, \\dots, Y_n$", "$w_{1}$"])
def test_no_family_read(text):
    assert read_families(text) == ()


def test_a_difference_under_the_convention_says_how_to_decide_it():
    steps = check_text(NORMAL_EN + "$$\\operatorname{Var}(a\\bar X) = \\frac{a\\sigma^2}{n}$$\n").steps
    assert [s.verdict for s in steps] == ["undecided"]
    assert "\\bar X = \\frac{1}{n}\\sum_i X_i" in steps[0].method, steps[0].method
