"""Numeric evaluation (evaluation.py): the functions the sample points are evaluated through.
A factorial of a variable is its continuation Γ(y + 1) (`\\log y!` in a Poisson likelihood), so
identities that hold for the factorial hold at every sample point, and slips fail."""

import pytest

from checker.derive.document import check_text

POISSON = "The negative log-likelihood:\n\n$$-\\log\\frac{\\lambda^{y}e^{-\\lambda}}{y!} = %s$$"

# (text, verdict of its one step): each correct text beside its wrong twin
FACTORIALS = [
    (POISSON % "\\lambda - y\\log\\lambda + \\log y!", "holds"),
    (POISSON % "\\lambda - y\\log\\lambda - \\log y!", "fails"),
    ("$$(y + 1)! = (y + 1)\\, y!$$", "holds"),
    ("$$(y + 1)! = y \\cdot y!$$", "fails"),
    ("$$\\frac{y!}{y} = (y - 1)!$$", "holds"),
    ("$$\\frac{y!}{y} = (y + 1)!$$", "fails"),
    ("$$\\log (n!) - \\log ((n - 1)!) = \\log n$$", "holds"),
    ("$$\\log (n!) - \\log ((n - 1)!) = \\log (n - 1)$$", "fails"),
]


@pytest.mark.parametrize("text, verdict", FACTORIALS)
def test_a_factorial_of_a_variable_is_evaluated_as_its_gamma_continuation(text, verdict):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == [verdict], steps


_RELU = ("$z = (1, 0)$, $a = \\max(0, z)$ entry by entry, $L = \\frac{1}{2}\\sum_i (a_i - y_i)^2$, "
         "$y = (0, -1)$.\n\n")


@pytest.mark.parametrize("text, verdict", [
    # a slope taken exactly at a kink (ReLU at 0) is a convention: never failed
    (_RELU + "$$\\frac{\\partial L}{\\partial z_2} = 0$$", "undecided"),
    (_RELU + "$$\\frac{\\partial L}{\\partial z_2} = 1$$", "undecided"),
    # away from the kink it is checked
    (_RELU + "$$\\frac{\\partial L}{\\partial z_1} = 1$$", "holds"),
    (_RELU + "$$\\frac{\\partial L}{\\partial z_1} = 2$$", "fails"),
])
def test_a_slope_at_a_kink_is_a_convention(text, verdict):
    steps = check_text(text).steps
    assert steps and steps[-1].verdict == verdict, [(s.lhs, s.rhs, s.verdict, s.method)
                                                    for s in steps]


@pytest.mark.parametrize("text, verdict", [
    ("$$\\mathrm{round}(63.75) = 64$$", "holds"),
    ("$$\\mathrm{round}(63.75) = 63$$", "fails"),
    ("$$\\operatorname{round}(-1.2) = -1$$", "holds"),
    ("$$\\mathrm{round}(2.5) = 2$$", "undecided"),  # a half: half to even or away, a convention
    ("$$\\mathrm{round}(2.5) = 3$$", "undecided"),
    ("$s = 0.04$, $x = 2.55$: $\\mathrm{round}(x/s) = 64$", "holds"),
    ("양자화: $s = 0.1$, $x = 0.26$ 일 때 $q = \\mathrm{round}(x / s) = 2$", "fails"),
])
def test_round(text, verdict):
    assert [s.verdict for s in check_text(text).steps][-1] == verdict
