"""traversal.py: walks of shared subexpressions, and the names of a matrix remembered."""

import pytest
import sympy as sp

from checker.derive.traversal import count_nodes, free_symbols, symbols_of, unique_nodes

x, y, z = sp.symbols("x y z")


@pytest.mark.parametrize("value, default, expected", [
    (x + 2 * y, (), {x, y}),
    (sp.Matrix([[x, 1], [y * z, 2]]), (), {x, y, z}),
    (sp.Matrix([[1, 2]]), (), set()),
    (3, (), ()),                       # a Python number has no names: the default
    (3, True, True),
    (sp.Integer(3), True, set()),      # a SymPy number has none either, but says so
])
def test_free_symbols_as_sympy_says(value, default, expected):
    assert free_symbols(value, default) == expected


def test_a_matrix_names_are_remembered_for_that_matrix_only():
    first = sp.Matrix([[x, y]])
    assert free_symbols(first) == {x, y}
    assert free_symbols(first) is free_symbols(first)          # remembered
    other = sp.Matrix([[z, z]])                                 # an equal-looking other object
    assert free_symbols(other) == {z}


def test_the_memory_is_bounded():
    import checker.derive.traversal as traversal

    for k in range(3 * traversal._FREE_MOST):
        free_symbols(sp.Matrix([[sp.Symbol(f"a{k}")]]))
    assert len(traversal._FREE) <= traversal._FREE_MOST


def test_shared_parts_are_walked_once():
    shared = (x + y) ** 2
    m = sp.Matrix([[shared, shared + 1], [shared * z, 0]])
    nodes = unique_nodes(m)
    assert len(nodes) == len(set(nodes))
    assert symbols_of(m) == {x, y, z}
    assert count_nodes(shared, cap=2) == 2
