"""prime.given_primed: numbers for d' at the head of a chain, where d is defined from several
quantities or given a number (no one variable makes d' a derivative), name a quantity of its
own (d in a second case), a value given for the steps after it; a prime on a function of one
variable stays its derivative."""

import pytest

from checker.derive.document import check_text

CASES = ("The stopping distance is $s = \\frac{v^2}{2a}$ with $a = 5$ and $v = 10$, so "
         "$s = \\frac{100}{10} = 10$.\n\nAt twice the speed, $s' = \\frac{400}{10} = %s$.\n\n"
         "Hence $s'/s = %s$.")


@pytest.mark.parametrize("value, ratio, verdicts", [
    ("40", "4", ["holds", "holds"]),
    ("40", "2", ["holds", "fails"]),  # the ratio of the two cases, wrong
    ("45", "4", ["fails", "holds"]),  # the second case's own arithmetic, wrong
])
def test_a_primed_name_given_numbers_is_a_second_case(value, ratio, verdicts):
    steps = check_text(CASES % (value, ratio)).steps
    assert [s.verdict for s in steps if s.line in (3, 5)] == verdicts, [
        (s.line, s.lhs, s.rhs, s.verdict, s.method) for s in steps]


@pytest.mark.parametrize("formula, verdict", [
    ("y' = 6x", "holds"),  # y of one variable: y' is its derivative
    ("y' = 3x", "fails"),
])
def test_a_prime_on_a_function_of_one_variable_stays_a_derivative(formula, verdict):
    steps = check_text(f"Let $y = 3x^2$.\n\n$${formula}$$").steps
    assert [s.verdict for s in steps] == [verdict], steps


_FIT = ("The fit minimises $E(c) = \\frac{1}{2n}\\sum_{i=1}^{n}(c - y_i)^2$.\n\n"
        "With the data $y = (1, 3, 8)$, $E'(c) = %s$.")
_FIT_ZH = ("拟合目标为 $E(c) = \\frac{1}{2n}\\sum_{i=1}^{n}(c - y_i)^2$。\n\n"
           "数据为 $y = (1, 3, 8)$ 时，$E'(c) = %s$。")


@pytest.mark.parametrize("text, right, verdict", [
    # f'(x) through f's definition: the n of 1/(2n) is the length the sum runs to (the three
    # members the example gives), not a free number
    (_FIT, "c - 4", "holds"),
    (_FIT_ZH, "c - 4", "holds"),
    # wrong twins: the 1/n dropped, or a term off
    (_FIT, "c - 12", "fails"),
    (_FIT_ZH, "c - 5", "fails"),
])
def test_a_derivative_through_a_mean_over_the_examples_members(text, right, verdict):
    report = check_text(text % right)
    assert [s.verdict for s in report.steps if s.line == 3] == [verdict], report.steps


# the quantities a name is made of are counted through the names its formula defines: p = σ(u)
# with u = ax + c is made of a, x, c, so numbers for p' after the weights change name the new
# prediction (a value given), never p's derivative by u; a name whose formula reaches one
# quantity only (q = h² with h = 2t) keeps its prime a derivative
UPDATE = ("We write $u = a x + c$ and $p = \\sigma(u)$. Take $x = 2$, $a = 0.5$, $c = -1$: "
          "$u = 0$ and $p = \\sigma(0) = 0.5$.\n\nAfter one step $a' = 1.5$, $c' = -2$, so "
          "$u' = 1.5 \\cdot 2 - 2 = %s$ and $p' \\approx 0.7311$.")


@pytest.mark.parametrize("value, verdicts", [
    ("1", ["holds"]),
    ("2", ["fails"]),  # the new logit's arithmetic is still checked
])
def test_a_primed_prediction_after_an_update_is_a_value(value, verdicts):
    steps = check_text(UPDATE % value).steps
    assert [s.verdict for s in steps if s.line == 3] == verdicts, [
        (s.line, s.lhs, s.rhs, s.verdict, s.method) for s in steps]


@pytest.mark.parametrize("formula, verdict", [
    ("q' = 8t", "holds"),  # q = h², h = 2t: q = 4t², one quantity
    ("q' = 4t", "fails"),
])
def test_a_prime_through_a_defined_name_of_one_variable_stays_a_derivative(formula, verdict):
    steps = check_text(f"Let $h = 2t$ and $q = h^2$.\n\n$${formula}$$").steps
    assert [s.verdict for s in steps][-1] == verdict, steps
