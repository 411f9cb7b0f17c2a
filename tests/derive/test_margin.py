"""A shape in a display's margin beside a definition (margin.py): `dZ = A - Y \\qquad (1, m)`
declares dZ's shape when its sizes are sizes the text uses; a product of the defined name that
cannot conform then fails, its correct twin does not; a pair of numbers, an interval or a margin
that contradicts the formula's own shape declares nothing."""

import pytest

from checker.derive.document import check_text
from checker.derive.margin import margin_shapes
from checker.derive.statement import parse_statements

SIZES = {"m", "n_1", "n_x"}


def declared(formula: str, written=None):
    return margin_shapes(parse_statements(formula), SIZES.__contains__,
                         lambda body: written)


@pytest.mark.parametrize("formula, written, expected", [
    ("dZ = A - Y \\qquad (1, m)", None, [("dZ", ("1", "m"))]),
    ("dW = dZ\\,X^\\top \\quad (n_1, n_x)", None, [("dW", ("n_1", "n_x"))]),
    ("dW = dZ\\,X^\\top \\quad (n_1, n_x)", ("n_1", "n_x"), [("dW", ("n_1", "n_x"))]),
    ("dW = dZ\\,X^\\top \\qquad (n_1 \\times n_x)", None, [("dW", ("n_1", "n_x"))]),
    ("dW = dZ\\,X^\\top \\qquad [1 \\times m]", None, [("dW", ("1", "m"))]),
    # names side by side are a product, not sizes
    ("dW = dZ\\,X^\\top \\qquad m\\, n_1", None, []),
    # the margin and the formula's own shape disagree: which one is meant is not certain
    ("dW = dZ\\,X^\\top \\quad (n_1, n_x)", ("n_x", "n_1"), []),
    # a point, an interval of a size no shape uses, an equation's number: no shape
    ("p = f(x) \\qquad (2, 3)", None, []),
    ("t = s/v \\qquad (0, T)", None, []),
    ("x = 3 \\qquad (2)", None, []),
    # a margin after a relation that defines nothing
    ("a < b \\qquad (1, m)", None, []),
])
def test_a_margin_shape_is_the_defined_names(formula, written, expected):
    assert declared(formula, written) == expected


NOTES = ("The inputs are stacked as columns: $X$ has shape $(n_x, m)$; $V$ is $(1, n_1)$.\n\n"
         "$$E = P - Y \\qquad (%s)$$\n\n$$G = %s$$\n")


@pytest.mark.parametrize("margin, formula, verdict", [
    ("1, m", "E\\, V^T", "fails"),  # (1, m) times (n_1, 1): no product
    ("1, m", "V^T E", "not fails"),  # the outer product (n_1, m)
    ("1, m", "E X^T", "not fails"),  # (1, m) times (m, n_x)
    ("1, k", "E\\, V^T", "not fails"),  # k is no size the text uses: nothing declared
])
def test_a_product_of_a_margin_shape(margin, formula, verdict):
    steps = check_text(NOTES % (margin, formula)).steps
    if verdict == "not fails":
        assert all(s.verdict != "fails" for s in steps), [(s.lhs, s.rhs) for s in steps]
    else:
        assert [s.verdict for s in steps if s.rhs.startswith("E")] == ["fails"]
        assert "E (1, m) times Vᵀ (n_1, 1)" in steps[-1].diagnosis
