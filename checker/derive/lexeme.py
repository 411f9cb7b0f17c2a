"""A token of a formula, the bracket that closes (or opens) a group of them, and two readings
made on the tokens as they come: a per-cent sign's operand (`hundredth`) and an entry in
square brackets (`entry_at`: y[0]).

The lexer makes tokens; the labeller (`label`), the parser and its helpers (`bracket`,
`script`, `atom` ...) read them. This module depends on nothing else of the package, so any
of them can use it (the labeller runs inside the lexer).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from checker.derive.regex import Regex


@dataclass(frozen=True)
class Token:
    kind: str  # num letter word greek const cmd env op rel sep text accent open close ellipsis
    value: str
    pos: int
    bare: bool = False  # a word typed as letters (`ilog`), not made by a command (`\\log`)


def matching(toks: Sequence[Token], start: int) -> int:
    """The index of the bracket that closes the one at `start` (-1 when none does)."""
    return _partner(toks, range(start, len(toks)), "open", "close")


def opening(toks: Sequence[Token], end: int) -> int:
    """The index of the bracket that opens the one closing at `end` (-1 when none does)."""
    return _partner(toks, range(end, -1, -1), "close", "open")


def _partner(toks: Sequence[Token], order: range, into: str, out: str) -> int:
    """Walking `order`, the index where the bracket at its start is closed (-1: nowhere)."""
    depth = 0
    for j in order:
        if toks[j].kind == into:
            depth += 1
        elif toks[j].kind == out:
            depth -= 1
            if depth == 0:
                return j
    return -1


def hundredth(toks: Sequence[Token], pos: int) -> list[Token]:
    """The tokens with a percent sign at `pos` applied: its operand (the number or the
    bracketed group just before it) over 100, bracketed, since the sign binds tighter than any
    operator: `-20\\% / 20\\%` is (-20/100)/(20/100) = -1, not -20/100/20/100; `3 / 50\\%` is 6.
    An operand that ends a longer term (`x^2\\%`, `\\frac{1}{4}\\%`, `2x\\%`) or none: the sign is
    read as `/ 100` where it stands."""
    over = [Token("op", "/", pos), Token("num", "100", pos)]
    first = len(toks) - 1
    if toks and toks[-1].kind == "close":
        first = opening(toks, len(toks) - 1)
    before = toks[first - 1] if first > 0 else None
    alone = before is None or before.kind in {"rel", "open", "sep"} or \
        (before.kind == "op" and before.value not in {"^", "_"})
    if not toks or first < 0 or toks[first].kind not in {"num", "open"} or not alone:
        return [*toks, *over]
    return [*toks[:first], Token("open", "(", pos), *toks[first:], *over,
            Token("close", ")", pos)]


ENTRY = Regex(r"\[\s*(\d+)\s*\](?!\s*\[)")  # (`D[0][j]`, a table's: read as before)


def entry_at(text: str, at: int, tokens: list[Token]) -> bool:
    """`y[0]`, `h[1]`: a whole number in square brackets right after a letter (no space
    between) is an entry of a sequence or an array (signal and array notation), read as y_0;
    nobody brackets a lone number to multiply by it. A second bracket after it (`D[0][j]`) is
    left as it was read."""
    return bool(tokens) and tokens[-1].kind == "letter" and \
        tokens[-1].pos + len(tokens[-1].value) == at and ENTRY.match(text, at) is not None
