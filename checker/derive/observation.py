"""The number of observations a worked example gives: `Data: $x = (1,2,3,4,5)$, $y = (2.1,
\\dots, 6.0)$`, then `s^2 = \\frac{\\mathrm{SSE}}{n-2} = \\frac{0.091}{3}` with n never given a
value. The letter a text counts its observations with (n, N, m) is, in such an example, the
length of its data: every tuple in force there has that one length. A step whose only free
name is that letter, a number on its other side, is read with it at that length: it holds
when the sides agree so (which the step names); otherwise it stays undecided ("holds at
particular values only"), since the letter may count something else."""

from __future__ import annotations

import sympy as sp

from checker.derive import matrix
from checker.derive.context import Context
from checker.derive.equivalence import compare
from checker.derive.traversal import symbols_of

COUNTS = ("n", "N", "m")  # the letters a text counts its observations with


def data_length(ctx: Context, line: int) -> tuple[int, list[str]] | None:
    """The one length of the tuples bound in force at `line` (two entries or more), and their
    names; None when none is bound or their lengths differ."""
    bound = ctx.bound(set(ctx.tuples), line, stale=False)
    found = {name: len(v) for name, v in bound.items()
             if matrix.is_matrix(v) and 1 in v.shape and len(v) >= 2}
    if len(set(found.values())) != 1:
        return None
    return next(iter(found.values())), sorted(ctx.shown(n) for n in found)


def at_data_length(ctx: Context, lv, rv, atol: float, line: int) -> str | None:
    """How the step `lv = rv`, whose only free name is a counting letter (COUNTS), holds with
    that letter at the example's data length; None when it does not, or is no such step."""
    free = symbols_of(lv, rv)
    if len(free) != 1 or ctx.shown(str(next(iter(free)))) not in COUNTS:
        return None
    found = data_length(ctx, line)
    if found is None:
        return None
    length, names = found
    letter = next(iter(free))
    try:
        again = compare(lv.xreplace({letter: sp.Integer(length)}),
                        rv.xreplace({letter: sp.Integer(length)}), ctx, atol=atol)
    except Exception:  # noqa: BLE001 - not decided at that length: undecided as before
        return None
    if not again.agree:
        return None
    return (f"{again.method}, with {ctx.shown(str(letter))} = {length}, the number of entries "
            f"of the data the example gives ({', '.join(names)}), though the text gives "
            f"{ctx.shown(str(letter))} no value")
