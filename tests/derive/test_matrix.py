"""Matrix calculus (matrix.py, array.py): entries tied to their matrix,
sums over entries, Frobenius norm and trace, element-wise functions, broadcasting, ⊙, row-wise
softmax, 1ᵀ, gradients with their variable's shape, and two-layer backprop."""

import pytest
import sympy as sp

from checker.derive import matrix, reduction
from checker.derive import step as step_limit
from checker.derive.document import check_text
from checker.derive.errors import ShapeMismatch, Undecided

D = "\\frac{\\partial %s}{\\partial %s}"
LINEAR = ("<!-- grader: shape X (m, n); shape W (n, k); shape Y (m, k) -->\n\n$$Z = XW$$\n\n"
          "$$L = \\frac{1}{2}\\sum_{i=1}^{m}\\sum_{j=1}^{k}(Z_{ij} - Y_{ij})^2$$\n\n")
TWO_LAYER = ("<!-- grader: shape X (m, n); shape W_1 (n, h); shape b_1 (1, h); shape W_2 (h, k); "
             "shape b_2 (1, k); shape Y (m, k) -->\n\n"
             "$$Z_1 = XW_1 + b_1$$\n\n$$A_1 = \\sigma(Z_1)$$\n\n$$Z_2 = A_1 W_2 + b_2$$\n\n"
             "$$\\hat{Y} = \\mathrm{softmax}(Z_2)$$\n\n"
             "$$L = -\\frac{1}{m}\\sum_{i=1}^{m}\\sum_{j=1}^{k} Y_{ij}\\log \\hat{Y}_{ij}$$\n\n")
ERR = "\\frac{1}{m}(\\hat{Y} - Y)"
SLOPE = "\\odot A_1 \\odot (1 - A_1)"


def last(text: str):
    steps = check_text(text).steps
    assert steps, text
    return steps[-1]


@pytest.mark.parametrize("text, verdict, diagnosis", [
    # the loss written with entries, tied to Z = XW
    (LINEAR + f"$${D % ('L', 'W')} = X^T (Z - Y)$$", "holds", None),
    (LINEAR + f"$${D % ('L', 'X')} = (Z - Y)W^T$$", "holds", None),
    (LINEAR + f"$${D % ('L', 'W')} = (Z - Y)^T X$$", "fails", "transpose"),
    (LINEAR + f"$${D % ('L', 'W')} = X^T (Z - Y) / m$$", "fails", "an extra factor 1/m"),
    (LINEAR + f"$${D % ('L', 'W')} = (Z - Y) X^T$$", "fails", "do not conform"),
    (LINEAR + "$$L = \\frac{1}{2}\\|XW - Y\\|_F^2$$", "holds", None),
    (LINEAR + "$$L = \\frac{1}{2}\\mathrm{tr}((Z - Y)^T (Z - Y))$$", "holds", None),
    (LINEAR + "$$L = \\mathrm{tr}((Z - Y)^T (Z - Y))$$", "fails", "the left side is 1/2 ×"),
    (LINEAR + f"$${D % ('L', 'Z_{ij}')} = Z_{{ij}} - Y_{{ij}}$$", "holds", None),
    (LINEAR + f"$${D % ('L', 'W_{pq}')} = \\sum_{{i=1}}^{{m}} (Z_{{iq}} - Y_{{iq}}) X_{{ip}}$$",
     "holds", None),
    (LINEAR + f"$${D % ('L', 'W_{pq}')} = \\sum_{{i=1}}^{{m}} (Z_{{iq}} - Y_{{iq}}) X_{{iq}}$$",
     "fails", None),
    # two layers, softmax and cross entropy, biases broadcast over the batch
    (TWO_LAYER + f"$${D % ('L', 'Z_2')} = {ERR}$$", "holds", None),
    (TWO_LAYER + f"$${D % ('L', 'W_2')} = A_1^T {ERR}$$", "holds", None),
    (TWO_LAYER + f"$${D % ('L', 'b_2')} = 1^T {ERR}$$", "holds", None),
    (TWO_LAYER + f"$${D % ('L', 'A_1')} = {ERR} W_2^T$$", "holds", None),
    (TWO_LAYER + f"$${D % ('L', 'Z_1')} = {ERR} W_2^T {SLOPE}$$", "holds", None),
    (TWO_LAYER + f"$${D % ('L', 'W_1')} = X^T({ERR} W_2^T {SLOPE})$$", "holds", None),
    (TWO_LAYER + f"$${D % ('L', 'W_1')} = X^T({ERR} W_2^T)$$", "fails", None),
    (TWO_LAYER + f"$${D % ('L', 'W_1')} = X^T((\\hat{{Y}} - Y) W_2^T {SLOPE})$$", "fails",
     "a factor 1/m missing"),
    (TWO_LAYER + f"$${D % ('L', 'W_1')} = X^T({ERR} W_2^T \\odot A_1)$$", "fails",
     "a chain-rule factor missing: ⊙ (1 - A_1) after ⊙ A_1"),
    (TWO_LAYER + f"$${D % ('L', 'W_1')} = ({ERR} W_2^T {SLOPE})^T X$$", "fails",
     "transposed: ∂L/∂W_1 must have W_1's shape"),
])
def test_matrix_steps(text, verdict, diagnosis, monkeypatch):
    # a two-layer step takes about 2 s of CPU here, most of the 2.5 s limit (text17 came back
    # undecided by time in CI): what is tested is the reading, so the limit is raised
    monkeypatch.setattr(step_limit, "STEP_SECONDS", 10.0)
    step = last(text)
    assert step.verdict == verdict, step
    if diagnosis:
        assert diagnosis in (step.diagnosis or ""), step


def test_one_hot_rows_are_an_assumption_the_step_names():
    step = last(TWO_LAYER + f"$${D % ('L', 'Z_2')} = {ERR}$$")
    assert "each row of Y sums to 1" in step.method


def test_sigma_of_a_matrix_does_not_raise():
    text = ("<!-- grader: shape Z_1 (m, h) -->\n\n$$A_1 = \\sigma(Z_1)$$\n\n"
            "$$1 - A_1 = \\sigma(-Z_1)$$")
    assert last(text).verdict == "holds"


@pytest.mark.parametrize("op, left, right, shape", [
    ("+", sp.ones(2, 3), sp.ones(1, 3), (2, 3)),  # a bias row over a batch
    ("+", sp.ones(2, 3), sp.ones(2, 1), (2, 3)),  # a column over the columns
    ("-", sp.Integer(1), sp.ones(2, 3), (2, 3)),  # 1 - A
    ("⊙", sp.ones(2, 3), sp.ones(2, 3), (2, 3)),
    ("*", sp.ones(2, 3), sp.ones(3, 4), (2, 4)),
    ("*", matrix.Sized("ones", transposed=True), sp.ones(2, 3), (1, 3)),  # 1^T A
    ("+", matrix.Sized("identity"), sp.ones(3, 3), (3, 3)),  # I + A
    ("*", sp.ones(3, 1), sp.ones(3, 1), (3, 1)),  # Y log(A) of two columns: entry by entry
])
def test_combine_broadcasts_as_the_notes_mean_it(op, left, right, shape):
    assert matrix.combine(op, left, right).shape == shape


@pytest.mark.parametrize("op, left, right, error", [
    ("*", sp.ones(2, 3), sp.ones(2, 3), ShapeMismatch),
    ("+", sp.ones(2, 3), sp.ones(3, 2), ShapeMismatch),
    ("^", sp.ones(2, 2), sp.Integer(2), Undecided),  # A^2 of a square matrix
])
def test_combine_refuses_what_does_not_conform_or_is_ambiguous(op, left, right, error):
    with pytest.raises(error):
        matrix.combine(op, left, right)


def test_softmax_works_row_by_row_and_on_a_column():
    z = sp.Matrix([[1, 2], [3, 4]])
    rows = matrix.softmax(z)
    assert all(sp.simplify(sum(rows[r, :]) - 1) == 0 for r in range(2))
    column = matrix.softmax(sp.Matrix([1, 2, 3]))
    assert column.shape == (3, 1) and sp.simplify(sum(column) - 1) == 0


# a name bound to a tuple for a worked example is the vector of its entries (read as a row,
# or as a column where wᵀx needs one; a tuple has no orientation of its own)
PAIR = "$$L = \\|u - v\\|^2$$\n\nTake $u = (2, 1)$ and $v = (1, -1)$.\n\n"
WEIGHTS = "Let $\\mathbf{w} = (3, -4)$.\n\n"
NEURON = "$\\mathbf{x} = (1, 2)$이고 $\\mathbf{w} = (0.5, -1)$일 때\n\n"


@pytest.mark.parametrize("text, verdict", [
    (PAIR + "$$\\|u - v\\|^2 = 1^2 + 2^2 = 5$$", "holds"),
    (PAIR + "$$\\frac{\\partial L}{\\partial u} = 2(u - v)$$", "holds"),
    (PAIR + "$$\\frac{\\partial L}{\\partial u} = 2\\big((2, 1) - (1, -1)\\big) = (2, 4)$$",
     "holds"),
    (PAIR + "$$\\frac{\\partial L}{\\partial v} = (-2, -4)$$", "holds"),
    (PAIR + "$$\\frac{\\partial L}{\\partial u} = \\begin{bmatrix} 2 \\\\ 4 \\end{bmatrix}$$",
     "holds"),  # a column for a tuple: the same vector
    (PAIR + "$$\\frac{\\partial L}{\\partial u} = (2, 2)$$", "fails"),
    (PAIR + "$$\\frac{\\partial L}{\\partial v} = (2, 4)$$", "fails"),  # the sign
    (WEIGHTS + "$$\\|\\mathbf{w}\\|_2 = \\sqrt{9 + 16} = 5$$", "holds"),
    (WEIGHTS + "$$\\|\\mathbf{w}\\|_1 = 7$$", "holds"),
    (WEIGHTS + "$$\\|\\mathbf{w}\\|_1 = 1$$", "fails"),
    (WEIGHTS + "$$\\nabla_{\\mathbf{w}} \\|\\mathbf{w}\\|_2^2 = 2\\mathbf{w} = (6, -8)$$", "holds"),
    (WEIGHTS + "$$\\nabla_{\\mathbf{w}} \\|\\mathbf{w}\\|_2 = (0.6, -0.8)$$", "holds"),
    (WEIGHTS + "$$\\nabla_{\\mathbf{w}} \\|\\mathbf{w}\\|_2 = (0.6, 0.8)$$", "fails"),
    ("Toy batch: $r = (-0.5,\\ 0.5,\\ 0.1)$, and\n\n"
     "$$\\frac{d}{dr}\\log\\cosh r = \\tanh r$$", "holds"),  # entry by entry
    (NEURON + "$$\\mathbf{w}^T\\mathbf{x} + 1 = -0.5$$", "holds"),  # wᵀx: a column each
    (NEURON + "$$\\mathbf{w}^T\\mathbf{x} + 1 = 0.5$$", "fails"),
    (NEURON + "$$\\nabla_{\\mathbf{w}} (\\mathbf{w}^T\\mathbf{x}) = (1, 2)$$", "holds"),
])
def test_vectors_bound_as_tuples(text, verdict):
    step = last(text)
    assert step.verdict == verdict, step


@pytest.mark.parametrize("text, verdict", [
    # an update checked at the old value; the new one holds from the next formula on
    ("$w = 2$.\n\nStep: $w \\leftarrow w - 0.1 \\cdot 5 = 1.5$.", "holds"),
    ("$w = 2$.\n\nStep: $w \\leftarrow w - 0.1 \\cdot 5 = 1.5$.\n\n$$w + 1 = 2.5$$", "holds"),
    ("$w = 2$.\n\nStep: $w \\leftarrow w - 0.1 \\cdot 5 = 1.4$.", "fails"),
    ("$\\mathbf{a} = (1, 0)$.\n\n$\\mathbf{a} \\leftarrow \\mathbf{a} - 0.5 \\times (0.2, -0.8)"
     " = (0.9, 0.4)$", "holds"),
    ("$\\mathbf{a} = (1, 0)$.\n\n$\\mathbf{a} \\leftarrow \\mathbf{a} - 0.5 \\times (0.2, -0.8)"
     " = (0.9, 0.4)$\n\n$$\\|\\mathbf{a}\\|^2 = 0.81 + 0.16 = 0.97$$", "holds"),
])
def test_an_update_is_checked_before_its_new_value_binds(text, verdict):
    assert last(text).verdict == verdict


# ∇f(x) beside a tuple, with f built from x's written entries x_1, x_2: the slopes by them
QUADRATIC = "$$f(\\mathbf{x}) = 0.1 x_1^2 + 2 x_2^2$$\n\n"
SQUARES = "The loss is $L = (y_1 - a_1)^2 + (y_2 - a_2)^2$.\n\n"


@pytest.mark.parametrize("text, verdict", [
    (QUADRATIC + "$$\\nabla f(\\mathbf{x}) = (0.2 x_1,\\ 4 x_2)$$", "holds"),
    (QUADRATIC + "$$\\frac{\\partial f}{\\partial \\mathbf{x}} = "
                 "\\begin{bmatrix} 0.2 x_1 \\\\ 4 x_2 \\end{bmatrix}$$", "holds"),
    (QUADRATIC + "따라서 $$\\nabla_{\\mathbf{x}} f = (0.2x_1, 4x_2)$$", "holds"),
    (SQUARES + "$$\\frac{\\partial L}{\\partial a} = (2(a_1 - y_1),\\ 2(a_2 - y_2))$$", "holds"),
    # wrong as read: the reading took a guess (x's shape), so undecided, never "fails"
    (QUADRATIC + "$$\\nabla f(\\mathbf{x}) = (0.2 x_1,\\ 2 x_2)$$", "undecided"),
    (SQUARES + "$$\\frac{\\partial L}{\\partial a} = (2(y_1 - a_1),\\ 2(y_2 - a_2))$$",
     "undecided"),
])
def test_a_gradient_beside_a_tuple_is_the_slopes_by_the_written_entries(text, verdict):
    step = last(text)
    assert step.verdict == verdict, step
    if verdict == "undecided":
        assert "slopes by its entries" in step.method, step


def expect(step, verdict: str, words: str | None) -> None:
    """verdict, or "not fails" (holds or undecided); words: in the diagnosis."""
    if verdict == "not fails":
        assert step.verdict != "fails", step
    else:
        assert step.verdict == verdict, step
    if words:
        assert words in (step.diagnosis or ""), step


# some names have no declared shape (Y, b): a product still fails when the shapes of its two
# factors follow from declared shapes and definitions alone and cannot conform at any sizes
# (a row-batch softmax regression, the labels' shape never declared)
SOFTMAX_REG = ("`X` has shape `(m, n)`, the weights `W` have shape `(n, K)`.\n\n"
               "$$Z = XW + b$$\n\n$$P = \\mathrm{softmax}(Z)$$\n\n"
               "$$L = -\\frac{1}{m}\\sum_{i=1}^{m}\\sum_{k=1}^{K} Y_{ik}\\log P_{ik}$$\n\n")


@pytest.mark.parametrize("text, verdict, words", [
    (SOFTMAX_REG + f"$${D % ('L', 'W')} = \\frac{{1}}{{m}}(P - Y)X^T$$", "fails",
     "(m, K) times Xᵀ (n, m)"),
    (SOFTMAX_REG + f"$${D % ('L', 'W')} = \\frac{{1}}{{m}}X^T(P - Y)$$", "not fails", None),
    (SOFTMAX_REG + f"$${D % ('L', 'X')} = \\frac{{1}}{{m}}(P - Y)W^T$$", "not fails", None),
    (SOFTMAX_REG + f"$${D % ('L', 'X')} = \\frac{{1}}{{m}}W^T(P - Y)$$", "fails",
     "Wᵀ (K, n) times"),
    # the sum's shape is P's whatever Y is; XW + W^T never conforms (m ≠ K as written)
    (SOFTMAX_REG + "$$(P - Y) + W^T = Z$$", "fails", "do not conform"),
    # n and K set equal by the text: (m, K)(n, m) may conform, so no finding
    ("Here $n = 4$ and $K = 4$.\n\n" + SOFTMAX_REG +
     f"$${D % ('L', 'W')} = \\frac{{1}}{{m}}(P - Y)X^T$$", "not fails", None),
    # X's shape not declared: P's shape depends on it, and so does the product's
    (SOFTMAX_REG.replace("`X` has shape `(m, n)`, t", "T") +
     f"$${D % ('L', 'W')} = \\frac{{1}}{{m}}(P - Y)X^T$$", "not fails", None),
])
def test_products_that_cannot_conform_whatever_the_undeclared_shapes(text, verdict, words):
    expect(last(text), verdict, words)


# a step whose values cannot be decided (L never defined, δ taken as known) still fails when
# its sides' shapes, as the text declares and defines them, differ: column-vector notes (CS229)
COLUMNS = ("One example $x \\in \\mathbb{R}^{n}$ (vectors are columns).\n\n"
           "$$z^{[1]} = W^{[1]}x + b^{[1]}, \\qquad W^{[1]} \\in \\mathbb{R}^{h \\times n}$$\n\n"
           "$$a^{[1]} = \\max(0, z^{[1]})$$\n\n"
           "$$z^{[2]} = W^{[2]}a^{[1]} + b^{[2]}, \\qquad W^{[2]} \\in \\mathbb{R}^{k \\times h}$$\n\n"
           "and a loss whose gradient $\\delta^{[2]} = \\frac{\\partial L}{\\partial z^{[2]}} "
           "\\in \\mathbb{R}^{k}$ we take as known.\n\n")
NUMERATOR = "We use the numerator layout throughout.\n\n"


@pytest.mark.parametrize("text, verdict, words", [
    (COLUMNS + f"$${D % ('L', 'W^{[2]}')} = a^{{[1]}}{{\\delta^{{[2]}}}}^T$$", "fails",
     "transposed: ∂L/∂W^[2] must have W^[2]'s shape (k, h); the right side a^[1]·δ^[2]ᵀ is "
     "(h, k)"),
    (COLUMNS + f"$${D % ('L', 'W^{[2]}')} = \\delta^{{[2]}} {{a^{{[1]}}}}^T$$", "not fails",
     None),
    (COLUMNS + f"$${D % ('L', 'W^{[2]}')} = \\delta^{{[2]}} x^T$$", "fails",
     "the sides' shapes differ: ∂L/∂W^[2] is (k, h), δ^[2]·xᵀ is (k, n)"),
    # in the numerator layout ∂L/∂W^[2] has W^[2]ᵀ's shape: the other way round
    (NUMERATOR + COLUMNS + f"$${D % ('L', 'W^{[2]}')} = a^{{[1]}}{{\\delta^{{[2]}}}}^T$$",
     "not fails", None),
    (NUMERATOR + COLUMNS + f"$${D % ('L', 'W^{[2]}')} = \\delta^{{[2]}} {{a^{{[1]}}}}^T$$",
     "fails", "must have W^[2]ᵀ's shape (h, k)"),
    # h and k bound equal: no finding from shapes
    ("Here $h = 3$ and $k = 3$.\n\n" + COLUMNS +
     f"$${D % ('L', 'W^{[2]}')} = a^{{[1]}}{{\\delta^{{[2]}}}}^T$$", "not fails", None),
])
def test_sides_whose_declared_shapes_differ(text, verdict, words):
    expect(last(text), verdict, words)


# a name of no declared shape (the label y) leaves part of a side's shape open; a product's
# rows are its left factor's all the same (conformance.partial_shape): x(p - y)ᵀ has x's rows
OPEN = ("$W \\in \\mathbb{R}^{3 \\times 2}$, $x \\in \\mathbb{R}^{2}$, $p \\in \\mathbb{R}^{3}$, "
        "one-hot label $y$.\n\n")


@pytest.mark.parametrize("text, verdict, words", [
    (OPEN + f"$${D % ('L', 'W')} = x(p - y)^\\top$$", "fails",
     "transposed: ∂L/∂W must have W's shape (3, 2); the right side x·(p - y)ᵀ is (2, 3)"),
    (OPEN + f"$${D % ('L', 'W')} = (p - y)x^\\top$$", "not fails", None),
    ("분모 레이아웃. " + OPEN + f"$${D % ('L', 'W')} = x (x - y)^\\top$$", "fails",
     "the sides' shapes differ"),
    ("设 " + OPEN + f"$${D % ('L', 'W')} = (p - y)(x - y)^\\top$$", "not fails", None),
])
def test_sides_whose_shapes_differ_though_a_name_is_open(text, verdict, words):
    expect(last(text), verdict, words)


QUADRATIC = "$\\mathbf{x} \\in \\mathbb{R}^n$ and $A \\in \\mathbb{R}^{n \\times n}$.\n\n" \
    "$$\\frac{\\partial}{\\partial \\mathbf{x}}\\,\\mathbf{x}^\\top A \\mathbf{x} = %s$$"


@pytest.mark.parametrize("text, verdict, words", [
    # denominator layout (the default): a column
    (QUADRATIC % "(A + A^\\top)\\mathbf{x}", "holds", None),
    (QUADRATIC % "\\mathbf{x}^\\top(A + A^\\top)", "fails", "must have x's shape (3, 1)"),
    # the numerator layout, said in prose or by a directive: a row
    (NUMERATOR + QUADRATIC % "\\mathbf{x}^\\top(A + A^\\top)", "holds", None),
    ("<!-- grader: assume numerator layout -->\n\n" + QUADRATIC % "\\mathbf{x}^\\top(A + A^\\top)",
     "holds", None),
    ("분자 레이아웃을 쓴다.\n\n" + QUADRATIC % "\\mathbf{x}^\\top(A + A^\\top)", "holds", None),
    (NUMERATOR + QUADRATIC % "(A + A^\\top)\\mathbf{x}", "fails", "must have xᵀ's shape (1, 3)"),
    # a remark on the other layout declares nothing
    ("We use the denominator layout (in numerator layout these are rows).\n\n" +
     QUADRATIC % "(A + A^\\top)\\mathbf{x}", "holds", None),
])
def test_layouts(text, verdict, words):
    step = last(text)
    assert step.verdict == verdict, step
    if words:
        assert words in (step.diagnosis or ""), step


# the determinant and the inverse of a matrix the text writes out (normal equations by hand):
# `\det` of a whole square matrix; `^{-1}` of matrix algebra (a product, a transpose, a written
# matrix, a name) is the inverse, while a power of functions of a matrix stays entry by entry
NORMAL = "Take $X = \\begin{bmatrix} 1 & 1 \\\\ 1 & 2 \\\\ 1 & 4 \\end{bmatrix}$.\n\n"


@pytest.mark.parametrize("text, verdict", [
    (NORMAL + "$$\\det(X^T X) = 3 \\cdot 21 - 7 \\cdot 7 = 14$$", "holds"),
    (NORMAL + "$$\\det(X^T X) = 3 \\cdot 21 - 7 \\cdot 7 = 15$$", "fails"),
    (NORMAL + "$$(X^T X)^{-1} = \\frac{1}{14}\\begin{bmatrix} 21 & -7 \\\\ -7 & 3 \\end{bmatrix}$$",
     "holds"),
    (NORMAL + "$$(X^T X)^{-1} = \\frac{1}{14}\\begin{bmatrix} 21 & 7 \\\\ 7 & 3 \\end{bmatrix}$$",
     "fails"),
    ("$$\\det\\begin{bmatrix} a & b \\\\ c & d \\end{bmatrix} = ad - bc$$", "holds"),
    ("$$\\det\\begin{bmatrix} a & b \\\\ c & d \\end{bmatrix} = ad + bc$$", "fails"),
    ("$$\\begin{bmatrix} 2 & 1 \\\\ 1 & 1 \\end{bmatrix}^{-1} = "
     "\\begin{bmatrix} 1 & -1 \\\\ -1 & 2 \\end{bmatrix}$$", "holds"),
    # no inverse to take, or no matrix known: undecided, never read some other way
    ("$$\\begin{bmatrix} 1 & 1 \\\\ 1 & 1 \\end{bmatrix}^{-1} = "
     "\\begin{bmatrix} 1 & 1 \\\\ 1 & 1 \\end{bmatrix}$$", "undecided"),
    ("$$\\det(A) = 2$$\n\n$$\\det(B) + 1 = 3$$", "undecided"),
    ("Take $Z = \\begin{bmatrix} 0 & 1 \\\\ 2 & 3 \\end{bmatrix}$.\n\n"
     "$$\\sigma(Z) = (1 + e^{-Z})^{-1}$$", "undecided"),  # entry by entry, or the inverse?
])
def test_determinant_and_inverse(text, verdict):
    steps = check_text(text).steps
    assert steps and steps[-1].verdict == verdict, \
        [(s.lhs, s.rhs, s.verdict, s.method) for s in steps]


# a cases whose condition is on a matrix or vector (ReLU's mask `1 if Z > 0, 0 otherwise`):
# entry by entry, as the notes mean it
MASK = ("Take $z = \\begin{bmatrix} -1 & 2 \\end{bmatrix}$ and "
        "$g = \\begin{bmatrix} 3 & -2 \\end{bmatrix}$.\n\n")


@pytest.mark.parametrize("text, verdict", [
    (MASK + "$$g \\odot \\begin{cases} 1 & z > 0 \\\\ 0 & \\text{otherwise} \\end{cases} = "
     "\\begin{bmatrix} 0 & -2 \\end{bmatrix}$$", "holds"),
    (MASK + "$$g \\odot \\begin{cases} 1 & z > 0 \\\\ 0 & \\text{otherwise} \\end{cases} = "
     "\\begin{bmatrix} 3 & 0 \\end{bmatrix}$$", "fails"),
    ("<!-- grader: shape Z (2, 3); shape G (2, 3) -->\n\n$$G \\odot \\begin{cases} 1 & Z > 0 "
     "\\\\ 0 & \\text{otherwise} \\end{cases} = G \\odot \\frac{1 + \\mathrm{sign}(Z)}{2}$$",
     "holds"),
    ("<!-- grader: shape Z (2, 3); shape G (2, 3) -->\n\n$$G \\odot \\begin{cases} 1 & Z > 0 "
     "\\\\ 0 & \\text{otherwise} \\end{cases} = G \\odot \\mathrm{sign}(Z)$$", "fails"),
])
def test_cases_of_a_matrix_entry_by_entry(text, verdict):
    steps = check_text(text).steps
    assert steps and steps[-1].verdict == verdict, \
        [(s.lhs, s.rhs, s.verdict, s.method) for s in steps]


# a definition whose product cannot conform with the shapes the text declares defines nothing:
# it fails, with the order that would conform; its correct twin is a definition (no step)
COLUMNS = "The inputs are columns: $X$ is $(n, m)$ and $W$ is $(k, n)$.\n\n"


@pytest.mark.parametrize("definition, diagnosis", [
    ("$$Z = XW$$", "X (n, m) times W (k, n); W·X would conform, giving (k, m)"),
    ("$$Z = WX + b$$\n\n$$G = W^T Z^T$$", "Wᵀ (n, k) times Zᵀ (m, k)"),
    ("$$Z = WX$$", None),
    ("$$Z = WX + b$$\n\n$$G = Z^T W$$", None),
    ("$$Z = WX + b$$\n\n$$D = W^T Z$$", None),
])
def test_a_definition_that_cannot_conform_fails(definition, diagnosis):
    steps = check_text(COLUMNS + definition).steps
    if diagnosis is None:
        assert not steps, steps
    else:
        assert [s.verdict for s in steps] == ["fails"], steps
        assert diagnosis in steps[0].diagnosis


@pytest.mark.parametrize("value, expected", [
    (sp.Matrix([1, 2, 3]), sp.diag(1, 2, 3)),  # a column
    (sp.Matrix([[1, 2]]), sp.diag(1, 2)),  # a row
    (sp.Matrix([[1, 2], [3, 4]]), sp.Matrix([1, 4])),  # a square matrix: its diagonal
])
def test_diag(value, expected):
    assert reduction.diagonal(value) == expected


@pytest.mark.parametrize("value, error", [
    (sp.Symbol("p"), Undecided),  # of one number: which vector?
    # neither a vector nor square: as read (a matrix of columns side by side, `[v_1\ v_2]`,
    # reads as a product), so undecided, never failing
    (sp.Matrix([[1, 2, 3], [4, 5, 6]]), Undecided),
])
def test_diag_of_what_has_none(value, error):
    with pytest.raises(error):
        reduction.diagonal(value)
