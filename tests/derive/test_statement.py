"""Statements of one formula (statement.py): a name set to a number beside a function's
definition is the definition's parameter, bound for the steps after it, when it is not one of
the function's arguments; set to an argument, it is the point a claim is made at. `\\propto` is
refused by name, the equalities around it are read."""

from __future__ import annotations

import pytest

from checker.derive.document import check_text
from checker.derive.statement import parse_statements

LEAKY = "$$f(x) = \\begin{cases} x & x > 0 \\\\ a x & x \\le 0 \\end{cases}, \\qquad a = 0.01$$\n"
DECAY = "$$g(t) = e^{-\\lambda t},\\ \\lambda = 0.5$$\n\n"
HUBER = "$$h(r) = \\frac{r^2}{2\\delta}, \\quad \\delta = 2$$\n\n"


def verdicts(text: str) -> list[str]:
    return [s.verdict for s in check_text(text).steps]


@pytest.mark.parametrize("text, expected", [
    (LEAKY + "For example $f(-3) = -0.03$.", ["holds"]),
    (LEAKY + "For example $f(-3) = -0.3$.", ["fails"]),  # a slip in the scale
    (LEAKY + "예) $f(-3) = -0.03$, $f(2) = 2$.", ["holds", "holds"]),
    (DECAY + "在 $t = 2$ 时 $g(2) = e^{-1} \\approx 0.368$。", ["holds", "holds"]),
    (DECAY + "在 $t = 2$ 时 $g(2) = e^{-2}$。", ["fails"]),
    (HUBER + "At $r = 1$: $h(1) = 0.25$.", ["holds"]),
    (HUBER + "At $r = 1$: $h(1) = 0.5$.", ["fails"]),
])
def test_parameter_beside_a_definition_is_bound(text, expected):
    assert verdicts(text) == expected


@pytest.mark.parametrize("formula, condition", [
    ("f(x) = \\max(ax, x), \\qquad a = 0.01", False),  # a parameter of f
    ("g(w) = (w x - y)^2, \\quad x = 3", False),        # data of g's body
    ("\\sigma'(x) = 1/4 \\quad x = 0", True),            # the argument: the claim's point
    ("f'(x) = 2ax, \\quad a = 1", True),                 # a derivative's claim, not a definition
    ("f(x, y) = x y + c, \\quad y = 2", True),           # an argument of f
])
def test_number_beside_a_function(formula, condition):
    assert parse_statements(formula)[-1].condition is condition


# -- \propto --------------------------------------------------------------------------------
def _verdicts(text: str) -> list[tuple[str, str, str]]:
    return [(s.verdict, s.lhs, s.rhs) for s in check_text(text).steps]


PIECES = [
    (r"p(\theta) \propto \theta^2 \cdot \theta^3 = \theta^5", [None, 1]),
    (r"f(x) = 3x^2 \propto x^2", [None, 1]),
    (r"a = 2b \propto b \propto c = d", [None, 1, 1]),
    (r"p \propto q", [None]),
    (r"x \propto y", [None]),
]


@pytest.mark.parametrize("formula, links", PIECES)
def test_pieces(formula, links):
    """The refusal first, then each piece of two members or more, with its own links."""
    segments = parse_statements(formula)
    assert segments[0].error is not None and "\\propto" in str(segments[0].error)
    assert [None] + [len(s.relation.ops) for s in segments[1:]] == links
    assert all("∝" not in s.relation.ops for s in segments)


DOCUMENTS = [
    # en: a posterior up to its normaliser, the product of powers right
    ("# Posterior\n\n$$p(\\theta \\mid k) \\propto \\theta^{2}(1-\\theta)^{3}\\cdot \\theta^{4}"
     "(1-\\theta) = \\theta^{6}(1-\\theta)^{4}$$\n",
     [("unreadable", "", ""), ("holds", "θ^2·(1 - θ)^3·θ^4·(1 - θ)", "θ^6·(1 - θ)^4")]),
    # ko: the same, the exponents added wrongly: the equality fails, never the ∝
    ("# 사후분포\n\n$$p(\\theta) \\propto \\theta^{2}\\cdot\\theta^{3} = \\theta^{6}$$\n",
     [("unreadable", "", ""), ("fails", "θ^2·θ^3", "θ^6")]),
    # zh: an eigenvector up to scale, its entries rounded
    ("# 主成分\n\n$$v_1 \\propto (1,\\ \\tfrac{\\sqrt5 - 1}{2}) \\approx (1, 0.618)$$\n",
     [("unreadable", "", ""), ("holds", "(1, (sqrt(5) - 1)/2)", "(1, 0.618)")]),
    # a wrong constant is no failure: the ∝ link itself is never decided
    ("# Scale\n\n$$g(x) = 3x^2 \\propto 5x^2$$\n", [("unreadable", "", "")]),
]


@pytest.mark.parametrize("text, expected", DOCUMENTS)
def test_documents(text, expected):
    assert _verdicts(text) == expected


def test_refusal_says_what_to_write():
    step = check_text("# P\n\n$$p(x) = 2x^2 \\propto x^2$$\n").steps[0]
    assert step.verdict == "unreadable" and "\\propto" in step.method
    assert "write the constant" in step.method


# a relation in parentheses set apart after a statement (`\quad (\gamma = 0.9)`, or spaced off
# at its end: `\ (w \ne 0)`) is the condition the statement holds under, or the value it is
# made at; a relation written against a name (`P(X = 1)`) is no such aside
@pytest.mark.parametrize("formula, conditions", [
    (r"\frac{1}{1-\gamma} = 10 \quad (\gamma = 0.9)", [False, True]),
    (r"\frac{d}{dw}\lambda|w| = \lambda\operatorname{sign}(w)\ (w\ne0)", [False, True]),
    (r"\frac{d}{dx}|x| = 1 \;(x > 0)", [False, True]),
    (r"P(X = 1) = 0.3", [False]),
    (r"(a = 1)", [False]),  # alone: nothing it is the condition of
])
def test_a_relation_set_apart_in_parentheses_is_a_condition(formula, conditions):
    assert [s.condition for s in parse_statements(formula)] == conditions


@pytest.mark.parametrize("text, verdicts", [
    (r"$$\frac{1}{1-\gamma} = 10 \quad (\gamma = 0.9)$$", ["holds"]),
    (r"할인율에서 $$\frac{1}{1-\gamma} = 5 \quad (\gamma = 0.9)$$", ["fails"]),
    (r"$$\frac{d}{dw}\lambda|w| = \lambda\operatorname{sign}(w)\ (w\ne0)$$", ["holds"]),
    (r"当 $$\frac{d}{dx}|x| = -1 \quad (x > 0)$$", ["fails"]),
])
def test_a_claim_under_its_parenthesised_condition(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


@pytest.mark.parametrize("text, expected", [
    # a quantity named in words heads an aligned chain: `&=` does not make it a continuation of
    # the formula before (g = 4), and the words are the chain's first member, not a claim
    ("$g = 32/8 = 4$, $L = 32$.\n\n$$\\begin{aligned}\\text{bytes/token} &= 2 \\cdot L \\cdot 2"
     " \\\\ &= 2 \\cdot 32 \\cdot 2\\end{aligned}$$", [("holds", "32/8", "4"),
                                                     ("holds", "2·L·2", "2·32·2")]),
    ("$n = 3$, $d = 4$.\n\n$$\\begin{aligned}\\text{파라미터 수} &= n \\cdot d + d \\\\ "
     "&= 3 \\cdot 4 + 4 = 16\\end{aligned}$$", [("holds", "n·d + d", "3·4 + 4"),
                                               ("holds", "3·4 + 4", "16")]),
    ("$k = 2$.\n\n$$\\begin{aligned}\\text{参数量} &= k \\cdot 5 \\\\ &= 2 \\cdot 6\\end{aligned}$$",
     [("fails", "k·5", "2·6")]),
])
def test_a_worded_head_of_an_aligned_chain_names_its_first_member(text, expected):
    assert _verdicts(text) == expected


@pytest.mark.parametrize("text", [
    "Bins $B_1 = [0, \\tfrac13)$, $B_2 = [\\tfrac13, \\tfrac23)$ and $B_3 = [\\tfrac23, 1]$.",
    "구간 $I = (0, 1]$ 에서 $x \\in [0, 1)$ 이다.",
    "区间 $[a, b)$：$S = \\left[0, 0.5\\right)$。",
])
def test_a_half_open_interval_is_a_set_defined_not_a_step(text):
    assert check_text(text).steps == ()


# parentheses spaced off after a name (`u\,(\tau - \mathbb 1\{u < 0\})`) whose only relation
# sits inside an indicator's braces hold a factor, not a condition set apart: the product is
# the definition, and the cases written after it are checked against it
PINBALL = r"\rho_\tau(u) = u\,(\tau - \mathbb 1\{u < 0\})"
PIECES = r"\rho_\tau(u) = \begin{cases} \tau\,u, & u \ge 0 \\ (\tau - 1)\,u, & u < 0 \end{cases}"
SLIPPED = r"\rho_\tau(u) = \begin{cases} \tau\,u, & u \ge 0 \\ (1 - \tau)\,u, & u < 0 \end{cases}"


@pytest.mark.parametrize("lead", [
    "Define ${}$, the pinball loss. Equivalently,",
    "정의: ${}$. 구간별로 쓰면",
    "定义 ${}$，其中 $u = y - \\hat y$。等价的分段形式：",
])
def test_a_relation_inside_an_indicator_is_no_aside(lead):
    def doc(pieces: str) -> str:
        return lead.replace("{}", PINBALL) + "\n\n$$\n" + pieces + "\n$$\n"
    assert [s.condition for s in parse_statements(PINBALL)] == [False]
    assert verdicts(doc(PIECES)) == ["holds"]
    assert "fails" in verdicts(doc(SLIPPED))  # the wrong twin: a sign slip in a piece


# a brace around rows that each state a relation, no condition after `&`: a system of
# equations written together, its rows statements as in an aligned block (never unreadable as
# cases); a piecewise value (a condition after `&`) stays the cases it is
@pytest.mark.parametrize("formula, links", [
    ("\\begin{cases} 3 = a + 2b \\\\ 5 = 2a - b \\end{cases}", [("=",), ("=",)]),
    ("\\begin{cases} u + v &= 4 \\\\ u - v &= 2 \\end{cases}", [("=",), ("=",)]),
    ("f(x) = \\begin{cases} x & x > 0 \\\\ 0 & x \\le 0 \\end{cases}", [("=",)]),
])
def test_a_system_in_a_brace(formula, links):
    assert [s.relation.ops for s in parse_statements(formula) if s.error is None] == links


@pytest.mark.parametrize("text, verdict", [
    # a row that is arithmetic is checked like any statement
    ("$$\\begin{cases} 2 + 3 = 5 \\\\ u + v = 4 \\end{cases}$$", "holds"),
    ("$$\\begin{cases} 2 + 3 = 6 \\\\ u + v = 4 \\end{cases}$$", "fails"),
    ("연립하면 $$\\begin{cases} 4 \\cdot 2 = 8 \\\\ p - q = 1 \\end{cases}$$", "holds"),
    ("联立 $$\\begin{cases} 4 \\cdot 2 = 9 \\\\ p - q = 1 \\end{cases}$$", "fails"),
])
def test_a_row_of_a_system_is_read(text, verdict):
    steps = check_text(text).steps
    assert steps[0].verdict == verdict and "unreadable" not in [s.verdict for s in steps], steps


@pytest.mark.parametrize("text, verdicts", [
    # rows that are each one equation in letters: the system the text solves, no step
    ("Two loops give\n\n$$\\begin{cases} 5 = a + 2b \\\\ 1 = 3a - b \\end{cases}$$\n", []),
    ("연립방정식\n\n$$\\begin{cases} p + q = 3 \\\\ p - q &= 1 \\end{cases}$$\n", []),
    ("联立\n\n$$\\begin{cases} 2u + v = 7 \\\\ u - v = -1 \\end{cases}$$\n", []),
    # a row with a derivative is a claim, read and checked (its wrong twin fails)
    ("$$f = a^2 + b$$\n\n$$\\begin{cases} \\frac{\\partial f}{\\partial a} = 3a \\\\ "
     "\\frac{\\partial f}{\\partial b} = 1 \\end{cases}$$\n", ["fails", "holds"]),
])
def test_a_system_of_equations_in_letters(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts, check_text(text).steps
