"""The sizes one reading of a step (a Lowering) works at: the shapes of its arrays (declared,
bound in a worked example, or inferred for the step by `inference.py`), the lengths of its
ranges (a declared dimension, a bound size, the entries of a vector a sum counts), and the
layout of a vector written without one (a tuple beside a row or a column, a gradient written
as its slopes).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive import inference, matrix, unification
from checker.derive.tree import Deriv, Node, Sym, walk

if TYPE_CHECKING:
    from checker.derive.meaning import Lowering


def infer_shapes(low: Lowering, sides: tuple[Node, ...], reached: bool = False,
                 joined: int = 0, tall: bool = False) -> None:
    """Shapes for the arrays the step uses without a declared shape (inference.py): X, W,
    anything transposed; every free dimension a size of its own. `reached`: also when
    only the definitions the step reaches write matrix algebra. `joined` (1, 2, ...): with
    both sides of one shape (inference.infer), the free sizes of that trial (each trial
    other sizes). `tall`: a matrix's free rows outnumber its free columns (X (3, 2): XᵀX
    invertible, as a design matrix's is)."""
    nodes = low.reach(sides)
    declared = {name: tuple(dims) for name, dims in low.ctx.shapes.items()
                if len(dims) == 2}
    try:
        dims = inference.infer(sides, nodes, declared,
                               lambda sym: low.ctx.lookup(sym, low.line), set(declared),
                               reached, joined=bool(joined))
    except unification.Conflict:
        return  # read as before: numbers, and undecided where shapes matter
    free: dict[str, int] = {}
    written = {n.name: n for node in nodes for n in walk(node) if isinstance(n, Sym)}
    arrays = inference.array_like(nodes, set(declared))  # certainly arrays, not numbers
    order = [d for pair in dims.values() for d in pair if d.startswith("?")]
    if tall:  # the first free dimension (rows) largest
        order = list(dict.fromkeys(order))[::-1]
    used = set(low.ctx.dims.values())
    for d in order:
        if d not in free:
            free[d] = 1 if low.unit else next(k for k in range(2 + 3 * max(joined - 1, 0), 40)
                                              if k not in used | set(free.values()))
    for name, pair in dims.items():
        shape = []
        sym = written.get(name)
        if name not in arrays or sym is None or not sym.base[:1].isupper():
            low.unsettled = True  # a vector (x, w, θ: its orientation) or maybe a number
        for d in pair:
            if d.startswith("?"):
                shape.append(free[d])
            else:
                shape.append(size(low, d))  # n of x (n, 1) bound to a 2-vector: 2
        low.inferred[name] = (shape[0], shape[1])
        sym = written.get(name)
        if sym is not None and len(sym.index) == 1:  # x_i: every example x_1, x_2, ...
            low.families[(sym.stem, sym.sup)] = (shape[0], shape[1])


def inferred_shape(low: Lowering, name: str) -> tuple[int, int] | None:
    """The shape this step inferred for a name (x_2 as a member of the family x_i)."""
    found = low.inferred.get(name)
    sym = low.ctx.symbols.get(name)
    if found is None and sym is not None and len(sym.index) == 1:
        found = low.families.get((sym.stem, sym.sup))
    return found


def shape_of(low: Lowering, name: str) -> tuple[int, ...] | None:
    """A matrix's concrete shape: declared, or inferred for this step."""
    bound = low.ctx.bound({name}, low.line, stale=False).get(name)
    if matrix.is_matrix(bound):  # X bound to a matrix for a worked example: its shape
        if name in low.ctx.tuples:  # a tuple: a row, or a column where wᵀx needs one
            low.readings.add("tuple")
            if (low.inferred.get(name) or (0, 0))[1] == 1:
                return (len(bound), 1)
        elif bound.rows == 1 and tuple(low.ctx.shapes.get(name, ())[1:]) == ("1",):
            return (len(bound), 1)  # y_B ∈ ℝ^b given as a row: the declared column (a tuple
            # keeps no orientation: it is read beside its neighbours, `tuples.tuple_columns`)
        return bound.shape
    declared = low.ctx.shapes.get(name)
    if declared is not None and any(bound_size(low, d) for d in declared):
        return tuple(size(low, d) for d in declared)  # (m, n) with m = 2 bound
    found = low.ctx.shape_of(name) or inferred_shape(low, name) or \
        (declared_family(low, name) if bound is None else None)
    if found is None and low.earlier:
        return inference.earlier_shape(low.ctx, name, low.line)
    return found


def declared_family(low: Lowering, name: str) -> tuple[int, ...] | None:
    """x_2, read for x_i at a concrete i, where the text declares the family's shape (`x_i`:
    1 × D, `<!-- grader: shape x_i (1, D) -->`): that shape, every example's (a reading, with
    a doubt: its values are any, and the prose may say more, as of a one-hot e_k)."""
    sym = low.ctx.symbols.get(name)
    if sym is None or len(sym.index) != 1 or not low.ctx.shapes:
        return None
    for letter in "ijklmnt":  # the letters an example's index is written with
        key = sym.name_at((letter,))
        if key in low.ctx.shapes and (low.ctx.bound({key}, low.line) or
                                      _family_bound(low, sym)):
            return None  # h_t or h_1 given a value for an example: those values', not any
        if key in low.ctx.shapes:
            # a reading: its shape, not what the prose may say of it (e_k one-hot), so a
            # step that differs so stays undecided
            low.doubts.append(inference.Doubt(
                f"{low.ctx.shown(key)} read as any array of the shape the text declares for "
                f"it (at one value of its index: {low.ctx.shown(name)})",
                f"give {low.ctx.shown(key)} a value or a definition"))
            return tuple(size(low, d) for d in low.ctx.shapes[key])  # (n bound: its size)
    return None


def _family_bound(low: Lowering, sym: Sym) -> bool:
    """Does an example give a value to the family of `sym` (h_t, h_1, ...: any member)?"""
    for name in low.ctx.bindings:
        member = low.ctx.symbols.get(name)
        if member is not None and member.index and (member.stem, member.sup) == \
                (sym.stem, sym.sup) and low.ctx.bound({name}, low.line):
            return True
    return False


def oriented(low: Lowering, left, right, nodes: tuple[Node, Node] | None = None):
    """A vector bound as a tuple (`a = (1, 0)`) has no orientation: when the step used
    one, a row and a column of the same length are compared entry by entry. A gradient
    by a name whose entries the text writes (`\\nabla f(\\mathbf{x}) = (0.2x_1, 4x_2)` with
    f built from x_1, x_2) beside a vector of k entries: the k slopes, laid out as it."""
    if nodes is not None:
        left = gradient(low, nodes[0], left, right)
        right = gradient(low, nodes[1], right, left)
    if "tuple" in low.readings and matrix.is_matrix(left) and matrix.is_matrix(right) \
            and 1 in left.shape and left.shape == right.shape[::-1]:
        return left, right.T
    return left, right


def gradient(low: Lowering, node: Node, value, other):
    if not (isinstance(node, Deriv) and node.order == 1 and not node.var.index and
            not matrix.is_matrix(value) and matrix.is_matrix(other) and 1 in other.shape
            and len(other) > 1 and shape_of(low, node.var.name) is None and
            low.ctx.lookup(node.var, low.line) is None and
            (node.var.stem, node.var.sup) in low.written_families()):
        return value
    members = [replace(node.var, index=(str(k),)) for k in range(1, len(other) + 1)]
    slopes = [low.expr(replace(node, var=m)) for m in members]
    if all(s == 0 for s in slopes):
        return value  # x_1 .. x_k not what the expression is built from
    from checker.derive.render import render_name

    low.gradients.append(render_name(node.var))  # a reading that can hold: doubt.guesses
    return sp.Matrix(other.rows, other.cols, slopes)


def bound_size(low: Lowering, dim: str) -> int | None:
    """m = 2 in a worked example: the size m has there (a small whole number), or None."""
    if dim.isdigit():
        return None
    for name, dims in low.ctx.shapes.items():  # X (m, n) bound to a 3 × 2 matrix: m = 3
        if dim in dims and len(dims) == 2 and low.ctx.bindings.get(name):
            value = low.ctx.bound({name}, low.line, stale=False).get(name)
            if matrix.is_matrix(value) and "1" in dims and 1 in value.shape:
                return value.shape[0] * value.shape[1]  # z (K, 1) bound to (1, 2, 3): K = 3
            if matrix.is_matrix(value):
                return value.shape[dims.index(dim)]
    if not low.ctx.bound({dim}, low.line, stale=False):  # Σ_{i=1}^{m} x_i, x = (1, 2, 6)
        vectors = [low.ctx.bound({name}, low.line, stale=False).get(name)
                   for name in low.counted.get(dim, ()) if name in low.ctx.tuples]
        lengths = {len(v) for v in vectors if matrix.is_matrix(v)}  # type: ignore[arg-type]
        return lengths.pop() if len(lengths) == 1 else None
    value = low.ctx.bound({dim}, low.line, stale=False).get(dim)
    if value is not None and getattr(value, "is_Integer", False) and 1 <= value <= 12:
        return int(value)
    return None


def counted_number(low: Lowering, dim: str) -> bool:
    """A declared dimension a worked example gives a number too large to check arrays at
    (`h = 128` hidden units, W ∈ ℝ^{h×(h+d)}), in a step that reaches no array whose declared
    shape uses it (`N = 4(h(h + d) + h)`, a parameter count): the number itself, not the small
    size the arrays are checked at. False when the step's names were not scanned."""
    value = low.ctx.bound({dim}, low.line, stale=False).get(dim)
    if value is None or not getattr(value, "is_number", False) or bound_size(low, dim):
        return False  # (a small whole number is the size already)
    names = low.reached | set(low.written)
    return bool(names) and not any(dim in dims for name, dims in low.ctx.shapes.items()
                                   if name in names)


def size(low: Lowering, name: str) -> int:
    """A range's length: a declared dimension's concrete size (m in X (m, n)), the terms
    of the open-range sum it divides (a mean), else N."""
    return bound_size(low, name) or low.lengths.get(name) or low.ctx.size(name)
