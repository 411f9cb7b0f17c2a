"""Iterates written as superscripts: `w^{k+1} = w^k - \\eta \\nabla f(w^k)`, `\\theta^{t+1} =
\\theta^t - \\eta g^t` (ISTA, gradient descent in many Chinese and Korean notes). A base written
in one formula with a superscript `s+1` and with `s` (the same letter) is an iterate: on it,
`^{k+1}`, `^k`, `^{k-1}` and `^0`, `^1` name which step, as `w^{(k+1)}` does, never a power
(read as powers, every such update "fails": a false alarm). Evidence is gathered once per
document (`iterated`) and made the document's by `reading`, as `label.reading` does."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_NEXT = re.compile(r"(\\[A-Za-z]+|[A-Za-z])\s*\^\s*\{\s*\(?\s*([a-z])\s*\+\s*1\s*\)?\s*\}")
_DOCUMENT: ContextVar[frozenset[str]] = ContextVar("iterated", default=frozenset())


def iterated(texts: Iterable[str]) -> frozenset[str]:
    """The bases (as the lexer names them: `w`, `theta`) some formula writes both at `s+1`
    and at `s` in its superscript, with a relation between (`w^{k+1} = ... w^k ...`)."""
    out = set()
    for text in texts:
        if "=" not in text and "leftarrow" not in text:
            continue
        for m in _NEXT.finditer(text):
            base, letter = m.group(1), m.group(2)
            again = re.compile(re.escape(base) + r"\s*\^\s*(?:\{\s*\(?\s*" + letter +
                               r"\s*\)?\s*\}|" + letter + r"(?![A-Za-z]))")
            if again.search(text, m.end()) or again.search(text[:m.start()]):
                out.add(base.lstrip("\\"))
    return frozenset(out)


@contextmanager
def reading(bases: frozenset[str]) -> Iterator[None]:
    """Within: superscripts on those bases are read as which iterate."""
    token = _DOCUMENT.set(bases)
    try:
        yield
    finally:
        _DOCUMENT.reset(token)


def step_label(base: str, values: list[str]) -> str | None:
    """`(k+1)`, `(k)`, `(0)`: the label a superscript gives an iterate `base`, or None (a
    power: `x^2` stays x squared, whatever the text iterates)."""
    if base not in _DOCUMENT.get():
        return None
    inner = values[1:-1] if values[:1] == ["("] and values[-1:] == [")"] else values
    text = "".join(inner)
    if re.fullmatch(r"[a-z](?:[+-][0-9])?|[01]", text):
        return f"({text})"
    return None
