"""Values bound for worked examples, as a step uses them: a problem's cases listed before its
solution (each step checked at the case it fits), and steps stated for every value of a name
(cases over r), which a value bound earlier does not restrict.
"""

from __future__ import annotations

import sympy as sp

from checker.derive.context import Context
from checker.derive.equivalence import compare
from checker.derive.tree import Cases, Node, Sym, walk


def earlier_values(ctx: Context, unbound: tuple, names: set[str], line: int,
                    atol: float | None) -> str | None:
    """A problem that lists its cases first (`(a) $x = 2$, $y = 1$ ... (c) $x = 4$`) and solves
    them after: the latest value of x is not the one a step of (a) uses. A step that fails at
    the latest values is checked at each earlier binding still in force (its names bound on one
    line, together); holding at one, it holds there, named, and those values are bound again
    from this line on (the next steps of the same case use them). None when none makes it hold."""
    def in_force(name: str) -> list[tuple[int, sp.Expr, int | None]]:
        return [b for b in ctx.bindings.get(name, ()) if b[0] < line and (b[2] is None or line < b[2])]

    latest = ctx.bound(names, line, stale=False)
    earlier = sorted(((b, name) for name in names for b in in_force(name)[:-1]
                      if b[1] != latest.get(name)), key=lambda e: -e[0][0])
    for (at, value, until), name in earlier[:6]:
        values = {name: value}
        nth = [b for b in in_force(name) if b[0] == at].index((at, value, until))
        for other in names - {name}:  # `(a) $x = 2$, $y = 1$; (b) $x = 3$, $y = 0$`: in pairs
            together = [b for b in in_force(other) if b[0] == at]
            if nth < len(together) and together[nth][1] != latest.get(other):
                values[other] = together[nth][1]
        symbols = {str(s): s for v in unbound for s in getattr(v, "free_symbols", ())}
        lv, rv = (ctx.at_bound_values(v.xreplace({symbols[k]: x for k, x in values.items()
                                                  if k in symbols}), line) for v in unbound)
        again = compare(lv, rv, ctx, atol=atol)
        if again.agree:
            for bound_name, bound_value in values.items():
                ctx.bind(bound_name, bound_value, line, until)
            shown = ", ".join(f"{ctx.shown(k)} = {v}" for k, v in sorted(values.items()))
            return f"{again.method}, at {shown} (bound on line {at}; the text binds other values too)"
    return None


def ranging_names(sides: tuple[Node, ...]) -> frozenset[str]:
    """The names a step's cases range over (`r` in `{r if |r| ≤ δ; δ·sign(r) if |r| > δ}`): the
    step is stated for every value of them, so a value bound earlier ("at $r = δ$") is not used."""
    return frozenset(n.name for side in sides for c in walk(side) if isinstance(c, Cases)
                     for _, cond in c.branches if cond is not None
                     for n in walk(cond) if isinstance(n, Sym))
