"""Cases the prose opens with an inequality ("if $y(w^\\top x + b) \\ge 1$: ... $\\nabla_w J =
\\lambda w$", "margin 을 만족하면 (...)", "若 $x > 0$，...") and closes with its negation
("otherwise: ...", "아니면: ...", "否则 ..."): the formulas of the case's sentence are stated under
the inequality, those of the "otherwise" sentence after it under its negation. Two index
letters equal or apart (`when $i = j$:`, `当 $i = j$ 时`, `$i = j$ 일 때`) open a case the same
way: the entrywise formulas after them in their sentence are stated for it, up to the next case.

Each gets the condition as a given relation (setting.Setting.given): a simple one (`x > 0`)
limits where the step is sampled; one the checker cannot apply (an expression against a
number) makes a step that fails under it undecided, never failed (condition.restriction).
"""

from __future__ import annotations

import re

from checker.derive.errors import Unreadable
from checker.derive.markdown import Formula
from checker.derive.regex import Regex
from checker.derive.statement import parse_statements
from checker.derive.tree import Relation

# a condition right before the inequality (a parenthesis may open between): "if", "when",
# "whenever", a Korean conditional verb ending "-면" ("만족하면", "크면"), "若", "如果", "当"
_OPENS = Regex(r"(?:\b(?:if|when|whenever)|[\uac00-\ud7a3]면|若|如果|当)\s*[(（]?\s*$",
               re.IGNORECASE)
# a sentence (or bullet) that opens with the other case
_OTHERWISE = Regex(r"^\s*(?:otherwise|else|아니면|그렇지 않으면|그 외에는|否则|不然)",
                   re.IGNORECASE)
_INEQUALITY = {"<", ">", "≤", "≥"}
_NEGATED = {"<": "≥", "≤": ">", ">": "≤", "≥": "<", "=": "≠", "≠": "="}
# two index letters equal or apart (`i = j`, `i \neq j`): a case of an entrywise statement
# (∂a_i/∂z_j), which the prose may also close after the formula ("$i = j$ 일 때", "$i=j$ 时")
_INDEX_CASE = Regex(r"\s*([i-np-t])\s*(?:=|\\neq?|\\ne|≠)\s*([i-np-t])\s*")
_CLOSES = Regex(r"^\s*(?:일\s*때|인\s*경우|이면|时|的时候)")
_NEAR = 3  # lines: "otherwise" refers to a case this close above it
FULL_STOP = Regex(r"[.!?](?:\s|$)|[。！？]")


def _lead(f: Formula) -> str:
    """The prose of f's sentence before it (formulas shown as $)."""
    return FULL_STOP.split(f.before)[-1]


def _case(f: Formula) -> Relation | None:
    """The condition f states for the formulas after it in its sentence: an inequality the
    prose opens ("if $x > 0$"), or two index letters equal or apart, opened or closed by the
    prose ("when $i = j$:", "$i = j$ 일 때")."""
    if f.display:
        return None
    opened = bool(_OPENS.search(_lead(f)))
    found = _inequality(f) if opened else None
    if found is None and (opened or _CLOSES.match(f.after)):
        found = _index_case(f)
    return found


def _otherwise(f: Formula) -> bool:
    """f opens the other case: its sentence starts so, or the words since the formula before
    it do ("if $i = j$ then ...; otherwise $...$")."""
    since = f.before.split("$")[-1].lstrip(" ,;，；、")
    return bool(_OTHERWISE.match(_lead(f)) or _OTHERWISE.match(since))


def _index_case(f: Formula) -> Relation | None:
    """`i = j`, `i \\neq j`: two distinct index letters, the whole formula."""
    match = _INDEX_CASE.fullmatch(f.text)
    if match is None or match.group(1) == match.group(2):
        return None
    return _relation(f)


def _inequality(f: Formula) -> Relation | None:
    found = _relation(f)
    if found is None or found.ops[0] not in _INEQUALITY:
        return None
    return found


def _relation(f: Formula) -> Relation | None:
    try:
        segments = parse_statements(f.text)
    except (Unreadable, RecursionError):
        return None
    if len(segments) != 1 or segments[0].error is not None:
        return None
    found = segments[0].relation
    if len(found.ops) != 1 or None in found.members:
        return None
    return found


def same_sentence(first: Formula, later: Formula) -> bool:
    """`later` stands in the sentence `first` stands in (inline, in one paragraph, no full stop
    between them; a colon goes on: "若 $w^* > 0$：... $w^* = u - \\lambda$")."""
    if first.display or later.display or first.block != later.block:
        return False
    between = "$".join(later.before.split("$")[first.before.count("$") + 1:])
    return not FULL_STOP.search(between)


def case_conditions(formulas: list[Formula]) -> dict[int, list[Relation]]:
    """Formula position → the conditions of the case it is stated in."""
    out: dict[int, list[Relation]] = {}
    last: tuple[int, Relation] | None = None  # the latest case: its formula, its inequality
    for k, f in enumerate(formulas):
        found = _case(f)
        if found is not None:
            last = (k, found)
            for j in range(k + 1, len(formulas)):
                if not same_sentence(f, formulas[j]) or _otherwise(formulas[j]) or \
                        _case(formulas[j]) is not None:  # "；当 $i \neq j$ 时": the next case
                    break
                out.setdefault(j, []).append(found)
            continue
        if last is None or not _otherwise(f) or \
                f.line - formulas[last[0]].line > _NEAR:
            continue
        relation = last[1]
        negated = Relation(relation.members, (_NEGATED[relation.ops[0]],), relation.lines)
        for j in range(k, len(formulas)):
            if j > k and not same_sentence(f, formulas[j]):
                break
            out.setdefault(j, []).append(negated)
        last = None
    return out
