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
    subgradient, between the one-sided slopes (Kink says which, for a value stated for it).
    At a vector or matrix of points (f'(z) at z = (-2, 0.5, 3)), entry by entry, as the
    function itself applies to one (an activation's slope per entry)."""
    if isinstance(at, sp.MatrixBase) and not isinstance(slope, sp.MatrixBase):
        return at.applyfunc(lambda entry: slope_at(node, slope, var, entry))
    name = node.name
    if on_a_seam(slope, var, at):  # f by cases (z for z ≥ 0, az below): f'(0) a convention
        raise Kink(f"{name}' at {at}, where the cases defining {name} meet: its slope there "
                   "is a convention (one side's, or any subgradient), not derived", node,
                   *_sides(slope, var, at))
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


def on_a_seam(slope, var: sp.Symbol, at) -> bool:
    """Is `at` where two cases of a slope defined by cases meet (a condition `var ≥ c`,
    `var < c` with c = at), the one-sided slopes there differing or not known as numbers?"""
    if not isinstance(slope, sp.Basic) or not getattr(at, "is_number", False):
        return False
    for piecewise in slope.atoms(sp.Piecewise):
        for _, condition in piecewise.args:
            relations = [condition] if isinstance(condition, sp.core.relational.Relational) \
                else list(condition.atoms(sp.core.relational.Relational))
            for rel in relations:
                if var in rel.free_symbols and \
                        sp.simplify((rel.lhs - rel.rhs).xreplace({var: at})) == 0:
                    low, high = _sides(slope, var, at)
                    return low is None or abs(high - low) > 1e-12
    return False


def _sides(slope, var: sp.Symbol, at) -> tuple[float | None, float | None]:
    """The one-sided slopes at `at` (the lower first), when they are numbers."""
    step = sp.Rational(1, 10**9)
    try:
        sides = sorted(float(slope.xreplace({var: at + d})) for d in (-step, step))
    except (TypeError, ValueError):
        return None, None
    return sides[0], sides[1]
