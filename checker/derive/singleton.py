"""A singleton sample, the one sample of a worked example: `m = 1`, `x = 3`, `y = 5`, then
`\\frac{\\partial J}{\\partial w} = (\\hat{y} - y)x = 6` for `J = \\frac{1}{2m}
\\sum_{i=1}^{m}(\\hat{y}_i - y_i)^2`. With the count at 1 the sum has one term, in the
members x_1, y_1, and the example names that one sample by the plain letters it binds (x, y):
x_1 is x. A step whose only free names are such members (index 1, their plain letter bound to
a number in force, a count letter bound to 1 in force) is read with each member at its
letter's value: it holds when the sides agree so (the step names the reading); otherwise it
stays undecided ("holds at particular values only"), as `observation.at_data_length` does:
the example may have moved on (an update binds w anew before the next gradient is taken at
the old w), so a difference under this reading proves nothing."""

from __future__ import annotations

import sympy as sp

from checker.derive import matrix
from checker.derive.context import Context
from checker.derive.equivalence import compare
from checker.derive.traversal import symbols_of
from checker.derive.tree import Sym

COUNTS = ("m", "n", "N", "M")  # the letters a text counts its samples with


def one_sample(ctx: Context, lv, rv, line: int, atol: float) -> str | None:
    """How `lv = rv` holds at `line` with each member at index 1 read as the plain letter the
    example binds (x_1 as x = 3), a count letter bound to 1 in force; None when it is no such
    step or the sides differ so."""
    counts = ctx.bound({c for c in COUNTS if c in ctx.bindings}, line, stale=False)
    one = sorted(c for c, v in counts.items() if _number(v) and v == 1)
    free = symbols_of(lv, rv)
    if not one or not free:
        return None
    plain: dict[sp.Symbol, str] = {}
    for s in free:
        sym = ctx.symbols.get(str(s))
        if sym is None or sym.index != ("1",):
            return None
        plain[s] = Sym(sym.base, (), sym.sup, sym.accents).name
    bound = ctx.bound(set(plain.values()), line, stale=False)
    if any(not _number(bound.get(p)) for p in plain.values()):
        return None
    values = {s: bound[p] for s, p in plain.items()}
    try:
        again = compare(*(v.xreplace(values) if hasattr(v, "xreplace") else v
                          for v in (lv, rv)), ctx, atol=atol)
    except Exception:  # noqa: BLE001 - not decided so: undecided as before
        return None
    if not again.agree:
        return None
    said = ", ".join(f"{ctx.shown(str(s))} as {ctx.shown(p)} = {bound[p]}"
                     for s, p in sorted(plain.items(), key=lambda kv: str(kv[0])))
    return f"{again.method}, reading {said}, the example's one sample ({one[0]} = 1)"


def _number(value) -> bool:
    return value is not None and not matrix.is_matrix(value) and \
        not getattr(value, "free_symbols", True)
