"""A family the text says is constant (constancy.py): a step that writes the bare name while
its definitions reach the family holds when it agrees with every member read as that name; the
same step without the text's word stays undecided, and a wrong one never holds."""

import pytest

from checker.derive.document import check_text

_EMA = "$$v_t = \\beta v_{t-1} + (1-\\beta)\\,g_t,\\qquad v_0 = 0$$\n\n"

# (style, document, the verdict of its last step)
ROWS = [
    ("en, constant gradient", _EMA + "If the gradient is constant, $g_t = g$, then "
     "$v_t = (1-\\beta^t)\\,g$.", "holds"),
    ("ko, 일정하면", _EMA + "모든 $g_i = g$ 로 일정하면 $v_t = (1-\\beta^t)g$ 이다.", "holds"),
    ("zh, 恒为常数", _EMA + "如果梯度恒为常数 $g$，那么 $v_t = (1 - \\beta^t)g$。", "holds"),
    ("en, AdaGrad sum of squares",
     "$$s_t = s_{t-1} + g_t^2, \\quad s_0 = 0$$\n\nWith a gradient that stays $g$ at every "
     "step, $s_t = t\\,g^2$.", "holds"),
    # the text never says so: a guess, undecided
    ("en, no word for it", _EMA + "Then $v_t = (1-\\beta^t)\\,g$.", "undecided"),
    # wrong under the constant reading too: never holds
    ("en, wrong exponent", _EMA + "If the gradient is constant, then "
     "$v_t = (1-\\beta^{t+1})\\,g$.", "undecided"),
    ("ko, wrong factor", _EMA + "모든 $g_i = g$ 로 일정하면 $v_t = (1-\\beta)^t g$ 이다.",
     "undecided"),
]


@pytest.mark.parametrize("style, text, verdict", ROWS, ids=[r[0] for r in ROWS])
def test_a_constant_family(style, text, verdict):
    steps = check_text(text).steps
    assert steps and steps[-1].verdict == verdict, [(s.line, s.verdict, s.method) for s in steps]
