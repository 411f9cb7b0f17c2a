"""A value that fails against a definition with two of its inputs swapped.

`BP = \\exp(1 - c/r)` on one line (never checked: a definition), then `BP = e^{-2/7}` with
c = 7, r = 9: the later value is the definition with c and r swapped, exp(1 - r/c). Swapping
two quantities is one of the commonest slips in a formula, and the definition is as likely to
hold it as the value: a text that writes a formula wrongly and then the correct number, or the
right formula and then a number computed with the inputs swapped, reads the same. Nothing
checks the definition, so the step that disagrees with it is not reported as the wrong one:
it is undecided, naming the definition's line and the swap (`swapped`).

Only a step that restates a defined name (`BP = number`) at numbers the example binds, whose
definition's own line worked the formula out at those numbers (`BP = \\exp(1 - c/r) =
\\exp(1 - 7/9)`: the writer's two lines contradict each other), and only when swapping exactly
two inputs of different values makes it agree; a general formula alone on its line, then a
value with two inputs swapped, and any other disagreement stay failures.
"""

from __future__ import annotations

from itertools import combinations
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive.guess import Guess
from checker.derive.render import render
from checker.derive.tree import Node, Sym

if TYPE_CHECKING:
    from checker.derive.context import Context
    from checker.derive.meaning import Lowering
    from checker.derive.state import State

_MOST_INPUTS = 6  # pairs tried: 15 at most


def swapped(state: State, line: int, left: Node, low: Lowering, ctx: Context, rv,
            atol: float) -> list[Guess]:
    """The guess that the definition of `left` (a name defined on an earlier line) swaps two
    of its inputs, when with them swapped it takes the value `rv` the step states."""
    if not isinstance(left, Sym) or not _number(rv):
        return []
    earlier = state.definition_of(left, line)
    if earlier is None or earlier.line >= line or earlier.index or \
            not _worked_on_its_line(state, earlier.line, left):
        return []
    try:
        body = low.again().expr(earlier.body)
    except Exception:  # noqa: BLE001 - a body that cannot be read: no guess
        return []
    symbols = {str(s): s for s in getattr(body, "free_symbols", ())}
    names = sorted(symbols)
    values = ctx.bound(set(names), line)
    inputs = [n for n in names if _number(values.get(n))]
    if len(inputs) != len(names) or not 2 <= len(inputs) <= _MOST_INPUTS:
        return []
    target = complex(sp.N(rv))
    for a, b in combinations(inputs, 2):
        if sp.simplify(values[a] - values[b]) == 0:
            continue
        at = {symbols[a]: values[b], symbols[b]: values[a]}
        at.update({symbols[n]: values[n] for n in inputs if n not in (a, b)})
        try:
            got = complex(sp.N(body.xreplace(at)))
        except (TypeError, ValueError):
            continue
        if abs(got - target) <= 1e-9 * max(1.0, abs(target)) + atol:
            shown_a, shown_b = ctx.shown(a), ctx.shown(b)
            return [Guess(
                f"{render(left)} read through its definition on line {earlier.line}, "
                f"{render(earlier.body)}, which nothing checks; with {shown_a} and {shown_b} "
                f"swapped there the step holds, so one of the two lines swaps them",
                f"check the formula on line {earlier.line}: if it is right, this value has "
                f"{shown_a} and {shown_b} swapped")]
    return []


def _worked_on_its_line(state: State, at: int, name: Sym) -> bool:
    """The definition's own line goes on from the formula to its value at numbers (`BP =
    \\exp(1 - c/r) = \\exp(1 - 7/9)`): the writer worked the formula out there, and a later
    line that states the value differently contradicts that line's own reading of it. A
    general formula alone on its line (`h' = \\frac{r}{p} h`), then a value with two inputs
    swapped, stays a failure of the value: the usual slip."""
    return worked_value(state, at, name) is not None


def worked_value(state: State, at: int, name: Sym) -> Node | None:
    """The numbers a chain of line `at` that starts at `name` ends on (`η = 1/L = 0.25`: 0.25),
    or None."""
    from checker.derive.errors import Unreadable
    from checker.derive.member import is_numeric
    from checker.derive.statement import parse_statements

    for text in state.texts.get(at, []):
        try:
            segments = parse_statements(text, state.ctx.known)
        except (Unreadable, RecursionError):
            continue
        for segment in segments:
            rel = segment.relation
            if segment.error is None and rel is not None and len(rel.members) >= 3 and \
                    rel.members[0] == name and is_numeric(rel.members[-1]):
                return rel.members[-1]
    return None


def _number(value) -> bool:
    return isinstance(value, sp.Basic) and not getattr(value, "is_Matrix", False) and \
        not value.free_symbols and value.is_number
