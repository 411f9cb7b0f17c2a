"""tuples.py (and the bindings that feed it): a tuple of numbers has no orientation, whether
the name it is bound to is plain (`v = (1, 0)`) or indexed (`v_0 = (1, 0)`, an iterate):
`A v_0` reads it as a column, `v_0ᵀ A v_0` as a row then a column. An indexed name's entries
are never the family's other members (v_1 is the next iterate, not v_0's first entry)."""

import pytest

from checker.derive.document import check_text

A = "$A = \\begin{bmatrix} 2 & 1 \\\\ 1 & 3 \\end{bmatrix}$"


@pytest.mark.parametrize("text, verdicts", [
    # power iteration, the start vector an indexed name (en)
    (f"Let {A} and the start vector $v_0 = (1, 0)$.\n\n$$w_0 = A v_0 = (2, 1)$$\n\n"
     "$$r_0 = v_0^\\top A v_0 = 2$$", ["holds", "holds"]),
    # the same in Korean, the iterate after it (v_1 is not v_0's first entry)
    (f"대칭행렬 {A}, 시작 벡터 $x_0 = (0, 1)$.\n\n$$y_0 = A x_0 = (1, 3)$$\n\n"
     "$$x_1 = (1, 3)$$\n\n$$y_1 = A x_1 = (5, 10)$$", ["holds", "holds"]),
    # Chinese, a column written with ᵀ beside a tuple
    (f"设 {A},初始向量 $u_1 = (1, 1)$。\n\n$$z = A u_1 = (3, 4)^T$$", ["holds"]),
    # wrong twins: still fail once the orientation is read
    (f"Let {A} and $v_0 = (1, 0)$.\n\n$$w = A v_0 = (1, 2)$$", ["fails"]),
    (f"Let {A} and $v_0 = (1, 0)$.\n\n$$r = v_0^\\top A v_0 = 3$$", ["fails"]),
])
def test_a_tuple_is_the_column_or_row_its_neighbour_needs(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


def test_a_matrix_that_is_not_square_as_read_does_not_fail_its_determinant():
    # `[v_1\ v_2\ v_3]` (columns side by side) reads as a product of vectors: never a verdict
    text = ("Columns $v_1 = (1, 2, 2)^\\top$, $v_2 = (3, 0, 3)^\\top$, $v_3 = (0, 0, 1)^\\top$, "
            "$A = [v_1\\ v_2\\ v_3]$.\n\n$$|\\det A| = |\\det B|$$\n\n"
            "$$B = \\begin{bmatrix} 3 & 3 \\\\ 0 & 2 \\end{bmatrix}$$")
    steps = [s for s in check_text(text).steps if "det" in s.lhs]
    assert steps and all(s.verdict != "fails" for s in steps)
    assert "not square" in steps[0].method


@pytest.mark.parametrize("text, verdicts", [
    # a number before the transpose: y wᵀx is y times the dot product, not an outer product (en)
    ("Write $m = 1 - y\\,w^\\top x$. Numbers: $y = -1$, $x = (1, 2)$, $w = (0.5, -0.5)$.\n"
     "Then $m = 0.5$.", ["holds"]),
    # wrong twin: the margin of the same numbers given as 1.5
    ("Write $m = 1 - y\\,w^\\top x$. Numbers: $y = -1$, $x = (1, 2)$, $w = (0.5, -0.5)$.\n"
     "Then $m = 1.5$.", ["fails"]),
    # the data point a member of a family (x_1 for x_i), in a margin y_i (wᵀx_i + b) (ko)
    ("현재 $w = (1, -1)$, $b = 0.5$; 데이터 $x_1 = (2, 1)$, $y_1 = 1$, $x_2 = (0, 1)$, "
     "$y_2 = -1$.\n\n마진 $m_i = y_i(w^\\top x_i + b)$:\n\n$$m_1 = 1.5, \\qquad m_2 = 0.5$$",
     ["holds", "holds"]),
    # wrong twin (zh): the second margin's sign dropped
    ("当前 $w = (1, -1)$, $b = 0.5$; 数据 $x_1 = (2, 1)$, $y_1 = 1$, $x_2 = (0, 1)$, "
     "$y_2 = -1$。\n\n间隔 $m_i = y_i(w^\\top x_i + b)$:\n\n$$m_1 = 1.5, \\qquad m_2 = -0.5$$",
     ["holds", "fails"]),
    # a scalar factor written as a product of digits and a number name (en)
    ("Let $c = 3$, $u = (1, 2)$ and $v = (2, 1)$.\n\n$$s = 2 c\\, u^\\top v = 24$$", ["holds"]),
])
def test_a_number_before_a_tuples_transpose_keeps_the_dot_product(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


def test_a_matrix_before_a_tuples_transpose_is_not_read_as_a_number():
    # `A wᵀ x`, A a matrix: no dot-product reading is taken for it, so no verdict comes of one
    text = (f"Let {A}, $w = (1, 0)$, $x = (0, 1)$.\n\n$$s = A\\, w^\\top x = 0$$")
    assert all(s.verdict != "holds" for s in check_text(text).steps)


# a failure on shapes that rests on the tuples' orientation, which the text did not fix: read
# again with the tuples as columns (what `\mathbb{R}^n` declares); a wrong value still fails
_OUTER = "$$\\hat V = \\frac{R\\,C^\\top}{\\mathbf 1^\\top R}$$\n\n"


@pytest.mark.parametrize("text, right, wrong", [
    # declared columns (en): R ∈ ℝ^n is a column; the tuples given read as rows do not conform
    ("Row sums $R \\in \\mathbb{R}^n$, column sums $C \\in \\mathbb{R}^m$:\n\n" + _OUTER +
     "Example: $R = (3, 9)$, $C = (4, 8)$,\n\n$$\\hat V = \\frac{1}{12}%s$$",
     "\\begin{bmatrix}12 & 24\\\\ 36 & 72\\end{bmatrix}",
     "\\begin{bmatrix}12 & 24\\\\ 36 & 70\\end{bmatrix}"),
    # undeclared (ko): the orientation under which the shapes conform
    ("행 합과 열 합으로 복원한다.\n\n" + _OUTER + "예: $R = (1, 3)$, $C = (2, 2)$ 일 때\n\n"
     "$$\\hat V = %s$$", "\\begin{bmatrix}0.5 & 0.5\\\\ 1.5 & 1.5\\end{bmatrix}",
     "\\begin{bmatrix}0.5 & 0.5\\\\ 1.5 & 1\\end{bmatrix}"),
    # zh: an outer product of two tuples divided by a number
    ("外积：$$P = \\frac{u v^\\top}{\\mathbf 1^\\top u}$$\n\n$u = (1, 1)$，$v = (2, 4)$，所以\n\n"
     "$$P = %s$$", "\\begin{bmatrix}1 & 2\\\\ 1 & 2\\end{bmatrix}",
     "\\begin{bmatrix}1 & 2\\\\ 2 & 2\\end{bmatrix}"),
    # sides that conform with the tuple a row (q qᵀ its dot product, a number beside a matrix)
    # and differ: read with it a column, q qᵀ is the outer product (en, zh)
    ("Let $\\mathbf{q} = (0.3, 0.7)$ and $S = \\operatorname{diag}(\\mathbf{q}) - "
     "\\mathbf{q}\\mathbf{q}^\\top$.\n\n$$S = %s$$",
     "\\begin{pmatrix} 0.21 & -0.21 \\\\ -0.21 & 0.21 \\end{pmatrix}",
     "\\begin{pmatrix} 0.21 & -0.21 \\\\ -0.21 & 0.12 \\end{pmatrix}"),
    ("设 $\\mathbf{q} = (0.4, 0.6)$，$S = \\operatorname{diag}(\\mathbf{q}) - \\mathbf{q}\\mathbf{q}^\\top$。"
     "\n\n$$S = %s$$", "\\begin{pmatrix} 0.24 & -0.24 \\\\ -0.24 & 0.24 \\end{pmatrix}",
     "\\begin{pmatrix} 0.24 & 0.24 \\\\ -0.24 & 0.24 \\end{pmatrix}"),
])
def test_a_shape_failure_that_rests_on_a_tuples_orientation(text, right, wrong):
    assert "fails" not in [s.verdict for s in check_text(text % right).steps]
    assert "fails" in [s.verdict for s in check_text(text % wrong).steps]


@pytest.mark.parametrize("text, verdict", [
    # a tuple written out in a sum beside a column (u bound transposed): that column, also
    # after a numeric factor, never a 2 × 2 broadcast
    ("From $u = (2, 3)^\\top$ a step gives $u - 0.5\\,(2, 4) = (1,\\ 1)$.", "holds"),
    ("From $u = (2, 3)^\\top$ a step gives $u + (1, 1) = (3,\\ 4)$.", "holds"),
    ("From $u = (2, 3)^\\top$ a step gives $u - 2 \\cdot 0.25\\,(2, 4) = (1,\\ 1)$.", "holds"),
    # wrong twins: an entry off, or a tuple of another length, still fail
    ("From $u = (2, 3)^\\top$ a step gives $u - 0.5\\,(2, 4) = (1,\\ 2)$.", "fails"),
    ("From $u = (2, 3)^\\top$ a step gives $u + (1, 1, 1) = (3,\\ 4)$.", "fails"),
])
def test_a_written_tuple_beside_a_column(text, verdict):
    assert [s.verdict for s in check_text(text).steps] == [verdict]
