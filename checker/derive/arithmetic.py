"""Numbers, constants, operators, norms and points (f|_{x=0}); cases are read in
`piecewise.py`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive import (
    conformance,
    identity,
    inference,
    layout,
    magnitude,
    matrix,
    shape,
    tuples,
    vocabulary,
    zero,
)
from checker.derive.errors import ShapeMismatch, Undecided, Unreadable
from checker.derive.quantity import scalar, unshaped_names
from checker.derive.traversal import symbols_of
from checker.derive.tree import (
    At,
    Bin,
    Call,
    Const,
    Neg,
    Node,
    Num,
    Sym,
    walk,
)

if TYPE_CHECKING:
    from checker.derive.walker import Walker


def number(w: Walker, node: Num) -> sp.Expr:
    return sp.Rational(node.text) if "." in node.text else sp.Integer(node.text)


def constant(w: Walker, node: Const) -> sp.Expr:
    if node.name == "ones":  # 𝟏: a column of ones, as long as the operand beside it needs
        return matrix.Sized("ones")  # type: ignore[return-value]
    return vocabulary.BY_NAME[node.name].meaning  # type: ignore[return-value]


def negation(w: Walker, node: Neg) -> sp.Expr:
    return -w.go(node.arg)


def oriented(w: Walker, node: Node) -> bool:
    """A vector whose orientation the text fixes: a name of declared shape (`∈ ℝ^{3×1}`, a
    shape directive, shapes in prose), or bound to a column or row written as such
    (`(1, 2, 3)^T`), not to a tuple (`q = (1, 2, 0)`) nor a row of a matrix (x^{(i)})."""
    if not isinstance(node, Sym) or node.index or node.sup:
        return False
    ctx = w.low.ctx
    if node.name in ctx.shapes:
        return True
    value = ctx.bound({node.name}, w.low.line).get(node.name)
    return matrix.is_matrix(value) and node.name not in ctx.tuples


def binary(w: Walker, node: Bin) -> sp.Expr:
    if node.op == "^" and isinstance(node.left, Const) and node.left.name == "e":
        return matrix.entrywise(sp.exp, w.go(node.right))
    left, right = scalar(w.go(node.left)), scalar(w.go(node.right))
    if node.op in {"+", "-", "⊙"}:  # a - y, y_k written elsewhere: y is (y_1, ..., y_K)
        left = as_vector(w, node.left, left, right)
        right = as_vector(w, node.right, right, left)
    left, right = tuples.tuple_columns(w, node, left, right)  # \vec{y} - Xθ, y a tuple
    if node.op not in {"+", "-", "*", "/", "⊙", "^"}:
        raise Unreadable("an operator", node.op)
    if node.op == "^" and not matrix.is_matrix(left) and not matrix.is_matrix(right) and \
            right.is_number and left.is_number and magnitude.too_large(left, right):
        raise Undecided("a number too large to evaluate (a power of numbers whose exact value "
                        f"would exceed {magnitude.LIMIT_BITS} bits)")
    if node.op == "^" and matrix.is_matrix(left) and not matrix.is_matrix(right) and \
            left.rows == left.cols:
        written = conformance.written_shape(node.left, w.low.ctx.shapes,
                                          lambda sym: w.definition(sym))
        if written is not None and written[0] != written[1]:  # (A_1)^2 with A_1 (m, h)
            return left.applyfunc(lambda e: e ** right)
        if right == -1 and left.rows <= 3 and not any(
                isinstance(n, (Call, Const)) for n in walk(node.left)):
            # (X^T X)^{-1}, A^{-1}: matrix algebra, the inverse (an entrywise power is
            # written of functions of a matrix: (1 + e^{-Z})^{-1})
            if left.det() == 0:
                raise Undecided("the inverse of a matrix that has none (its determinant is 0)")
            return left.inv()
        numbers = w.low.ctx.at_bound_values(left, w.low.line) if right.is_Symbol and \
            1 < left.rows <= 3 else None  # Aⁿ of a matrix the text gives numbers
        if right.is_Integer and 1 < right <= 6 and 1 < left.rows <= 4 or \
                numbers is not None and not numbers.free_symbols:
            # P² of a transition matrix, A² of a graph, Aⁿ of a matrix of numbers: matrix
            # algebra's power; notes also write g² entry by entry, so a step that fails so
            # read is not wrong
            w.low.doubts.append(inference.Doubt(
                "the power of a square matrix read as a matrix product (P² = PP)",
                "write the product out (PP), or ⊙ for a power entry by entry"))
            return numbers ** right if right.is_Symbol else left ** right
    if node.op == "*" and matrix.like_vectors(left, right):  # x^{(i)}θ, q·k, (3, 4)·(1, 2)
        if w.low.dot == "written" or w.low.dot and not (
                oriented(w, node.left) and oriented(w, node.right)):
            return matrix.dot(left, right)
        if w.low.dot:  # x w of two declared columns: they do not conform, whatever is meant
            w.low.readings.add(f"oriented {w.low.ctx.shown(node.left.name)} "
                               f"{w.low.ctx.shown(node.right.name)}")
        w.low.readings.add("vectors")  # read entry by entry below; the dot product: a retry
    if node.op == "*" and (nothing := zero.factor(w, node, left, right)) is not None:
        return nothing  # A x_0 with x_0 = 0: zero, whatever x_0's shape
    if node.op == "*":
        unshaped_factor(w, node, left, right)
    left, right = identity.identity_beside(node.op, left, right,
                                           lambda: undefined_identity(w))
    left, right = identity.identity_factor(node.op, (node.left, node.right), left, right,
                                           lambda: undefined_identity(w))
    try:
        return matrix.combine(node.op, left, right)
    except (sp.ShapeError, ShapeMismatch) as err:
        names = {str(s) for s in symbols_of(left, right)}
        arrays = {w.low.ctx.entries[n][0] for n in names if n in w.low.ctx.entries}
        unshaped = unshaped_names(w.low.ctx, names) or \
            sorted(w.low.ctx.shown(n) for n in names | arrays
                   if layout.inferred_shape(w.low, n)) or \
            sorted(w.low.ctx.shown(n) for n in w.low.inferred)  # (entries given as numbers)
        certain = never_conform(w, node)
        if unshaped and certain is None:  # W read as a number, or its shape inferred
            raise Undecided(f"{err}, with {', '.join(unshaped)} of no declared shape (read "
                            "as a number here; declare it: <!-- grader: shape "
                            f"{unshaped[0]} (m, n) -->)") from err
        if matrix.is_matrix(left) and matrix.is_matrix(right):  # in the text's names
            whatever = f", whatever the shape of {', '.join(unshaped)}" if unshaped else ""
            raise ShapeMismatch(shape.mismatch(
                node.op, node.left, node.right, (left.shape, right.shape),
                certain or (lambda n: conformance.written_shape(
                    n, w.low.ctx.shapes, w.definition))) + whatever) from err
        if isinstance(err, ShapeMismatch):
            raise
        raise ShapeMismatch(f"the shapes do not conform: {err}") from err
    except TypeError as err:
        raise Undecided("a matrix combined with a name of unknown shape (declare it: "
                        "<!-- grader: shape y (m, 1) -->)") from err


def unshaped_factor(w: Walker, node: Bin, left, right) -> None:
    """`w₂·a₁` with a₁ a vector (from values the text gives) and w₂ a name it gives no value,
    definition nor shape: w₂ is read as a number scaling the vector, a guess (it may be a
    vector as long: a dot product, a gradient's factor), so a step that differs so read is
    undecided. Greek letters (η, λ, α: rates, weights of a penalty) are the usual numbers, and
    so are the names that count (n, m of a sum's range, a dimension) and the members of a
    family by a letter (ỹ_n x_n, α_i y_i x_i: one number per sample beside its vector), and
    the names the text gives a set or range of numbers (`t \\in \\{-1, 1\\}`, `0 < p < 1`). A
    capital whose lower-case family the text writes by a letter (C beside c_i, X beside x_i)
    is that family stacked, which kinship.py reads, not a number; an `I` the text gives no
    meaning is the identity. A name the example gives a number (`y = -1`) is that number.
    """
    ctx = w.low.ctx
    families = {(n.stem, n.sup) for n in ctx.symbols.values() if len(n.index) == 1}
    for written, value, other in ((node.left, left, right), (node.right, right, left)):
        if isinstance(written, Sym) and written.base.isupper() and \
                (written.stem.lower(), written.sup) in families:
            continue
        if written == Sym("I") and undefined_identity(w):
            continue  # the identity beside a matrix (identity.py), no number of unknown shape
        if isinstance(written, Sym) and isinstance(value, sp.Symbol) and \
                str(value) not in ctx.discrete and str(value) not in ctx.intervals and \
                all(str(i).isdigit() for i in written.index) and \
                matrix.is_matrix(other) and len(other) > 1 and \
                written.base not in vocabulary.GREEK_DISPLAY and \
                str(value) not in w.low.sizes and not ctx.is_dimension(str(value)) and \
                unshaped_names(ctx, {str(value)}) and not _number_value(w, str(value)):
            shown = ctx.shown(str(value))
            w.low.doubts.append(inference.Doubt(
                f"{shown} read as a number multiplying a vector or matrix (the text gives it "
                "no value, definition nor shape)",
                f"give its value or declare its shape: <!-- grader: shape {shown} (n, 1) -->"))


def _number_value(w: Walker, name: str) -> bool:
    """The text gives the name a number other than 0 here (`y = -1` in the example the step
    works): the number it is read as is the text's, no guess. (`x_0 = 0` is as often the
    zero vector, written 0.)"""
    value = w.low.ctx.bound({name}, w.low.line, stale=False).get(name)
    return value is not None and not matrix.is_matrix(value) and \
        getattr(value, "is_number", False) and value != 0


def undefined_identity(w: Walker) -> bool:
    """The text gives `I` no meaning at this step: no definition, bound value nor shape."""
    ctx = w.low.ctx
    return w.definition(Sym("I")) is None and not ctx.bound({"I"}, w.low.line) and \
        ctx.shape_of("I") is None


def never_conform(w: Walker, node: Bin):
    """For operands that do not conform as read: when their shapes follow from declared
    shapes and definitions alone (no name read as a number or inferred could change
    them: conformance.certain_shape) and those cannot conform at any sizes, the reader of
    their shapes (for the message); else None."""
    ctx = w.low.ctx

    def number(sym: Sym) -> bool:  # m in 1/m: a dimension
        return not (sym.index or sym.name in ctx.shapes) and ctx.is_dimension(sym.name)

    def written(n: Node):
        return conformance.certain_shape(n, ctx.shapes, w.definition, number)

    def value(dim: str):
        return ctx.bound({dim}, w.low.line, stale=False).get(dim)

    shapes = written(node.left), written(node.right)
    if all(shapes) and node.op in {"*", "+", "-", "⊙"} and \
            conformance.never_conform(node.op, *shapes, value):  # type: ignore[arg-type]
        return written

    def partly(n: Node):  # XXᵀθ with θ of no declared shape: m rows whatever θ is
        return conformance.partial_shape(n, ctx.shapes, w.definition, number)

    shapes = partly(node.left), partly(node.right)
    if all(shapes) and node.op in {"+", "-", "⊙"} and \
            conformance.never_conform(node.op, *shapes, value):  # type: ignore[arg-type]
        return partly
    return None


def as_vector(w: Walker, written: Node, value, other):
    """A plain name read as a number beside a vector, whose entries the text writes as a
    family (y_k): that vector (y_1, ..., y_K), laid out as the other side."""
    if not (isinstance(written, Sym) and not written.index and isinstance(value, sp.Symbol)
            and matrix.is_matrix(other) and 1 in other.shape and len(other) > 1):
        return value
    if (written.stem, written.sup) not in w.low.written_families():
        return value
    entries = [w.go(replace(written, index=(str(k),))) for k in range(1, len(other) + 1)]
    return sp.Matrix(other.rows, other.cols, entries)


def at(w: Walker, node: At) -> sp.Expr:
    """f|_{x = 0}: f's value with x at 0 (x = y = 0: each name before the value); x stays
    the variable inside f, whatever value an example bound it to."""
    names = {m.name for m in node.at.members[:-1] if isinstance(m, Sym)}
    held = w.sub(hold=w.hold | names) if names else w
    value = held.go(node.arg)
    point = w.go(node.at.members[-1])
    swap = {held.go(m): point for m in node.at.members[:-1]}
    return value.subs(swap)
