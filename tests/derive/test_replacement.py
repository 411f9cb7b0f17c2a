"""replacement.py: a worked example's values put in for names, never for the dummy variable of
an integral, a sum or a product left unevaluated (its bounds take them)."""

import pytest
import sympy as sp

from checker.derive.replacement import substitute

x, y, k, n = sp.symbols("x y k n")


@pytest.mark.parametrize("expr, values, expected", [
    (sp.Integral(x, x), {x: 2}, sp.Integral(x, x)),  # an antiderivative: a function of x
    (sp.Integral(x * y, (x, 0, y)), {x: 2, y: 3}, sp.Integral(3 * x, (x, 0, 3))),
    (sp.Sum(k, (k, 1, n)), {k: 2, n: 3}, sp.Sum(k, (k, 1, 3))),
    (sp.Product(k + y, (k, 1, n)), {y: 1, n: 2}, sp.Product(k + 1, (k, 1, 2))),
    (x + sp.Integral(x, x), {x: 2}, 2 + sp.Integral(x, x)),  # outside it: the value
])
def test_a_dummy_variable_keeps_its_name(expr, values, expected):
    assert substitute(expr, values) == expected
