"""Values listed after a step in its sentence: `$v_1 + v_2 = 0$, $v = (1, -1)$` ("$\\lambda = 1$
일 때는 ...", "when λ = 1, ..."), an equation stated and then the numbers that solve it.

A worked example that takes cases (one eigenvalue, then the other; one constraint, then
another) gives its names new numbers for each case, often right after the equation those
numbers solve, in the same sentence. Read at the previous case's numbers (v = (1, 1)), such an
equation differs; the sentence itself says which numbers it is about. A step that differs at
the example's values, when formulas listed right after it in its sentence (only a comma or
"and" between them) give numbers to names it was evaluated at, is read at those numbers too:
it holds when it agrees there (certainty.held_as_stated), and fails when it differs there as
well (`$v_1 + v_2 = 0$, $v = (1, 1)$` is still a slip).
"""

from __future__ import annotations

from dataclasses import replace

from checker.derive.guess import Guess
from checker.derive.meaning import Lowering
from checker.derive.render import render
from checker.derive.state import State
from checker.derive.tree import Node, Shape


def relisted(state: State, line: int, sides: tuple[Node, Node],
             example_values: dict) -> list[Guess]:
    """The guess that the step is about the numbers listed after it in its sentence, with the
    step's sides read at them (as the reading the text decides), or none."""
    ctx = state.ctx
    listed = [(name, value) for name, value in state.values_after
              if any(_of(ctx, used, name.name) for used in example_values)]
    if not listed:
        return []
    low = Lowering(ctx, line)
    values = {}
    for name, value in listed:
        if isinstance(value, Shape):  # v = (1, -1): v_1, v_2 too (update.bind_vector)
            start = 0 if name.base in state.zero_based else 1
            for k, entry in enumerate(value.dims, start=start):
                values[replace(name, index=name.index + (str(k),)).name] = low.expr(entry)
        values[name.name] = low.expr(value)
    again = ctx.rebound(values, line)
    shown = ", ".join(f"{render(name)} = {render(value)}" for name, value in listed)
    left, right = sides
    return [Guess(f"the values of the previous case, while its sentence lists new ones "
                  f"after it ({shown})",
                  "start the new case with its values, before the equation they solve",
                  readings=((left, right, again),), stated=(left, right, again),
                  why=f"about the values listed after it ({shown})")]


def _of(ctx, used: str, name: str) -> bool:
    """`used` (a name the step was evaluated at) is `name` or one of its entries (v_1 of v)."""
    if used in (name, ctx.shown(name)):  # ŷ as shown, hat(y) as named
        return True
    sym = ctx.symbols.get(used)
    return sym is not None and bool(sym.index) and sym.stem == name
