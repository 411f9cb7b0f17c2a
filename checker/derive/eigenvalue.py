"""The characteristic equation of a matrix the text gives: `\\lambda^2 - 9\\lambda + 16 = 0`
after `A = \\begin{bmatrix} 4 & 2 \\\\ 2 & 5 \\end{bmatrix}`, introduced as what the
eigenvalues solve ("eigenvalues from", "고유값은 ... 에서", "特征方程"), or the last link of a
chain from `\\det(A - \\lambda I)`. Read as an identity it holds only at its roots (undecided);
a reader checks it as the equation det(M - λI) = 0 of a square matrix of numbers in force
written up to a constant factor. An equation that matches no such matrix keeps its verdict
(the matrix may be one the text never names: AᵀA, a Hessian at a point).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive.regex import Regex
from checker.derive.tree import Matrix

if TYPE_CHECKING:
    from checker.derive.markdown import Formula
    from checker.derive.meaning import Lowering
    from checker.derive.state import State

# words that make an equation in one unknown the one the eigenvalues solve
_CUE = Regex(r"eigen|characteristic|\\det\b|\\operatorname\{det\}|고유\s*값|고유치|"
             r"특성\s*방정식|특성\s*다항식|固有值|特征值|特征方程|特征多项式|本征值",
             re.IGNORECASE)
_LARGEST = 4  # matrices past 4×4 are not tried (a quartic's roots are rarely worked by hand)


def characteristic(state: State, f: Formula, low: Lowering, lv, rv) -> str | None:
    """Why `lv = rv` holds as the characteristic equation of a matrix the text gives (its
    name), or None: one side 0, the other a polynomial of degree n ≥ 2 in one unknown with
    number coefficients, proportional to det(M - xI) for a square n×n matrix M of numbers
    defined before this line, and an eigenvalue cue in the formula or the sentence before."""
    if not isinstance(lv, sp.Expr) or not isinstance(rv, sp.Expr):
        return None
    side = lv if rv == 0 else (rv if lv == 0 else None)
    if side is None or len(side.free_symbols) != 1:
        return None
    x = next(iter(side.free_symbols))
    try:
        poly = sp.Poly(sp.expand(side), x)
    except sp.PolynomialError:
        return None
    n = poly.degree()
    if not 2 <= n <= _LARGEST or not all(c.is_number for c in poly.all_coeffs()):
        return None
    sentence = re.split(r"(?<=[.!?。！？])\s", state.introduced.get(f.line, f.before))[-1]
    if not _CUE.search(f.text) and not _CUE.search(sentence):
        return None
    for name, matrix in _matrices(state, f.line, low):
        if matrix.shape != (n, n):
            continue
        own = sp.Poly((matrix - x * sp.eye(n)).det(), x)
        ratio = sp.nsimplify(poly.LC() / own.LC())
        if ratio != 0 and sp.expand(poly.as_expr() - ratio * own.as_expr()) == 0:
            shown = state.ctx.shown(str(x))
            return (f"the characteristic equation of {name}: det({name} - {shown}·I) = 0, "
                    "up to a constant factor")
    return None


def _matrices(state: State, line: int, low: Lowering) -> list[tuple[str, sp.Matrix]]:
    """The square matrices of numbers the text gives before `line` (bound as values, or
    defined by a matrix written out)."""
    found = [(name, value) for name, value in state.ctx.bound(set(state.ctx.bindings), line).items()
             if isinstance(value, sp.MatrixBase)]
    for key in state.ctx.definitions:
        d = state.ctx.get(key, line)
        if d is None or d.line > line or d.params or d.index or not isinstance(d.body, Matrix):
            continue
        try:
            found.append((d.key, low.again().expr(d.body)))
        except Exception:  # noqa: BLE001 - a matrix that cannot be read is not tried
            continue
    return [(state.ctx.shown(name), sp.Matrix(value)) for name, value in found
            if isinstance(value, sp.MatrixBase) and value.is_square and
            all(getattr(e, "is_number", False) for e in value)]
