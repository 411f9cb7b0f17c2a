"""The walk from a syntax tree to its SymPy value, in one reading (a Lowering): names are
replaced by their definitions, at the reading's index values; each node family is read
by a module of its own."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive import (
    differentiation,
    ellipsis,
    function,
    inference,
    matrix,
    shape,
    summation,
    unknown,
    vocabulary,
)
from checker.derive.context import family_key
from checker.derive.equivalence import PROBABILITY_NAMES
from checker.derive.errors import ShapeMismatch, Undecided, Unreadable
from checker.derive.quantity import MATRIX_FUNCTIONS, N, real, scalar, shown, unshaped_names
from checker.derive.traversal import atoms_of, symbols_of
from checker.derive.tree import (
    Abs,
    At,
    Bin,
    Call,
    Cases,
    Const,
    Entry,
    Grid,
    Matrix,
    Neg,
    Node,
    Norm,
    Num,
    Relation,
    Shape,
    Shift,
    Sym,
    Transpose,
    rewrite,
    walk,
)

if TYPE_CHECKING:
    from checker.derive.meaning import Lowering


class Walker:
    def __init__(self, low: Lowering, env: dict[str, int], hold: frozenset[str],
                 stack: tuple[str, ...], as_of: int | None = None) -> None:
        self.low, self.env, self.hold, self.stack = low, env, hold, stack
        self.as_of = low.line if as_of is None else as_of

    def sub(self, env: dict[str, int] | None = None, hold: frozenset[str] | None = None,
            stack: tuple[str, ...] | None = None, as_of: int | None = None) -> Walker:
        return Walker(self.low, self.env if env is None else env,
                      self.hold if hold is None else hold,
                      self.stack if stack is None else stack,
                      self.as_of if as_of is None else as_of)

    def concrete(self, sym: Sym) -> tuple[str, dict[str, int]]:
        """The SymPy name of sym at this reading, and the template bindings of its index."""
        here, values = self.instance(sym)
        return here.name, values

    def instance(self, sym: Sym) -> tuple[Sym, dict[str, int]]:
        """sym at this reading's index values (y_j at j = 2 is y_2, registered in the
        context so that reports show it as written), and the bindings of its index."""
        if not sym.index:
            return self.low.ctx.register(sym), {}
        values = [str(self.low.index_value(i.letter, self.env) + i.by)
                  if isinstance(i, Shift) else  # m_{t-1} at t = 2 is m_1
                  str(self.low.index_value(i, self.env)) if i.isalpha() and len(i) == 1
                  else i for i in sym.index]
        at = self.low.ctx.register(replace(sym, index=tuple(values)))
        return at, {i: int(v) for i, v in zip(sym.index, values) if v.isdigit()}

    def definition(self, sym: Sym):
        """The meaning a name had when the enclosing definition was written; a name defined
        only later (L in terms of a, then a = σ(z)) takes its meaning at this step's line."""
        ctx, wrt = self.low.ctx, self.low.wrt
        return unknown.definition(ctx, sym, self.as_of, wrt) or \
            unknown.definition(ctx, sym, self.low.line, wrt)

    def symbol(self, sym: Sym) -> sp.Expr:
        alias = self.low.alias(sym.name)
        if alias is not None:
            sym = alias
        if not sym.index and not sym.accents and not sym.sup and sym.base in self.env:
            return sp.Integer(self.env[sym.base])  # β^{t-i} inside Σ_i: i's value there
        if not sym.index and not sym.accents and not sym.sup and \
                sym.base in self.low.free_index and self.definition(sym) is None:
            return sp.Integer(self.low.free_index[sym.base])  # w_t = (1 - η)^t w_0: t's value
        found = self.entry(sym) if sym.base != "delta" else self.kronecker(sym)
        if found is None:
            found = self.tuple_vector(sym)
        if found is not None:
            return found
        component = self.component(sym)
        if component is not None:
            return component
        here, values = self.instance(sym)
        name = here.name
        if name in self.low.sizes or sym.name in self.low.sizes or \
                (self.low.ctx.is_dimension(name) and self.definition(here) is None):
            return sp.Integer(self.low.size(name))
        held = sym.name in self.hold or family_key(sym) in self.hold or name in self.hold
        if held:
            self.low.held[name] = here
            entries = self.held_matrix(here)
            if entries is not None:
                return entries
        definition = None
        # a value bound for a worked example (v_0 = 0) is substituted after reading: the name
        # is not expanded through a family (v_t = ρv_{t-1} + ...), nor below index 0
        bound = self.low.ctx.bound({name}, self.low.line) or \
            any(str(i).startswith("-") for i in here.index)
        if not held and not (bound and self.low.ctx.get(name, self.low.line) is None):
            # a_c at c = 1 is a_1; but δ_o defined as written is δ_o, whatever o would be
            exact = sym.index and any(i.isalpha() and i not in self.env for i in sym.index) \
                and self.low.ctx.get(sym.name, self.low.line) is not None
            for candidate in ([here] if here != sym and not exact else []) + [sym]:
                definition = self.definition(candidate)
                if definition is not None:
                    if candidate is here and not definition.index:
                        values = {}
                    break
        # a family may use itself at other indices (v_t = βv_{t-1} + ...): its concrete
        # members are what must not repeat
        marker = name if definition is not None and definition.index else \
            getattr(definition, "key", None)
        if definition is None or marker in self.stack or definition.key in self.stack:
            shape = self.low.shape_of(name)
            if shape is not None and len(shape) == 2:  # a declared matrix: concrete entries
                return sp.Matrix(shape[0], shape[1],
                                 lambda r, c: real(self.low.ctx.entry(name, r + 1, c + 1)))
            # (in a step without derivatives, a name the example gave a value is that value:
            # `a ≈ 0.5498`, then `a - y ≈ -0.4502`, though ∂a/∂z makes a an unknown function)
            if not held and definition is None and \
                    not (not self.low.wrt and self.low.ctx.bound({name}, self.low.line)):
                found = self.unknown(here)
                if found is not None:
                    return found
            if not held:
                self.low.leaves.add(name)
            return real(name)
        env = dict(self.env)
        for t, i in zip(definition.index, sym.index):  # y_k from the family y_j: j is k
            if i in values:  # (w_5 from the family w_{t+1}: t is 4)
                env[t.letter if isinstance(t, Shift) else t] = values[i] - getattr(t, "by", 0)
        if len(self.stack) > 60:
            raise Undecided("definitions that refer to each other more than 60 deep")
        self.low.note_ranges(definition.body)
        try:
            return self.sub(env=env, stack=self.stack + (marker,) + tuple(definition.frozen),
                            as_of=definition.line).go(definition.body)
        except (Undecided, Unreadable):
            if self.hold:  # inside a derivative: a symbol of its own would have slope 0
                raise
            # a definition this checker cannot expand (g_t = ∇L(θ_{t-1})): the name stands
            # for itself, the same symbol wherever it appears
            self.low.leaves.add(name)
            return real(name)

    def matrix_value(self, sym: Sym) -> sp.Matrix | None:
        """sym's value if it is a matrix (declared, or defined as one), else None."""
        if self.low.shape_of(sym.name) is None and self.definition(sym) is None:
            return None
        key = (sym.name, self.hold, self.as_of, self.stack)
        if key not in self.low.matrices:
            try:
                value = self.go(sym)
            except (Undecided, ShapeMismatch, Unreadable):
                value = None
            self.low.matrices[key] = value if matrix.is_matrix(value) else None
        return self.low.matrices[key]

    def entry(self, sym: Sym) -> sp.Expr | None:
        """Z_{ij}, Ŷ_{ik}, W_{pq}: an entry of a matrix the text declares or defines (unless
        the indexed name is a name of its own: W_1 declared, or y_j defined for every j)."""
        column = self.example_column(sym)
        if column is not None:
            return column
        value = self.entry_matrix(sym)
        if value is None:
            return None
        if len(sym.index) == 1:
            sizes = [len(value)]
        else:
            sizes = [value.rows, value.cols]
        if any(i.isdigit() and not 1 <= int(i) <= n for i, n in zip(sym.index, sizes)):
            return None  # w_{11} beside a vector w of 3 entries: a name of its own
        positions = [self.low.index_in(i, size, self.env) for i, size in zip(sym.index, sizes)]
        return matrix.entry(value, positions, shown(replace(sym, index=())))

    def entry_matrix(self, sym: Sym) -> sp.Matrix | None:
        """The matrix sym is an entry of, or None (not indexed, or a name of its own)."""
        if not sym.index or len(sym.index) > 2 or any(len(i) > 1 and not i.isdigit()
                                                       for i in sym.index):
            return None
        if self.low.shape_of(sym.name) is not None or self.definition(sym) is not None:
            return None
        return self.matrix_value(replace(sym, index=()))

    def component(self, sym: Sym) -> sp.Expr | None:
        """In a step read component by component (∂L/∂w with w_1..w_n written: w is w_1), a
        plain name the text writes as a family too (x beside x_1, x_2; y beside y_k) is that
        component: ∂L/∂w = (ŷ - y)x reads ∂L/∂w_1 = (ŷ - y)x_1."""
        if not self.low.identified or sym.index or self.definition(sym) is not None or \
                self.low.shape_of(sym.name) is not None or \
                self.low.ctx.bound({sym.name}, self.low.line):
            return None
        if (sym.stem, sym.sup) not in self.low.written_families():
            return None
        return self.go(replace(sym, index=("1",)))

    def example_column(self, sym: Sym):
        """a^{[2](i)}, y^{(i)}, x_j^{(i)}, dZ^{[1](i)}: example i of the matrix A^{[2]}, Y, X,
        dZ^{[1]} (Andrew Ng's notation and CS229's): its entry i when the matrix is one row or
        one column, else the row or column along the axis the sum over i runs over (as a
        column; entry j of it for x_j^{(i)}). None when the name is one of its own (the text
        writes the matrix with it) or the axis is not known."""
        found = matrix.example_of(sym)
        if found is None or self.definition(sym) is not None:
            return None
        wholes, letter = found
        for whole in wholes:
            definition = self.definition(whole)
            if definition is not None and any(isinstance(n, Sym) and n.base == sym.base and
                                              n.sup == sym.sup for n in walk(definition.body)):
                return None  # X written with its entries x_j^{(i)}
            value = self.matrix_value(whole)
            if value is None:
                continue
            if 1 in value.shape:  # one example per entry
                k = self.low.index_in(letter, len(value), self.env) - 1
                return value[k] if not sym.index else None
            count, upto = self.low.ranges.get(letter, (None, None))
            written = inference.written_shape(whole, self.low.ctx.shapes, self.definition)
            if upto is not None and written is not None and upto in written and \
                    written[0] != written[1]:
                by_column = written[1] == upto  # Σ_{i=1}^{m} over dZ (n_h, m): its columns
            elif count is not None and value.rows != value.cols and count in value.shape:
                by_column = count == value.cols
            else:
                return None  # which axis holds the examples is not known
            vector = value[:, self.low.index_in(letter, value.cols, self.env) - 1] \
                if by_column else value[self.low.index_in(letter, value.rows, self.env) - 1, :].T
            if sym.index:
                return vector[self.low.index_in(sym.index[0], len(vector), self.env) - 1]
            return vector
        return None

    def kronecker(self, sym: Sym) -> sp.Expr | None:
        """δ_{ij} the text does not define: the Kronecker delta, 1 if i = j, else 0."""
        if len(sym.index) != 2 or self.definition(sym) is not None or \
                self.definition(replace(sym, index=())) is not None:
            return None
        i, j = (self.low.index_value(str(k), self.env) if not str(k).isdigit() else int(k)
                for k in sym.index)
        self.low.kroneckers += 1
        return sp.Integer(1 if i == j else 0)

    def tuple_vector(self, sym: Sym) -> sp.Matrix | None:
        """A name bound to a tuple for a worked example (`a = (1, 0)`, `\\hat{y} = (2.5, 0,
        2.1)`) and defined no other way: the vector of its entries a_1, a_2 (bound too), a row
        like any tuple."""
        if sym.index or sym.name not in self.low.ctx.tuples or self.definition(sym) is not None:
            return None
        bound = self.low.ctx.bound({sym.name}, self.low.line, stale=False).get(sym.name)
        if not matrix.is_matrix(bound):
            return None
        members = [replace(sym, index=(str(k),)) for k in range(1, len(bound) + 1)]
        if any(self.definition(m) is not None for m in members):
            return None
        self.low.readings.add("tuple")
        return sp.Matrix(*self.low.shape_of(sym.name),  # type: ignore[misc]
                         [real(self.instance(m)[0].name) for m in members])

    def held_matrix(self, here: Sym) -> sp.Matrix | None:
        """A matrix held fixed to differentiate by it (∂L/∂Z with Z = XW): its entries as
        symbols of their own, each standing for Z's entry again afterwards."""
        shape = self.low.shape_of(here.name)
        if shape is None and self.definition(here) is not None:
            value = self.sub(hold=frozenset()).go(here)
            shape = value.shape if matrix.is_matrix(value) else None
        if shape is None or len(shape) != 2:
            return None
        out = sp.Matrix(shape[0], shape[1],
                        lambda r, c: real(self.low.ctx.entry(here.name, r + 1, c + 1)))
        if self.low.shape_of(here.name) is None:
            for r in range(shape[0]):
                for c in range(shape[1]):
                    self.low.held_entries[out[r, c]] = (here, r, c)
        return out

    def unknown(self, sym: Sym) -> sp.Expr | None:
        """An undefined name the text differentiates: an unknown function of the names it is
        differentiated by (L(ŷ) for ∂L/∂ŷ), applied to what they stand for here."""
        mark = "?" + sym.name
        if mark in self.stack or not unknown.differentiated_by(self.low.ctx, sym):
            return None
        params, args = self.parameters(sym, self.stack + (mark,))
        if not args:
            return None
        signature = unknown.Signature(sym.name, params, bounds=self.bounds(sym))
        self.low.unknowns[signature] = sym
        return unknown.apply(signature, args)

    def bounds(self, sym: Sym) -> tuple[float, float] | None:
        """Where an unknown's values lie: an assumed interval, or (0, 1) for a, p, ŷ, q."""
        ctx = self.low.ctx
        found = ctx.intervals.get(sym.name) or ctx.intervals.get(sym.stem)
        if found is not None and all(abs(v) < 1e3 for v in found):
            return found
        return (0.0, 1.0) if sym.stem in PROBABILITY_NAMES else None

    def parameters(self, sym: Sym, stack: tuple[str, ...]) -> tuple[tuple[str, ...], list]:
        """An unknown's arguments: their labels (as SymPy names) and their values here; a
        family w_i stands for its members, a matrix for its entries."""
        labels: list[str] = []
        values: list[sp.Expr] = []
        # the arguments are what the text differentiates the name by, here: read at this
        # step's line (not lexically), and not counted as names the step uses
        walker = self.sub(stack=stack, as_of=self.low.line)
        leaves = set(self.low.leaves)
        for var in unknown.arguments(self.low.ctx, sym, self.low.line, self.low.wrt):
            members = [var]
            if len(var.index) == 1 and var.index[0].isalpha() and len(var.index[0]) == 1:
                members = [replace(var, index=(str(k),)) for k in range(1, N + 1)]
            for member in members:
                value = walker.go(member)
                label = walker.concrete(member)[0]
                if isinstance(value, sp.MatrixBase):
                    for r in range(value.rows):
                        for c in range(value.cols):
                            labels.append(f"{label}[{r + 1},{c + 1}]")
                            values.append(value[r, c])
                            self.low.written[labels[-1]] = var
                else:
                    labels.append(label)
                    values.append(value)
                    self.low.written[label] = var
        self.low.leaves = leaves
        return tuple(labels), values

    def stated(self, result: sp.Expr) -> sp.Expr:
        """Derivatives of unknowns that the text states (∂a/∂z = a(1 - a) with `a` undefined)
        replaced by what it states: later steps use the stated value."""
        ctx = self.low.ctx
        swap = {}
        for app in atoms_of(unknown.Applied, result) if result.has(unknown.Applied) else ():
            sig = app.signature
            if len(sig.orders) != 1 or sig.base not in self.low.unknowns:
                continue
            num = self.low.unknowns[sig.base]
            var = self.low.written.get(sig.params[sig.orders[0]])
            if var is None or f"∂{num.name}" in self.stack:
                continue
            fact = None
            for numerator in (sig.name, num.name):
                for name in (sig.params[sig.orders[0]], var.name):
                    fact = fact or ctx.fact(numerator, name, self.low.line)
            if fact is not None:
                swap[app] = self.sub(stack=self.stack + (f"∂{num.name}",)).go(fact)
        return result.xreplace(swap) if swap else result

    def _num(self, node: Num) -> sp.Expr:
        return sp.Rational(node.text) if "." in node.text else sp.Integer(node.text)

    def _const(self, node: Const) -> sp.Expr:
        return vocabulary.BY_NAME[node.name].meaning  # type: ignore[return-value]

    def _sym(self, node: Sym) -> sp.Expr:
        return self.symbol(node)

    def _neg(self, node: Neg) -> sp.Expr:
        return -self.go(node.arg)

    def _bin(self, node: Bin) -> sp.Expr:
        if node.op == "^" and isinstance(node.left, Const) and node.left.name == "e":
            return matrix.entrywise(sp.exp, self.go(node.right))
        left, right = scalar(self.go(node.left)), scalar(self.go(node.right))
        if node.op in {"+", "-", "⊙"}:  # a - y, y_k written elsewhere: y is (y_1, ..., y_K)
            left = self.as_vector(node.left, left, right)
            right = self.as_vector(node.right, right, left)
        if node.op not in {"+", "-", "*", "/", "⊙", "^"}:
            raise Unreadable("an operator", node.op)
        if node.op == "^" and not matrix.is_matrix(left) and not matrix.is_matrix(right) and \
                right.is_number and left.is_number and abs(float(right)) > 200:
            raise Undecided("a number too large to evaluate (an exponent above 200)")
        if node.op == "^" and matrix.is_matrix(left) and not matrix.is_matrix(right) and \
                left.rows == left.cols:
            written = inference.written_shape(node.left, self.low.ctx.shapes,
                                              lambda sym: self.definition(sym))
            if written is not None and written[0] != written[1]:  # (A_1)^2 with A_1 (m, h)
                return left.applyfunc(lambda e: e ** right)
        try:
            return matrix.combine(node.op, left, right)
        except (sp.ShapeError, ShapeMismatch) as err:
            names = {str(s) for s in symbols_of(left, right)}
            arrays = {self.low.ctx.entries[n][0] for n in names if n in self.low.ctx.entries}
            unshaped = unshaped_names(self.low.ctx, names) or \
                sorted(self.low.ctx.shown(n) for n in names | arrays
                       if self.low.inferred_shape(n))
            certain = self.never_conform(node)
            if unshaped and certain is None:  # W read as a number, or its shape inferred
                raise Undecided(f"{err}, with {', '.join(unshaped)} of no declared shape (read "
                                "as a number here; declare it: <!-- grader: shape "
                                f"{unshaped[0]} (m, n) -->)") from err
            if matrix.is_matrix(left) and matrix.is_matrix(right):  # in the text's names
                raise ShapeMismatch(shape.mismatch(
                    node.op, node.left, node.right, (left.shape, right.shape),
                    certain or (lambda n: inference.written_shape(
                        n, self.low.ctx.shapes, self.definition)))) from err
            if isinstance(err, ShapeMismatch):
                raise
            raise ShapeMismatch(f"the shapes do not conform: {err}") from err
        except TypeError as err:
            raise Undecided("a matrix combined with a name of unknown shape (declare it: "
                            "<!-- grader: shape y (m, 1) -->)") from err

    def never_conform(self, node: Bin):
        """For operands that do not conform as read: when their shapes follow from declared
        shapes and definitions alone (no name read as a number or inferred could change
        them: inference.certain_shape) and those cannot conform at any sizes, the reader of
        their shapes (for the message); else None."""
        ctx = self.low.ctx

        def written(n: Node):
            return inference.certain_shape(n, ctx.shapes, self.definition, lambda sym: not (
                sym.index or sym.name in ctx.shapes) and ctx.is_dimension(sym.name))

        def value(dim: str):
            return ctx.bound({dim}, self.low.line, stale=False).get(dim)

        shapes = written(node.left), written(node.right)
        if not all(shapes) or node.op not in {"*", "+", "-", "⊙"} or \
                not inference.never_conform(node.op, *shapes, value):  # type: ignore[arg-type]
            return None
        return written

    def as_vector(self, written: Node, value, other):
        """A plain name read as a number beside a vector, whose entries the text writes as a
        family (y_k): that vector (y_1, ..., y_K), laid out as the other side."""
        if not (isinstance(written, Sym) and not written.index and isinstance(value, sp.Symbol)
                and matrix.is_matrix(other) and 1 in other.shape and len(other) > 1):
            return value
        if (written.stem, written.sup) not in self.low.written_families():
            return value
        entries = [self.go(replace(written, index=(str(k),))) for k in range(1, len(other) + 1)]
        return sp.Matrix(other.rows, other.cols, entries)

    def _abs(self, node: Abs) -> sp.Expr:
        return sp.Abs(self.go(node.arg))

    def _norm(self, node: Norm) -> sp.Expr:
        arg = node.arg
        value = self.go(arg)
        if isinstance(node.p, Sym) and node.p.name == "F":  # ‖A‖_F
            return matrix.frobenius(value)
        p = self.go(node.p) if node.p is not None else sp.Integer(2)
        if isinstance(value, sp.MatrixBase):
            return sum(sp.Abs(v) ** p for v in value) ** (1 / p)
        if isinstance(arg, Sym) and not arg.index:
            # ‖w‖ of a plain name: w is the vector (w_1, ..., w_N)
            parts = [self.symbol(replace(arg, index=(str(k),))) for k in range(1, N + 1)]
            return sum(sp.Abs(v) ** p for v in parts) ** (1 / p)
        return sp.Abs(value)

    def _transpose(self, node: Transpose) -> sp.Expr:
        if isinstance(node.arg, Num) and node.arg.text == "1":
            return matrix.Sized("ones", transposed=True)  # 1^T: a row of ones
        value = self.go(node.arg)
        if isinstance(value, (sp.MatrixBase, matrix.Sized)):
            return value.T
        from checker.derive.render import render

        shown = render(node.arg)
        raise Undecided(f"a transpose of {shown}, whose shape is not known (declare it: "
                        f"<!-- grader: shape {shown} (n, 1) -->, or write it out as a matrix)")

    def _matrix(self, node: Matrix) -> sp.Expr:
        m = sp.Matrix([[self.go(c) for c in row] for row in node.rows])
        return m

    def _grid(self, node: Grid) -> sp.Expr:
        """A matrix written with elisions, at the concrete size of its axes: every entry from
        the pattern the written ones follow; an entry that breaks it is a mistake (raised by
        Lowering.expr once the side is read, with every such entry)."""
        pattern = ellipsis.read_grid(node)
        self.low.breaks.extend(pattern.breaks)
        if pattern.repeated:  # [b; b; ⋮; b]: b in every row, as many as its neighbour needs
            ones = matrix.Sized("ones", transposed=not pattern.rows.elided)
            return ones.scaled(self.go(pattern.templates[0][0]))
        rows, cols = (self.low.ctx.size(a.size) if a.elided else int(a.size)
                      for a in (pattern.rows, pattern.cols))
        return sp.Matrix(rows, cols, lambda r, c: self.go(pattern.entry(r + 1, c + 1)))

    def _shape(self, node: Shape) -> sp.Expr:
        """(a, b) used as a value (`(0.5 - 0.1, 1) = (0.4, 1)`, a point, a pair of results):
        a row of numbers, compared entry by entry."""
        return sp.Matrix([[scalar(self.go(d)) for d in node.dims]])

    def _entry(self, node: Entry) -> sp.Expr:
        """(XW)_{ij}, softmax(z)_j: the entry of the value at the indices' values."""
        from checker.derive.render import render

        value = None
        if isinstance(node.arg, Call) and node.arg.name == "softmax" and \
                len(node.arg.args) == 1:
            value = self.as_entries(node.arg)  # softmax(z)_j: z the vector (z_1, ..., z_N)
        if value is None:
            value = self.go(node.arg)
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
        positions = [None if i == ":" else self.low.index_in(i, n, self.env)
                     for i, n in zip(index, sizes)]  # (Δ)_{i,:}: row i
        names = {str(s) for s in symbols_of(value)
                 if not getattr(self.low.ctx.symbols.get(str(s)), "index", ())}
        unshaped = unshaped_names(self.low.ctx, names)
        if unshaped:  # (Xᵀ(p - y))_j with y of no declared shape: y read as a number
            self.low.entry_doubts.append(inference.Doubt(
                f"{shown} read with {', '.join(unshaped)} as a number (no declared shape)",
                f"declare it: <!-- grader: shape {unshaped[0]} (m, 1) -->"))
        return matrix.entry(value, positions, shown)

    def as_entries(self, call: Call):
        """f(z - c) for a function of a whole vector (softmax), with z a plain name the text
        neither defines nor shapes nor binds but writes entries of (z_j): its argument taken
        entry by entry (z_1 - c, ..., z_N - c), as the function requires; None when no such
        name is in it."""
        families = {(n.stem, n.sup) for n in self.low.written.values() if len(n.index) == 1} | \
            self.low.written_families()
        plain = {n.name: n for n in walk(call.args[0]) if isinstance(n, Sym) and not n.index
                 and (n.stem, n.sup) in families and self.definition(n) is None
                 and self.low.shape_of(n.name) is None
                 and not self.low.ctx.bound({n.name}, self.low.line)}
        if not plain:
            return None
        arg = call.args[0]
        entries = [self.go(rewrite(arg, lambda n, k=k: replace(n, index=(str(k),))
                                   if isinstance(n, Sym) and n.name in plain else None))
                   for k in range(1, N + 1)]
        return MATRIX_FUNCTIONS[call.name](sp.Matrix(entries))

    def _at(self, node: At) -> sp.Expr:
        """f|_{x = 0}: f's value with x at 0 (x = y = 0: each name before the value)."""
        value = self.go(node.arg)
        point = self.go(node.at.members[-1])
        swap = {self.go(m): point for m in node.at.members[:-1]}
        return value.subs(swap)

    def _cases(self, node: Cases) -> sp.Expr:
        values = [self.go(value) for value, _ in node.branches]  # (their indices first)
        pieces = [(v, self.condition(cond)) for v, (_, cond) in zip(values, node.branches)]
        return sp.Piecewise(*pieces, (sp.nan, True))

    def _case_index(self, node: Node | None) -> sp.Expr | None:
        """`i = j`, `i \\neq j` in a case's condition (the softmax Jacobian's entries): the
        letters index the pieces' values, so they compare as the indices they are (and the
        step is checked with them equal and apart, as for δ_ij)."""
        if not (isinstance(node, Sym) and len(node.base) == 1 and not node.index and
                not node.accents and not node.sup):
            return None
        value = self.env.get(node.base, self.low.free_index.get(node.base))
        return None if value is None else sp.Integer(value)

    RELATIONS = {"=": sp.Eq, "≠": sp.Ne, "<": sp.Lt, ">": sp.Gt, "≤": sp.Le, "≥": sp.Ge}

    def condition(self, cond: Relation | None) -> sp.Basic:
        """A case's condition: y = 1, x > 0, 0 < x ≤ 1 (a chain: each pair), or none
        (`otherwise`)."""
        if cond is None:
            return sp.true
        if not cond.ops or any(op not in self.RELATIONS for op in cond.ops) or \
                any(m is None for m in cond.members):
            raise Unreadable("a condition such as y = 1 or x > 0", " ".join(cond.ops))
        indices = [self._case_index(m) for m in cond.members]
        if all(i is not None for i in indices) and set(cond.ops) <= {"=", "≠"}:
            self.low.kroneckers += 1
            values = indices
        else:
            values = [self.go(m) for m in cond.members]
        return sp.And(*(self.RELATIONS[op](a, b)
                        for op, a, b in zip(cond.ops, values, values[1:])))

    def go(self, node: Node) -> sp.Expr:
        handler = HANDLERS.get(type(node).__name__.lower())
        if handler is None:
            return getattr(self, "_" + type(node).__name__.lower())(node)
        return handler(self, node)


# a syntax node's type name → the function that reads it (the others: Walker._<name>)
HANDLERS = {
    "sym": Walker.symbol,
    "sum": summation.summation,
    "deriv": differentiation.derivative,
    "call": function.call,
    "prime": function.prime,
}
