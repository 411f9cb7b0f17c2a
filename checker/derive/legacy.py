"""Definitions a step inherits from an earlier numbered example: "**Example 1** ... from the
first two equations $y = \\lambda$, $x = 2\\lambda$ ...", then "**Example 2** Minimise $x^2 +
y^2$ on $x + y = 2$: $2x = \\lambda$, $2y = \\lambda$". A numbered example (passage.py: "Example
2", "예 2", "例 2") is a new problem: the letters it writes are its own unknowns again, and
what example 1 derived for them (x = 2λ) is that example's, not a definition of the letters
from then on. Whether a step of the later example means the earlier definition is a guess: a
step that differs only as read with it is undecided, never wrong. Names defined before the
first example (the problem's setup) or inside the step's own example are no guess."""

from __future__ import annotations

from checker.derive.guess import Guess
from checker.derive.render import render
from checker.derive.state import State
from checker.derive.tree import Node


def inherited(state: State, line: int, sides: tuple[Node, ...]) -> list[Guess]:
    """One guess for the names the step reaches whose definition in force at `line` was made
    inside a numbered example that ended before it (State.example_end)."""
    found = []
    for sym in state.reached(sides, line):
        definition = state.ctx.lookup(sym, line)
        if definition is None:
            continue
        end = state.example_end(definition.line)
        if end is not None and end <= line:
            found.append((definition.line, render(sym), end))
    if not found:
        return []
    at, _, end = min(found)
    names = ", ".join(sorted({name for _, name, _ in found}))
    return [Guess(f"{names} read as defined on line {at}, inside an earlier numbered example "
                  f"(a new one starts on line {end} and may use the letters anew)",
                  f"define {names} again in this example, or name the earlier example's "
                  "result (`x_1 = ...`)")]
