"""A kernel of two numbers applied to vectors (kernel.py): k(X, X) is the Gram matrix."""

import pytest

from checker.derive.document import check_text

_RBF = ("Kernel $k(x, x') = \\exp\\!\\big(-\\tfrac{(x-x')^2}{2}\\big)$, inputs $X = (0, 1)$, "
        "test input $x_* = 0.5$.\n\n")

ROWS = [
    ("en, the Gram matrix of two inputs",
     _RBF + "$$k(X, X) = \\begin{bmatrix} 1 & e^{-1/2} \\\\ e^{-1/2} & 1 \\end{bmatrix}$$",
     ["holds"]),
    ("en, the Gram matrix of two inputs (the exponent's 1/2 dropped)",
     _RBF + "$$k(X, X) = \\begin{bmatrix} 1 & e^{-1} \\\\ e^{-1} & 1 \\end{bmatrix}$$", ["fails"]),
    ("ko, the kernel column at a test input",
     "커널 $k(x_i, x_j) = e^{-|x_i - x_j|}$, 학습 입력 $X = (0, 2)$, 테스트 입력 $t = 1$.\n\n"
     "$$k(X, t) = \\begin{bmatrix} e^{-1} \\\\ e^{-1} \\end{bmatrix}$$", ["holds"]),
    ("ko, the kernel column at a test input (distance squared)",
     "커널 $k(x_i, x_j) = e^{-|x_i - x_j|}$, 학습 입력 $X = (0, 2)$, 테스트 입력 $t = 1$.\n\n"
     "$$k(X, t) = \\begin{bmatrix} e^{-1} \\\\ e^{-4} \\end{bmatrix}$$", ["fails"]),
    ("zh, a linear kernel's Gram matrix",
     "线性核 $k(u, u') = uu'$，样本 $X = (1, 2)$，则 "
     "$$k(X, X) = \\begin{bmatrix} 1 & 2 \\\\ 2 & 4 \\end{bmatrix}$$", ["holds"]),
    ("zh, a linear kernel's Gram matrix (a diagonal entry not squared)",
     "线性核 $k(u, u') = uu'$，样本 $X = (1, 2)$，则 "
     "$$k(X, X) = \\begin{bmatrix} 1 & 2 \\\\ 2 & 2 \\end{bmatrix}$$", ["fails"]),
    # not a kernel so applied: two kinds of argument
    ("en, a function of a weight and an input, at vectors",
     "Let $f(w, x) = wx + 1$ with $w = (1, 2)$ and $x = (3, 4)$.\n\n"
     "$$f(w, x) = \\begin{bmatrix} 4 & 5 \\\\ 7 & 9 \\end{bmatrix}$$", ["undecided"]),
]


@pytest.mark.parametrize("style, text, verdicts", ROWS, ids=[r[0] for r in ROWS])
def test_a_kernel_at_vectors(style, text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, [(s.line, s.verdict, s.method) for s in steps]
