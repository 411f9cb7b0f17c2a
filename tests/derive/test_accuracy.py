"""An approximation between formulas of the same names at the example's values (accuracy.py):
Stirling, a small angle, a truncated series. Within 1 % it holds (the relative error shown);
off by more than an order of magnitude (and in the logarithm) it fails; in between it is
undecided. A `≈` between a name and a formula of other names is a computed value: its digits
decide, as before."""

import pytest

from checker.derive.document import check_text

STIRLING = "For $n = %s$, Stirling gives $n! \\approx %s$."
ANGLE = "Take $\\theta = %s$. For a small angle, $$%s$$"

ROWS = [
    (STIRLING % ("10", "\\sqrt{2\\pi n}\\,(n/e)^n"), "holds"),  # 0.83 %
    (STIRLING % ("20", "\\sqrt{2\\pi n}\\left(\\frac{n}{e}\\right)^n"), "holds"),
    (STIRLING % ("10", "\\sqrt{2\\pi n}(n/e)^n(1 + \\frac{1}{12n})"), "holds"),
    # exponential order only: agrees in the logarithm, so never wrong here
    (STIRLING % ("10", "(n/e)^n"), "undecided"),
    (STIRLING % ("30", "(n/e)^n"), "undecided"),
    (STIRLING % ("10", "n^n"), "fails"),  # off by 2755 times, and 1.5 times in the log
    (ANGLE % ("0.1", "\\sin\\theta \\approx \\theta"), "holds"),
    (ANGLE % ("0.1", "\\cos\\theta \\approx 1 - \\theta^2/2"), "holds"),
    (ANGLE % ("0.5", "\\sin\\theta \\approx \\theta"), "undecided"),  # 4.1 %: accuracy unsaid
    (ANGLE % ("0.1", "\\sin\\theta \\approx 10\\theta"), "fails"),
    ("$n = 10$일 때 스털링 근사는 $n! \\approx \\sqrt{2\\pi n}(n/e)^n$ 이다.", "holds"),
    ("当 $x = 0.2$ 时，$e^x \\approx 1 + x + x^2/2$。", "holds"),
    ("当 $x = 0.2$ 时，$e^x \\approx 1 - x$。", "undecided"),  # 26 %, same order
    # a name against a formula of other names: a computed value, its digits decide
    ("Take $a = 20$ and $b = 30$. Then $$a^2 + b \\approx 14b$$", "fails"),  # 430 vs 420
    ("Take $a = 20$ and $b = 30$. Then $$a^2 + b \\approx 14.33b$$", "holds"),
]


@pytest.mark.parametrize("text, verdict", ROWS)
def test_an_approximation_of_unstated_accuracy(text, verdict):
    steps = [s for s in check_text(text).steps if s.relation == "≈"]
    assert [s.verdict for s in steps] == [verdict], steps


def test_the_relative_error_is_shown():
    step = [s for s in check_text(STIRLING % ("10", "\\sqrt{2\\pi n}\\,(n/e)^n")).steps
            if s.relation == "≈"][0]
    assert "n = 10" in step.method and "0.83 %" in step.method, step
