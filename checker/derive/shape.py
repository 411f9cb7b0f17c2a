"""Matrix shapes as the lecture writes them: `(m, n)`, `(m, n)(n, k) = (m, k)`, and the
shape rule that checks such statements.
"""

from __future__ import annotations

from checker.derive.render import render
from checker.derive.result import Step
from checker.derive.statement import Segment
from checker.derive.tree import Bin, Node, Relation, Shape


def is_shape_product(node: Node) -> bool:
    return isinstance(node, Bin) and node.op == "*" and (
        isinstance(node.left, Shape) or is_shape_product(node.left)) and \
        isinstance(node.right, Shape)


def is_shape(node: Node) -> bool:
    return isinstance(node, Shape) or is_shape_product(node)


def shape_value(node: Node) -> tuple[str, ...] | None:
    if isinstance(node, Shape):
        return tuple(render(d) for d in node.dims)
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


def shape_steps(chain: list[Node], line: int, source: str) -> list[Step]:
    """(m, n)(n, k) = (m, k): each `=` checked by the shape rule."""
    shapes = []
    for m in chain:
        shape = shape_value(m)
        if shape is None:
            return []  # a declaration such as X ⇒ (364, 30)
        shapes.append(shape)
    steps = []
    for (a, sa), (b, sb) in zip(zip(chain, shapes), zip(chain[1:], shapes[1:])):
        ok = sa == sb
        steps.append(Step(line, "holds" if ok else "fails", render(a), render(b),
                          "matrix shape rule", None, None if ok else f"shapes differ: {sa} vs {sb}",
                          source))
    return steps
