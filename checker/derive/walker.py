"""The walk from a syntax tree to its SymPy value, in one reading (a Lowering): names are
replaced by their definitions, at the reading's index values; each node family is read
by a module of its own."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive import ellipsis, inference, matrix, shape, unknown, vocabulary
from checker.derive.context import family_key
from checker.derive.equivalence import PROBABILITY_NAMES
from checker.derive.errors import ShapeMismatch, Undecided, Unreadable
from checker.derive.evaluation import Slope
from checker.derive.quantity import MATRIX_FUNCTIONS, N, real, scalar, shown, unshaped_names
from checker.derive.traversal import atoms_of, symbols_of
from checker.derive.tree import (
    Abs,
    At,
    Bin,
    Call,
    Cases,
    Const,
    Deriv,
    Entry,
    Grid,
    Matrix,
    Neg,
    Node,
    Norm,
    Num,
    Prime,
    Relation,
    Shape,
    Shift,
    Sum,
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

    def _sum(self, node: Sum) -> sp.Expr:
        if node.index == ellipsis.ELIDED and isinstance(node.hi, Num) and \
                int(node.hi.text) > 12:  # t_1 + t_2 + ⋯ + t_30: as many as 30 is here
            self.low.sizes.add(node.hi.text)
            node = replace(node, hi=Sym(node.hi.text))
        idx = node.index
        if idx is None:
            raise Unreadable("a summation index", "a bare \\sum")
        uses = any(isinstance(n, Sym) and (idx in n.index or n.name == idx)
                   for n in walk(node.body))
        if node.hi is None or (isinstance(node.hi, Sym) and node.hi.name == idx):
            hi = self.axis(node.body, idx) or N
            if not uses and node.op == "+" and node.skip is None:
                # Σ_c over the cases: this case's term plus the others'
                return self.go(node.body) + real(f"R_{idx}")
        else:
            if isinstance(node.hi, Sym):
                self.low.sizes.add(node.hi.name)
            hi_value = sp.Integer(self.low.size(node.hi.name)) if isinstance(node.hi, Sym) \
                and self.low.ctx.is_dimension(node.hi.name) else self.go(node.hi)
            if not hi_value.is_Integer or int(hi_value) > 12:
                raise Undecided(f"a sum up to {hi_value}, too long to expand")
            hi = int(hi_value)
        lo = 1 if node.lo is None else self.go(node.lo)
        if not getattr(lo, "is_Integer", isinstance(lo, int)):
            raise Undecided(f"a sum from {lo}")
        self.low.terms += max(hi - int(lo) + 1, 0)
        if self.low.terms > 5000:
            raise Undecided("sums with more than 5000 terms in all, too long to expand")
        skip = None
        if node.skip is not None:  # Σ_{k ≠ i}: i's value at this reading
            skip = self.low.index_value(node.skip.name, self.env) if isinstance(
                node.skip, Sym) and len(node.skip.name) == 1 else self.go(node.skip)
        total = sp.Integer(0 if node.op == "+" else 1)
        terms = []  # \max_j, \min_j: the largest (smallest) of the terms
        self.low.ranges[idx] = (hi - int(lo) + 1,
                                node.hi.name if isinstance(node.hi, Sym) else None)
        written = not (node.hi is None or (isinstance(node.hi, Sym) and node.hi.name == idx))
        self.low.sums.append((idx, hi - int(lo) + 1, written))
        if hi < int(lo) and any(isinstance(n, Sym) for b in (node.lo, node.hi) if b is not None
                                for n in walk(b)):  # Π_{t=k+1}^{T} at k = 2, T = 1
            self.low.doubts.append(inference.Doubt(
                f"the range of {idx} is empty at the index values tried ({lo}..{hi}): the "
                "step is about bounds in order", "check a case with numbers (`T = 3`, `k = 1`)"))
        for k in range(int(lo), hi + 1):
            if skip is not None and k == skip:
                continue
            term = self.sub(env={**self.env, idx: k}).go(node.body)
            if node.op in {"max", "min"}:
                terms.append(scalar(term))
                continue
            try:
                total = total + term if node.op == "+" else total * term
            except TypeError:
                if node.op == "+" and not matrix.is_matrix(total) and total == 0:
                    # Σ of matrices: from the first term
                    total = term
                    continue
                raise Undecided("a sum of numbers and matrices") from None
        if node.op in {"max", "min"}:
            if not terms:
                raise Undecided(f"a {node.op} over no terms")
            return (sp.Max if node.op == "max" else sp.Min)(*terms)
        return total

    def axis(self, body: Node, index: str, depth: int = 0) -> int | None:
        """Σ_i over Z_{ij} with no range written: i runs over Z's rows (also through a
        family's definition: Σ_j J_{ij} with J_{ij} = ∂s_i/∂z_j runs over z)."""
        for n in walk(body):
            if isinstance(n, Sym) and index in n.index:
                value = self.entry_matrix(n)
                if value is not None:
                    k = n.index.index(index)
                    return len(value) if len(n.index) == 1 else value.shape[k]
                found = self.definition(n) if depth < 2 else None
                if found is not None and found.index:  # the family's own letter for index
                    letter = found.index[n.index.index(index)] \
                        if len(found.index) == len(n.index) else None
                    inner = self.axis(found.body, str(letter), depth + 1) if letter else None
                    if inner is not None:
                        return inner
        return None

    def _call(self, node: Call) -> sp.Expr:
        if node.order:
            return self._derivative_at(node)
        stated = self.low.ctx.statistic(node.name, node.args, self.low.line)
        if stated is not None:  # E[r_i] = q, stated: q here, at that argument only
            return self.go(stated)
        args = [self.go(a) for a in node.args]
        definition = self.low.ctx.get(node.name, self.as_of) or \
            self.low.ctx.get(node.name, self.low.line)
        if definition is not None and definition.params and definition.key not in self.stack:
            if len(definition.params) != len(args):
                raise Undecided(f"{node.name} is defined with {len(definition.params)} "
                                f"argument(s), used with {len(args)}")
            params = [real(self.concrete(p)[0]) for p in definition.params]
            body = self.sub(stack=self.stack + (definition.key,), as_of=definition.line,
                            hold=self.hold | {p.name for p in definition.params}
                            | {str(p) for p in params}).go(definition.body)
            self._entrywise(node, definition, params, args, body)
            return body.xreplace(dict(zip(params, args)))
        if node.name == "inner" and any(matrix.is_matrix(a) for a in args):  # ⟨g, y⟩
            if not all(matrix.is_matrix(a) for a in args) or len(args[0]) != len(args[1]):
                raise Undecided("an inner product of a vector and a number, or of vectors of "
                                "different lengths")
            return sum((p * q for p, q in zip(args[0], args[1])), sp.Integer(0))
        if len(args) == 1 and node.name in MATRIX_FUNCTIONS:
            return MATRIX_FUNCTIONS[node.name](args[0])
        shapes = {a.shape for a in args if isinstance(a, sp.MatrixBase)}
        if len(shapes) == 1 and vocabulary.apply(node.name, [sp.Integer(1)] * len(args)) \
                is not None:  # σ(Z), max(0, Z): entry by entry, numbers alongside as they are
            rows, cols = shapes.pop()
            return sp.Matrix(rows, cols, lambda i, j: vocabulary.apply(node.name, [
                a[i, j] if isinstance(a, sp.MatrixBase) else a for a in args]))
        known = vocabulary.apply(node.name, args)
        if known is not None:
            return known
        whole = self.of_components(node)
        if whole is not None:
            return whole
        if any(isinstance(a, sp.MatrixBase) for a in args):
            raise Undecided(f"{node.name} applied to a matrix, and {node.name} is not defined")
        return unknown.apply(self.signature_of_call(node.name, len(args)), args)

    def of_components(self, node: Call) -> sp.Expr | None:
        """`L(\\mathbf{w})`, never defined, where the text differentiates L by the components
        w_i: the unknown L of those components (the same L as in ∂L/∂w_i), not a function of
        one number w."""
        arg = node.args[0] if len(node.args) == 1 else None
        sym = Sym(node.name)
        if not isinstance(arg, Sym) or arg.index or "?" + node.name in self.stack or \
                not unknown.differentiated_by(self.low.ctx, sym):
            return None
        params, values = self.parameters(sym, self.stack + ("?" + node.name,))
        written = [self.low.written.get(p) for p in params]
        if len(params) < 2 or not all(w is not None and w.stem == arg.stem and w.index and
                                      w.sup == arg.sup for w in written):
            return None
        signature = unknown.Signature(node.name, params, generic=True)
        self.low.unknowns[signature] = sym
        return unknown.apply(signature, values)

    def _entrywise(self, node: Call, definition, params, args, body) -> None:
        """LSE(x) = log Σ_i e^{x_i}, applied to x + c1: the body uses the parameter only
        through its entries, whose values for another argument the text does not give (the
        substitution reaches none of them): a guess."""
        free = {str(s) for s in getattr(body, "free_symbols", ())}
        for p, value, arg in zip(definition.params, params, args):
            if str(value) in free or arg == value or p.index:
                continue
            if any(self.low.ctx.family(n) == p.stem for n in free):
                self.low.doubts.append(inference.Doubt(
                    f"{node.name} is defined through the entries of {p.base} "
                    f"({p.base}_i), and is applied here to another argument, whose entries the "
                    "text does not write", f"write the entries of {node.name}'s argument"))

    def signature_of_call(self, name: str, arity: int) -> unknown.Signature:
        """`g(x)`, never defined: any function g. Written `L(ŷ)` where the text also
        differentiates L by ŷ, it is that unknown L."""
        sym = Sym(name)
        if unknown.differentiated_by(self.low.ctx, sym) and "?" + name not in self.stack:
            params, _ = self.parameters(sym, self.stack + ("?" + name,))
            if len(params) == arity:
                signature = unknown.Signature(name, params, generic=True)
                self.low.unknowns[signature] = sym
                return signature
        return unknown.Signature(name, tuple(f"#{k}" for k in range(1, arity + 1)),
                                 generic=True)

    def _derivative_at(self, node: Call) -> sp.Expr:
        """f'(x), σ'(z), tanh''(z): the function's derivative, evaluated at the argument."""
        definition = self.low.ctx.get(node.name, self.as_of)
        t = sp.Dummy("t")
        if definition is not None and definition.params:
            param = real(self.concrete(definition.params[0])[0])
            body = self.sub(hold=self.hold | {definition.params[0].name, str(param)}
                            ).go(definition.body)
            inner = sp.diff(body, param, node.order)
            return inner.xreplace({param: self.go(node.args[0])})
        known = vocabulary.apply(node.name, [t])
        if known is not None:  # σ'(z), tanh'(z)
            inner = sp.diff(known, t, node.order)
            return inner.xreplace({t: self.go(node.args[0])})
        if len(node.args) != 1:
            raise Undecided(f"{node.name}' of a function of {len(node.args)} arguments: "
                            "by which one?")
        signature = self.signature_of_call(node.name, 1)
        for _ in range(node.order):
            signature = signature.derivative(0)
        self.low.given.add(node)  # f'(z) = f(z)(1 - f(z)) says what f is
        return self.stated(unknown.apply(signature, [self.go(node.args[0])]))

    def _prime(self, node: Prime) -> sp.Expr:
        """(expr)': the derivative of the whole expression by its one variable (a function
        the text does not define is an unknown function of it: (f(g(x)))' has the chain rule)."""
        value = self.go(node.arg)
        free = sorted(value.free_symbols, key=str)
        if len(free) != 1:
            raise Undecided("a prime on an expression of several variables: which one?")
        return self.stated(sp.diff(value, free[0], node.order))

    def _deriv(self, node: Deriv) -> sp.Expr:
        var_sym = self.low.alias(node.var.name) or node.var
        var_name, _ = self.concrete(var_sym)
        var = real(var_name)
        # ∂/∂y_j holds the whole family y fixed (other units are other variables); ∂/∂z_1
        # holds only z_1 (z_2 may be built from it: another layer)
        letters = var_sym.index and all(i.isalpha() for i in var_sym.index)
        hold = self.hold | {family_key(var_sym) if letters else var_sym.name, var_name}
        if node.num is None and node.operand is None:
            raise Unreadable("something to differentiate after ∂/∂" + var_sym.name,
                             "nothing")
        target = node.num if node.num is not None else node.operand
        walker = self.sub(hold=hold)
        variable = walker.go(var_sym)  # a symbol, an entry of a matrix, or a matrix
        value = scalar(walker.go(target))
        if matrix.is_matrix(variable) and variable.shape == (1, 1) and \
                not matrix.is_matrix(value):  # z = hw_2, one number: through it as written
            value = self.through(value, var_sym, variable[0, 0])
        if matrix.is_matrix(variable):  # ∂J/∂W, entry by entry: W's shape
            if matrix.is_matrix(value) and isinstance(target, Sym) and \
                    target.base in LOSSES:  # L over a batch, one entry per example
                self.low.readings.add("batch")
                count = len(value)
                value = sum(value, sp.Integer(0))  # its sum, or (another reading) its mean
                if self.low.batch == "mean":
                    value = value / count
            if "tuple" in self.low.readings and not (symbols_of(value) & set(variable)):
                # ∂L/∂ŷ at ŷ = (2.5, 0, 2.1), L built from values bound too (r = ŷ - y)
                from checker.derive.render import render
                raise Undecided(f"the expression does not depend on {render(var_sym)} through "
                                "any definition in force; define the names it is built from")
            if matrix.is_matrix(value) and "tuple" in self.low.readings and \
                    value.shape == variable.shape and all(
                        not (value[k].free_symbols & {v for j, v in enumerate(variable) if j != k})
                        for k in range(len(value))):  # d/dr log cosh r at r = (…): entry by entry
                return sp.Matrix(value.rows, value.cols, [
                    sp.diff(value[k], variable[k], node.order) for k in range(len(value))])
            if matrix.is_matrix(value):  # ∂Z_2/∂W_2: four indices, for a chain rule
                return matrix.Jacobian(value.shape, variable.shape, tuple(
                    self.release(value.applyfunc(lambda u, e=e: self.stated(sp.diff(u, e))))
                    for e in variable))
            # every entry's slope from one backward pass, numerically; held names (Z's entries
            # in ∂L/∂Z) stand for their definitions once the slopes are taken
            value = self.stated(value)
            free = symbols_of(value)
            swap = self.released(free)
            slopes = variable.applyfunc(lambda e: Slope.at(value, e, swap) if e in free else 0)
            return slopes.T if self.low.ctx.layout == "numerator" else slopes  # Wᵀ's shape
        if isinstance(variable, sp.Symbol):
            var = variable
            value = self.through(value, var_sym, var)
        value = self._componentwise(value, var_sym, var)
        leaves = {str(s) for s in value.free_symbols if str(s) in self.low.leaves}

        def resolve(app: unknown.Applied, s: sp.Symbol) -> sp.Expr | None:
            num = self.low.unknowns.get(app.signature)
            return self.fact_value(num, var_sym) if num is not None and s == var else None

        with unknown.resolving(resolve):
            result = self.stated(sp.diff(value, var, node.order) if node.order else value)
        if isinstance(target, Sym) and self._stated_not_derived(target, var_sym):
            # ∂a/∂z with `a` never defined in terms of z: what the text states, not derived
            self.low.given.add(node)
        result = self.release(result)
        if self.low.identified:
            result = result.xreplace(self.low.identified)
        if result == 0 and var not in value.free_symbols and \
                not self._family_present(value, var_sym) and (leaves or node.num):
            # a definition that does not involve var (z = log(p/(1-p)) far above), and the
            # text states ∂z/∂w = x: the statement stands for the derivative, as given
            stated = self.fact_value(node.num, var_sym) if node.num is not None else None
            if stated is not None:
                self.low.given.add(node)
                return stated
            if not leaves:
                return result
            what = shown(node.num) if node.num is not None else "the expression"
            raise Undecided(f"{what} does not depend on {shown(var_sym)} through any "
                            "definition in force; define the names it is built from")
        return result

    def through(self, value: sp.Expr, var_sym: Sym, var: sp.Symbol) -> sp.Expr:
        """∂L/∂z_1 where L is written in w_1x + b_1 and the text names that z_1 = w_1x + b_1
        (ŷ = w_2 ReLU(w_1x + b_1) + b_2, then z_1 = w_1x + b_1): the derivative through the
        named node, its definition's expression read as z_1 wherever it appears whole."""
        if var in value.free_symbols or self.definition(var_sym) is None:
            return value
        try:
            body = scalar(self.go(var_sym))
        except (Undecided, Unreadable):
            return value
        if not isinstance(body, sp.Expr) or body.is_Symbol or body.is_number or \
                not body.free_symbols <= value.free_symbols:
            return value
        named = value.subs(body, var)
        return named if var in named.free_symbols else value

    def fact_value(self, num: Sym, var: Sym) -> sp.Expr | None:
        """The value the text states for ∂num/∂var, lowered here (None: it states none)."""
        ctx = self.low.ctx
        if f"∂{num.name}" in self.stack:
            return None
        for numerator in (self.concrete(num)[0], num.name):
            for name in (self.concrete(var)[0], var.name):
                fact = ctx.fact(numerator, name, self.low.line)
                if fact is not None:
                    value = self.sub(stack=self.stack + (f"∂{num.name}",)).go(fact)
                    return None if matrix.is_matrix(value) else value
        return None

    def release(self, result):
        """What was held fixed to differentiate stands for its definition again."""
        swap = self.released(symbols_of(result))
        return result.xreplace(swap) if swap else result

    def released(self, free) -> dict:
        """The held names among `free`, each → what it stands for."""
        swap = {}
        for s in free:
            held_sym = self.low.held.get(str(s))
            if held_sym is not None and str(s) not in self.hold:
                swap[s] = self.sub(env={}).symbol(held_sym)
            elif s in self.low.held_entries and \
                    self.low.held_entries[s][0].name not in self.hold:
                here, r, c = self.low.held_entries[s]
                swap[s] = self.sub(env={}).go(here)[r, c]
        return swap

    def _stated_not_derived(self, num: Sym, var: Sym) -> bool:
        """∂num/∂var states a value when num is an undefined name that the text relates to
        var through no definition (L by ŷ, or L by z through an undefined a)."""
        here = self.instance(num)[0]
        if self.definition(here) or self.definition(num):
            return False
        if not unknown.differentiated_by(self.low.ctx, here):
            return False
        return not unknown.depends(self.low.ctx, here, var, self.low.line, wrt=self.low.wrt,
                                   through_definition=True)

    def _componentwise(self, value: sp.Expr, var_sym: Sym, var: sp.Symbol) -> sp.Expr:
        """∂/∂w of an expression in w_1..w_n: w stands for one component (w_1)."""
        if var_sym.index:
            return value
        component = real(self.instance(replace(var_sym, index=("1",)))[0].name)
        if component in value.free_symbols:
            self.low.identified[component] = var
            return value.xreplace({component: var})
        return value

    def _family_present(self, value: sp.Expr, var_sym: Sym) -> bool:
        return any(self.low.ctx.family(str(s)) == var_sym.stem for s in value.free_symbols)

    def go(self, node: Node) -> sp.Expr:
        handler = HANDLERS.get(type(node).__name__.lower())
        if handler is None:
            return getattr(self, "_" + type(node).__name__.lower())(node)
        return handler(self, node)


LOSSES = {"L", "J", "C", "ell", "cost", "Cost", "loss", "Loss", "mathcal{L}"}  # names of losses

# a syntax node's type name → the function that reads it (the others: Walker._<name>)
HANDLERS = {
    "sym": Walker.symbol,
}
