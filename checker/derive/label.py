"""A word as a script: which one (`n_{in}`, the fan-in), or index letters (w at i, n)?

`n_{in}`, `W_{hh}`, `D_{KL}`, `σ_{He}`, `y^{LS}`: letters that spell a label word
(vocabulary.LABEL_WORDS) or an abbreviation in capitals name which one. The same letters are
index letters where the text indexes that base by them: `w_{in}` in a text that also writes
`\\sum_i w_{in} x_i`, `w_{kn}`, `w_n` or `‖w‖` is w at (i, n). The choice is made once per
document and base (lexer.indices gathers the evidence from every formula; `reading` makes it
the document's), so one name is read one way throughout: a label read where the text means an
entry would make a derivative by it 0, a false alarm. A superscript is a label only on a name,
and never a capital then a small letter (`e^{Nx}` is e to the N·x).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace

from checker.derive import vocabulary
from checker.derive.lexeme import Token, matching
from checker.derive.regex import Regex

Indexed = Mapping[str, frozenset[str]]  # base → letters the text uses as its indices
EVERY = "*"  # the base is a family indexed by any letter (`‖W‖`: W's entries)
SHIFTED = "±"  # the base is written at a shifted index too (`x_{t-1}`): a sequence of iterates
_CASE = Regex(r"[A-Z]{2,}|[A-Z][a-z]")  # D_{KL}, σ_{He}: one label
_SHOULDER = Regex(r"[A-Z]{2,}")  # y^{LS}: a label; e^{Nx}: a power
_NAME = {"letter", "greek"}
_INDEX = {"letter", "num", "op", "sep"}  # what an index group holds: i, n, 1, `,`, `+`
_DOCUMENT: ContextVar[Indexed | None] = ContextVar("indexed", default=None)


@contextmanager
def reading(indexed: Indexed) -> Iterator[None]:
    """Within: scripts are read with the whole document's evidence of index letters."""
    token = _DOCUMENT.set(indexed)
    try:
        yield
    finally:
        _DOCUMENT.reset(token)


def _word(tokens: Sequence[Token], k: int) -> str | None:
    """The letters of `_{...}` / `^{...}` at k when they are letters only, else None."""
    if k + 1 >= len(tokens) or tokens[k + 1].kind != "open" or tokens[k + 1].value != "{":
        return None
    end = matching(tokens, k + 1)
    inner = tokens[k + 2:end] if end >= 0 else []
    if len(inner) < 2 or any(u.kind != "letter" for u in inner):
        return None
    return "".join(u.value for u in inner)


def _candidate(word: str | None) -> bool:
    return word is not None and (word in vocabulary.LABEL_WORDS or _CASE.fullmatch(word) is not None)


def _sums(tokens: Sequence[Token]) -> tuple[set[str], set[int]] | None:
    """The letters the formula's sums run over, and the positions of the sums' own scripts
    (`\\sum_{i=1}^{n_{in}}`: n_{in} is the limit, not a term under the sum); None when a
    sum does not write its index."""
    bound: set[str] = set()
    limits: set[int] = set()
    for k, t in enumerate(tokens):
        if t.kind != "cmd" or t.value not in {"sum", "prod"}:
            continue
        if tokens[k + 1:k + 2] == [] or tokens[k + 1].value != "_":
            return None
        j = k + 1
        while j < len(tokens) and tokens[j].kind == "op" and tokens[j].value in "_^":
            group = tokens[j + 1:j + 2]
            end = matching(tokens, j + 1) if group and group[0].kind == "open" else j + 1
            end = len(tokens) - 1 if end < 0 else end
            if tokens[j].value == "_":
                inner = tokens[j + 2:end] if group and group[0].kind == "open" else group
                bound |= {u.value for u in itertools.takewhile(lambda u: u.kind != "rel", inner)
                          if u.kind == "letter"}
            limits.update(range(j, end + 1))
            j = end + 1
    return bound, limits


def evidence(tokens: Sequence[Token], found: dict[str, set[str]]) -> None:
    """Add to `found` the index letters one formula writes for each base: `w_k`, `w_{kn}`
    (letters spelling no label), a label-like pair under a sum over one of its letters
    (`\\sum_i w_{in}`), EVERY for a base written bare inside a norm (`‖W‖`: W_{ih} is its
    entry), and SHIFTED for a base written at a shifted index (`x_{t-1}`, `θ_{k+1}`)."""
    sums = _sums(tokens)
    bound, limits = sums if sums is not None else (set(), set())
    inside = False
    for k, t in enumerate(tokens):
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if t.kind == "op" and t.value == "‖":
            inside = not inside
        elif inside and t.kind in _NAME and (after is None or after.value not in {"_", "^"}):
            found.setdefault(t.value, set()).add(EVERY)  # ‖W‖: W's entries
        if t.kind != "op" or t.value != "_" or after is None or not k or \
                tokens[k - 1].kind not in _NAME | {"word", "close"}:
            continue
        base = found.setdefault(tokens[k - 1].value, set())
        if after.kind == "letter":
            base.add(after.value)  # w_k
            continue
        end = matching(tokens, k + 1) if after.kind == "open" else -1
        inner = tokens[k + 2:end] if end >= 0 else []
        if not inner or any(u.kind not in _INDEX for u in inner):
            continue
        letters = {u.value for u in inner if u.kind == "letter"}
        if letters and any(u.kind == "op" and u.value in "+-" for u in inner):
            base.add(SHIFTED)  # x_{t-1}: a member of a sequence, read beside x_t
        if not _candidate(_word(tokens, k)) or (letters & bound and k not in limits):
            base.update(letters)  # w_{kn}; w_{in} under \sum_i


def document_letters(base: str) -> frozenset[str]:
    """The index letters the document being read writes on `base` (`x_i` → {"i"}); empty
    outside a reading."""
    return (_DOCUMENT.get() or {}).get(base, frozenset())


def labelled(tokens: list[Token]) -> list[Token]:
    """The tokens with each label script made one word (`n_{in}` → n, `in`)."""
    sums = _sums(tokens)
    if sums is None:
        return tokens  # \sum x_{in}: which letter it runs over is not written
    found: dict[str, set[str]] = {}
    evidence(tokens, found)
    document = _DOCUMENT.get() or {}
    own = {base: frozenset(letters | document.get(base, frozenset()))
           for base, letters in found.items()}
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        word = _word(tokens, k) if t.kind == "op" and t.value in "_^" else None
        base = tokens[k - 1] if k else None
        if word is not None and base is not None and \
                _label(t.value, base, word, {**document, **own}, sums[0]):
            end = k + 2 + len(word)
            out += [t, tokens[k + 1], replace(tokens[k + 2], kind="word", value=word),
                    tokens[end]]
            k = end + 1
            continue
        out.append(t)
        k += 1
    return out


def _label(script: str, base: Token, word: str, indexed: Indexed, bound: set[str]) -> bool:
    """Whether `word`, the script on `base`, is one label: on a subscript, when none of its
    letters is an index of that base anywhere in the document."""
    if script == "^":  # on a name only (not ℝ^{NC}), never e^{Nx}
        return base.kind in _NAME and base.value != "e" and not set(word) & bound and \
            (word in vocabulary.LABEL_WORDS or _SHOULDER.fullmatch(word) is not None)
    if not _candidate(word):
        return False
    letters = indexed.get(base.value, frozenset())
    return EVERY not in letters and not set(word) & letters


def indices(formulas: Sequence[list[Token]]) -> Indexed:
    """The index letters of each base over a whole document's formulas."""
    found: dict[str, set[str]] = {}
    for tokens in formulas:
        evidence(tokens, found)
    return {base: frozenset(letters) for base, letters in found.items()}
