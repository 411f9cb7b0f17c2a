"""The layout of a gradient by a matrix stated entry by entry (arrangement.py): `(∂f/∂X)_{ij} =
∂f/∂X_{ij}` (denominator) or `= ∂f/∂X_{ji}` (numerator) is the text's convention, no step; the
numerator form sets the layout later gradients are read in. Any other entry statement (another
numerator, one index) is read as before."""

import pytest

from checker.derive.arrangement import arrangement
from checker.derive.document import check_text
from checker.derive.statement import parse_statements

_SHAPES = "Let $A \\in \\mathbb{R}^{3 \\times 2}$ and $X \\in \\mathbb{R}^{2 \\times 3}$.\n\n"
_DENOMINATOR = ("The gradient of a scalar $f$ by a matrix has its shape: $\\left(\\frac{\\partial "
                "f}{\\partial X}\\right)_{ij} = \\frac{\\partial f}{\\partial X_{ij}}$.\n\n")
_NUMERATOR = ("本文采用分子布局：$\\left(\\frac{\\partial f}{\\partial X}\\right)_{ij} = "
              "\\frac{\\partial f}{\\partial X_{ji}}$。\n\n")
_TRACE = "$$\\frac{\\partial}{\\partial X}\\mathrm{tr}(AX) = %s$$"


@pytest.mark.parametrize("tex, expected", [
    ("\\left(\\frac{\\partial f}{\\partial X}\\right)_{ij} = \\frac{\\partial f}{\\partial X_{ij}}",
     "denominator"),
    ("\\left(\\frac{\\partial L}{\\partial W}\\right)_{ij} = \\frac{\\partial L}{\\partial W_{ji}}",
     "numerator"),
    ("\\left(\\frac{\\partial f}{\\partial X}\\right)_{ij} = \\frac{\\partial g}{\\partial X_{ij}}",
     None),  # another numerator: a claim
    ("\\left(\\frac{\\partial f}{\\partial X}\\right)_{ij} = \\frac{\\partial f}{\\partial Y_{ij}}",
     None),
])
def test_a_layout_stated_entry_by_entry(tex, expected):
    relation = parse_statements(tex)[0].relation
    assert arrangement(list(relation.members), list(relation.ops)) == expected


@pytest.mark.parametrize("text, verdicts", [
    (_DENOMINATOR, []),  # the convention: no step
    (_NUMERATOR, []),
    (_SHAPES + _DENOMINATOR + _TRACE % "A^T", ["holds"]),
    (_SHAPES + _NUMERATOR + _TRACE % "A", ["holds"]),
    # wrong twins: the other layout's answer
    (_SHAPES + _DENOMINATOR + _TRACE % "A", ["fails"]),
    (_SHAPES + _NUMERATOR + _TRACE % "A^T", ["fails"]),
])
def test_the_stated_layout_is_the_one_read(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts
