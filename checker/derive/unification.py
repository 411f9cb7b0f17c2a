"""How shapes propagate through a formula: dimensions as union-find variables (`Inference`),
and a walk that gives each node its shape, unifying the dimensions that products, sums, traces
and gradients make equal (`Walk`). What inference.py uses to infer the shapes a text leaves
undeclared."""

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


class Walk:
    """The shape of each node, in dimension variables, unifying as it goes."""

    def __init__(self, inference: Inference, arrays: set[str], declared, definitions) -> None:
        self.inf, self.arrays, self.declared, self.definitions = \
            inference, arrays, declared, definitions
        self.seen: set[str] = set()
        self.ranges: dict[str, str] = {}  # a sum's index → the name of its length (m)
        self.promoted: set[str] = set()  # scalars that a product shows are vectors
        self.dotted: set[str] = set()  # what a row multiplies: θᵀb, a column as long as θ
        self.numbers: set[str] = set()  # names read as numbers: c in softmax(z - c)

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
            return self.inf.array(sym.name, column=vector(sym))
        return SCALAR

    def binary(self, node: Bin):
        left, right = self.shape(node.left), self.shape(node.right)
        if node.op == "^":
            return left
        if node.op == "*" and left is not SCALAR and right is SCALAR and \
                self.inf.find(left[0]) == "1" and self.vector(node.right):
            # wᵀx, wᵀx_i: what a row multiplies is a column as long as it (a number results)
            self.arrays.add(node.right.name)
            self.dotted.add(node.right.name)
            right = self.shape(node.right)
        for mine, other, leaf in ((left, right, node.right), (right, left, node.left)):
            # Xw, Aθ, aᵀx, XW - Y: a name beside an array in a product or a sum is one too
            if mine is not SCALAR and other is SCALAR and isinstance(leaf, Sym) and \
                    leaf.name not in self.numbers and \
                    promotable(leaf, capitals=True) and self.definitions(leaf) is None and \
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
                              promotable(n.var) and n.var.name not in declared and
                              self.definitions(n.var) is None}
        elif SCALAR not in shapes:
            self.inf.unify(shapes[0][0], shapes[1][0])
            self.inf.unify(shapes[0][1], shapes[1][1])
        elif shapes[0] is not shapes[1]:
            side = sides[shapes.index(SCALAR)]
            self.promoted |= {s.name for s in added(side, alone=True)
                              if s.name not in declared and self.definitions(s) is None}

    def vector(self, node) -> bool:
        """A name with no definition that may be a vector: x, or x_i (example i's)."""
        return isinstance(node, Sym) and self.definitions(node) is None and (
            promotable(node) or (example_name(node) and node.base not in self.arrays))


def added(node, alone: bool = False) -> list[Sym]:
    """The plain names a side adds, subtracts or multiplies entry by entry (through scalings
    and numerators): P, T in 1/M(P - T); not λ in λw (a Greek letter that names a number)
    unless it stands alone (δ); not what a function or a derivative takes."""
    if isinstance(node, Sym):
        return [node] if not node.index and not node.sup and len(node.base) <= 5 and \
            (alone or node.base not in SCALARS) else []
    if isinstance(node, Neg):
        return added(node.arg, alone)
    if isinstance(node, Deriv) and not node.var.index and alone:
        return [node.var]  # ∂L/∂w beside an array: a gradient, w's shape
    if isinstance(node, Bin) and node.op in {"+", "-", "⊙", "*"}:
        return added(node.left) + added(node.right)
    if isinstance(node, Bin) and node.op == "/":
        return added(node.left)
    return []


def promotable(sym: Sym, capitals: bool = False) -> bool:
    """A name that may stand for an array: not indexed, not a Greek letter that names a
    number, not a capital that names a count or a loss, short."""
    if sym.index or sym.base in SCALARS or len(sym.base) > 5:
        return False
    return not sym.base[:1].isupper() or (capitals and sym.base not in COUNTS)


def example_name(node) -> bool:
    """x_i, θ_j, x_2, X_B, W_2: a name with one index, which may name a vector or a matrix of
    its own (an example, a class's weights, a batch, a layer) rather than an entry."""
    return isinstance(node, Sym) and len(node.index) == 1 and node.index[0].isalnum() and \
        not node.sup and node.base not in SCALARS | COUNTS and len(node.base) <= 5


def vector(sym: Sym) -> bool:
    return not sym.base[:1].isupper()
