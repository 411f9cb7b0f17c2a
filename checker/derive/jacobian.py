"""A Jacobian beside a matrix as written: `∂p/∂z = diag(p) - ppᵀ` (softmax), `∂c_t/∂c_{t-1} =
diag(f_t)` (an LSTM cell). The derivative of a vector by a vector (matrix.Jacobian) is the
matrix of the slopes ∂u_i/∂v_j: row i, column j in the numerator layout; its transpose in the
denominator layout. The layout whose shape fits the other side is taken; when both fit and
differ (a square Jacobian that is not symmetric), the numerator layout is a guess the text
may settle (a failing step is then undecided)."""

from __future__ import annotations

import sympy as sp

from checker.derive.inference import Doubt
from checker.derive.matrix import Jacobian


def layouts(value: Jacobian) -> list[sp.Matrix] | None:
    """The numerator-layout matrix of a Jacobian of a vector by a vector, and its transpose;
    None for any other Jacobian."""
    if 1 not in value.numerator or 1 not in value.variable:
        return None
    n = value.numerator[0] * value.numerator[1]
    numerator = sp.Matrix(n, len(value.slopes), lambda i, j: list(value.slopes[j])[i])
    return [numerator, numerator.T]


def as_matrices(lv, rv, doubts: list[Doubt]) -> tuple[object, object]:
    """lv, rv with a Jacobian of vectors beside a matrix read as the matrix of its layout
    (a guess noted in `doubts` when both layouts fit and differ); as they are otherwise."""
    for jac, other, first in ((lv, rv, True), (rv, lv, False)):
        if not (isinstance(jac, Jacobian) and isinstance(other, sp.MatrixBase)):
            continue
        found = layouts(jac)
        fitting = [m for m in found or [] if m.shape == other.shape]
        if not fitting:
            return lv, rv
        if len(fitting) == 2 and fitting[0] != fitting[1]:
            doubts.append(Doubt("the Jacobian read in the numerator layout (row i holds the "
                                "slopes of the i-th entry)", "say which layout the text uses "
                                "(`<!-- grader: assume numerator layout -->`)"))
        return (fitting[0], other) if first else (other, fitting[0])
    return lv, rv
