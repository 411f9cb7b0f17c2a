"""The one relation `A = B` a formula states, read apart from its steps: the equation an equation's
follower is checked against, and of a chain set to zero (`dL/dw = 2w - 4 = 0`) the last link,
the equation the chain sets up.
"""

from __future__ import annotations

import sympy as sp

from checker.derive.errors import Unreadable
from checker.derive.markdown import Formula
from checker.derive.render import render
from checker.derive.state import State
from checker.derive.statement import parse_statements
from checker.derive.tree import Num, Relation


def stated(text: str, state: State, last: bool = False) -> Relation | None:
    """The one `A = B` a formula states, or None; with `last`, of a chain set to zero
    (`dL/dw = 2w - 4 = 0`), its last link `2w - 4 = 0` (the equation it sets up)."""
    try:
        segments = parse_statements(text, state.ctx.known)
    except (Unreadable, RecursionError):
        return None
    if len(segments) != 1 or segments[0].error is not None or segments[0].condition or \
            segments[0].continues or any(m is None for m in segments[0].relation.members):
        return None
    found = segments[0].relation
    if last and len(found.ops) > 1 and set(found.ops) == {"="} and \
            isinstance(found.members[-1], Num) and sp.sympify(found.members[-1].text) == 0:
        return Relation(found.members[-2:], ("=",), found.lines[-1:])
    return found if tuple(found.ops) == ("=",) else None


def chained(state: State, head: Formula) -> tuple[str, str] | None:
    """The last link of a chain set to zero that `head` states (`2w - 4`, `0`), rendered as
    its step is, or None (not a chain): the head's other links stay its own steps."""
    one, last = stated(head.text, state), stated(head.text, state, last=True)
    if one is not None or last is None:
        return None
    return render(last.members[0]), render(last.members[1])
