"""Definitions given after the formula that uses them: "$$...$$ where $a_i = ...$".

Textbooks and notes often state a result first and say what its names are below it ("where",
"여기서", "其中"). Such a paragraph's definitions hold for the display formula right above it: the
checker reads them first, so that formula is derived from them instead of being taken as given.
Only a plain name given a value by one `=` that no definition in force gives one is moved; a
chain (`where $a = b = c$`) or a name already defined stays where it is, and is checked there.
"""

from __future__ import annotations

from checker.derive import phrase
from checker.derive.branch import same_sentence
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
    """The formulas of a "where" clause that define new names (their indices), to be read
    before `formulas[k]`: the paragraph right below a display formula, or the rest of the
    sentence of a formula in the line ("then $\\partial J/\\partial b = \\frac1n \\sum_i e_i$,
    where $e_i = wx_i + b - y_i$", "则 $...$,其中 $e_i = ...$ 为残差", "$...$ 이고, 여기서
    $e_i = ...$")."""
    f = formulas[k]
    if k + 1 >= len(formulas):
        return []
    if not f.display:
        return _in_sentence(formulas, k, state)
    if not _opens_with_cue(f.after):
        return []
    first = formulas[k + 1]
    if first.display or not (_opens_with_cue(first.before) or first.block == f.block and
                             _opens_with_cue(first.before.rsplit("$", 1)[-1])):
        return []  # (`$$...$$ where $r_i = ...$`: the clause in the display's paragraph)
    out = []
    for j in range(k + 1, len(formulas)):
        if formulas[j].block != first.block:
            break
        if _defines_new(formulas[j], f.line, state):
            out.append(j)
    return out


def _in_sentence(formulas: list[Formula], k: int, state: State) -> list[int]:
    """The definitions of a "where" clause later in the sentence of the formula `formulas[k]`,
    written in the line (a formula between them is in the sentence too: "则 $A$,$B$,其中
    $e_i = ...$")."""
    f = formulas[k]
    out: list[int] = []
    for j in range(k + 1, len(formulas)):
        if not same_sentence(f, formulas[j]):
            break
        if out or _opens_with_cue(formulas[j].before.rsplit("$", 1)[-1]):
            if _defines_new(formulas[j], f.line, state):
                out.append(j)
            elif not out:
                return []
    return out
