"""An identity written where the example's value is a pole: `\\frac{3x+5}{(x+1)(x+3)} =
\\frac{1}{x+1} + \\frac{2}{x+3}` after "Put $x = -3$:" (the cover-up method: the value was put
into a cleared equation, never into this one). At the bound values a side is infinite or
undefined, so the values cannot be what the step is about; the step is the identity in its
names, and it holds when the sides agree as written, before any value. Sides that differ
there stay undecided (which of the two readings is meant is not settled, and a quantity that
is infinite at the example's values may be a slip the example exposes).
"""

from __future__ import annotations

import sympy as sp

from checker.derive.context import Context
from checker.derive.equivalence import UNDEFINED, Comparison, compare
from checker.derive.errors import Undecided


def identity_at_pole(raw: tuple, sides: tuple, ctx: Context, atol: float,
                     why: Undecided) -> Comparison | None:
    """The comparison of the sides as written (`raw`, before any bound value) when they agree
    as an identity in names that the bound values replaced (`sides`: at the values, a side
    undefined there); None otherwise."""
    if str(why) != UNDEFINED or any(not isinstance(s, sp.Expr) for s in (*raw, *sides)):
        return None
    replaced = set().union(*(s.free_symbols for s in raw)) - \
        set().union(*(s.free_symbols for s in sides))
    if not replaced:
        return None
    try:
        found = compare(*raw, ctx, atol=atol)
    except Undecided:
        return None
    if not found.agree:
        return None
    names = ", ".join(sorted(ctx.shown(str(s)) for s in replaced))
    return Comparison(True, found.method + f", as an identity in {names} (at the example's "
                      f"value of {names} a side is undefined: not the case the step is about)")
