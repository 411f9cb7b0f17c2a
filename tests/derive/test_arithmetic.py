"""Products (arithmetic.unshaped_factor): a name the text gives no value, definition nor shape,
multiplying a vector or matrix, is read as a number; a step that differs so read is
undecided, never wrong. Greek letters (rates) and members of a family by a letter (y_n
beside x_n) stay numbers: such steps still fail."""

import pytest

from checker.derive.document import check_text

_NET = {
    "en": "Network: $z = W x + b$, $a = \\mathrm{ReLU}(z)$, $\\hat y = v \\cdot a$, with "
          "$x = (1, 2)$.\n\n",
    "ko": "신경망: $z = W x + b$, $a = \\mathrm{ReLU}(z)$, $\\hat y = v \\cdot a$ 이고 "
          "$x = (1, 2)$ 이다.\n\n",
    "zh": "网络：$z = W x + b$，$a = \\mathrm{ReLU}(z)$，$\\hat y = v \\cdot a$，其中 "
          "$x = (1, 2)$。\n\n",
}


@pytest.mark.parametrize("lang", ["en", "ko", "zh"])
@pytest.mark.parametrize("claim", [
    "$$\\frac{\\partial \\hat y}{\\partial a} = v$$",  # holds as read, whatever v is
    # as read (W, v numbers): a vector of numbers where the writer has vectors
    "$$\\frac{\\partial \\hat y}{\\partial b} = (0, 1)$$",
])
def test_a_name_of_no_shape_beside_a_vector_is_no_refutation(lang, claim):
    steps = check_text(_NET[lang] + claim).steps
    assert "fails" not in [s.verdict for s in steps], [(s.lhs, s.rhs, s.method) for s in steps]


@pytest.mark.parametrize("text", [
    # a Greek rate times a vector is a number: a wrong update still fails
    "Take $g = (1, 2)$ and $w = (0, 0)$.\n\n$$w - \\eta g = (-\\eta, -3\\eta)$$",
    "$x = (1, 2)$ 일 때\n\n$$\\alpha x = (\\alpha, 3\\alpha)$$",
    "设 $x = (2, 4)$，则\n\n$$\\lambda x = (2\\lambda, 2\\lambda)$$",
    # one number per sample beside its vector (a label, a dual weight): a member by a letter
    "$x_1 = (1, 2)$, $x_2 = (0, 1)$.\n\n$$\\sum_{n=1}^{2} y_n x_n = (y_1, 2y_1 + y_2 + 1)$$",
    "$x_1 = (1, 0)$, $x_2 = (0, 1)$ 일 때\n\n$$\\sum_{i=1}^{2} a_i x_i = (a_1, -a_2)$$",
    # a name the text gives a set of numbers (a label t ∈ {-1, 1}, 0 < p < 1) is a number
    "Label $t \\in \\{-1, 1\\}$, $x = (1, 2)$.\n\n$$t x = (t, t)$$",
    "레이블 $y \\in \\{0, 1\\}$ 이고 $x = (2, 1)$ 이면\n\n$$y x = (2y, y + 1)$$",
    "设 $0 < p < 1$，$x = (1, 3)$，则\n\n$$p x = (p, 2p)$$",
    # a name the example gives a number after a definition uses it (a label y = -1, a
    # weight a = 2) is that number, no guess: a wrong value fails
    "Let $g = y x$. Numbers: $y = -1$, $x = (1, 2)$. Then $g = (-1, 2)$.",
    "$g = y\\,x$ 로 두자. 예: $y = -1$, $x = (1, 2)$. 그러면 $g = (-1, 2)$.",
    "设 $h = a x + x$。取 $a = 2$，$x = (1, 1)$，则 $h = (3, 2)$。",
    # a capital beside its lower-case family (C with the weights c_i) is that family stacked,
    # not a number of unknown shape: kinship reads it, and a wrong factor still fails
    "가중치 $c_i$ 로\n\n$$\\sum_{i=1}^{n} c_i (y_i - x_i^\\top w)^2 = "
    "2(y - Xw)^\\top C\\,(y - Xw)$$",
])
def test_numbers_beside_a_vector_still_decide(text):
    assert "fails" in [s.verdict for s in check_text(text).steps]


def test_the_doubt_names_the_factor():
    steps = check_text(_NET["en"] + "$$\\frac{\\partial \\hat y}{\\partial b} = (0, 1)$$").steps
    assert any("read as a number multiplying a vector" in s.method for s in steps), \
        [s.method for s in steps]


# the power of a square matrix: a matrix product (P² = PP) when that reading holds; a step
# that fails so read may mean the power entry by entry (g² of a gradient), so it is undecided
_P = "$$P = \\begin{bmatrix}0.9 & 0.1\\\\ 0.5 & 0.5\\end{bmatrix}$$\n\n"
_A = "$$A = \\begin{bmatrix}0 & 1\\\\ 1 & 0\\end{bmatrix}$$\n\n"
_G = "$$G = \\begin{bmatrix}1 & 2\\\\ 3 & 4\\end{bmatrix}$$\n\n"
_S = "$$S = \\begin{bmatrix}2 & 1\\\\ 1 & 2\\end{bmatrix}$$\n\n"
POWERS = [
    ("en, a transition matrix", "Two steps of the chain:\n\n" + _P +
     "$$P^2 = \\begin{bmatrix}0.86 & 0.14\\\\ 0.70 & 0.30\\end{bmatrix}$$", "holds"),
    ("ko, a graph's adjacency", "인접 행렬:\n\n" + _A +
     "$$A^2 = \\begin{bmatrix}1 & 0\\\\ 0 & 1\\end{bmatrix}$$", "holds"),
    ("zh, a cube", "转移矩阵：\n\n" + _A + "$$A^3 = A$$", "holds"),
    # entry by entry (an optimizer's squared gradient): not the matrix product, never a failure
    ("en, a squared gradient entry by entry", "Squared gradient:\n\n" + _G +
     "$$G^2 = \\begin{bmatrix}1 & 4\\\\ 9 & 16\\end{bmatrix}$$", "undecided"),
    ("en, a slip in the product", "Two steps of the chain:\n\n" + _P +
     "$$P^2 = \\begin{bmatrix}0.81 & 0.01\\\\ 0.25 & 0.25\\end{bmatrix}$$", "undecided"),
    # a power to a free exponent of a matrix the text gives numbers: its closed form
    ("ko, the k-th power in closed form", "행렬\n\n" + _S + "$$S^k = \\frac12\\begin{bmatrix}"
     "3^k + 1 & 3^k - 1\\\\ 3^k - 1 & 3^k + 1\\end{bmatrix}$$", "holds"),
    ("zh, a slip in the closed form", "矩阵\n\n" + _S + "$$S^k = \\frac12\\begin{bmatrix}"
     "3^k + 1 & 3^k + 1\\\\ 3^k - 1 & 3^k + 1\\end{bmatrix}$$", "undecided"),
]


@pytest.mark.parametrize("what, text, verdict", POWERS, ids=[r[0] for r in POWERS])
def test_the_power_of_a_square_matrix(what, text, verdict):
    steps = [s for s in check_text(text).steps if "^" in s.lhs]
    assert [s.verdict for s in steps] == [verdict], [(s.lhs, s.rhs, s.method) for s in steps]
    if verdict == "undecided":
        assert "matrix product" in steps[0].method


@pytest.mark.parametrize("text, verdicts", [
    # (with no value for the name, the doubt stays: test_the_doubt_names_the_factor)
    ("Let $g = y x$. Numbers: $y = -1$, $x = (1, 2)$. Then $g = (-1, -2)$.", ["holds"]),
    ("$g = y\\,x$ 로 두자. 예: $y = -1$, $x = (1, 2)$. 그러면 $g = (-1, -2)$.", ["holds"]),
    ("设 $h = a x + x$。取 $a = 2$，$x = (1, 1)$，则 $h = (3, 3)$。", ["holds"]),
])
def test_a_name_given_a_number_beside_a_vector(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


@pytest.mark.parametrize("text", [
    # `x_0 = 0` is as often the zero vector: a zero start never becomes a number of its own
    # (en, ko, zh; the correct residual is never reported wrong)
    "Solve $Ax = b$ with $A = \\begin{bmatrix} 3 & 1 \\\\ 1 & 2 \\end{bmatrix}$, "
    "$b = \\begin{bmatrix} 5 \\\\ 5 \\end{bmatrix}$, starting from $x_0 = 0$.\n\n"
    "$$r_0 = b - Ax_0 = \\begin{bmatrix} 5 \\\\ 5 \\end{bmatrix}$$",
    "$A = \\begin{bmatrix} 2 & 0 \\\\ 0 & 2 \\end{bmatrix}$, 시작점 $x_0 = 0$ 에서\n\n"
    "$$x_1 = x_0 + \\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix} = \\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix}$$",
    "设 $A = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$，初始 $v_0 = 0$。\n\n"
    "$$A v_0 + \\begin{bmatrix} 1 \\\\ 1 \\end{bmatrix} = \\begin{bmatrix} 1 \\\\ 1 \\end{bmatrix}$$",
])
def test_a_name_given_zero_beside_a_vector_is_never_refuted(text):
    assert "fails" not in [s.verdict for s in check_text(text).steps]


@pytest.mark.parametrize("text, verdicts", [
    # ‖x‖_∞: the largest |x_i|, the limit of the p-norms (never (Σ|x_i|^∞)^0 = 1)
    ("Take $x = (3, 4)$: $\\|x\\|_\\infty = 4$ and $\\|x\\|_1 = 7$.", ["holds", "holds"]),
    ("$a = (6, -8)$ 이면 $\\|a\\|_\\infty = 8$.", ["holds"]),
    ("设 $x = (3, 4)$，$\\|x\\|_\\infty = 3$。", ["fails"]),
])
def test_the_max_norm(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


@pytest.mark.parametrize("text, verdict", [
    # bars around a vector written as geometry (an arrow, a tuple written out): its length
    ("For $\\vec p = (3, 4)$: $|\\vec p|^2 = 9 + 16 = 25$.", ["holds", "holds"]),
    ("For $\\vec p = (3, 4)$, $\\vec q = (0, 1)$: $|\\vec p - \\vec q| = \\sqrt{18}$.",
     ["holds"]),
    ("The length $|(6, 8)| = 10$.", ["holds"]),
    # wrong twins: a length off fails
    ("For $\\vec p = (3, 4)$: $|\\vec p|^2 = 9 + 16 = 24$.", ["holds", "fails"]),
    ("The length $|(6, 8)| = 14$.", ["fails"]),
    # bars around a plain name bound to a vector stay entry by entry (absmax: the largest |w_i|)
    ("With $w = (-0.5, 0.3)$, $\\max(|w|) = 0.5$.", ["holds"]),
    ("With $w = (-0.5, 0.3)$, $\\max(|w|) = \\sqrt{0.34}$.", ["fails"]),  # not its length
])
def test_bars_around_a_geometric_vector_are_its_length(text, verdict):
    assert [s.verdict for s in check_text(text).steps] == verdict
