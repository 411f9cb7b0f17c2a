"""Names read as written (literal.py): a member of a family that a step reads at a stand-in
value of its free index letter (t read at 2) is the name the worked example bound as written at
that letter (`f_t = 0.8`, `c_{t-1} = 0.5`: one step t of a cell, t never given a number), so
the family's definition read at t meets the example's values and the step is decided; a wrong
number still fails."""

import pytest

from checker.derive.document import check_text

_LSTM = ("$c_t = f_t\\, c_{t-1} + i_t\\, g_t, \\qquad h_t = o_t \\tanh(c_t)$\n\n"
         "Numbers: $c_{t-1} = 0.5$, $f_t = 0.8$, $i_t = 0.6$, $g_t = 0.4$, $o_t = 0.9$.\n\n"
         "$c_t = 0.8(0.5) + 0.6(0.4) = 0.64$\n\n$%s$\n")
_RNN_KO = ("순환 $h_t = \\tanh(w\\, h_{t-1} + u\\, x_t)$ 에서 $w = 0.5$, $u = 1$, "
           "$h_{t-1} = 0.2$, $x_t = 0.3$ 이다.\n\n그러면 $%s$ 이다.\n")
_UNIT_ZH = ("逐时刻输出 $y_t = \\sigma(a\\, x_t + b)$，取 $a = 0.5$，$b = 0$，$x_t = 2$。\n\n"
            "于是 $%s$。\n")


@pytest.mark.parametrize("text, verdict", [
    (_LSTM % "\\partial h_t/\\partial c_t \\approx 0.9\\,(1 - 0.5649^2)", "holds"),
    (_LSTM % "\\partial h_t/\\partial c_t \\approx 0.9\\,(1 - 0.5649)", "fails"),  # not squared
    (_LSTM % "\\partial h_t/\\partial c_{t-1} \\approx 0.6128 \\times 0.8", "holds"),
    (_LSTM % "\\partial h_t/\\partial c_{t-1} \\approx 0.6128 \\times 0.4", "fails"),  # g_t, not f_t
    (_RNN_KO % "\\frac{\\partial h_t}{\\partial h_{t-1}} \\approx 0.5\\,(1 - 0.3799^2)", "holds"),
    (_RNN_KO % "\\frac{\\partial h_t}{\\partial h_{t-1}} \\approx 1 - 0.3799^2", "fails"),  # w dropped
    (_UNIT_ZH % "\\frac{\\partial y_t}{\\partial a} \\approx 0.7311 \\times 0.2689 \\times 2", "holds"),
    (_UNIT_ZH % "\\frac{\\partial y_t}{\\partial a} \\approx 0.7311 \\times 0.2689", "fails"),  # x_t dropped
])
def test_a_member_at_the_free_letter_is_the_name_bound_as_written(text, verdict):
    steps = [s for s in check_text(text).steps if "∂" in s.lhs]
    assert [s.verdict for s in steps] == [verdict], [(s.lhs, s.rhs, s.method) for s in steps]


# A member read through the family's definition after a heading: the example's values written
# at the free letter were bound in the section before (`\bar\alpha_t = 0.64` under "## Numbers",
# the step under "## Recover"). They still meet the definition read at t, as the step's own
# `\bar\alpha_t` does: agreeing sides hold; sides that differ at an earlier section's values stay
# a guess (undecided, never fails); the same slip in the section that binds them fails.
_NOISED = ("$$z_t = \\sqrt{\\bar\\alpha_t}\\, z_0 + \\sqrt{1 - \\bar\\alpha_t}\\, n$$\n\n"
           "## Numbers\n\nTake $\\bar\\alpha_t = 0.36$, $z_0 = 2$, $n = 1$ and $m = 0.5$.\n\n"
           "%s$$\\frac{z_t - \\sqrt{1 - \\bar\\alpha_t}\\, m}{\\sqrt{\\bar\\alpha_t}} = %s$$\n")
_NOISED_KO = ("$$z_t = \\sqrt{\\bar\\alpha_t}\\, z_0 + \\sqrt{1 - \\bar\\alpha_t}\\, n$$\n\n"
              "## 숫자\n\n$\\bar\\alpha_t = 0.36$, $z_0 = 2$, $n = 1$, $m = 0.5$ 로 두자.\n\n"
              "%s$$\\frac{z_t - \\sqrt{1 - \\bar\\alpha_t}\\, m}{\\sqrt{\\bar\\alpha_t}} = %s$$\n")
_AFTER = "## Recover\n\n"


@pytest.mark.parametrize("text, verdicts", [
    (_NOISED % (_AFTER, "\\frac{2 - 0.8 \\times 0.5}{0.6}"), {"holds"}),
    (_NOISED % (_AFTER, "\\frac{2 - 0.8 \\times 0.4}{0.6}"), {"undecided"}),  # a slip: a guess there
    (_NOISED % ("", "\\frac{2 - 0.8 \\times 0.4}{0.6}"), {"fails"}),  # in the binding section: fails
    (_NOISED_KO % ("## 복원\n\n", "\\frac{2 - 0.8 \\times 0.5}{0.6}"), {"holds"}),
    (_NOISED_KO % ("## 복원\n\n", "\\frac{2 - 0.6 \\times 0.5}{0.6}"), {"undecided"}),
])
def test_a_member_at_the_free_letter_meets_an_earlier_sections_values(text, verdicts):
    steps = [s for s in check_text(text).steps if "z_t" in s.lhs]
    assert {s.verdict for s in steps} == verdicts, [(s.lhs, s.rhs, s.method) for s in steps]
