"""A function of one vector applied to its coordinates: `f(\\mathbf{x}) = \\mathbf{x}^\\top
A\\mathbf{x}` with the example's `\\mathbf{x} = (1, -1)^\\top`, then `f(1, -0.99)`, the value
at the point whose coordinates are listed. The call is read as f at the tuple of its arguments
when the text gives the parameter, somewhere up to that line, a vector of exactly that many
entries; any other call with more arguments than the function has parameters stays
undecided (which argument is meant is not known)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.derive.tree import Call, Shape

if TYPE_CHECKING:
    from checker.derive.context import Context


def as_point(ctx: Context, node: Call, params: tuple, line: int) -> Call | None:
    """`f(1, -0.99)` as `f((1, -0.99))` when f's one parameter is a vector of that many
    entries in the text (see the module); None otherwise."""
    if len(params) != 1 or len(node.args) < 2 or getattr(params[0], "index", ()):
        return None
    for at, value, _ in ctx.bindings.get(params[0].name, []):
        shape = getattr(value, "shape", None)
        if at <= line and shape is not None and 1 in shape and \
                shape[0] * shape[1] == len(node.args):
            return Call(node.name, (Shape(tuple(node.args)),), node.order)
    return None
