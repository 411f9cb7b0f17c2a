"""system.py: a name with no value or definition yet, stated equal to an expression that reaches
it again, is a row of a system to solve (undecided when it differs as read, never fails)."""

import pytest

from checker.derive.document import check_text


def _verdicts(text: str) -> list[tuple[int, str]]:
    return [(s.line, s.verdict) for s in check_text(text).steps]


@pytest.mark.parametrize("text, expected", [
    # rows of a Bellman system written out, solved later
    ("Written out row by row: $v_1 = 1 + 0.5 v_2$, $v_2 = 0.5 v_3$, $v_3 = 2 + 0.5 v_1$.\n",
     [(1, "undecided")]),
    ("행별로 쓰면 $a_1 = 2 + 0.5 a_2$, $a_2 = 1 + 0.5 a_1$ 이다.\n\n"
     "풀면 나중에 값을 얻는다.\n", [(1, "undecided")]),
    ("逐行写出：$u_1 = 3 + 0.9 u_2$，$u_2 = 0.9 u_1$。\n", [(1, "undecided")]),
    # hitting probabilities, first-step analysis, solved in the next paragraph: rows on
    # lines of their own define the names (no step), the solution rebinds h_a
    ("First-step analysis:\n\n$$h_a = 0.5 + 0.5 h_b$$\n\n$$h_b = 0.25 h_a$$\n\n"
     "Substituting the second into the first gives $h_a = 4/7$.\n", []),
])
def test_a_row_of_a_system_is_an_equation(text, expected):
    assert _verdicts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the rows solved, then a wrong row checked at the solution: it fails there
    ("행: $v_1 = 1 + 0.5 v_2$, $v_2 = 0.5 v_3$, $v_3 = 2 + 0.5 v_1$.\n\n"
     "해: $v_1 = 12/7$, $v_2 = 10/7$, $v_3 = 20/7$.\n\n검산: $v_3 = 2 + 0.6 v_1$.\n",
     [(1, "undecided"), (5, "fails")]),
    ("Rows: $v_1 = 1 + 0.5 v_2$, $v_2 = 0.5 v_3$, $v_3 = 2 + 0.5 v_1$.\n\n"
     "Solution: $v_1 = 12/7$, $v_2 = 10/7$, $v_3 = 20/7$.\n\nCheck: $v_3 = 2 + 0.5 v_1$.\n",
     [(1, "undecided"), (5, "holds")]),
    # a name defined before from other names: a restatement, checked
    ("设 $s = a + b$。\n\n则 $s = a + 2b$。\n", [(3, "fails")]),
])
def test_a_name_known_before_is_checked(text, expected):
    assert _verdicts(text) == expected
