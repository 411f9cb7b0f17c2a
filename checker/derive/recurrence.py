"""A recurrence the text states but never defines: a step relating members of one family at
neighbouring symbolic steps (`w_{t+1} - 3 = (1 - 2η)(w_t - 3)` after only `w_1 = w_0 -
ηf'(w_0)` at numbers, `x_{k+1} = x_k/2` in words of an algorithm) while the text gives the
family no rule at a symbolic step.

Read with nothing relating w_{t+1} to w_t, the two are independent variables and any such step
"fails" for almost every value: that proves nothing, the step is the rule (or follows from one
the text gives only by example). When the text defines the family by a rule (`w_{t+1} = w_t -
ηf'(w_t)`, or `w_t = 3 - 3·0.8^t`), the members are read with it and a wrong step fails as
before; so does a step whose step letter a sum in it binds (a telescoping sum holds or fails
for every family)."""

from __future__ import annotations

from checker.derive.definition import family_key
from checker.derive.guess import Guess
from checker.derive.render import render
from checker.derive.state import State
from checker.derive.tree import Node, Shift, Sum, Sym, walk


def _letter(index: str) -> str | None:
    """The step letter of a symbolic index (`t` of t, t+1, t-1), None for a number."""
    if isinstance(index, Shift):
        return index.letter
    return index if index.isalpha() and len(index) == 1 else None


def unstated(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """The guess that the step states a family's recurrence the text never defines."""
    summed = {n.index for side in sides for n in walk(side) if isinstance(n, Sum)}
    members: dict[tuple[str, str], dict[str, bool]] = {}
    shown: dict[tuple[str, str], Sym] = {}
    for side in sides:
        for n in walk(side):
            if not isinstance(n, Sym) or len(n.index) != 1:
                continue
            letter = _letter(n.index[0])
            if letter is None or letter in summed:
                continue
            key = (family_key(n), letter)
            members.setdefault(key, {})[str(n.index[0])] = isinstance(n.index[0], Shift)
            shown.setdefault(key, n)
    for key, indices in members.items():
        if len(indices) < 2 or not any(indices.values()):
            continue
        syms = [s for side in sides for s in walk(side) if isinstance(s, Sym) and
                len(s.index) == 1 and (family_key(s), _letter(s.index[0])) == key]
        if any(state.ctx.lookup(s, line) is not None for s in syms):
            continue
        name = render(shown[key])
        return [Guess(f"{name} at neighbouring steps with no rule for the family in the text "
                      "(its members read as unrelated variables)",
                      f"state the rule {name} follows at a general step before this line")]
    return []
