"""A recurrence a chain derives for a family the text defined earlier by a formula (`Let e_k =
x_k - x^*`, then `e_{k+1} = e_k - η(Ax_k - Ax^*) = (I - ηA)e_k`): its left side is what the
chain derives, so a step that fails only because e_k was read through that recurrence is
undecided (definition.derived_recurrence); one that fails through the definition too fails."""

import pytest

from checker.derive.document import check_text
from tests.derive.twins import failing

GD = ("Gradient descent $x_{k+1} = x_k - \\eta\\nabla f(x_k)$ on $f(x) = \\tfrac12 x^\\top A x"
      " - b^\\top x$, with $\\nabla f(x) = Ax - b$ and $Ax^\\star = b$. "
      "Let $e_k = x_k - x^\\star$. Then\n\n")


@pytest.mark.parametrize("chain, verdict, why", [
    ("e_{k+1} = e_k - \\eta(Ax_k - Ax^\\star) = (I - \\eta A)\\,e_k", "undecided",
     "recurrence this line derives"),
    # with 1 for I the step holds through the definition: undecided (as defined on line 1)
    ("e_{k+1} = e_k - \\eta(Ax_k - Ax^\\star) = (1 - \\eta A)\\,e_k", "undecided",
     "as defined on line 1"),
    ("e_{k+1} = e_k - \\eta(Ax_k - Ax^\\star) = (I + \\eta A)\\,e_k", "fails", None),
    ("e_{k+1} = e_k - \\eta(Ax_k - Ax^\\star) = (1 - 2\\eta A)\\,e_k", "fails", None),
])
def test_recurrence_derived_from_a_definition(chain, verdict, why):
    step = check_text(GD + f"$${chain}$$").steps[-1]
    assert step.verdict == verdict, step
    if why:
        assert why in step.method, step


# a function of the variance written as a square (`NLL(μ, σ²)`, `p(x; μ, σ²)`): σ² is a
# parameter, the function is defined (not a claim about an unknown NLL), its derivative by σ²
# is derived, and an argument in σ²'s place is σ²'s value
GAUSS = ("$$\\mathrm{{NLL}}(\\mu, \\sigma^2) = \\frac{{n}}{{2}}\\log(2\\pi\\sigma^2) + "
         "\\frac{{1}}{{2\\sigma^2}}\\sum_{{i=1}}^{{n}}(x_i - \\mu)^2$$\n\n$${}$$")


@pytest.mark.parametrize("claim, verdict", [
    ("\\frac{\\partial\\,\\mathrm{NLL}}{\\partial\\sigma^2} = \\frac{n}{2\\sigma^2} - "
     "\\frac{1}{2\\sigma^4}\\sum_{i=1}^{n}(x_i - \\mu)^2", "holds"),
    ("\\frac{\\partial\\,\\mathrm{NLL}}{\\partial\\sigma^2} = \\frac{n}{2\\sigma^2} + "
     "\\frac{1}{2\\sigma^4}\\sum_{i=1}^{n}(x_i - \\mu)^2", "fails"),
    ("\\frac{\\partial\\,\\mathrm{NLL}}{\\partial\\mu} = -\\frac{1}{\\sigma^2}\\sum_{i=1}^{n}"
     "(x_i - \\mu)", "holds"),
    ("\\mathrm{NLL}(\\mu, 4) = \\frac{n}{2}\\log(8\\pi) + \\frac{1}{8}\\sum_{i=1}^{n}"
     "(x_i - \\mu)^2", "holds"),  # σ² = 4, not σ = 4
    ("\\mathrm{NLL}(\\mu, 4) = \\frac{n}{2}\\log(32\\pi) + \\frac{1}{32}\\sum_{i=1}^{n}"
     "(x_i - \\mu)^2", "fails"),
])
def test_a_function_of_the_variance(claim, verdict):
    steps = check_text(GAUSS.format(claim)).steps
    assert [s.verdict for s in steps if s.line == 3] == [verdict], steps
    assert not [s for s in steps if s.line == 1], steps  # the definition is no step


# an entry of a name the text defines only as a whole by softmax (`p = softmax(z)`, in a
# formula or in prose), then written with an index (p_k, p_1): that vector's entry,
# softmax(z)_k (definition.entry_of_whole), so the step is derived, not taken as given
@pytest.mark.parametrize("text, verdict", [
    ("The target $y$ is one-hot. The loss is $L = -\\sum_k y_k \\log p_k$ with "
     "$p = \\mathrm{softmax}(z)$, so\n\n$$\\frac{\\partial L}{\\partial z_k} = p_k - y_k$$",
     "holds"),
    ("The target $y$ is one-hot. The loss is $L = -\\sum_k y_k \\log p_k$ with "
     "$p = \\mathrm{softmax}(z)$, so\n\n$$\\frac{\\partial L}{\\partial z_k} = y_k - p_k$$",
     "fails"),
    ("$p = \\mathrm{softmax}(z)$ 일 때\n\n$$\\frac{\\partial p_j}{\\partial z_k} = "
     "p_j(\\delta_{jk} - p_k)$$", "holds"),
    ("$p = \\mathrm{softmax}(z)$ 일 때\n\n$$\\frac{\\partial p_j}{\\partial z_k} = "
     "p_j(\\delta_{jk} + p_k)$$", "fails"),
    ("设 $q = \\operatorname{softmax}(o)$，则\n\n$$\\frac{\\partial \\log q_i}{\\partial o_i} "
     "= 1 - q_i$$", "holds"),
    ("设 $q = \\operatorname{softmax}(o)$，则\n\n$$\\frac{\\partial \\log q_i}{\\partial o_i} "
     "= 1 + q_i$$", "fails"),
    ("Write $s = \\mathrm{softmax}(z)$ for the three logits.\n\n"
     "$$\\frac{\\partial s_1}{\\partial z_2} = -s_1 s_2$$", "holds"),  # numbered entries
    ("Write $s = \\mathrm{softmax}(z)$ for the three logits.\n\n"
     "$$\\frac{\\partial s_1}{\\partial z_2} = s_1 s_2$$", "fails"),
    # the family written through an entry of the expression (p_i = softmax(z)_i): every
    # member, p_j and p_2 too, not only the name as written
    ("For $z \\in \\mathbb{R}^K$ let $p_i = \\operatorname{softmax}(z)_i$. Then\n\n"
     "$$\\frac{\\partial p_i}{\\partial z_j} = p_i(\\delta_{ij} - p_j)$$", "holds"),
    ("For $z \\in \\mathbb{R}^K$ let $p_i = \\operatorname{softmax}(z)_i$. Then\n\n"
     "$$\\frac{\\partial p_i}{\\partial z_j} = p_i(\\delta_{ij} + p_j)$$", "fails"),
    ("$a_k = \\mathrm{softmax}(o)_k$ 이면 $$\\frac{\\partial a_2}{\\partial o_1} = -a_1 a_2$$",
     "holds"),
    ("$a_k = \\mathrm{softmax}(o)_k$ 이면 $$\\frac{\\partial a_2}{\\partial o_1} = a_1 a_2$$",
     "fails"),
])
def test_an_entry_of_a_softmax_defined_as_a_whole(text, verdict):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == [verdict], [(s.lhs, s.rhs, s.method) for s in steps]


@pytest.mark.parametrize("text", [
    # the whole is a product, not a vector function: p_k stays what it was (never fails)
    "Let $h = Wx$. Then $$\\frac{\\partial L}{\\partial h_k} = 2h_k$$",
    # the example binds p to numbers after the definition: p_2 is that number
    "$p = \\mathrm{softmax}(z)$. Example: $p = (0.7, 0.2, 0.1)$, so $p_2 + p_3 = 0.3$.",
])
def test_no_entry_reading_without_a_softmax_in_force(text):
    steps = check_text(text).steps
    assert all(s.verdict != "fails" for s in steps), [(s.lhs, s.rhs, s.method) for s in steps]


# a recurrence through time written with two families (a_t = wh_{t-1} + ux_t, h_t =
# tanh(a_t)) is no cycle to cut: a derivative by an earlier state reaches it through the
# steps between (definition.descends), down to the initial state h_0, a name of its own
# (walker.initial_state); ∂a_t/∂w = h_{t-1} keeps its local reading
_RNN = ("$$a_t = w\\,h_{t-1} + u\\,x_t, \\qquad h_t = \\tanh(a_t), \\qquad h_0 = 0$$\n\n"
        "with a loss on the last state, $L = \\frac{1}{2}(h_2 - y)^2$.\n\n$$%s$$")
_RNN_KO = ("$$s_t = u x_t + w o_{t-1}, \\qquad o_t = \\sigma(s_t)$$\n\n초기 상태 $o_0$ 는 "
           "주어진 값이다.\n\n$$%s$$")
_RNN_ZH = ("设 $z_t = W h_{t-1} + x_t$，$h_t = \\tanh(z_t)$，初始状态 $h_0$ 已知。\n\n$$%s$$")


@pytest.mark.parametrize("text, verdict", [
    (_RNN % "\\frac{\\partial L}{\\partial a_1} = (h_2 - y)(1 - h_2^2)\\,w\\,(1 - h_1^2)",
     "holds"),
    (_RNN % "\\frac{\\partial L}{\\partial a_1} = (h_2 - y)(1 - h_2^2)(1 - h_1^2)",
     "fails"),  # the factor w = ∂a_2/∂h_1 dropped
    (_RNN_KO % "\\frac{\\partial o_2}{\\partial s_1} = o_2(1 - o_2)\\,w\\,o_1(1 - o_1)", "holds"),
    (_RNN_KO % "\\frac{\\partial o_2}{\\partial s_1} = o_2(1 - o_2)\\,o_1(1 - o_1)", "fails"),
    (_RNN_ZH % "\\frac{\\partial h_2}{\\partial h_0} = (1 - h_2^2) W (1 - h_1^2) W", "holds"),
    (_RNN_ZH % "\\frac{\\partial h_2}{\\partial h_0} = (1 - h_2^2)(1 - h_1^2) W", "fails"),
    (_RNN_ZH % "\\frac{\\partial z_t}{\\partial W} = h_{t-1}", "holds"),  # the local reading
])
def test_a_recurrence_through_two_families(text, verdict):
    steps = [s for s in check_text(text).steps if "∂" in s.lhs]
    assert [s.verdict for s in steps] == [verdict], [(s.lhs, s.rhs, s.method) for s in steps]


# a partial sum or product is a family in its bound (family._bounds); a bound the text
# gives a number too long to expand is read at a small length, with a doubt (meaning.shortened)
_ALPHA = "$\\bar\\alpha_t = \\prod_{s=1}^{t}(1 - \\beta_s)$. Taking logs:\n\n$$%s$$"
_ALPHA_LONG = "原论文 $T = 1000$。\n\n" + _ALPHA
_PARTIAL_KO = "부분합을 $S_n = \\sum_{k=1}^{n} a_k$ 로 정의하면\n\n$$%s$$"


@pytest.mark.parametrize("text, verdict", [
    (_ALPHA % "\\log\\bar\\alpha_T = \\sum_{t=1}^{T}\\log(1-\\beta_t)", "holds"),
    (_ALPHA % "\\log\\bar\\alpha_T = \\sum_{t=1}^{T-1}\\log(1-\\beta_t)", "fails"),
    (_ALPHA % "\\bar\\alpha_3 = (1 - \\beta_1)(1 - \\beta_2)(1 - \\beta_3)", "holds"),
    (_ALPHA % "\\bar\\alpha_3 = (1 - \\beta_1)(1 - \\beta_3)", "fails"),
    (_ALPHA_LONG % "\\log\\bar\\alpha_T = \\sum_{t=1}^{T}\\log(1-\\beta_t)", "holds"),
    (_PARTIAL_KO % "S_3 = a_1 + a_2 + a_3", "holds"),
    (_PARTIAL_KO % "S_3 = a_1 + a_2", "fails"),
])
def test_a_partial_sum_or_product_is_a_family_in_its_bound(text, verdict):
    steps = check_text(text).steps
    assert [s.verdict for s in steps][-1:] == [verdict], [(s.lhs, s.rhs, s.method) for s in steps]


# a definition whose body uses its index letter as a number (family._plain: `a_n = n^2 + 1`) is
# a family in that letter: a member written with a number for it (`a_3`) is read through it
_SEQUENCE = "# Sequences\n\nLet $a_n = n^2 + 1$. Then $%s$."
_SEQUENCE_KO = "# 수열\n\n수열 $b_k = 2^k - 1$ 에서 $%s$ 이다."
_SEQUENCE_ZH = "# 数列\n\n设 $c_m = \\frac{m}{m + 1}$，则 $%s$。"


@pytest.mark.parametrize("text, verdict", [
    (_SEQUENCE % "a_3 = 10", "holds"),
    (_SEQUENCE % "a_3 = 11", "fails"),
    (_SEQUENCE % "a_3 = 9 + 1 = 10", "holds"),
    (_SEQUENCE % "a_3 = 9 + 2 = 11", "fails"),
    (_SEQUENCE_KO % "b_4 = 15", "holds"),
    (_SEQUENCE_KO % "b_4 = 16", "fails"),
    (_SEQUENCE_ZH % "c_3 = 0.75", "holds"),
    (_SEQUENCE_ZH % "c_3 = 0.6", "fails"),
    ("# Scaled\n\nLet $c = 2$ and $a_n = c n^2$.\n\nThen $a_3 = 18$.", "holds"),
    ("# Scaled\n\nLet $c = 2$ and $a_n = c n^2$.\n\nThen $a_3 = 10$.", "fails"),
])
def test_a_definition_in_its_index_letter_is_a_family(text, verdict):
    steps = check_text(text).steps
    assert [s.verdict for s in steps][:1] == [verdict], [(s.lhs, s.rhs, s.method) for s in steps]


# a closed form from the family's first member (`a_n = a_1 + (n - 1)d`, `g_k = g_1 q^{k-1}`)
# defines every later member once the first and the step have values; the first member is the
# value given, never read through it; a body between two members (interpolation) stays no family
_FROM_FIRST = "# Rows\n\nThe $k$-th row has $r_k = r_1 + (k - 1)s$ chairs, with $r_1 = 14$, $s = 3$.\n\n$$%s$$"
_GEOMETRIC = "# 등비수열\n\n$g_k = g_1 q^{k-1}$, $g_1 = 5$, $q = 2$ 이다.\n\n$$%s$$"


@pytest.mark.parametrize("text, verdicts", [
    (_FROM_FIRST % "r_{10} = 14 + 9 \\times 3 = 41", ["holds", "holds"]),
    (_FROM_FIRST % "r_{10} = 14 + 10 \\times 3 = 44", ["fails", "holds"]),  # one step too many
    (_GEOMETRIC % "g_4 = 5 \\cdot 2^3 = 40", ["holds", "holds"]),
    (_GEOMETRIC % "g_4 = 5 \\cdot 2^4 = 80", ["fails", "holds"]),
    # no step given a value: the member stays the example's own
    ("# Rows\n\nThe $k$-th row has $r_k = r_1 + (k - 1)s$ chairs, with $r_1 = 14$.\n\n"
     "$$r_{10} = 14 + 10 \\times 3 = 44$$", ["holds"]),
])
def test_a_closed_form_from_the_first_member_is_a_family(text, verdicts):
    steps = [s for s in check_text(text).steps if s.line == len(text.splitlines())]
    assert [s.verdict for s in steps] == verdicts, [(s.lhs, s.rhs, s.method) for s in steps]


# a member whose definition names what has no value there (c, the x_n of a vector indexed from
# 0) is no number the text determines: its value is the example's, bound, never checked
@pytest.mark.parametrize("text", [
    "# Scaled\n\nLet $a_n = c n^2$.\n\nThen $a_3 = 10$.",
    "# DFT\n\n$x = (1, 2, 0, -1)$, $N = 4$, $X_k = \\sum_{n=0}^{N-1} x_n e^{-2\\pi i kn/N}$.\n\n"
    "$X_2 = 1 - 2 + 0 + 1 = 0$, so $X_2 + 1 = 1$.",
])
def test_a_member_its_definition_leaves_open_is_not_checked_through_it(text):
    assert "fails" not in [s.verdict for s in check_text(text).steps]




def test_a_long_bound_read_short_is_a_guess_when_other_names_keep_it():
    text = ("# DDPM\n\nLinear schedule: $T = 1000$, $\\beta_1 = 10^{-4}$, $\\beta_T = 0.02$,\n\n"
            "$$\\beta_t = \\beta_1 + \\frac{t-1}{T-1}(\\beta_T - \\beta_1)$$\n\n## 1\n\n" +
            _ALPHA % "\\log\\bar\\alpha_T = \\sum_{t=1}^{T}\\log(1-\\beta_t)")
    step = check_text(text).steps[-1]
    assert step.verdict == "undecided" and "T = 1000 read at the length" in step.method


# a letter a sum runs to and also uses elsewhere (σ_n² = (1/n)Σ_{i=1}^{n}(x_i - x̄)²: a
# statistic of n samples) makes no family: σ_{n-1} is a name of its own (the sample variance)
@pytest.mark.parametrize("text", [
    "Population: $\\sigma_n^2 = \\frac{1}{n}\\sum_{i=1}^{n}(x_i - \\bar x)^2$. Sample: "
    "$\\sigma_{n-1}^2 = \\frac{1}{n-1}\\sum_{i=1}^{n}(x_i - \\bar x)^2$.\n\nFor $x = (1, 2, 3, 4)$, "
    "$n = 4$, $\\bar x = 2.5$: $\\sigma_n^2 = 5/4$ and $\\sigma_{n-1}^2 = 5/3$.",
    "모분산 $s_n^2 = \\frac{1}{n}\\sum_{i=1}^{n}(x_i - \\bar x)^2$, 표본분산 "
    "$s_{n-1}^2 = \\frac{1}{n-1}\\sum_{i=1}^{n}(x_i - \\bar x)^2$.\n\n$x = (2, 4, 6)$, $n = 3$, "
    "$\\bar x = 4$ 이면 $s_{n-1}^2 = 8/2$.",
    "总体 $\\sigma_N = \\sqrt{\\frac{1}{N}\\sum_{i=1}^{N}(x_i - \\mu)^2}$，样本 "
    "$\\sigma_{N-1} = \\sqrt{\\frac{1}{N-1}\\sum_{i=1}^{N}(x_i - \\mu)^2}$。",
])
def test_a_statistic_of_n_samples_is_no_family_in_n(text):
    assert "fails" not in [s.verdict for s in check_text(text).steps]


# a bare definition (g = x, the gradient) is not read per sample onto a name the text also
# writes at a shifted index (x_{t-1} beside x_t): iterates, where g_t may be the gradient at
# x_{t-1} (Adam's convention) or at x_t, as the writer says; an explicit g_t = 2w_t is still
# checked against a later g_t = 3w_t
_ITERATES = [
    ("The objective is $f(x) = \\frac{1}{2} x^2$ with gradient $g = x$.\n\n"
     "The update is $x_t = x_{t-1} - \\eta g_t$, where $g_t = x_{t-1}$."),
    ("목적함수 $f(w) = w^2$, 기울기 $g = 2w$.\n\n갱신식 $w_{k+1} = w_k - \\eta g_k$, "
     "여기서 $g_k = 2w_k$."),
    ("目标函数 $f(x) = \\frac{1}{2}x^2$，梯度 $g = x$。\n\n更新：$v_t = \\beta v_{t-1} + g_t$，"
     "$x_t = x_{t-1} - \\eta v_t$，其中 $g_t = x_{t-1}$。"),
]


@pytest.mark.parametrize("text", _ITERATES)
def test_an_iterate_is_not_read_per_sample(text):
    assert not failing(text), failing(text)


def test_an_iterates_own_rule_is_still_checked():
    text = ("The gradient is $g = 2w$.\n\nThe update is $w_{t+1} = w_t - \\eta g_t$ with "
            "$g_t = 2 w_t$.\n\nHere $g_t = 3 w_t$.")
    assert failing(text)


@pytest.mark.parametrize("text, verdicts", [
    # capitals naming two things the body compares (players A and B): E_A is one definition,
    # E_B not the same formula at B
    ("Players $R_A = 1600$, $R_B = 1400$.\n\n$$E_A = \\frac{1}{1 + 10^{(R_B - R_A)/400}}$$\n\n"
     "and $E_B = 1 - E_A \\approx 0.240$.", ["holds"]),
    ("Players $R_A = 1600$, $R_B = 1400$.\n\n$$E_A = \\frac{1}{1 + 10^{(R_B - R_A)/400}}$$\n\n"
     "and $E_B = 1 - E_A \\approx 0.340$.", ["fails"]),
    ("두 모델 $n_A = 30$, $n_B = 70$: $$P_A = \\frac{n_A}{n_A + n_B}$$ 이고 $P_B = 1 - P_A = 0.7$.",
     ["holds"]),
    # a running index (y_i = σ(z_i)) stays a family
    ("$$y_i = 2 z_i$$\n\n$z_3 = 4$ 일 때 $y_3 = 8$", ["holds"]),
])
def test_capital_labels_are_not_a_running_index(text, verdicts):
    assert [s.verdict for s in check_text(text).steps if s.verdict != "undecided"] == verdicts
