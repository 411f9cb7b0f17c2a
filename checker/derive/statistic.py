"""A statistic at the example's values: `E[y^2] = 4/0.8` once the text has bound p = 0.8, x = 2.

A step that states a number for a statistic (`\\operatorname{Var}[y] = 5 - 4` after `y = m x/p`,
`m \\sim \\mathrm{Bernoulli}(p)` and `With p = 0.8, x = 2`) is the expectation algebra's
reduction of that statistic (moment.py: E[m^2] x^2/p^2 with E[m^2] = p, so x^2/p) evaluated at
the values the text binds: checkable arithmetic. It is read only when the reduction leaves no
moment unknown (a moment the text gives in no form this checker reads keeps the step
undecided) and every name left outside the moments is bound at the step's line, in force there,
to a number. The names read as random are never replaced by a bound value (`x = (2, 4, 6)` is a
sample, not the variable's value); a name written only inside a statistic that no distribution
is declared for (x, p in E[m^2 x^2/p^2] beside `m \\sim \\mathrm{Bernoulli}(p)`) is read as the
constant the text binds it to.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import sympy as sp

from checker.derive.moment import known, reduced
from checker.derive.premise import parameter


@dataclass(frozen=True)
class Valued:
    """Both sides reduced to numbers, and the bound values that made them so (as written)."""

    left: sp.Expr
    right: sp.Expr
    values: tuple[tuple[str, sp.Expr], ...]

    def said(self, ctx) -> str:
        from checker.derive.equivalence import fmt

        return ", ".join(f"{ctx.shown(name)} = {fmt(float(value))}" for name, value in self.values)


def at_values(left, right, ctx, stems: dict[str, str]) -> Valued | None:
    """Both sides of a step about statistics, reduced to moments with the distributions in
    force on the step's line and evaluated at the values bound there; None when the reduction
    fails, needs an independence or an expectation of what is no power of a random variable,
    leaves a moment unknown, or leaves a name without a value."""
    randomness = ctx.randomness
    if randomness is None or ctx.here is None:
        return None
    here = randomness.at(ctx.here, partial(parameter, ctx, ctx.here))
    for declared_only in (False, True):  # then the names no distribution is declared for fixed
        found = reduced(left, right, here, stems, declared_only=declared_only)
        if found is None:
            continue
        lhs, rhs, red = found
        if red.needed_independence or red.opaque or red.guessed or not red.random:
            continue
        sides = [known(side, red, here, False) for side in (lhs, rhs)]
        free = set().union(*(side.free_symbols for side in sides))
        if free and not free & (set(red.moments) | red.random):
            break  # (all numbers already is the algebra's; a moment left unknown stays so)
    else:
        return None
    names = {str(s) for s in free}
    values = ctx.bound(names, ctx.here, stale=False)
    if set(values) != names or any(not _number(v) for v in values.values()):
        return None
    swap = {s: values[str(s)] for s in free}
    valued = [sp.nsimplify(side.xreplace(swap), rational=True) for side in sides]
    if any(v.free_symbols for v in valued):
        return None
    return Valued(valued[0], valued[1], tuple(sorted(values.items())))


def numeric(side) -> bool:
    """A side that is numbers only (`5 - 4`, `4/0.8`): the writer's arithmetic at the example's
    values, which the valued reduction can refute (a side with a name may be a formula meant
    for every value)."""
    return not isinstance(side, sp.MatrixBase) and not getattr(side, "free_symbols", {1})


def _number(value) -> bool:
    try:
        return bool(getattr(value, "is_number", False)) and not value.free_symbols
    except AttributeError:
        return False
