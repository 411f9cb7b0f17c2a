"""What a failing step is shown with: the counterexample, the values there of the defined names
the step is written in, and its sides kept in the text's names (for diagnoses)."""

from __future__ import annotations

import sympy as sp

from checker.derive.context import Context
from checker.derive.equivalence import Comparison, fmt
from checker.derive.meaning import Lowering
from checker.derive.quantity import real
from checker.derive.render import render
from checker.derive.result import Counterexample
from checker.derive.traversal import count_nodes, symbols_of
from checker.derive.tree import Deriv, Node, Sym, walk


def derived(ctx: Context, low: Lowering, sides: tuple[Node, ...], point: dict[str, float]
             ) -> dict[str, float]:
    """The values, at the counterexample, of the defined names the step is written in
    (x_j, ŷ, a), so a reader can check it in the text's own terms."""
    out: dict[str, float] = {}
    names = {n for side in sides for n in walk(side) if isinstance(n, Sym)}
    for sym in sorted(names, key=lambda n: n.name):
        try:
            value = low.expr(sym)
            if not isinstance(value, sp.Expr) or value.is_Symbol or \
                    count_nodes(value, 400) >= 400:  # a matrix, or too large to be read
                continue
            free = symbols_of(value)
            if not free:
                continue
            number = complex(value.evalf(subs={s: point[str(s)] for s in free}))
        except Exception:  # noqa: BLE001 - a name that cannot be evaluated is left out
            continue
        if abs(number.imag) < 1e-9 and str(value) != sym.name and \
                ctx.shown(str(value)) not in out:
            out[render(sym)] = float(fmt(number.real))
    return out


def named(ctx: Context, low: Lowering, side: Node, line: int) -> tuple[sp.Expr, dict] | None:
    """A side with the text's defined names kept as names (a(1 + a), not its expansion in
    w, x, b), and what each stands for: diagnoses can then speak the text's language."""
    if any(isinstance(n, Deriv) for n in walk(side)):
        return None  # a name held inside a derivative would change its value
    names = frozenset(n.name for n in walk(side) if isinstance(n, Sym)
                      and ctx.lookup(n, line) is not None)
    if not names:
        return None
    try:
        kept = Lowering(ctx, line, free_index=dict(low.free_index), calls=low.calls,
                        wrt=low.wrt)
        shown = kept.expr(side, hold=names)
        meaning = {real(k): kept.expr(sym) for k, sym in kept.held.items()}
    except Exception:  # noqa: BLE001 - without it, diagnoses use the expanded form
        return None
    if isinstance(shown, sp.MatrixBase) or not meaning:
        return None
    return shown, meaning


def counterexample(cmp: Comparison, ctx: Context, derived: dict[str, float] | None = None
                    ) -> Counterexample:
    """The disagreeing point (callers check there is one), rounded for reading, with symbol
    names as the text writes them."""
    point = cmp.point or {}
    return Counterexample({ctx.shown(k): float(fmt(v)) for k, v in point.items()},
                          float(fmt(cmp.left or 0.0)), float(fmt(cmp.right or 0.0)),
                          derived or {})
