"""introduction.py: a parameter the text introduces through an affine expression of it
(`1 - \\alpha = 0.9`) has the value that expression gives it, for the steps after it."""

import pytest

from checker.derive.document import check_text, read_text
from checker.derive.introduction import solved_for
from checker.derive.notation import parse_expression
from checker.derive.render import render

_COVERAGE = ("Calibration set $n = 19$, target coverage $1 - \\alpha = 0.9$.\n\n"
             "$$\\lceil (n+1)(1-\\alpha) \\rceil = %s$$")
_POWER = ("검정력 $1 - \\beta = 0.8$, 유의수준 $\\alpha = 0.05$ 에서\n\n"
          "$$\\alpha + \\beta = %s$$")
_SCALE = "窗口宽 $2k = 6$，展开后 $$k^2 + 1 = %s$$"


@pytest.mark.parametrize("text, verdicts", [
    (_COVERAGE % "18", ["holds"]),
    (_COVERAGE % "19", ["fails"]),
    (_POWER % "0.25", ["holds"]),
    (_POWER % "0.35", ["fails"]),
    (_SCALE % "10", ["holds"]),
    (_SCALE % "9", ["fails"]),
])
def test_the_steps_after_it_are_worked_at_its_value(text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, [(s.lhs, s.rhs, s.method) for s in steps]


@pytest.mark.parametrize("context, head, value, solved", [
    ("", r"1 - \alpha", "0.9", ("α", "1 - 0.9")),
    ("", "2k", "6", ("k", "6/2")),
    ("$m = 8$", r"\alpha / m", "0.05/8", None),  # another name, even with a value
    ("$K = 5$", "K^2 C", r"3 \cdot 3 \cdot 64", None),  # numbers put in for names: a claim
    ("", r"-(x - 3)", "1", ("x", "-1 + 3")),
    # the unknown written twice, two unknowns, not affine, met before: no value
    ("", "x + 4x", "5", None),
    ("", "2w - 6", "0", None),
    ("$y = (3, 5, 7, 9)$", "N - 1", "2", None),  # a count beside data (observation.py)  # set to zero: a condition to solve (a stationary point)
    ("", "2x + 3y", "8", None),
    ("", r"\log \sigma", "-1.2", None),
    ("", r"e^{-10k}", "0.5", None),
    ("$$z = \\alpha x$$", r"1 - \alpha", "0.9", None),
    ("", r"1 - \alpha", r"\beta", None),  # no number on the other side
    ("$\\alpha = 0.05$ is the level", r"1 - \alpha", "0.9", None),  # bound: a claim
    ("the level $\\alpha$", r"1 - \alpha", "0.9", None),  # written before: not introduced
    ("$x = 2$, $y = 3$", "c x", "y", None),  # a name on the other side: an identity in c
    ("", r"\pi a", "0.9", None),  # π(a) read as π times a: no constant in a setting
    ("", r"2\,\text{B}", "16", None),  # a unit
])
def test_solved_for(context, head, value, solved):
    _, state = read_text(context)
    state.texts[5] = [f"{head} = {value}"]  # the formula itself, as the walker has it
    found = solved_for(parse_expression(head, state.ctx.known),
                       parse_expression(value, state.ctx.known), state, 5)
    assert (found if found is None else (render(found[0]), render(found[1]))) == solved
