"""Chains through stated upstream gradients (meaning.py, mean.means): batch norm's
backward pass written with ∂L/∂x̂_i given, the mean's count m read as the number of terms
its open-range sum runs over, and a derivative by a vector whose length the text never
gives."""

import pytest
import sympy as sp

from checker.derive import step
from checker.derive.document import check_text
from checker.derive.tree import Sym

D = "\\frac{\\partial %s}{\\partial %s}"
X, MU, GA, BE = "\\hat{x}", "\\mu", "\\gamma", "\\beta"
SUM_X = f"\\sum_j {D % ('L', X + '_j')}"
SUM_XX = f"\\sum_j {D % ('L', X + '_j')}{X}_j"
BN = ("前向（一个特征，批大小 $m$）：\n\n$$\\mu = \\frac{1}{m}\\sum_{i} x_i,\\quad \\sigma^2 = "
      "\\frac{1}{m}\\sum_i (x_i - \\mu)^2,\\quad \\hat{x}_i = \\frac{x_i - \\mu}{\\sqrt{\\sigma^2 + "
      "\\epsilon}},\\quad y_i = \\gamma\\hat{x}_i + \\beta$$\n\n上游梯度 $\\frac{\\partial L}{\\partial "
      "y_i}$ 已知。记 $s = \\sqrt{\\sigma^2 + \\epsilon}$。\n\n$$%s$$\n")


@pytest.mark.parametrize("claim, verdict", [
    (f"{D % ('L', X + '_i')} = \\gamma {D % ('L', 'y_i')}", "holds"),
    (f"{D % ('L', X + '_i')} = {D % ('L', 'y_i')}", "fails"),  # the γ dropped
    # through μ directly; the path through σ² is 0 because μ is the mean of the m terms
    (f"{D % ('L', MU)} = -\\frac{{1}}{{s}}\\sum_i {D % ('L', X + '_i')}", "holds"),
    (f"{D % ('L', MU)} = \\frac{{1}}{{s}}\\sum_i {D % ('L', X + '_i')}", "fails"),  # sign
    (f"{D % ('L', MU)} = -\\sum_i {D % ('L', X + '_i')}", "fails"),  # the 1/s dropped
    ("\\sum_i (x_i - \\mu) = 0", "holds"),
    # the compact form through x̂, σ² and μ
    (f"{D % ('L', 'x_i')} = \\frac{{1}}{{m s}}\\left(m{D % ('L', X + '_i')} - {SUM_X} - "
     f"{X}_i{SUM_XX}\\right)", "holds"),
    (f"{D % ('L', 'x_i')} = \\frac{{1}}{{s}}\\left(m{D % ('L', X + '_i')} - {SUM_X} - "
     f"{X}_i{SUM_XX}\\right)", "fails"),  # the 1/m dropped
    (f"{D % ('L', 'x_i')} = \\frac{{1}}{{m s}}\\left(m{D % ('L', X + '_i')} - {SUM_X} + "
     f"{X}_i{SUM_XX}\\right)", "fails"),  # a sign
    (f"{D % ('L', 'x_i')} = \\frac{{1}}{{m s}}\\left(m{D % ('L', X + '_i')} - {SUM_X} - "
     f"{X}_i\\sum_j {D % ('L', X + '_j')}{X}_i\\right)", "fails"),  # the index j became i
    (f"{D % ('L', GA)} = \\sum_i {D % ('L', 'y_i')}{X}_i", "holds"),
    (f"{D % ('L', BE)} = \\sum_i {D % ('L', 'y_i')}{X}_i", "fails"),
])
def test_batch_norm_backward_through_a_stated_upstream_gradient(claim, verdict, monkeypatch):
    # the compact form's slips take about the step's whole CPU limit (2.5 s) on a 2-core CI
    # machine: what is tested is the reading, so the limit is raised, not the verdict loosened
    monkeypatch.setattr(step, "STEP_SECONDS", 10.0)
    assert check_text(BN % claim).steps[-1].verdict == verdict


MEAN = "With $\\mu = \\frac{\\sum_i x_i}{m}$ over the batch:\n\n$$%s$$"
PENALTY = "$$J = L + \\frac{\\lambda}{2m}\\sum_j w_j^2$$\n\n$$%s$$"


@pytest.mark.parametrize("text, verdict", [
    # m is the count of the mean's terms: as many as the example gives
    ("With $\\mu = \\frac{1}{m}\\sum_i x_i$, $x = (1, 2, 3, 4)$:\n\n$$\\mu = 2.5$$", "holds"),
    ("With $\\mu = \\frac{1}{m}\\sum_i x_i$, $x = (1, 2, 3, 4)$:\n\n$$\\mu = 2$$", "fails"),
    (MEAN % "\\sum_i (x_i - \\mu)^2 = \\sum_i x_i^2 - m\\mu^2", "holds"),
    (MEAN % "\\sum_i (x_i - \\mu)^2 = \\sum_i x_i^2 - \\mu^2", "fails"),
    # a count beside a sum over something else (λ/(2m) Σ_j w_j²): identities in m still hold
    (PENALTY % f"{D % ('J', 'w_j')} = {D % ('L', 'w_j')} + \\frac{{\\lambda}}{{m}} w_j", "holds"),
    (PENALTY % f"{D % ('J', 'w_j')} = {D % ('L', 'w_j')} + \\lambda w_j", "fails"),
    # ... and m is never a number where no sum is reached: its value is the text's to give
    (PENALTY % "\\frac{\\lambda}{2m} = 0.005", "undecided"),
    # a count the text binds keeps its value
    ("Batch of $m = 4$, $\\mu = \\frac{1}{m}\\sum_i x_i$.\n\n$$\\frac{\\partial \\mu}{\\partial x_1} "
     "= \\frac{1}{4}$$", "holds"),
])
def test_the_count_of_a_mean_over_an_open_range(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict


LSE = ("Define $\\operatorname{LSE}(z) = \\log\\sum_{j=1}^{n} e^{z_j}$ and $p = "
       "\\operatorname{softmax}(z)$.\n\n$$%s$$")


@pytest.mark.parametrize("text, verdict", [
    # ∂/∂z of a function of z's entries beside p, a vector defined as a whole: never a number
    # compared with a number
    (LSE % "\\nabla \\operatorname{LSE} = p", "undecided"),
    ("Let $p = \\mathrm{softmax}(z)$.\n\n$$\\frac{\\partial}{\\partial z}\\log\\sum_k e^{z_k} = p$$",
     "undecided"),
    ("$$\\frac{\\partial}{\\partial z}\\log\\sum_k e^{z_k} = \\mathrm{softmax}(z)$$", "undecided"),
    # written entry by entry, it is decided
    ("Let $p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$.\n\n$$\\frac{\\partial}{\\partial z_i}\\log\\sum_k "
     "e^{z_k} = p_i$$", "holds"),
    ("Let $p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$.\n\n$$\\frac{\\partial}{\\partial z_i}\\log\\sum_k "
     "e^{z_k} = 1 - p_i$$", "fails"),
    ("Let $p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$.\n\n$$\\frac{\\partial}{\\partial z_j}\\log\\sum_k "
     "e^{z_k} = p_i$$", "fails"),  # the index changed
])
def test_a_derivative_by_a_vector_of_no_stated_length(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict


GIVEN = ("The loss is $\\mathcal{L}(\\mathbf{w})$. Let $\\mathbf{w} = (0.5, -2, 0)$, $\\lambda = "
         "0.1$, and suppose the data gradient is $\\nabla\\mathcal{L} = (0.2, 0.4, -0.1)$.\n\n$$%s$$")
GIVEN_KO = ("$w = (1, 2)$, $\\lambda = 0.5$ 이고 상류 기울기 $\\frac{\\partial L}{\\partial w} = "
            "(0.2, 0.1)$ 가 주어졌다.\n\n$$%s$$")


@pytest.mark.parametrize("text, verdict", [
    # a gradient stated for an undefined loss, by a whole vector: later steps use its value
    (GIVEN % "\\nabla\\mathcal{L} + \\lambda\\mathbf{w} = (0.25, 0.2, -0.1)", "holds"),
    (GIVEN % "\\nabla\\mathcal{L} + \\lambda\\mathbf{w} = (0.25, 0.6, -0.1)", "fails"),  # sign of λw_2
    (GIVEN % "\\nabla\\mathcal{L} - \\lambda\\mathbf{w} = (0.25, 0.2, -0.1)", "fails"),
    (GIVEN_KO % "\\frac{\\partial L}{\\partial w} + 2\\lambda w = (1.2, 2.1)", "holds"),
    (GIVEN_KO % "\\frac{\\partial L}{\\partial w} + 2\\lambda w = (1.2, 1.1)", "fails"),
])
def test_a_stated_gradient_by_a_whole_vector_is_used_after_it(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict


def test_a_stated_gradient_is_a_value_given_on_its_own_line():
    """(roles.py: a number for the derivative of a name never defined is the example's given
    value, no step; an expression for it is taken as given, undecided)"""
    assert not check_text((GIVEN % "").replace("\n\n$$$$", "")).steps
    steps = check_text("The loss is $\\mathcal{L}(\\mathbf{w})$. Suppose $\\nabla\\mathcal{L} = "
                       "2\\mathbf{w}$.").steps
    assert steps[-1].verdict == "undecided" and "taken as given" in steps[-1].method


NAMED = ("Forward: $y_i = w x_i + b$ for $i = 1, 2, 3$. Upstream gradient $\\delta_i = "
         "\\frac{\\partial L}{\\partial y_i}$ is given.\n\n%s\n\n$$%s$$")
NUMBERS = "Numbers: $x = (1, 2, 3)$, $w = 2$, $b = 0$, $\\delta = (1, 0, 2)$."
NAMED_KO = ("순전파: $y_i = w x_i + b$ ($i = 1, 2, 3$). 상류 기울기 $δ_i = ∂L/∂y_i$ 는 "
            "주어진다.\n\n예: $x = (1, 2, 3)$, $w = 2$, $b = 0$, $δ = (1, 0, 2)$.\n\n$$%s$$")


@pytest.mark.parametrize("text, verdict", [
    # the chain rule through the named upstream gradient, in general ...
    (NAMED % ("", f"{D % ('L', 'w')} = \\sum_i \\delta_i x_i"), "holds"),
    (NAMED % ("", f"{D % ('L', 'w')} = \\sum_i \\delta_i"), "fails"),  # the x_i dropped
    (NAMED % ("", f"{D % ('L', 'x_2')} = \\delta_2 w"), "holds"),
    # ... and at the example's numbers, where δ's values stand for L's slopes
    (NAMED % (NUMBERS, f"{D % ('L', 'w')} = 1 \\cdot 1 + 0 \\cdot 2 + 2 \\cdot 3"), "holds"),
    (NAMED % (NUMBERS, f"{D % ('L', 'w')} = 1 \\cdot 1 + 0 \\cdot 2 + 2 \\cdot 2"), "fails"),
    (NAMED % (NUMBERS, f"{D % ('L', 'b')} = 1 + 0 + 2"), "holds"),
    (NAMED_KO % "∂L/∂w = 1 \\cdot 1 + 0 \\cdot 2 + 2 \\cdot 3", "holds"),
    (NAMED_KO % "∂L/∂w = 1 \\cdot 2 + 0 \\cdot 2 + 2 \\cdot 1", "fails"),  # x's order reversed
    (NAMED_KO % "∂L/∂x_3 = 2 \\cdot 2", "holds"),
    (NAMED_KO % "∂L/∂x_3 = 1 \\cdot 2", "fails"),  # δ_1 for δ_3: the index
    # without the example's values, a slope named for another index stays undecided (L
    # unknown: whether ∂L/∂y_1 = ∂L/∂y_2 depends on it)
    (NAMED % ("", f"{D % ('L', 'x_2')} = \\delta_1 w"), "undecided"),
    # an example longer than the range written (4 values): L is read over the example's four
    # (span.members), never a sum cut short
    (NAMED % ("Numbers: $x = (1, 2, 3, 4)$, $w = 2$, $b = 0$, $\\delta = (1, 0, 2, 1)$.",
              f"{D % ('L', 'b')} = 1 + 0 + 2 + 1"), "holds"),
    (NAMED % ("Numbers: $x = (1, 2, 3, 4)$, $w = 2$, $b = 0$, $\\delta = (1, 0, 2, 1)$.",
              f"{D % ('L', 'b')} = 1 + 0 + 2"), "fails"),
])
def test_a_named_upstream_gradient_and_its_values(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict


# -- a loss never written down, through the intermediates it names (upstream.py, span.py) --
# Each row: a document and the verdict each line must get. Correct backward steps hold (also
# at boundary entries, x_0 and the last x), wrong twins (a tap or an index swapped) fail, and a
# step with a term that goes through no derivative of L (a penalty the text may have left out)
# stays undecided.
BACKWARD = [
    ("1-D convolution, upstream named entry by entry, taps from 0",
     "# Conv backward\n\n"
     "The layer computes $y_i = \\sum_{j=0}^{2} k_j x_{i+j}$ for $i = 0, 1, 2$, and we write "
     "$g_i = \\partial L/\\partial y_i$.\n\n"
     "$$\\frac{\\partial L}{\\partial x_0} = g_0 k_0$$\n\n"
     "$$\\frac{\\partial L}{\\partial x_1} = g_0 k_1 + g_1 k_0$$\n\n"
     "$$\\frac{\\partial L}{\\partial x_4} = g_2 k_2$$\n\n"
     "$$\\frac{\\partial L}{\\partial x_1} = g_0 k_0 + g_1 k_1$$\n\n"
     "$$\\frac{\\partial L}{\\partial k_j} = \\sum_{i=0}^{2} g_i x_{i+j}$$\n",
     {5: "holds", 7: "holds", 9: "holds", 11: "fails", 13: "holds"}),
    ("Korean notes: a worked 1-D convolution with the upstream's numbers",
     "# 합성곱 역전파\n\n"
     "출력은 $y_i = \\sum_{j=0}^{1} w_j x_{i+j}$ 이고, 위에서 내려온 기울기를 "
     "$g_i = \\partial L/\\partial y_i$ 라고 하자.\n\n"
     "예제: $x = (1, 2, -1, 3)$, $w = (2, -1)$, $g = (1, 0, -1)$ 로 둔다.\n\n"
     "$$\\frac{\\partial L}{\\partial x_1} = g_0 w_1 + g_1 w_0$$\n\n"
     "$$\\frac{\\partial L}{\\partial x_1} = g_0 w_0 + g_1 w_1$$\n\n"
     "$$\\frac{\\partial L}{\\partial x_1} = g_0 w_1 + g_1 w_0 + 0.1 x_1$$\n",
     {7: "holds", 9: "fails", 11: "undecided"}),
    ("a kernel length K the text never gives: the example's kernel counts it",
     "# Conv layer\n\n"
     "For a kernel $w$ of length $K$: $y_i = \\sum_{j=0}^{K-1} w_j x_{i+j}$, and "
     "$\\delta_i = \\partial L/\\partial y_i$.\n\n"
     "Example: $x = (3, 1, 2)$, $w = (1, -2)$, $\\delta = (0.5, -1)$.\n\n"
     "$$\\frac{\\partial L}{\\partial x_1} = \\delta_0 w_1 + \\delta_1 w_0 = -2$$\n\n"
     "$$\\frac{\\partial L}{\\partial x_2} = \\delta_1 w_1$$\n\n"
     "$$\\frac{\\partial L}{\\partial x_1} = \\delta_0 w_0 + \\delta_1 w_1$$\n",
     {7: "holds", 9: "holds", 11: "fails"}),
    ("no member of the outputs written: where they start is a guess, so no step fails",
     "# Conv backward, the upstream as numbers\n\n"
     "The layer computes $y_i = \\sum_{j=0}^{1} w_j x_{i+j}$ for $i = 0, 1, 2$.\n\n"
     "Take $w = (2, -1)$ and suppose $\\frac{\\partial L}{\\partial y} = (1, 0, -1)$.\n\n"
     "$$\\frac{\\partial L}{\\partial x_1} = 1 \\cdot (-1) + 0 \\cdot 2$$\n",
     {7: "undecided"}),
    ("Chinese notes: the whole upstream gradient g = ∂L/∂y, its entries g_0, g_1",
     "# 卷积反向传播\n\n"
     "设 $y_i = \\sum_{j=0}^{2} k_j x_{i+j}$，$i = 0, 1, 2$。\n\n"
     "记 $g = \\partial L/\\partial y$。\n\n"
     "$$\\frac{\\partial L}{\\partial x_1} = g_0 k_1 + g_1 k_0$$\n\n"
     "$$\\frac{\\partial L}{\\partial x_1} = g_0 k_0 + g_1 k_1$$\n",
     {7: "holds", 9: "fails"}),
    ("Chinese notes: a dense layer, δ_j = ∂L/∂z_j, entries written w_{21}",
     "# 全连接层反向传播\n\n"
     "设 $z_j = \\sum_{i=1}^{3} w_{ij} x_i$，记 $\\delta_j = \\partial L/\\partial z_j$。\n\n"
     "$$\\frac{\\partial L}{\\partial w_{ij}} = \\delta_j x_i$$\n\n"
     "$$\\frac{\\partial L}{\\partial x_i} = \\sum_{j=1}^{3} w_{ij} \\delta_j$$\n\n"
     "$$\\frac{\\partial L}{\\partial x_2} = w_{21}\\delta_1 + w_{22}\\delta_2 + "
     "w_{23}\\delta_3$$\n\n"
     "$$\\frac{\\partial L}{\\partial x_2} = w_{12}\\delta_1 + w_{22}\\delta_2 + "
     "w_{32}\\delta_3$$\n",
     {5: "holds", 7: "holds", 9: "holds", 11: "fails"}),
    ("Korean notes: 2×2 average pooling backward",
     "# 평균 풀링 역전파\n\n"
     "$y = \\frac{1}{4}(x_1 + x_2 + x_3 + x_4)$, 위에서 온 기울기 "
     "$g = \\partial L/\\partial y$.\n\n"
     "$$\\frac{\\partial L}{\\partial x_1} = \\frac{g}{4}$$\n\n"
     "$$\\frac{\\partial L}{\\partial x_3} = \\frac{1}{4}\\frac{\\partial L}{\\partial y}$$\n\n"
     "$$\\frac{\\partial L}{\\partial x_2} = 4g$$\n",
     {5: "holds", 7: "holds", 9: "fails"}),
    ("a recurrent family: ∂L/∂h_t may be the total slope carried back (BPTT)",
     "# RNN\n\n"
     "The cell is $h_t = \\tanh(w h_{t-1} + u x_t)$ with $h_0 = 0$.\n\n"
     "$$\\frac{\\partial L}{\\partial w} = \\sum_{t=1}^{3} \\frac{\\partial L}{\\partial h_t}"
     "(1 - h_t^2) h_{t-1}$$\n",
     {5: "undecided"}),
    ("a scalar chain with a term that may be a penalty the text never wrote",
     "# Regularised\n\n"
     "Let $\\hat{y} = w x + b$ and $\\delta = \\partial L/\\partial \\hat{y}$.\n\n"
     "$$\\frac{\\partial L}{\\partial w} = \\delta x + \\lambda w$$\n\n"
     "$$\\frac{\\partial L}{\\partial w} = \\delta w$$\n\n"
     "$$\\frac{\\partial L}{\\partial b} = \\delta$$\n",
     {5: "undecided", 7: "fails", 9: "holds"}),
]


@pytest.mark.parametrize("doc, expected", [r[1:] for r in BACKWARD],
                         ids=[r[0] for r in BACKWARD])
def test_backward_steps_through_the_named_upstream(doc, expected):
    got = {}
    for s in check_text(doc).steps:
        got.setdefault(s.line, s.verdict)
    assert {line: got.get(line) for line in expected} == expected, \
        [(s.line, s.lhs, s.rhs, s.verdict, s.method) for s in check_text(doc).steps]


def test_a_penalty_term_is_named_in_the_reason():
    doc = BACKWARD[-1][1]
    step = next(s for s in check_text(doc).steps if s.line == 5)
    assert "λ·w" in step.method and "directly" in step.method, step.method


@pytest.mark.parametrize("right, stray", [
    ("\\delta x + \\lambda w", "λ·w"),  # a penalty beside the chain
    ("g_0 k_1 + g_1 k_0", None),  # every term through the upstream names
    ("\\frac{\\partial L}{\\partial \\hat{y}} x - 0.02", "0.02"),  # a number beside the chain
    ("1 \\cdot 2 + (-1) \\cdot 3", None),  # all numbers: a value worked from the given ones
    ("\\mathrm{diag}(s) - s s^T", None),  # no chain-rule term at all: not this rule's
])
def test_the_term_that_goes_through_no_upstream_slope(right, stray):
    from checker.derive import upstream
    from checker.derive.context import Context
    from checker.derive.definition import define
    from checker.derive.render import render
    from checker.derive.statement import parse_statements

    ctx = Context()
    for name, body in (("delta", "\\frac{\\partial L}{\\partial \\hat{y}}"),
                       ("g_i", "\\frac{\\partial L}{\\partial y_i}")):
        segment = parse_statements(f"{name} = {body}")[0]
        define(ctx, segment.relation.members[0], segment.relation.members[1], 1)
    node = parse_statements(f"z = {right}")[0].relation.members[1]
    found = upstream.stray_term(ctx, node, Sym("L"), 5)
    assert (render(found) if found is not None else None) == stray


@pytest.mark.parametrize("value, vanishes", [
    (0, True), (sp.zeros(2, 2), True), (sp.Matrix([[0, 1]]), False), (sp.Symbol("g_0"), False),
])
def test_a_slope_of_zero_is_no_path(value, vanishes):
    from checker.derive import upstream

    assert upstream.vanishes(value) is vanishes


# one LSTM cell by hand (application.one_number_for_members): ∂L/∂h_t = 1 is the worked
# example's upstream slope at step t; read at h_{t-1} as well, the slope by c_{t-1} doubles
_CELL = {
    "en": "Forward values: $f = 0.8$, $i = 0.6$, $g = 0.5$, $o = 0.9$, $c_{t-1} = 1$.\n\n"
          "$$c_t = f c_{t-1} + i g, \\qquad h_t = o \\tanh(c_t)$$\n\n"
          "Upstream: $\\partial L/\\partial h_t = 1$.\n\n",
    "ko": "순전파 값: $f = 0.8$, $i = 0.6$, $g = 0.5$, $o = 0.9$, $c_{t-1} = 1$\n\n"
          "$$c_t = f c_{t-1} + i g, \\qquad h_t = o \\tanh(c_t)$$\n\n"
          "위에서 오는 기울기는 $\\partial L/\\partial h_t = 1$ 로 둔다.\n\n",
    "zh": "前向值：$f = 0.8$，$i = 0.6$，$g = 0.5$，$o = 0.9$，$c_{t-1} = 1$。\n\n"
          "$$c_t = f c_{t-1} + i g, \\qquad h_t = o \\tanh(c_t)$$\n\n"
          "上游梯度 $\\partial L/\\partial h_t = 1$。\n\n",
}


@pytest.mark.parametrize("lang", ["en", "ko", "zh"])
@pytest.mark.parametrize("claim", [
    "$$dc := 0.3233$$\n\n$$\\frac{\\partial L}{\\partial c_{t-1}} = dc \\cdot f$$",
    "$$\\frac{\\partial L}{\\partial c_{t-1}} \\approx 0.2586$$",
])
def test_a_number_given_at_one_step_is_not_read_at_every_step(lang, claim):
    steps = check_text(_CELL[lang] + claim).steps
    assert "fails" not in [s.verdict for s in steps], [(s.lhs, s.rhs, s.method) for s in steps]
    assert any("every index of the family" in s.method for s in steps), \
        [(s.lhs, s.rhs, s.method) for s in steps]


@pytest.mark.parametrize("lang", ["en", "ko", "zh"])
def test_a_slope_through_the_cell_alone_is_still_checked(lang):
    # ∂h_t/∂c_t does not use the upstream number at all: a wrong one still fails
    steps = check_text(_CELL[lang] + "$$\\frac{\\partial h_t}{\\partial c_t} = o \\tanh(c_t)$$"
                       ).steps
    assert [s.verdict for s in steps][-1:] == ["fails"], [(s.lhs, s.rhs, s.method) for s in steps]


# A family defined member by member (y_i = x_i k_1 + x_{i+1} k_2) whose forward pass the
# example then works out whole (`y = (-1, -1, -1)`): written whole beside the stated upstream
# gradient ∂L/∂y, y is still the vector of its members, so ∂L/∂y_i is the stated entry, not 0
# (L read as a function of other symbols); a wrong number in the sum still fails
_CONV = ("입력 $x = (1, 2, 3, 4)$, 커널 $k = (1, -1)$, 출력 $y_i = x_i k_1 + x_{i+1} k_2$.\n\n"
         "$y = (1 - 2, 2 - 3, 3 - 4) = (-1, -1, -1)$\n\n"
         "상류 기울기 $\\frac{\\partial L}{\\partial y} = (1, 0, 2)$ 이면\n\n")


@pytest.mark.parametrize("claim, verdicts", [
    ("$\\frac{\\partial L}{\\partial k_1} = \\sum_i \\frac{\\partial L}{\\partial y_i} x_i = "
     "1 \\cdot 1 + 0 \\cdot 2 + 2 \\cdot 3 = 7$", ["holds", "holds", "holds"]),
    ("$\\frac{\\partial L}{\\partial k_2} = \\sum_i \\frac{\\partial L}{\\partial y_i} x_{i+1} = "
     "1 \\cdot 2 + 0 \\cdot 3 + 2 \\cdot 4 = 10$", ["holds", "holds", "holds"]),
    ("$\\frac{\\partial L}{\\partial k_1} = \\sum_i \\frac{\\partial L}{\\partial y_i} x_i = "
     "1 \\cdot 1 + 0 \\cdot 2 + 2 \\cdot 4 = 9$", ["holds", "fails", "holds"]),
])
def test_a_family_worked_out_whole_is_still_its_members_beside_its_gradient(claim, verdicts):
    steps = check_text(_CONV + claim).steps[1:]
    assert [s.verdict for s in steps] == verdicts, [(s.lhs, s.rhs, s.method) for s in steps]


# z = Wx with W and x given numbers by the worked example and ∂L/∂z stated there for an L the
# text never defines: ∂L/∂W is the chain rule taken first, entry by entry, and the stated
# slopes put in after (never L read through numbers that no longer depend on W)
AFFINE_EN = ("Forward: $z = Wx$.\n\nExample: $W = \\begin{bmatrix}1 & 2\\\\ 0 & 1\\end{bmatrix}$, "
             "$x = \\begin{bmatrix}1\\\\ 2\\end{bmatrix}$, so $z = \\begin{bmatrix}5\\\\ 2"
             "\\end{bmatrix}$.\n\nSuppose the upstream gradient is $\\frac{\\partial L}{\\partial z}"
             " = \\begin{bmatrix}1\\\\ -1\\end{bmatrix}$.\n\n$$%s$$\n")
AFFINE_KO = ("순전파: $z = Wx$.\n\n$W = \\begin{bmatrix}2 & 0\\\\ 1 & 1\\end{bmatrix}$, "
             "$x = \\begin{bmatrix}3\\\\ 1\\end{bmatrix}$ 이고 위에서 내려온 기울기가 "
             "$\\frac{\\partial L}{\\partial z} = \\begin{bmatrix}2\\\\ 1\\end{bmatrix}$ 일 때\n\n$$%s$$\n")
DLDZ = "\\frac{\\partial L}{\\partial z}"


@pytest.mark.parametrize("doc, claim, verdicts", [
    (AFFINE_EN, f"\\frac{{\\partial L}}{{\\partial W}} = {DLDZ} x^\\top = "
     "\\begin{bmatrix}1 & 2\\\\ -1 & -2\\end{bmatrix}", ["holds", "holds", "holds"]),
    (AFFINE_EN, f"\\frac{{\\partial L}}{{\\partial W}} = x \\left({DLDZ}\\right)^\\top = "
     "\\begin{bmatrix}1 & -1\\\\ 2 & -2\\end{bmatrix}", ["holds", "fails", "holds"]),
    (AFFINE_EN, f"\\frac{{\\partial L}}{{\\partial x}} = W^\\top {DLDZ} = "
     "\\begin{bmatrix}1\\\\ 1\\end{bmatrix}", ["holds", "holds", "holds"]),
    (AFFINE_EN, f"\\frac{{\\partial L}}{{\\partial x}} = W {DLDZ} = "
     "\\begin{bmatrix}-1\\\\ -1\\end{bmatrix}", ["holds", "fails", "holds"]),
    (AFFINE_KO, f"\\frac{{\\partial L}}{{\\partial W}} = {DLDZ} x^\\top = "
     "\\begin{bmatrix}6 & 2\\\\ 3 & 1\\end{bmatrix}", ["holds", "holds"]),
    (AFFINE_KO, f"\\frac{{\\partial L}}{{\\partial W}} = {DLDZ} x^\\top = "
     "\\begin{bmatrix}6 & 3\\\\ 2 & 1\\end{bmatrix}", ["holds", "fails"]),  # transposed
    (AFFINE_KO, f"\\frac{{\\partial L}}{{\\partial x}} = W^\\top {DLDZ} = "
     "\\begin{bmatrix}5\\\\ 1\\end{bmatrix}", ["holds", "holds"]),
    (AFFINE_KO, f"\\frac{{\\partial L}}{{\\partial x}} = 2 W^\\top {DLDZ}", ["fails"]),
])
def test_a_gradient_by_a_matrix_the_example_gives_numbers(doc, claim, verdicts):
    assert [s.verdict for s in check_text(doc % claim).steps] == verdicts
