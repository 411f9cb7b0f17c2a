"""Sides that differ (difference.at_some_values): a number, or a tuple or matrix of numbers,
on one side and names the text gives no value on the other is a claim at particular values,
undecided; unless the only names left are the variable differentiated by (or its vector's
other entries): then it states a value everywhere, and a wrong one fails."""

import pytest

from checker.derive.document import check_text


@pytest.mark.parametrize("text, verdict", [
    # names besides the variable: a worked example whose values the text does not give
    ("$$\\frac{d}{dw}\\left(w^2 a\\right) = 6$$", "undecided"),
    ("$L = w^2 a$ 이므로\n\n$$\\frac{\\partial L}{\\partial w} = 6$$", "undecided"),
    ("设 $x = (1, 2)$。\n\n$$\\frac{\\partial}{\\partial \\lambda}"
     "\\left(\\lambda^2 c\\, x\\right) = (6, 12)$$", "undecided"),
    # only the variable, or the other entries of its vector: a value at every point
    ("$$\\frac{d}{dx} x^2 = 2$$", "fails"),
    ("Write $S = \\sum_{i=1}^{n} e^{x_i}$ and $s_j = e^{x_j}/S$. For $n = 2$ the Hessian is a "
     "2 by 2 matrix.\n\nEach row sums to one: "
     "$$\\sum_{j=1}^{n} \\frac{\\partial s_j}{\\partial x_k} = 1$$",
     "fails"),
])
def test_a_number_against_names_without_values(text, verdict):
    steps = check_text(text).steps
    assert [s.verdict for s in steps][-1:] == [verdict], [(s.lhs, s.rhs, s.method) for s in steps]
