"""The characteristic equation of a matrix the text gives (eigenvalue.characteristic): a
polynomial set to zero, introduced as what the eigenvalues solve, holds when it is det(M - xI)
of a square matrix of numbers in force, up to a constant factor; otherwise it keeps its verdict."""

import pytest

from checker.derive.document import check_text

M = "Take $M = \\begin{bmatrix} 3 & 1 \\\\ 1 & 3 \\end{bmatrix}$. "
B = "设 $B = \\begin{pmatrix} 2 & 0 & 0 \\\\ 0 & 1 & 1 \\\\ 0 & 1 & 1 \\end{pmatrix}$，"


@pytest.mark.parametrize("text, verdicts", [
    # named as what the eigenvalues solve, beside the matrix: holds (also times a constant)
    (M + "Its eigenvalues are the roots of $\\mu^2 - 6\\mu + 8 = 0$.", ["holds"]),
    (M + "Its eigenvalues are the roots of $3\\mu^2 - 18\\mu + 24 = 0$.", ["holds"]),
    (M + "The characteristic equation is $0 = t^2 - 6t + 8$.", ["holds"]),
    ("행렬 $M = \\begin{bmatrix} 3 & 1 \\\\ 1 & 3 \\end{bmatrix}$ 의 고유값은 "
     "$x^2 - 6x + 8 = 0$ 에서 구한다.", ["holds"]),
    (B + "特征方程为 $-s^3 + 4s^2 - 4s = 0$。", ["holds"]),
    # the last link of a chain from det(M - μI): the earlier links are checked as before
    (M + "$$\\det(M - \\mu I) = (3 - \\mu)^2 - 1 = \\mu^2 - 6\\mu + 8 = 0$$",
     ["holds", "holds", "holds"]),
    (M + "$$\\det(M - \\mu I) = (3 - \\mu)^2 - 1 = \\mu^2 - 6\\mu + 10 = 0$$",
     ["holds", "fails", "undecided"]),
    # not the matrix's polynomial: the matrix may be another one (MᵀM, M⁻¹): undecided
    (M + "Its eigenvalues are the roots of $\\mu^2 - 6\\mu + 9 = 0$.", ["undecided"]),
    (B + "特征方程为 $s^3 - 4s^2 + 3s = 0$。", ["undecided"]),
    # no eigenvalue cue: an equation in μ that merely shares the polynomial, undecided
    (M + "Then $\\mu^2 - 6\\mu + 8 = 0$.", ["undecided"]),
])
def test_characteristic_equation(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts
