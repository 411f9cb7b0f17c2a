"""The region a step is stated for: the conditions given with it (`\\text{if } x > 0`, `i = j`),
bounds stated beside other formulas, a condition in the prose before it, a piece of a piecewise
function, and a derivative read as spreading over a sum."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import sympy as sp

from checker.derive.condition import Restriction
from checker.derive.context import Context
from checker.derive.deadline import Timeout, time_limit
from checker.derive.equivalence import Comparison
from checker.derive.meaning import Lowering
from checker.derive.render import render
from checker.derive.state import State
from checker.derive.traversal import symbols_of
from checker.derive.tree import Bin, Deriv, Node, Sym, rewrite


def bounds_elsewhere(state: State, line: int, free: frozenset[str]) -> list:
    """Bounds on a name (`\\qquad \\lambda > 0`) stated beside other formulas of the text, on
    names this step's values use."""
    return [(at, rel) for at, rel in state.bounds if at != line and any(
        isinstance(m, Sym) and m.name in free for m in rel.members)]


def restricted(ctx: Context, low: Lowering, limits: Restriction
                ) -> tuple[Context, dict[sp.Symbol, sp.Expr]]:
    """The context sampled under the conditions' intervals, and their values to substitute."""
    values: dict[sp.Symbol, sp.Expr] = {}
    intervals = dict(ctx.intervals)
    unapplied = list(limits.unapplied)
    for sym, value in limits.values.items():
        at = low.expr(sym)
        if isinstance(at, sp.Symbol):
            values[at] = low.expr(value)
        else:
            unapplied.append(f"{render(sym)} = {render(value)}")
    for sym, interval in limits.intervals.items():
        at = low.expr(sym)
        if isinstance(at, sp.Symbol):
            intervals[str(at)] = interval
        else:
            unapplied.append(f"a range of {render(sym)}")
    if unapplied != list(limits.unapplied):
        object.__setattr__(limits, "unapplied", tuple(unapplied))
    return (replace(ctx, intervals=intervals) if intervals != ctx.intervals else ctx), values


def narrowed(side: Node) -> Node:
    """side with each ∂/∂w that was taken to apply to a whole sum applied to its first term
    only (`\\frac{∂}{∂w} L + λw` as ∂L/∂w + λw)."""
    def change(n):
        if not (isinstance(n, Deriv) and n.spread and isinstance(n.operand, Bin)):
            return None
        rest: list[tuple[str, Node]] = []
        node: Node = n.operand
        while isinstance(node, Bin) and node.op in "+-":
            rest.append((node.op, node.right))
            node = node.left
        out: Node = Deriv(n.var, None, node, n.order)
        for op, term in reversed(rest):
            out = Bin(op, out, term)
        return out
    return rewrite(side, change)


PIECEWISE = (sp.Piecewise, sp.Max, sp.Min, sp.Abs, sp.sign, sp.Heaviside)


def on_one_piece(lv, rv, cmp: Comparison) -> bool:
    """f' = x where f = max(αx, x): true where x < 0, false elsewhere. Beside prose that names
    a region ("for negative inputs"), the step may be about that piece: undecided."""
    if cmp.samples is None or isinstance(lv, sp.MatrixBase) or isinstance(rv, sp.MatrixBase):
        return False
    if not any(v.has(*PIECEWISE) for v in (lv, rv) if isinstance(v, sp.Basic)):
        return False
    left, right, _ = cmp.samples
    scale = np.maximum(np.maximum(np.abs(left), np.abs(right)), 1.0)
    agree = int((np.abs(left - right) <= 1e-7 * scale).sum())
    return 3 <= agree < len(left)


def condition_can_matter(before: str, lv, rv) -> bool:
    """Whether a condition the prose states before a formula ("For $x \\le 0$, ...", "If $A$
    is symmetric, ...") could make a step that differs as read hold: not when the sides differ
    by an amount free of every name the sentence's math mentions, or (the prose's formulas
    not being at hand) by a number, or by one term free of some of the step's names
    (arithmetic that is off; `αe^x = α(e^x - 1) - α` under "for $x \\le 0$": off by 2α
    whatever x is)."""
    if isinstance(lv, sp.MatrixBase) != isinstance(rv, sp.MatrixBase) or \
            getattr(lv, "shape", None) != getattr(rv, "shape", None):
        return True
    try:
        with time_limit(0.2) as token:
            diffs = [sp.expand(d) for d in (list(lv - rv) if isinstance(lv, sp.MatrixBase)
                                            else [lv - rv])]
    except Timeout as err:
        if err.token is not token:
            raise  # the step's own limit: it ends the step
        return True
    except Exception:  # noqa: BLE001 - not known: the condition may matter
        return True
    sentence = re.split(r"(?<=[.!?。])\s", before)[-1]
    mentioned = {w.lstrip("\\") for m in re.findall(r"\$([^$]*)\$", sentence)
                 for w in re.findall(r"\\?[A-Za-z]+", m)}
    names = symbols_of(lv, rv)
    for diff in diffs:
        if diff == 0:
            continue
        stems = {re.match(r"[A-Za-z]*", str(x)).group(0) for x in diff.free_symbols}
        if mentioned and not stems & mentioned:
            return False  # off by what no condition on those names can change
        if not diff.free_symbols or (not isinstance(diff, sp.Add) and
                                     diff.free_symbols < names):
            return False  # off by a number, or by one term free of some of the step's names
    return True
