"""Trajectories (`trajectory.py`) and a function's value supposed (`supposition.value_supposed`),
found by the round-22 hunt (hunt22) in numerical-methods notes and notebooks (Euler, Heun,
improved Euler) and in notes on the logistic function, each row with a wrong twin whose reading
is certain (some step must still fail).

Rules: "values of a solution": the unknown of a differential equation the text writes (`y' =
-2y`, `\\dot x = -x`, `\\frac{dy}{dt} = ky`) applied to a number is its value there (`y(0) = 1`,
`y(0.1)`), never y times the number; "a value at a number": a name applied to 0 is never a
product (nobody writes y·0 as y(0)); "a function's value supposed": "When $\\sigma(z) = 0.9$,",
"若 $\\sigma(z) = 0.9$，则", "$\\sigma(z) = 0.9$ 이면": a condition the checker cannot apply (it
binds no name), so a step under it that differs as read is undecided."""

import pytest

from checker.derive.notation import parse_expression
from checker.derive.trajectory import unknowns
from checker.derive.tree import Call
from tests.derive.twins import check_twins

_DERIVATIVE = "$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$.\n\n"

ROWS = [
    ("an initial value after y' (en)",
     "Solve $y' = -2y$ with $y(0) = 1$ and $h = 0.1$: $y_1 = 1 + 0.1 \\cdot (-2) = 0.8$.\n",
     "Solve $y' = -2y$ with $y(0) = 1$ and $h = 0.1$: $y_1 = 1 + 0.1 \\cdot (-2) = 0.9$.\n"),
    ("an initial value after y' (ko)",
     "미분방정식 $y' = x + y$, 초기조건 $y(0) = 1$ 에서 $y_1 = 1 + 0.1\\,(0 + 1) = 1.1$ 이다.\n",
     "미분방정식 $y' = x + y$, 초기조건 $y(0) = 1$ 에서 $y_1 = 1 + 0.1\\,(0 + 1) = 1.2$ 이다.\n"),
    ("an initial value after dy/dt (zh)",
     "对 $\\frac{dy}{dt} = -y$，$y(0) = 2$，步长 $h = 0.5$：$y_1 = 2 - 0.5 \\times 2 = 1$。\n",
     "对 $\\frac{dy}{dt} = -y$，$y(0) = 2$，步长 $h = 0.5$：$y_1 = 2 - 0.5 \\times 2 = 1.5$。\n"),
    ("a value at 0 without an equation (en)",
     "We know $y(0) = 1$, and $2 + 3 = 5$.\n",
     "We know $y(0) = 1$, and $2 + 3 = 6$.\n"),
    ("a function's value supposed after When (en)",
     _DERIVATIVE + "When $\\sigma(z) = 0.9$, $\\sigma'(z) = 0.9 \\times 0.1 = 0.09$.\n",
     _DERIVATIVE + "When $\\sigma(z) = 0.9$, $\\sigma'(z) = 0.9 \\times 0.1 = 0.9$.\n"),
    ("a function's value supposed after 若 (zh)",
     _DERIVATIVE + "若 $\\sigma(z) = 0.9$，则 $\\sigma'(z) = 0.9 \\times 0.1 = 0.09$。\n",
     _DERIVATIVE + "若 $\\sigma(z) = 0.9$，则 $\\sigma'(z) = 0.9 \\times 0.1 = 0.19$。\n"),
    ("a function's value supposed before 이면 (ko)",
     _DERIVATIVE + "$\\sigma(z) = 0.9$ 이면 $\\sigma'(z) = 0.9 \\times 0.1 = 0.09$ 이다.\n",
     _DERIVATIVE + "$\\sigma(z) = 0.9$ 이면 $\\sigma'(z) = 0.9 \\times 0.1 = 0.9$ 이다.\n"),
]


@pytest.mark.parametrize("what,right,wrong", ROWS, ids=[r[0] for r in ROWS])
def test_twins(what, right, wrong):
    check_twins(right, wrong)  # the correct one never fails, its wrong twin does


@pytest.mark.parametrize("text,names", [
    ("y' = -2y", {"y"}),
    ("y'' + y = 0", {"y"}),
    ("\\dot x = -x", {"x"}),
    ("\\frac{dy}{dt} = k y", {"y"}),
    ("\\frac{dL}{dw} = 2w", set()),  # a derivative stated, no equation in L
    ("y_1 = y_0 + h", set()),
])
def test_the_unknowns_of_a_differential_equation(text, names):
    from checker.derive.statement import parse_statements
    rel = parse_statements(text)[0].relation
    assert unknowns([m for m in rel.members if m is not None], tuple(rel.ops)) == names


def test_a_name_times_a_bracket_stays_a_product():
    # a(1 - a): the name times a bracket, whatever the text's equations
    assert not isinstance(parse_expression("a(1 - a)"), Call)
    assert not isinstance(parse_expression("y(2)"), Call)  # no differential equation: y·2
