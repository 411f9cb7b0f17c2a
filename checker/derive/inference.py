"""Shapes the text does not declare, inferred from how a step uses its names.

`\\frac{\\partial}{\\partial x} x^T A x = (A + A^T)x`, `\\mathrm{tr}(ABC) = \\mathrm{tr}(CAB)`,
`(y - Xw)^T(y - Xw) = ...`: an identity of matrix algebra, written without shapes. The names
that must be arrays (capitals, anything transposed, factors of ⊙, matrices with entries
written) get unknown dimensions; products, sums, traces and gradients say which dimensions
are equal; every dimension left free gets a size of its own. The step is then checked on
random matrices of those sizes, the most general shapes the step allows.

Inferred shapes are a reading, not the text's word: a step checked on them can hold, but it
never fails: a disagreement is `undecided`, with the names whose shapes were inferred.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.derive.tree import (
    Bin,
    Call,
    Deriv,
    Grid,
    Matrix,
    Neg,
    Norm,
    Sym,
    Transpose,
    product_factors,
    walk,
)
from checker.derive.unification import (
    COUNTS,
    SCALARS,
    Conflict,
    Inference,
    Walk,
    example_name,
    promotable,
)


@dataclass(frozen=True)
class Doubt:
    """A reading the checker chose (what), and what the writer can add to settle it."""

    what: str
    advice: str
    line: int = field(default=0, compare=False)  # where the text states what it reads, if known


def array_like(nodes, shaped: set[str]) -> set[str]:
    """Names a step must read as arrays: anything transposed (a letter that often counts, M
    or S, too: a count is never transposed), factors of ⊙, matrices whose
    entries are written (A_{ij}), what a trace or a Frobenius norm is taken of. (Names beside
    an array in a product or a sum join them as the walk finds them: `Walk.promoted`.)"""
    out: set[str] = set()
    for node in nodes:
        for n in walk(node):
            if isinstance(n, Transpose) or (isinstance(n, Bin) and n.op == "⊙") or (
                    isinstance(n, Call) and n.name in {"tr", "trace"}) or (
                    isinstance(n, Norm) and isinstance(n.p, Sym) and n.p.name == "F"):
                out |= {s.name for s in walk(n) if isinstance(s, Sym) and not s.index
                        and s.base not in SCALARS and promotable(s, capitals=True)}
                if isinstance(n, Transpose) and isinstance(n.arg, Sym) and \
                        not n.arg.index and n.arg.base in COUNTS:
                    out.add(n.arg.name)  # Mᵀ, Sᵀ: a letter that often counts, transposed
                if isinstance(n, Transpose) and not isinstance(n.arg, (Matrix, Grid)):
                    # x_i^T, (θ_2 - θ_1)^T: vectors of their own (not a written matrix's entries)
                    out |= {s.name for s in walk(n.arg) if example_name(s)}
            elif isinstance(n, Sym) and len(n.index) == 2 and n.base[:1].isupper():
                out.add(Sym(n.base, (), n.sup, n.accents).name)
            elif isinstance(n, Call) and n.name in WHOLE_VECTOR and len(n.args) == 1:
                out |= vectors_in(n.args[0]) - _families(nodes)  # (z beside z_j: its members)
    return out - shaped


def _families(nodes) -> set[str]:
    """The plain names whose members the step writes (z of z_j, z_k): the vector of those
    members, never an array of inferred size beside them."""
    return {Sym(s.base, (), s.sup, s.accents).name for node in nodes for s in walk(node)
            if isinstance(s, Sym) and s.index}


WHOLE_VECTOR = {"softmax", "diag"}  # functions of a whole vector, never of one number


def vectors_in(arg) -> set[str]:
    """The names that make the argument of a function of a whole vector a vector (z in
    softmax(z - c), p in diag(p), x in softmax(x/T)): the first a sum or difference
    adds (what the rest shifts: c in z - c, read as a number, the usual reading of a shift
    that leaves softmax unchanged), what a product scales; not a name inside a call or an
    exponent."""
    if isinstance(arg, Sym):
        return {arg.name} if promotable(arg, capitals=True) else set()
    if isinstance(arg, Neg):
        return vectors_in(arg.arg)
    if isinstance(arg, Bin) and arg.op in {"+", "-"}:
        return vectors_in(arg.left) or vectors_in(arg.right)  # z - c: z, shifted by c
    if isinstance(arg, Bin) and arg.op in {"*", "/"}:
        return vectors_in(arg.right) if arg.op == "*" else vectors_in(arg.left)
    return set()


def shifts(nodes) -> set[str]:
    """The names a function of a whole vector adds to its vector (c in softmax(z - c)):
    numbers, never promoted to arrays beside the vector (`Walk.numbers`)."""
    out: set[str] = set()
    for node in nodes:
        for n in walk(node):
            if isinstance(n, Call) and n.name in WHOLE_VECTOR and len(n.args) == 1:
                named = {s.name for s in walk(n.args[0]) if isinstance(s, Sym)}
                out |= {s for s in _added(n.args[0]) if s in named} - vectors_in(n.args[0])
    return out


def _added(arg) -> set[str]:
    """The plain names a sum or difference adds at its top (z and c in z - c)."""
    if isinstance(arg, Sym):
        return {arg.name}
    if isinstance(arg, Neg):
        return _added(arg.arg)
    if isinstance(arg, Bin) and arg.op in {"+", "-"}:
        return _added(arg.left) | _added(arg.right)
    return set()


def writes_arrays(sides) -> bool:
    """Does the step itself write matrix algebra: a transpose, ⊙, an entry A_{ij}, a trace
    (of names of declared shapes too)?"""
    return bool(array_like(sides, set())) or any(
        isinstance(n, Transpose) or (isinstance(n, Bin) and n.op == "⊙")
        for side in sides for n in walk(side))


def differentiated(sides) -> set[str]:
    """The plain names the step differentiates by: w in ∂L/∂w, ∇_w, ∂/∂w."""
    return {n.var.name for side in sides for n in walk(side)
            if isinstance(n, Deriv) and not n.var.index}


def infer(sides, nodes, declared: dict[str, tuple[str, str]], definitions, shaped: set[str],
          reached: bool = False, joined: bool = False) -> dict[str, tuple[str, str]]:
    """The dimensions of the array-like names the step uses and no shape declares: each as
    a fixed size (`m`, `3`) or a free class (`?1`); raises Conflict when none can agree.
    Only a step that itself writes matrix algebra (sides: a transpose, ⊙, an entry A_{ij},
    a trace), or that differentiates by a name its definitions use as an array (∂/∂w of
    s_i = y_i w^T x_i: a gradient, w's shape), is read so; `nodes` are its sides and the
    definitions they reach. `reached`: also when only those definitions write it (`z = w^T x +
    b` for the step `∂z/∂b = 1`). `joined`: the two sides have one shape, and the names a side
    adds (or multiplies entry by entry) beside an array side are arrays too (∂L/∂Z = 1/M(P - T):
    P and T have Z's shape) -- a reading, only ever used to show that a step holds."""
    arrays = array_like(nodes, shaped)  # (1 - y)^T in a definition the step reaches: y too
    beside = not arrays  # every array declared (x ∈ ℝⁿ): only a matrix beside them (A in xᵀAx)
    if beside and not array_like(nodes, set()) and not (joined and differentiated(sides)):
        return {}  # no array at all
    if not reached and not writes_arrays(sides) and not differentiated(sides) & arrays and \
            not (joined and differentiated(sides)):
        return {}
    try:
        found = _solved(sides, nodes, declared, definitions, arrays, beside, joined, set())
    except Conflict:
        found = None
    if found is not None and not _collapsed(found):
        return found
    for name in sorted(coefficients(nodes) & arrays):  # (w + ηyx)ᵀx: the label y a number
        try:
            again = _solved(sides, nodes, declared, definitions, arrays - {name}, beside,
                            joined, {name})
        except Conflict:
            continue
        if not _collapsed(again):
            return again
    if found is None:
        raise Conflict
    return found


def _collapsed(dims: dict[str, tuple[str, str]]) -> bool:
    """Every array came out one number long (y·x beside x: both forced to 1 × 1)."""
    return bool(dims) and all(d == ("1", "1") for d in dims.values())


def _solved(sides, nodes, declared, definitions, arrays: set[str], beside: bool, joined: bool,
            numbers: set[str]) -> dict[str, tuple[str, str]]:
    """infer's dimensions with `arrays` the names read as arrays and `numbers` read as numbers
    whatever stands beside them; raises Conflict when none can agree."""
    arrays = set(arrays)
    first = set(arrays)
    for _ in range(4):  # names promoted to vectors by a product change other shapes: again
        inference = Inference()
        walker = Walk(inference, arrays, declared, definitions)
        walker.numbers = (shifts(nodes) - arrays) | numbers
        try:
            for node in nodes:
                walker.shape(node)
            if joined:
                walker.join(sides, declared)
        except Conflict:
            if not joined or walker.promoted <= arrays:
                raise
            # Xw - y with w read as a number first: again, with w a vector
        if walker.promoted <= arrays:
            break
        arrays |= walker.promoted - numbers
    capitals = {n.name for node in nodes for n in walk(node)
                if isinstance(n, Sym) and n.base[:1].isupper()}
    # every array declared: only a matrix beside them (A in xᵀAx), or what a declared row
    # multiplies (b in θᵀb: a number results only if b is a column as long as θ)
    return {name: (inference.find(r), inference.find(c))
            for name, (r, c) in inference.names.items()
            if not beside or name in capitals or name in walker.dotted or
            (joined and name in arrays - first)}


def coefficients(nodes) -> set[str]:
    """The plain lower-case names that scale a product inside a transposed sum (y and η in
    (w + ηyx)ᵀ): written before the factor they multiply, as a number's coefficient is. When
    reading every name under the transpose as an array leaves no shapes that agree, each is
    tried as a number in turn (the label y of a perceptron's update, a step size)."""
    out: set[str] = set()
    for node in nodes:
        for t in walk(node):
            if not isinstance(t, Transpose):
                continue
            for n in walk(t.arg):
                if isinstance(n, Bin) and n.op == "*":
                    out |= {f.name for f in product_factors(n.left) if isinstance(f, Sym) and
                            not f.index and f.base[:1].islower() and promotable(f)}
    return out


def earlier_shape(ctx, name: str, line: int) -> tuple[int, int] | None:
    """The shape of the matrix an earlier section's example wrote out for `name` (`w_2 =
    \\begin{bmatrix} 1 \\\\ -0.5 \\end{bmatrix}`), where no value is in force: the values no
    longer hold, the shape most likely does (a general section may mean any size, so it is a
    reading). Not a tuple (no orientation), not a single entry; else None."""
    if name in ctx.tuples or ctx.bound({name}, line, stale=False) or \
            name not in ctx.stale({name}, line):
        return None
    shape = getattr(ctx.bound({name}, line).get(name), "shape", None)
    if shape is None or len(shape) != 2 or shape == (1, 1):
        return None
    return (shape[0], shape[1])
