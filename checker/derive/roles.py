"""What a formula's parts are: a name, an update rule, a label, a shape statement, a number.

Pure functions over syntax trees; the document walker (`document.py`) decides with them
whether an `=` is a claim to check or only introduces a name.
"""

from __future__ import annotations

from checker.derive import vocabulary
from checker.derive.equivalence import digits_tolerance
from checker.derive.render import render
from checker.derive.statement import Segment
from checker.derive.tree import (
    Bin,
    Call,
    Deriv,
    Neg,
    Node,
    Num,
    Relation,
    Shape,
    Sym,
    Transpose,
    walk,
)


def is_name(node: Node) -> bool:
    if isinstance(node, Sym):
        return True
    if isinstance(node, Call):
        return node.name not in vocabulary.FUNCTIONS and all(isinstance(a, Sym) for a in node.args)
    return False


def is_update(name: Sym, value: Node) -> bool:
    """w = w - \\alpha(...): the name stands as a whole term of its new value."""
    node = value
    while isinstance(node, Bin) and node.op in "+-":
        if node.left == name or (node.op == "+" and node.right == name):
            return True
        node = node.left
    return False


def is_label(first: Node, rest: list[Node]) -> bool:
    """XW = [...][...]: a product of names used nowhere else only names the expression."""
    syms = [n for n in walk(first) if isinstance(n, Sym)]
    if not syms or not all(isinstance(n, (Sym, Transpose)) or (isinstance(n, Bin) and n.op == "*")
                           for n in walk(first)):
        return False
    if isinstance(first, Sym):
        return False
    return not any(mentions(m, s) for m in rest for s in syms)


def mentions(node: Node, name: Node) -> bool:
    if isinstance(name, Call):
        return any(isinstance(n, Call) and n.name == name.name for n in walk(node))
    return any(isinstance(n, Sym) and n == name for n in walk(node))


def is_numeric(node: Node) -> bool:
    return all(not isinstance(n, (Sym, Deriv)) for n in walk(node))


def is_shape_product(node: Node) -> bool:
    return isinstance(node, Bin) and node.op == "*" and (
        isinstance(node.left, Shape) or is_shape_product(node.left)) and \
        isinstance(node.right, Shape)


def shape_value(node: Node) -> tuple[str, ...] | None:
    if isinstance(node, Shape):
        return tuple(show(d) for d in node.dims)
    if is_shape_product(node):
        a, b = shape_value(node.left), shape_value(node.right)  # type: ignore[union-attr]
        if a is None or b is None:
            return None
        if len(a) != 2 or len(b) != 2 or a[1] != b[0]:
            return ("non-conforming",) + a + b
        return (a[0], b[1])
    return None


def merge_shapes(segments: list[Segment]) -> list[Segment]:
    """(m,n) \\quad (n,2) ⇒ (m,2): a lone shape before a shape statement multiplies it."""
    out: list[Segment] = []
    for seg in segments:
        if out and len(out[-1].relation.members) == 1 and \
                isinstance(out[-1].relation.members[0], Shape) and \
                isinstance(seg.relation.members[0], Shape):
            prev = out.pop().relation.members[0]
            members = (Bin("*", prev, seg.relation.members[0]),) + seg.relation.members[1:]
            seg = Segment(Relation(members, seg.relation.ops), seg.condition, seg.continues,
                          seg.offset)
        out.append(seg)
    return out


def tolerance(left: Node, right: Node, text: str) -> float:
    nums = [n.text for side in (left, right) if isinstance(side, (Num, Neg)) or
            is_numeric(side) for n in walk(side) if isinstance(n, Num)]
    if "≈" in text or "\\approx" in text:
        return digits_tolerance(nums) or 1e-2
    bare = [s for s in (left, right) if isinstance(s, Num) or
            (isinstance(s, Neg) and isinstance(s.arg, Num))]
    texts = [(s.text if isinstance(s, Num) else s.arg.text) for s in bare]  # type: ignore
    return digits_tolerance(texts)


def show(node: Node) -> str:
    return render(node)
