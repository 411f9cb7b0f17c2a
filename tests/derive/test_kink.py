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
