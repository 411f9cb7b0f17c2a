"""Derivatives as written: what a step differentiates, and by what."""

from __future__ import annotations

from checker.derive.tree import Call, Deriv, Node, Sym, walk


def stated_of(node: Node) -> Node | None:
    """The name whose derivative `node` is, as written (a in ∂a/∂z, f in f'(z))."""
    if isinstance(node, Deriv):
        return node.num if node.num is not None else node.operand
    if isinstance(node, Call) and node.order:
        return Sym(node.name)
    return None


def derivative_variables(nodes) -> frozenset[Sym]:
    """The variables a step differentiates by, on either side."""
    return frozenset(n.var for node in nodes for n in walk(node) if isinstance(n, Deriv))
