"""Tuples read as vectors: a name bound to a tuple for a worked example (`a = (1, 0)`) is the
vector of its entries, and a tuple, which has no orientation, is the column or row its
neighbour in a sum or product needs.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive import layout, matrix
from checker.derive.quantity import real
from checker.derive.tree import Bin, Neg, Num, Shape, Sym, Transpose, walk

if TYPE_CHECKING:
    from checker.derive.walker import Walker


def tuple_vector(w: Walker, sym: Sym) -> sp.Matrix | None:
    """A name bound to a tuple for a worked example (`a = (1, 0)`, `\\hat{y} = (2.5, 0,
    2.1)`) and defined no other way: the vector of its entries a_1, a_2 (bound too), a row
    like any tuple."""
    if sym.index or sym.name not in w.low.ctx.tuples or w.definition(sym) is not None:
        return None
    bound = w.low.ctx.bound({sym.name}, w.low.line, stale=False).get(sym.name)
    if not matrix.is_matrix(bound):
        return None
    members = [replace(sym, index=(str(k),)) for k in range(1, len(bound) + 1)]
    if any(w.definition(m) is not None for m in members):
        return None
    w.low.readings.add("tuple")
    return sp.Matrix(*layout.shape_of(w.low, sym.name),  # type: ignore[misc]
                     [real(w.instance(m)[0].name) for m in members])


def _tuple_row(w: Walker, node, value) -> bool:
    """value is the row a name bound to a tuple was read as (`\\vec{y} = (1, 3, 4)`), or a
    member of a family read at one index (x_i at i = 1, with `x_1 = (2, 1)`)."""
    return (isinstance(node, Sym) and _tuple_name(w, node) or _written_tuple(w, node)) and \
        matrix.is_matrix(value) and value.rows == 1 and value.cols > 1


def _written_tuple(w: Walker, node) -> bool:
    """A tuple written out in parentheses (`(2, 8)`), alone or after factors that are numbers
    (`0.1\\,(2, 8)`, `-(2, 8)`): as orientless as a name bound to one."""
    while isinstance(node, Neg) or isinstance(node, Bin) and node.op == "*" and \
            _numeric(w, node.left):
        node = node.arg if isinstance(node, Neg) else node.right
    return isinstance(node, Shape)


def _tuple_name(w: Walker, sym: Sym) -> bool:
    """A name bound to a tuple, or a family member at the digits or letters this reading
    gives values (x_i at i = 1 is x_1); looked up without registering the member."""
    if sym.name in w.low.ctx.tuples:
        return True
    values = []
    for i in sym.index:
        if type(i) is str and i.isdigit():
            values.append(i)
        elif type(i) is str and len(i) == 1 and i in w.env:
            values.append(str(w.env[i]))
        else:
            return False  # an index this reading gives no value
    return bool(values) and sym.name_at(tuple(values)) in w.low.ctx.tuples


def _scaled_transpose(w: Walker, node) -> Transpose | None:
    """`wᵀ`, `y wᵀ`, `-2 y wᵀ`: a tuple's transpose after factors that are numbers (digits,
    names with no shape, no tuple and no array value); the transpose, or None."""
    if isinstance(node, Transpose):
        return node
    if not (isinstance(node, Bin) and node.op == "*" and isinstance(node.right, Transpose)):
        return None
    return node.right if _numeric(w, node.left) else None


def _numeric(w: Walker, node) -> bool:
    """A factor made of numbers: digits and names the step reads as numbers, under + - * /."""
    for part in walk(node):
        if isinstance(part, Sym) and not _number_name(w, part):
            return False
        if not isinstance(part, (Sym, Num, Neg, Bin)) or \
                isinstance(part, Bin) and part.op not in {"*", "/", "+", "-"}:
            return False
    return True


def _number_name(w: Walker, sym: Sym) -> bool:
    """A name the step reads as a number: bound to one, or given no shape, tuple, array value
    nor definition."""
    ctx = w.low.ctx
    if sym.name in ctx.tuples or sym.name in ctx.shapes or sym.name in w.low.inferred:
        return False
    value = ctx.bound({sym.name}, w.low.line, stale=False).get(sym.name)
    if value is not None:
        return not matrix.is_matrix(value)
    return w.definition(sym) is None


def tuple_columns(w: Walker, node, left, right) -> tuple:
    """A tuple has no orientation: beside a column in a sum (`\\vec{y} - Xθ`), or after a
    matrix of as many columns (`Xθ` with θ = (1, 2)), it is that column; after another
    tuple's transpose (`wᵀx`, `y wᵀx` with y a number: both tuples), a dot product; transposed before a matrix of as
    many rows (`vᵀA`), the row. Unchanged otherwise."""
    if not (matrix.is_matrix(left) and matrix.is_matrix(right)):
        return left, right
    if node.op in {"+", "-", "⊙"}:
        if _tuple_row(w, node.left, left) and right.shape == left.shape[::-1]:
            return left.T, right
        if _tuple_row(w, node.right, right) and left.shape == right.shape[::-1]:
            return left, right.T
    if node.op == "*" and isinstance(node.left, Transpose) and \
            _tuple_row(w, node.left.arg, left.T) and left.rows == right.rows and \
            not _tuple_row(w, node.right, right):
        return left.T, right  # vᵀA with v a tuple: vᵀ is the row A's rows need
    if node.op == "*" and _tuple_row(w, node.right, right):
        turned = _scaled_transpose(w, node.left)
        if turned is not None and left.cols == 1 and \
                _tuple_row(w, turned.arg, left.T) and left.rows == right.cols:
            return left.T, right.T  # wᵀx (y wᵀx) of two tuples: the row wᵀ, the column x
        if left.cols == right.cols and (left.rows > 1 or isinstance(node.left, Transpose)):
            return left, right.T  # (a row beside a tuple with no ᵀ: not a dot product)
        if left.rows == 1 and left.cols == right.cols and isinstance(node.left, Bin) and \
                node.left.op == "*" and isinstance(node.left.left, Transpose):
            return left, right.T  # (vᵀA)v: the row vᵀA made, then the column
    return left, right


def as_columns(attempt) -> tuple[str, str] | None:
    """A step that fails on shapes alone (`\\hat V = R C^\\top / (\\mathbf 1^\\top R) =
    \\frac{1}{12}[\\ldots]` with `R = (3, 9)`, `C = (4, 8)`), reading names bound to tuples,
    which were taken as rows: a tuple's orientation is not fixed by the text, and a column is
    what `\\mathbb{R}^n` means. Read again with every such tuple a column: ("holds", how) when
    it holds so; ("undecided", why) when the sides still do not conform, so that the failure
    rests on an orientation the text did not fix; None when they conform and differ (the
    step is wrong as a column too), or it reads no tuple. A step whose sides conform and
    differ with the tuples as rows (`diag(p) - p pᵀ`, read as p's dot product with itself
    beside a matrix) is read so too: it holds when it holds with them columns (p pᵀ the outer
    product, what the notation means of a column); else it is wrong both ways."""
    from checker.derive.attempt import lowering
    from checker.derive.equivalence import compare

    if attempt.cmp is None:
        return None
    shapes = attempt.cmp.method.startswith("shapes")
    ctx = attempt.ctx
    names = sorted({n.name for n in attempt.state.reached((attempt.left, attempt.right),
                                                          attempt.line) if n.name in ctx.tuples})
    bound = ctx.bound(set(names), attempt.line, stale=False)
    sizes = {n: len(bound[n]) for n in names if matrix.is_matrix(bound.get(n))}
    if not sizes:
        return None
    shown = ", ".join(ctx.shown(n) for n in sizes)
    low = lowering(attempt, ctx)
    low.inferred.update({n: (k, 1) for n, k in sizes.items()})
    try:
        lv, rv = (ctx.at_bound_values(low.expr(n, hold=attempt.held), attempt.line)
                  for n in (attempt.left, attempt.right))
        again = compare(lv, rv, ctx, atol=attempt.atol)
    except Exception:  # noqa: BLE001 - not read as columns either: the orientation decides
        again = None
    if again is not None and again.agree:
        return "holds", f"{again.method}, with {shown} read as columns (a tuple has no " \
            "orientation of its own)"
    if not shapes or again is not None and not again.method.startswith("shapes"):
        return None
    return "undecided", (f"could not decide: the sides' shapes do not conform with {shown} read "
                         f"as rows, and a tuple has no orientation of its own; declare it "
                         f"(`{shown.split(', ')[0]} \\in \\mathbb{{R}}^n` for a column)")
