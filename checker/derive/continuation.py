"""A section that goes on with the example of the section before it (`## Forward`, then `##
Backward`: the backward pass at the forward pass's numbers): values bound in an earlier section
are only a guess in a later one (a new section may start a new example), unless the section
shows it continues: once a step there held at those values (`dz = \\hat y - y = -1.9`, with ŷ
from the forward pass), the values bound from the start of that earlier section on are in force
in this section, to its end (the next heading or numbered example), and a step that differs
at them fails as any step does. A step that only differs there is never such evidence."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.derive.state import State


def confirm(state: State, stale: dict[str, int], line: int) -> None:
    """A step on `line` held at values bound in an earlier section (`stale`: name → the line
    it was bound on): this section continues that section's example."""
    if stale:
        state.continued.append((line, min(stale.values())))


def guessed(state: State, stale: dict[str, int], line: int) -> dict[str, int]:
    """Of the names at values bound in an earlier section (`stale`), those that remain a guess
    on `line`: all but the ones bound from the start of a section this one is shown to
    continue (see the module)."""
    if not stale:
        return stale
    breaks = [*state.headings, *state.examples]
    for held, earliest in state.continued:
        if held < line and not any(held < b <= line for b in breaks):
            start = max((h for h in breaks if h <= earliest), default=0)
            return {name: at for name, at in stale.items() if at < start}
    return stale
