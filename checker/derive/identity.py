"""`Σ - λI`: a name `I` the text never defines, added to a square matrix, is that matrix's
identity (the convention of every eigenvalue and ridge formula), not a number broadcast over
its entries. Only a sum of a matrix and a multiple of `I` is read so; `I` beside a number stays
a name (equivalence decides it with I = 1, never failing on that reading alone).
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
