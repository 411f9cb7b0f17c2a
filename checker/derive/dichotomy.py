"""A case split on a name's values: `L = \\begin{cases} -\\log a & y = 1 \\\\ -\\log(1 - a) & y =
0 \\end{cases}` (with "y 는 0 또는 1" said in words only, or nothing said). Every piece of the
piecewise side is conditioned on the name equal to a number, so the side is defined at those
values only, and the step claims no more than that: the name is sampled at those values
(as a stated `y ∈ \\{0, 1\\}` would have it), never elsewhere, where neither side can be
compared. A name the text already restricts keeps its own values."""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from checker.derive.context import Context


def split_on(ctx: Context, *sides) -> Context:
    """ctx with each name that a piecewise side splits on by its values (every condition
    `name = number`, two pieces or more) sampled at those values; ctx itself when none."""
    found: dict[str, tuple[float, ...]] = {}
    for side in sides:
        for piecewise in getattr(side, "atoms", lambda *_: ())(sp.Piecewise):
            values = _values(piecewise)
            if values is not None:
                name, numbers = values
                found[name] = tuple(sorted(set(found.get(name, ())) | set(numbers)))
    found = {k: v for k, v in found.items() if k not in ctx.discrete and
             k not in ctx.intervals and len(v) >= 2}
    if not found:
        return ctx
    return replace(ctx, discrete={**ctx.discrete, **found})


def _values(piecewise: sp.Piecewise) -> tuple[str, tuple[float, ...]] | None:
    """The one name every piece's condition sets to a number (`y = 1`, or `y = 0 or y = 1`
    for pieces the lowering merged), and those numbers; else None. Pieces of no value (nan:
    where the written conditions overlap, or none holds) say nothing of the split."""
    names, numbers = set(), []
    for value, condition in piecewise.args:
        if value is sp.nan:
            continue
        equalities = condition.args if isinstance(condition, sp.Or) else (condition,)
        for equality in equalities:
            if not isinstance(equality, sp.Eq):
                return None
            symbol = next((s for s in equality.args if isinstance(s, sp.Symbol)), None)
            number = next((s for s in equality.args if s.is_number), None)
            if symbol is None or number is None or not number.is_real:
                return None
            names.add(str(symbol))
            numbers.append(float(number))
    return (names.pop(), tuple(numbers)) if len(names) == 1 else None
