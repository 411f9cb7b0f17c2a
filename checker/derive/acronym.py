"""Capital letters written together as one name: `OH = (H + 2P - FH)/S + 1`, the output and
filter heights of conv-size notes (OH, OW, FH, FW), `TP = 40`, `FP = 10` in a metrics note.

Read letter by letter, `OH` is the product O·H, and a formula defining it is a claim about an
O the text never names. A run of two or three capitals is one name when the text gives it a
value or a meaning as a name (it stands first in a statement before `=`: `OH = ...`,
`TP = 40`, with a subscript too: `SS_B = ...`, `AP_2 = 0.81`, the sums of squares of an ANOVA
table, a class's average precision; or in a tuple so: `(FH, FW) = (3, 3)`, or applied there:
`FL(p) = -α(1 - p)^γ log p`, the focal loss, then `∂FL/∂z`), unless each of its letters is a
name written alone (`XW = ...` beside `X = ...` and `W = ...`: a product claimed) or the text
writes it in another order too (`AB = BA`, `tr(ABC) = tr(CAB)`: names are not reordered).
Anywhere else a run stays a product (`(AB)^T = B^TA^T`, `Z = XW`), the guess that it may be
one name left to `structure.capitals_as_product`. A letter stands alone when it is a whole
name: not `F_1`, `P(x)` (a function) or part of a run; `B^T` is B alone.

A two-letter run E or D before a capital (`EX = p`, `DX = EX^2 - (EX)^2`, the bracket-free
moments of many probability textbooks) is the operator applied: E(X), D(X), and `EX^2` is
E(X²), the second moment, never the square of a name EX.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from checker.derive.lexeme import Token
from checker.derive.regex import Regex

_RUN = Regex(r"(?<![A-Za-z\\])([A-Z]{2,3})(?![A-Za-z])")
# D_{KL}, \text{MSE}, \mathit{OH}: a script, text, or a name already written as one
_BEFORE = Regex(r"(?:[_^]\s*\{?|\\(?:text\w*|math(?:rm|it|sf|tt|bf)|operatorname\*?)\s*\{)"
                r"\s*$")
_ALONE = Regex(r"(?<![A-Za-z\\])([A-Z])(?![A-Za-z_('′])")
_TRANSPOSED = Regex(r"\^\s*(?:\{\s*)?(?:T|\\top|\\intercal|-1)(?:\s*\})?")
_HEAD = Regex(r"(?:^|\\quad|\\qquad|,|;|&|\\\\)\s*([A-Z]{2,3})\s*"
              r"(?:_\s*(?:\{[^{}=]*\}|[A-Za-z0-9]))?\s*"  # SS_B = ...: a family of them
              r"(?:\([^()=]*\)\s*)?(?::=|=)")
_TUPLE_HEAD = Regex(r"(?:^|\\quad|\\qquad|;|\\\\)\s*\(([^()]*)\)\s*(?::=|=)")


def names(texts: Iterable[str]) -> frozenset[str]:
    """The capital runs the document's math uses as names (see the module's docstring)."""
    texts = list(texts)
    runs = {m.group(1) for text in texts for m in _RUN.finditer(text)
            if not _BEFORE.search(text[:m.start()])}
    heads = {m.group(1) for text in texts for m in _HEAD.finditer(text.strip())}
    heads |= {part.strip() for text in texts for m in _TUPLE_HEAD.finditer(text.strip())
              for part in m.group(1).split(",") if re.fullmatch(r"\s*[A-Z]{2,3}\s*", part)}
    alone = standing(texts)
    permuted = {run for run in runs for other in runs
                if other != run and sorted(other) == sorted(run)}  # tr(ABC) = tr(CAB)
    return frozenset(run for run in heads & runs
                     if not set(run) <= alone and run not in permuted)


def standing(texts: Iterable[str]) -> frozenset[str]:
    """The capitals the document's math writes alone somewhere, as whole names (`M` in
    `M = 3`, `B^T`; not `F_1`, `P(x)`): in a run of capitals, each of them may then be a factor
    of a product (`MN`)."""
    return frozenset(c for text in texts for c in _ALONE.findall(_TRANSPOSED.sub(" ", text)))


def joined(tokens: list[Token], runs: frozenset[str]) -> list[Token]:
    """The letter tokens written together that spell one of `runs`, as one name (a word)."""
    if not runs:
        return tokens
    out: list[Token] = []
    scripted = _scripted(tokens)
    k = 0
    while k < len(tokens):
        for size in (3, 2):
            part = tokens[k:k + size]
            if len(part) == size and all(t.kind == "letter" for t in part) and \
                    all(b.pos == a.pos + 1 for a, b in pairwise(part)) and \
                    "".join(t.value for t in part) in runs and \
                    not _touches(tokens, k, k + size) and \
                    not (part[0].value.islower() and scripted[k]):
                run, k = "".join(t.value for t in part), k + size
                if run[0] in _OPERATORS and size == 2:  # `EX^2`: E(X²), never (EX)²
                    end = _moment(tokens, k)
                    out.extend([part[0], Token("open", "(", part[1].pos), *tokens[k - 1:end],
                                Token("close", ")", tokens[end - 1].pos)])
                    k = end
                else:
                    out.append(Token("word", run, part[0].pos))
                break
        else:
            out.append(tokens[k])
            k += 1
    return out


# E and D before a random variable, no brackets (`EX = p`, `DX = EX^2 - (EX)^2`, the notation of
# many probability textbooks): the operator applied to what follows it, E(X) and D(X) (read as
# `E(X)` is: a statistic), and `EX^2` is E(X²), the second moment, never the square of EX
# (written `(EX)^2`)
_OPERATORS = frozenset("ED")


def _moment(tokens: list[Token], k: int) -> int:
    """Where the operator's argument ends: after the letter at k - 1, or after the power
    written right after it (`^2`, `^{2}`)."""
    if k >= len(tokens) or tokens[k].value != "^":
        return k
    if k + 1 < len(tokens) and tokens[k + 1].kind == "num":
        return k + 2
    if k + 3 < len(tokens) and tokens[k + 1].kind == "open" and tokens[k + 2].kind == "num" \
            and tokens[k + 3].kind == "close":
        return k + 4
    return k


def _scripted(tokens: list[Token]) -> list[bool]:
    """Whether each token stands in a subscript or a superscript (`_{(pos, 2i)}`): a run of
    small letters there indexes (lettering.py joins it outside scripts only)."""
    out, depth, opened = [], 0, []
    for k, t in enumerate(tokens):
        after = k > 0 and tokens[k - 1].kind == "op" and tokens[k - 1].value in "_^"
        if t.kind == "open" and t.value == "{":
            opened.append(after or bool(opened and opened[-1]))
            depth += opened[-1]
        elif t.kind == "close" and t.value == "}" and opened:
            depth -= opened.pop()
        out.append(depth > 0 or after)
    return out


def _touches(tokens: list[Token], start: int, end: int) -> bool:
    """Another letter written right against the run (`OHX`): part of a longer word."""
    before = tokens[start - 1] if start else None
    after = tokens[end] if end < len(tokens) else None
    return (before is not None and before.kind == "letter" and
            before.pos == tokens[start].pos - 1) or \
        (after is not None and after.kind == "letter" and after.pos == tokens[end - 1].pos + 1)
