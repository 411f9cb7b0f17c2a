"""Matrix shapes as the lecture writes them: `(m, n)`, `(m, n)(n, k) = (m, k)`, and the
shape rule that checks such statements.
"""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp

from checker.derive.regex import Regex
from checker.derive.render import render
from checker.derive.result import Step
from checker.derive.statement import Segment
from checker.derive.tree import Bin, Deriv, Node, Relation, Shape, product_factors, walk


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
        verdict, why = compare_shapes(sa, sb)
        if verdict == "undecided":
            steps.append(Step(line, "undecided", render(a), render(b), f"could not decide: {why}",
                              source=source))
            continue
        steps.append(Step(line, verdict, render(a), render(b), "matrix shape rule", None, why,
                          source))
    return steps


_ARITHMETIC = Regex(r"[0-9.+\-*/() ]+")


def _size(dim: str) -> int | None:
    """A dimension written as arithmetic on numbers (`3·5·5`, `(32 + 4 - 5)/1 + 1`): its value."""
    text = dim.replace("·", "*").replace("×", "*").replace("−", "-")
    if not _ARITHMETIC.fullmatch(text) or len(text) > 80:
        return None
    try:
        value = sp.sympify(text, rational=True)
    except (sp.SympifyError, SyntaxError, TypeError, ZeroDivisionError):
        return None
    return int(value) if value.is_Integer else None


def compare_shapes(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, str | None]:
    """(verdict, why) for two shapes of a shape product (`(m, n)(n, k) = (m, k)`): dimension by
    dimension, as written or as numbers (`3·5` against `15`); two different names fail; a name
    against a number (`(m, n)(n, k) = (4, k)`) gives a value, not a claim this rule can check.
    (Tuples of numbers alone are compared entry by entry as values, not here.)"""
    if "non-conforming" in a or "non-conforming" in b or len(a) != len(b):
        return "fails", f"shapes differ: {a} vs {b}"
    for x, y in zip(a, b):
        if x == y:
            continue
        nx, ny = _size(x), _size(y)
        if nx is None and ny is None:  # (m, k) against (n, k): two names for one dimension
            return "fails", f"shapes differ: {a} vs {b}"
        if nx is None or ny is None:
            return "undecided", (f"the dimension {x} against {y}: a size given by name, which "
                                 "this rule cannot compare (it holds if they are equal)")
        if nx != ny:
            return "fails", f"shapes differ: {a} vs {b} ({x} is {nx}, not {ny})"
    return "holds", None


def mismatch(op: str, left: Node, right: Node, sizes: tuple[tuple[int, int], tuple[int, int]],
             written: Callable[[Node], tuple[str, ...] | None]) -> str:
    """Why `left op right` does not conform, in the text's names and shapes: `∂L/∂Z_2 (m, K)
    times A_1ᵀ (h, m)`, with the checked sizes when the text's are not known, and the order
    that would conform (`A_1ᵀ·∂L/∂Z_2 would: (h, K)`) when the swap does."""
    shown = []
    for node, size in zip((left, right), sizes):
        dims = written(node)
        shape = f"({dims[0] or '?'}, {dims[1] or '?'})" if dims is not None and \
            len(dims) == 2 else \
            f"({size[0]}, {size[1]})"
        shown.append((render(node, 2), shape, dims))
    (a, sa, da), (b, sb, db) = shown
    text = f"the shapes do not conform: {a} {sa} {'times' if op == '*' else 'and'} {b} {sb}"
    if da is not None and db is not None and (sa, sb) != tuple(f"({r}, {c})" for r, c in sizes):
        text += f" (checked at {sizes[0]} and {sizes[1]})"
    (r1, c1), (r2, c2) = sizes
    if op == "*" and c2 == r1 and (da is None or db is None or db[1] == da[0]):
        result = f"({db[0]}, {da[1]})" if da is not None and db is not None else f"({r2}, {c1})"
        text += f"; {render(Bin('*', right, left))} would conform, giving {result}"
    return text


def sides_differ(ctx, line: int, left: Node, right: Node, lookup) -> str | None:
    """A step whose two sides have shapes that follow from declared shapes and definitions
    alone (conformance.certain_shape; or in part, a product's rows its left factor's whatever
    the names of no declared shape are: conformance.partial_shape) and differ as written (two
    dimension names the text never sets equal): why it cannot hold whatever the values, in the
    text's names; else None.
    (For a step whose values could not be decided: the shapes decide it.)"""
    from checker.derive import conformance

    if _chain_written(left) or _chain_written(right):
        return None
    numerator = ctx.layout == "numerator"
    shapes = [certain(ctx, n, lookup) or (_partial(ctx, n, lookup)
                                             if _written_conforming(ctx, n, lookup) else None)
              for n in (left, right)]
    if not all(s and len(s) == 2 for s in shapes) or not conformance.never_conform(
            "+", shapes[0], shapes[1], lambda d: ctx.bound({d}, line, stale=False).get(d)):
        return None
    (a, b), (c, d) = shapes  # type: ignore[misc]
    if None in (a, b, c, d):  # x(p - y)ᵀ, y of no declared shape: x's rows all the same
        return (f"the sides' shapes differ: {render(left)} is {_shown((a, b))}, "
                f"{render(right)} is {_shown((c, d))}, whatever the shapes left open")
    if isinstance(left, Deriv) and (c, d) == (b, a):
        whose = f"{render(left.var)}ᵀ's" if numerator else f"{render(left.var)}'s"
        return (f"transposed: {render(left)} must have {whose} shape ({a}, {b}); the right "
                f"side {render(right)} is ({c}, {d})")
    return (f"the sides' shapes differ: {render(left)} is ({a}, {b}), {render(right)} is "
            f"({c}, {d})")


def _chain_written(node: Node) -> bool:
    """`∂L/∂Z_2 ∂Z_2/∂A_1 ∂A_1/∂Z_1 ∂Z_1/∂W_1`: a product of two derivatives or more is the chain
    rule written in the factors' own order, a notation whose matrix form transposes and
    reorders them (`X^T (δ_2 W_2^T ⊙ ...)`); its shape is never read from that order."""
    return sum(isinstance(f, Deriv) for f in product_factors(node)) >= 2


def certain(ctx, node: Node, lookup) -> tuple[str, ...] | None:
    """`node`'s shape from declared shapes and definitions alone (conformance.certain_shape)."""
    from checker.derive import conformance

    def number(sym) -> bool:
        return not (sym.index or sym.name in ctx.shapes) and ctx.is_dimension(sym.name)

    return conformance.certain_shape(node, ctx.shapes, lookup, number,
                                   numerator=ctx.layout == "numerator")


def _partial(ctx, node: Node, lookup) -> tuple | None:
    """What `node`'s shape certainly is though a name of no declared shape leaves part of it
    open (conformance.partial_shape: a product's rows are its left factor's, whatever the
    other is): an open dimension None."""
    from checker.derive import conformance

    def number(sym) -> bool:
        return not (sym.index or sym.name in ctx.shapes) and ctx.is_dimension(sym.name)

    return conformance.partial_shape(node, ctx.shapes, lookup, number,
                                     numerator=ctx.layout == "numerator")


def _written_conforming(ctx, node: Node, lookup) -> bool:
    """Every product in `node` whose factors' shapes are known conforms as written (inner
    dimensions the same name): `(P - Y)Xᵀ`, (m, K) times (n, m), may conform only where the
    text sets n = K, and then its shape is no longer the written one."""
    for part in walk(node):
        if isinstance(part, Bin) and part.op == "*":
            a, b = _partial(ctx, part.left, lookup), _partial(ctx, part.right, lookup)
            if a and b and len(a) == 2 and len(b) == 2 and None not in (a[1], b[0]) and \
                    a[1] != b[0]:
                return False
    return True


def _shown(shape: tuple) -> str:
    """(2, 3); an open dimension as `·`: (2, ·)."""
    return "(" + ", ".join("·" if d is None else str(d) for d in shape) + ")"


def nonconforming(ctx, line: int, node: Node, lookup) -> str | None:
    """A product in `node` whose factors' shapes follow from declared shapes and definitions
    alone and cannot conform at any sizes, neither as a matrix product nor element-wise
    (`XW` with X (n, m) and W (k, n); not `Y \\log A`, of one shape: element-wise meant): why,
    in the text's names, with the order that would conform; else None. (A definition so
    written defines nothing: it is wrong whatever the values.)"""
    from checker.derive import conformance

    def value(d: str):
        return ctx.bound({d}, line, stale=False).get(d)

    for part in walk(node):
        if not (isinstance(part, Bin) and part.op == "*"):
            continue
        shapes = [certain(ctx, n, lookup) for n in (part.left, part.right)]
        if not all(s and len(s) == 2 for s in shapes) or \
                not conformance.never_conform("*", shapes[0], shapes[1], value) or \
                conformance.broadcasts(shapes[0], shapes[1], value):
            continue  # `Y \\log A` of one shape, or broadcasting: an element-wise product meant
        (a, b), (c, d) = shapes  # type: ignore[misc]
        text = (f"the shapes do not conform: {render(part.left, 2)} ({a}, {b}) times "
                f"{render(part.right, 2)} ({c}, {d})")
        if not conformance.never_conform("*", (c, d), (a, b), lambda _: None):
            text += f"; {render(Bin('*', part.right, part.left))} would conform, giving ({c}, {b})"
        return text
    return None
