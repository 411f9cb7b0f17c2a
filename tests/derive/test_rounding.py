"""Numbers written rounded (rounding.py): `≈` between expressions with variables holds when the
sides agree, at random values, to the digits of the numbers shown rounded."""

import pytest

from checker.derive.document import check_text


@pytest.mark.parametrize("formula", [
    # the coefficient of a step written with a rounded constant
    "\\frac{0.1\\,\\eta\\, g}{\\sqrt{0.001}\\,|g|} \\approx 3.16\\,\\eta\\,\\mathrm{sign}(g)",
    "\\frac{x}{\\sqrt{2}} \\approx 0.7071\\,x",
    "\\ln(10)\\, t \\approx 2.303\\, t",
    "w - 0.01 \\cdot \\frac{g}{\\sqrt{0.0004}} \\approx w - 0.500\\, g",
])
def test_an_approximation_with_variables_holds_to_the_digits_shown(formula):
    steps = check_text(f"$${formula}$$").steps
    assert [s.verdict for s in steps] == ["holds"], steps


@pytest.mark.parametrize("formula", [
    "\\frac{x}{\\sqrt{2}} \\approx 0.7171\\,x",  # a digit slip
    "\\frac{x}{\\sqrt{2}} \\approx 0.71\\,x",  # fewer digits than it is off by
    "\\ln(10)\\, t \\approx 2.303\\, t^2",
    # an approximation for small h, not an identity: never decided from random points
    "f(x + h) \\approx f(x) + h f'(x)",
    "\\sin(x) \\approx x",
])
def test_an_approximation_that_is_not_one_to_those_digits_does_not_hold(formula):
    steps = check_text(f"$${formula}$$").steps
    assert steps and all(s.verdict == "undecided" for s in steps), steps
