"""Bounds of an evaluation (`antiderivative.py`), found by the round-22 hunt (hunt22) in calculus and
quadrature notes: an antiderivative between bounds, written with a bar (`\\ln x \\,\\bigg|_1^{e}`,
`\\frac{x^4}{4}\\Big|_0^2`) or a square bracket (`\\Big[x^3 + x^2\\Big]_0^1`), is its value at
the upper bound minus at the lower; each row with a wrong twin that must still fail."""

import pytest

from checker.derive.document import check_text
from checker.derive.notation import parse_expression
from checker.derive.render import render
from tests.derive.twins import check_twins

ROWS = [
    ("a bar between bounds (en)",
     "Exactly, $\\int_0^2 x^3\\,dx = \\frac{x^4}{4}\\Big|_0^2 = 4$.\n",
     "Exactly, $\\int_0^2 x^3\\,dx = \\frac{x^4}{4}\\Big|_0^2 = 8$.\n"),
    ("a bar between bounds (zh)",
     "精确值为 $\\int_0^{\\pi} \\sin x\\,dx = -\\cos x\\,\\Big|_0^{\\pi} = 1 + 1 = 2$。\n",
     "精确值为 $\\int_0^{\\pi} \\sin x\\,dx = -\\cos x\\,\\Big|_0^{\\pi} = 1 + 1 = 3$。\n"),
    ("a bracket between bounds (ko)",
     "정적분은 $\\int_0^1 (3x^2 + 2x)\\,dx = \\Big[x^3 + x^2\\Big]_0^1 = 2$ 이다.\n",
     "정적분은 $\\int_0^1 (3x^2 + 2x)\\,dx = \\Big[x^3 + x^2\\Big]_0^1 = 3$ 이다.\n"),
    # a bound at ±∞ is the antiderivative's limit there (an improper integral's last step)
    ("a bracket up to +∞ (zh)",
     "$$\\int_0^{+\\infty} e^{-4t}\\,dt = \\left[-\\frac14 e^{-4t}\\right]_0^{+\\infty} = \\frac14$$\n",
     "$$\\int_0^{+\\infty} e^{-4t}\\,dt = \\left[-\\frac14 e^{-4t}\\right]_0^{+\\infty} = 4$$\n"),
    ("a bracket from -∞ (ko)",
     "$$\\int_{-\\infty}^{1} e^{2u}\\,du = \\Big[\\frac12 e^{2u}\\Big]_{-\\infty}^{1} = \\frac{e^2}{2}$$\n",
     "$$\\int_{-\\infty}^{1} e^{2u}\\,du = \\Big[\\frac12 e^{2u}\\Big]_{-\\infty}^{1} = e^2$$\n"),
    ("a bracket between bounds with left/right (en)",
     "$$\\int_0^2 x\\,dx = \\left[\\frac{x^2}{2}\\right]_{0}^{2} = 2$$\n",
     "$$\\int_0^2 x\\,dx = \\left[\\frac{x^2}{2}\\right]_{0}^{2} = 4$$\n"),
]


@pytest.mark.parametrize("what,right,wrong", ROWS, ids=[r[0] for r in ROWS])
def test_twins(what, right, wrong):
    check_twins(right, wrong)  # the correct one never fails, its wrong twin does


@pytest.mark.parametrize("text", [
    "$\\frac{a x^2}{2}\\Big|_0^1 = 5$",  # two letters: by a or by x?
    "$\\int_0^\\infty e^{-x}\\,dx = \\Big[-e^{-x}\\Big]_0^{2\\infty}$",  # ∞ in an expression
])
def test_a_guess_is_never_a_verdict(text):
    steps = check_text(text + "\n", "doc.md").steps
    assert steps and all(s.verdict == "unreadable" for s in steps)


def test_an_entry_stays_an_entry():
    assert "|" not in render(parse_expression("[X W]_{ij}"))


def test_an_entry_squared_is_no_evaluation():
    # no integral before the bracket: `[Wx]_1^2` is the first entry of Wx, squared
    assert "|" not in render(parse_expression("[W x]_1^2"))
