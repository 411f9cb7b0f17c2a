"""Definitions given after the formula that uses them: "$$...$$ where $a_i = ...$".

Textbooks and notes often state a result first and say what its names are below it ("where",
"여기서", "其中"). Such a paragraph's definitions hold for the display formula right above it: the
checker reads them first, so that formula is derived from them instead of being taken as given.
Only a plain name given a value by one `=` that no definition in force gives one is moved; a
chain (`where $a = b = c$`) or a name already defined stays where it is, and is checked there.
"""

from __future__ import annotations

from checker.derive import phrase
from checker.derive.markdown import Formula
from checker.derive.state import State
from checker.derive.statement import single_statement
from checker.derive.tree import Sym


def _opens_with_cue(prose: str) -> bool:
    """"where $...$", "where, as before,", "여기서 $...$", "其中，$...$"."""
    words = prose.strip().lstrip("(,:").strip().lower()
    return any(words.startswith(cue) and words[len(cue):len(cue) + 1] in ("", " ", ",", "，", ":", "：")
               for cue in phrase.WHERE)


def _defines_new(f: Formula, line: int, state: State) -> bool:
    relation = single_statement(f.text)
    if relation is None:
        return False
    head = relation.members[0]
    return list(relation.ops) == ["="] and isinstance(head, Sym) and \
        state.definition_of(head, line) is None and not state.ctx.bound({head.name}, line)


def where_clause(formulas: list[Formula], k: int, state: State) -> list[int]:
    """The formulas of a "where" paragraph right below the display formula `formulas[k]` that
    define new names (their indices), to be read before it."""
    f = formulas[k]
    if not f.display or k + 1 >= len(formulas) or not _opens_with_cue(f.after):
        return []
    first = formulas[k + 1]
    if first.display or not _opens_with_cue(first.before):
        return []
    out = []
    for j in range(k + 1, len(formulas)):
        if formulas[j].block != first.block:
            break
        if _defines_new(formulas[j], f.line, state):
            out.append(j)
    return out
