"""The occasions on which a formula gives a name a value again without redefining it or
claiming the two values agree: listed beside its definition as an alternative (`For $R(w) =
w^2$ and $R(w) = |w|$`), under another caption (`Xavier uniform:`, then `He uniform:`), or in a
new case of the worked example named by the prose right before it ("For a second point with",
"at", "다른 점에서", "另一个点", a sentence opening on "With"). equality.read_chain asks them
of a definition's head."""

from __future__ import annotations

import re

from checker.derive import caption, phrase
from checker.derive.markdown import Formula
from checker.derive.progress import Walk
from checker.derive.regex import Regex
from checker.derive.tree import Node


def beside_definition(w: Walk, head: Node) -> bool:
    """The formula before this one defined the same name (`For $R(w) = w^2$ and $R(w) = |w|$`):
    a list of alternatives. Listed after a claim (`Let $f(x) = x^2$, so $f(x) = x·x$ and
    $f(x) = x^2 + 1$`), the name keeps its definition and the formula is checked."""
    return w.defined is not None and w.defined[0] is w.last[0] and w.defined[1] == str(head)


def _alternation(spellings: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in spellings)


_ASCII_CASE = tuple(w for w in phrase.NEW_CASE if w.isascii())
_OTHER_CASE = tuple(w for w in phrase.NEW_CASE if not w.isascii())
# "For a second point with", "another input at", "at", "for the point with"; "다른 점에서",
# "另一个点": the new-case words of `phrase`, then what may stand between them and the formula
_CASE = Regex(rf"(?:\b(?:{_alternation(_ASCII_CASE)})\b.*\b(?:with|at|for)|\bat|"
              r"\bfor\s+(?:a|another|the)\s+\w+\s+(?:with|at))\s*$|"
              rf"(?:{_alternation(_OTHER_CASE)})\s*\S*\s*$", re.IGNORECASE)


# a sentence that opens on "With" right before its formula ("With $C = 10^{21}$: ...", "Now,
# with $n = 64$,"): the values the sentence works its steps at, a case of its own (never a
# formula after other words: "$z = 2.5$, with $w = 1$" gives the values a step was made at)
_WITH = Regex(r"(?:^|[.!?;:。！？；：\n]\s*)(?:(?:and|now|then|so)\s*,?\s+)?with\s*$",
              re.IGNORECASE)


def cased(before: str) -> bool:
    """The prose right before a formula gives a new case of the example ("For a second point
    with", "at", "another input with", "다른 점", "另一个点", a sentence opening on "With"): the
    number after it is that case's."""
    text = before.replace("$", " ").rstrip()
    return bool(_CASE.search(text) or _WITH.search(text))


def opens_with(before: str) -> bool:
    """The sentence right before the formula opens on "With" (`_WITH`): the values it works
    its steps at."""
    return bool(_WITH.search(before.replace("$", " ").rstrip()))


def recaptioned(w: Walk, head: Node, f: Formula) -> bool:
    """The name was defined on a line with another caption ("Xavier uniform: $a = ...$",
    now "He uniform: $a = ...$"): another case of a list (caption.py)."""
    defined = w.state.definition_of(head, f.line)
    return defined is not None and caption.another(caption.of(f.lead),
                                                   w.captions.get(defined.line))
