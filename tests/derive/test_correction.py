"""The last term of a sum approximating a function's value, with the wrong sign (correction.py):
the sum with it flipped agrees with the value to a tenth of the term, so the sum as written is
off by twice the term. Each row: a correct approximation (no step fails) and its wrong twin (the
`≈` step fails), en/ko/zh. A correct truncation that converges slowly never fails so."""

import pytest

from checker.derive.document import check_text

ROWS = [
    ("a logarithm's two terms, zh", "$x = -0.01$，保留两项：$$\\ln 0.99 \\approx -0.01 {} 0.00005$$\n",
     "-", "+"),
    ("an exponential's three terms, en",
     "Three terms of the series:\n\n$$e^{{0.1}} \\approx 1 + 0.1 {} 0.005$$\n", "+", "-"),
    ("a sine's two terms, ko", "두 항까지: $$\\sin 0.1 \\approx 0.1 {} 0.000167$$ 이다.\n", "-", "+"),
]


def _steps(text: str):
    return [(s.verdict, s.lhs, s.rhs) for s in check_text(text).steps]


@pytest.mark.parametrize("what, text, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_a_correction_of_the_right_sign_is_no_failure(what, text, right, wrong):
    steps = _steps(text.format(right))
    assert steps and all(v == "holds" for v, _, _ in steps), steps


@pytest.mark.parametrize("what, text, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_a_correction_of_the_wrong_sign_fails(what, text, right, wrong):
    found = check_text(text.format(wrong)).steps
    assert [s.verdict for s in found] == ["fails"], _steps(text.format(wrong))
    assert "wrong sign" in (found[0].diagnosis or "")


@pytest.mark.parametrize("text", [
    # truncations far from the value, but of the right sign: never this failure
    "$$\\ln 2 \\approx 1 - 0.5 + 0.333$$\n",
    "$$e \\approx 1 + 1 + 0.5$$\n",
    # a sum of numbers on the left is arithmetic, not a function's value
    "$$0.1 - 0.005 \\approx 0.1 + 0.005$$\n",
])
def test_no_sign_is_blamed_without_a_certain_reading(text):
    assert all("wrong sign" not in (s.diagnosis or "") for s in check_text(text).steps)
