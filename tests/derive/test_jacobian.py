"""A Jacobian of a vector by a vector beside a matrix as written (jacobian.py), and diag(v)."""

import pytest

from checker.derive.document import check_text

_SOFTMAX = ("Let $\\mathbf p = \\mathrm{softmax}(\\mathbf z)$ with "
            "$\\mathbf z \\in \\mathbb R^3$.\n\n")
_LINEAR = ("Let $\\mathbf u = A\\mathbf z$ with $A \\in \\mathbb R^{2 \\times 3}$ and "
           "$\\mathbf z \\in \\mathbb R^3$.\n\n")
_SQUARE = ("Let $\\mathbf u = B\\mathbf z$ with $B \\in \\mathbb R^{3 \\times 3}$ and "
           "$\\mathbf z \\in \\mathbb R^3$.\n\n")

ROWS = [
    ("softmax Jacobian", _SOFTMAX + "$$\\frac{\\partial \\mathbf p}{\\partial \\mathbf z} = "
     "\\operatorname{diag}(\\mathbf p) - \\mathbf p\\mathbf p^\\top$$", "holds"),
    ("softmax Jacobian, sign slip", _SOFTMAX + "$$\\frac{\\partial \\mathbf p}"
     "{\\partial \\mathbf z} = \\operatorname{diag}(\\mathbf p) + \\mathbf p\\mathbf p^\\top$$",
     "fails"),
    ("softmax Jacobian, ko", "$\\mathbf p = \\mathrm{softmax}(\\mathbf z)$, $\\mathbf z$ 의 크기는 "
     "$(3, 1)$ 이다.\n\n$$\\frac{\\partial \\mathbf p}{\\partial \\mathbf z} = "
     "\\mathrm{diag}(\\mathbf p) - \\mathbf p \\mathbf p^T$$", "holds"),
    # a Jacobian that is not square: the layout whose shape fits
    ("numerator layout", _LINEAR + "$$\\frac{\\partial \\mathbf u}{\\partial \\mathbf z} = A$$",
     "holds"),
    ("denominator layout", _LINEAR + "$$\\frac{\\partial \\mathbf u}{\\partial \\mathbf z} = "
     "A^\\top$$", "holds"),
    ("wrong matrix", _LINEAR + "$$\\frac{\\partial \\mathbf u}{\\partial \\mathbf z} = 2A$$",
     "fails"),
    # square and not symmetric: the layout is a guess, a differing step undecided
    ("square, transposed", _SQUARE + "$$\\frac{\\partial \\mathbf u}{\\partial \\mathbf z} = "
     "B^\\top$$", "undecided"),
    ("square, numerator", _SQUARE + "$$\\frac{\\partial \\mathbf u}{\\partial \\mathbf z} = B$$",
     "holds"),
]


@pytest.mark.parametrize("what, text, verdict", ROWS, ids=[r[0] for r in ROWS])
def test_a_jacobian_beside_a_matrix(what, text, verdict):
    steps = check_text(text).steps
    assert steps and steps[-1].verdict == verdict, [(s.line, s.verdict, s.method) for s in steps]


@pytest.mark.parametrize("text, verdict", [
    ("$$\\operatorname{diag}((1, 2)) = \\begin{bmatrix} 1 & 0 \\\\ 0 & 2 \\end{bmatrix}$$",
     "holds"),
    ("$$\\operatorname{diag}((1, 2)) = \\begin{bmatrix} 1 & 2 \\\\ 0 & 2 \\end{bmatrix}$$",
     "fails"),
    ("$$\\operatorname{diag}\\left(\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}\\right) = "
     "(1, 4)$$", "holds"),  # of a square matrix: its diagonal (reduction.diagonal)
])
def test_diag(text, verdict):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == [verdict], [(s.verdict, s.method) for s in steps]
