"""The two ways a formula or a step can escape a yes/no verdict."""

from __future__ import annotations


class Unreadable(Exception):
    """The text cannot be read as math: says what was expected and what was found."""

    def __init__(self, expected: str, received: str) -> None:
        self.expected = expected
        self.received = received
        super().__init__(f"expected {expected}, found {received}")


class Undecided(Exception):
    """The text was read, but the step cannot be decided; the message says why."""


class Unknown(Undecided):
    """The sides differ where a name the text never defines enters one side only (unknown.py,
    `undecidable`): the step may state what that name is; another reading of the step (each
    ∂ applying to the term after it) may still show it holds for every choice of it."""


class Kink(Undecided):
    """A slope asked at a kink (ReLU'(0)): its value is a convention, any subgradient, between
    the one-sided slopes `low` and `high`; `node` is the call that asks it."""

    def __init__(self, message: str, node: object, low: float | None,
                 high: float | None) -> None:
        super().__init__(message)
        self.node, self.low, self.high = node, low, high


class UnknownShape(Undecided):
    """A transpose of a name whose shape the text does not give (nor the step's own matrix
    algebra): the step may still hold with the shapes its definitions imply (step.py)."""


class ShapeMismatch(Exception):
    """A matrix expression whose shapes do not conform: the step is wrong as written."""


class BrokenPattern(ShapeMismatch):
    """A matrix written with elisions has an entry that breaks the pattern of the others:
    the formula is wrong as written, at that entry."""

    method = "matrix pattern"
