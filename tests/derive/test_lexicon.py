"""What the parser learns from one definition (lexicon.py): the vocabulary names its body
squares as quantities and the surface it gives, read once per definition and kept by its
identity; a definition replaced by a new meaning is read anew. Each document row with a wrong
twin that must still fail."""

import pytest

from checker.derive.context import Context
from checker.derive.definition import Definition
from checker.derive.lexicon import lexeme, squared
from checker.derive.notation import parse_expression
from checker.derive.tree import Sym
from tests.derive.twins import check_twins


@pytest.mark.parametrize("body,names", [
    ("\\log \\sigma^2", {"sigma"}),  # σ squared as a bare name: a standard deviation
    ("(x - \\mu)/\\sqrt{\\sigma^2 + \\epsilon}", {"sigma"}),
    ("\\sigma(z)^2", set()),  # the sigmoid applied, then squared: a function still
    ("\\sigma^3", set()),  # not a square
    ("w^2 + b^2", set()),  # names of no vocabulary function
])
def test_squared(body, names):
    assert squared(parse_expression(body)) == names


def _definition(body: str, line: int) -> Definition:
    return Definition("z", Sym("z"), parse_expression(body), line)


def test_kept_per_definition_and_read_anew_when_replaced():
    table: dict = {}
    first = _definition("x^2 + 2y^2", 1)
    assert lexeme(table, first) is lexeme(table, first)  # read once
    assert lexeme(table, first).surface.variables == ("x", "y")
    again = _definition("x^2 + 2y^2 + z_0", 5)  # a new meaning: no surface (z_0 not x, y, z)
    assert lexeme(table, again).surface is None
    assert lexeme(table, first).surface is not None  # the old one's row stays its own


def test_context_reads_its_definitions_as_they_stand():
    ctx = Context()
    ctx.define(Sym("s"), parse_expression("\\log \\sigma^2"), 1)
    assert "sigma" in ctx.squared_quantities()
    ctx.define(Sym("s"), parse_expression("\\log t"), 4)  # s redefined: σ squared no more
    assert "sigma" not in ctx.squared_quantities()
    assert "sigma" not in ctx.known.plain


ROWS = [  # the correct text, its wrong twin
    pytest.param(
     "The surface $w = x^2 y$ has $w_x = 2xy$.\n\n"
     "## Another surface\n\nLet $w = x + y^3$. Then $w_y = 3y^2$ and $w_x = 1$.\n",
     "The surface $w = x^2 y$ has $w_x = 2xy$.\n\n"
     "## Another surface\n\nLet $w = x + y^3$. Then $w_y = 3y^2$ and $w_x = 3$.\n",
     id="a surface redefined: its partials read from the new meaning (en)"),
    pytest.param(
     "设 $s = \\log \\sigma^2$，则 $\\frac{\\partial s}{\\partial \\sigma} = \\frac{2}{\\sigma}$。\n",
     "设 $s = \\log \\sigma^2$，则 $\\frac{\\partial s}{\\partial \\sigma} = \\frac{1}{\\sigma}$。\n",
     id="σ squared as a quantity, differentiated by (zh)"),
]


@pytest.mark.parametrize("right,wrong", ROWS)
def test_twins(right, wrong):
    check_twins(right, wrong)  # the correct one never fails, its wrong twin does
