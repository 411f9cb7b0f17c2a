"""False alarms found by simulating a held-out judge (round 8, hunt12): correct derivations of
our own in real styles, each row a minimal reproduction of one GENERAL reading that made a
correct step fail, and a wrong twin whose reading is certain (some step must still fail).

Classes: δ written as the derivative's mark (`\\frac{\\delta L}{\\delta a}`, notebooks); an
undefined `I` added to a square matrix (the identity, not a number broadcast); the norm of a
matrix (`‖A‖_2`: operator or entrywise?); the norm of a name the text defines through others;
`\\nabla_w L \\cdot v` (the gradient of L, then a product); a point looked at in prose (`$q = p$
에서`, `at $q = p$`) read as a new meaning of q; a function whose parameters its formula does
not use, at other arguments.

Round 9 (hunt13): an entrywise step stated for the case of two equal indices (`when $i = j$:`,
`当 $i = j$ 时`, `$i = j$ 일 때`, `\\quad \\text{if } i = j`, and "otherwise" for the other
case) whose written indices were not made equal, or given a value off the sum's axis; a bold
one (`\\mathbf{1}`, `\\mathbf 1`, `\\boldsymbol{1}`) read as the number 1, not the vector of
ones its neighbour needs; a worked example that gives the value of an intermediate (`$\\hat y =
0.8$` with ŷ = σ(z)) while the step differentiates by its input, read with the input free.

Round 10 (hunt14): names listed before the value they share in a worked example (`f_t = i_t =
o_t = σ(0) = 0.5`, "all pre-activations are 0" said in words), the link between two names
compared as an identity of their definitions at free inputs; a Greek or accented letter typed
with its number (`β1`, `m̂1`, `λ2`, `ŷ1`) read as that letter times the number, not the
numbered name.

Round 11 (hunt15): a function the text defines through a norm or a transpose of its parameter
(`d(u, v) = \\lVert u - v \\rVert`, `q(x) = x^\\top x`) applied to vectors the example gives:
the body was read with the parameter as a number (|u − v|) and the vectors put in afterwards,
entry by entry, not the norm of the whole vector. A recurrence written state first (`h_t =
\\tanh(z_t)`, then `z_t = w h_{t-1} + x_t`): the step back was looked for in the first
definition only, so z_2 stayed plain inside h_2 and was expanded where written, and the two
readings of one z_2 were compared. Prose opening a statement before its relation
(`8, \\qquad \\#b = 4 \\cdot 3`, `\\quad \\text{total params} = ...`) was dropped, and the
relation continued the statement before (8 = 4·3). A new coordinate for one name (`s =
\\log\\sigma^2`, then ∂KL/∂s) was read as a node beside σ², not as σ² = e^s everywhere. An
index letter the example binds to a whole number (the class `y = 1` in `l = -\\log p_y`) read at
a free letter's stand-in value (p_2: another class)."""

import pytest

from checker.derive.document import check_text

_SOFTMAX = "softmax $a_i = \\frac{e^{z_i}}{\\sum_{k=1}^{K} e^{z_k}}$.\n\n"
_OUT = "\\frac{\\partial a_i}{\\partial z_j}"
_CLASS = "Let $p_j = \\frac{\\exp(o_j)}{\\sum_k \\exp(o_k)}$, and the loss $l = -\\log p_y$.\n\n"

ROWS = [
    ("delta as the derivative's mark",
     "$L = (a - y)^2$\n\n$$\\frac{\\delta L}{\\delta a} = 2(a - y)$$\n\n"
     "### 这里 $\\frac{\\delta \\ln x}{\\delta x} = \\frac{1}{x}$",
     "$L = (a - y)^2$\n\n$$\\frac{\\delta L}{\\delta a} = (a - y)$$"),
    ("identity beside a square matrix",
     "$$A = \\begin{pmatrix} 2 & 1 \\\\ 1 & 2 \\end{pmatrix}$$\n\n"
     "$$\\det(A - \\lambda I) = (2 - \\lambda)^2 - 1 = (\\lambda - 3)(\\lambda - 1)$$",
     "$$A = \\begin{pmatrix} 2 & 1 \\\\ 1 & 2 \\end{pmatrix}$$\n\n"
     "$$\\det(A - \\lambda I) = (2 - \\lambda)^2 + 1$$"),
    ("operator norm of a matrix",
     "$$A = \\begin{bmatrix} 3 & 1 \\\\ 1 & 3 \\end{bmatrix}$$\n\n"
     "Its singular values are 4 and 2, so $\\|A\\|_2 = 4$.",
     "$$A = \\begin{bmatrix} 3 & 1 \\\\ 1 & 3 \\end{bmatrix}$$\n\n"
     "Its singular values are 4 and 2, so $\\|A\\|_F = 4$."),
    ("norm of a name defined through others",
     "Weight normalization writes $$w = \\frac{g}{\\|v\\|} v.$$\n\nThen $\\|w\\| = |g|$.",
     "A vector $w$ has entries $w_1$, $w_2$.\n\nThen $\\|w\\| = w_1 + w_2$."),
    ("gradient of a name, then a product",
     "$L = w^2$ and $v = w^3$.\n\n$$\\nabla_w L \\cdot v = 2w^4$$",
     "$L = w^2$ and $v = w^3$.\n\n$$\\nabla_w L \\cdot v = 5w^4$$"),
    ("a point looked at, ko",
     "$$D = p\\log\\frac{p}{q} + (1-p)\\log\\frac{1-p}{1-q}$$\n\n"
     "$\\frac{\\partial D}{\\partial q} = \\frac{q - p}{q(1 - q)}$ 는 $q = p$ 에서 0 이 된다.\n\n"
     "$p = 0.5$, $q = 0.25$ 일 때 $$D = 0.5\\ln\\frac{4}{3}$$",
     "$$D = p\\log\\frac{p}{q} + (1-p)\\log\\frac{1-p}{1-q}$$\n\n"
     "$\\frac{\\partial D}{\\partial q} = \\frac{q - p}{q(1 - q)}$ 는 $q = p$ 에서 0 이 된다.\n\n"
     "$p = 0.5$, $q = 0.25$ 일 때 $$D = 0.5\\ln 3$$"),
    ("a point looked at, en",
     "$$D = p\\log\\frac{p}{q}$$\n\nThe slope $\\frac{\\partial D}{\\partial q} = -\\frac{p}{q}$ "
     "is $-1$ at $q = p$.\n\nFor $p = 0.5$, $q = 0.25$: $$D = 0.5\\ln 2$$",
     "$$D = p\\log\\frac{p}{q}$$\n\nThe slope $\\frac{\\partial D}{\\partial q} = -\\frac{p}{q}$ "
     "is $-1$ at $q = p$.\n\nFor $p = 0.5$, $q = 0.25$: $$D = 0.5\\ln 3$$"),
    ("parameters the formula does not use",
     "$$D(P\\|Q) = p\\log\\frac{p}{q}$$ where $p$, $q$ are the probabilities of one under $P$, "
     "$Q$.\n\n$p = 0.5$, $q = 0.25$. The other way round, $D(Q\\|P) = 0.25\\ln 0.5$.",
     "$$D(P\\|Q) = p\\log\\frac{p}{q}$$ where $p$, $q$ are the probabilities of one under $P$, "
     "$Q$.\n\n$p = 0.5$, $q = 0.25$. Then $D(P\\|Q) = 0.25\\ln 0.5$."),
    ("value of an intermediate, not of its input, en",
     "With $h = e^{w}$ and $J = c h^2$.\n\nFor $c = 1$, $h = 3$: $\\frac{dJ}{dw} = 18$.",
     "With $h = e^{w}$ and $J = c h^2$.\n\nFor $c = 1$, $h = 3$: $\\frac{dJ}{dw} = 9$."),
    ("value of an intermediate, not of its input, zh",
     "设 $a = \\tanh(z)$，$L = \\frac{1}{2}(a - t)^2$。\n\n"
     "当 $t = 1$，$a = 0.5$ 时，$\\frac{\\partial L}{\\partial z} = -0.375$。",
     "设 $a = \\tanh(z)$，$L = \\frac{1}{2}(a - t)^2$。\n\n"
     "当 $t = 1$，$a = 0.5$ 时，$\\frac{\\partial L}{\\partial z} = -0.5$。"),
    ("value of an intermediate, not of its input, ko",
     "손실 $L = -y\\log \\hat y$, $\\hat y = \\sigma(z)$ 이다.\n\n"
     "$y = 1$, $\\hat y = 0.8$ 일 때 $\\frac{\\partial L}{\\partial z} = -0.2$ 이다.",
     "손실 $L = -y\\log \\hat y$, $\\hat y = \\sigma(z)$ 이다.\n\n"
     "$y = 1$, $\\hat y = 0.8$ 일 때 $\\frac{\\partial L}{\\partial z} = -0.8$ 이다."),
    ("index case before the step, en bullet",
     _SOFTMAX + f"- when $i = j$: ${_OUT} = a_i(1 - a_i)$\n"
     f"- when $i \\ne j$: ${_OUT} = -a_i a_j$",
     _SOFTMAX + f"- when $i = j$: ${_OUT} = a_i(1 + a_i)$"),
    ("index case before the step, zh",
     _SOFTMAX + f"当 $i = j$ 时：${_OUT} = a_i(1 - a_i)$；当 $i \\neq j$ 时：${_OUT} = -a_i a_j$。",
     _SOFTMAX + f"当 $i = j$ 时：${_OUT} = -a_i a_j$。"),
    ("index case closed after, ko",
     _SOFTMAX + f"- $i = j$ 일 때: ${_OUT} = a_i(1 - a_i)$\n"
     f"- $i \\neq j$ 인 경우: ${_OUT} = -a_i a_j$",
     _SOFTMAX + f"- $i = j$ 일 때: ${_OUT} = -a_i a_j$"),
    ("index case beside the step, on the sum's axis",
     _SOFTMAX + f"$${_OUT} = a_i(1 - a_i) \\quad \\text{{if }} i = j$$",
     _SOFTMAX + f"$${_OUT} = a_i(1 + a_i) \\quad \\text{{if }} i = j$$"),
    ("index case then otherwise, one sentence",
     _SOFTMAX + f"If $i = j$ then ${_OUT} = a_i(1 - a_i)$; otherwise ${_OUT} = -a_i a_j$.",
     _SOFTMAX + f"If $i = j$ then ${_OUT} = a_i(1 - a_i)$; otherwise ${_OUT} = a_i a_j$."),
    ("bold one, a column of ones (en)",
     "$Y = XW + \\mathbf{1}\\mathbf{b}^\\top$ with $X \\in \\mathbb{R}^{N\\times D}$, "
     "$W \\in \\mathbb{R}^{D\\times M}$, $\\mathbf b \\in \\mathbb R^M$, and "
     "$G = \\partial L/\\partial Y$ of shape (N, M).\n\n"
     "$$\\frac{\\partial L}{\\partial \\mathbf b} = G^\\top \\mathbf{1}$$",
     "$Y = XW + \\mathbf{1}\\mathbf{b}^\\top$ with $X \\in \\mathbb{R}^{N\\times D}$, "
     "$W \\in \\mathbb{R}^{D\\times M}$, $\\mathbf b \\in \\mathbb R^M$, and "
     "$G = \\partial L/\\partial Y$ of shape (N, M).\n\n"
     "$$\\frac{\\partial L}{\\partial \\mathbf b} = G \\mathbf{1}$$"),
    ("bold one without braces, row sums (ko)",
     "$$A = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$$\n\n"
     "행의 합은 $A\\mathbf 1 = \\begin{bmatrix} 3 \\\\ 7 \\end{bmatrix}$ 이다.",
     "$$A = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$$\n\n"
     "행의 합은 $A\\mathbf 1 = \\begin{bmatrix} 4 \\\\ 6 \\end{bmatrix}$ 이다."),
    ("boldsymbol one, column sums (zh)",
     "$$A = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$$\n\n"
     "列和：$A^\\top \\boldsymbol{1} = \\begin{bmatrix} 4 \\\\ 6 \\end{bmatrix}$。",
     "$$A = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$$\n\n"
     "列和：$A^\\top \\boldsymbol{1} = \\begin{bmatrix} 3 \\\\ 7 \\end{bmatrix}$。"),
    ("names sharing a value, ko",
     "$p = \\tanh(u)$, $q = \\tanh(v)$, $r = \\tanh(w)$ 이다.\n\n"
     "입력이 모두 0 이면 $p = q = r = \\tanh(0) = 0$ 이다.",
     "$p = \\tanh(u)$, $q = \\tanh(v)$, $r = \\tanh(w)$ 이다.\n\n"
     "입력이 모두 0 이면 $p = q = r = \\tanh(0) = 1$ 이다."),
    ("names sharing a value, zh",
     "$u_1 = \\mathrm{ReLU}(a)$，$u_2 = \\mathrm{ReLU}(b)$，$u_3 = \\mathrm{ReLU}(c)$。\n\n"
     "在原点处 $u_1 = u_2 = u_3 = \\mathrm{ReLU}(0) = 0$。",
     "$u_1 = \\mathrm{ReLU}(a)$，$u_2 = \\mathrm{ReLU}(b)$，$u_3 = \\mathrm{ReLU}(c)$。\n\n"
     "在原点处 $u_1 = u_2 = u_3 = \\mathrm{ReLU}(0) = 1$。"),
    ("names sharing a value, plain text",
     "h1 = max(0, a), h2 = max(0, b), h3 = max(0, c).\n\n"
     "At the origin: h1 = h2 = h3 = max(0, 0) = 0.",
     "h1 = max(0, a), h2 = max(0, b), h3 = max(0, c).\n\n"
     "At the origin: h1 = h2 = h3 = max(0, 0) = 1."),
    ("numbered Greek letters, ko",
     "$λ1 = 3$ 이고 $λ2 = 1$ 이면 $λ1 / λ2 = 3$ 이다.",
     "$λ1 = 3$ 이고 $λ2 = 1$ 이면 $λ1 / λ2 = 1$ 이다."),
    ("numbered accented letters, zh",
     "设 $ŷ1 = 0.8$，$ŷ2 = 0.2$，则 $ŷ1 + ŷ2 = 1$。",
     "设 $ŷ1 = 0.8$，$ŷ2 = 0.2$，则 $ŷ1 + ŷ2 = 0.8$。"),
    ("numbered letters, plain-text bullets",
     "- β1 = 0.9\n- m1 = 0.05\n- m̂1 = m1 / (1 − β1) = 0.5\n- 2·m̂1 = 1",
     "- β1 = 0.9\n- m1 = 0.05\n- m̂1 = m1 / (1 − β1) = 0.5\n- 2·m̂1 = 0.5"),
    ("a norm function at vectors, en",
     "Let $d(u, v) = \\lVert u - v \\rVert_2$ and $L = d(a, p)$.\n\n"
     "With $a = (0, 0)$ and $p = (3, 4)$: $\\frac{\\partial L}{\\partial p} = (0.6, 0.8)$.",
     "Let $d(u, v) = \\lVert u - v \\rVert_2$ and $L = d(a, p)$.\n\n"
     "With $a = (0, 0)$ and $p = (3, 4)$: $\\frac{\\partial L}{\\partial p} = (0.8, 0.6)$."),
    ("a norm function at vectors, zh",
     "记距离 $$d(x, y) = \\|x - y\\|$$\n\n$$J = d(w, c)^2$$\n\n"
     "取 $w = (1, 2)$，$c = (0, 0)$，则 $\\frac{\\partial J}{\\partial w} = (2, 4)$。",
     "记距离 $$d(x, y) = \\|x - y\\|$$\n\n$$J = d(w, c)^2$$\n\n"
     "取 $w = (1, 2)$，$c = (0, 0)$，则 $J = 3$。"),
    ("a norm function at vectors, ko",
     "거리 함수 $$D(x, y) = \\lVert x - y \\rVert$$ 에 대해 손실은 $$E = D(z, t)$$ 이다.\n\n"
     "$z = (3, 4)$, $t = (0, 0)$ 이면 $\\frac{\\partial E}{\\partial z} = (0.6, 0.8)$ 이다.",
     "거리 함수 $$D(x, y) = \\lVert x - y \\rVert$$ 에 대해 손실은 $$E = D(z, t)$$ 이다.\n\n"
     "$z = (3, 4)$, $t = (0, 0)$ 이면 $E = 7$ 이다."),
    ("a transpose function at vectors",
     "$$q(x) = x^\\top x$$\n\n$$E = q(z)$$\n\n"
     "At $z = (1, 2)$: $\\frac{\\partial E}{\\partial z} = (2, 4)$.",
     "$$q(x) = x^\\top x$$\n\n$$E = q(z)$$\n\n"
     "At $z = (1, 2)$: $\\frac{\\partial E}{\\partial z} = (1, 2)$."),
    ("a count sign naming a side after a comma",
     "$$W = 4 \\cdot 2 = 8, \\qquad \\#b = 4 \\cdot 3 = 12$$",
     "$$W = 4 \\cdot 2 = 8, \\qquad \\#b = 4 \\cdot 3 = 13$$"),
    ("prose naming a side after a space",
     "$$\\text{weights} = 3 \\cdot 5 = 15 \\quad \\text{total params} = 15 + 5 = 20$$",
     "$$\\text{weights} = 3 \\cdot 5 = 15 \\quad \\text{total params} = 15 + 5 = 21$$"),
    ("Hangul prose naming a side",
     "$$\\text{가중치} = 64 \\times 10 = 640, \\quad \\text{편향 개수} = 10$$",
     "$$\\text{가중치} = 64 \\times 10 = 650, \\quad \\text{편향 개수} = 10$$"),
    ("a new coordinate for the variance, en",
     "$$\\mathrm{KL} = \\tfrac12\\left(\\mu^2 + \\sigma^2 - 1 - \\log\\sigma^2\\right)$$\n\n"
     "With $s = \\log\\sigma^2$, $\\partial \\mathrm{KL}/\\partial s = \\tfrac12(e^{s} - 1)$.",
     "$$\\mathrm{KL} = \\tfrac12\\left(\\mu^2 + \\sigma^2 - 1 - \\log\\sigma^2\\right)$$\n\n"
     "With $s = \\log\\sigma^2$, $\\partial \\mathrm{KL}/\\partial s = \\tfrac12(e^{s} + 1)$."),
    ("a new coordinate for the scale, zh",
     "$$L = \\frac{x^2}{2\\sigma^2} + \\log\\sigma$$\n\n令 $\\rho = \\log\\sigma$，则 "
     "$$\\frac{\\partial L}{\\partial \\rho} = 1 - \\frac{x^2}{\\sigma^2}$$",
     "$$L = \\frac{x^2}{2\\sigma^2} + \\log\\sigma$$\n\n令 $\\rho = \\log\\sigma$，则 "
     "$$\\frac{\\partial L}{\\partial \\rho} = 1 - \\frac{x^2}{2\\sigma^2}$$"),
    ("the class index given, en",
     _CLASS + "With $o = (1, 0)$, $y = 1$: $\\frac{\\partial l}{\\partial o_1} \\approx 0.7311 - 1$.",
     _CLASS + "With $o = (1, 0)$, $y = 1$: $\\frac{\\partial l}{\\partial o_1} \\approx 0.7311$."),
    ("the class index given, zh",
     "设 $q_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$，交叉熵 $L = -\\ln q_c$。\n\n取 $z = (0, 0, 0)$，"
     "真实类别 $c = 3$，则 $\\frac{\\partial L}{\\partial z_3} = \\frac13 - 1 = -\\frac23$。",
     "设 $q_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$，交叉熵 $L = -\\ln q_c$。\n\n取 $z = (0, 0, 0)$，"
     "真实类别 $c = 3$，则 $\\frac{\\partial L}{\\partial z_3} = \\frac13$。"),
    ("the class index given, ko",
     "$a_k = \\frac{e^{s_k}}{\\sum_m e^{s_m}}$ 이고 $E = -\\log a_t$ 이다.\n\n$s = (2, 0)$, 정답 "
     "$t = 1$ 이면 $\\frac{\\partial E}{\\partial s_2} \\approx 0.1192$ 이다.",
     "$a_k = \\frac{e^{s_k}}{\\sum_m e^{s_m}}$ 이고 $E = -\\log a_t$ 이다.\n\n$s = (2, 0)$, 정답 "
     "$t = 1$ 이면 $\\frac{\\partial E}{\\partial s_2} \\approx 0.1192 - 1$ 이다."),
]

# a recurrence written state first: correct local derivatives (en, zh, ko) never fail
STATE_FIRST = [
    "$$h_t = \\tanh(z_t), \\quad z_t = w h_{t-1} + x_t$$\n\n"
    "$$\\frac{\\partial h_2}{\\partial z_2} = 1 - h_2^2$$",
    "设 $h_t = \\tanh(a_t)$，其中 $a_t = w h_{t-1} + u x_t$，$L = h_2$。\n\n"
    "$$\\frac{\\partial L}{\\partial a_2} = 1 - h_2^2$$",
    "$s_t = \\sigma(r_t)$ 이고 $r_t = v s_{t-1} + x_t$ 이다.\n\n"
    "$$\\frac{\\partial s_3}{\\partial r_3} = s_3(1 - s_3)$$",
    "Let $h_t = \\tanh(z_t)$.\n\nHere $z_t = w h_{t-1} + x_t$.\n\n$$h_2 = \\tanh(z_2)$$",
]


def _steps(doc: str):
    return [(s.line, s.lhs, s.rhs, s.verdict, s.method) for s in check_text(doc).steps]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_correct_steps_never_fail(what, right, wrong):
    steps = _steps(right)
    assert steps and not [s for s in steps if s[3] == "fails"], steps


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_the_wrong_twin_still_fails(what, right, wrong):
    steps = _steps(wrong)
    assert any(s[3] == "fails" for s in steps), steps


@pytest.mark.parametrize("doc, verdict", [
    ("$$A = \\begin{pmatrix} 2 & 1 \\\\ 1 & 2 \\end{pmatrix}$$\n\n"
     "$$\\det(A - \\lambda I) = (2 - \\lambda)^2 - 1$$", "holds"),
    ("$L = (a - y)^2$\n\n$$\\frac{\\delta L}{\\delta a} = 2(a - y)$$", "holds"),
    (_SOFTMAX + f"- when $i = j$: ${_OUT} = a_i(1 - a_i)$", "holds"),
    ("$$A = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$$\n\n"
     "$A\\mathbf{1} = (3, 7)^\\top$", "holds"),
])
def test_certain_readings_hold(doc, verdict):
    assert [s.verdict for s in check_text(doc).steps] == [verdict]


@pytest.mark.parametrize("doc", [  # a bold 1 that is an indicator or a sized vector stays so
    "$\\mathbf{1}_{y = k}$ is one when $y = k$; $\\frac{\\partial L}{\\partial z_k} = p_k - "
    "\\mathbf{1}_{y = k}$ with $L = -\\log p_y$ and $p = \\operatorname{softmax}(z)$.",
    "$$\\frac{\\partial J}{\\partial b} = "
    "\\frac{1}{m}\\mathbf{1}^\\top(\\mathbf{p} - \\mathbf{y})$$",
])
def test_other_bold_ones_never_fail(doc):
    assert not [s for s in check_text(doc).steps if s.verdict == "fails"]


@pytest.mark.parametrize("doc", STATE_FIRST)
def test_a_recurrence_written_state_first_never_fails(doc):
    steps = _steps(doc)
    assert steps and not [s for s in steps if s[3] == "fails"], steps


def test_a_recurrence_written_state_first_still_computes():
    """Its numbers stay certain: tanh(1) is not 0.9."""
    doc = ("$$h_t = \\tanh(z_t), \\quad z_t = w h_{t-1} + x_t, \\quad h_0 = 0$$\n\n"
           "$w = 1$, $x_1 = 1$: $h_1 = \\tanh(1) \\approx 0.9$")
    assert "fails" in [s.verdict for s in check_text(doc).steps]


def test_a_local_reading_never_proves_a_stated_derivative():
    """Held fixed, h_2 is a plain name, and ∂h_2/∂z_2 could only be taken as stated: that
    reading proves nothing, so the wrong slope does not hold."""
    doc = ("$$z_t = w h_{t-1} + x_t, \\quad h_t = \\tanh(z_t)$$\n\n"
           "$$\\frac{\\partial h_2}{\\partial z_2} = 1 + h_2^2$$")
    assert "holds" not in [s.verdict for s in check_text(doc).steps]


def test_a_norm_function_at_numbers_is_still_read():
    """`d(u, v) = ‖u − v‖` at numbers: the body as read (|u − v|), certain, and wrong here."""
    doc = "Let $d(u, v) = \\lVert u - v \\rVert_2$.\n\n$$d(5, 1) = 3$$"
    assert [s.verdict for s in check_text(doc).steps] == ["fails"]


def test_names_with_bound_values_are_still_compared():
    """`u = v = w = 2` at x = 1 with u = 2x, v = 3x: the names' values are bound, so the link
    between two of them is certain, and wrong."""
    doc = "$u = 2x$, $v = 3x$, $w = 4x$.\n\nAt $x = 1$: $u = v = w = 2$."
    assert ("v", "w", "fails") in [(s.lhs, s.rhs, s.verdict) for s in check_text(doc).steps]


def test_an_index_bound_in_an_earlier_section_is_no_index_here():
    """`T = 2` in the model's section, then "for any length T": h_T is no h_2 there (a value
    of an earlier section binds no index; meaning.given_index)."""
    text = ("## 모델\n\n$$a_t = w\\,h_{t-1} + u\\,x_t, \\qquad h_t = \\tanh(a_t)$$\n\n"
            "전체 손실은 $L = L_1 + L_2$ ($T = 2$), 초기 상태 $h_0$ 는 주어진 값이다.\n\n"
            "## 기울기 소실\n\n$$\\frac{\\partial h_T}{\\partial h_k} = \\prod_{t=k+1}^{T} "
            "w\\,(1 - h_t^2)$$\n")
    assert "fails" not in [s.verdict for s in check_text(text).steps]
