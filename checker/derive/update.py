"""Values bound as the worked example goes on: an update with numbers (`w := w - αg = 1.7`) gives
the name its new value, and a vector written out (`x = (1, 2, 6)`) binds its entries x_1,
x_2, x_3 (from x_0 where the text counts from 0) and itself.
"""

from __future__ import annotations

import re
from dataclasses import replace

from checker.derive import phrase
from checker.derive.guess import Guess
from checker.derive.member import is_numeric
from checker.derive.state import State
from checker.derive.tense import placed_earlier
from checker.derive.tree import Node, Shape, Sym


def updated(state: State, name: Node, values: list[Node], line: int) -> None:
    """An update with numbers (`w := w - αg = 2 - 0.05·6 = 1.7`): from here on the
    worked example goes on with the new value, if the name had one."""
    number = next((v for v in values if is_numeric(v)), None)
    if not isinstance(number, Shape):  # w ← (1, -1) - 0.5(-0.4, -1.1) = (1.2, -0.45): the tuple
        number = next((v for v in values if isinstance(v, Shape) and is_numeric(v)), number)
    if number is not None and isinstance(name, Sym) and \
            state.ctx.bound({name.name}, line):
        if isinstance(number, Shape) and name.name in state.ctx.tuples:
            bind_vector(state, name, number, line)  # a ← a - 0.5(0.2, -0.8) = (0.9, 0.4)
        else:
            state.bind(name, number, line)


def bind_vector(state: State, name: Sym, value: Shape, line: int, approx: bool = False) -> None:
    """`x = (1, 2, 6)`: the entries x_1, x_2, x_3, and x the vector of them (`≈`: each
    written rounded); x_0, x_1, x_2 where the text counts x's entries from 0 (it writes
    x_0, and gives x_0 no value of its own). An indexed name's entries carry its index
    (`v_0 = (1, 0)`: v_{0,1}, v_{0,2}): v_1 is another member of v's family (the next
    iterate), never an entry of v_0."""
    first = name.index + ("0",)
    start = 0 if name.base in state.zero_based and \
        not state.ctx.bound({replace(name, index=first).name}, line) else 1
    for k, entry in enumerate(value.dims, start=start):  # v_0 = (1, 0): v_{0,1}, not v_1
        state.bind(replace(name, index=name.index + (str(k),)), entry, line, approx=approx)
    state.bind(name, value, line, approx=approx)
    state.ctx.tuples.add(name.name)


def before_update(state: State, line: int, before: str, values: dict) -> list[Guess]:
    """"Second example, from the *old* parameters: ...": the step's paragraph sends it back to
    the values before an update (phrase.EARLIER), and a name it is checked at has had another
    value before (w ← w - ηg = (0.95, -0.77) after w = (0.5, -1)): which of them the step is
    worked at is a guess. Not when the step's own clause says so ("Margin before the step:
    $…$"): then the step is read at the earlier values (tense.at_an_earlier_binding) and
    decided."""
    words = re.sub(r"[*_`]", "", before).lower()
    if not values or not any(cue in words for cue in phrase.EARLIER) or placed_earlier(before):
        return []  # (a cue in the step's own clause: tense.at_an_earlier_binding decides it)
    ctx = state.ctx
    earlier = {name: [(at, str(v)) for at, v, _ in ctx.bindings.get(name, ()) if at < line]
               for name in values}
    moved = sorted(name for name, got in earlier.items() if len({v for _, v in got}) > 1 and
                   state.paragraph_end(got[-1][0]) < line)  # (not a value given right here)
    if not moved:
        return []
    shown = ", ".join(ctx.shown(n) for n in moved)
    return [Guess(f"checked at the latest values of {shown}, though the text says it works from "
                  "the values before the update", "give the values it uses again here")]
