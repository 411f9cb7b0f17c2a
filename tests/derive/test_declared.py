"""Shapes declared in prose (checker/derive/declared.py), and the notations that rely on them:
one example per column (a^{[2](i)}, Andrew Ng's notation), functions of a matrix entry by
entry with numbers alongside (max(0, Z)), the square of a matrix the text's shape says is not
square."""

import pytest

from checker.derive.declared import prose_shapes
from checker.derive.document import check_text


@pytest.mark.parametrize("prose, declared", [
    ("$X$ is $(m, n)$: $m$ examples in rows", [("X", "m", "n")]),
    ("- $W_1$ is $(n, h)$, $b_1$ is $(1, h)$", [("W_1", "n", "h"), ("b_1", "1", "h")]),
    ("Let $X$ be $m \\times n$, $W$ be $n \\times k$ and", [("X", "m", "n"), ("W", "n", "k")]),
    ("- `x`: input of shape $(N, D)$", [("x", "N", "D")]),
    ("`X` has shape `(m, n)` with $n = 64$", [("X", "m", "n")]),
    ("where $X$ has shape $(m, n)$", [("X", "m", "n")]),
    ("- 입력 $X$의 크기는 $(m, n)$", [("X", "m", "n")]),
    ("- $X$ is $(m, k)$", [("X", "m", "k")]),
    ("- `w`: weights of shape $(D, M)$", [("w", "D", "M")]),
    ("$E$의 크기도 $(m, 1)$ 이다", [("E", "m", "1")]),
    ("- 输入 $X$ 的维度为 $(n_x, m)$，$m$ 为样本数", [("X", "n_x", "m")]),
    ("$W^{[1]}$ 的形状为 $(n_h, n_x)$", [("W^[1]", "n_h", "n_x")]),
    # a learner's list, the shape in plain text after a colon (W1 is W₁)
    ("- `X`: (m, d), one example per row", [("X", "m", "d")]),
    ("- `W1`: (d, h), `b1`: (1, h)", [("W_1", "d", "h"), ("b_1", "1", "h")]),
    ("* $A_1$ : (m, h) after the tanh", [("A_1", "m", "h")]),
    ("- `X`: (m, d), `y`: (m, 1)", [("X", "m", "d"), ("y", "m", "1")]),
    # a set of arrays other than ℝ, and a size in parentheses after the name
    ("$Y \\in \\{0,1\\}^{m \\times K}$ holds the one-hot labels", [("Y", "m", "K")]),
    ("$P \\in [0, 1]^{m \\times K}$", [("P", "m", "K")]),
    # ℝ as people type it: \mathbb R without braces, the letter ℝ itself
    ("Let $X\\in\\mathbb R^{m\\times n}$, $\\lambda \\ge 0$", [("X", "m", "n")]),
    ("设 $E \\in \\mathbb R^{V\\times d}$ 为词嵌入矩阵", [("E", "V", "d")]),
    ("입력 \\( X ∈ ℝ^{m×d} \\) 의 각 행은 샘플", [("X", "m", "d")]),
    ("정답 $Y$ (크기 $(m, k)$) 와의 평균제곱오차", [("Y", "m", "k")]),
    ("labels $Y$ (shape $(m, k)$)", [("Y", "m", "k")]),
    # a name, a colon, and a product of sizes in math (one of them a name)
    ("점수 $s = x_i W$ ($x_i$: $1 \\times D$, $W$: $D \\times C$)",
     [("x_i", "1", "D"), ("W", "D", "C")]),
    ("- $X$: $m \\times n$, one example per row", [("X", "m", "n")]),
    ("其中 $W$：$n \\times k$", [("W", "n", "k")]),
    # not declarations
    ("targets $\\mathbf{y} \\in \\{0, 1\\}^q$ (a vector: no orientation)", []),
    ("$k \\in \\{1, \\dots, K\\}$", []),
    ("$x \\in \\mathbb{R}^{n}$ (read with the formula)", []),
    ("$y\\in\\mathbb R^m$ (a vector: read with the formula)", []),
    ("- `x`: (1, 2), `y`: (0, 1)", []),  # numbers after a colon: values as much as a shape
    ("- `b2`: (1, 1)", []),
    ("`f`: (the loss) is convex", []),
    ("$X^\\top$ is $n \\times m$ and $\\mathbf{p} - \\mathbf{y}$ is $m \\times 1$", []),
    ("A conv layer with $C_{in}$ channels, $C_{out}$ filters of size $f \\times f$", []),
    ("the output is $(4 - 3 + 1) \\times (4 - 3 + 1) = 2 \\times 2$", []),
    ("$b^{[2]}$ 为 $(1, 1)$", []),
    ("Call this $\\Delta_2$; it is $(m, k)$.", []),
    ("$\\partial L/\\partial W^{[1]}$ is $h \\times n$ like $W^{[1]}$", []),
])
def test_prose_declares_shapes(prose, declared):
    found = [d.text for d in prose_shapes(prose)]
    assert found == [f"shape {n} ({r}, {c})" for n, r, c in declared]


NG = ("- 输入 $X$ 的维度为 $(n_x, m)$\n- $W^{[1]}$ 的维度为 $(n_h, n_x)$，$b^{[1]}$ 的维度为 $(n_h, 1)$\n"
      "- $W^{[2]}$ 的维度为 $(1, n_h)$，$b^{[2]}$ 为 $(1, 1)$\n- 标签 $Y$ 的维度为 $(1, m)$\n\n"
      "$$Z^{[1]} = W^{[1]}X + b^{[1]}$$\n\n$$A^{[1]} = \\tanh(Z^{[1]})$$\n\n"
      "$$Z^{[2]} = W^{[2]}A^{[1]} + b^{[2]}$$\n\n$$A^{[2]} = \\sigma(Z^{[2]})$$\n\n"
      "$$J = -\\frac{1}{m}\\sum_{i=1}^{m}\\left(y^{(i)}\\log a^{[2](i)} + (1 - y^{(i)})"
      "\\log(1 - a^{[2](i)})\\right)$$\n\n记 $dZ^{[2]} = A^{[2]} - Y$。\n\n"
      "$$dZ^{[1]} = W^{[2]T}dZ^{[2]} \\odot \\left(1 - (A^{[1]})^2\\right)$$\n\n")
D = "\\frac{\\partial %s}{\\partial %s}"
LISTED = ("shapes (rows are examples):\n\n- `X`: (m, n)\n- `W`: (n, k), `b`: (1, k)\n"
          "- `Y`: (m, k)\n\n$$Z = XW + b$$\n\n"
          "$$L = \\frac{1}{2m}\\sum_{i=1}^{m}\\sum_{j=1}^{k}(Z_{ij} - Y_{ij})^2$$\n\n")


@pytest.mark.parametrize("text, verdict, diagnosis", [
    # one example per column, shapes declared in Chinese prose
    (NG + f"$${D % ('J', 'Z^{[2]}')} = \\frac{{1}}{{m}}(A^{{[2]}} - Y)$$", "holds", None),
    (NG + f"$${D % ('J', 'Z^{[2]}')} = A^{{[2]}} - Y$$", "fails", "1/m"),
    (NG + f"$${D % ('J', 'W^{[2]}')} = \\frac{{1}}{{m}}dZ^{{[2]}}A^{{[1]T}}$$", "holds", None),
    (NG + f"$${D % ('J', 'b^{[2]}')} = \\frac{{1}}{{m}}\\sum_{{i=1}}^{{m}} dZ^{{[2](i)}}$$",
     "holds", None),
    (NG + f"$${D % ('J', 'W^{[1]}')} = \\frac{{1}}{{m}}dZ^{{[1]}}X^T$$", "holds", None),
    (NG + f"$${D % ('J', 'W^{[1]}')} = \\frac{{1}}{{m}}X\\,dZ^{{[1]T}}$$", "fails", "transposed"),
    (NG + f"$${D % ('J', 'b^{[1]}')} = \\frac{{1}}{{m}}\\sum_{{i=1}}^{{m}} dZ^{{[1](i)}}$$",
     "holds", None),
    # shapes listed in plain text after a colon, as a learner keeps them
    (LISTED + f"$${D % ('L', 'W')} = \\frac{{1}}{{m}}X^T(Z - Y)$$", "holds", None),
    (LISTED + f"$${D % ('L', 'Z')} = \\frac{{1}}{{m}}(Z - Y)$$", "holds", None),
    (LISTED + f"$${D % ('L', 'b')} = \\frac{{1}}{{m}}\\mathbf{{1}}^T(Z - Y)$$", "holds", None),
    (LISTED + f"$${D % ('L', 'W')} = \\frac{{1}}{{m}}(Z - Y)^T X$$", "fails", "transposed"),
    (LISTED + f"$${D % ('L', 'W')} = X^T(Z - Y)$$", "fails", "1/m"),
    # max(0, Z) of a matrix, entry by entry; a name of unknown shape is no false alarm
    ("$x \\in \\mathbb{R}^{n}$\n\n$$z = Wx + b, \\qquad W \\in \\mathbb{R}^{h \\times n}$$\n\n"
     "$$a = \\max(0, z) = \\max(0, Wx + b)$$", "holds", None),
    ("$x \\in \\mathbb{R}^{n}$\n\n$$z = Wx + b, \\qquad W \\in \\mathbb{R}^{h \\times n}$$\n\n"
     "$$a = \\max(0, z) = \\max(0, Wx)$$", "fails", None),
])
def test_column_examples_and_prose_shapes(text, verdict, diagnosis):
    step = check_text(text).steps[-1]
    assert step.verdict == verdict, step
    if diagnosis:
        assert diagnosis in (step.diagnosis or "") + step.method, step


# a row-batch two-layer net whose labels are declared as a set of 0/1 arrays, the loss written
# with entries (Y_{ik}): Y's shape comes from the set, so a transposed product is a finding
ONE_HOT = ("A minibatch $X \\in \\mathbb{R}^{m \\times d}$, $W_1 \\in \\mathbb{R}^{d \\times h}$, "
           "$W_2 \\in \\mathbb{R}^{h \\times K}$, and $Y \\in \\{0,1\\}^{m \\times K}$ one-hot.\n\n"
           "$$Z_1 = XW_1$$\n\n$$A_1 = \\sigma(Z_1)$$\n\n$$Z_2 = A_1 W_2$$\n\n"
           "$$P = \\mathrm{softmax}(Z_2)$$\n\n"
           "$$L = -\\frac{1}{m}\\sum_{i=1}^{m}\\sum_{k=1}^{K} Y_{ik}\\log P_{ik}$$\n\n"
           "$$G = \\frac{1}{m}(P - Y)$$\n\n")
# the Korean blog's way: the size in parentheses after the name, the loss in entries
KO = ("입력 $X$ 의 크기는 $(m, n)$, 가중치 $W$ 의 크기는 $(n, k)$ 이다.\n\n$$Z = XW$$\n\n"
      "정답 $Y$ (크기 $(m, k)$) 와의 평균제곱오차로 둔다.\n\n"
      "$$L = \\frac{1}{2m}\\|Z - Y\\|_F^2 = \\frac{1}{2m}\\sum_{i=1}^{m}\\sum_{j=1}^{k}"
      "(Z_{ij} - Y_{ij})^2$$\n\n$$G = \\frac{1}{m}(Z - Y)$$\n\n")


@pytest.mark.parametrize("text, verdict, words", [
    (ONE_HOT + f"$${D % ('L', 'W_2')} = A_1^T G$$", "holds", None),
    (ONE_HOT + f"$${D % ('L', 'W_2')} = G A_1^T$$", "fails",
     "G (m, K) times A_1ᵀ (h, m) (checked at"),
    (ONE_HOT + f"$${D % ('L', 'W_1')} = X^T(G W_2^T \\odot A_1 \\odot (1 - A_1))$$", "holds",
     None),
    (KO + f"$${D % ('L', 'X')} = G W^T$$", "holds", None),
    (KO + f"$${D % ('L', 'W')} = X^T G$$", "holds", None),
    (KO + f"$${D % ('L', 'X')} = W^T G$$", "fails", "G·Wᵀ would conform, giving (m, n)"),
])
def test_shapes_from_sets_and_parenthesised_sizes(text, verdict, words):
    steps = check_text(text).steps
    assert all(s.verdict != "fails" for s in steps[:-1]), steps  # the Frobenius line holds
    assert steps[-1].verdict == verdict, steps[-1]
    if words:
        assert words in (steps[-1].diagnosis or ""), steps[-1]


@pytest.mark.parametrize("prose, said", [
    ("Let $A$ be a symmetric matrix.", ["A"]),
    ("where $A$ is symmetric.", ["A"]),
    ("for a symmetric matrix $S$ and a vector", ["S"]),
    ("For $\\mathbf{x}$ and a symmetric $A \\in \\mathbb{R}^{n \\times n}$:", ["A"]),
    ("The Hessian $H$ is symmetric and positive semi-definite", ["H"]),
    ("대칭 행렬 $A$ 에 대해", ["A"]),
    ("$A$ 는 대칭이므로", ["A"]),
    ("对称矩阵 $A$ 的二次型", ["A"]),
    # a parenthetical note after the math, no verb: "(…, $A$ 대칭)", "$Q$ 대칭, $R$ 양정치"
    ("미분 규칙 ($\\nabla x^\\top Q x = 2Qx$, $Q$ 대칭)", ["Q"]),
    ("여기서 $Q$ 대칭, 그리고", ["Q"]),
    # a negation or a condition says nothing of A from here on
    ("For a square $A$ (not necessarily symmetric), $x$", []),
    ("If $A$ is symmetric, then", []),
    ("When $A$ is symmetric the two agree", []),
    ("a non-symmetric $A$", []),
    ("$A$ is symmetric only if $A = A^T$", []),
    ("$\\mathbf{A}$ 가 대칭이면 두 번째 식은", []),
    ("$Q$ 대칭인 경우에만", []),  # "only in the case Q is symmetric": a condition
    ("当 $A$ 对称时", []),
])
def test_prose_says_a_matrix_is_symmetric(prose, said):
    found = [d.text for d in prose_shapes(prose) if d.text.startswith("assume")]
    assert found == [f"assume {n} symmetric" for n in said]


QUAD = "$$\\frac{\\partial}{\\partial \\mathbf{x}}\\,\\mathbf{x}^\\top A \\mathbf{x} = %s$$"
SHAPED = "$\\mathbf{x} \\in \\mathbb{R}^n$ and $A \\in \\mathbb{R}^{n \\times n}$.\n\n"


@pytest.mark.parametrize("text, verdict", [
    # A general: only (A + Aᵀ)x
    (SHAPED + QUAD % "(A + A^\\top)\\mathbf{x}", "holds"),
    (SHAPED + QUAD % "2A\\mathbf{x}", "fails"),
    ("For a square $A$ (not necessarily symmetric):\n\n" + SHAPED + QUAD % "2A\\mathbf{x}",
     "fails"),
    # A said symmetric (prose or directive): 2Ax holds too, Ax still fails
    ("Let $A$ be symmetric.\n\n" + SHAPED + QUAD % "2A\\mathbf{x}", "holds"),
    ("Let $A$ be symmetric.\n\n" + SHAPED + QUAD % "(A + A^\\top)\\mathbf{x}", "holds"),
    ("Let $A$ be symmetric.\n\n" + SHAPED + QUAD % "A\\mathbf{x}", "fails"),
    ("<!-- grader: assume A symmetric -->\n\n" + SHAPED + QUAD % "2A^\\top\\mathbf{x}",
     "holds"),
    ("$\\mathbf{x} \\in \\mathbb{R}^n$ and a symmetric $A \\in \\mathbb{R}^{n \\times n}$:\n\n"
     + QUAD % "2A\\mathbf{x}", "holds"),
    ("대칭 행렬 $A$ 에 대해\n\n" + SHAPED + QUAD % "2A\\mathbf{x}", "holds"),
    (SHAPED + "미분하면 ($A$ 대칭)\n\n" + QUAD % "2A\\mathbf{x}", "holds"),
    (SHAPED + "미분하면 ($A$ 대칭)\n\n" + QUAD % "A\\mathbf{x}", "fails"),  # wrong twin
    # only under a condition: never wrong (the condition is not applied)
    (SHAPED + "If $A$ is symmetric, then\n\n" + QUAD % "2A\\mathbf{x}", "not fails"),
    (SHAPED + "If $A$ is symmetric, then\n\n" + QUAD % "2A\\mathbf{x}" +
     "\n\nIn general:\n\n" + QUAD % "2A\\mathbf{x}", "fails"),
])
def test_symmetric_matrices(text, verdict):
    step = check_text(text).steps[-1]
    if verdict == "not fails":
        assert step.verdict != "fails", step
    else:
        assert step.verdict == verdict, step


TABLE = ("| symbol | meaning | shape |\n|---|---|---|\n"
         "| $X$ | a minibatch, one example per row | $m \\times n$ |\n"
         "| `W` | weights | $(n, k)$ |\n| $b$ | bias, broadcast | $1 \\times k$ |\n")


@pytest.mark.parametrize("table, declared", [
    (TABLE, [("X", "m", "n"), ("W", "n", "k"), ("b", "1", "k")]),
    ("| 기호 | 의미 | 크기 |\n|:-:|:-:|:-:|\n| $W_1$ | 가중치 | $(d, h)$ |\n", [("W_1", "d", "h")]),
    ("| 符号 | 维度 |\n|---|---|\n| $A^{[1]}$ | $(n_h, m)$ |\n", [("A^[1]", "n_h", "m")]),
    # no shape column, a layer in the first cell, a shape that is arithmetic: nothing
    ("| symbol | meaning |\n|---|---|\n| $X$ | $m \\times n$ |\n", []),
    ("| layer | output size | params |\n|---|---|---|\n| conv1 | $24 \\times 24$ | 156 |\n",
     []),
    ("| name | shape |\n|---|---|\n| $X$ | $(4 - 3 + 1) \\times 2$ |\n", []),
])
def test_tables_of_shapes(table, declared):
    found = [d.text for d in prose_shapes(table)]
    assert found == [f"shape {n} ({r}, {c})" for n, r, c in declared]


@pytest.mark.parametrize("step, verdict", [
    (f"$${D % ('L', 'W')} = X^T G$$", "holds"),
    (f"$${D % ('L', 'W')} = G^T X$$", "fails"),
    (f"$${D % ('L', 'X')} = G W^T$$", "holds"),
])
def test_shapes_from_a_table(step, verdict):
    text = TABLE + "\n$$Z = XW + b$$\n\n$$L = \\frac{1}{2m}\\sum_{i=1}^{m}\\sum_{j=1}^{k}" \
        "(Z_{ij} - Y_{ij})^2$$\n\nwith $Y$ of shape $(m, k)$ and\n\n" \
        "$$G = \\frac{1}{m}(Z - Y)$$\n\n" + step
    assert check_text(text).steps[-1].verdict == verdict


@pytest.mark.parametrize("text", [
    "Notation: $W^{[l]}$ has shape $(n^{[l]}, n^{[l-1]})$ and $b^{[l]}$ has shape $(n^{[l]}, 1)$.",
    "$A^{(k)}$ 의 크기는 $(d_{k+1}, d_k)$ 이다.",
])
def test_a_shape_the_prose_only_seems_to_declare_is_no_step(text):
    """Sizes the directive cannot take (n^{[l]}) read from prose: nothing to report, the writer
    wrote no directive (one the writer wrote is still refused with its reason)."""
    assert [s.verdict for s in check_text(text).steps] == []
    written = check_text("<!-- grader: shape W (n^{[l]}, 2) -->\n\n$$x = 1$$").steps
    assert [s.verdict for s in written] == ["unreadable"]


# the shape declared for a family (`x_i`: 1 × D, one example per row) is every member's: x_i
# read at a concrete i (x_2) has it too, as any array of that shape (a reading: a step that
# differs so stays undecided, unless the shapes alone decide it)
FAMILY = "클래스 점수 $s = x_i W$ ($x_i$: $1 \\times D$, $W$: $D \\times C$).\n\n"
ONE_HOT = ("第 $k$ 个词的 one-hot 向量 $\\boldsymbol{e}_k\\in\\mathbb{R}^{V}$，$E\\in"
           "\\mathbb{R}^{V\\times d}$。\n\n")
FAMILY_EN = "<!-- grader: shape x_n (D, 1) -->\n\nEvery example is a column.\n\n"


@pytest.mark.parametrize("text, verdict", [
    (FAMILY + "$$(x_i W)^T = W^T x_i^T$$", "holds"),
    (FAMILY + "$$(x_i W)^T = x_i^T W^T$$", "fails"),  # (D, 1) times (C, D): never conforms
    (FAMILY + "$$\\frac{\\partial s_j}{\\partial w_j} = x_i^T$$", "undecided"),  # w_j: not said
    (FAMILY_EN + "$$x_n^\\top x_n = \\lVert x_n \\rVert^2$$", "holds"),
    (FAMILY_EN + "$$(x_n x_n^\\top)^\\top = x_n x_n^\\top$$", "holds"),
    (FAMILY_EN + "$$x_n^\\top x_n = 2\\lVert x_n \\rVert^2$$", "undecided"),
    # what the prose says of the family (one-hot) is not read: undecided, never wrong
    (ONE_HOT + "$$\\boldsymbol{e}_k^\\top E = E_{k,:}$$", "undecided"),
])
def test_a_family_shape_is_every_members(text, verdict):
    step = check_text(text).steps[-1]
    assert step.verdict == verdict, step


def test_a_family_an_example_gives_values_is_not_any_array():
    # h_t declared in ℝⁿ, then given a value: its members follow that value, never fail on a
    # generic array of the declared shape
    text = ("其中 $h_t \\in \\mathbb{R}^{n}$，$W \\in \\mathbb{R}^{n \\times n}$。\n\n"
            "设 $W = \\begin{bmatrix} 1 & 2 \\\\ 0 & 1 \\end{bmatrix}$，$h_t = (0.5, -0.5)$。\n"
            "于是 $1 - h_t \\odot h_t = (0.75, 0.75)$。")
    assert check_text(text).steps[-1].verdict != "fails"


# a vector the words beside it call a row: (1, n), and the text's other ℝ^m vectors with it
ORIENTED = [
    ("Let $x \\in \\mathbb{R}^{n}$ be a row vector.", ["shape x (1, n)", "assume x row"]),
    ("행 벡터 $x \\in \\mathbb{R}^{d}$ 를 입력으로 받는다.", ["shape x (1, d)", "assume x row"]),
    ("设 $x \\in \\mathbb{R}^{n}$ 为行向量。", ["shape x (1, n)", "assume x row"]),
    ("$h \\in \\mathbb{R}^{k}$ is a column vector.", ["shape h (k, 1)"]),
    ("If $x \\in \\mathbb{R}^{n}$ is a row vector, then xW works.", []),
]


@pytest.mark.parametrize("text, expected", ORIENTED)
def test_a_vector_said_a_row_or_a_column(text, expected):
    assert [d.text for d in prose_shapes(text)] == expected


ROW_LAYER = ("Let $x \\in \\mathbb{R}^{n}$ be a row vector and $W \\in \\mathbb{R}^{n \\times m}$."
             "\n\n$$y = xW$$\n\n$$L = \\frac12 y y^\\top$$\n\n$$\\frac{\\partial L}{\\partial W} = %s$$")


@pytest.mark.parametrize("right, verdict", [("x^\\top y", "holds"), ("y^\\top x", "fails"),
                                            ("y x^\\top", "fails")])
def test_a_row_vector_layer_is_checked_as_rows(right, verdict):
    steps = check_text(ROW_LAYER % right).steps
    assert steps[-1].verdict == verdict, [(s.lhs, s.rhs, s.verdict, s.method) for s in steps]


# ℝ^{1×n} written out (the weights of a layer with one unit) is one matrix of one row: the
# text's ℝ^n vectors stay columns, so Vh + c conforms and hV + c (a column times V) does not
ONE_ROW_LAYER = ("The input $h \\in \\mathbb{R}^2$, the layer $V \\in \\mathbb{R}^{2\\times2}$, "
                 "$c \\in \\mathbb{R}^2$ and the readout $u \\in \\mathbb{R}^{1\\times 2}$.\n\n"
                 "$$z = %s = (6,\\ 0)$$")


@pytest.mark.parametrize("right, verdicts", [("Vh + c", ["undecided"]),
                                             ("hV + c", ["fails", "fails"])])
def test_a_one_row_matrix_keeps_the_vectors_columns(right, verdicts):
    steps = check_text(ONE_ROW_LAYER % right).steps
    assert [s.verdict for s in steps] == verdicts, \
        [(s.lhs, s.rhs, s.verdict, s.method) for s in steps]
