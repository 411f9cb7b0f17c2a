"""Where a vector's count starts: `n = (900, 90, 10)` beside weights written `w_0, w_1, w_2` and
defined entry by entry from it (`w_k = N/(K n_k)`).

A tuple's entries are read from 1 (n_1 = 900) unless the text writes that vector at index 0.
When another family, indexed by the same letter in one formula (outside a recurrence, whose
state starts before its inputs), is counted from 0, the writer may count the tuple from 0 as
well (n_1 = 90): which count is meant is a guess. A step that differs with the tuple read from 1
is read again with it read from 0; it holds if it holds there, and fails only when it differs
both ways."""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from checker.derive.guess import Guess
from checker.derive.state import State
from checker.derive.tree import Node


def counted_from_zero(state: State, line: int, sides: tuple[Node, Node],
                      values: dict) -> list[Guess]:
    """The guess that a tuple the step reads entries of is counted from 0 (see the module)."""
    ctx = state.ctx
    for key in list(ctx.bindings):
        if key not in values and ctx.shown(key) not in values:
            continue
        sym = ctx.symbols.get(key)
        if sym is None or len(sym.index) != 1 or not str(sym.index[0]).isdigit():
            continue
        stem = sym.stem
        counted = _counted_alike(state, sym.base)
        if stem not in ctx.tuples or sym.base in state.zero_based or counted is None:
            continue
        whole = ctx.bound({stem}, line).get(stem)
        if not isinstance(whole, sp.MatrixBase) or 1 not in whole.shape:
            continue
        again = ctx.rebound({replace(sym, index=(str(k),)).name: entry
                             for k, entry in enumerate(list(whole))}, line)
        shown = ctx.shown(stem)
        return [Guess(f"{shown}'s entries read from 1, though {counted}, indexed with it by the "
                      f"same letter, is counted from 0", f"write {shown}_0 for its first entry, "
                      "or count both from 1",
                      readings=((*sides, again),), stated=(*sides, again),
                      why=f"with {shown} counted from 0, as {counted} is")]
    return []


def _counted_alike(state: State, base: str) -> str | None:
    """A base counted from 0 that some formula indexes by the same letter as `base`."""
    for bases in state.alike:
        if base in bases:
            found = sorted(bases & state.zero_based)
            if found:
                return found[0]
    return None
