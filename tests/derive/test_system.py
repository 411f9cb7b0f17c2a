"""system.py: equations of a system written out before they are solved. Rows: a name with no
value or definition yet, stated equal to an expression that reaches it again, is a row of a system
to solve (undecided when it differs as read, never fails). Listed equations after a chain named an
unknown: `2x = λ`, `2y = λ` is two stationarity conditions, never λ := 2x and then a claim
2y = 2x; each with correct notes (no step may fail) and a wrong twin where λ is defined by "let"
(a definition, not a naming: the claim after it must still fail)."""

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

from tests.derive.twins import check_twins

ROWS = [
    ("stationarity conditions listed with and (en)",
     "Minimise $x^2 + y^2$ subject to $x + y = 4$.\n\nFrom $\\mathcal{L} = x^2 + y^2 - "
     "\\lambda(x + y - 4)$ we get $2x = \\lambda$ and $2y = \\lambda$, so $x = y = \\lambda/2$.",
     "Minimise $x^2 + y^2$ subject to $x + y = 4$.\n\nLet $\\lambda = 2x$. Then $2y = \\lambda$."),
    ("a multiple of the multiplier, in Korean",
     "$\\mathcal{L} = x^2 + y^2 - \\mu(x + 3y - 10)$ 에서 $2x = \\mu$, $2y = 3\\mu$ 이므로 "
     "$x = \\frac{\\mu}{2}$ 이다.",
     "$\\mu = 2x$ 로 두자.\n\n그러면 $2y = 3\\mu$ 이다."),
    ("full-width punctuation, in Chinese",
     "由 $\\mathcal{L} = x^2 + y^2 - \\lambda(x + y - 4)$ 得 $2x = \\lambda$，$2y = \\lambda$，"
     "所以 $x = y$。",
     "记 $\\lambda = 2x$。\n\n于是 $2y = \\lambda$。"),
]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_correct_steps_never_fail_and_the_wrong_twin_does(what, right, wrong):
    check_twins(right, wrong)


def test_the_reason_names_the_unknown_and_what_to_add():
    steps = [s for s in check_text(ROWS[0][1]).steps if "system of equations" in s.method]
    assert steps and all(s.verdict == "undecided" and "λ" in s.method and "let" in s.method
                         for s in steps)


def test_a_step_of_numbers_keeps_its_verdict():
    text = "We get $1 + 2 = a$ and $a = 4$."
    assert [s.verdict for s in check_text(text).steps if s.rhs == "4"] != ["undecided"]
