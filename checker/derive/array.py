"""Matrices as values: matrices written out or with elisions, pairs used as values, transposes,
entries of a computed value (`(XW)_{ij}`, `softmax(z)_j`), δ_{ij}, `I_3`, bold constants, and a
matrix held fixed to differentiate by it. Entries of a *named* matrix by subscript: element.py.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive import ellipsis, inference, layout, matrix
from checker.derive.errors import Undecided, UnknownShape
from checker.derive.quantity import MATRIX_FUNCTIONS, N, real, scalar, unshaped_names
from checker.derive.traversal import symbols_of
from checker.derive.tree import (
    Call,
    Entry,
    Grid,
    Matrix,
    Num,
    Shape,
    Sym,
    Transpose,
    rewrite,
    walk,
)

if TYPE_CHECKING:
    from checker.derive.walker import Walker


def kronecker(w: Walker, sym: Sym) -> sp.Expr | None:
    """δ_{ij} the text does not define: the Kronecker delta, 1 if i = j, else 0."""
    if len(sym.index) != 2 or w.definition(sym) is not None or \
            w.definition(replace(sym, index=())) is not None:
        return None
    i, j = (w.low.index_value(str(k), w.env) if not str(k).isdigit() else int(k)
            for k in sym.index)
    w.low.kroneckers += 1
    for letter, number in (sym.index, reversed(sym.index)):
        if str(number).isdigit() and not str(letter).isdigit() and letter not in w.env:
            w.low.pinned.add((str(letter), int(number)))  # δ_{j0}: checked at j = 0 too
    return sp.Integer(1 if i == j else 0)


def sized_identity(w: Walker, sym: Sym) -> sp.Matrix | None:
    """`I_2`, `I_3`: the identity of the size its index writes (2 to 9), the convention of
    every linear-algebra text, when the text gives the name no meaning of its own (no
    definition, value or shape) and `I` is no matrix the text defines. Not when the text also
    writes `I_0` or `I_1` (no identity's size): then the `I_k` are a numbered family of
    quantities (currents `I_1, I_2, I_3`, integrals `I_0, I_1`), numbers like any name."""
    if sym.base != "I" or sym.sup or sym.accents or len(sym.index) != 1:
        return None
    index = sym.index[0]
    if not (isinstance(index, str) and len(index) == 1 and index in "23456789"):
        return None
    ctx = w.low.ctx
    plain = Sym("I")
    if w.definition(sym) is not None or w.definition(plain) is not None or \
            ctx.bound({sym.name, plain.name}, w.low.line) or \
            ctx.shape_of(sym.name) is not None or ctx.shape_of(plain.name) is not None or \
            any(s.base == "I" and s.index in {("0",), ("1",)} and not s.sup and not s.accents
                for s in ctx.symbols.values()):
        return None
    return sp.eye(int(index))


def constant_vector(w: Walker, sym: Sym) -> matrix.Sized | None:
    """A name the example set to a bold constant (`\\mathbf{w} = \\mathbf{0}`): a vector of
    it, as long as the product or sum beside it needs (X𝐰 with X 3×2: a column of 2), never
    inside a derivative by it."""
    value = w.low.ctx.constant_vector(sym.name, w.low.line)
    if value is None or sym.name in {v.name for v in w.low.wrt}:
        return None
    return matrix.Sized("ones").scaled(value)


def held_matrix(w: Walker, here: Sym) -> sp.Matrix | None:
    """A matrix held fixed to differentiate by it (∂L/∂Z with Z = XW): its entries as
    symbols of their own, each standing for Z's entry again afterwards. A matrix the text
    both declares and defines (`Y = XW`, `Y` is N × M) stands for its definition too: only
    a declared matrix with no definition is its own entries."""
    shape = layout.shape_of(w.low, here.name)
    defined = w.definition(here) is not None
    if shape is None and defined:
        value = w.sub(hold=frozenset()).go(here)
        shape = value.shape if matrix.is_matrix(value) else None
    if shape is None or len(shape) != 2:
        return None
    out = sp.Matrix(shape[0], shape[1],
                    lambda r, c: real(w.low.ctx.entry(here.name, r + 1, c + 1)))
    if layout.shape_of(w.low, here.name) is None or defined:
        for r in range(shape[0]):
            for c in range(shape[1]):
                w.low.held_entries[out[r, c]] = (here, r, c)
    return out


def transpose(w: Walker, node: Transpose) -> sp.Expr:
    if isinstance(node.arg, Num) and node.arg.text == "1":
        return matrix.Sized("ones", transposed=True)  # 1^T: a row of ones
    value = w.go(node.arg)
    if isinstance(value, (sp.MatrixBase, matrix.Sized)):
        return value.T
    if node.letter and not matrix.is_matrix(value) and _bound_number(w, "T"):
        # γ^T with T = 1000 given: the power (the transpose of a number is the number)
        return value ** w.low.ctx.bound({"T"}, w.low.line, stale=False)["T"]
    if isinstance(node.arg, Sym) and isinstance(value, sp.Symbol) and \
            _bound_number(w, node.arg.name):
        return value  # wᵀ with w = 0 given for the example: a number is its own transpose
    from checker.derive.render import render

    shown = render(node.arg)
    raise UnknownShape(f"a transpose of {shown}, whose shape is not known (declare it: "
                    f"<!-- grader: shape {shown} (n, 1) -->, or write it out as a matrix)")


def _bound_number(w: Walker, name: str) -> bool:
    """The worked example in force gave `name` a number (`令 $w = 0$`), not a tuple or matrix."""
    value = w.low.ctx.bound({name}, w.low.line, stale=False).get(name)
    return value is not None and not matrix.is_matrix(value) and not \
        getattr(value, "free_symbols", True)


def matrix_of(w: Walker, node: Matrix) -> sp.Expr:
    m = sp.Matrix([[w.go(c) for c in row] for row in node.rows])
    return m


def grid(w: Walker, node: Grid) -> sp.Expr:
    """A matrix written with elisions, at the concrete size of its axes: every entry from
    the pattern the written ones follow; an entry that breaks it is a mistake (raised by
    Lowering.expr once the side is read, with every such entry)."""
    pattern = ellipsis.read_grid(node)
    w.low.breaks.extend(pattern.breaks)
    if pattern.repeated:  # [b; b; ⋮; b]: b in every row, as many as its neighbour needs
        ones = matrix.Sized("ones", transposed=not pattern.rows.elided)
        return ones.scaled(w.go(pattern.templates[0][0]))
    rows, cols = (w.low.ctx.size(a.size) if a.elided else int(a.size)
                  for a in (pattern.rows, pattern.cols))
    return sp.Matrix(rows, cols, lambda r, c: w.go(pattern.entry(r + 1, c + 1)))


def shape_value(w: Walker, node: Shape) -> sp.Expr:
    """(a, b) used as a value (`(0.5 - 0.1, 1) = (0.4, 1)`, a point, a pair of results):
    a row of numbers, compared entry by entry."""
    return sp.Matrix([[scalar(w.go(d)) for d in node.dims]])


def entry_of(w: Walker, node: Entry) -> sp.Expr:
    """(XW)_{ij}, softmax(z)_j: the entry of the value at the indices' values."""
    from checker.derive.render import render

    value = None
    if isinstance(node.arg, Call) and node.arg.name == "softmax" and \
            len(node.arg.args) == 1:
        value = as_entries(w, node.arg)  # softmax(z)_j: z the vector (z_1, ..., z_N)
    if value is None:
        value = w.go(node.arg)
    shown = render(node)
    if not matrix.is_matrix(value):
        raise Undecided(f"{shown}: an entry of {render(node.arg)}, which is not a matrix "
                        "here (declare the shapes of its names)")
    index = node.index
    if len(index) == 1 and 1 not in value.shape and len(index[0]) == 2 and \
            index[0].isdigit():
        index = tuple(index[0])  # (A)_{12}: row 1, column 2
    sizes = [len(value)] if len(index) == 1 else list(value.shape)
    if len(index) > 2:
        raise Undecided(f"{shown}: more than two indices into a matrix")
    positions = [None if i == ":" else w.low.index_in(i, n, w.env)
                 for i, n in zip(index, sizes)]  # (Δ)_{i,:}: row i
    names = {str(s) for s in symbols_of(value)
             if not getattr(w.low.ctx.symbols.get(str(s)), "index", ())}
    unshaped = unshaped_names(w.low.ctx, names)
    if unshaped:  # (Xᵀ(p - y))_j with y of no declared shape: y read as a number
        w.low.entry_doubts.append(inference.Doubt(
            f"{shown} read with {', '.join(unshaped)} as a number (no declared shape)",
            f"declare it: <!-- grader: shape {unshaped[0]} (m, 1) -->"))
    return matrix.entry(value, positions, shown)


def as_entries(w: Walker, call: Call):
    """f(z - c) for a function of a whole vector (softmax), with z a plain name the text
    neither defines nor shapes nor binds but writes entries of (z_j): its argument taken
    entry by entry (z_1 - c, ..., z_N - c), as the function requires; None when no such
    name is in it."""
    families = {(n.stem, n.sup) for n in w.low.written.values() if len(n.index) == 1} | \
        w.low.written_families() | {(n.stem, n.sup) for n in w.low.ctx.symbols.values()
                                    if len(n.index) == 1}  # (z_k anywhere in the text)
    plain = {n.name: n for n in walk(call.args[0]) if isinstance(n, Sym) and not n.index
             and (n.stem, n.sup) in families and w.definition(n) is None
             and layout.shape_of(w.low, n.name) is None
             and not w.low.ctx.bound({n.name}, w.low.line)}
    if not plain:
        return None
    arg = call.args[0]
    entries = [w.go(rewrite(arg, lambda n, k=k: replace(n, index=(str(k),))
                            if isinstance(n, Sym) and n.name in plain else None))
               for k in range(1, N + 1)]
    return MATRIX_FUNCTIONS[call.name](sp.Matrix(entries))
