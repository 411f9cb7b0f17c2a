"""A point the prose evaluates at, written as a name set equal to another name:
"$q = p$ 에서 0 이 된다" (at q = p it is 0), "at $x = \\mu$", "当 $q = p$ 时", "$a = b$ 일 때".
The equality picks out where something is looked at; it does not give q a new meaning for the
rest of the text (the steps after it still treat q and p as separate). A number for the name
("$x = 2$ 일 때") stays the example's value: binding.py and roles.py decide it.
"""

from __future__ import annotations

import re

from checker.derive.markdown import Formula
from checker.derive.tree import Node, Sym, walk

# the words right after the formula, or right before it, that make it a point looked at
_AFTER = re.compile(r"\s*(?:에서|일\s*때|时|的时候|处|處)")
_BEFORE = re.compile(r"(?:(?:^|\s)(?:at|when)|当|在)\s*$", re.IGNORECASE)


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
