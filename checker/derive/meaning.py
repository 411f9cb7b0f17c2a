"""Syntax trees → SymPy expressions, in a context.

Names are replaced by what they were defined as; indexed families are instantiated at
concrete indices (free index letters get distinct small integers, unspecified ranges become
1..N), so sums expand to plain sums and ∂/∂y_j of Σ_j (...) picks the right term.
Derivatives are partial: the variable's own family is held fixed, everything defined in
terms of it is expanded, and a stated derivative of an undefined name (a fact) supplies
the missing chain-rule link.

This module holds the Lowering (one reading of one step: its state and entry points); the
walk itself is walker.py, with one module per node family (arithmetic, array, summation,
function, differentiation, application).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import sympy as sp

from checker.derive import ellipsis, inference, matrix, summation, unknown
from checker.derive.context import Context
from checker.derive.errors import BrokenPattern, Undecided
from checker.derive.traversal import symbols_of
from checker.derive.tree import Call, Deriv, Node, Sum, Sym, walk
from checker.derive.walker import Walker


@dataclass
class Lowering:
    """One reading of one step: fixed index values, the line it stands on."""

    ctx: Context
    line: int
    free_index: dict[str, int] = field(default_factory=dict)
    leaves: set[str] = field(default_factory=set)  # names used without a definition
    held: dict[str, Sym] = field(default_factory=dict)  # held symbols, to expand afterwards
    # derivatives (∂a/∂z, f'(z) as written) of a name the text does not define in terms of
    # the variable: a step with one of them as its left side states it, and is not checked
    given: set[Node] = field(default_factory=set)
    terms: int = 0  # sum terms expanded so far in this reading (bounded)
    calls: frozenset[str] = frozenset()  # functions the step applies (aliases are theirs)
    # the unknown functions met (signature -> the name as written) and, per argument label,
    # the variable as written (w_1 -> w_i): to find what the text states about them
    unknowns: dict[unknown.Signature, Sym] = field(default_factory=dict)
    # the variables the step differentiates by (both sides): a name whose stated derivative
    # by one of them its definition contradicts is, in this step, the undefined one
    wrt: frozenset[Sym] = frozenset()
    # ∂/∂w of a text that writes w_1..w_n: in this step, w is w_1 (both sides)
    identified: dict[sp.Symbol, sp.Symbol] = field(default_factory=dict)
    written: dict[str, Sym] = field(default_factory=dict)

    sizes: set[str] = field(default_factory=set)  # symbols read as range lengths (n, m)
    # m in a mean over an open range (\frac{1}{m}\sum_i x_i): the terms the sum runs over
    lengths: dict[str, int] = field(default_factory=dict)
    reached: set[str] = field(default_factory=set)  # names whose definitions were scanned
    # matrices met in this reading (by name, hold, line, stack), and the entries of matrices
    # held to differentiate by them (each entry symbol → the matrix as written, row, column)
    matrices: dict[tuple, sp.Matrix | None] = field(default_factory=dict)
    held_entries: dict[sp.Symbol, tuple[Sym, int, int]] = field(default_factory=dict)
    # how a loss written per example (a column L) is read when differentiated by a matrix:
    # the sum over the batch, or the mean; `readings` says which choices the step needed
    batch: str = "sum"
    kroneckers: int = 0  # Kronecker deltas read in this step
    # Σ_{i=1}^{m}: i runs over 3 entries here, up to m as written
    ranges: dict[str, tuple[int, str | None]] = field(default_factory=dict)
    # Σ_{i=1}^{m} x_i: the range's length (m) → the vectors it counts the entries of (x)
    counted: dict[str, set[str]] = field(default_factory=dict)
    # shapes this step infers for arrays the text declares no shape for (inference.py): a
    # step that fails on them is undecided
    inferred: dict[str, tuple[int, int]] = field(default_factory=dict)
    # ... and for a family of vectors (x_i beside w^T: example i), every member's shape
    families: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)
    # the inferred sizes no declared shape fixes: checked at sizes of their own from 2 up, or
    # (`unit`) at 1; `unsettled`: an inferred name that is not certainly a matrix (a capital
    # transposed, in a trace, ⊙, written with entries): a vector whose orientation was
    # guessed, or a name that may be a number, which no size retry settles
    unit: bool = False
    unsettled: bool = False
    # names with no shape here read with the shape an earlier section's example wrote out for
    # them (inference.earlier_shape): a retry that may only show that a step holds
    earlier: bool = False
    # ∇f(x) = (0.2x_1, 4x_2): gradients read as the slopes by x's written entries (a reading)
    gradients: list[str] = field(default_factory=list)
    readings: set[str] = field(default_factory=set)
    # entries of matrices written with elisions that break their pattern (ellipsis.Pattern)
    breaks: list[tuple[str, str, Node, Node]] = field(default_factory=list)
    # every sum expanded: (index, terms, whether its range was written), and other readings
    # this step guessed (a function of x_i applied to x + c1): a failing step is undecided
    sums: list[tuple[str, int, bool]] = field(default_factory=list)
    doubts: list[inference.Doubt] = field(default_factory=list)
    # entries of expressions ((Xᵀ(p - y))_j) whose value reads names of no declared shape as
    # numbers: a step that fails on them is undecided
    entry_doubts: list[inference.Doubt] = field(default_factory=list)

    def alias(self, name: str) -> Sym | None:
        found = self.ctx.aliases.get(name)
        return found[0] if found is not None and found[1] in self.calls else None

    def again(self) -> Lowering:
        """A fresh reading of the same step: its line, index values, shapes and choices."""
        return Lowering(self.ctx, self.line, free_index=dict(self.free_index), calls=self.calls,
                        wrt=self.wrt, identified=dict(self.identified), batch=self.batch,
                        inferred=dict(self.inferred), families=dict(self.families),
                        unit=self.unit)

    def written_families(self) -> set[tuple[str, str]]:
        """(stem, sup) of the names the text's definitions write with one index (y_k, x_j):
        families, whose plain name may stand for the vector of them."""
        count = sum(map(len, self.ctx.history.values()))
        cached = self.ctx.__dict__.get("_families")
        if cached is None or cached[0] != count:
            found = {(n.stem, n.sup) for ds in self.ctx.history.values() for d in ds
                     for n in walk(d.body) if isinstance(n, Sym) and len(n.index) == 1} | \
                {(d.name.stem, d.name.sup) for ds in self.ctx.history.values() for d in ds
                 if len(d.name.index) == 1}
            cached = self.ctx.__dict__["_families"] = (count, found)
        return cached[1]

    def reach(self, sides: tuple[Node, ...]) -> list[Node]:
        """The sides, and the bodies of the definitions they reach (their names too)."""
        nodes, seen, todo = list(sides), set(), list(sides)
        while todo:
            for n in walk(todo.pop()):
                if isinstance(n, (Sym, Call)) and n.name not in seen:
                    seen.add(n.name)
                    found = self.ctx.lookup(n, self.line) if isinstance(n, Sym) else \
                        self.ctx.get(n.name, self.line)
                    if found is not None:
                        nodes.append(found.body)
                        todo.append(found.body)
        return nodes

    def _unseen(self, node: Node) -> list[Node]:
        """node and the definitions it reaches that no earlier call here reached (each
        definition's body once per reading)."""
        nodes, todo = [node], [node]
        while todo:
            for n in walk(todo.pop()):
                if isinstance(n, Sym) and n.name not in self.reached:
                    self.reached.add(n.name)
                    found = self.ctx.lookup(n, self.line)
                    if found is not None:
                        nodes.append(found.body)
                        todo.append(found.body)
        return nodes

    def infer_shapes(self, sides: tuple[Node, ...], reached: bool = False) -> None:
        """Shapes for the arrays the step uses without a declared shape (inference.py): X, W,
        anything transposed; every free dimension a size of its own. `reached`: also when
        only the definitions the step reaches write matrix algebra."""
        nodes = self.reach(sides)
        declared = {name: tuple(dims) for name, dims in self.ctx.shapes.items()
                    if len(dims) == 2}
        try:
            dims = inference.infer(sides, nodes, declared,
                                   lambda sym: self.ctx.lookup(sym, self.line), set(declared),
                                   reached)
        except inference.Conflict:
            return  # read as before: numbers, and undecided where shapes matter
        free: dict[str, int] = {}
        written = {n.name: n for node in nodes for n in walk(node) if isinstance(n, Sym)}
        arrays = inference.array_like(nodes, set(declared))  # certainly arrays, not numbers
        for name, pair in dims.items():
            shape = []
            sym = written.get(name)
            if name not in arrays or sym is None or not sym.base[:1].isupper():
                self.unsettled = True  # a vector (x, w, θ: its orientation) or maybe a number
            for d in pair:
                if d.startswith("?"):
                    if d not in free:
                        used = set(self.ctx.dims.values()) | set(free.values())
                        free[d] = 1 if self.unit else \
                            next(k for k in range(2, 40) if k not in used)
                    shape.append(free[d])
                else:
                    shape.append(self.ctx.size(d))
            self.inferred[name] = (shape[0], shape[1])
            sym = written.get(name)
            if sym is not None and len(sym.index) == 1:  # x_i: every example x_1, x_2, ...
                self.families[(sym.stem, sym.sup)] = (shape[0], shape[1])

    def inferred_shape(self, name: str) -> tuple[int, int] | None:
        """The shape this step inferred for a name (x_2 as a member of the family x_i)."""
        found = self.inferred.get(name)
        sym = self.ctx.symbols.get(name)
        if found is None and sym is not None and len(sym.index) == 1:
            found = self.families.get((sym.stem, sym.sup))
        return found

    def note_ranges(self, node: Node) -> None:
        """In (1/m) Σ_{i=1}^{m} ..., the m outside the sum is the sum's length too; in a mean
        written with an open range (μ = \\frac{1}{m}\\sum_i x_i, anywhere the step reaches),
        m is the number of terms the sum is read over."""
        for n in walk(node):
            if isinstance(n, Sum) and isinstance(n.hi, Sym) and n.hi.name != n.index:
                self.sizes.add(n.hi.name)
                self.counted.setdefault(n.hi.name, set()).update(
                    replace(m, index=()).name for m in walk(n.body)
                    if isinstance(m, Sym) and m.index == (n.index,))
            elif isinstance(n, Sym):  # the names the step (and what it uses) writes
                self.written.setdefault(n.name, n)
        for count, total in summation.means(self._unseen(node)):
            if count.name not in self.lengths and count.name not in self.sizes and \
                    self.ctx.lookup(count, self.line) is None and \
                    not self.ctx.is_dimension(count.name) and \
                    not self.ctx.bound({count.name}, self.line, True):
                self.lengths[count.name] = summation.length(Walker(self, {}, frozenset(), ()),
                                                            total)
                self.sizes.add(count.name)

    def index_variants(self) -> list[dict[str, int]]:
        """Other values of the step's free index letters to check it at, when it uses the
        Kronecker delta: two letters equal (i = j), where they were apart (a_i(δ_ij - a_j)
        must hold both ways). Without δ a step may be meant for i ≠ j only."""
        if not self.kroneckers:
            return []
        letters = [k for k in self.free_index if isinstance(k, str) and k.isalpha()]
        out = []
        for a, b in zip(letters, letters[1:] + letters[:1]):
            if a != b and self.free_index[a] != self.free_index[b]:
                out.append({**self.free_index, b: self.free_index[a]})
            if len(out) >= 3:
                break
        return out if len(letters) >= 2 else []

    def guesses(self, *values, settled: bool = False) -> list[inference.Doubt]:
        """The readings this step chose that the text does not state: shapes inferred for
        arrays whose entries the step's values use (not when `settled`: the step fails at
        every size the inference left free, 1 included)."""
        if self.gradients:  # ∇f(x) = (…) beside x_1, x_2: the slopes by them
            by = self.gradients[0]
            return [inference.Doubt(f"∇ by {by} read as the slopes by its entries {by}_1, "
                                    f"{by}_2, ...", f"declare {by}'s shape: <!-- grader: shape "
                                    f"{by} (n, 1) -->")]
        used = {self.ctx.entries[str(s)][0] for v in values
                for s in symbols_of(v) if str(s) in self.ctx.entries}
        inferred = {n: shape for n in used if (shape := self.inferred_shape(n))}
        out = list(dict.fromkeys(self.doubts)) + self._lengths() + self._entrywise(values)
        if not inferred or settled:
            return out + list(self.entry_doubts)
        names = ", ".join(f"{self.ctx.shown(n)} {s}" for n, s in sorted(inferred.items()))
        first = min(inferred)
        return out + [inference.Doubt(f"shapes inferred, not declared ({names}, checked at "
                                      "those sizes)", f"declare them: <!-- grader: shape "
                                      f"{self.ctx.shown(first)} (m, n) -->")] + self.entry_doubts

    def _entrywise(self, values) -> list[inference.Doubt]:
        """∂/∂z read as the slope by z's first entry (the text writes z_1, z_2, ... and gives z
        no length), beside a name defined as a whole whose definition could not be read
        here (p = softmax(z)): that name is the vector of slopes, not one number."""
        if not self.identified:
            return []
        for s in sorted(symbols_of(*values), key=str):
            sym = self.ctx.symbols.get(str(s))
            if str(s) in self.leaves and sym is not None and not sym.index and \
                    self.ctx.lookup(sym, self.line) is not None:
                by = self.ctx.shown(str(next(iter(self.identified.values()))))
                shown = self.ctx.shown(str(s))
                return [inference.Doubt(
                    f"∂/∂{by} read by one entry of {by} (the text writes its entries, not its "
                    f"length), beside {shown} read as one number, though {shown} is defined "
                    f"as a whole (a vector?)", f"write the step for one entry "
                    f"(`\\frac{{\\partial f}}{{\\partial {by}_i}} = {shown}_i`)")]
        return []

    def _lengths(self) -> list[inference.Doubt]:
        """Σ_i with no range read over N terms beside a sum whose written range has another
        length here (Σ_{i=1}^{n} with n = 2 bound): whether they run as far is a guess."""
        open_ = {k for _, k, written in self.sums if not written}
        other = {k for _, k, written in self.sums if written} - open_
        if not open_ or not other:
            return []
        idx = next(i for i, _, written in self.sums if not written)
        return [inference.Doubt(f"Σ_{idx} has no range written (read over {min(open_)} terms), "
                                f"and a sum beside it runs over {min(other)}",
                                f"write its range (`\\sum_{{{idx}=1}}^{{n}}`)")]

    def shape_of(self, name: str) -> tuple[int, ...] | None:
        """A matrix's concrete shape: declared, or inferred for this step."""
        bound = self.ctx.bound({name}, self.line, stale=False).get(name)
        if matrix.is_matrix(bound):  # X bound to a matrix for a worked example: its shape
            if name in self.ctx.tuples:  # a tuple: a row, or a column where wᵀx needs one
                self.readings.add("tuple")
                if (self.inferred.get(name) or (0, 0))[1] == 1:
                    return (len(bound), 1)
            return bound.shape
        declared = self.ctx.shapes.get(name)
        if declared is not None and any(self.bound_size(d) for d in declared):
            return tuple(self.size(d) for d in declared)  # (m, n) with m = 2 bound
        found = self.ctx.shape_of(name) or self.inferred_shape(name)
        if found is None and self.earlier:
            return inference.earlier_shape(self.ctx, name, self.line)
        return found

    def oriented(self, left, right, nodes: tuple[Node, Node] | None = None):
        """A vector bound as a tuple (`a = (1, 0)`) has no orientation: when the step used
        one, a row and a column of the same length are compared entry by entry. A gradient
        by a name whose entries the text writes (`\\nabla f(\\mathbf{x}) = (0.2x_1, 4x_2)` with
        f built from x_1, x_2) beside a vector of k entries: the k slopes, laid out as it."""
        if nodes is not None:
            left = self.gradient(nodes[0], left, right)
            right = self.gradient(nodes[1], right, left)
        if "tuple" in self.readings and matrix.is_matrix(left) and matrix.is_matrix(right) \
                and 1 in left.shape and left.shape == right.shape[::-1]:
            return left, right.T
        return left, right

    def gradient(self, node: Node, value, other):
        if not (isinstance(node, Deriv) and node.order == 1 and not node.var.index and
                not matrix.is_matrix(value) and matrix.is_matrix(other) and 1 in other.shape
                and len(other) > 1 and self.shape_of(node.var.name) is None and
                self.ctx.lookup(node.var, self.line) is None and
                (node.var.stem, node.var.sup) in self.written_families()):
            return value
        members = [replace(node.var, index=(str(k),)) for k in range(1, len(other) + 1)]
        slopes = [self.expr(replace(node, var=m)) for m in members]
        if all(s == 0 for s in slopes):
            return value  # x_1 .. x_k not what the expression is built from
        from checker.derive.render import render_name

        self.gradients.append(render_name(node.var))  # a reading that can hold: guesses()
        return sp.Matrix(other.rows, other.cols, slopes)

    def bound_size(self, dim: str) -> int | None:
        """m = 2 in a worked example: the size m has there (a small whole number), or None."""
        if dim.isdigit():
            return None
        for name, dims in self.ctx.shapes.items():  # X (m, n) bound to a 3 × 2 matrix: m = 3
            if dim in dims and len(dims) == 2 and self.ctx.bindings.get(name):
                value = self.ctx.bound({name}, self.line, stale=False).get(name)
                if matrix.is_matrix(value) and "1" in dims and 1 in value.shape:
                    return value.shape[0] * value.shape[1]  # z (K, 1) bound to (1, 2, 3): K = 3
                if matrix.is_matrix(value):
                    return value.shape[dims.index(dim)]
        if not self.ctx.bound({dim}, self.line, stale=False):  # Σ_{i=1}^{m} x_i, x = (1, 2, 6)
            vectors = [self.ctx.bound({name}, self.line, stale=False).get(name)
                       for name in self.counted.get(dim, ()) if name in self.ctx.tuples]
            lengths = {len(v) for v in vectors if matrix.is_matrix(v)}  # type: ignore[arg-type]
            return lengths.pop() if len(lengths) == 1 else None
        value = self.ctx.bound({dim}, self.line, stale=False).get(dim)
        if value is not None and getattr(value, "is_Integer", False) and 1 <= value <= 12:
            return int(value)
        return None

    def size(self, name: str) -> int:
        """A range's length: a declared dimension's concrete size (m in X (m, n)), the terms
        of the open-range sum it divides (a mean), else N."""
        return self.bound_size(name) or self.lengths.get(name) or self.ctx.size(name)

    def index_in(self, letter: str, size: int, env: dict[str, int]) -> int:
        """An index into an axis of `size` entries: a digit, a bound letter, or a free letter
        given a value of its own that lies on the axis."""
        if letter.isdigit() or letter in env:
            value = int(letter) if letter.isdigit() else env[letter]
        elif letter in self.free_index:
            value = self.free_index[letter]
        else:
            taken = set(self.free_index.values())
            order = [v for v in (2, 1, 3, 4, 5, 6) if v <= size]
            value = next((v for v in order if v not in taken), order[0] if order else 1)
            self.free_index[letter] = value
        if not 1 <= value <= size:
            raise Undecided(f"index {letter} = {value} outside an axis of {size} entries")
        return value

    # -- entry points --------------------------------------------------------------------
    def expr(self, node: Node, env: dict[str, int] | None = None,
             hold: frozenset[str] = frozenset(), stack: tuple[str, ...] = ()) -> sp.Expr:
        known = len(self.breaks)
        value = Walker(self, env or {}, hold, stack).go(node)
        if len(self.breaks) > known:
            raise BrokenPattern(ellipsis.describe(self.breaks[known:]))
        return value.xreplace(self.identified) if self.identified else value

    def index_value(self, letter: str, env: dict[str, int]) -> int:
        if letter in env:
            return env[letter]
        if letter.isdigit():
            return int(letter)
        if letter not in self.free_index:
            # distinct values for distinct free letters: the first two 2 and 1 (they fit an axis of 2), then 3, ...
            self.free_index[letter] = [2, 1, 3, 4, 5, 6][len(self.free_index) % 6]
        return self.free_index[letter]
