"""A name written in the prose, its value in math: "for SNR $= 0.01$ we get ...", "with lr
$= 0.1$", "N $= 64$ 일 때".

The writer types the quantity's name as a plain word (outside math) and only `= value` inside
math. When that word is, letter for letter, a name the text's math uses (`\\mathrm{SNR}`,
`N`, `lr`), the formula gives that name its value for the steps after it, as
`$\\mathrm{SNR} = 0.01$` would; a single word right after a formula is its value's unit
("$2^{30}$ B $= 1$ GiB": bytes, not a batch size B). A word that is not such a name ("the
rate $= 0.3$", "평균 $= 2$") binds nothing here: which of the math's names it means is a guess
(worded.py reads the steps it may change).

A value restated in another unit right after it is given ("$v = 72$ km/h $= 20$ m/s"): the
word between is the first value's unit, and `= 20` is the same quantity in another unit, the
one the text goes on to compute in (`converted`). The name takes the new number; the first
stays in force under it (binding.earlier_values), so a step worked in either unit holds.
"""

from __future__ import annotations

import re

from checker.derive.errors import Unreadable
from checker.derive.markdown import Formula
from checker.derive.regex import Regex
from checker.derive.state import State
from checker.derive.statement import parse_statements
from checker.derive.tree import Sym

# the last word before the formula: letters, digits after them (`T2`, `SNR`, `lr`)
_WORD = Regex(r"(?<![\w\\])([A-Za-z][A-Za-z0-9]*)\s*$")


def named(state: State, before: str, line: int) -> Sym | None:
    """The name of the math the word right before `$= value$` spells (see the module), or None:
    a word the math never writes as a name, or a name whose value is defined by a formula (a
    number for it is a case considered, not a binding)."""
    words = before.split("$")[-1].rstrip(" :")
    if "$" in before and len(words.split()) == 1:
        return None  # "$... = 1{,}073{,}741{,}824$ B $= 1$ GiB": a unit of the value before
    found = _WORD.search(words)
    if found is None or found.group(1).lower() in _PROSE:
        return None
    name = Sym(found.group(1))
    written = name.name in state.bound_names or name.name in state.seen or \
        re.search(r"\\(?:mathrm|operatorname|text|mathit)\{" + re.escape(name.base) + r"\}",
                  "\n".join(t for ts in state.texts.values() for t in ts)) is not None
    if not written or state.definition_of(name, line) is not None:
        return None
    return state.bound_names.get(name.name, name)


# English words a reader never takes for a name even where the math has a letter so spelt
_PROSE = frozenset({"a", "an", "i", "is", "be", "so", "as", "at", "for", "and", "or", "of",
                    "to", "in", "on", "by", "it", "we", "get", "gives", "with", "then", "thus",
                    "hence", "value", "here", "now", "which", "that", "this", "where",
                    "e", "pi"})  # (and the constants a text may write upright: e, π)


# a unit as typed in prose: `km/h`, `m/s`, `kg`, `MHz`, `°C`, `m/s²`, `mph`, `%`
_UNIT = Regex(r"(?:°?[A-Za-zμµΩ]{1,4}(?:/[A-Za-z]{1,3})?[²³]?|%)")
_BOUND = Regex(r"\s*[A-Za-z\\{}_^0-9]+\s*=\s*-?[\d.,{}]+\s*")


def converted(state: State, f: Formula, previous: Formula | None) -> Sym | None:
    """The name whose value `f` (`= number`) restates in another unit (see the module): the
    formula right before it on its line binds a name to a number (`v = 72`) and only a unit
    (`km/h`) stands between them. None otherwise."""
    if previous is None or previous.display or previous.line != f.line or \
            previous.block != f.block or not _BOUND.fullmatch(previous.text):
        return None
    words = f.before.split("$")[-1].strip()
    if not _UNIT.fullmatch(words) or words.lower() in _PROSE:
        return None
    try:
        segments = parse_statements(previous.text, state.ctx.known)
    except (Unreadable, RecursionError):
        return None
    head = segments[0].relation.members[0] if len(segments) == 1 and \
        segments[0].error is None else None
    return head if isinstance(head, Sym) and state.ctx.bound({head.name}, f.line) else None
