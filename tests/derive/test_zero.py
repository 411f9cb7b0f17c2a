"""A name the example binds to 0 as a factor of a vector or matrix (zero.py): the zero vector
as notes write it, so `b - Ax_0` is b and the step is checked; a slip in the numbers still
fails, and where the name is the variable of a derivative it stays a variable."""

import pytest

from checker.derive.document import check_text
from tests.derive.twins import check_twins

A = r"$A = \begin{bmatrix} 3 & 1 \\ 1 & 2 \end{bmatrix}$, $b = \begin{bmatrix} 5 \\ 5\end{bmatrix}$"
EN = f"Take {A}, starting from $x_0 = 0$.\n\n"
KO = f"{A} 이고 초기값은 $x_0 = 0$ 이다.\n\n"
ZH = f"取 {A}，初始点 $w_0 = 0$。\n\n"

# (preamble, the correct formula, its wrong twin: one slip the reading must still catch)
TWINS = [
    (EN, r"$$r_0 = b - Ax_0 = \begin{bmatrix} 5 \\ 5 \end{bmatrix}$$",
     r"$$r_0 = b - Ax_0 = \begin{bmatrix} 5 \\ 4 \end{bmatrix}$$"),
    (KO, r"$$x_1 = x_0 + \frac{2}{7}(b - Ax_0) = \begin{bmatrix} 10/7 \\ 10/7 \end{bmatrix}$$",
     r"$$x_1 = x_0 + \frac{2}{7}(b - Ax_0) = \begin{bmatrix} 10/7 \\ 5/7 \end{bmatrix}$$"),
    (ZH, r"$$g_0 = A w_0 - b = \begin{bmatrix} -5 \\ -5 \end{bmatrix}$$",
     r"$$g_0 = A w_0 - b = \begin{bmatrix} 5 \\ -5 \end{bmatrix}$$"),
]


@pytest.mark.parametrize("preamble,right,wrong", TWINS)
def test_a_factor_bound_to_zero_is_the_zero_vector(preamble, right, wrong):
    check_twins(preamble + right + "\n", preamble + wrong + "\n")
    steps = check_text(preamble + right + "\n").steps
    assert steps and all(s.verdict == "holds" for s in steps), [
        (s.verdict, s.method) for s in steps]


def test_the_variable_of_a_derivative_is_not_its_value():
    """The slope of x_0 times a column by x_0 is that column, never 0 (x_0 held a variable)."""
    steps = check_text("Let $x_0 = 0$.\n\n$$\\frac{\\partial}{\\partial x_0}\\left(x_0 "
                       "\\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix}\\right) = "
                       "\\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix}$$\n").steps
    assert [s.verdict for s in steps] == ["holds"], [(s.verdict, s.method) for s in steps]


def test_a_declared_shape_keeps_its_zero_matrix():
    """W ∈ ℝ^{d×K} given 0: XW is that zero matrix, so Z = XW + 1bᵀ at the numbers is a claim
    checked as before (read as the number 0 it was no longer a step)."""
    steps = check_text(
        "Let $Z = XW + \\mathbf{1}b^\\top$ with $X \\in \\mathbb{R}^{m\\times d}$ and "
        "$W \\in \\mathbb{R}^{d\\times K}$.\n\nNumbers: $m = 2$, $d = 2$, $K = 3$, "
        "$X = \\begin{bmatrix}1 & 2\\\\ 0 & 1\\end{bmatrix}$, $W = 0$, $b = 0$.\n\n"
        "- $Z = 0$ here.\n").steps
    assert [s.verdict for s in steps] == ["holds"], [(s.verdict, s.method) for s in steps]
