"""A point the prose evaluates at, written as a name set equal to another name:
"$q = p$ 에서 0 이 된다" (at q = p it is 0), "at $x = \\mu$", "当 $q = p$ 时", "$a = b$ 일 때".
The equality picks out where something is looked at; it does not give q a new meaning for the
rest of the text (the steps after it still treat q and p as separate). A number for the name
("$x = 2$ 일 때") stays the example's value: binding.py and roles.py decide it.

Also a point written as a tuple of numbers after a function of as many parameters
("$f(w_1, w_2) = w_1^2 w_2$ at $(1, 2)$"): `point_values`.
"""

from __future__ import annotations

import re

from checker.derive.markdown import Formula
from checker.derive.member import is_numeric
from checker.derive.regex import Regex
from checker.derive.setting import FULL_STOP
from checker.derive.state import State
from checker.derive.statement import single_statement
from checker.derive.tree import Node, Shape, Sym, walk

# the words right after the formula, or right before it, that make it a point looked at
_AFTER = Regex(r"\s*(?:에서|일\s*때|时|的时候|处|處)")
_BEFORE = Regex(r"(?:(?:^|\s)(?:at|when)|当|在)\s*$", re.IGNORECASE)


def looked_at(f: Formula, chain: list[Node]) -> bool:
    """`chain` (one `=`, in running text) sets a plain name to another name (`q = p`, `x =
    \\mu`), or an expression to a name it does not contain (`|r| = \\delta` where the pieces
    of Huber's loss meet: "在 $|r| = \\delta$ 处", "at $|r| = \\delta$"), and the prose around
    it says it is a point considered, not a definition (of q, or of δ named by |r|)."""
    if f.display or len(chain) != 2:
        return False
    head, value = chain
    if not isinstance(value, Sym) or any(isinstance(n, Sym) and n.name == value.name
                                         for n in walk(head)):
        return False  # (a formula after "일 때" may define: `L = ½(ŷ - y)² 일 때`)
    if isinstance(head, Sym) and head.index:
        return False
    prose = f.before.rsplit("$", 1)[-1] if "$" in f.before else f.before
    return bool(_AFTER.match(f.after) or _BEFORE.search(prose))


# "f(w_1, w_2) = w_1^2 w_2 at $(1, 2)$", "在 $(1, 2)$ 处", "$(1, 2)$에서": a point given
_AT_BEFORE = Regex(r"(?:\bat(?: the point)?|\bpoint|在|点)\s*$", re.IGNORECASE)
_AT_AFTER = Regex(r"\s*(?:에서|处|處|点)")


def point_values(f: Formula, before: Formula | None, state: State) -> list[tuple[Sym, Node]]:
    """A point written as a tuple of numbers right after a function defined with as many
    parameters, in the same sentence ("$f(w_1, w_2) = w_1^2 w_2$ at $(1, 2)$: ..."): the
    values of those parameters for the steps that follow (the derivatives there are at that
    point). [] for anything else: a tuple with no "at" before it (or 에서 / 处 after it), or no
    such function defined on the formula just before."""
    if f.display or before is None or before.display or before.block != f.block:
        return []
    prose = f.before.split("$")[-1] if f.before.count("$") else f.before
    if not (_AT_BEFORE.search(prose) or _AT_AFTER.match(f.after)) or \
            FULL_STOP.search(prose):
        return []
    relation = single_statement(f.text)
    point = relation.members[0] if relation is not None and len(relation.members) == 1 \
        else None
    if not isinstance(point, Shape) or not all(is_numeric(v) for v in point.dims):
        return []
    functions = [d for d in state.ctx.definitions.values() if d.line == before.line and
                 len(d.params) == len(point.dims) and not d.index]
    if len(functions) != 1:
        return []
    return list(zip(functions[0].params, point.dims))
