"""A stated solution of a matrix equation the text gives no shapes for, checked by
substitution on inferred shapes: `-2X^T(y - Xw) + 2λw = 0 ⇒ w^* = (X^T X + λI)^{-1}X^T y`.

The equation transposes names whose shapes no text declares (X), so read alone it is
undecided. With the shapes its matrix algebra implies (inference.py: X (m, n), w a column as
long as X's rows are wide, y as tall as X), the unknown is a column of entry symbols; the
stated solution replaces each entry, and the equation must then hold. Inferred shapes are a
reading: a solution that satisfies the equation so solves it, one that does not is no verdict
(None), never a failure.
"""

from __future__ import annotations

import sympy as sp

from checker.derive import layout, matrix
from checker.derive.equivalence import compare
from checker.derive.errors import Undecided
from checker.derive.meaning import Lowering
from checker.derive.tree import Node, Sym


def solves_on_inferred_shapes(state, line: int, equation: tuple[Node, Node], name: Sym,
                              value: Node) -> bool | None:
    """True when `name = value` solves the equation with the shapes the equation's matrix
    algebra implies for names of no declared shape; None otherwise (no shapes inferred, the
    unknown no matrix of entries, or the sides differ: a guess decides no failure)."""
    for tall in (False, True):  # (a design matrix is tall: XᵀX invertible)
        try:
            if _solves(state, line, equation, name, value, tall):
                return True
        except Undecided:  # (XᵀX of a wide X has no inverse)
            continue
    return None


def _solves(state, line: int, equation: tuple[Node, Node], name: Sym, value: Node,
            tall: bool) -> bool | None:
    low = Lowering(state.ctx, line)
    layout.infer_shapes(low, (equation[0], equation[1], value), reached=True, tall=tall)
    if not low.inferred:
        return None
    left, right = (low.expr(side) for side in equation)
    target, solved = low.expr(name), low.expr(value)
    if not (matrix.is_matrix(target) and matrix.is_matrix(solved)) or \
            target.shape != solved.shape or not all(isinstance(e, sp.Symbol) for e in target):
        return None
    entries = dict(zip(target, solved))
    left, right = (sp.sympify(side).xreplace(entries) for side in (left, right))
    return compare(left, right, state.ctx).agree
