"""Statements of one formula (statement.py): a name set to a number beside a function's
definition is the definition's parameter, bound for the steps after it, when it is not one of
the function's arguments; set to an argument, it is the point a claim is made at."""

from __future__ import annotations

import pytest

from checker.derive.document import check_text
from checker.derive.statement import parse_statements

LEAKY = "$$f(x) = \\begin{cases} x & x > 0 \\\\ a x & x \\le 0 \\end{cases}, \\qquad a = 0.01$$\n"
DECAY = "$$g(t) = e^{-\\lambda t},\\ \\lambda = 0.5$$\n\n"
HUBER = "$$h(r) = \\frac{r^2}{2\\delta}, \\quad \\delta = 2$$\n\n"


def verdicts(text: str) -> list[str]:
    return [s.verdict for s in check_text(text).steps]


@pytest.mark.parametrize("text, expected", [
    (LEAKY + "For example $f(-3) = -0.03$.", ["holds"]),
    (LEAKY + "For example $f(-3) = -0.3$.", ["fails"]),  # a slip in the scale
    (LEAKY + "예) $f(-3) = -0.03$, $f(2) = 2$.", ["holds", "holds"]),
    (DECAY + "在 $t = 2$ 时 $g(2) = e^{-1} \\approx 0.368$。", ["holds", "holds"]),
    (DECAY + "在 $t = 2$ 时 $g(2) = e^{-2}$。", ["fails"]),
    (HUBER + "At $r = 1$: $h(1) = 0.25$.", ["holds"]),
    (HUBER + "At $r = 1$: $h(1) = 0.5$.", ["fails"]),
])
def test_parameter_beside_a_definition_is_bound(text, expected):
    assert verdicts(text) == expected


@pytest.mark.parametrize("formula, condition", [
    ("f(x) = \\max(ax, x), \\qquad a = 0.01", False),  # a parameter of f
    ("g(w) = (w x - y)^2, \\quad x = 3", False),        # data of g's body
    ("\\sigma'(x) = 1/4 \\quad x = 0", True),            # the argument: the claim's point
    ("f'(x) = 2ax, \\quad a = 1", True),                 # a derivative's claim, not a definition
    ("f(x, y) = x y + c, \\quad y = 2", True),           # an argument of f
])
def test_number_beside_a_function(formula, condition):
    assert parse_statements(formula)[-1].condition is condition
