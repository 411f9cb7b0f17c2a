"""`Σ - λI`: a name `I` the text never defines, added to a square matrix, is that matrix's
identity (the convention of every eigenvalue and ridge formula), not a number broadcast over
its entries. Only a sum of a matrix and a multiple of `I` is read so, and a product of a
matrix and the name `I` written as a factor (`X^T I`, `I W^T`: the identity of the size that
conforms); `I` beside a number stays a name (equivalence decides it with I = 1, never failing
on that reading alone).
"""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp

from checker.derive import matrix


def identity_beside(op: str, left, right, free: Callable[[], bool]):
    """left, right of `op` with a multiple of `I` beside a square matrix made that multiple
    of the identity of its size; unchanged otherwise. `free()`: the text defines no `I` (no
    definition, bound value or shape in force), asked only when it matters."""
    if op not in {"+", "-"}:
        return left, right
    if matrix.is_matrix(left) and not matrix.is_matrix(right):
        return left, _as_identity(right, left, free)
    if matrix.is_matrix(right) and not matrix.is_matrix(left):
        return _as_identity(left, right, free), right
    return left, right


def _as_identity(value, beside: sp.MatrixBase, free: Callable[[], bool]):
    """c·I as c times the identity of `beside`'s size, when `beside` is square and `value` is
    exactly a multiple of the name I (the multiple free of I); else `value`."""
    if beside.rows != beside.cols or beside.rows < 2:
        return value
    found = [s for s in getattr(value, "free_symbols", ()) if s.name == "I"]
    if len(found) != 1:
        return value
    eye = found[0]
    expanded = sp.expand(value)
    factor = expanded.coeff(eye)
    if factor == 0 or eye in factor.free_symbols or sp.expand(expanded - factor * eye) != 0 \
            or not free():
        return value
    return factor * sp.eye(beside.rows)


def identity_factor(op: str, nodes: tuple, left, right, free: Callable[[], bool]):
    """left, right of a product with one factor a multiple of the name `I` written there (read
    as a number) beside a matrix (`X^T I`, `I\\,W^T`, `2I\\,X`): that factor the multiple of
    the identity of the size that conforms (X's columns, W's rows); unchanged otherwise.
    `free()`: the text defines no `I`. Only the name as written in the factor, never a name
    whose definition is `I` (`A = I` for a special case, later bound to another matrix)."""
    if op != "*" or matrix.is_matrix(left) == matrix.is_matrix(right):
        return left, right
    for k, (node, value, other) in enumerate(((nodes[0], left, right),
                                              (nodes[1], right, left))):
        if not matrix.is_matrix(other) or not _writes_identity(node):
            continue
        size = other.cols if k == 1 else other.rows
        made = _as_identity(value, sp.eye(size), free) if size > 1 else value
        if made is value:
            return left, right
        return (made, right) if k == 0 else (left, made)
    return left, right


def _writes_identity(node) -> bool:
    """The factor as written names `I` itself (not through a definition)."""
    from checker.derive.tree import Sym, walk

    return any(n == Sym("I") for n in walk(node))
