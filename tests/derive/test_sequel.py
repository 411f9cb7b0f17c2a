"""Values listed after an equation in its sentence (sequel.py): `$v_1 + v_2 = 0$, $v = (1,
-1)$` is about the new case's numbers, never the previous case's. Each row: correct notes (no
step may fail) and a wrong twin whose listed numbers do not solve the equation (it must still
fail)."""

import pytest

from checker.derive.document import check_text
from tests.derive.twins import check_twins

_KO = ("고유값은 $\\lambda = 1$ 또는 $\\lambda = 3$.\n\n$\\lambda = 3$ 일 때 $-v_1 + v_2 = 0$, "
       "따라서 $v = (1, 1)$.\n\n$\\lambda = 1$ 일 때는 $v_1 + v_2 = 0$, $v = (%s)$.")
_EN = ("For the first point, $x = 1$, $y = 2$, and indeed $y - 2x = 0$.\n\n"
       "For the second point, $y - 3x = 0$, $x = 2$, $y = %s$.")
_ZH = "第一个点：$x = 1$，$y = 2$，满足 $y - 2x = 0$。\n\n第二个点：$y - 3x = 0$，$x = 2$，$y = %s$。"

ROWS = [
    ("an eigenvector's entries after the second eigenvalue (ko)", _KO % "1, -1", _KO % "1, 1"),
    ("a second point's coordinates after its equation (en)", _EN % "6", _EN % "5"),
    ("the same, full-width punctuation (zh)", _ZH % "6", _ZH % "7"),
]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_correct_steps_never_fail_and_the_wrong_twin_does(what, right, wrong):
    check_twins(right, wrong)


def test_the_method_names_the_listed_values():
    steps = [s for s in check_text(ROWS[0][1]).steps if s.lhs == "v_1 + v_2"]
    assert steps and steps[0].verdict == "holds" and "v = (1, -1)" in steps[0].method


@pytest.mark.parametrize("text, verdicts", [
    # the values a second case is about, given right after it by "where" / 여기서 / 其中
    ("First: $y = 1$, $\\hat y = 0.9$, so $(y - \\hat y)^2 = 0.01$.\n\n"
     "Second: $(y - \\hat y)^2 = 0.36$, where $y = 0$ and $\\hat y = 0.6$.", ["holds", "holds"]),
    ("첫째: $y = 1$, $\\hat y = 0.9$이면 $L = (y - \\hat y)^2 = 0.01$이다.\n\n"
     "둘째: $L = (y - \\hat y)^2 = 0.36$이다. 여기서 $y = 0$, $\\hat y = 0.6$이다.",
     ["holds", "holds", "holds"]),
    ("第一组：$a = 2$，$b = 3$，$a b + 1 = 7$。\n\n第二组：$a b + 1 = 13$，其中 $a = 3$，$b = 4$。",
     ["holds", "holds"]),
    # wrong twins: wrong at the values given after it too
    ("First: $y = 1$, $\\hat y = 0.9$, so $(y - \\hat y)^2 = 0.01$.\n\n"
     "Second: $(y - \\hat y)^2 = 0.25$, where $y = 0$ and $\\hat y = 0.6$.", ["holds", "fails"]),
    ("第一组：$a = 2$，$b = 3$，$a b + 1 = 7$。\n\n第二组：$a b + 1 = 14$，其中 $a = 3$，$b = 4$。",
     ["holds", "fails"]),
])
def test_values_given_by_where_right_after_the_step(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


# a consequence's value right after the step, "so" / "이므로" / "所以" between them: the step is
# about that value (a new case's angle), never the previous case's; a wrong value still fails
_SO_CASE = ("In glass $n = 1.5$ and $\\theta = 25.37^\\circ$.\n\n"
            "In water ($n = 1.33$): $\\sin\\theta = 0.6428/1.33 \\approx 0.4833$, %s "
            "$\\theta \\approx %s^\\circ$.")


@pytest.mark.parametrize("cue, angle, failing", [
    ("so", "28.90", False),
    ("이므로", "28.90", False),
    ("所以", "28.90", False),
    ("so", "25.37", True),  # the glass angle again: sin 25.37° is 0.4285
])
def test_a_value_given_after_so_is_what_the_step_is_about(cue, angle, failing):
    steps = check_text(_SO_CASE % (cue, angle)).steps
    assert any(s.verdict == "fails" for s in steps) == failing, steps
