"""A statement that cannot be read (segment.py): a defined name written again unreadably may take
a new meaning there (its old one is then a guess), except a defined function written again as a
series that goes on without end (`f(x) = \\frac{4}{\\pi}(\\sin x + \\cdots)`): its expansion,
which keeps the function's meaning for the steps after it."""

import pytest

from checker.derive.document import check_text

_WAVE = ("# Square wave\n\n$$f(x) = \\begin{cases} -1, & -\\pi < x < 0 \\\\ 1, & 0 < x < \\pi "
         "\\end{cases}$$\n\n%s\n\n$$\\frac{1}{\\pi}\\int_{-\\pi}^{\\pi} f(x)^2\\,dx = %s$$\n")
_SERIES = "$$f(x) = \\frac{4}{\\pi}\\left(\\sin x + \\frac{\\sin 3x}{3} + \\cdots\\right)$$"
_SERIES_KO = "급수로 쓰면 $f(x) = \\frac{4}{\\pi}(\\sin x + \\frac{\\sin 3x}{3} + \\dots)$ 이다."
_NEW = "$$f(x) = x_1 + \\cdots + x_n$$"  # a sum of written terms: perhaps a new f


@pytest.mark.parametrize("between, value, verdict", [
    (_SERIES, "2", "holds"),
    (_SERIES, "1", "fails"),  # the factor 2 of the interval left out
    (_SERIES_KO, "2", "holds"),
    (_SERIES_KO, "1", "fails"),
    (_NEW, "1", "undecided"),  # not an endless series: f may mean something else now
])
def test_a_function_written_again_as_an_endless_series_keeps_its_meaning(between, value,
                                                                         verdict):
    steps = [s for s in check_text(_WAVE % (between, value)).steps if "∫" in s.lhs]
    assert [s.verdict for s in steps] == [verdict], steps


# an inline `= ...` after a parenthetical aside holding the formula before it: the value of
# what the words before the aside state, never the aside's last name; outside an aside the
# `=` continues the formula before it, and a slip there still fails
@pytest.mark.parametrize("text, verdicts", [
    ("Per row: 6 B (keys) + 6 B (the pair $k$, $q$) $= 12$ B.", []),
    ("So $s = 4$ and the cost (with $s$ as above) $= 10$ here.", []),
    ("So $s = 4$, then $s + 2$ $= 6$.", ["holds"]),
    ("So $s = 4$, then $s + 2$ $= 7$.", ["fails"]),
])
def test_an_equals_after_an_aside_continues_the_words(text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, steps
