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


# γ^T with the letter T, where the example gives T a number and the base is a number: a power
# (a discount over a horizon), never the transpose of a number; `^\top` stays a transpose, and
# X^T of a matrix too
_POWER = [
    ("With $\\gamma = 0.99$ and $T = 1000$: $$\\frac{1 - \\gamma^{T}}{1 - \\gamma} \\approx 100$$",
     "holds"),
    ("$\\rho = 0.5$, $T = 3$ 일 때 $$\\rho^T = 0.125$$", "holds"),
    ("设 $\\beta = 0.9$，$T = 2$，则 $$1 - \\beta^T = 0.19$$", "holds"),
    # wrong twins
    ("$\\rho = 0.5$, $T = 3$ 일 때 $$\\rho^T = 0.25$$", "fails"),
    ("With $\\gamma = 0.9$ and $T = 2$: $$\\gamma^T = 0.9$$", "fails"),
]


@pytest.mark.parametrize("text, verdict", _POWER)
def test_a_letter_t_over_a_number_is_a_power_where_the_example_gives_t(text, verdict):
    assert [s.verdict for s in check_text(text).steps][-1] == verdict


def test_a_matrix_transposed_with_the_letter_t_stays_a_transpose():
    text = ("$T = 2$ steps. $X = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$.\n\n"
            "$$X^T + X = \\begin{bmatrix} 2 & 5 \\\\ 5 & 8 \\end{bmatrix}$$")
    assert [s.verdict for s in check_text(text).steps] == ["holds"]


# A matrix the text both defines and declares (`Y = XW`, and Y is N × M): held fixed to take
# ∂L/∂Y, its entries stand for XW's again afterwards, as an undeclared Y's do; a sign slip in
# the chain rule still fails
_LAYER = ("Layer $Y = XW$, where $X$ is $N \\times D$, $W$ is $D \\times M$ and $Y$ is "
          "$N \\times M$.\n\n")
_LAYER_KO = ("완전연결층 $\\mathbf{Y} = \\mathbf{X}\\mathbf{W} + \\mathbf{b}$, 여기서 $\\mathbf X$ 는 "
             "$N \\times D$, $\\mathbf W$ 는 $D \\times M$, $\\mathbf Y$ 는 $N \\times M$ 이다.\n\n")


@pytest.mark.parametrize("text, verdict", [
    (_LAYER + "$$\\frac{\\partial L}{\\partial W} = X^\\top \\frac{\\partial L}{\\partial Y}$$",
     "holds"),
    (_LAYER + "$$\\frac{\\partial L}{\\partial X} = \\frac{\\partial L}{\\partial Y} W^\\top$$",
     "holds"),
    (_LAYER + "$$\\frac{\\partial L}{\\partial W} = -X^\\top \\frac{\\partial L}{\\partial Y}$$",
     "fails"),
    (_LAYER_KO + "$$\\frac{\\partial L}{\\partial \\mathbf{W}} = \\mathbf{X}^\\top "
     "\\frac{\\partial L}{\\partial \\mathbf Y} \\quad (D \\times M)$$", "holds"),
    (_LAYER_KO + "$$\\frac{\\partial L}{\\partial \\mathbf{X}} = -\\frac{\\partial L}{\\partial "
     "\\mathbf Y}\\mathbf{W}^\\top \\quad (N \\times D)$$", "fails"),
])
def test_a_declared_and_defined_matrix_held_to_differentiate_stands_for_its_definition(
        text, verdict):
    step = check_text(text).steps[-1]
    assert step.verdict == verdict, step
