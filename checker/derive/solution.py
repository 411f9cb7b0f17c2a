"""The solution a text states for an equation it sets up (equation.py): which name it solves
for, and what value it gives.

A solution is the first link `x = e` of the formula after the equation. Its name is an unknown
of the equation: a name the text neither defines nor binds; a parameter the example bound to
another value, which the solution gives a new one (`t = 10,000` steps, then "$0.96^{t/T} = 0.5$
에서 $t = T\\ln 0.5/\\ln 0.96$"); or the unknown written with the mark of a solution, a star, a
hat or "opt" (`1 - ημ = ηL - 1`, giving `η^⋆ = 2/(L + μ)`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import sympy as sp

from checker.derive.errors import Undecided, Unreadable
from checker.derive.meaning import Lowering
from checker.derive.state import State
from checker.derive.statement import parse_statements
from checker.derive.tree import Node, Sym

_MARKED_INDEX = {("opt",), ("o", "p", "t"), ("*",), ("⋆",)}


@dataclass(frozen=True)
class Solution:
    written: Sym  # as the text writes it: η^⋆
    name: Sym  # the unknown of the equation it gives: η
    value: Node
    alone: bool  # the formula states nothing else (`x = e`, one link)


def unknown(sym: Node, state: State, line: int) -> bool:
    """A plain name the text neither defines nor binds at `line`: what an equation solves for."""
    return isinstance(sym, Sym) and state.ctx.lookup(sym, line) is None and \
        not state.ctx.bound({sym.name}, line)


def unmarked(sym: Sym) -> Sym:
    """η^⋆, η^*, \\hat η, η_opt → η: the unknown a solution's mark decorates (the name itself
    when it has no such mark)."""
    if sym.sup in {"*", "⋆", "∗"}:
        return replace(sym, sup="")
    if sym.accents == ("hat",):
        return replace(sym, accents=())
    if sym.index in _MARKED_INDEX:
        return replace(sym, index=())
    return sym


def _rebound(sym: Sym, value: Node, state: State, line: int) -> bool:
    """A parameter the example bound (no definition), given another value by the solution."""
    if state.ctx.lookup(sym, line) is not None:
        return False
    bound = state.ctx.bound({sym.name}, line).get(sym.name)
    if bound is None:
        return False
    try:
        low = Lowering(state.ctx, line)
        given = state.ctx.at_bound_values(low.expr(value), line)
        return not bool(sp.Abs(sp.sympify(given) - sp.sympify(bound)) < 1e-9 * (1 + abs(bound)))
    except (Undecided, Unreadable, TypeError, ValueError, ZeroDivisionError, AttributeError):
        return False  # (not known to differ: the example's own value, perhaps)


def solution(text: str, state: State, names: set[str], line: int) -> Solution | None:
    """The solution the formula `text` states for an equation in `names` (read at `line`, the
    equation's), or None."""
    try:
        segments = parse_statements(text, state.ctx.known)
    except (Unreadable, RecursionError):
        return None
    first = segments[0] if segments else None
    if first is None or first.error is not None or first.condition or first.continues:
        return None
    members, ops = first.relation.members, first.relation.ops
    if len(members) < 2 or ops[0] != "=" or not isinstance(members[0], Sym) or members[1] is None:
        return None
    written, value = members[0], members[1]
    name = unmarked(written)
    if name.name not in names:
        return None
    if name != written and state.ctx.lookup(written, line) is not None:
        return None  # η^⋆ the text defined before: no solution given here
    if not (unknown(name, state, line) or _rebound(name, value, state, line)):
        return None
    return Solution(written, name, value, len(segments) == 1 and len(members) == 2)
