"""A quantity named in words inside math, standing alone as an operand: `\\frac{\\text{FLOPs}}
{\\text{bytes moved}}`, `\\frac{\\text{DW-sep}}{\\text{standard}}`, `\\mathbb E[\\#\\text{tokens}]`,
`\\frac{TP}{\\#GT}` (`#`: the number of). Between operators, brackets or the formula's ends,
the words are one name (`bytes moved` → bytes_moved, `#tokens` → n_tokens), as one word
(`\\text{FLOPs}`) already is. Words beside a number or a name (`3\\ \\text{bytes moved}`: a
unit; `x \\text{ for all } i`: prose) stay text, as do conditions, cues and phrases with a
function word (`\\text{loss is small}`: a clause).
"""

from __future__ import annotations

import re

from checker.derive.lexeme import Token
from checker.derive.regex import Regex

# up to four words of letters and digits, joined by spaces or hyphens, after an optional `#`
_WORDS = Regex(r"(#\s*)?([A-Za-z][A-Za-z0-9]*(?:[ -][A-Za-z][A-Za-z0-9]*){0,3})")
# words that make a phrase a sentence or a clause, not a name (`\text{loss is small}`,
# `\text{number of the tokens}`)
_FUNCTION_WORDS = frozenset("is are was were be been being the a an of to and or if when where "
                            "then so by not we it this that as at on in with for".split())
_BEFORE = {"open", "rel", "op"}  # what may stand right before an operand
_AFTER = {"close", "rel", "op"}  # ... and right after it


def named(tokens: list[Token], prose: set[str]) -> list[Token]:
    """The tokens with each text that stands alone as an operand made one word (`prose`: the
    words that are conditions or cues, never names)."""
    out = list(tokens)
    for k, t in enumerate(tokens):
        if t.kind != "text":
            continue
        words = _WORDS.fullmatch(t.value.strip())
        if words is None or t.value.strip().lower() in prose or \
                any(w.lower() in prose or w.lower() in _FUNCTION_WORDS
                    for w in re.split(r"[ -]", words.group(2))):
            continue
        before = tokens[k - 1] if k else None
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if before is not None and (before.kind not in _BEFORE or before.value in {"|", "!"}):
            continue
        if after is not None and (after.kind not in _AFTER or after.value in {"|", "!"}):
            continue
        name = re.sub(r"[ -]+", "_", words.group(2))
        out[k] = Token("word", ("n_" + name) if words.group(1) else name, t.pos)
    return out
