"""A token of a formula, and the bracket that closes a group of them.

The lexer makes tokens; the labeller (`label`), the parser and its helpers (`bracket`,
`script`, `atom` ...) read them. This module depends on nothing else of the package, so any
of them can use it (the labeller runs inside the lexer).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Token:
    kind: str  # num letter word greek const cmd env op rel sep text accent open close ellipsis
    value: str
    pos: int
    bare: bool = False  # a word typed as letters (`ilog`), not made by a command (`\\log`)


def matching(toks: Sequence[Token], start: int) -> int:
    """The index of the bracket that closes the one at `start` (-1 when none does)."""
    depth = 0
    for j in range(start, len(toks)):
        if toks[j].kind == "open":
            depth += 1
        elif toks[j].kind == "close":
            depth -= 1
            if depth == 0:
                return j
    return -1
