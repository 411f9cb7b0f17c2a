"""Rows of a system of equations: a name the text has neither defined nor given a value,
stated equal to an expression that reaches it again (directly, `x = 2 + 0.5x`, or through the
definitions just written: `v_1 = 1 + 0.5v_2`, `v_2 = 0.5v_3`, then `v_3 = 2 + 0.5v_1`).

Such a line is an equation in that name, written out before it is solved (a Bellman system
row by row, a fixed point), not an identity in free variables: read as an identity it fails
for almost every value, and that proves nothing. A step that differs as read is undecided; a
name the text defined or gave a value before is checked with it, so a wrong row still fails
there (`v_3 = 4` given, then `v_3 = 2 + 0.5v_1` at the values)."""

from __future__ import annotations

from checker.derive.guess import Guess
from checker.derive.render import render
from checker.derive.state import State
from checker.derive.tree import Node, Sym


def unsolved_row(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """The guess that the step is an equation in its left side's name (see the module)."""
    if len(sides) != 2 or not isinstance(sides[0], Sym):
        return []
    name = sides[0]
    if state.ctx.lookup(name, line) is not None or state.ctx.bound({name.name}, line):
        return []
    if all(s.name != name.name for s in state.reached(sides[1:], line)):
        return []
    shown = render(name)
    return [Guess(f"{shown} has no value or definition before this line and its right side "
                  f"reaches it again: an equation in {shown} (a row of a system to solve), "
                  "not an identity",
                  f"give the value of {shown} that solves it, or write it as an identity")]
