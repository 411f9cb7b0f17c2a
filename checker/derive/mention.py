"""A name written in the prose, its value in math: "for SNR $= 0.01$ we get ...", "with lr
$= 0.1$", "N $= 64$ 일 때".

The writer types the quantity's name as a plain word (outside math) and only `= value` inside
math. When that word is, letter for letter, a name the text's math uses (`\\mathrm{SNR}`,
`N`, `lr`), the formula gives that name its value for the steps after it, as `$\\mathrm{SNR} =
0.01$` would. A word that is not such a name ("the rate $= 0.3$", "평균 $= 2$") binds nothing
here: which of the math's names it means is a guess (worded.py reads the steps it may change).
"""

from __future__ import annotations

import re

from checker.derive.state import State
from checker.derive.tree import Sym

# the last word before the formula: letters, digits after them (`T2`, `SNR`, `lr`)
_WORD = re.compile(r"(?<![\w\\])([A-Za-z][A-Za-z0-9]*)\s*$")


def named(state: State, before: str, line: int) -> Sym | None:
    """The name of the math the word right before `$= value$` spells (see the module), or None:
    a word the math never writes as a name, or a name whose value is defined by a formula (a
    number for it is a case considered, not a binding)."""
    words = before.split("$")[-1].rstrip(" :")
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
                    "hence", "value", "here", "now", "which", "that", "this", "where"})
