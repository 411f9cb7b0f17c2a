"""Rows of a system of equations: a name the text has neither defined nor given a value,
stated equal to an expression that reaches it again through the definitions just written
(`v_1 = 1 + 0.5v_2`, `v_2 = 0.5v_3`, then `v_3 = 2 + 0.5v_1`), or that writes it beside another
unknown (`V_1 = 1 + 0.8(0.5V_1 + 0.5V_2)`). (Its only unknown on both sides, `x = 2x`, it is
equation.py's when the text solves it, and else checked as read.)

Such a line is an equation in that name, written out before it is solved (a Bellman system
row by row, a fixed point), not an identity in free variables: read as an identity it fails
for almost every value, and that proves nothing. A step that differs as read is undecided; a
name the text defined or gave a value before is checked with it, so a wrong row still fails
there (`v_3 = 4` given, then `v_3 = 2 + 0.5v_1` at the values)."""

from __future__ import annotations

from checker.derive.guess import Guess
from checker.derive.render import render
from checker.derive.state import State
from checker.derive.tree import Node, Sym, walk


def unsolved_row(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """The guess that the step is an equation in its left side's name (see the module)."""
    if len(sides) != 2 or not isinstance(sides[0], Sym):
        return []
    name = sides[0]
    if state.ctx.lookup(name, line) is not None or state.ctx.bound({name.name}, line):
        return []
    others = {n.name for n in walk(sides[1]) if isinstance(n, Sym) and n.name != name.name and
              state.ctx.lookup(n, line) is None and not state.ctx.bound({n.name}, line)}
    if any(isinstance(n, Sym) and n.name == name.name for n in walk(sides[1])) and not others:
        return []  # `x = 2x`, its only unknown written on both sides: a doubled side, checked
        # as read (equation.py's when the text solves it); with another unknown of the system
        # (`V_1 = 1 + 0.8(0.5V_1 + 0.5V_2)`), a row
    if all(s.name != name.name for s in state.reached(sides[1:], line)):
        return []
    shown = render(name)
    return [Guess(f"{shown} has no value or definition before this line and its right side "
                  f"reaches it again: an equation in {shown} (a row of a system to solve), "
                  "not an identity",
                  f"give the value of {shown} that solves it, or write it as an identity")]
