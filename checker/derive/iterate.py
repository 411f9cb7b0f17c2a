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

from checker.derive.regex import Regex

# the left side of an update, all of it: `w^{k+1} =`, `\theta^{(t+1)} \leftarrow`
_UPDATE = Regex(r"\s*&?\s*(\\[A-Za-z]+|[A-Za-z])\s*\^\s*\{\s*\(?\s*([a-z])\s*\+\s*1\s*\)?\s*\}"
                r"\s*&?\s*(?:=|:=|\\leftarrow|\\gets)")
_DOCUMENT: ContextVar[frozenset[str]] = ContextVar("iterated", default=frozenset())
_AS_POWERS: ContextVar[bool] = ContextVar("as_powers", default=False)


def iterated(texts: Iterable[str]) -> frozenset[str]:
    """The bases (as the lexer names them: `w`, `theta`) of an update: some formula's left side
    is exactly `base^{s+1}` and its right side writes `base^s` -- unless reading those
    superscripts as powers already makes that formula hold (`x^{n+1} = x \\cdot x^n`, an
    induction step), or some formula sums or differentiates the base as a power (`\\sum_k x^k`,
    `\\frac{d}{dx} x^n`): then `x^n` is x to the n, everywhere."""
    if _AS_POWERS.get():
        return frozenset()
    texts = list(texts)
    out = set()
    for text in texts:
        for line in re.split(r"\\\\", re.sub(r"^\s*\\begin\{[a-z]+\*?\}", "", text)):
            m = _UPDATE.match(line)
            if m is None:
                continue
            base, letter = m.group(1), m.group(2)
            again = re.compile(re.escape(base) + r"\s*\^\s*(?:\{\s*\(?\s*" + letter +
                               r"\s*\)?\s*\}|" + letter + r"(?![A-Za-z]))")
            name = base.lstrip("\\")
            if name in out or not again.search(line, m.end()) or _powered(base, texts):
                continue
            if not _holds_as_powers(line):
                out.add(name)
    return frozenset(out)


def _powered(base: str, texts: list[str]) -> bool:
    """Some formula sums `base` to a power of the summation index (`\\sum_{k=0}^{n} x^k`) or
    differentiates `base^n` by `base` (`\\frac{d}{dx} x^n`)."""
    b = re.escape(base)
    summed = re.compile(r"\\sum_\{?\s*([a-z])\s*=[^{}]*\}?(?:\^\{[^{}]*\}|\^\S)?\s*"
                        r"(?:[0-9a-z]\s*)?" + b + r"\s*\^\s*\{?\s*\1(?![A-Za-z])")
    name = base.lstrip("\\")
    derived = re.compile(r"\\frac\s*\{\s*d\s*\}\s*\{\s*d\s*\\?" + re.escape(name) +
                         r"\s*\}\s*(?:\\left)?\s*[(\[]?\s*" + b + r"\s*\^")
    return any(summed.search(t) or derived.search(t) for t in texts)


def _holds_as_powers(text: str) -> bool:
    """The formula, read with its superscripts as powers, holds at every step."""
    from checker.derive.document import read_text  # (document.py reads this module)
    token = _AS_POWERS.set(True)
    try:
        steps, _ = read_text(f"$${text}$$")
    except Exception:  # noqa: BLE001 - unreadable as powers: an update after all
        return False
    finally:
        _AS_POWERS.reset(token)
    return bool(steps) and all(s.verdict == "holds" for s in steps)


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
