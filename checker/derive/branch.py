"""Cases the prose opens with an inequality ("if $y(w^\\top x + b) \\ge 1$: ... $\\nabla_w J =
\\lambda w$", "margin 을 만족하면 (...)", "若 $x > 0$，...") and closes with its negation
("otherwise: ...", "아니면: ...", "否则 ..."): the formulas of the case's sentence are stated under
the inequality, those of the "otherwise" sentence after it under its negation.

Each gets the condition as a given relation (setting.Setting.given): a simple one (`x > 0`)
limits where the step is sampled; one the checker cannot apply (an expression against a
number) makes a step that fails under it undecided, never failed (condition.restriction).
"""

from __future__ import annotations

import re

from checker.derive.errors import Unreadable
from checker.derive.markdown import Formula
from checker.derive.statement import parse_statements
from checker.derive.tree import Relation

# a condition right before the inequality (a parenthesis may open between): "if", "when",
# "whenever", a Korean conditional verb ending "-면" ("만족하면", "크면"), "若", "如果", "当"
_OPENS = re.compile(r"(?:\b(?:if|when|whenever)|[\uac00-\ud7a3]면|若|如果|当)\s*[(（]?\s*$",
                    re.IGNORECASE)
# a sentence (or bullet) that opens with the other case
_OTHERWISE = re.compile(r"^\s*(?:otherwise|else|아니면|그렇지 않으면|그 외에는|否则|不然)",
                        re.IGNORECASE)
_INEQUALITY = {"<", ">", "≤", "≥"}
_NEGATED = {"<": "≥", "≤": ">", ">": "≤", "≥": "<"}
_NEAR = 3  # lines: "otherwise" refers to a case this close above it
FULL_STOP = re.compile(r"[.!?](?:\s|$)|[。！？]")


def _lead(f: Formula) -> str:
    """The prose of f's sentence before it (formulas shown as $)."""
    return FULL_STOP.split(f.before)[-1]


def _inequality(f: Formula) -> Relation | None:
    try:
        segments = parse_statements(f.text)
    except (Unreadable, RecursionError):
        return None
    if len(segments) != 1 or segments[0].error is not None:
        return None
    found = segments[0].relation
    if len(found.ops) != 1 or found.ops[0] not in _INEQUALITY or None in found.members:
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
        found = None if f.display or not _OPENS.search(_lead(f)) else _inequality(f)
        if found is not None:
            last = (k, found)
            for j in range(k + 1, len(formulas)):
                if not same_sentence(f, formulas[j]):
                    break
                out.setdefault(j, []).append(found)
            continue
        if last is None or not _OTHERWISE.match(_lead(f)) or \
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
