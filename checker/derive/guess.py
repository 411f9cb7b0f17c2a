"""A guess a step's reading involved, and what the writer can add to settle it."""

from __future__ import annotations

from dataclasses import dataclass

from checker.derive.tree import Node, Sym, walk


@dataclass(frozen=True)
class Guess:
    what: str  # the guess, in the text's notation
    advice: str  # what the writer can add to settle it
    # the step's sides under each other reading the guess allows (x̄ as the mean of the x_i),
    # then perhaps the context to read them in, when all of them are known: a step that
    # differs under every one is decided as read (certainty.differs_every_way); empty when
    # the other readings cannot be written out
    readings: tuple[tuple, ...] = ()


def written_symbols(sides: tuple[Node, ...]) -> list[Sym]:
    """Every name a step's sides write, in order (repeats kept)."""
    return [n for side in sides for n in walk(side) if isinstance(n, Sym)]
