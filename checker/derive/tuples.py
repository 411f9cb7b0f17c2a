"""Tuples read as vectors: a name bound to a tuple for a worked example (`a = (1, 0)`) is the
vector of its entries, and a tuple, which has no orientation, is the column or row its
neighbour in a sum or product needs.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive import layout, matrix
from checker.derive.quantity import real
from checker.derive.tree import Bin, Sym, Transpose

if TYPE_CHECKING:
    from checker.derive.walker import Walker


def tuple_vector(w: Walker, sym: Sym) -> sp.Matrix | None:
    """A name bound to a tuple for a worked example (`a = (1, 0)`, `\\hat{y} = (2.5, 0,
    2.1)`) and defined no other way: the vector of its entries a_1, a_2 (bound too), a row
    like any tuple."""
    if sym.index or sym.name not in w.low.ctx.tuples or w.definition(sym) is not None:
        return None
    bound = w.low.ctx.bound({sym.name}, w.low.line, stale=False).get(sym.name)
    if not matrix.is_matrix(bound):
        return None
    members = [replace(sym, index=(str(k),)) for k in range(1, len(bound) + 1)]
    if any(w.definition(m) is not None for m in members):
        return None
    w.low.readings.add("tuple")
    return sp.Matrix(*layout.shape_of(w.low, sym.name),  # type: ignore[misc]
                     [real(w.instance(m)[0].name) for m in members])


def _tuple_row(w: Walker, node, value) -> bool:
    """value is the row a name bound to a tuple was read as (`\\vec{y} = (1, 3, 4)`)."""
    return isinstance(node, Sym) and node.name in w.low.ctx.tuples and \
        matrix.is_matrix(value) and value.rows == 1 and value.cols > 1


def tuple_columns(w: Walker, node, left, right) -> tuple:
    """A tuple has no orientation: beside a column in a sum (`\\vec{y} - Xθ`), or after a
    matrix of as many columns (`Xθ` with θ = (1, 2)), it is that column; after another
    tuple's transpose (`wᵀx`, both tuples), a dot product; transposed before a matrix of as
    many rows (`vᵀA`), the row. Unchanged otherwise."""
    if not (matrix.is_matrix(left) and matrix.is_matrix(right)):
        return left, right
    if node.op in {"+", "-", "⊙"}:
        if _tuple_row(w, node.left, left) and right.shape == left.shape[::-1]:
            return left.T, right
        if _tuple_row(w, node.right, right) and left.shape == right.shape[::-1]:
            return left, right.T
    if node.op == "*" and isinstance(node.left, Transpose) and \
            _tuple_row(w, node.left.arg, left.T) and left.rows == right.rows and \
            not _tuple_row(w, node.right, right):
        return left.T, right  # vᵀA with v a tuple: vᵀ is the row A's rows need
    if node.op == "*" and _tuple_row(w, node.right, right):
        if isinstance(node.left, Transpose) and _tuple_row(w, node.left.arg, left.T) and \
                left.rows == right.cols:
            return left.T, right.T  # wᵀx of two tuples: the row wᵀ times the column x
        if left.cols == right.cols and (left.rows > 1 or isinstance(node.left, Transpose)):
            return left, right.T  # (a row beside a tuple with no ᵀ: not a dot product)
        if left.rows == 1 and left.cols == right.cols and isinstance(node.left, Bin) and \
                node.left.op == "*" and isinstance(node.left.left, Transpose):
            return left, right.T  # (vᵀA)v: the row vᵀA made, then the column
    return left, right
