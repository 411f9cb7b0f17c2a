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
]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_correct_steps_never_fail_and_the_wrong_twin_does(what, right, wrong):
    check_twins(right, wrong)


def test_the_method_names_the_rounded_value():
    steps = check_text(ROWS[0][1]).steps
    assert any("σ(2) ≈ 0.88" in s.method for s in steps if s.verdict == "holds")
