"""Is a step's reading certain? A reading that involved a guess can hold, but never fail.

Every symbol's meaning should be fixed by the text or by the notation. When it was not (a
name whose meaning changed a few lines above, a δ_{ij} that may be the Kronecker delta, a
function applied to one symbol that may be a product), a step that does not hold as read is
reported `undecided`, with the guess and what the writer can add to settle it.

Each rule is one function from the step (its two sides as written) and the document's state
to the guesses it finds; adding a source of doubt is one row in RULES.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from checker.derive.render import render
from checker.derive.state import State
from checker.derive.tree import Node, Sym, walk


@dataclass(frozen=True)
class Guess:
    what: str  # the guess, in the text's notation
    advice: str  # what the writer can add to settle it


def _symbols(sides: tuple[Node, ...]) -> list[Sym]:
    return [n for side in sides for n in walk(side) if isinstance(n, Sym)]


def _changed_meaning(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """y = w_1x_1 + ... after y was used as the label: later steps read y (also inside the
    definitions they use, such as a loss in terms of y) in its new meaning."""
    out = []
    for sym in state.reached(sides, line):
        since, until = state.changed.get(sym.name, (None, 0))
        if since is not None and since <= line < until:
            out.append(Guess(f"{render(sym)} read with the meaning line {since} gave it",
                             f"if {render(sym)} keeps its earlier meaning, use a new name on "
                             f"line {since}"))
    return out


def _kronecker(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """δ_{ij} that the text does not define: possibly the Kronecker delta."""
    for sym in _symbols(sides):
        if sym.base == "delta" and len(sym.index) == 2 and \
                state.ctx.lookup(sym, line) is None and \
                all(len(str(i)) == 1 and str(i).isalpha() for i in sym.index):
            return [Guess(f"{render(sym)} read as a variable, though it may be the Kronecker "
                          "delta (1 if the indices are equal, else 0)",
                          "write the two cases separately (i = j and i ≠ j)")]
    return []


def one_example(names: set[str], state: State) -> dict[str, str]:
    """x beside x_1 as the only member of x's family in a step (one example, m = 1, written
    both ways): the other reading, x as x_1. SymPy name → SymPy name; {} when none."""
    symbols = [state.ctx.symbols[n] for n in names if n in state.ctx.symbols]
    members: dict[str, list[str]] = {}
    for s in symbols:
        if s.index:
            members.setdefault(s.stem, []).append(s.name)
    return {s.name: members[s.stem][0] for s in symbols
            if not s.index and not s.sup and len(members.get(s.stem, [])) == 1}


Rule = Callable[[tuple[Node, ...], State, int], list[Guess]]
# (δ_{ij} undefined is read as the Kronecker delta by the lowering (meaning.kronecker), and a
# step with two free indices is checked with them equal and apart: no guess left)
RULES: tuple[Rule, ...] = (_changed_meaning,)


def guesses(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """The guesses the reading of a step (its sides as written) involved."""
    return [g for rule in RULES for g in rule(sides, state, line)]
