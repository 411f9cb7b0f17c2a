"""Means written with an open range (`\\frac{1}{m}\\sum_i x_i`, `\\frac{\\sum_i x_i}{m}`): the
count m they divide by, and how many terms the sum runs over, so that a mean the text writes
without giving m is read with m the length of what it averages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.derive import summation
from checker.derive.errors import Undecided, Unreadable
from checker.derive.quantity import N
from checker.derive.tree import Bin, Node, Num, Sum, Sym, walk

if TYPE_CHECKING:
    from checker.derive.walker import Walker


def means(nodes: list[Node]) -> list[tuple[Sym, Sum]]:
    """The means written with an open range in nodes: `\\frac{1}{m}\\sum_i x_i`,
    `\\frac{\\lambda}{2m}\\sum_j w_j^2`, `\\frac{\\sum_i x_i}{m}`; each as (m, the sum). The
    count is a plain letter, not the sum's index nor in its body."""
    out = []
    for node in nodes:
        for n in walk(node):
            if not isinstance(n, Bin):
                continue
            if n.op == "*" and isinstance(n.right, Sum) and isinstance(n.left, Bin) and \
                    n.left.op == "/":
                total, count = n.right, _count(n.left.right)
            elif n.op == "/" and isinstance(n.left, Sum):
                total, count = n.left, _count(n.right)
            else:
                continue
            if count is None or total.hi is not None or total.op != "+" or \
                    total.index is None or count.name == total.index or \
                    any(isinstance(k, Sym) and k.name == count.name for k in walk(total.body)):
                continue
            out.append((count, total))
    return out


def _count(node: Node) -> Sym | None:
    """m in the denominator `m` or `2m`."""
    if isinstance(node, Bin) and node.op == "*" and isinstance(node.left, Num):
        node = node.right
    if isinstance(node, Sym) and not node.index and not node.sup and not node.accents and \
            len(node.base) == 1:
        return node
    return None


def length(w: Walker, total: Sum) -> int:
    """How many terms an open-range sum is read over: its family's axis, else N."""
    try:
        return summation.axis(w, total.body, total.index or "") or w.low.open_length or N
    except (Undecided, Unreadable):
        return N
