"""A name before parentheses (parenthesis.py): a name the text defines by an expression of other
names, written before a number in parentheses (`H(0)` after `H = X^T S X`) or before a name its
definition reaches (`R(P)` after `R = PQ`), is read as a product, but may mean the quantity at
a point or as a function: such a step never fails. A name defined with its argument (`g(w) =
...`) is a function: its value at a number is decided."""

import pytest

from checker.derive.document import check_text


@pytest.mark.parametrize("text", [
    # the Hessian written without its argument, then at θ = 0
    ("With $h = \\sigma(\\theta x)$ and $x = 2$, the curvature is $$H = h(1 - h)\\,x^2$$\n\n"
     "At the start, $H(0) = 0.25 \\cdot 4 = 1$."),
    # a gradient in Korean notes, at w = 0
    "손실의 기울기는 $g = 2(w - 3)$ 이다.\n\n초기값에서 $g(0) = -6$ 이다.",
    # a loss in Chinese notes, at x = 3
    "设 $f = (x - 1)^2$。\n\n在 $x = 3$ 处，$f(3) = 4$。",
    # a member with a subscript: a responsibility computed at x = 1, then at x = 0 (round 20)
    ("Weights $\\pi_1 = 0.3$, $\\pi_2 = 0.7$. At $x = 1$ both densities are $0.242$: "
     "$\\gamma_1 = \\frac{\\pi_1 \\cdot 0.242}{\\pi_1 \\cdot 0.242 + \\pi_2 \\cdot 0.242} = 0.3$.\n\n"
     "At $x = 0$: $\\gamma_1(0) = \\frac{0.3 \\cdot 0.399}{0.3 \\cdot 0.399 + 0.7 \\cdot 0.054} "
     "\\approx 0.760$."),
    ("가중치 $\\pi_1 = 0.3$, $\\pi_2 = 0.7$. $x = 1$ 에서 $r_1 = \\frac{\\pi_1 \\cdot 0.242}"
     "{\\pi_1 \\cdot 0.242 + \\pi_2 \\cdot 0.242} = 0.3$ 이다.\n\n$x = 0$ 에서는 "
     "$r_1(0) = \\frac{0.3 \\cdot 0.399}{0.3 \\cdot 0.399 + 0.7 \\cdot 0.054} \\approx 0.760$ 이다."),
    ("权重 $\\pi_1 = 0.3$，$\\pi_2 = 0.7$。在 $x = 1$ 处 $\\gamma_{1} = \\frac{\\pi_1 \\cdot 0.242}"
     "{\\pi_1 \\cdot 0.242 + \\pi_2 \\cdot 0.242} = 0.3$。\n\n在 $x = 0$ 处，"
     "$\\gamma_{1}(0) = \\frac{0.3 \\cdot 0.399}{0.3 \\cdot 0.399 + 0.7 \\cdot 0.054} \\approx 0.760$。"),
])
def test_a_defined_name_at_a_number_never_fails(text):
    steps = check_text(text).steps
    assert steps and all(s.verdict != "fails" for s in steps), steps
    # (the guess is said, or the reading the text decides: its one variable at that number)
    assert any("read as" in s.method and "at a point" in s.method or
               ", reading it as" in s.method for s in steps), steps


@pytest.mark.parametrize("text", [
    "The curvature is $$H(\\theta) = \\theta^2 + 1$$\n\nAt the start, $H(0) = 2$.",
    "손실의 기울기는 $g(w) = 2(w - 3)$ 이다.\n\n초기값에서 $g(0) = -5$ 이다.",
    "设 $f(x) = (x - 1)^2$。\n\n则 $f(3) = 5$。",
    "Let $g_1(w) = 2(w - 3)$.\n\nThen $g_1(0) = -5$.",
])
def test_a_function_at_a_number_is_decided(text):
    assert any(s.verdict == "fails" for s in check_text(text).steps), check_text(text).steps


# a name defined by an expression that depends on the name written in parentheses after it
# (`R(P)` after `R = PQ`, `Q = 200 - 10P`): R as a function of P, or R times P? never a failure;
# the product written out is checked
@pytest.mark.parametrize("claim, failing", [
    ("R(P) = 200P - 10P^2", False),
    ("R(P) = 200P - 20P^2", False),  # (a guess either way)
    ("R \\cdot P = 200P^2 - 10P^3", False),
    ("R \\cdot P = 200P - 10P^2", True),  # the product written out: checked
])
def test_a_defined_quantity_of_its_variable(claim, failing):
    text = f"Demand $Q = 200 - 10P$, revenue $R = PQ$, and $T = 3$.\n\n$${claim}$$"
    steps = check_text(text).steps
    assert any(s.verdict == "fails" for s in steps) == failing, steps


# a name defined by an expression of one variable (the others given values, `C = 2`), written
# before a number or that variable in parentheses: the text decides the reading, the quantity
# at that value (`y(0.4)` as y at t = 0.4), and a step that holds so holds; one that differs
# under it stays undecided (the product is still a reading), never holds
@pytest.mark.parametrize("text, right, wrong", [
    ("The solution is $u = Ae^{2s} + 1$ with $A = 3$.\n\nAt the start, $$u(0) = %s$$",
     "4", "3"),
    ("The solution is $u = Ae^{2s} + 1$ with $A = 3$.\n\nIn full, $$u(s) = %s$$",
     "3e^{2s} + 1", "3e^{s} + 1"),
    ("해는 $q = Be^{-r} - r$ 이고 $B = 2$ 이다.\n\n처음 값은 $$q(0) = %s$$", "2", "1"),
    ("解为 $v = 5 - Dk^2$，其中 $D = 0.5$。\n\n于是 $$v(2) = %s$$", "3", "4"),
])
def test_a_quantity_of_one_variable_at_a_value(text, right, wrong):
    assert [s.verdict for s in check_text(text % right).steps][-1] == "holds", \
        check_text(text % right).steps
    assert [s.verdict for s in check_text(text % wrong).steps][-1] == "undecided", \
        check_text(text % wrong).steps
