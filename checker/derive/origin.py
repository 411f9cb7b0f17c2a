"""Where a vector's count starts: `n = (900, 90, 10)` beside weights written `w_0, w_1, w_2` and
defined entry by entry from it (`w_k = N/(K n_k)`).

A tuple's entries are read from 1 (n_1 = 900) unless the text writes that vector at index 0.
When another family, indexed by the same letter in one formula (outside a recurrence, whose
state starts before its inputs), is counted from 0, the writer may count the tuple from 0 as
well (n_1 = 90): which count is meant is a guess. A step that differs with the tuple read from 1
is read again with it read from 0; it holds if it holds there, and fails only when it differs
both ways. So too when the text writes the tuple's name with a bracket index (`X[k] =
\\sum_{n=0}^{3} x[n] e^{-2\\pi i kn/4}`, then `X = (6, -2-2i, 2, -2+2i)` and `X_1 H_1`), as
signal-processing and array notes do, counting from 0. The step's tuples are then all read
from 0 together (`X_1 H_1`: both X and H), as one text counts them one way."""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from checker.derive.guess import Guess
from checker.derive.regex import Regex
from checker.derive.state import State
from checker.derive.tree import Node


def counted_from_zero(state: State, line: int, sides: tuple[Node, Node],
                      values: dict) -> list[Guess]:
    """The guess that the tuples the step reads entries of are counted from 0 (see the
    module): offered when one of them is counted alike with a family counted from 0, or is
    written with its index in brackets; every tuple the step reads is then read from 0."""
    ctx = state.ctx
    stems: dict[str, dict[str, sp.Expr]] = {}  # each tuple's entries, counted from 0
    reason = None
    for key in list(ctx.bindings):
        if key not in values and ctx.shown(key) not in values:
            continue
        sym = ctx.symbols.get(key)
        if sym is None or len(sym.index) != 1 or not str(sym.index[0]).isdigit():
            continue
        stem = sym.stem
        if stem not in ctx.tuples or sym.base in state.zero_based:
            continue
        whole = ctx.bound({stem}, line).get(stem)
        if not isinstance(whole, sp.MatrixBase) or 1 not in whole.shape:
            continue
        stems.setdefault(ctx.shown(stem), {}).update(
            {replace(sym, index=(str(k),)).name: entry for k, entry in enumerate(list(whole))})
        counted = _counted_alike(state, sym.base)
        if reason is None and counted is not None:
            reason = (ctx.shown(stem), f"{counted}, indexed with it by the same letter, is "
                      "counted from 0", f"as {counted} is")
        elif reason is None and sym.base in state.bracketed:
            reason = (ctx.shown(stem), f"the text indexes it in brackets ({ctx.shown(stem)}[k]),"
                      " as arrays and signals are, from 0",
                      f"as the text writes {ctx.shown(stem)}[k]")
    if reason is None:
        return []
    shown, evidence, like = reason
    again = ctx.rebound({k: v for entries in stems.values() for k, v in entries.items()}, line)
    alone = ((*sides, ctx.rebound(stems[shown], line)),) if len(stems) > 1 else ()
    # (with several tuples, the one the text counts from 0 alone is a reading too: a step
    # that holds so is no failure)
    return [Guess(f"{shown}'s entries read from 1, though {evidence}",
                  f"write {shown}_0 for its first entry, or count from 1 throughout",
                  readings=((*sides, again), *alone), stated=(*sides, again),
                  why=f"with {', '.join(stems)} counted from 0, {like}")]


_BRACKETED = Regex(r"(?<![A-Za-z\\])([A-Za-z])\s*\[\s*\(?\s*[a-z](?![A-Za-z])")


def bracketed(text: str) -> set[str]:
    """The names a formula indexes in square brackets right after them, by a letter (`x[n]`,
    `X[k]`, `h[n-1]`, `x[(n-1) \\bmod 4]`): signal and array notation, counted from 0."""
    return {m.group(1) for m in _BRACKETED.finditer(text)}


def _counted_alike(state: State, base: str) -> str | None:
    """A base counted from 0 that some formula indexes by the same letter as `base`."""
    for bases in state.alike:
        if base in bases:
            found = sorted(bases & state.zero_based)
            if found:
                return found[0]
    return None
