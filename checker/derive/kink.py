"""Kinks: where a function's slope jumps (ReLU, |x|, max(0, ·) at 0), the slope there is a
convention (0 in most frameworks, 1 in some notes, any subgradient in between), never a number
the checker derives. One representation, here: a derived slope's steps are Heaviside(x, nan),
undefined exactly at the kink (`unset`), a side undefined only there is no undefined side
(`undefined`), and a slope asked for at a kink raises Kink with the one-sided slopes, so a value
stated for it is checked against the subgradients only (`slope_at`; claim.py).
"""

from __future__ import annotations

import sympy as sp

from checker.derive.errors import Kink
from checker.derive.tree import Call


def unset(result):
    """max(0, x)' is Heaviside(x), which SymPy takes as ½ at 0: the slope at a kink is a
    convention (0 in most frameworks, 1 in some notes), so there it is no number (NaN: the point
    is unread, a step checked only there undecided), everywhere else the step's slope."""
    if isinstance(result, sp.Basic) and result.has(sp.Heaviside):
        return result.replace(sp.Heaviside, lambda x, *_: sp.Heaviside(x, sp.nan))
    return result


def undefined(side) -> bool:
    """An infinite or undefined side; not the slope a kink leaves undefined at 0 only
    (Heaviside(x, nan): `unset`), defined everywhere else."""
    if side.has(sp.Heaviside):
        side = side.replace(sp.Heaviside, lambda x, *_: sp.Heaviside(x))
    return side.has(sp.oo, sp.zoo, sp.nan)


def slope_at(node: Call, slope: sp.Expr, var: sp.Symbol, at: sp.Expr) -> sp.Expr:
    """The slope at `at`, unless `at` is a kink of the function (ReLU'(0): a step of the
    slope there, Heaviside(0)): its value there is a convention ("we take ReLU'(0) = 0"), any
    subgradient, between the one-sided slopes (Kink says which, for a value stated for it)."""
    name = node.name
    for step in slope.atoms(sp.Heaviside, sp.DiracDelta):
        if step.args and step.args[0].xreplace({var: at}) == 0:
            sides = []
            if not slope.has(sp.DiracDelta) and at.is_number:
                try:
                    sides = [float(sp.limit(slope, var, at, d)) for d in ("-", "+")]
                except (TypeError, ValueError, NotImplementedError):
                    sides = []
            low, high = (min(sides), max(sides)) if len(sides) == 2 else (None, None)
            raise Kink(f"{name}' at {at}, where {name} has a kink (no slope there): its "
                       "value is a convention (a subgradient), not derived", node, low, high)
    return slope.xreplace({var: at})
