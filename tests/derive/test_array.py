"""Entries of matrices (array.py): `X_{12}`, one index of two digits on a matrix of at most 9
rows and columns, is row 1, column 2, as `X_{1,2}` is; a vector's `w_{12}` and a name the text
defines on its own are not read so."""

import pytest

from checker.derive.document import check_text

BOUND = ("$A = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$, $X = \\begin{bmatrix} 5 & 6 "
         "\\\\ 7 & 8 \\end{bmatrix}$\n\n")
SQUARE = "$\\mathbf{A} \\in \\mathbb{R}^{n \\times n}$, 예: $\\mathbf{A} = \\begin{bmatrix} 1 & 2 " \
    "\\\\ 3 & 4 \\end{bmatrix}$ 이면\n\n"
ZH = "设 $W = \\begin{bmatrix} 0.5 & -1 & 2 \\\\ 1 & 0 & 3 \\end{bmatrix}$。\n\n"


@pytest.mark.parametrize("text, verdict", [
    (BOUND + "$$\\mathrm{tr}(AX) = A_{11}X_{11} + A_{12}X_{21} + A_{21}X_{12} + A_{22}X_{22}$$",
     "holds"),
    (BOUND + "$$A_{12} + X_{21} = 9$$", "holds"),
    (BOUND + "$$A_{12} + X_{21} = 10$$", "fails"),
    # the entries of a matrix whose shape is inferred (X beside the declared 2 × 2 A)
    (SQUARE + "$$\\mathrm{tr}(\\mathbf{A}\\mathbf{X}) = X_{11} + 2X_{21} + 3X_{12} + 4X_{22}$$",
     "holds"),
    (ZH + "$$W_{13} + W_{22} = 2$$", "holds"),
    (ZH + "$$W_{13} - W_{21} + W_{12} = 0$$", "holds"),
    (ZH + "$$W_{13} - W_{21} + W_{12} = 1$$", "fails"),
])
def test_an_entry_named_by_two_digits(text, verdict):
    step = check_text(text).steps[-1]
    assert step.verdict == verdict, step


def test_a_name_of_its_own_stays_one():
    # X_{12} given a value of its own: that value, not an entry of X
    text = BOUND + "$X_{12} = 3$\n\n$$X_{12} + 1 = 4$$"
    assert check_text(text).steps[-1].verdict == "holds"
