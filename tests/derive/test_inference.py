"""Shapes inferred for matrix algebra written without declared shapes (inference.py): the
step is checked at the most general sizes it allows; it can hold, and a disagreement on
inferred shapes is undecided, never wrong."""

import pytest

from checker.derive import inference
from checker.derive.document import check_text
from checker.derive.notation import parse_expression

D = "\\frac{\\partial}{\\partial %s}"


@pytest.mark.parametrize("text, verdict", [
    (f"$${D % 'x'} a^T x = a$$", "holds"),
    (f"$${D % 'x'} x^T A x = (A + A^T)x$$", "holds"),
    (r"$$\mathrm{tr}(ABC) = \mathrm{tr}(CAB)$$", "holds"),
    (r"$$\mathrm{tr}(A^T B) = \mathrm{tr}(B^T A)$$", "holds"),
    (r"$$(y - Xw)^T(y - Xw) = y^T y - 2y^T X w + w^T X^T X w$$", "holds"),
    (f"$${D % 'X'} \\mathrm{{tr}}(AX) = A^T$$", "holds"),
    # wrong on inferred shapes: undecided, with the shapes it took
    (f"$${D % 'x'} x^T A x = 2Ax$$", "undecided"),  # only for a symmetric A
    (r"$$(y - Xw)^T(y - Xw) = y^T y - y^T X w + w^T X^T X w$$", "undecided"),
    # scalars stay scalars: no matrix algebra written, no shapes inferred
    ("$$O(N, F, S) = (N - F)/S + 1$$\n\n$$O(7, 3, 1) = 5$$", "holds"),
])
def test_steps_on_inferred_shapes(text, verdict):
    steps = check_text(text).steps
    assert steps and steps[-1].verdict == verdict, steps
    if verdict == "undecided":
        assert "inferred" in steps[-1].method


# a gradient by a vector that only the definitions transpose (z = wᵀx + b, m_i = y_i wᵀx_i):
# w is a column, and what wᵀ multiplies (x, or example i's x_i) a column as long as it
MARGIN = "The margin of example $i$ is $m_i = y_i\\mathbf{w}^\\top\\mathbf{x}_i$.\n\n"
NEURON = "A unit computes $z = \\mathbf{w}^T\\mathbf{x} + b$ and $a = \\sigma(z)$.\n\n"
LOGISTIC = ("With $z_i = w^\\top x_i$ and $p_i = \\sigma(z_i)$, the loss is\n\n"
            "$$J(w) = \\sum_{i=1}^{m}\\left[\\log(1 + e^{z_i}) - y_i z_i\\right]$$\n\n")
POISSON = "The rate is $\\lambda = e^{\\theta^T x}$ 이고 $y$는 관측값이다.\n\n"


@pytest.mark.parametrize("text, verdict", [
    (NEURON + "$$\\nabla_{\\mathbf{w}} z = \\mathbf{x}$$", "holds"),
    (NEURON + "$$\\frac{\\partial z}{\\partial \\mathbf{w}} = \\mathbf{x}$$", "holds"),
    (NEURON + "$$\\frac{\\partial a}{\\partial \\mathbf{w}} = a(1 - a)\\mathbf{x}$$", "holds"),
    # wrong with the vectors as columns, as rows (or not conforming) and as numbers: no
    # reading of the guessed shapes makes them hold, so they fail
    (NEURON + "$$\\frac{\\partial a}{\\partial \\mathbf{w}} = a\\mathbf{x}$$", "fails"),
    (NEURON + "$$\\nabla_{\\mathbf{w}} z = \\mathbf{w}$$", "fails"),
    (MARGIN + "$$\\nabla_{\\mathbf{w}} m_i = y_i\\mathbf{x}_i$$", "holds"),
    (MARGIN + "$$\\frac{\\partial m_i}{\\partial \\mathbf{w}} = y_i \\mathbf{x}_i$$", "holds"),
    (MARGIN + "$$\\nabla_{\\mathbf{w}} m_i = \\mathbf{x}_i$$", "fails"),
    (MARGIN + "$$\\nabla_{\\mathbf{w}} (1 - m_i) = -y_i\\mathbf{x}_i$$", "holds"),
    (LOGISTIC + "$$\\nabla_w p_i = p_i(1 - p_i)x_i$$", "holds"),
    (LOGISTIC + "$$\\nabla_w p_i = p_i x_i$$", "fails"),
    (LOGISTIC + "$$\\nabla_w J = \\sum_{i=1}^{m}(p_i - y_i)x_i$$", "holds"),
    # the negative of the gradient: a sign that differs at every size, shapes inferred or not
    (LOGISTIC + "$$\\nabla_w J = \\sum_{i=1}^{m}(y_i - p_i)x_i$$", "fails"),
    (POISSON + "$$\\frac{\\partial \\lambda}{\\partial \\theta} = \\lambda x$$", "holds"),
    (POISSON + "$$\\frac{\\partial}{\\partial \\theta} y\\log\\lambda = yx$$", "holds"),
    (POISSON + "$$\\frac{\\partial \\lambda}{\\partial \\theta} = x$$", "fails"),
    (POISSON + "$$\\frac{\\partial}{\\partial \\theta} y\\log\\lambda = \\frac{y}{\\lambda}x$$",
     "fails"),  # the inner derivative λx forgotten
    # transposed members of a family: vectors of their own (two classes' weights)
    (r"$$\frac{e^{\theta_1^T x}}{e^{\theta_1^T x} + e^{\theta_2^T x}}"
     r" = \frac{1}{1 + e^{(\theta_2 - \theta_1)^T x}}$$", "holds"),
    (r"$$\frac{e^{\theta_1^T x}}{e^{\theta_1^T x} + e^{\theta_2^T x}}"
     r" = \frac{1}{1 + e^{(\theta_1 - \theta_2)^T x}}$$", "undecided"),
    # matrices named with an index (a batch X_B, a layer's W_2, A_1), transposed: arrays
    (r"$$\frac{\partial}{\partial w} \frac{1}{2}\|X_B w - y_B\|^2 = X_B^T(X_B w - y_B)$$",
     "holds"),
    (r"$$\nabla_w \frac{1}{2}(X_1 w - y_1)^T(X_1 w - y_1) = X_1^T(X_1 w - y_1)$$", "holds"),
    (r"$$\nabla_w \frac{1}{2}(X_1 w - y_1)^T(X_1 w - y_1) = X_1^T(X_1 w + y_1)$$", "undecided"),
    (r"$$(W_2 A_1)^T = A_1^T W_2^T$$", "holds"),
    (r"$$(W_2 A_1)^T = W_2^T A_1^T$$", "undecided"),  # the order: wrong, on inferred shapes
])
def test_vectors_read_from_the_transposes_a_gradient_reaches(text, verdict):
    steps = check_text(text).steps
    assert steps and steps[-1].verdict == verdict, steps
    if verdict == "undecided":  # wrong as read, on shapes nobody declared: never "fails"
        assert "inferred" in steps[-1].method, steps[-1]


# a step that writes no matrix algebra itself, on a definition that transposes (`∂z/∂b` with
# `z = w^T x + b`): read with the shapes that definition implies, a guess that may only show
# the step holds; any other outcome stays undecided, as before (the transpose's shape unknown)
@pytest.mark.parametrize("text, verdict", [
    (NEURON + "$$\\frac{\\partial z}{\\partial b} = 1$$", "holds"),
    (NEURON + "$$\\frac{\\partial a}{\\partial b} = a(1 - a)$$", "holds"),
    (LOGISTIC + "$$\\frac{\\partial p_i}{\\partial z_i} = p_i(1 - p_i)$$", "holds"),
    (NEURON + "$$\\frac{\\partial z}{\\partial b} = 2$$", "undecided"),
    (NEURON + "$$\\frac{\\partial z}{\\partial b} = \\mathbf{x}$$", "undecided"),
    (NEURON + "$$\\frac{\\partial a}{\\partial b} = a$$", "undecided"),
])
def test_a_transpose_only_the_definitions_write(text, verdict):
    steps = check_text(text).steps
    assert steps and steps[-1].verdict == verdict, steps
    if verdict == "undecided":
        assert "transpose" in steps[-1].method, steps[-1]


# the same read at the shapes the definitions imply, undecided for a reason of its own (the
# loss ℓ never defined, the link from p to s not written): that reason, not the transpose's
# shape, which declaring would not settle
LOSS_KO = ("데이터 $m$개, $\\hat y^{(i)} = \\sigma(w^\\top x^{(i)} + b)$. 샘플 하나의 손실을 $\\ell$, "
           "$z = w^\\top x + b$라 두면\n\n$$\\frac{\\partial \\ell}{\\partial \\hat y} = "
           "\\frac{y}{\\hat y} - \\frac{1-y}{1-\\hat y}$$\n\n")
LOSS_EN = ("For $m$ examples, $\\hat y^{(i)} = \\sigma(w^\\top x^{(i)} + b)$. With one example's "
           "loss $\\ell$ and $z = w^\\top x + b$,\n\n$$\\frac{\\partial \\ell}{\\partial \\hat y} "
           "= \\frac{1-y}{1-\\hat y} - \\frac{y}{\\hat y}$$\n\n")
LOSS_ZH = ("共 $m$ 个样本，$p^{(i)} = \\sigma(\\mathbf{w}^\\top \\mathbf{x}^{(i)})$。记单个样本的损失为 "
           "$\\ell$，$s = \\mathbf{w}^\\top \\mathbf{x}$：\n\n$$\\frac{\\partial \\ell}{\\partial p} "
           "= \\frac{p - y}{p(1-p)}$$\n\n")


@pytest.mark.parametrize("text", [
    LOSS_KO + "$$\\frac{\\partial \\ell}{\\partial z} = \\frac{\\partial \\ell}{\\partial \\hat y}"
    "\\cdot\\hat y(1-\\hat y)$$",
    LOSS_EN + "$$\\frac{\\partial \\ell}{\\partial z} = \\frac{\\partial \\ell}{\\partial \\hat y}"
    "\\,\\hat y(1-\\hat y)$$",
    LOSS_ZH + "$$\\frac{\\partial \\ell}{\\partial s} = \\frac{\\partial \\ell}{\\partial p}\\,"
    "p(1-p)$$",
])
def test_undecided_at_inferred_shapes_for_another_reason(text):
    step = check_text(text).steps[-1]
    assert step.verdict == "undecided", step
    assert "ℓ" in step.method and "transpose" not in step.method, step


@pytest.mark.parametrize("tex, shapes", [
    (r"x^T A x", {"x": ("?1", "1"), "A": ("?1", "?1")}),
    (r"\mathrm{tr}(AB)", {"A": ("?1", "?2"), "B": ("?2", "?1")}),
    (r"X^T (Xw - y)", {"X": ("?1", "?2"), "w": ("?2", "1"), "y": ("?1", "1")}),
    (r"w^T x + b", {"w": ("?1", "1"), "x": ("?1", "1")}),  # b beside a number: a number
    (r"y_i w^T x_i", {"w": ("?1", "1"), "x_i": ("?1", "1")}),  # example i's vector
])
def test_unification(tex, shapes):
    node = parse_expression(tex)
    found = inference.infer([node], [node], {}, lambda sym: None, set())
    # the classes are named in order of creation: compare the pattern, not the names
    rename: dict[str, str] = {}
    for name in sorted(found):
        for got, want in zip(found[name], shapes[name]):
            assert rename.setdefault(got, want) == want, (found, shapes)


# a matrix's shape inferred with one size a declared shape fixes (X has A's n rows) and one left
# free: a disagreement at the free size and at size 1 too is no guess about sizes; a vector
# (its orientation guessed) or a name that may be a number stays undecided
SQUARE = "$A \\in \\mathbb{R}^{n \\times n}$.\n\n"
VECTOR = "$x \\in \\mathbb{R}^n$.\n\n"


@pytest.mark.parametrize("text, verdict", [
    (SQUARE + f"$${D % 'X'} \\mathrm{{tr}}(X^T A X) = (A + A^T)X$$", "holds"),
    (SQUARE + f"$${D % 'X'} \\mathrm{{tr}}(X^T A X) = 2AX$$", "fails"),
    (SQUARE + f"$${D % 'X'} \\mathrm{{tr}}(X^T A X) = AX$$", "fails"),
    ("Let $A$ be symmetric.\n\n" + SQUARE + f"$${D % 'X'} \\mathrm{{tr}}(X^T A X) = 2AX$$",
     "holds"),
    # nothing declared: every size free (1 × 1 matrices read as numbers): undecided
    (f"$${D % 'X'} \\mathrm{{tr}}(X^T A X) = 2AX$$", "undecided"),
    # a vector whose shape is inferred: as a row xᵀAx does not conform, as a column the
    # general A makes it wrong (symmetric A: the row above)
    (SQUARE + f"$${D % 'x'} x^T A x = 2Ax$$", "fails"),
    # the other way round: every vector declared, the matrix between them inferred (its
    # sizes are the vector's): the general A makes it wrong, a symmetric one right
    (VECTOR + f"$${D % 'x'} x^T A x = 2Ax$$", "fails"),
    (VECTOR + f"$${D % 'x'} x^T A x = (A + A^T)x$$", "holds"),
    ("Let $A$ be symmetric.\n\n" + VECTOR + f"$${D % 'x'} x^T A x = 2Ax$$", "holds"),
    # a number beside declared vectors stays a number
    (VECTOR + f"$${D % 'x'} \\frac{{\\lambda}}{{2}} x^T x = \\lambda x$$", "holds"),
    (VECTOR + f"$${D % 'x'} \\frac{{\\lambda}}{{2}} x^T x = 2\\lambda x$$", "fails"),
])
def test_inferred_shapes_settled_by_sizes(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict, check_text(text).steps[-1]



# a name written out as a matrix in an earlier section's example (`w = \begin{bmatrix}...`), used
# after a heading where those values no longer hold: a transpose of it is read with that shape
# only to show that a step holds; a step that differs that way stays undecided, never fails
_EARLIER = ("$$z = W x + c,\\quad h = \\mathrm{ReLU}(z),\\quad \\hat{y} = w^T h + b,\\quad "
            "L = \\tfrac{1}{2}(\\hat{y} - y)^2$$\n\n"
            "$$x = \\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix},\\quad W = \\begin{bmatrix} 0.5 & -1 "
            "\\\\ 1 & 0.5 \\end{bmatrix},\\quad c = \\begin{bmatrix} 0 \\\\ 0.5 \\end{bmatrix},"
            "\\quad w = \\begin{bmatrix} 1 \\\\ -0.5 \\end{bmatrix},\\quad b = 0.25,\\quad y = 1$$"
            "\n\n## Forward\n\n- $h = \\mathrm{ReLU}(z) = \\begin{bmatrix} 0 \\\\ 2.5 \\end{bmatrix}$"
            "\n- $\\hat{y} = 1 \\cdot 0 + (-0.5) \\cdot 2.5 + 0.25 = -1$\n\n## Backward\n\n"
            "- $\\dfrac{\\partial L}{\\partial \\hat{y}} = \\hat{y} - y = -2$\n- ")


@pytest.mark.parametrize("claim, verdict", [
    ("\\frac{\\partial L}{\\partial h} = -2 \\cdot w", "holds"),
    ("\\frac{\\partial L}{\\partial b} = -2", "holds"),
    ("\\frac{\\partial L}{\\partial h} = 2 \\cdot w", "undecided"),  # the wrong twins
    ("\\frac{\\partial L}{\\partial b} = 2", "undecided"),
])
def test_a_shape_an_earlier_example_wrote_may_only_show_a_step_holds(claim, verdict):
    step = check_text(_EARLIER + f"$${claim}$$").steps[-1]
    assert step.verdict == verdict, step


# vectors whose shapes were inferred (their orientation, or whether they are numbers, a guess):
# a step that differs as columns, as numbers and as rows fails; one whose difference may be
# the reading's (a name left unexpanded, an entry named apart from its vector, names on one
# side only) stays undecided
COSINE = ("$s = \\cos(\\mathbf a, \\mathbf b) = \\dfrac{\\mathbf a^\\top\\mathbf b}"
          "{\\lVert\\mathbf a\\rVert\\,\\lVert\\mathbf b\\rVert}$.\n\n")
COSINE_C = ("$$c(\\mathbf{a}, \\mathbf{b}) = \\frac{\\mathbf{a}^\\top\\mathbf{b}}"
            "{\\|\\mathbf{a}\\|\\,\\|\\mathbf{b}\\|}.$$\n\n")
ROWS = ("Stack the inputs as the rows of $X \\in \\mathbb{R}^{m \\times n}$, with "
        "$z_i = \\mathbf{x}_i^\\top\\mathbf{w} + b$.\n\n")
AB = "\\frac{\\mathbf{b}}{\\|\\mathbf{a}\\|\\,\\|\\mathbf{b}\\|}"


@pytest.mark.parametrize("text, verdict", [
    # a power of ‖a‖ dropped: wrong at every size and orientation
    (COSINE_C + f"$${AB} - \\frac{{\\mathbf{{a}}^\\top\\mathbf{{b}}}}{{\\|\\mathbf{{a}}\\|^2\\,"
     f"\\|\\mathbf{{b}}\\|}}\\cdot\\frac{{\\mathbf{{a}}}}{{\\|\\mathbf{{a}}\\|}} = {AB} - "
     "c\\,\\frac{\\mathbf{a}}{\\|\\mathbf{a}\\|}$$", "fails"),
    (COSINE_C + f"$${AB} - \\frac{{\\mathbf{{a}}^\\top\\mathbf{{b}}}}{{\\|\\mathbf{{a}}\\|^2\\,"
     f"\\|\\mathbf{{b}}\\|}}\\cdot\\frac{{\\mathbf{{a}}}}{{\\|\\mathbf{{a}}\\|}} = {AB} - "
     "c\\,\\frac{\\mathbf{a}}{\\|\\mathbf{a}\\|^2}$$", "holds"),
    # s = cos(a, b) = aᵀb/(‖a‖‖b‖): the chain defines s and the text's own cos (member.
    # new_function), so the correct gradient holds
    (COSINE + f"$${AB} - \\frac{{\\mathbf a^\\top\\mathbf b}}{{\\lVert\\mathbf a\\rVert^{{3}}"
     "\\lVert\\mathbf b\\rVert}\\,\\mathbf a = \\frac{1}{\\lVert\\mathbf a\\rVert}\\left("
     "\\frac{\\mathbf b}{\\lVert\\mathbf b\\rVert} - s\\,\\frac{\\mathbf a}{\\lVert\\mathbf a"
     "\\rVert}\\right)$$", "holds"),
    # X's entries beside the rows x_i the prose says they are: names on one side only
    (ROWS + "$$\\frac{\\partial z_i}{\\partial w_j} = X_{ij}$$", "undecided"),
])
def test_vectors_of_guessed_orientation_fail_only_at_every_reading(text, verdict):
    steps = check_text(text).steps
    assert steps and steps[-1].verdict == verdict, steps[-1]


# a function of a whole vector (softmax, diag) makes the name it is taken of a vector (z in
# softmax(z - c)); what a sum inside it adds to that name shifts it, a number (c): a reading,
# so a step may hold on it, and one that differs is undecided, never wrong
@pytest.mark.parametrize("text, verdict", [
    ("For any constant $c$: $\\mathrm{softmax}(z) = \\mathrm{softmax}(z - c)$", "holds"),
    ("对任意常数 $c$，$\\mathrm{softmax}(\\mathbf{x} + c) = \\mathrm{softmax}(\\mathbf{x})$",
     "holds"),
    ("임의의 $m$ 에 대해 $\\operatorname{softmax}(a) = \\operatorname{softmax}(a - m)$", "holds"),
    ("$$\\mathrm{softmax}(2z) = \\mathrm{softmax}(z)$$", "undecided"),
    ("For any constant $c$: $\\mathrm{softmax}(z - c) = \\mathrm{softmax}(z) - c$", "undecided"),
    ("$$\\mathrm{diag}(p)\\mathbf{1} = p$$", "holds"),
    ("$$(\\operatorname{diag}(s) - s s^\\top)^\\top = \\operatorname{diag}(s) - s s^\\top$$",
     "holds"),
    ("$$\\mathrm{diag}(p)\\mathbf{1} = 2p$$", "undecided"),
    # beside a vector of ones inside softmax (z - c𝟏): z the vector, c𝟏 its shift
    ("$$\\mathrm{softmax}(z - c\\mathbf{1}) = \\mathrm{softmax}(z)$$", "holds"),
    ("임의의 $b$ 에 대해 $\\operatorname{softmax}(a + b\\mathbf{1}) = \\operatorname{softmax}(a)$",
     "holds"),
    ("$$\\mathrm{softmax}(z - c\\mathbf{1}) = \\mathrm{softmax}(z) - c$$", "undecided"),
])
def test_the_vector_a_function_of_a_whole_vector_takes(text, verdict):
    steps = check_text(text).steps
    assert steps and steps[-1].verdict == verdict, [(s.lhs, s.rhs, s.method) for s in steps]


@pytest.mark.parametrize("arg, vectors, shifts", [
    ("z - c", {"z"}, {"c"}),
    ("\\mathbf{x} + b", {"x"}, {"b"}),
    ("x/T", {"x"}, set()),
    ("2a", {"a"}, set()),
])
def test_vectors_and_shifts_inside_softmax(arg, vectors, shifts):
    node = parse_expression(f"\\mathrm{{softmax}}({arg})")
    assert inference.vectors_in(node.args[0]) == vectors
    assert inference.shifts([node]) == shifts


# a letter that often names a count (M, S, P, T), written transposed: an array (a count is
# never transposed), its shape inferred like any other's; a wrong twin stays undecided
@pytest.mark.parametrize("text, verdict", [
    ("For a matrix $M$,\n\n$$\\lVert M \\rVert_F^2 = \\mathrm{tr}(M^\\top M)$$", "holds"),
    ("행렬 $S$ 에 대해 $\\mathrm{tr}(S^T S) = \\mathrm{tr}(S S^T)$ 이다.", "holds"),
    ("矩阵 $P$ 满足 $(P^\\top)^\\top = P$。", "holds"),
    ("$$(T A)^\\top = A^\\top T^\\top$$", "holds"),
    ("For a matrix $M$,\n\n$$\\lVert M \\rVert_F^2 = \\mathrm{tr}(M)^2$$", "undecided"),
    ("$$(T A)^\\top = T^\\top A^\\top$$", "undecided"),
])
def test_a_transposed_count_letter_is_an_array(text, verdict):
    step = check_text(text).steps[-1]
    assert step.verdict == verdict, step


# a declared size that a worked example binds (x ∈ ℝⁿ written out as a 2-vector, A (n, n) as a
# 2 × 2 matrix): a name inferred to share it (w in wᵀx) has the example's size, not a free one
# that would not conform with x's value
BOUND = ("For a column vector $\\mathbf{x} \\in \\mathbb{R}^n$ and $A \\in \\mathbb{R}^{n "
         "\\times n}$. Example: $A = \\begin{bmatrix} 2 & 1 \\\\ 0 & 3 \\end{bmatrix}$, "
         "$\\mathbf{x} = \\begin{bmatrix} 1 \\\\ -1 \\end{bmatrix}$.\n\n")
BOUND_KO = ("열벡터 $x \\in \\mathbb{R}^n$, 예: $x = \\begin{bmatrix} 2 \\\\ 1 \\\\ 0"
            "\\end{bmatrix}$.\n\n")
BOUND_ZH = ("设 $\\mathbf{x} \\in \\mathbb{R}^{n}$，例如 $\\mathbf{x} = \\begin{bmatrix} 1 \\\\ 3"
            "\\end{bmatrix}$。\n\n")
SIG = "\\sigma(\\mathbf{w}^\\top\\mathbf{x})"


@pytest.mark.parametrize("text, verdict", [
    (BOUND + f"$$\\nabla_{{\\mathbf{{w}}}}\\,{SIG} = {SIG}(1 - {SIG})\\,\\mathbf{{x}}$$",
     "holds"),
    (BOUND + f"$$\\nabla_{{\\mathbf{{w}}}}\\,\\log {SIG} = (1 - {SIG})\\,\\mathbf{{x}}$$",
     "holds"),
    (BOUND + f"$$\\nabla_{{\\mathbf{{w}}}}\\,{SIG} = {SIG}\\,\\mathbf{{x}}$$", "fails"),
    (BOUND_KO + "$$\\nabla_w \\tanh(w^T x) = (1 - \\tanh^2(w^T x))\\,x$$", "holds"),
    (BOUND_KO + "$$\\nabla_w \\tanh(w^T x) = (1 - \\tanh(w^T x))\\,x$$", "fails"),
    (BOUND_ZH + "$$\\nabla_{\\mathbf{w}} e^{\\mathbf{w}^\\top\\mathbf{x}} = "
     "e^{\\mathbf{w}^\\top\\mathbf{x}}\\mathbf{x}$$", "holds"),
    (BOUND_ZH + "$$\\nabla_{\\mathbf{w}} e^{\\mathbf{w}^\\top\\mathbf{x}} = "
     "e^{\\mathbf{w}^\\top\\mathbf{x}}$$", "undecided"),  # a number against a vector
])
def test_an_inferred_shape_takes_a_bound_size(text, verdict):
    step = check_text(text).steps[-1]
    assert step.verdict == verdict, step


# a coefficient inside a transposed sum (inference.coefficients): (w + ηyx)ᵀ with nothing
# declared reads every name under the transpose as an array, which forces them all to one
# entry; the label y (a plain lower-case name written before the vector it scales) is then
# tried as a number. A reading of shapes: it may only make a step hold (a wrong twin stays
# undecided); with the shapes declared, a wrong twin fails as before
_BOLD_W_X = "\\mathbf{w}^\\top\\mathbf{x}"


@pytest.mark.parametrize("text, verdict", [
    (f"$$(\\mathbf{{w}} + y\\mathbf{{x}})^\\top\\mathbf{{x}} = {_BOLD_W_X} + y\\|\\mathbf{{x}}\\|^2$$",
     "holds"),
    (f"$$y\\left((\\mathbf{{w}} + \\eta y\\mathbf{{x}})^\\top\\mathbf{{x}} + b\\right) - "
     f"y({_BOLD_W_X} + b) = \\eta y^2\\|\\mathbf{{x}}\\|^2$$", "holds"),
    ("$$(w - \\eta t x)^T x = w^T x - \\eta t\\, x^T x$$", "holds"),
    # wrong twins
    (f"$$(\\mathbf{{w}} + y\\mathbf{{x}})^\\top\\mathbf{{x}} = {_BOLD_W_X} + \\|\\mathbf{{x}}\\|^2$$",
     "undecided"),
    ("$$(w - \\eta t x)^T x = w^T x + \\eta t\\, x^T x$$", "undecided"),
    ("Let $\\mathbf{w}, \\mathbf{x} \\in \\mathbb{R}^n$.\n\n"
     f"$$(\\mathbf{{w}} + \\eta y\\mathbf{{x}})^\\top\\mathbf{{x}} = {_BOLD_W_X} + "
     "\\eta\\|\\mathbf{x}\\|^2$$", "fails"),
])
def test_a_coefficient_in_a_transposed_sum_may_be_a_number(text, verdict):
    step = check_text(text).steps[-1]
    assert step.verdict == verdict, step
