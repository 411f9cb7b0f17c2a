"""Sides that differ (difference.at_some_values): a number, or a tuple or matrix of numbers,
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
