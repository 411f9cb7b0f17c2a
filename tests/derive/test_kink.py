"""Kinks (kink.py): the slope at a kink is a convention, undefined there and only there."""

import pytest
import sympy as sp

from checker.derive import kink
from checker.derive.errors import Kink
from checker.derive.tree import Call, Sym

x = sp.Symbol("x")


@pytest.mark.parametrize("slope, at, expected", [
    (sp.Heaviside(x), 2, 1),
    (sp.Heaviside(x), -1, 0),
    (sp.Heaviside(x), 0, sp.nan),  # ReLU'(0): no number (SymPy's own convention is ½)
    (2 * x, 0, 0),  # no kink: untouched
])
def test_unset(slope, at, expected):
    assert kink.unset(slope).subs(x, at) is expected or kink.unset(slope).subs(x, at) == expected


@pytest.mark.parametrize("side, expected", [
    (kink.unset(sp.Heaviside(x)), False),  # undefined at the kink only: a defined side
    (x * kink.unset(sp.Heaviside(x - 1)), False),
    (sp.oo, True),
    (sp.nan, True),
    (sp.zoo * x, True),
    (x + 1, False),
])
def test_undefined(side, expected):
    assert kink.undefined(sp.sympify(side)) is expected


RELU = Call("ReLU", (Sym("z"),))


@pytest.mark.parametrize("slope, at, low, high", [
    (sp.Heaviside(x), 0, 0.0, 1.0),  # ReLU'(0): any of [0, 1]
    (2 * x * sp.Heaviside(x) - sp.Heaviside(-x), 0, -1.0, 0.0),  # one-sided slopes -1 and 0
])
def test_slope_at_a_kink(slope, at, low, high):
    with pytest.raises(Kink) as raised:
        kink.slope_at(RELU, slope, x, sp.Integer(at))
    assert (raised.value.low, raised.value.high) == (low, high)


@pytest.mark.parametrize("slope, at, expected", [
    (sp.Heaviside(x), 3, 1),
    (sp.Heaviside(x), -2, 0),
    (3 * x**2, 2, 12),
])
def test_slope_away_from_a_kink(slope, at, expected):
    assert kink.slope_at(RELU, slope, x, sp.Integer(at)) == expected


# A function defined by cases (z for z ≥ 0, az below): where its cases meet its slope is a
# convention, a subgradient between the one-sided slopes (f'(0) = a, or 1); a value outside
# them still fails, and so does a wrong slope away from the seam. At a vector of points the
# slope is taken entry by entry, the parameter the function's own variable, not the vector
# the example binds the same letter to.
_CASES = ("$$f(z) = \\begin{cases} z & z \\ge 0 \\\\ 0.1 z & z < 0 \\end{cases}$$\n\n")
_LEAKY = ("The leaky ReLU with slope $a = 0.1$:\n$$f(z) = \\begin{cases} z & z \\ge 0 \\\\ a z "
          "& z < 0 \\end{cases}$$\n\n")


@pytest.mark.parametrize("text, verdict", [
    (_CASES + "We take $f'(0) = 0.1$.", "undecided"),
    (_CASES + "Some take $f'(0) = 1$.", "undecided"),
    (_CASES + "But $f'(0) = 5$.", "fails"),
    (_CASES + "Then $f'(-2) = 0.1$.", "holds"),
    (_CASES + "Then $f'(-2) = 1$.", "fails"),
    (_LEAKY + "At the kink we take $f'(0) = a$.", "undecided"),
    (_LEAKY + "For the batch $z = (-2, 0.5, 3)$: $f'(z) = (0.1, 1, 1)$.", "holds"),
    (_LEAKY + "For the batch $z = (-2, 0.5, 3)$: $f'(z) = (0.1, 1, 0.1)$.", "fails"),
    ("对批量 $z = (-2, 0.5, 3)$,$\\sigma'(z) \\approx (0.105, 0.235, 0.045)$。", "holds"),
    ("对批量 $z = (-2, 0.5, 3)$,$\\sigma'(z) \\approx (0.105, 0.235, 0.45)$。", "fails"),
])
def test_a_slope_where_cases_meet_and_at_a_vector(text, verdict):
    from checker.derive.document import check_text

    steps = check_text(text).steps
    assert steps[-1].verdict == verdict, steps
