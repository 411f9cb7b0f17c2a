"""What a formula is, beyond a claim (binding.py, solution.py, equation.py, setting.py,
state.py): a parameter given new values with the case it belongs to, an equation the text solves
(for a parameter it rebinds, or for a marked unknown: η^⋆, \\hat p), what a counterfactual
sentence says another method would give, a table's row and column labels, a density whose
variable the text gives a new distribution. Each row: a correct document (no step fails, some
step holds) and a wrong twin (some step fails: the same rule never hides a slip). Rows written
in the styles of real notes, ko/en/zh, none copied."""

import pytest

from checker.derive.document import check_text

_HUBER = ("The Huber loss switches at $|r| = \\delta$.\n\n"
          "With $\\delta = 1.5$, $r = 2$: $L = 1.5\\,(2 - 0.75) = {}$.\n\n"
          "With $\\delta = 1$, $r = 3$: $L = 1\\cdot(3 - 0.5) = 2.5$.\n")
_DECAY = ("$$\\eta(t) = \\eta_0\\,\\gamma^{{t/T}}$$\n\n"
          "$\\eta_0 = 0.1$, $\\gamma = 0.96$, $T = 1000$ 으로 설정.\n\n"
          "- $t = 10000$ 스텝: $\\eta = 0.1\\times0.96^{{10}} \\approx 0.0665$\n"
          "- 반감기: $0.96^{{t/T}} = 0.5$ 에서 $t = {}$ 스텝\n")
_MOMENTUM = ("$v_t = 0.9 v_{{t-1}} + g_t$, $w_t = w_{{t-1}} - 0.1 v_t$, start $w_0 = 1$, "
             "$v_0 = 0$.\n\n"
             "step 1: $g_1 = 2$, $v_1 = 2$, $w_1 = 1 - 0.2 = 0.8$\n\n"
             "step 2: $g_2 = 1.6$, $v_2 = 0.9\\cdot 2 + 1.6 = 3.4$, $w_2 = 0.8 - 0.34 = 0.46$\n\n"
             "{}\n")
_TABLE = ("Joint distribution of $X, Y$:\n\n"
          "| | $Y=0$ | $Y=1$ |\n|---|---|---|\n| $X=0$ | 0.3 | 0.1 |\n| $X=1$ | 0.2 | 0.4 |\n\n"
          "Entropies: $H(Y) = 1$, and $H(X) = -0.4\\log_2 0.4 - 0.6\\log_2 0.6 \\approx {}$ bits.\n")
_PRIOR = ("先验 $p(w) = \\frac{{1}}{{2b}}\\exp(-|w|/b)$，所以 $-\\log p(w) = {}$。\n\n"
          "对比高斯先验 $w \\sim \\mathcal N(0, \\tau^2)$：$-\\log p(w) = \\frac{{w^2}}{{2\\tau^2}} + C$。\n")

_LINES_EN = ("A line is $f(x) = ax + b$.\n\n"
             "Through $(0, 1)$ with slope $2$ it is $f(x) = 2x + 1$, so $f(3) = 7$.\n\n"
             "A steeper one: $f(x) = 5x + 1$ gives $f(3) = {}$.\n")
_LINES_KO = ("일반형은 $g(t) = p t + q$ 이다.\n\n"
             "기울기 3, 절편 0 이면 $g(t) = 3t$ 이고 $g(2) = 6$ 이다.\n\n"
             "기울기 -1, 절편 4 이면 $g(t) = -t + 4$ 이고 $g(2) = {}$ 이다.\n")
_LINES_ZH = ("二次函数的一般形式 $h(x) = a x^2 + c$。\n\n"
             "取 $a = 1$, $c = 0$：$h(x) = x^2$，$h(3) = 9$。\n\n"
             "再取 $h(x) = 2x^2 + 1$，$h(3) = {}$。\n")

# (what the row shows, a correct document, the same with one slip)
ROWS = [
    # 0. a family's general form, then one member, then another: each a member, not the
    # previous member restated
    ("a second member of a general line, en", _LINES_EN.format("16"), _LINES_EN.format("15")),
    ("a second member of a general line, ko", _LINES_KO.format("2"), _LINES_KO.format("-2")),
    ("a second member of a general quadratic, zh", _LINES_ZH.format("19"),
     _LINES_ZH.format("18")),
    # 1. a parameter listed with the case's other values is rebound, never a claim
    ("a threshold given anew with its residual, en", _HUBER.format("1.875"),
     _HUBER.format("1.785")),
    ("both values in one formula, en",
     "Clipping happens at $|r| = \\delta$.\n\nNow $\\delta = 1, r = 3$: $3 - 0.5 = 2.5$.\n",
     "Clipping happens at $|r| = \\delta$.\n\nNow $\\delta = 1, r = 3$: $3 - 0.5 = 2.4$.\n"),
    ("a value computed after its inputs stays a claim, en",
     "$z = wx + b$. With $w = 2$, $x = 1$, $b = 0$: $z = 2$.",
     "$z = wx + b$. With $w = 2$, $x = 1$, $b = 0$: $z = 3$."),
    # 2. an equation the text solves, for a parameter it rebinds or a marked unknown
    ("a half-life solved for the step count bound before, ko",
     _DECAY.format("T\\,\\frac{\\ln 0.5}{\\ln 0.96} \\approx 16{,}980"),
     _DECAY.format("T\\,\\frac{\\ln 0.96}{\\ln 0.5} \\approx 58.9")),
    ("a starred solution in the display after, en",
     "Balance the two ends, $1 - \\eta\\mu = \\eta L - 1$, giving\n\n"
     "$$\\eta^\\star = \\frac{2}{L + \\mu}$$\n",
     "Balance the two ends, $1 - \\eta\\mu = \\eta L - 1$, giving\n\n"
     "$$\\eta^\\star = \\frac{2}{L - \\mu}$$\n"),
    ("a starred solution with more after it, zh",
     "两端相等 $1 - \\eta\\mu = \\eta L - 1$，得 $\\eta^* = \\frac{2}{L + \\mu}, "
     "\\quad 1 - \\eta^*\\mu = \\frac{L - \\mu}{L + \\mu}$。\n",
     "两端相等 $1 - \\eta\\mu = \\eta L - 1$，得 $\\eta^* = \\frac{2}{L - \\mu}, "
     "\\quad 1 - \\eta^*\\mu = \\frac{L - \\mu}{L + \\mu}$。\n"),
    # 3. a counterfactual sentence: another method's value, not the example's
    ("plain SGD would be at, en",
     _MOMENTUM.format("plain SGD would be at $w_2 = (1 - 0.2)^2 = 0.64$, so momentum is faster"),
     _MOMENTUM.format("plain SGD would be at $w_2 = (1 - 0.2)^2 = 0.66$, so momentum is faster")),
    ("SGD 였다면, ko",
     _MOMENTUM.format("만약 그냥 SGD 였다면 $w_2 = (1 - 0.2)^2 = 0.64$ 였을 것"),
     _MOMENTUM.format("만약 그냥 SGD 였다면 $w_2 = (1 - 0.2)^2 = 0.46$ 였을 것")),
    ("a counterfactual that changes a value is checked at it, en",
     "$y = 3x$, with $x = 1$: $y = 3$. (With $x = 2$ instead, it would be $y = 6$.)",
     "$y = 3x$, with $x = 1$: $y = 3$. (With $x = 2$ instead, it would be $y = 5$.)"),
    # a value changed to see what happens ("halving ... to $δ = 0.01$"): a case considered,
    # never a claim that the defined name has the new value; the plain conclusion still fails
    ("a what-if change to a defined name, en",
     "Baseline $p_1 = 0.10$, target $p_2 = 0.12$, so $\\delta = p_2 - p_1 = 0.02$.\n\n"
     "Halving the detectable lift to $\\delta = 0.01$ roughly quadruples $n$.\n",
     "Baseline $p_1 = 0.10$, target $p_2 = 0.12$, so $\\delta = p_2 - p_1 = 0.02$.\n\n"
     "So the detectable lift is $\\delta = 0.01$.\n"),
    ("if we cut ... to, en",
     "With $B = 32$ and $N = 3200$ examples, one epoch is $s = N / B = 100$ steps.\n\n"
     "If we cut the epoch to $s = 25$ steps, the batch must be $128$.\n",
     "With $B = 32$ and $N = 3200$ examples, one epoch is $s = N / B = 100$ steps.\n\n"
     "Then the epoch is $s = 25$ steps.\n"),
    ("로 줄이면, ko",
     "$B = 32$, $N = 3200$ 일 때 에폭당 스텝 수는 $s = N / B = 100$ 이다.\n\n"
     "스텝 수를 $s = 50$ 으로 줄이면 배치를 두 배로 키워야 한다.\n",
     "$B = 32$, $N = 3200$ 일 때 에폭당 스텝 수는 $s = N / B = 100$ 이다.\n\n"
     "따라서 스텝 수는 $s = 50$ 이다.\n"),
    ("如果...减半为, zh",
     "设 $B = 32$，$N = 3200$，每个 epoch 的步数为 $s = N / B = 100$。\n\n"
     "如果把步数减半为 $s = 50$，批大小就要加倍。\n",
     "设 $B = 32$，$N = 3200$，每个 epoch 的步数为 $s = N / B = 100$。\n\n"
     "所以步数为 $s = 50$。\n"),
    # 4. a table's labels are no values for the steps after it
    ("a distribution's row labels, en", _TABLE.format("0.9710"), _TABLE.format("0.9610")),
    # 6. a case opened by an inequality, and "otherwise": each bullet under its condition
    ("a case and its otherwise, ko",
     "$$g(x) = \\max(0, 1 - x) + x^2$$\n\n- $x$ 가 크면 ($x > 1$): $g'(x) = 2x$\n"
     "- 아니면: $g'(x) = 2x - 1$\n",
     "$$g(x) = \\max(0, 1 - x) + x^2$$\n\n- $x$ 가 크면 ($x > 1$): $g'(x) = 2x$\n"
     "- 아니면: $g'(x) = 2x + 1$\n"),
    ("an update's tuple rebinds the entries, ko",
     "$w = (1, -1)$, $x = (0.5, 1)$, $f = w^\top x$\n\n"
     "업데이트: $w \\leftarrow (1, -1) + (0.2, 0.55) = (1.2, -0.45)$\n\n"
     "다시 보면 $f = 0.6 - 0.45 = 0.15$\n",
     "$w = (1, -1)$, $x = (0.5, 1)$, $f = w^\top x$\n\n"
     "업데이트: $w \leftarrow (1, -1) + (0.2, 0.55) = (1.2, -0.45)$\n\n"
     "다시 보면 $f = 0.6 - 0.45 = 0.25$\n"),
    # 5. a variable given a new distribution: its density is no longer the old one
    ("a Gaussian prior after a Laplace one, zh", _PRIOR.format("|w|/b + \\log(2b)"),
     _PRIOR.format("|w|/b - \\log(2b)")),
]


def test_a_deduction_example_quotes_its_formula():
    text = "$$y = 2x$$\n\n감점 사례: $y = 3x$ 로 쓴 답안.\n"
    assert [s.verdict for s in check_text(text).steps] == ["undecided"]
    assert [s.verdict for s in check_text("$$y = 2x$$\n\n그래서 $y = 3x$.\n").steps] == ["fails"]


def _lines(steps):
    return [(s.line, s.lhs, s.rhs, s.verdict, s.method) for s in steps]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_correct_steps_hold_and_never_fail(what, right, wrong):
    steps = check_text(right).steps
    assert any(s.verdict == "holds" for s in steps), _lines(steps)
    assert not [s for s in steps if s.verdict == "fails"], _lines(steps)


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_the_wrong_twin_still_fails(what, right, wrong):
    steps = check_text(wrong).steps
    assert any(s.verdict == "fails" for s in steps), _lines(steps)


def test_a_marked_solution_is_checked_by_substitution():
    steps = check_text(ROWS[7][1]).steps
    assert [(s.lhs, s.verdict) for s in steps] == [("η^*", "holds")], _lines(steps)
    assert "solves the equation" in steps[0].method


# after a second member of a family, a step may go back to the first: a guess between the
# members: it never fails when it holds under one of them, and never holds when it holds under none
@pytest.mark.parametrize("text, verdict", [
    ("The model is $f(x) = ax + b$. The first fit gives $f(x) = 2x + 1$.\n\n"
     "The second fit gives $f(x) = 5x - 2$.\n\nBack to the first fit: $f(0) = 1$.\n", {"undecided", "holds"}),
    ("The model is $f(x) = ax + b$. The first fit gives $f(x) = 2x + 1$.\n\n"
     "The second fit gives $f(x) = 5x - 2$.\n\nBack to the first fit: $f(0) = 3$.\n", {"fails", "undecided"}),  # never holds
    ("모델은 $g(t) = pt + q$ 이다. 첫 번째 적합: $g(t) = 3t + 2$.\n\n"
     "두 번째 적합: $g(t) = t - 1$.\n\n첫 번째 적합으로 돌아가면 $g(1) = 5$ 이다.\n",
     {"undecided", "holds"}),
    ("模型为 $h(u) = cu + d$。第一次拟合得 $h(u) = 4u$。\n\n"
     "第二次拟合得 $h(u) = 2u + 6$，所以 $h(1) = 8$。\n", {"holds"}),
])
def test_a_step_after_another_member_of_a_family(text, verdict):
    line = len(text.splitlines())
    steps = [s for s in check_text(text).steps if s.line == line]
    assert steps and steps[-1].verdict in verdict, steps


@pytest.mark.parametrize("text", [
    # the general form and the first member on one line
    "The model is $h(u) = cu + d$. The first fit gives $h(u) = 4u + 1$.\n\n"
    "The second fit gives $h(u) = 2u + 6$, so $h(1) = 8$.\n",
    "模型为 $h(u) = cu + d$。第一次拟合得 $h(u) = 4u$。\n\n第二次拟合得 $h(u) = 2u + 6$，所以 $h(1) = 8$。\n",
    "모델은 $q(s) = as + b$, 첫 적합은 $q(s) = s + 1$ 이다.\n\n둘째 적합은 $q(s) = 3s$ 이고 $q(2) = 6$ 이다.\n",
])
def test_another_member_after_a_general_form_on_the_first_members_line(text):
    assert [s.verdict for s in check_text(text).steps] == ["holds"]


# a name whose earlier chain worked out one number, given a chain that works out another: a new
# value (its own links still checked), never the old one restated
@pytest.mark.parametrize("text, verdicts", [
    ("With $L = 4$, $\\mu = 2$, the step $\\eta = 1/L = 0.25$ is safe.\n\n"
     "The optimal constant step is $\\eta = \\frac{2}{L + \\mu} = \\frac13$.\n", {"holds"}),
    ("With $L = 4$, $\\mu = 2$, the step $\\eta = 1/L = 0.25$ is safe.\n\n"
     "The optimal constant step is $\\eta = \\frac{2}{L + \\mu} = 0.4$.\n", {"fails"}),
    ("$a = 3$, $b = 1$ 일 때 평균은 $m = \\frac{a + b}{2} = 2$ 이다.\n\n"
     "가중 평균은 $m = \\frac{3a + b}{4} = 2.5$ 이다.\n", {"holds"}),
    ("取 $n = 10$，$p = \\frac{1}{n} = 0.1$。\n\n平滑后 $p = \\frac{1 + 1}{n + 2} = \\frac{1}{6}$。\n",
     {"holds"}),
])
def test_a_name_given_a_new_worked_value(text, verdicts):
    line = len(text.splitlines())
    steps = [s for s in check_text(text).steps if s.line == line]
    assert steps and {s.verdict for s in steps} <= verdicts and \
        verdicts & {s.verdict for s in steps}, steps


# a name whose earlier chain worked out one number, given a chain of numbers only that brings in
# other data its prose gives (another case: three legs, not two): a new value, its own links
# still checked; the old case's numbers worked another way, the old formula with numbers put in,
# or numbers that only arithmetic made, stay checked
LEGS = ("With $p = 30$ and $q = 50$ the mean rate is $r = \\frac{2pq}{p + q} = 37.5$.\n\n"
        "%s\n")


@pytest.mark.parametrize("text, verdicts", [
    (LEGS % "For three legs at 20, 40 and 80: "
     "$r = \\frac{3}{\\frac{1}{20} + \\frac{1}{40} + \\frac{1}{80}} = \\frac{240}{7}$.", {"holds"}),
    (LEGS % "세 구간 20, 40, 80 에서는 "
     "$r = \\frac{3}{\\frac{1}{20} + \\frac{1}{40} + \\frac{1}{80}} = \\frac{240}{6}$ 이다.",
     {"fails"}),  # the new case's own link is wrong: still failed
    (LEGS % "So $r = \\frac{30 + 50}{2} = 40$.", {"fails", "holds"}),  # the same data: checked
    (LEGS % "So $r = \\frac{2 \\cdot 30 \\cdot 40}{30 + 40} = 34.29$.", {"fails", "holds"}),
    # numbers only arithmetic made (2·30·50 = 3000, 30 + 40 = 70), no prose giving them: checked
    (LEGS % "So $r = \\frac{3000}{70} = 42.86$.", {"fails", "holds"}),
])
def test_a_name_given_a_new_case_of_numbers(text, verdicts):
    line = len(text.splitlines())
    steps = [s for s in check_text(text).steps if s.line == line]
    assert {s.verdict for s in steps} == verdicts, [(s.lhs, s.rhs, s.verdict) for s in steps]
