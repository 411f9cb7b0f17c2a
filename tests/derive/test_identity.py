"""The name `I` the text never defines, beside a matrix (identity.py): in a sum with a square
matrix (`Σ - λI`) and as a factor of a product (`X^T I`, `I W^T`, `2IX`) it is the identity of
the size that conforms; a name whose definition is `I` is not read so. `I_2`, `I_3` are the
identities of the size their index writes (array.sized_identity)."""

import pytest

from checker.derive.document import check_text

EN = ("Example: $X = \\begin{bmatrix}1&2\\\\3&4\\end{bmatrix}$, $W = \\begin{bmatrix}1&2\\\\0&1"
      "\\end{bmatrix}$, and the upstream gradient is the identity.\n\n")
KO = "예: $A = \\begin{bmatrix}2&0&1\\\\1&1&0\\end{bmatrix}$ 이고 상류 기울기는 단위행렬.\n\n"
ZH = "小例子：$X = \\begin{bmatrix}1&2\\\\3&4\\end{bmatrix}$，$dY = I$。\n\n"
SIZED = ("Take $X = I_2$ and $W = \\begin{pmatrix} 1 & 0 & -1 \\\\ 0 & 1 & 0 \\end{pmatrix}$.\n\n")
SIZED_KO = "$A = \\begin{bmatrix} 1 & 2 & 0 \\\\ 3 & 4 & 1 \\end{bmatrix}$, $B = I_3$ 이라 하자.\n\n"


@pytest.mark.parametrize("text, verdict", [
    (EN + "$$dW = X^\\top I = \\begin{bmatrix}1&3\\\\2&4\\end{bmatrix}$$", "holds"),
    (EN + "$$dX = I\\,W^\\top = \\begin{bmatrix}1&0\\\\2&1\\end{bmatrix}$$", "holds"),
    (EN + "$$G = 2\\,I\\,X = \\begin{bmatrix}2&4\\\\6&8\\end{bmatrix}$$", "holds"),
    (KO + "$$B = A^T I = \\begin{bmatrix}2&1\\\\0&1\\\\1&0\\end{bmatrix}$$", "holds"),
    (KO + "$$C = I A = \\begin{bmatrix}2&0&1\\\\1&1&0\\end{bmatrix}$$", "holds"),
    # wrong twins: no reading of I (the identity, or any number) makes them hold
    (EN + "$$dW = X^\\top I = \\begin{bmatrix}1&2\\\\3&4\\end{bmatrix}$$", "fails"),
    (EN + "$$G = 2\\,I\\,X = \\begin{bmatrix}2&4\\\\6&9\\end{bmatrix}$$", "fails"),
    (KO + "$$C = I A = \\begin{bmatrix}2&1\\\\0&1\\\\1&0\\end{bmatrix}$$", "fails"),
    # I_2, I_3: the identity of the size the index writes
    (SIZED + "$$X^\\top W = \\begin{pmatrix} 1 & 0 & -1 \\\\ 0 & 1 & 0 \\end{pmatrix}$$", "holds"),
    (SIZED + "$$X^\\top W = \\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\\\ -1 & 0 \\end{pmatrix}$$", "fails"),
    (SIZED_KO + "$$A B = \\begin{bmatrix} 1 & 2 & 0 \\\\ 3 & 4 & 1 \\end{bmatrix}$$", "holds"),
    (SIZED_KO + "$$A B^T = \\begin{bmatrix} 1 & 2 & 0 \\\\ 3 & 4 & 2 \\end{bmatrix}$$", "fails"),
    ("设 $I_2 = 5$。\n\n$$2 I_2 = 10$$", "holds"),  # a value of its own: that value
])
def test_the_identity_beside_a_matrix(text, verdict):
    step = check_text(text).steps[-1]
    assert step.verdict == verdict, step


def test_a_name_defined_as_the_identity_is_not_read_as_one_later():
    # `A = I` for a special case, A bound to another matrix afterwards: never the identity
    text = ("With $A = I$: $\\nabla_x \\lVert x\\rVert^2 = 2x$.\n\n"
            "예제: $A = \\begin{bmatrix} 1 & 2 \\\\ 0 & 3 \\end{bmatrix}$, $x = "
            "\\begin{bmatrix} 1 \\\\ -1 \\end{bmatrix}$.\n\n"
            "$$A x = \\begin{bmatrix} -1 \\\\ -3 \\end{bmatrix}$$")
    assert check_text(text).steps[-1].verdict != "fails"


def test_an_identity_the_text_defines_otherwise_is_that():
    text = ZH + "$$I = \\begin{bmatrix}0&1\\\\1&0\\end{bmatrix}$$\n\n" \
        "$$dW = X^\\top I = \\begin{bmatrix}3&1\\\\4&2\\end{bmatrix}$$"
    assert check_text(text).steps[-1].verdict == "holds"


# a numbered family that writes I_1 (or I_0), no identity's size: currents, integrals, numbers
# like any name; the identity of I_2 where nothing in the text writes I_1 stays (rows above)
@pytest.mark.parametrize("text, verdict", [
    ("Let $I_1$ and $I_3$ be two currents with $I_1 = 2$ and $I_3 = 3$.\n\n$$I_1 + I_3 = 5$$",
     "holds"),
    ("Let $I_1$ and $I_3$ be two currents with $I_1 = 2$ and $I_3 = 3$.\n\n$$I_1 + I_3 = 6$$",
     "fails"),
    ("전류 $I_1 = 1.5$, $I_3 = 0.5$ 이다.\n\n$$I_1 - I_3 = 1$$", "holds"),
    ("电流 $I_1 = 1.5$，$I_3 = 0.5$。\n\n$$I_1 - I_3 = 1.5$$", "fails"),
])
def test_a_numbered_family_with_i_1_is_no_identity(text, verdict):
    step = check_text(text).steps[-1]
    assert step.verdict == verdict, step
