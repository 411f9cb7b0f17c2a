"""A name solved for anew in a later case: `\\frac{1}{d_i} = \\frac{1}{10} - \\frac{1}{5} =
-\\frac{1}{10} \\Rightarrow d_i = -10` after `d_i = 15` was found for the first object
distance. The formula solves its equation for the name, so the old value is not the one its
links mean: on its line and after it the name is the number the solution states. The equation
is then checked at that number (a solution that does not satisfy it, `⇒ d_i = -5`, still fails),
and so are the steps that use the name later (`m = -d_i/d_o`)."""

from __future__ import annotations

from checker.derive.instantiation import number
from checker.derive.state import State
from checker.derive.statement import Segment
from checker.derive.tree import Sym, walk


def solve_anew(state: State, segments: list[Segment], line: int) -> None:
    """Bind each name a segment solves for after a ⇒ (`premise ⇒ name = number`, the name
    written in the premise) to that number on `line`, when it has another value in force."""
    for seg in segments:
        members, ops = seg.relation.members, seg.relation.ops
        if len(ops) < 2 or ops[-2:] != ("⇒", "=") or not isinstance(members[-2], Sym):
            continue
        name, value = members[-2], members[-1]
        solved = number(value)
        if solved is None or not any(n == name for m in members[:-2] for n in walk(m)):
            continue
        held = state.ctx.bound({name.name}, line).get(name.name)
        try:
            if held is None or abs(float(held) - solved) <= 1e-9 * max(1.0, abs(solved)):
                continue
        except (TypeError, ValueError):
            continue
        state.bind(name, value, line)
