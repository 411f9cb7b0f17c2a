"""Entries of a named matrix written by subscript: `Z_{ij}`, `X_{12}` of a 2 × 2 X, `x_0` of
a vector counted from 0, `y^{(i)}` and `a^{[2](i)}` (example i of Y, A^{[2]}), `X_{i,j+b}` at
the letters' values, and a plain name read as its first component where a step is read
component by component. None wherever the indexed name is a name of its own.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive import conformance, layout, matrix, membership, span
from checker.derive.errors import ShapeMismatch, Undecided, Unreadable
from checker.derive.quantity import shown
from checker.derive.tree import Compound, Shift, Sym, walk

if TYPE_CHECKING:
    from checker.derive.walker import Walker


def matrix_value(w: Walker, sym: Sym) -> sp.Matrix | None:
    """sym's value if it is a matrix (declared, or defined as one), else None."""
    if layout.shape_of(w.low, sym.name) is None and w.definition(sym) is None:
        return None
    key = (sym.name, w.hold, w.as_of, w.stack)
    if key not in w.low.matrices:
        try:
            value = w.go(sym)
        except (Undecided, ShapeMismatch, Unreadable):
            value = None
        w.low.matrices[key] = value if matrix.is_matrix(value) else None
    return w.low.matrices[key]


def entry(w: Walker, sym: Sym) -> sp.Expr | None:
    """Z_{ij}, Ŷ_{ik}, W_{pq}: an entry of a matrix the text declares or defines (unless
    the indexed name is a name of its own: W_1 declared, or y_j defined for every j)."""
    column = example_column(w, sym)
    if column is not None:
        return column
    written, sym = sym, offset_resolved(w, sym)
    value = entry_matrix(w, sym)
    if value is None:
        return feature(w, sym)
    pair = digit_pair(w, sym, value)
    if pair is not None:  # X_{12} of a 2 × 2 X: row 1, column 2
        sym, written = pair, pair
    if len(sym.index) == 1:
        sizes = [len(value)]
    else:
        sizes = [value.rows, value.cols]
    first = 0 if zero_based(w, sym) else 1  # x = (1, 2, -1) with x_0 written: x_0 is 1
    for i, was, n in zip(sym.index, written.index, sizes):
        if i != was and not (i.isdigit() and first <= int(i) < n + first):
            raise Undecided(f"{shown(written)} reaches index {i} of an axis of {n} entries: "
                            "what the text takes outside the matrix (zeros, padding) is not "
                            "read")
    if any(i.isdigit() and not first <= int(i) < n + first for i, n in zip(sym.index, sizes)):
        return None  # w_{11} beside a vector w of 3 entries: a name of its own
    if not first and len(sym.index) == 1 and (sym.index[0].isdigit() or sym.index[0] in w.env):
        k = int(sym.index[0]) if sym.index[0].isdigit() else w.env[sym.index[0]]
        if not counted_from_zero(w, sym, k, sizes[0]):
            return None  # x_0, x_j at j = 0: the entry as a name (binding.bind_vector's x_0 = 1)
        return matrix.entry(value, [k + 1], shown(replace(sym, index=())))
    shift = {} if first else {i: str(int(i) + 1 if i.isdigit() else w.env[i] + 1)
                              for i in sym.index if i.isdigit() or i in w.env}  # from 0
    positions = [w.low.index_in(shift.get(i, i), size, w.env)
                 for i, size in zip(sym.index, sizes)]
    return matrix.entry(value, positions, shown(replace(sym, index=())))


def zero_based(w: Walker, sym: Sym) -> bool:
    """A vector's entries counted from 0: one index, and the text writes the family at index 0
    (x_0, Σ_{j=0} w_j), as NumPy and convolution notes do; `x = (1, 2, -1)` is then x_0, x_1,
    x_2, never x_1..x_3. A matrix's, two indices: read in sums from 0 (K_{u,v}, I_{i+u,j+v} of
    an O_{ij} written at O_{00}: span.zero_matrix)."""
    if len(sym.index) == 2:
        return span.zero_matrix(w.low.ctx, sym.stem)
    return len(sym.index) == 1 and 0 in w.low.ctx.indices.get(sym.stem, ())


def counted_from_zero(w: Walker, sym: Sym, k: int, size: int) -> bool:
    """k_0 of `k = [1, 0, -1]` (a vector written in brackets, a matrix of one row or column,
    whose entries no binding names) in a text that counts k from 0: the entry at place k + 1,
    when every index the text writes for k lies on its axis (k_0 .. k_2 for 3 entries)."""
    ctx = w.low.ctx
    whole = replace(sym, index=()).name
    given = ctx.bound({whole}, w.low.line).get(whole)
    if not getattr(given, "is_Matrix", False) or given.free_symbols or whole in ctx.tuples:
        return False  # (an inferred shape, a value not given; a tuple binds its entries)
    entries = {replace(sym, index=(str(j),)).name for j in range(size + 1)}
    written = ctx.indices.get(sym.stem, set())
    return 0 <= k < size and bool(written) and max(written) < size and \
        not ctx.bound(entries, w.low.line) and \
        w.definition(replace(sym, index=(str(k),))) is None


def digit_pair(w: Walker, sym: Sym, value: sp.Matrix) -> Sym | None:
    """X_{12}, A_{21}: one index of two digits (1 to 9) on a matrix of more than one row and
    column, at most 9 of each, and no name of its own (X_{12} neither defined nor given a
    value, nor X_{1,2}): the row and column it names, as `X_{1,2}` is read; else None (w_{12}
    of a vector of 12 entries stays entry 12). Only a matrix the text does not define (bound
    for an example, declared or inferred): a defined one (G = ∂L/∂Y, bound later) is read
    through its definition, not the values the example gives it."""
    index = sym.index[0] if len(sym.index) == 1 else None
    if not (isinstance(index, str) and len(index) == 2 and index.isdigit()) or "0" in index or \
            not (2 <= value.rows <= 9 and 2 <= value.cols <= 9):
        return None
    pair = replace(sym, index=(index[0], index[1]))
    whole = replace(sym, index=())
    if w.definition(sym) is not None or w.definition(pair) is not None or \
            w.definition(whole) is not None or \
            layout.shape_of(w.low, sym.name) is not None or \
            w.low.ctx.bound({sym.name, pair.name}, w.low.line):
        return None
    return pair


def offset_resolved(w: Walker, sym: Sym) -> Sym:
    """X_{i,j+b} inside Σ_b at i = 1, j = 2, b = 1: X_{1,3}, each index with an offset
    (`j+1`, `i+k`) at the value its letters have here (Walker.offset_letter); a letter ± a
    number unchanged unless the letter is bound (by a sum, or the family being expanded)."""
    index = []
    for i in sym.index:
        letters = i.letters if isinstance(i, Compound) else (i.letter,) \
            if isinstance(i, Shift) else ()
        if isinstance(i, Compound):  # (its letters bound by the text too: X_{N-K, j})
            index.append(str(i.value(w.offset_letter)))
        elif not letters or not all(letter in w.env for letter in letters):
            index.append(i)
        else:
            index.append(str(w.env[i.letter] + i.by))
    return replace(sym, index=tuple(index)) if index != list(sym.index) else sym


def entry_matrix(w: Walker, sym: Sym) -> sp.Matrix | None:
    """The matrix sym is an entry of, or None (not indexed, or a name of its own)."""
    if not sym.index or len(sym.index) > 2 or any(len(i) > 1 and not i.isdigit()
                                                   for i in sym.index):
        return None
    if layout.shape_of(w.low, sym.name) is not None:
        return None
    if w.definition(sym) is not None:
        return None
    given = given_whole(w, sym)
    return given if given is not None else matrix_value(w, replace(sym, index=()))


def given_whole(w: Walker, sym: Sym) -> sp.Matrix | None:
    """z_k where z is defined from quantities the example gives no values (z = Wx + b, W
    unknown) and the example then gives z itself ("the forward pass gives $z = (1.5, 0.5,
    -1.0)$", bound, roles.py): the entries of that value, in a step without derivatives (one
    with ∂/∂z_k reads z through its definition). Not a member the text defines on its own."""
    if w.hold or w.low.wrt or membership.beside_derivative(w) or \
            w.low.ctx.get(sym.name, w.low.line) is not None:
        return None
    whole = replace(sym, index=())
    definition = w.low.ctx.lookup(whole, w.low.line)
    given = [(at, v) for at, v, until in w.low.ctx.bindings.get(whole.name, [])
             if at <= w.low.line and (until is None or w.low.line < until)]
    if definition is None or not given or given[-1][0] < definition.line or \
            not matrix.is_matrix(given[-1][1]) or getattr(given[-1][1], "free_symbols", True):
        return None
    return given[-1][1]


def component(w: Walker, sym: Sym) -> sp.Expr | None:
    """In a step read component by component (∂L/∂w with w_1..w_n written: w is w_1), a
    plain name the text writes as a family too (x beside x_1, x_2; y beside y_k) is that
    component: ∂L/∂w = (ŷ - y)x reads ∂L/∂w_1 = (ŷ - y)x_1."""
    if not w.low.identified or sym.index or w.definition(sym) is not None or \
            layout.shape_of(w.low, sym.name) is not None or \
            w.low.ctx.bound({sym.name}, w.low.line):
        return None
    if (sym.stem, sym.sup) not in w.low.written_families():
        return None
    return w.go(replace(sym, index=("1",)))


def example_column(w: Walker, sym: Sym):
    """a^{[2](i)}, y^{(i)}, x_j^{(i)}, dZ^{[1](i)}: example i of the matrix A^{[2]}, Y, X,
    dZ^{[1]} (Andrew Ng's notation and CS229's): its entry i when the matrix is one row or
    one column, else the row or column along the axis the sum over i runs over (as a
    column; entry j of it for x_j^{(i)}). None when the name is one of its own (the text
    writes the matrix with it) or the axis is not known."""
    found = matrix.example_of(sym)
    if found is None or w.definition(sym) is not None:
        return None
    wholes, letter = found
    for whole in wholes:
        definition = w.definition(whole)
        if definition is not None and any(isinstance(n, Sym) and n.base == sym.base and
                                          n.sup == sym.sup for n in walk(definition.body)):
            return None  # X written with its entries x_j^{(i)}
        value = matrix_value(w, whole)
        if value is None:
            continue
        if 1 in value.shape:  # one example per entry
            k = w.low.index_in(letter, len(value), w.env) - 1
            return value[k] if not sym.index else None
        count, upto = w.low.ranges.get(letter, (None, None))
        written = conformance.written_shape(whole, w.low.ctx.shapes, w.definition)
        if upto is not None and written is not None and upto in written and \
                written[0] != written[1]:
            by_column = written[1] == upto  # Σ_{i=1}^{m} over dZ (n_h, m): its columns
        elif count is not None and value.rows != value.cols and count in value.shape:
            by_column = count == value.cols
        else:
            return None  # which axis holds the examples is not known
        vector = value[:, w.low.index_in(letter, value.cols, w.env) - 1] \
            if by_column else value[w.low.index_in(letter, value.rows, w.env) - 1, :].T
        if sym.index:
            return vector[w.low.index_in(sym.index[0], len(vector), w.env) - 1]
        return vector
    return None


def feature(w: Walker, sym: Sym) -> sp.Expr | None:
    """x_{ij}, the j-th feature of example x_i ("x_{ij} 为第 i 个样本的第 j 个特征"): entry j of
    the vector x_i where x_i is a column or a row (declared, defined or inferred) and the name
    with two indices is none of its own (no definition, value or shape) and no entry of a
    matrix x; else None."""
    if len(sym.index) != 2 or not all(i.isalnum() for i in sym.index) or \
            w.definition(sym) is not None or w.low.ctx.bound({sym.name}, w.low.line) or \
            matrix_value(w, replace(sym, index=())) is not None:
        return None
    example = replace(sym, index=sym.index[:1])
    vector = None
    if sym.index[0] in w.env:  # inside Σ_i: x_i at i's value there
        vector = matrix_value(w, replace(sym, index=(str(w.env[sym.index[0]]),)))
    if vector is None:
        vector = matrix_value(w, example)
    if vector is None or 1 not in vector.shape or len(vector) < 2:
        return None
    return vector[w.low.index_in(sym.index[1], len(vector), w.env) - 1]
