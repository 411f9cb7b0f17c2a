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
    # the reading the text itself decides ("With $K$ classes": Σ_k runs over K terms), as
    # (left, right, context), and its reason in words; empty when the text does not decide.
    # A step that holds under it holds (certainty.held_as_stated); one that differs under it
    # stays undecided (the reading may still rest on another unstated one: y one-hot)
    stated: tuple = ()
    why: str = ""
    # the words a diagnosis adds when the step differs under every reading (`readings`), so
    # the guess does not matter ("it does not hold with f as defined on line 7 either")
    settled: str = ""
    # the words of a condition the step is stated under, when the guess is only where the step
    # is claimed ("For the mean,", "当 … 时"), not what its names mean: sides a fixed multiple
    # of each other differ under every such condition (proportion.py)
    condition: str = ""


def written_symbols(sides: tuple[Node, ...]) -> list[Sym]:
    """Every name a step's sides write, in order (repeats kept)."""
    return [n for side in sides for n in walk(side) if isinstance(n, Sym)]
