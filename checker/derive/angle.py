"""Angles written in degrees (`A \\approx 41.81^\\circ`, `θ = 30°`): glyph.prepare reads every
number with a degree sign as that many times π/180, so a name bound so holds an angle in
radians. A step that reads such a name but writes no degree sign, no trigonometric function
and no π (`θ/2 = 15`) may mean the number of degrees: a guess (`unmarked`), never a failure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.derive.guess import Guess
from checker.derive.regex import Regex
from checker.derive.tree import Node, Sym, walk

if TYPE_CHECKING:
    from checker.derive.state import State

# a degree sign of an angle (never one of a temperature: `27^\\circ\\text{C}`, `80°F`)
MARK = Regex(r"(?:\^\s*\{?\s*\\circ|°|\\degree)(?!\s*\}?\s*(?:\\(?:text|mathrm)\s*\{\s*)?[CF](?![A-Za-z]))")
_GIVEN = Regex(r"=|≈|\\approx")  # a value given, not a bare angle mentioned
_RADIANS = Regex(r"\\(?:sin|cos|tan|cot|sec|csc|pi)\b|π|\\text\s*\{\s*rad")


def unmarked(state: State, line: int, sides: tuple[Node, ...], text: str) -> list[Guess]:
    """A guess for each name of the step bound, where it is read, on a line whose formulas
    give a value in degrees (`=` or `≈` and a degree sign in one formula), when the step's own
    text writes none, nor a trigonometric function or π."""
    if MARK.search(text) or _RADIANS.search(text):
        return []
    found = []
    for name in sorted({n.name for side in sides for n in walk(side) if isinstance(n, Sym)}):
        at = next((b[0] for b in reversed(state.ctx.bindings.get(name, []))
                   if b[0] <= line and (b[2] is None or line < b[2])), None)
        if at is not None and any(MARK.search(t) and _GIVEN.search(t) for t in state.texts.get(at, [])):
            shown = state.ctx.shown(name)
            found.append(Guess(f"{shown} read in radians (given in degrees on line {at}), "
                               "while this line writes no degree sign",
                               f"write the degree sign here too ({shown} = 15^\\circ)"))
    return found
