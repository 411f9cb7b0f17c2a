"""The named functions of a whole matrix the notes write: `diag`, `tr`, `det` (of a square matrix;
of any other, undecided: such a matrix is a misreading more often than a slip) and the Frobenius norm `‖A‖_F`; a matrix whose shape is not known is
undecided, never guessed.
"""

from __future__ import annotations

import sympy as sp

from checker.derive.errors import Undecided
from checker.derive.matrix import is_matrix


def diagonal(value) -> sp.Matrix:
    """diag(v) of a vector: the square matrix with v on its diagonal; diag(A) of a square
    matrix: its diagonal, as a column."""
    if not is_matrix(value):
        raise Undecided("diag of a single number (of which vector?)")
    if 1 in value.shape:
        return sp.diag(*list(value))
    return sp.Matrix([_square(value, "diagonal")[k, k] for k in range(value.rows)])


def _square(value, what: str) -> sp.Matrix:
    """value, a square matrix, for its trace or determinant (`what`); else why not."""
    if not is_matrix(value):
        raise Undecided(f"a {what} of names whose shapes are not declared (declare them: "
                        "<!-- grader: shape A (n, n) -->, or write the matrix out)")
    if value.rows != value.cols:  # as read: `[v_1\ v_2\ v_3]` (columns side by side) reads
        # as a product of vectors, and a value read with a guess never fails a step
        raise Undecided(f"the {what} of a {value.rows}×{value.cols} matrix as read, which is "
                        "not square (a matrix of columns side by side is read only from "
                        "\\begin{bmatrix} ... \\end{bmatrix}; declare its shape: "
                        "<!-- grader: shape A (n, n) -->)")
    return value


def trace(value) -> sp.Expr:
    return _square(value, "trace").trace()


def determinant(value) -> sp.Expr:
    """det(A) of a square matrix A the text gives (or whose shape it declares)."""
    return _square(value, "determinant").det()


def frobenius(value) -> sp.Expr:
    """‖A‖_F: the root of the sum of the squared entries."""
    entries = list(value) if is_matrix(value) else [value]
    return sp.sqrt(sum(sp.Abs(e) ** 2 for e in entries))
