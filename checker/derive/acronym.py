"""Capital letters written together as one name: `OH = (H + 2P - FH)/S + 1`, the output and
filter heights of conv-size notes (OH, OW, FH, FW, FN), `ND` for a batch size.

Read letter by letter, `OH` is the product O·H, and a formula defining it is a claim about an
O the text never names: no reader means that. A run of two or three capitals is one name when
one of its letters never stands alone anywhere in the document's math (no `O` of its own):
then the product reading names a quantity the text never has. A run whose letters all stand
alone (`XW` beside `X = ...` and `W = ...`, `MN` beside `M` and `N`), or that the text also
writes in another order (`tr(ABC) = tr(CAB)`: names are not reordered), stays a product; so do
runs in scripts (`D_{KL}`), in text (`\\text{MSE}`) and those applied like functions (`KL(p, q)`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from checker.derive.lexeme import Token

_RUN = re.compile(r"(?<![A-Za-z\\])([A-Z]{2,3})(?![A-Za-z])")
# D_{KL}, \text{MSE}, \mathit{OH}: a script, text, or a name already written as one
_BEFORE = re.compile(r"(?:[_^]\s*\{?|\\(?:text\w*|math(?:rm|it|sf|tt|bf)|operatorname\*?)\s*\{)"
                     r"\s*$")
_ALONE = re.compile(r"(?<![A-Za-z\\])([A-Z])(?![A-Za-z])")
_AFTER = re.compile(r"\s*(?:\\left)?\(")  # KL(p, q): a function's name


def names(texts: Iterable[str]) -> frozenset[str]:
    """The capital runs the document's math uses as names (see the module's docstring)."""
    texts = list(texts)
    runs: set[str] = set()
    for text in texts:
        for m in _RUN.finditer(text):
            if _BEFORE.search(text[:m.start()]) or _AFTER.match(text, m.end()):
                continue
            runs.add(m.group(1))
    alone = standing(texts)
    permuted = {run for run in runs for other in runs
                if other != run and sorted(other) == sorted(run)}  # tr(ABC) = tr(CAB)
    return frozenset(run for run in runs if not set(run) <= alone and run not in permuted)


def standing(texts: Iterable[str]) -> frozenset[str]:
    """The capitals the document's math writes alone somewhere (`M` in `M = 3`, `B^T`): in a
    run of capitals, each of them is then a factor of a product (`MN`)."""
    return frozenset(c for text in texts for c in _ALONE.findall(text))


def joined(tokens: list[Token], runs: frozenset[str]) -> list[Token]:
    """The letter tokens written together that spell one of `runs`, as one name (a word)."""
    if not runs:
        return tokens
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        for size in (3, 2):
            part = tokens[k:k + size]
            if len(part) == size and all(t.kind == "letter" for t in part) and \
                    all(b.pos == a.pos + 1 for a, b in pairwise(part)) and \
                    "".join(t.value for t in part) in runs and \
                    not _touches(tokens, k, k + size):
                out.append(Token("word", "".join(t.value for t in part), part[0].pos))
                k += size
                break
        else:
            out.append(tokens[k])
            k += 1
    return out


def _touches(tokens: list[Token], start: int, end: int) -> bool:
    """Another letter written right against the run (`OHX`): part of a longer word."""
    before = tokens[start - 1] if start else None
    after = tokens[end] if end < len(tokens) else None
    return (before is not None and before.kind == "letter" and
            before.pos == tokens[start].pos - 1) or \
        (after is not None and after.kind == "letter" and after.pos == tokens[end - 1].pos + 1)
