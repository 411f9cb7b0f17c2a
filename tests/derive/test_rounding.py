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


@pytest.mark.parametrize("formula, relations", [
    ("\\sigma(0.5) \\approx 0.6225", ["≈"]),
    ("0.2 + 0.3 = 0.5", ["="]),
    ("\\sqrt{2} \\approx 1.414", ["≈"]),
    ("\\frac{1}{4} = 0.25 \\approx 0.3", ["=", "≈"]),
])
def test_a_step_reports_the_relation_it_was_written_and_checked_with(formula, relations):
    """A step written with ≈ is shown with ≈ (it was checked to the claimed digits), never as an
    equality it does not claim."""
    steps = check_text(f"$${formula}$$").steps
    assert [s.relation for s in steps] == relations, steps
