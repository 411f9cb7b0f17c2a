"""Sides that differ (unbound.at_some_values): a number, or a tuple or matrix of numbers,
on one side and names the text gives no value on the other is a claim at particular values,
undecided; unless a name left is the variable differentiated by: then it states a value
everywhere, and a wrong one fails."""

import pytest

from checker.derive.document import check_text


@pytest.mark.parametrize("text, verdict", [
    # names the text gives no value, none of them the variable: a worked example's numbers
    ("$$a = w x + b$$\n\n$$\\frac{\\partial a}{\\partial x} = 3$$", "undecided"),
    ("$a = w x + b$ 이므로\n\n$$\\frac{\\partial a}{\\partial w} = x = 3$$", "undecided"),
    ("设 $x = (1, 2)$，$\\hat y = w x + b$。\n\n"
     "$$\\frac{\\partial \\hat y}{\\partial b} = (1, 1)$$", "holds"),
    ("设 $x = (1, 2)$，$\\hat y = c\\, w x$。\n\n"
     "$$\\frac{\\partial \\hat y}{\\partial c} = (2, 4)$$", "undecided"),
    # the variable itself left: a value stated at every point
    ("$$\\frac{d}{dx} x^2 = 2$$", "fails"),
    ("$$z_t = v\\,s_{t-1} + b, \\qquad s_t = \\sigma(z_t)$$\n\n"
     "시점마다 $\\frac{\\partial z_t}{\\partial b} = 2$ 이다.", "fails"),
])
def test_a_number_against_names_without_values(text, verdict):
    steps = check_text(text).steps
    assert [s.verdict for s in steps][-1:] == [verdict], [(s.lhs, s.rhs, s.method) for s in steps]


def test_the_reason_says_numbers_for_a_tuple():
    steps = check_text("设 $x = (1, 2)$，$\\hat y = c\\, w x$。\n\n"
                       "$$\\frac{\\partial \\hat y}{\\partial c} = (2, 4)$$").steps
    assert "one side is numbers" in steps[-1].method, steps[-1].method


# a derivative taken at a point the text writes or binds, the free names parameters the example
# gives values (S, n): a claim at those values, not the derivative everywhere; with the values
# given in the sentence it is checked there (binding.given_values), and a slip still fails
LIKELIHOOD = "Write $S = \\sum_i x_i$ and $\\ell(p) = S\\log p + (n - S)\\log(1-p)$, so\n" \
    "$$\\ell''(p) = -\\frac{S}{p^2} - \\frac{n-S}{(1-p)^2}$$\n\n"
EXAMPLE = LIKELIHOOD + "Take $n = 50$ and $p = 0.3$: $np = 15$.\n\n"


@pytest.mark.parametrize("right, wrong", [
    (EXAMPLE + "A sample with $S = 3$ out of $n = 5$: $\\hat p = 0.6$ and "
     "$$-\\ell''(\\hat p) = \\frac{3}{0.36} + \\frac{2}{0.16}$$",
     EXAMPLE + "A sample with $S = 3$ out of $n = 5$: $\\hat p = 0.6$ and "
     "$$-\\ell''(\\hat p) = \\frac{3}{0.36} + \\frac{3}{0.16}$$"),
    (EXAMPLE + "표본에서 $S = 3$, $n = 5$ 이면 $\\hat p = 0.6$ 이고 "
     "$$-\\ell''(0.6) = \\frac{3}{0.36} + \\frac{2}{0.16}$$",
     EXAMPLE + "표본에서 $S = 3$, $n = 5$ 이면 $\\hat p = 0.6$ 이고 "
     "$$-\\ell''(0.6) = \\frac{3}{0.6} + \\frac{2}{0.4}$$"),
    (EXAMPLE + "样本中 $S = 3$，$n = 5$，$\\hat p = 0.6$，则 "
     "$$-\\ell''(\\hat p) = \\frac{3}{0.36} + \\frac{2}{0.16}$$",
     EXAMPLE + "样本中 $S = 3$，$n = 5$，$\\hat p = 0.6$，则 "
     "$$-\\ell''(\\hat p) = \\frac{3}{0.36} - \\frac{2}{0.16}$$"),
], ids=["en", "ko", "zh"])
def test_a_derivative_at_a_point_with_the_parameters_given(right, wrong):
    from tests.derive.twins import check_twins
    check_twins(right, wrong)


def test_a_derivative_at_a_point_with_parameters_unbound_is_undecided():
    steps = check_text(LIKELIHOOD + "$$-\\ell''(0.6) = \\frac{3}{0.36} + \\frac{2}{0.16}$$").steps
    assert [s.verdict for s in steps if s.line == 4] == ["undecided"], steps


# The variable differentiated by among the names, but the number side is the other written
# again with numbers in place of its names (wx folded into 6): the writer evaluates at a
# point given elsewhere (in code), no value at every point. A link whose numbers drop a
# factor, a derivative that is wrong, `2x = 6` with no name replaced, and wrong arithmetic
# after it still fail.
_HAND = "By hand: $\\ell(w) = (wx - y)^2$, so $\\frac{d\\ell}{dw} = "


@pytest.mark.parametrize("text, verdicts", [
    (_HAND + "2(wx - y)x = 2(6 - 5)\\cdot 3 = 6$.", ["holds", "undecided", "holds"]),
    (_HAND + "2(wx - y)x = 2(2 \\cdot 3 - 5)\\cdot 3 = 6$.", ["holds", "holds"]),
    ("$\\ell(w) = (wx - y)^2$ 이므로 손으로 계산하면 $\\frac{\\partial \\ell}{\\partial w} = "
     "2(wx - y)x = 2(6 - 5)(3) = 6$ 이다.",
     ["holds", "undecided", "holds"]),
    (_HAND + "2(wx - y)x = 2(6 - 5)\\cdot 3 = 3$.", ["holds", "undecided", "fails"]),
    (_HAND + "2(wx - y)x = 2(6 - 5) = 2$.", ["holds", "fails", "holds"]),
    (_HAND + "2(wx - y) = 2(6 - 5)\\cdot 3 = 6$.", ["fails", "fails", "holds"]),
    ("By hand: $\\frac{d}{dx} x^2 = 2x = 6$.", ["holds", "fails"]),
])
def test_a_derivative_written_again_with_numbers_for_its_names(text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, [(s.lhs, s.rhs, s.method) for s in steps]

