"""Shapes the text fixes (conformance.py): a product's rows are its left factor's and its
columns its right factor's whatever a factor of no declared shape is, so a sum whose operands
have rows (or columns) the text never sets equal does not hold at any size; the correct twins,
and sums an open name could make conform, are left alone."""

import pytest

from checker.derive.document import check_text

NORMAL = ("Let $X \\in \\mathbb{R}^{m \\times n}$ and $y \\in \\mathbb{R}^{m}$.\n\n"
          "$$J(\\theta) = \\frac{1}{2m}\\lVert X\\theta - y\\rVert^2$$\n\n")
GRAD = "$$\\nabla_{\\theta} J = %s$$"


def last(text: str):
    steps = check_text(text).steps
    assert steps, text
    return steps[-1]


@pytest.mark.parametrize("text, verdict, words", [
    # XXᵀθ has m rows whatever θ is; Xᵀy has n: no shape of θ makes them conform
    (NORMAL + GRAD % "\\frac{1}{m}(XX^T\\theta - X^T y)", "fails",
     "X·Xᵀ·θ (m, ?) and Xᵀ·y (n, 1)"),
    (NORMAL + GRAD % "\\frac{1}{m}(XX^T\\theta - X^T y)", "fails", "whatever the shape of θ"),
    (NORMAL + GRAD % "\\frac{1}{m}(X^T y - XX^T\\theta)", "fails", "whatever the shape of θ"),
    # the correct twins (θ's shape undeclared: they may stay undecided, never fail)
    (NORMAL + GRAD % "\\frac{1}{m}(X^T X\\theta - X^T y)", "not fails", None),
    (NORMAL + GRAD % "\\frac{1}{m}X^T(X\\theta - y)", "not fails", None),
])
def test_a_sum_no_open_shape_makes_conform(text, verdict, words):
    step = last(text)
    if verdict == "not fails":
        assert step.verdict != "fails", (step.method, step.diagnosis)
        return
    assert step.verdict == verdict, (step.method, step.diagnosis)
    if words:
        assert words in (step.diagnosis or ""), step.diagnosis


@pytest.mark.parametrize("text", [
    # an open name on the left of a product: its rows are open too (θᵀ may be a row)
    NORMAL + "$$g = \\theta^T X^T X - y^T X$$\n\n$$g = \\theta^T X^T X - y^T X$$",
    # a coefficient of no declared shape may be a number
    NORMAL + GRAD % "\\lambda X^T y + X^T X\\theta",
    # a bias of no declared shape broadcasts
    NORMAL + "$$r = X\\theta + b - y$$\n\n$$r = X\\theta + b - y$$",
])
def test_sums_an_open_shape_could_make_conform_are_not_failed(text):
    assert all(s.verdict != "fails" for s in check_text(text).steps), [
        (s.lhs, s.rhs, s.diagnosis) for s in check_text(text).steps]


EXAMPLE = ("Let $X = \\begin{bmatrix} 1 & 0 \\\\ 1 & 1 \\\\ 1 & 2 \\end{bmatrix}$, "
           "$y = \\begin{bmatrix} 1 \\\\ 3 \\\\ 4 \\end{bmatrix}$ and "
           "$\\theta = \\begin{bmatrix} %s \\\\ 3/2 \\end{bmatrix}$.\n\n")


@pytest.mark.parametrize("text, verdict", [
    # a matrix beside 0 is the zero matrix: the residual is orthogonal to X's columns
    (EXAMPLE % "7/6" + "$$X^T(y - X\\theta) = 0$$", "holds"),
    (EXAMPLE % "7/6" + "$$X^T X\\theta - X^T y = 0$$", "holds"),
    # the wrong twin: not the least-squares solution; never failed by this reading (the 0 may
    # be a value the checker computed, a derivative whose link the text did not give)
    (EXAMPLE % "1" + "$$X^T(y - X\\theta) = 0$$", "not fails"),
    # with free names, `= 0` is an equation the text sets up (the normal equations): never
    # failed as an identity
    (("Let $X \\in \\mathbb{R}^{m \\times n}$ and $y \\in \\mathbb{R}^{m}$. Setting the "
      "gradient to zero:\n\n$$X^T X\\theta - X^T y = 0$$"), "not fails"),
])
def test_a_matrix_beside_zero_is_the_zero_matrix(text, verdict):
    step = last(text)
    if verdict == "not fails":
        assert step.verdict != "fails", (step.method, step.diagnosis)
        return
    assert step.verdict == verdict, (step.lhs, step.rhs, step.method, step.diagnosis)


@pytest.mark.parametrize("formula, verdict", [
    # `I` the text never defines is the identity: as the number 1 the step agrees, so it is
    # never failed (whether A and x commute is not read without shapes)
    ("$$x - \\eta A x = (I - \\eta A) x$$", "undecided"),
    # the wrong twin differs with I = 1 as well
    ("$$x - \\eta A x = (I - 2\\eta A) x$$", "fails"),
])
def test_an_undefined_identity_read_as_one_never_fails(formula, verdict):
    step = last("Let $f$ be a quadratic.\n\n" + formula)
    assert step.verdict == verdict, (step.method, step.diagnosis)


# ℝ^{n×1} written out is the column the writer wrote, even in a text that also declares a row
# (1, n) (a layer's weights V ∈ ℝ^{1×2}): only the bare ℝ^n follows the text's rows
COLUMN_BESIDE_ROW = ("Sizes: $u \\in \\mathbb{R}^{3\\times 1}$, $A \\in \\mathbb{R}^{3\\times 3}$, "
                     "$v \\in \\mathbb{R}^{1\\times 3}$.\n\n$$h = %s$$\n\n$$h = %s$$")


@pytest.mark.parametrize("formula, verdict", [
    ("Au", "not fails"),
    ("vAu", "not fails"),
    ("uA", "fails"),  # the wrong twin: a (3, 1) column times a (3, 3) matrix does not conform
])
def test_a_written_column_stays_a_column_beside_a_row(formula, verdict):
    step = last(COLUMN_BESIDE_ROW % (formula, formula))
    if verdict == "not fails":
        assert step.verdict != "fails", (step.method, step.diagnosis)
    else:
        assert step.verdict == verdict and step.method == "matrix shapes", (step.method,
                                                                           step.diagnosis)


# side by side, two factors are a matrix product or an element-wise one; an element-wise
# product of one shape (`Y log A`) or stretching one factor along its axes of size 1, never
# both: a row beside a column of other length (G (1, m) beside Wᵀ (n, 1)) is neither
ROW_BESIDE_COLUMN = ("Sizes: $G \\in \\mathbb{R}^{1\\times m}$, $W \\in \\mathbb{R}^{1\\times n}$, "
                     "$H \\in \\mathbb{R}^{1\\times m}$"
                     "%s.\n\n$$D = %s$$")


@pytest.mark.parametrize("formula, given, verdict", [
    ("G W^T", "", "fails"),  # (1, m) times (n, 1): it conforms as neither product
    ("W^T G", "", "not fails"),  # the outer product, (n, m)
    ("G H", "", "not fails"),  # one shape: element-wise
    ("G \\log H", "", "not fails"),
    ("G W^T", ", with $m = 1$", "not fails"),  # G is then (1, 1): a number beside a column
])
def test_a_row_beside_a_column_is_no_product(formula, given, verdict):
    text = ROW_BESIDE_COLUMN % (given, formula)
    if verdict == "not fails":  # (a definition: nothing reported, or nothing failed)
        assert all(s.verdict != "fails" for s in check_text(text).steps)
    else:
        step = last(text)
        assert step.verdict == verdict and step.method == "matrix shapes", (step.method,
                                                                           step.diagnosis)
        assert "G (1, m) times Wᵀ (n, 1)" in step.diagnosis
