"""Stated derivatives (facts.py): a chain that names the upstream gradient before stating it
(`g = \\partial L/\\partial y = (0.5, -1)`) states ∂L/∂y as much as `\\partial L/\\partial y = (0.5,
-1)` does, so a later step's g_1 (∂L/∂y_1 of an undefined L) is its entry, and L is read as a
function of as many outputs as the vector has (application.stated_length)."""

import pytest

from checker.derive.document import check_text
from checker.derive.facts import stated_derivative
from checker.derive.tree import Deriv, Num, Shape, Sym

EN = ("The outputs are $y_i = w x_i$ for $i = 1, 2$, with $x_1 = 1$ and $x_2 = 3$.\n\n"
      "The layer above sends back $g = \\partial L/\\partial y = (0.5, -1)$.\n\n"
      "$$\\frac{\\partial L}{\\partial x_1} = g_1 w$$\n\n")
KO = ("출력은 $y_i = w x_i$ ($i = 1, 2$) 이다.\n\n"
      "위층에서 $\\delta = \\frac{\\partial L}{\\partial y} = (1, 4)$ 가 전달된다.\n\n"
      "$$\\frac{\\partial L}{\\partial x_2} = \\delta_2 w$$\n\n")
ZH = ("输出 $y_i = w x_i + b$（$i = 1, 2, 3$）。\n\n"
      "上游梯度 $g = \\partial L/\\partial y = (2, 1, -1)$。\n\n"
      "$$\\frac{\\partial L}{\\partial x_3} = g_3 w$$\n\n")

# (text, the step's right side, the verdict)
ROWS = [
    (EN + "$$g_1 w = 0.5 w$$", "0.5·w", "holds"),
    (KO + "$$\\delta_2 w = 4 w$$", "4·w", "holds"),
    (ZH + "$$g_3 w = -w$$", "-w", "holds"),
    # wrong twins: the other entry, the sign, another entry's value
    (EN + "$$g_1 w = -w$$", "-w", "fails"),
    (KO + "$$\\delta_2 w = w$$", "w", "fails"),
    (ZH + "$$g_3 w = 2 w$$", "2·w", "fails"),
]


@pytest.mark.parametrize("text, right, verdict", ROWS)
def test_a_named_upstream_gradient_is_a_given(text, right, verdict):
    steps = check_text(text).steps
    step = [s for s in steps if s.rhs == right]
    assert step and step[0].verdict == verdict, [(s.lhs, s.rhs, s.verdict, s.method)
                                                for s in steps]


L, Y, G = Sym("L"), Sym("y"), Sym("g")
DERIV = Deriv(var=Y, num=L)
VALUE = Shape((Num("1"), Num("2")))
CHAINS = [
    ([DERIV, VALUE], DERIV),  # ∂L/∂y = (1, 2)
    ([G, DERIV, VALUE], DERIV),  # g = ∂L/∂y = (1, 2)
    ([G, DERIV], None),  # g = ∂L/∂y: a name for it, no value
    ([VALUE, DERIV, VALUE], None),  # a value first: no statement of the derivative
    ([G, G, DERIV, VALUE], None),  # past the second member: not read
]


@pytest.mark.parametrize("members, stated", CHAINS)
def test_the_derivative_a_chain_states(members, stated):
    assert stated_derivative(members) == stated


@pytest.mark.parametrize("text, verdicts", [
    # p stated up to a constant: p(1.5) is p at 1.5, never p·1.5 (undecided: p's constant)
    ("Target $p(x) \\propto e^{-x^2/2}$, at $x = 0.5$: $p(1.5)/p(0.5) = e^{-1}$.", ["undecided"]),
    ("目标 $p(x) \\propto e^{-x^2/2}$。细致平衡：$p(0.5)\\cdot 0.368 = p(1.5)\\cdot 1$。",
     ["undecided"]),
])
def test_a_function_stated_up_to_a_constant_is_applied(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts
