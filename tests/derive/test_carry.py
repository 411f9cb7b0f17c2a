"""A rounded value carried on (carry.py): a value the text gave a call or a name with `≈` is the
value the writer computes with, in `=` steps too (`with_approximated`). Each row: correct notes
(no step may fail) and a wrong twin whose slip exceeds the rounding (a step must still fail)."""

import pytest

from checker.derive.document import check_text
from tests.derive.twins import check_twins

ROWS = [
    ("sigmoid value carried into its derivative (en)",
     "At $z = 2$: $\\sigma(2) \\approx 0.88$, so $\\sigma'(2) = \\sigma(2)(1 - \\sigma(2)) = "
     "0.88 \\times 0.12 = 0.1056$.",
     "At $z = 2$: $\\sigma(2) \\approx 0.88$, so $\\sigma'(2) = \\sigma(2)(1 - \\sigma(2)) = "
     "0.88 \\times 0.21 = 0.1848$."),
    ("tanh value carried, on the next line (ko)",
     "$\\tanh(1) \\approx 0.76$ 이다.\n\n따라서 $1 - \\tanh(1)^2 = 1 - 0.76^2 = 0.4224$.",
     "$\\tanh(1) \\approx 0.76$ 이다.\n\n따라서 $1 - \\tanh(1)^2 = 1 - 0.67^2 = 0.5511$."),
    ("exponential carried into a ratio (zh)",
     "$e^{1} \\approx 2.72$，所以 $\\frac{e^{1}}{e^{1} + 1} = \\frac{2.72}{3.72} \\approx 0.731$。",
     "$e^{1} \\approx 2.72$，所以 $\\frac{e^{1}}{e^{1} + 1} = \\frac{2.72}{3.27} \\approx 0.832$。"),
    # a value stated at one p is not carried to a step whose own aside sets another p
    ("a log-loss at the aside's confidence (en)",
     "At $p = 0.9$ the loss is $-\\log p \\approx 0.105$.\n\n"
     "$$\\ell = -\\log p \\approx 0.223 \\quad (p = 0.8)$$",
     "At $p = 0.9$ the loss is $-\\log p \\approx 0.105$.\n\n"
     "$$\\ell = -\\log p \\approx 0.105 \\quad (p = 0.8)$$"),
    ("a square root at the aside's value (ko)",
     "$x = 4$ 일 때 $\\sqrt{x} \\approx 2.0$ 이다.\n\n"
     "$$\\sqrt{x} \\approx 3.0 \\quad (x = 9)$$",
     "$x = 4$ 일 때 $\\sqrt{x} \\approx 2.0$ 이다.\n\n"
     "$$\\sqrt{x} \\approx 2.0 \\quad (x = 9)$$"),
    ("a discount sum at the aside's gamma (zh)",
     "当 $\\gamma = 0.5$ 时 $\\frac{1}{1 - \\gamma} \\approx 2.0$。\n\n"
     "$$\\frac{1}{1 - \\gamma} \\approx 4.0 \\quad (\\gamma = 0.75)$$",
     "当 $\\gamma = 0.5$ 时 $\\frac{1}{1 - \\gamma} \\approx 2.0$。\n\n"
     "$$\\frac{1}{1 - \\gamma} \\approx 2.0 \\quad (\\gamma = 0.75)$$"),
]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_correct_steps_never_fail_and_the_wrong_twin_does(what, right, wrong):
    check_twins(right, wrong)


def test_the_method_names_the_rounded_value():
    steps = check_text(ROWS[0][1]).steps
    assert any("σ(2) ≈ 0.88" in s.method for s in steps if s.verdict == "holds")
