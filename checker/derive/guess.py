"""A guess a step's reading involved, and what the writer can add to settle it."""

from __future__ import annotations

from dataclasses import dataclass

from checker.derive.tree import Node, Sym, walk


@dataclass(frozen=True)
class Guess:
    what: str  # the guess, in the text's notation
    advice: str  # what the writer can add to settle it


def written_symbols(sides: tuple[Node, ...]) -> list[Sym]:
    """Every name a step's sides write, in order (repeats kept)."""
    return [n for side in sides for n in walk(side) if isinstance(n, Sym)]
