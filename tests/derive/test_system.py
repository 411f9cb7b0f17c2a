"""Equations listed as a system after a chain named an unknown (system.py): `2x = λ`, `2y = λ`
is two stationarity conditions, never λ := 2x and then a claim 2y = 2x. Each row: correct notes
(no step may fail) and a wrong twin where λ is defined by "let" (a definition, not a naming:
the claim after it must still fail)."""

import pytest

from checker.derive.document import check_text
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
