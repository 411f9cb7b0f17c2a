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
    Abs,
    Bin,
    Call,
    Cases,
    Deriv,
    Elision,
    Grid,
    Matrix,
    Neg,
    Norm,
    Prime,
    Sum,
    Sym,
    Transpose,
    walk,
)

SCALAR = None  # the shape of a number
COUNTS = {"I", "L", "J", "N", "M", "T", "C", "K", "F", "S", "P", "O", "D", "H"}  # not arrays
ELEMENTWISE = {"log", "ln", "exp", "sigmoid", "sigma", "tanh", "relu", "ReLU", "sqrt", "abs",
               "sin", "cos", "softmax", "sign"}
SCALARS = {"alpha", "beta", "gamma", "eta", "lambda", "mu", "epsilon", "varepsilon", "rho",
           "tau", "delta", "kappa", "nu"}  # Greek letters that name numbers in these notes


@dataclass(frozen=True)
class Doubt:
    """A reading the checker chose (what), and what the writer can add to settle it."""

    what: str
    advice: str


class Conflict(Exception):
    """The step's shapes cannot agree under any sizes."""


@dataclass
class Inference:
    """Union-find over dimensions: each is a variable (`X.r`, `X.c`) or a fixed size (`m`,
    `3`); unify() makes two the same."""

    parent: dict[str, str] = field(default_factory=dict)
    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # array name → its dims
    fresh: int = 0

    def find(self, d: str) -> str:
        while self.parent.get(d, d) != d:
            d = self.parent[d]
        return d

    def unify(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        fixed_a, fixed_b = not ra.startswith("?"), not rb.startswith("?")
        if fixed_a and fixed_b:
            raise Conflict(f"{ra} and {rb}")
        if fixed_a:
            ra, rb = rb, ra
        self.parent[ra] = rb

    def new(self) -> str:
        self.fresh += 1
        return f"?{self.fresh}"

    def array(self, name: str, column: bool = False) -> tuple[str, str]:
        """An array's dimensions; a vector (a lowercase name: x, w, θ) is a column."""
        if name not in self.names:
            self.names[name] = (self.new(), "1" if column else self.new())
        return self.names[name]


def array_like(nodes, shaped: set[str]) -> set[str]:
    """Names a step must read as arrays: anything transposed, factors of ⊙, matrices whose
    entries are written (A_{ij}), what a trace or a Frobenius norm is taken of. (Names beside
    an array in a product or a sum join them as the walk finds them: `Walk.promoted`.)"""
    out: set[str] = set()
    for node in nodes:
        for n in walk(node):
            if isinstance(n, Transpose) or (isinstance(n, Bin) and n.op == "⊙") or (
                    isinstance(n, Call) and n.name in {"tr", "trace"}) or (
                    isinstance(n, Norm) and isinstance(n.p, Sym) and n.p.name == "F"):
                out |= {s.name for s in walk(n) if isinstance(s, Sym) and not s.index
                        and s.base not in SCALARS and _promotable(s, capitals=True)}
                if isinstance(n, Transpose) and not isinstance(n.arg, (Matrix, Grid)):
                    # x_i^T, (θ_2 - θ_1)^T: vectors of their own (not a written matrix's entries)
                    out |= {s.name for s in walk(n.arg) if _example(s)}
            elif isinstance(n, Sym) and len(n.index) == 2 and n.base[:1].isupper():
                out.add(Sym(n.base, (), n.sup, n.accents).name)
    return out - shaped


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


class Walk:
    """The shape of each node, in dimension variables, unifying as it goes."""

    def __init__(self, inference: Inference, arrays: set[str], declared, definitions) -> None:
        self.inf, self.arrays, self.declared, self.definitions = \
            inference, arrays, declared, definitions
        self.seen: set[str] = set()
        self.ranges: dict[str, str] = {}  # a sum's index → the name of its length (m)
        self.promoted: set[str] = set()  # scalars that a product shows are vectors
        self.dotted: set[str] = set()  # what a row multiplies: θᵀb, a column as long as θ

    def shape(self, node):
        if isinstance(node, Sym):
            return self.symbol(node)
        if isinstance(node, (Neg, Abs)):
            return self.shape(node.arg)
        if isinstance(node, Transpose):
            inner = self.shape(node.arg)
            return SCALAR if inner is SCALAR else (inner[1], inner[0])
        if isinstance(node, Bin):
            return self.binary(node)
        if isinstance(node, Call):
            shapes = [self.shape(a) for a in node.args]
            if node.name in {"tr", "trace"} and shapes and shapes[0] is not SCALAR:
                self.inf.unify(*shapes[0])
                return SCALAR
            if node.name in ELEMENTWISE and len(shapes) == 1:
                return shapes[0]
            return SCALAR
        if isinstance(node, Norm):
            self.shape(node.arg)
            return SCALAR
        if isinstance(node, Deriv):
            if node.num is not None:
                self.shape(node.num)
            if node.operand is not None:
                self.shape(node.operand)
            return self.shape(node.var) if not node.var.index else SCALAR
        if isinstance(node, Sum):
            saved = dict(self.ranges)
            if isinstance(node.hi, Sym) and not node.hi.index:
                for index in getattr(node, "indices", None) or (node.index,):
                    self.ranges[index] = node.hi.name
            self.shape(node.body)
            self.ranges = saved
            return SCALAR
        if isinstance(node, (Matrix, Grid)):
            for row in node.rows:
                for cell in row:
                    if not isinstance(cell, Elision):
                        self.shape(cell)
            if isinstance(node, Matrix):
                return (str(len(node.rows)), str(len(node.rows[0]) if node.rows else 0))
            return (self.inf.new(), self.inf.new())
        if isinstance(node, (Prime, Cases)):
            return SCALAR
        return SCALAR

    def symbol(self, sym: Sym):
        if sym.index and len(sym.index) <= 2 and sym.name not in self.arrays and \
                sym.name not in self.declared and self.definitions(sym) is None:
            base = Sym(sym.base, (), sym.sup, sym.accents)
            dims = self.symbol(base) if base.name in self.arrays or \
                base.name in self.declared or self.definitions(base) is not None else SCALAR
            if dims is not SCALAR:  # Z_{ij}: an entry of the array Z
                for k, index in enumerate(sym.index):
                    if index in self.ranges and k < 2:  # Σ_{i=1}^{m} Z_{ij}: Z has m rows
                        self.inf.unify(dims[k] if len(sym.index) == 2 else dims[0],
                                       self.ranges[index])
                return SCALAR
        if sym.name in self.declared:
            return self.declared[sym.name]
        definition = self.definitions(sym)
        if definition is not None and sym.name not in self.seen:
            self.seen.add(sym.name)
            try:
                return self.shape(definition.body)
            finally:
                self.seen.discard(sym.name)
        if sym.name in self.arrays:
            return self.inf.array(sym.name, column=_vector(sym))
        return SCALAR

    def binary(self, node: Bin):
        left, right = self.shape(node.left), self.shape(node.right)
        if node.op == "^":
            return left
        if node.op == "*" and left is not SCALAR and right is SCALAR and \
                self.inf.find(left[0]) == "1" and self._vector(node.right):
            # wᵀx, wᵀx_i: what a row multiplies is a column as long as it (a number results)
            self.arrays.add(node.right.name)
            self.dotted.add(node.right.name)
            right = self.shape(node.right)
        for mine, other, leaf in ((left, right, node.right), (right, left, node.left)):
            # Xw, Aθ, aᵀx, XW - Y: a name beside an array in a product or a sum is one too
            if mine is not SCALAR and other is SCALAR and isinstance(leaf, Sym) and \
                    _promotable(leaf, capitals=True) and self.definitions(leaf) is None and \
                    (node.op != "*" or leaf is node.right or leaf.base[:1].isupper()):
                self.promoted.add(leaf.name)
        if node.op == "^":
            return left
        if left is SCALAR:
            return right
        if right is SCALAR:
            return left
        if node.op == "*":
            if left[1] == "1" and right[0] != "1" and self.inf.find(right[0]) != "1" and \
                    left == right:
                return left  # two columns: entry by entry
            self.inf.unify(left[1], right[0])
            if self.inf.find(left[0]) == "1" and self.inf.find(right[1]) == "1":
                return SCALAR  # wᵀx: a number
            return (left[0], right[1])
        # + - ⊙ /: one shape (a row or a column broadcast is a declared shape's business)
        self.inf.unify(left[0], right[0])
        self.inf.unify(left[1], right[1])
        return left

    def join(self, sides, declared) -> None:
        """The two sides of a step have one shape: a side read as a number beside an array
        side has its added names (P, T in 1/M(P - T), δ alone) promoted to arrays."""
        shapes = [self.shape(side) for side in sides]
        if shapes[0] is SCALAR and shapes[1] is SCALAR:  # ∂J̃/∂w = ∂J/∂w + λw: a gradient
            self.promoted |= {n.var.name for side in sides for n in walk(side)
                              if isinstance(n, Deriv) and not n.var.index and
                              _promotable(n.var) and n.var.name not in declared and
                              self.definitions(n.var) is None}
        elif SCALAR not in shapes:
            self.inf.unify(shapes[0][0], shapes[1][0])
            self.inf.unify(shapes[0][1], shapes[1][1])
        elif shapes[0] is not shapes[1]:
            side = sides[shapes.index(SCALAR)]
            self.promoted |= {s.name for s in _added(side, alone=True)
                              if s.name not in declared and self.definitions(s) is None}

    def _vector(self, node) -> bool:
        """A name with no definition that may be a vector: x, or x_i (example i's)."""
        return isinstance(node, Sym) and self.definitions(node) is None and (
            _promotable(node) or (_example(node) and node.base not in self.arrays))


def _added(node, alone: bool = False) -> list[Sym]:
    """The plain names a side adds, subtracts or multiplies entry by entry (through scalings
    and numerators): P, T in 1/M(P - T); not λ in λw (a Greek letter that names a number)
    unless it stands alone (δ); not what a function or a derivative takes."""
    if isinstance(node, Sym):
        return [node] if not node.index and not node.sup and len(node.base) <= 5 and \
            (alone or node.base not in SCALARS) else []
    if isinstance(node, Neg):
        return _added(node.arg, alone)
    if isinstance(node, Deriv) and not node.var.index and alone:
        return [node.var]  # ∂L/∂w beside an array: a gradient, w's shape
    if isinstance(node, Bin) and node.op in {"+", "-", "⊙", "*"}:
        return _added(node.left) + _added(node.right)
    if isinstance(node, Bin) and node.op == "/":
        return _added(node.left)
    return []


def _promotable(sym: Sym, capitals: bool = False) -> bool:
    """A name that may stand for an array: not indexed, not a Greek letter that names a
    number, not a capital that names a count or a loss, short."""
    if sym.index or sym.base in SCALARS or len(sym.base) > 5:
        return False
    return not sym.base[:1].isupper() or (capitals and sym.base not in COUNTS)


def _example(node) -> bool:
    """x_i, θ_j, x_2, X_B, W_2: a name with one index, which may name a vector or a matrix of
    its own (an example, a class's weights, a batch, a layer) rather than an entry."""
    return isinstance(node, Sym) and len(node.index) == 1 and node.index[0].isalnum() and \
        not node.sup and node.base not in SCALARS | COUNTS and len(node.base) <= 5


def _vector(sym: Sym) -> bool:
    return not sym.base[:1].isupper()


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
    first = set(arrays)
    for _ in range(4):  # names promoted to vectors by a product change other shapes: again
        inference = Inference()
        walker = Walk(inference, arrays, declared, definitions)
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
        arrays |= walker.promoted
    capitals = {n.name for node in nodes for n in walk(node)
                if isinstance(n, Sym) and n.base[:1].isupper()}
    # every array declared: only a matrix beside them (A in xᵀAx), or what a declared row
    # multiplies (b in θᵀb: a number results only if b is a column as long as θ)
    return {name: (inference.find(r), inference.find(c))
            for name, (r, c) in inference.names.items()
            if not beside or name in capitals or name in walker.dotted or
            (joined and name in arrays - first)}


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
