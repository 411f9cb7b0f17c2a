"""Labelled variants: a list whose items each open with a label and give one name its value
under that label (`- MLE: $\\hat w = 13/14$`, `- MAP: $\\hat w = 13/14.25$`; `- SGD: $w_1 =
0.8$`, `- Adam: $w_1 = 0.9$`; `- 최대우도: ...`, `- 最大后验：...`). Each item is a reading of
its own (another estimator, optimiser, setting), never a claim that the variants agree with
one another or with the general formula above them: the general formula describes one of
them at most (MAP, with λ; MLE is λ = 0, said in words). Read from the source's lines."""

from __future__ import annotations


from checker.derive.attempt import Attempt
from checker.derive.errors import Unreadable
from checker.derive.regex import Regex
from checker.derive.statement import parse_statements
from checker.derive.tree import Sym

# a list item (or a bold run-in label) opening with a short label and a colon, no formula in
# the label: "- MLE:", "* **Adam**:", "1. Ridge:", "- 최대우도:", "- 最大后验：", "**MAP:**"
_ITEM = Regex(r"\s*(?:(?:[-*+]|\d{1,2}[.)])\s+)?(\*\*|__)?(?P<label>[^$:：\n*_|]{1,40}?)"
              r"(?:\1)?\s*[:：](?:\1)?\s*")
_MARKER = Regex(r"\s*(?:[-*+]|\d{1,2}[.)])\s+")
_BOLD = Regex(r"\s*(?:(?:[-*+]|\d{1,2}[.)])\s+)?(\*\*|__)")
ITEMS_APART = 2  # blank lines allowed between two items of one list
_MATH = Regex(r"\$\$?([^$]+)\$?\$")


def label(text: str) -> str | None:
    """The label a list item (or a bold run-in label) opens with, or None."""
    if not (_MARKER.match(text) or _BOLD.match(text)):
        return None
    found = _ITEM.match(text)
    if found is None or "$" not in text[found.end():]:
        return None
    return found.group("label").strip() or None


def siblings(lines: list[str], line: int) -> list[tuple[int, str]]:
    """The other labelled items of the list the 1-based `line` stands in, as (line, label)."""
    here = label(lines[line - 1]) if 0 < line <= len(lines) else None
    if here is None:
        return []
    out = []
    for step in (-1, 1):
        k, blank = line + step, 0
        while 0 < k <= len(lines) and blank <= ITEMS_APART:
            text = lines[k - 1]
            if not text.strip():
                blank += 1
            elif label(text) is None:
                break
            else:
                blank = 0
                out.append((k, label(text)))
            k += step
    return [(k, other) for k, other in out if other.lower() != here.lower()]


def _named(text: str, known) -> set[str]:
    """The names a formula gives a value as its first member (`\\hat w = 13/14` → ŵ)."""
    try:
        segments = parse_statements(text, known)
    except (Unreadable, RecursionError):
        return set()
    return {s.relation.members[0].name for s in segments
            if s.error is None and s.relation is not None and s.relation.members and
            isinstance(s.relation.members[0], Sym) and "=" in s.relation.ops[:1]}


def labelled_variant(attempt: Attempt) -> tuple[str, str] | None:
    """A failing step `name = ...` in a labelled item, when another item of its list, under
    another label, gives the same name a value too: the step is its variant's value, which
    the general formula (or the other variants) need not give. Undecided, with the labels."""
    if not isinstance(attempt.left, Sym):
        return None
    state, line, name = attempt.state, attempt.line, attempt.left.name
    lines = state.prose.splitlines()
    here = label(lines[line - 1]) if 0 < line <= len(lines) else None
    others = [(k, other) for k, other in siblings(lines, line)
              if any(name in _named(m.group(1), attempt.ctx.known)
                     for m in _MATH.finditer(lines[k - 1]))]  # (a later item: not read yet)
    if here is None or not others:
        return None
    shown = attempt.ctx.shown(name)
    return "undecided", (
        f"could not decide: {shown} is given a value under the label \u201c{here}\u201d and "
        f"another under \u201c{others[0][1]}\u201d (line {others[0][0]}): each labelled item is "
        "a variant of its own, which the general formula need not describe; to have it "
        f"checked, write the variant's formula (`{shown} = ...` with its own settings)")
