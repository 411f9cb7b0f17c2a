"""Proportion (proportion.py): a step stated under a condition in words whose sides are a fixed
multiple of each other (a flipped sign, a factor 2 dropped) fails, since they agree only
where both are 0, wherever the condition places the step; its correct twin holds, a wrong
step whose sides are no fixed multiple stays undecided, and a condition that changes a
convention (in bits, with the 1/2, maximised) keeps it undecided."""

import pytest

from checker.derive.document import check_text
from checker.derive.proportion import convention_in

# a loss defined, then its slope stated under a condition in words; STEP is the right side
GAUSS = {
    "en": "The loss is $L(\\mu, s) = \\frac{(y - \\mu)^2}{2 s}$ with $s > 0$.\n\n"
          "For the location parameter, differentiating gives\n\n"
          "$$\\frac{\\partial L}{\\partial \\mu} = STEP$$\n",
    "ko": "손실은 $L(\\mu, s) = \\frac{(y - \\mu)^2}{2 s}$ 이고 $s > 0$ 이다.\n\n"
          "다른 모수가 고정일 때 미분하면\n\n"
          "$$\\frac{\\partial L}{\\partial \\mu} = STEP$$\n",
    "zh": "损失为 $L(\\mu, s) = \\frac{(y - \\mu)^2}{2 s}$，其中 $s > 0$。\n\n"
          "只看位置参数时，求导得\n\n"
          "$$\\frac{\\partial L}{\\partial \\mu} = STEP$$\n",
}

# an algebra link under a condition on indices in words (softmax's off-diagonal entries)
SOFTMAX = {
    "en": "Let $p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$.\n\n"
          "For the off-diagonal entries the numerator does not move:\n\n"
          "$$\\frac{0 - e^{z_i} e^{z_j}}{\\left(\\sum_k e^{z_k}\\right)^2} = STEP$$\n",
    "ko": "$p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$ 라 하자.\n\n"
          "비대각 성분일 때 분자는 상수이다:\n\n"
          "$$\\frac{0 - e^{z_i} e^{z_j}}{\\left(\\sum_k e^{z_k}\\right)^2} = STEP$$\n",
    "zh": "设 $p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$。\n\n"
          "当两个下标不相等时，分子与 $z_j$ 无关：\n\n"
          "$$\\frac{0 - e^{z_i} e^{z_j}}{\\left(\\sum_k e^{z_k}\\right)^2} = STEP$$\n",
}

# (documents, a wrong right side, its correct twin): the wrong one a fixed multiple of the truth
TWINS = [
    (GAUSS, r"\frac{y - \mu}{s}", r"\frac{\mu - y}{s}"),  # sign flipped
    (SOFTMAX, r"p_i p_j", r"-p_i p_j"),
]

ROWS = [(lang, documents[lang], step, verdict)  # (language, document, right side, verdict)
        for documents, wrong, right in TWINS for lang in ("en", "ko", "zh")
        for step, verdict in ((wrong, "fails"), (right, "holds"))] + [
    ("en", GAUSS["en"], r"\frac{2(\mu - y)}{s}", "fails"),  # an extra 2
    # sides that are no fixed multiple of each other: a condition could still place the step
    # where they agree (μ = y + s ...): undecided, as before
    ("en", GAUSS["en"], r"\frac{\mu - y}{s} + y - \mu", "undecided"),
    ("zh", GAUSS["zh"], r"\frac{\mu - y}{s^2}", "undecided"),
]


# a condition in words that changes a value the example bound (t = 2, then "for the first
# step"; T = 2, then "at temperature one"): the multiple is that value's doing, not a slip
REBOUND = [
    ("en", "With $\\beta = 0.5$ at step $t = 2$ the factor is $1 - \\beta^t = 0.75$.\n\n"
           "For the first step it gives $\\frac{g}{1 - \\beta^t} = 2 g$.\n"),
    ("ko", "온도 $T = 2$ 로 두면 로짓은 $z / T$ 이다.\n\n"
           "온도가 1일 때는 $\\frac{z}{T} = z$ 이다.\n"),
    ("zh", "取 $k = 3$，则 $\\frac{a}{k} = \\frac{a}{3}$。\n\n"
           "当 $k$ 取 1 时，$\\frac{a}{k} = a$。\n"),
]


@pytest.mark.parametrize("lang, document", REBOUND)
def test_a_condition_that_changes_a_bound_value_never_fails(lang, document):
    line = len(document.splitlines())
    steps = [s for s in check_text(document).steps if s.line == line]
    assert steps and all(s.verdict != "fails" for s in steps), (lang, steps)


@pytest.mark.parametrize("lang, document, step, verdict", ROWS)
def test_a_fixed_multiple_under_a_condition_in_words(lang, document, step, verdict):
    text = document.replace("STEP", step)
    line = len(text.splitlines())
    steps = [s for s in check_text(text).steps if s.line == line]
    assert steps and steps[-1].verdict == verdict, (lang, steps)
    if verdict == "fails":
        assert "wherever the condition in words places it" in steps[-1].diagnosis, steps[-1]
    if verdict == "undecided":
        assert "condition in words" in steps[-1].method, steps[-1].method


# a condition that changes a convention by a constant factor: the step may be right in it
# (undecided); the same step under a condition on a place fails (its factor 2 is missing)
SQUARE = {
    "en": "The loss is $L(w) = (w x - y)^2$.\n\nWORDS\n\n"
          "$$\\frac{\\partial L}{\\partial w} = (w x - y) x$$\n",
    "ko": "손실은 $L(w) = (w x - y)^2$ 이다.\n\nWORDS\n\n"
          "$$\\frac{\\partial L}{\\partial w} = (w x - y) x$$\n",
    "zh": "损失为 $L(w) = (w x - y)^2$。\n\nWORDS\n\n"
          "$$\\frac{\\partial L}{\\partial w} = (w x - y) x$$\n",
}

CONVENTION = [  # (language, the condition in words, verdict)
    ("en", "If we use the convention with a factor of one half,", "undecided"),
    ("en", "If the data point is far from the line,", "fails"),
    ("ko", "절반을 곱하는 관례일 때", "undecided"),
    ("ko", "데이터가 하나일 때", "fails"),
    ("zh", "若改用带一半系数的约定时，", "undecided"),
    ("zh", "当样本很少时，", "fails"),
    # a condition that may place the step where both sides vanish
    ("en", "When the fit is at its optimum,", "undecided"),
    ("ko", "기울기가 영일 때", "undecided"),
    ("zh", "在驻点处时，", "undecided"),
]


@pytest.mark.parametrize("lang, words, verdict", CONVENTION)
def test_a_condition_that_changes_a_convention_stays_undecided(lang, words, verdict):
    document = SQUARE[lang].replace("WORDS", words)
    line = len(document.splitlines())
    steps = [s for s in check_text(document).steps if s.line == line]
    assert steps and {s.verdict for s in steps} == {verdict}, (lang, steps)


@pytest.mark.parametrize("sentence, changes", [
    ("If we measure it in bits instead,", True),
    ("With the 1/2 convention,", True),
    ("절반을 곱하는 관례일 때", True),
    ("若改用带一半系数的约定时，", True),
    ("For the mean,", False),
    ("当 $i \\neq j$ 时，分子与 $z_j$ 无关：", False),
    ("두 첨자가 다를 때", False),
    ("At the optimum,", True),
    ("기울기가 영일 때", True),
])
def test_convention_words(sentence, changes):
    assert convention_in(sentence) is changes


@pytest.mark.parametrize("lang, document", [
    ("en", "For a batch of eight the mean gradient is "
           "$\\frac{1}{m} \\sum_i g_i = \\frac{1}{8} \\sum_i g_i$.\n"),
    ("ko", "배치가 4개일 때 평균은 $\\frac{1}{m} \\sum_i x_i = \\frac{1}{4} \\sum_i x_i$ 이다.\n"),
    ("zh", "当批大小为 16 时，$\\frac{1}{n} \\sum_i \\ell_i = \\frac{1}{16} \\sum_i \\ell_i$。\n"),
])
def test_a_multiple_that_depends_on_a_name_the_words_fix_never_fails(lang, document):
    steps = check_text(document).steps
    assert steps and all(s.verdict != "fails" for s in steps), (lang, steps)
