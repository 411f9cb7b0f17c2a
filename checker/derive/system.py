"""Equations of a system, written out before it is solved: read as identities they fail for
almost every value, and that proves nothing.

Rows (`unsolved_row`): a name the text has neither defined nor given a value, stated equal to
an expression that reaches it again through the definitions just written (`v_1 = 1 + 0.5v_2`,
`v_2 = 0.5v_3`, then `v_3 = 2 + 0.5v_1`), or that writes it beside another unknown (`V_1 = 1 +
0.8(0.5V_1 + 0.5V_2)`): a Bellman system row by row, a fixed point. (Its only unknown on both
sides, `x = 2x`, it is equation.py's when the text solves it, and else checked as read.) A step
that differs as read is undecided; a name the text defined or gave a value before is checked
with it, so a wrong row still fails there (`v_3 = 4` given, then `v_3 = 2 + 0.5v_1`).

Listed equations (`of_system`): `2x = λ`, `2y = λ` (stationarity conditions of a Lagrangian,
"에서 $2x = \\lambda$, $2y = 3\\mu$", "得 $2x = \\lambda$，$2y = \\lambda$"). A chain ending on a
new name names its value (`... = z`, member.names_the_value): `2x = λ` alone reads as λ := 2x.
When another formula on the same line then equates an expression of other names to that name
(`2y = λ`, `2y = 3λ`), the writer is listing the equations an unknown (the multiplier) solves,
never claiming 2y = 2x: the naming was a guess. Such a second equation that fails against the
guessed naming is undecided, with the reason; one that holds, or a step whose sides are
numbers, keeps its verdict, and so does a name the text defined by "let" (a definition, not a
naming: `Let λ = 2x. Then 2y = λ` still fails).
"""

from __future__ import annotations

from dataclasses import replace

from checker.derive.guess import Guess
from checker.derive.member import is_numeric
from checker.derive.render import render
from checker.derive.result import Step
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


def of_system(step: Step, chain: list[Node], line: int, state: State) -> Step:
    """The step, undecided when it fails only against a name that an earlier formula on its
    line named by a chain's end, both sides expressions of names (an equation of a system)."""
    if step.verdict != "fails" or len(chain) != 2 or any(is_numeric(m) for m in chain):
        return step
    named = {n.name: n for m in chain for n in walk(m)
             if isinstance(n, Sym) and state.named.get(n.name) == line}
    if not named:
        return step
    shown = ", ".join(render(n) for n in named.values())
    return replace(step, verdict="undecided", counterexample=None, diagnosis=None, method=(
        f"could not decide: {shown} named the value of an earlier formula on this line, "
        "and this equates it to another expression: read as a system of equations (the "
        f"conditions an unknown such as a multiplier solves), not a claim; if {shown} is "
        "defined, say so (\"let\", \"로 두면\", \"令\")"))
