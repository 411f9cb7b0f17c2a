"""Definitions written in prose without dollars (plaintext.py): a chain of them that builds a
second network renews the names it ends in (plaintext.renews), so the math below is derived
through the new chain; a prose line that merely restates a name keeps the first meaning."""

import pytest

from checker.derive.document import check_text
from checker.derive.tree import Matrix, Shape

_TWO = ("single neuron, sigmoid, MSE\n\nz = w*x + b, a = sigmoid(z), L = (a - y)^2\n\n"
        "$$ dL/dw = 2(a - y) * a(1 - a) * x $$\n\n"
        "two neurons: x -> z1 = w1*x -> a1 = sigmoid(z1) -> z2 = w2*a1 -> a2 = sigmoid(z2) "
        "-> L = (a2 - y)^2\n\n$$ %s $$\n")


@pytest.mark.parametrize("claim, verdicts", [
    ("dL/dw2 = 2(a2 - y) * a2(1 - a2) * a1", ["holds", "holds"]),
    ("dL/dw1 = 2(a2 - y) * a2(1 - a2) * w2 * a1(1 - a1) * x", ["holds", "holds"]),
    ("dL/dw1 = 2(a2 - y) * a2(1 - a2) * a1(1 - a1) * x", ["holds", "fails"]),  # w2 dropped
    ("dL/dw2 = 2(a2 - y) * a1", ["holds", "fails"]),  # the sigmoid's slope dropped
])
def test_a_second_chain_in_prose_renews_the_loss(claim, verdicts):
    steps = check_text(_TWO % claim).steps
    assert [s.verdict for s in steps] == verdicts, [(s.lhs, s.rhs, s.method) for s in steps]


@pytest.mark.parametrize("text, verdicts", [
    # a prose line that restates L with names of its own chain's earlier links only: the first
    # meaning stays (no new names built on the same line)
    ("z = w*x + b, L = (z - y)^2\n\nso L = (z - y)^2 again\n\n$$ dL/dw = 2(z - y) x $$\n",
     ["holds"]),
    ("z = w*x + b, L = (z - y)^2\n\nlater: L = (w - y)^2\n\n$$ dL/dw = 2(z - y) x $$\n",
     ["holds"]),
])
def test_a_prose_restatement_keeps_the_first_meaning(text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, [(s.lhs, s.rhs, s.method) for s in steps]


@pytest.mark.parametrize("text, verdicts", [
    # one value as the caption of a formula's line: the case that line works out, that line only
    ("Logits $z = (2, 1, 0)$.\n\n**T = 2:** $z/T = (1, 0.5, 0)$\n**T = 0.5:** $z/T = (4, 2, 0)$",
     ["holds", "holds"]),
    ("Logits $z = (2, 1, 0)$.\n\n**T = 2:** $z/T = (1, 0.5, 0)$\n**T = 0.5:** $z/T = (4, 1, 0)$",
     ["holds", "fails"]),
    ("$f(x) = x^2 + 1$\n\nx = 3 일 때: $f(x) = 10$", ["holds"]),
    ("$f(x) = x^2 + 1$\n\nx = 3 일 때: $f(x) = 11$", ["fails"]),
    # a caption with two values is a list of values (prose_values); none: nothing bound
    ("$f(x) = x^2 + 1$\n\nIn general: $f(x) = 10$", []),
])
def test_a_value_in_the_caption_of_a_line(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


@pytest.mark.parametrize("text, values", [
    ("한 샘플의 특징 벡터 x = (2, 4, 6, 8) 에 대해 (ε 은 무시)", [("x", 4)]),
    ("Take the logits z = (1, −2, 0.5) and go on.", [("z", 3)]),
    ("取 p = (0.2, 0.8)，则", [("p", 2)]),
    ("x = (1, 2)·w is a product", []),  # the tuple is a factor
    ("x = (m, n) is a shape", []),  # not numbers
    ("the answer = (3)", []),  # one number in brackets: no vector
    ("f(x) = (1, 2)", []),  # no name of one letter
])
def test_a_vector_written_out_in_a_sentence(text, values):
    from checker.derive.plaintext import tuple_values

    assert [(s.name, len(v.dims)) for s, v in tuple_values(text)] == values


@pytest.mark.parametrize("text, verdicts", [
    # notes without math delimiters: the vector in the sentence is the example's
    ("한 샘플의 특징 벡터 x = (2, 4, 6, 8) 에 대해\n\nμ = (2 + 4 + 6 + 8)/4 = 5\n"
     "x − μ = (−3, −1, 1, 3)\n", ["holds", "holds"]),
    ("한 샘플의 특징 벡터 x = (2, 4, 6, 8) 에 대해\n\nμ = (2 + 4 + 6 + 8)/4 = 5\n"
     "x − μ = (−3, −1, 1, 4)\n", ["holds", "fails"]),
    ("For the vector w = (3, 4) we get\n\n‖w‖ = √(3² + 4²) = 5\nw/‖w‖ = (0.6, 0.8)\n",
     ["holds", "holds", "holds"]),
])
def test_a_vector_in_a_sentence_is_bound(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts, [
        (s.lhs, s.rhs, s.verdict, s.method) for s in check_text(text).steps]


@pytest.mark.parametrize("text, values", [
    # indices written as Unicode subscripts, as a phone keyboard types them
    ("  x = (1, 2),  b₁ = 0,  w₂ = (1, −1),  b₂ = 0.5,  target y = 2",
     [("b_1", 0), ("b_2", 0), ("y", 0), ("x", 2), ("w_2", 2)]),
    ("입력 a₁ = 3, a₂ = −1 로 두자", [("a_1", 0), ("a_2", 0)]),
    ("取 θ₀ = 0.5，θ₁ = 2", [("theta_0", 0), ("theta_1", 0)]),
    # NumPy's nested lists: a matrix, row by row
    ("W₁ = [[0.5, −0.5], [1, 0.25]] and go", [("W_1", (2, 2))]),
    ("가중치 W = [[1, 2, 3], [4, 5, 6]] 로 시작", [("W", (2, 3))]),
    ("令 A = [[1, 0], [0, 1], [2, 2]]", [("A", (3, 2))]),
    ("W = [[1, 2], [3, 4]] x is a product", []),  # the matrix is a factor
    ("W = [[a, b], [c, d]]", []),  # not numbers
    ("v = [1, 2]", []),  # one row: a vector as much as a row, not read
])
def test_values_in_a_plain_text_line(text, values):
    from checker.derive.plaintext import plain_values

    def size(value):  # a number 0, a vector its length, a matrix (rows, columns)
        if isinstance(value, Matrix):
            return (len(value.rows), len(value.rows[0]))
        return len(value.dims) if isinstance(value, Shape) else 0

    assert [(s.name, size(v)) for _, s, v in plain_values(text)] == values


_POST = ("Setup (typed without LaTeX):\n\n"
         "  x = (1, 2),  W₁ = [[0.5, −0.5], [1, 0.25]],  b₁ = 0,  w₂ = (1, −1),  b₂ = 0.5,  "
         "target y = 2\n"
         "  z₁ = W₁x + b₁,  a₁ = ReLU(z₁),  ŷ = w₂·a₁ + b₂,  L = ½(ŷ − y)²\n\n"
         "Forward:\n\n  %s\n")


@pytest.mark.parametrize("line, verdicts", [
    ("z₁ = (0.5·1 − 0.5·2, 1·1 + 0.25·2) = (−0.5, 1.5)", ["holds", "holds"]),
    ("z₁ = (0.5·1 − 0.5·2, 1·1 + 0.25·2) = (−0.5, 2.5)", ["holds", "fails"]),
    ("ŷ = 1·0 + (−1)·1.5 + 0.5 = −1.0", ["holds", "holds"]),
    ("∂L/∂a₁ = (ŷ − y)·w₂ = −3·(1, −1) = (−3, 3)", ["holds", "holds", "holds"]),
    ("∂L/∂a₁ = (ŷ − y)·w₂ = −3·(1, −1) = (−3, −3)", ["holds", "holds", "fails"]),
])
def test_a_plain_text_post_is_checked_at_its_values(line, verdicts):
    steps = check_text(_POST % line).steps
    assert [s.verdict for s in steps] == verdicts, [(s.lhs, s.rhs, s.method) for s in steps]


# a heading that names its section's case by one value (`## tiny example, m = 2`): that value is
# bound for the section, as two values on a prose line are; a prose line with one value is not
# (it may be a remark), and a wrong step at the heading's value fails
_BATCH = ("per-example loss $\\ell_i = (w x_i - y_i)^2$, batch loss\n\n"
          "$$\\mathcal{L} = \\frac{1}{m}\\sum_{i=1}^{m} \\ell_i$$\n\n")
_DATA = "data: $(x_1, y_1) = (1, 2)$, $(x_2, y_2) = (2, 3)$, current $w = 1$.\n\n"


@pytest.mark.parametrize("text, verdict", [
    (_BATCH + "## tiny example, m = 2\n\n" + _DATA +
     "$$\\frac{\\partial \\mathcal{L}}{\\partial w} = \\frac{1}{2}\\left(2(1 - 2)\\cdot 1 + "
     "2(2 - 3)\\cdot 2\\right)$$", "holds"),
    (_BATCH + "### 두 샘플 예제 m = 2\n\n" + _DATA +
     "$$\\frac{\\partial \\mathcal{L}}{\\partial w} = -3$$", "holds"),
    # wrong twin: the heading's value is bound, so the wrong gradient fails
    (_BATCH + "## tiny example, m = 2\n\n" + _DATA +
     "$$\\frac{\\partial \\mathcal{L}}{\\partial w} = \\frac{1}{2}\\left(2(1 - 2)\\cdot 1 + "
     "(2 - 3)\\cdot 2\\right)$$", "fails"),
    # one value on a prose line of its own: not bound (a remark), undecided as before
    (_BATCH + "tiny example, m = 2\n\n" + _DATA +
     "$$\\frac{\\partial \\mathcal{L}}{\\partial w} = -3$$", "undecided"),
])
def test_a_heading_binds_the_one_value_it_names(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict
