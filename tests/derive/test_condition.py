"""Conditions (condition.py): what the prose says a formula restricts. A condition that sets an
expression to zero ("when $\\ell'(p) = 0$", "$\\nabla J = 0$ 일 때", "当 $f'(x) = 0$ 时") is an
equation on the unknowns: what the sentence states after it is checked as following from it,
never as an identity (it holds when it follows, else it is undecided: it may use another
condition of the text); a value for a name ("$x = 2$ 이면") stays a value for the
steps after it. The conditions of a `cases` are a partition where the writer means the
function: where two of them hold at once (a threshold taken negative), it is undefined.
Each row: a correct document (no step may fail, some step must hold) and a wrong twin (some
step must fail). Rows written in the styles of real notes, none copied."""

import pytest

from checker.derive.document import check_text
from checker.derive.framing import Prose, applied_head, prose
from checker.derive.markdown import read_math

_LOGLIK = "- 로그우도: $\\ell(p) = k\\log p + (n-k)\\log(1-p)$\n"
_RELU = "$f(x) = \\max(0, x)$\n\n最大值在 $x = 0$ 处。\n\n"
_J = "$$J = (w - 3)^2$$\n\n"
_SOFT = ("$$\\begin{{cases}} u - \\lambda & u > \\lambda \\\\ 0 & |u| \\le \\lambda \\\\ "
         "u + \\lambda & u < -\\lambda \\end{{cases}} = \\mathrm{{sign}}(u)\\max(|u| {} \\lambda, 0)$$")

_HUBER = ("{}\n\n$$L_\\delta(r) = \\begin{{cases}} \\frac{{1}}{{2}} r^2 & |r| \\le \\delta \\\\ "
          "\\delta\\left(|r| - \\frac{{1}}{{2}}\\delta\\right) & |r| > \\delta \\end{{cases}}$$\n\n"
          "$$\\frac{{dL_\\delta}}{{dr}} = \\begin{{cases}} r & |r| \\le \\delta \\\\ \\delta\\, {} "
          "& |r| > \\delta \\end{{cases}}$$")

_CLIP = ("阈值 $c > 0$。\n\n$$h(g) = \\begin{{cases}} \\frac{{1}}{{2}}g^2 & |g| \\le c \\\\ "
         "c|g| - \\frac{{1}}{{2}}c^2 & |g| > c \\end{{cases}}$$\n\n$$\\frac{{dh}}{{dg}} = "
         "\\begin{{cases}} g & |g| \\le c \\\\ {} & |g| > c \\end{{cases}}$$")

# (what the row shows, a correct document, the same with one slip)
ROWS = [
    # the twin states the consequence as an identity (no condition), or slips elsewhere
    ("the score equation under 일 때, ko",
     _LOGLIK + "- $\\ell'(p) = 0$ 일 때 $k(1-p) = (n-k)p$, 즉 $\\hat p = k/n$",
     # (a solution marked as one, `\\hat p = k/n` after it, would make it an equation again)
     _LOGLIK + "- 정리하면 $k(1-p) = (n-k)p$ 이다"),
    ("the score equation under 이면, ko",
     _LOGLIK + "- $\\ell'(p) = 0$ 이면 $k - kp = np - kp$",
     _LOGLIK + "- 따라서 $k - kp = np - kp$"),
    ("an equation under 'when', en",
     _J + "When $\\frac{dJ}{dw} = 0$ then $2(w - 3) = 0$, so $w - 3 = 0$.",
     _J + "Then $\\frac{dJ}{dw} = 2(w + 3)$."),
    ("an equation under 当 ... 时, zh",
     "$$f(x) = (x - 3)^2 + 1$$\n\n当 $f'(x) = 0$ 时，$2x - 6 = 0$。",
     "$$f(x) = (x - 3)^2 + 1$$\n\n于是 $f'(x) = 2x + 6$。"),
    # a value for a name under a condition word is still the example's value
    ("a value under 이면 is a value, ko",
     "$x = 2$ 이면 $y = x^2 + 1 = 5$ 이다.", "$x = 2$ 이면 $y = x^2 + 1 = 6$ 이다."),
    ("a value under 'when' is a value, en",
     "When $w = 0.5$, $2w - 1 = 0$.", "When $w = 0.5$, $2w - 1 = 1$."),
    # a region in a parenthesis right after a formula (math or not, full-width or not) states
    # the formula for that region only: not at a point the text named before (x = 0)
    ("a region in a parenthesis after the formula, zh",
     _RELU + "$g(x) = x^2$，$g'(x) = 2x$（$x>0$）；$f'(x) = 1$（$x>0$），$f'(x) = 0$（$x<0$）。",
     _RELU + "$g(x) = x^2$，$g'(x) = 2x + 1$（$x>0$）；$f'(x) = 1$（$x>0$），$f'(x) = 0$（$x<0$）。"),
    ("a region in an ASCII parenthesis after the formula, en",
     _RELU + "$g(x) = x^2$, $g'(x) = 2x$ ($x > 0$); $f'(x) = 1$ ($x > 0$), $f'(x) = 0$ ($x < 0$).",
     _RELU + "$g(x) = x^2$, $g'(x) = 2x + 1$ ($x > 0$); $f'(x) = 1$ ($x > 0$), $f'(x) = 0$ ($x < 0$)."),
    # the conditions of a cases: where two hold at once (λ < 0) the writer means nothing
    ("the soft threshold as cases", _SOFT.format("-"), _SOFT.format("+")),
    ("ReLU as cases",
     "$$\\begin{cases} x & x > 0 \\\\ 0 & x \\le 0 \\end{cases} = \\max(0, x)$$",
     "$$\\begin{cases} x & x > 0 \\\\ 0 & x \\le 0 \\end{cases} = \\max(1, x)$$"),
    # a one-sided bound stated beside another formula (`threshold $\delta > 0$`): sampled as
    # any name is (0.2..5 above 0), so the branch |r| > δ of a piecewise step is visited
    ("a threshold's bound in prose, the tail branch, en",
     _HUBER.format("For a residual $r$ and threshold $\\delta > 0$:", "\\mathrm{sign}(r)"),
     _HUBER.format("For a residual $r$ and threshold $\\delta > 0$:", "r")),
    ("a threshold's bound in prose, the tail branch, ko",
     _HUBER.format("잔차 $r$ 와 임계값 $\\delta > 0$ 에 대해:", "\\mathrm{sign}(r)"),
     _HUBER.format("잔차 $r$ 와 임계값 $\\delta > 0$ 에 대해:", "r^2")),
    ("a clipping threshold's bound in prose, zh",
     _CLIP.format("c\\,\\mathrm{sign}(g)"), _CLIP.format("c")),
    # a supposition in words after or before the value ("라고 하면", "로 가정하면", "라고 할 때",
    # "假定"): a case the writer picks, a condition like "이면" / "if", never a claim that the
    # name (p = k/n = 0.7 two lines up) has that value; the twin slips in the arithmetic
    ("a value supposed by 라고 하면, ko",
     _LOGLIK + "- $n = 10$, $k = 7$ 이면 $p = \\frac{k}{n} = 0.7$\n\n"
     "$p = 0.5$ 라고 하면 $\\ell(0.5) = 10 \\log 0.5 \\approx -6.931$ 이다.",
     _LOGLIK + "- $n = 10$, $k = 7$ 이면 $p = \\frac{k}{n} = 0.7$\n\n"
     "$p = 0.5$ 라고 하면 $\\ell(0.5) = 10 \\log 0.5 \\approx -5.2$ 이다."),
    ("a case supposed by 로 가정하면 after a listed value, ko",
     "$D = \\frac{1}{2}(\\mu^2 + \\sigma^2 - \\log \\sigma^2 - 1)$, $\\mu = 1$, $\\sigma = 1$ 이면 "
     "$D = 0.5$.\n\n$\\mu = 0$ 이고 $\\sigma^2 = 0.5$ 로 가정하면 "
     "$D = \\frac{1}{2}(0.5 - \\log 0.5 - 1) \\approx 0.097$.",
     "$D = \\frac{1}{2}(\\mu^2 + \\sigma^2 - \\log \\sigma^2 - 1)$, $\\mu = 1$, $\\sigma = 1$ 이면 "
     "$D = 0.5$.\n\n$\\mu = 0$ 이고 $\\sigma^2 = 0.5$ 로 가정하면 "
     "$D = \\frac{1}{2}(0.5 - \\log 0.5 - 1) \\approx 0.2$."),
    ("a value supposed by 라고 할 때, ko",
     "$f(x) = x^2 + 1$ 이고 $x = 2$ 에서 $f(x) = 5$.\n\n$x = 3$ 이라고 할 때 $f(x) = 10$ 이다.",
     "$f(x) = x^2 + 1$ 이고 $x = 2$ 에서 $f(x) = 5$.\n\n$x = 3$ 이라고 할 때 $f(x) = 9$ 이다."),
    ("a value supposed by 假定, zh",
     "对数似然 $\\ell(p) = k\\ln p + (n-k)\\ln(1-p)$，$n = 10$，$k = 7$，$p = \\frac{k}{n} = 0.7$。"
     "\n\n假定 $p = 0.5$，$\\ell(0.5) = 10 \\ln 0.5 \\approx -6.931$。",
     "对数似然 $\\ell(p) = k\\ln p + (n-k)\\ln(1-p)$，$n = 10$，$k = 7$，$p = \\frac{k}{n} = 0.7$。"
     "\n\n假定 $p = 0.5$，$\\ell(0.5) = 10 \\ln 0.5 \\approx -6.0$。"),
    ("a value supposed by if, en (the same class, an English cue of long standing)",
     "Let $f(x) = x^2 + 1$ and $x = 2$, so $f(x) = 5$.\n\nIf $x = 3$, $f(x) = 10$.",
     "Let $f(x) = x^2 + 1$ and $x = 2$, so $f(x) = 5$.\n\nIf $x = 3$, $f(x) = 9$."),
    ("|x| with both boundaries written",
     "$$|x| = \\begin{cases} x & x \\ge 0 \\\\ -x & x \\le 0 \\end{cases}$$",
     "$$|x| = \\begin{cases} x & x \\ge 0 \\\\ x & x \\le 0 \\end{cases}$$"),
    # a condition cue after a concluding word ("..., so for", "따라서", "所以当") opens a new
    # clause: the value it gives is for what follows, never a condition of the formula before
    ("'so for' after a general approximation, en",
     "The rate is $C = B\\log_2(1 + S)$ with $B = 2$.\n\nFor small $x$, $\\log_2(1+x) "
     "\\approx x/\\ln 2$, so for $S = 0.01$ we get $C \\approx 2 \\times 0.01/\\ln 2$.",
     "The rate is $C = B\\log_2(1 + S)$ with $B = 2$.\n\nFor small $x$, $\\log_2(1+x) "
     "\\approx x/\\ln 2$, so for $S = 0.01$ we get $C = 2\\log_2(1.02)$."),
    ("'then when' after an identity, en",
     "We have $f(x) = x^2 - 1 = (x - 1)(x + 1)$, then when $x = 3$, $f(x) = 8$.",
     "We have $f(x) = x^2 - 1 = (x - 1)(x + 1)$, then when $x = 3$, $f(x) = 9$."),
    # the other method's formula introduced by a clause a colon closes ("Compare with ridge
    # (...): $...$") is its definition; the case after "so for" is worked at its value
    ("'Compare with ... :' then 'so for', en",
     "Minimise $\\frac12 (w - a)^2 + \\lambda |w|$: $\\hat w = \\mathrm{sign}(a)\\max(|a| - "
     "\\lambda, 0)$. With $\\lambda = 1$ and $a = -3$, $\\hat w = -2$.\n\nCompare with ridge "
     "($\\frac12 (w - a)^2 + \\frac{\\lambda}{2} w^2$): $\\hat w = a/(1 + \\lambda)$, so for "
     "$a = 4$, $\\hat w = 4/2 = 2$.",
     "Minimise $\\frac12 (w - a)^2 + \\lambda |w|$: $\\hat w = \\mathrm{sign}(a)\\max(|a| - "
     "\\lambda, 0)$. With $\\lambda = 1$ and $a = -3$, $\\hat w = -2$.\n\nCompare with ridge "
     "($\\frac12 (w - a)^2 + \\frac{\\lambda}{2} w^2$): $\\hat w = a/(1 + \\lambda)$, so for "
     "$a = 4$, $\\hat w = 4/2 = 3$."),
    ("所以当 after an identity, zh",
     "$g(t) = 2t + 1$，$g(t) - 1 = 2t$，所以当 $t = 4$ 时 $g(t) - 1 = 8$。",
     "$g(t) = 2t + 1$，$g(t) - 1 = 2t$，所以当 $t = 4$ 时 $g(t) - 1 = 7$。"),
]


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


def test_the_consequence_says_what_it_follows_from():
    step, solved = check_text(ROWS[0][1]).steps
    assert step.verdict == "holds" and "follows from ℓ'(p) = 0" in step.method
    assert solved.verdict == "holds" and "solves the equation" in solved.method  # p̂ = k/n


@pytest.mark.parametrize("text", [
    _LOGLIK + "- $\\ell'(p) = 0$ 일 때 $k(1-p) = (n+k)p$",  # does not follow from it alone
    ("$$L = (w + b - 3)^2 + (w - b - 1)^2$$\n\nSetting $\\frac{\\partial L}{\\partial w} = 0$ "
     "and $\\frac{\\partial L}{\\partial b} = 0$ gives $w + b = 4$."),  # the second of two
])
def test_a_consequence_that_does_not_follow_is_undecided(text):
    """It may use another condition of the text (a second equation, a sign): never fails."""
    assert "fails" not in [s.verdict for s in check_text(text).steps]


@pytest.mark.parametrize("text, expected", [
    ("When $\\frac{dJ}{dw} = 0$, ...", Prose.EQUATION),
    ("- $\\ell'(p) = 0$ 일 때 ...", Prose.EQUATION),
    ("若 $2(w - 3) = 0$，...", Prose.EQUATION),
    ("When $y = 1$, ...", Prose.RESTRICTS_FOLLOWING),  # a value
    ("When $\\hat{y} = 0$, ...", Prose.RESTRICTS_FOLLOWING),  # a value, accent and all
    ("$x_1 = 0$ 일 때 ...", Prose.RESTRICTS_FOLLOWING),
    ("When $\\sigma(z) = 0.5$, ...", Prose.RESTRICTS_FOLLOWING),  # not set to zero
    # the gradient set to zero in words before the equation: "令梯度为 0：", "기울기를 0으로 놓으면"
    ("令梯度为 0：\n\n$$X^T X\\theta - X^T y = 0$$", Prose.EQUATION),
    ("令导数等于零，\n\n$$2(w - 3) = 0$$", Prose.EQUATION),
    ("기울기를 0으로 놓으면\n\n$$X^T X w - X^T y = 0$$", Prose.EQUATION),
    ("令 $a$ 为 2，\n\n$$a + 1 = 3$$", None),  # set to another value: a binding's claim
])
def test_a_condition_setting_an_expression_to_zero_is_an_equation(text, expected):
    formulas, _ = read_math(text)
    assert prose(formulas[0]) is expected


@pytest.mark.parametrize("text, expected", [
    ("f(x) = x^2", True),
    ("\\sigma(z) = \\frac{1}{1 + e^{-z}}", True),
    ("k(1-p) = (n-k)p", False),  # k is a quantity of the formula: a product
    ("y = 1", False),
])
def test_an_applied_head_defines_a_function_unless_its_name_is_a_quantity(text, expected):
    assert applied_head(text) is expected


# a defining word, the name it defines and what it is called, then the formula (announced):
# "now redefine $\ell$ as the logistic loss, $\ell(m) = ...$": a new meaning, not a restatement
_HINGE = "Hinge: $\\ell(m) = \\max(0, 1 - m)$. At $m = 2$: $\\ell = 0$.\n\n"


@pytest.mark.parametrize("text", [
    _HINGE + "Now redefine $\\ell$ as the logistic loss, $\\ell(m) = \\log(1 + e^{-m})$. At "
    "$m = 2$: $\\ell = \\log(1 + e^{-2}) \\approx 0.127$.",
    _HINGE + "Let $\\ell$ be the squared hinge: $\\ell(m) = \\max(0, 1 - m)^2$.",
    _HINGE + "We define $\\ell$ to be the exponential loss, $\\ell(m) = e^{-m}$.",
])
def test_a_name_announced_with_what_it_is_called_is_a_new_meaning(text):
    failing = [(s.line, s.lhs, s.rhs) for s in check_text(text).steps if s.verdict == "fails"]
    assert not failing, failing


def test_without_the_announcement_the_restatement_is_checked():
    text = _HINGE + "So at $m = 2$ the loss is $\\ell(m) = \\log(1 + e^{-m})$, about 0.127."
    assert any(s.verdict != "holds" for s in check_text(text).steps)


@pytest.mark.parametrize("text, verdicts", [
    ("令梯度为 0：\n\n$$X^T X\\theta - X^T y = 0$$", []),  # an equation to solve: no step
    ("기울기를 0으로 놓으면\n\n$$X^T X w - X^T y = 0$$", []),
    # wrong twin: a claim after "令 $a = 2$" is still checked (and fails)
    ("令 $a = 2$，则\n\n$$a + 1 = 0$$", ["fails"]),
])
def test_the_gradient_set_to_zero_in_words_is_no_step(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


@pytest.mark.parametrize("text", [
    # a constraint an optimisation is under: a condition, no step (as after "if")
    "Maximise $f = uv$ subject to $u + 3v = 12$. The optimum: $u = 6$, $v = 2$, so $f = 12$.",
    "제약 조건 $u + 3v = 12$ 에서 $f = uv$ 를 최대화한다. 최적점 $u = 6$, $v = 2$ 에서 $f = 12$.",
    "在约束 $u + 3v = 12$ 下求 $f = uv$ 的最大值。取 $u = 6$，$v = 2$，则 $f = 12$。",
])
def test_a_constraint_is_a_condition(text):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == ["holds"], _lines(steps)
    assert check_text(text.replace("f = 12", "f = 11")).steps[-1].verdict == "fails"


def test_substituting_into_the_constraint_is_still_an_equation_solved():
    text = "代入约束：$2\\lambda + 2\\lambda = 8$，得 $\\lambda = %s$。"
    assert [s.verdict for s in check_text(text % "2").steps] == ["holds"]
    assert [s.verdict for s in check_text(text % "3").steps] == ["fails"]
