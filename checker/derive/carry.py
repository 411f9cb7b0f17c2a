"""A rounded value carried on: a writer who states a value rounded (`ŷ = σ(wx) ≈ 0.622`) and goes
on from it computes with the rounded value, so a `≈` step that fails with the exact values is
read again with the values the text stated for its names.
"""

from __future__ import annotations

from checker.derive.rounding import written_number
from checker.derive.tree import Node


def with_stated(state, low, sides: tuple[Node, Node], line: int, atol: float) -> str:
    """`ŷ = σ(wx) ≈ 0.622`, then `-\\log ŷ ≈ 0.475`: a writer who goes on from the value they
    stated rounded computes with it, not with σ(0.5). A `≈` step that fails with the exact
    values holds when it holds with the rounded values stated for the names it uses (the
    latest statement since their latest definition or binding, before this formula: on an
    earlier line or in an earlier formula of this one). How it held, or ''."""
    from checker.derive.equivalence import compare
    from checker.derive.meaning import Lowering

    names = {s.name for s in state.reached(sides, line)}
    values: dict[str, Node] = {}
    for name in names:
        definition = state.ctx.get(name, line)
        bound = [b[0] for b in state.ctx.bindings.get(name, [])  # `p = e^{-1} ≈ 0.37`
                 if b[0] <= line and (b[2] is None or line < b[2])]
        since = max(([definition.line] if definition is not None else []) + bound, default=None)
        if state.ctx.bindings.get(name) and not bound:
            continue  # its value is no longer in force
        said = [(at, v) for at, v in state.stated.get(name, ()) if at <= line and
                (since is None or since <= at)]
        if said:
            values[name] = said[-1][1]
    if not values:
        return ""
    try:
        again = Lowering(state.ctx, line, calls=low.calls, wrt=low.wrt,
                         free_index=dict(low.free_index))
        held = frozenset(values)
        sides_held = [again.expr(side, hold=held) for side in sides]
        at = {s: again.expr(values[str(s)]) for v in sides_held for s in v.free_symbols
              if str(s) in values}
        lv, rv = (state.ctx.at_bound_values(v.xreplace(at), line) for v in sides_held)
        if lv.free_symbols or rv.free_symbols or getattr(lv, "is_Matrix", False):
            return ""
        cmp = compare(lv, rv, state.ctx, atol=atol)
    except Exception:  # noqa: BLE001 - not readable that way: the exact verdict stands
        return ""
    if not cmp.agree:
        return ""
    from checker.derive.render import render

    used = {str(s) for h in sides_held for s in h.free_symbols}
    shown = ", ".join(f"{render(state.ctx.symbols[name]) if name in state.ctx.symbols else name}"
                      f" ≈ {written_number(v)}" for name, v in sorted(values.items())
                      if name in used)
    return f"{cmp.method}, with the rounded value{'s' if ',' in shown else ''} the text " \
        f"stated ({shown})" if shown else ""
