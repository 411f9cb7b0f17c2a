"""Equations listed as a system: `2x = λ`, `2y = λ` (stationarity conditions of a Lagrangian,
"에서 $2x = \\lambda$, $2y = 3\\mu$", "得 $2x = \\lambda$，$2y = \\lambda$").

A chain ending on a new name names its value (`... = z`, member.names_the_value): `2x = λ`
alone reads as λ := 2x. When another formula on the same line then equates an expression of
other names to that name (`2y = λ`, `2y = 3λ`), the writer is listing the equations an unknown
(the multiplier) solves, never claiming 2y = 2x: the naming was a guess. Such a second equation
that fails against the guessed naming is undecided, with the reason; one that holds, or a step
whose sides are numbers, keeps its verdict, and so does a name the text defined by "let" (a
definition, not a naming: `Let λ = 2x. Then 2y = λ` still fails).
"""

from __future__ import annotations

from dataclasses import replace

from checker.derive.member import is_numeric
from checker.derive.render import render
from checker.derive.result import Step
from checker.derive.state import State
from checker.derive.tree import Node, Sym, walk


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
