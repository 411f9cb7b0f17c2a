"""recurrence.py: a step relating one family's members at neighbouring symbolic steps, when the
text gives the family no rule at a symbolic step, states that rule: undecided when it differs
as read; with a rule in the text it is checked, and a wrong one fails."""

import pytest

from checker.derive.document import check_text


def _verdicts(text: str) -> list[tuple[int, str]]:
    return [(s.line, s.verdict) for s in check_text(text).steps]


_GD = "Let $f(w) = (w - 3)^2$, $\\eta = 0.1$, $w_0 = 0$.\n\n"


@pytest.mark.parametrize("text, expected", [
    ("函数 $f(w) = (w - 3)^2$，初值 $w_0 = 0$，学习率 $\\eta = 0.1$。\n\n"
     "一般地：$w_{t+1} - 3 = (1 - 2\\eta)(w_t - 3)$。\n", [(3, "undecided")]),
    (_GD + "In general $w_{t+1} - 3 = 0.8(w_t - 3)$, so the error shrinks.\n",
     [(3, "undecided")]),
    ("$x_0 = 1$ 에서 시작하면 매 단계 $x_{k+1} = x_k / 2$ 이다.\n\n"
     "따라서 $x_{k+1} - x_k = -x_k/2$.\n", [(3, "holds")]),
    ("初值 $x_0 = 0$，迭代满足 $x_{n+1} - 2 = 0.5(x_n - 2)$（不动点为 2）。\n",
     [(1, "undecided")]),
    ("각 반복에서 $m_{t} - 1 = 0.9(m_{t-1} - 1)$ 이 성립한다.\n", [(1, "undecided")]),
])
def test_an_unstated_recurrence_is_the_rule(text, expected):
    assert _verdicts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the rule is in the text: a wrong shifted form fails
    (_GD + "with $w_{t+1} = w_t - \\eta f'(w_t)$.\n\nThen $w_{t+1} - 3 = (1 - \\eta)(w_t - 3)$.\n",
     [(5, "fails")]),
    ("令 $w_{t+1} = w_t - 0.2(w_t - 3)$。\n\n则 $w_{t+1} - 3 = 0.9(w_t - 3)$。\n", [(3, "fails")]),
    ("모멘텀: $v_t = 0.9 v_{t-1} + g_t$.\n\n따라서 $v_t - v_{t-1} = 0.1 v_{t-1} + g_t$.\n",
     [(3, "fails")]),
])
def test_a_rule_in_the_text_decides(text, expected):
    assert _verdicts(text) == expected


_MEAN = "$$Q_{n+1} = Q_n + \\frac{1}{n}(R_n - Q_n)$$\n\n"


@pytest.mark.parametrize("text, expected", [
    # a member given a number with no earlier member given: where the example starts, and
    # the next member is checked by the rule
    (_MEAN + "Now $Q_4 = 0.5$ and $R_4 = 1$:\n\n$$Q_5 = 0.5 + \\frac{1 - 0.5}{3} = 0.667$$\n",
     [(5, "fails"), (5, "holds")]),
    (_MEAN + "Now $Q_4 = 0.5$ and $R_4 = 1$:\n\n$$Q_5 = 0.5 + \\frac{1 - 0.5}{4} = 0.625$$\n",
     [(5, "holds"), (5, "holds")]),
    ("갱신식은 $m_t = 0.9 m_{t-1} + 0.1 g_t$ 이다.\n\n현재 $m_2 = 0.3$, $g_3 = 1$ 이므로\n\n"
     "$$m_3 = 0.9 \\cdot 0.3 + 0.1 = 0.37$$\n", [(5, "holds"), (5, "holds")]),
    # an earlier member given before it: the member is the rule's, checked as before
    ("$v_t = 0.9 v_{t-1} + g_t$, $v_0 = 0$, $g_1 = 1$.\n\n$v_1 = 2$\n", [(3, "fails")]),
])
def test_a_member_given_first_starts_the_example(text, expected):
    assert _verdicts(text) == expected
