"""The syntax tree's walk (tree.walk): every node, each before its children, the children in
the order written; iterative, so a deeply nested formula costs no chain of generators and no
recursion limit."""

import pytest

from checker.derive.notation import parse_expression
from checker.derive.tree import Bin, Neg, Num, Sym, walk


def _shown(node) -> str:
    return getattr(node, "name", None) or getattr(node, "op", None) or getattr(node, "text", "")


@pytest.mark.parametrize("text, order", [
    ("a + b c^2", ["+", "a", "*", "b", "^", "c", "2"]),
    ("(a - b)/c", ["/", "-", "a", "b", "c"]),
    ("f(x, y) + z", None),  # a call's arguments after the call, in order: checked below
])
def test_depth_first_in_written_order(text, order):
    nodes = list(walk(parse_expression(text)))
    if order is not None:
        assert [_shown(n) for n in nodes] == order
    names = [n.name for n in nodes if isinstance(n, Sym)]
    assert names.index("x") < names.index("y") < names.index("z") if order is None else True


def test_a_deep_formula_walks_without_recursion():
    node = Sym("x")
    for _ in range(5000):
        node = Neg(node)
    nodes = list(walk(node))
    assert len(nodes) == 5001 and nodes[-1] == Sym("x")


def test_the_walk_is_lazy():
    nodes = walk(Bin("+", Num("1"), Sym("y")))
    assert next(nodes) == Bin("+", Num("1"), Sym("y"))
    assert next(nodes) == Num("1")
