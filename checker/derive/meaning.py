"""Syntax trees → SymPy expressions, in a context.

Names are replaced by what they were defined as; indexed families are instantiated at
concrete indices (free index letters get distinct small integers, unspecified ranges become
1..N), so sums expand to plain sums and ∂/∂y_j of Σ_j (...) picks the right term.
Derivatives are partial: the variable's own family is held fixed, everything defined in
terms of it is expanded, and a stated derivative of an undefined name (a fact) supplies
the missing chain-rule link.

This module holds the Lowering (one reading of one step: its state and entry points); the
walk itself is walker.py, with one module per node family (arithmetic, piecewise, array,
summation, function, differentiation, application). The sizes a reading works at (shapes,
range lengths, a vector's layout) are layout.py's; the readings it guessed, that make a
failing step undecided, are doubt.py's.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import sympy as sp

from checker.derive import ellipsis, inference, layout, limit, mean, summation, unknown
from checker.derive.context import Context
from checker.derive.errors import BrokenPattern, Undecided
from checker.derive.tree import Call, Node, Sum, Sym, walk
from checker.derive.walker import Walker


@dataclass
class Lowering:
    """One reading of one step: fixed index values, the line it stands on."""

    ctx: Context
    line: int
    free_index: dict[str, int] = field(default_factory=dict)
    # letters of free_index that are a sum's count read first (walker.symbol): they take no
    # slot of the values the other free letters get
    sized: set[str] = field(default_factory=set)
    leaves: set[str] = field(default_factory=set)  # names used without a definition
    held: dict[str, Sym] = field(default_factory=dict)  # held symbols, to expand afterwards
    # a held symbol as written and the index values it was read at (f_t of `f_t = σ(a_f)`
    # inside c_{t-1}: f_t at t = 1), to expand it afterwards as it would have been
    held_as_read: dict[str, tuple[Sym, dict]] = field(default_factory=dict)
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
    # a product of two vectors of one shape (x^{(i)}θ, q·k): entry by entry, or (`dot`, a
    # retry when that leaves a vector beside a number) their dot product: of vectors whose
    # orientation the text leaves open, or ("written": the step writes a dot, x·w) of any
    dot: bool | str = False
    kroneckers: int = 0  # Kronecker deltas read in this step
    # δ_{j0}, 1[j = 0]: a free index letter compared with a number, and that number
    pinned: set[tuple[str, int]] = field(default_factory=set)
    # Σ_{i=1}^{m}: i runs over 3 entries here, up to m as written
    ranges: dict[str, tuple[int, str | None]] = field(default_factory=dict)
    # Σ_{i=1}^{m} x_i: the range's length (m) → the vectors it counts the entries of (x)
    counted: dict[str, set[str]] = field(default_factory=dict)
    # shapes this step infers for arrays the text declares no shape for (inference.py): a
    # step that fails on them is undecided
    inferred: dict[str, tuple[int, int]] = field(default_factory=dict)
    # names read inside a definition with the meaning they had when it was written, though the
    # text gave them a new one by the step's line (walker.definition): each such doubt → the
    # key renewed, the line of its new definition and the name as read (doubt.renewed)
    renewed: dict = field(default_factory=dict)
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
    # a name never defined, written alone, read as the function the text applies to one list
    # of names (`L` as L(w, b): function.as_written_applied): a retry that may only show that a
    # step holds (reading.as_applied)
    applied: bool = False
    # entries of matrices written with elisions that break their pattern (ellipsis.Pattern)
    breaks: list[tuple[str, str, Node, Node]] = field(default_factory=list)
    # every sum expanded: (index, terms, whether its range was written), and other readings
    # this step guessed (a function of x_i applied to x + c1): a failing step is undecided
    sums: list[tuple[str, int, bool]] = field(default_factory=list)
    # Σ_i, max_i with no range and no family length to run over: each index, the members its
    # terms read, the operator (summation.range_doubts); `open_length`, when set, their length in a retry
    open_ranges: list[tuple[str, frozenset[str], str]] = field(default_factory=list)
    open_length: int | None = None
    endless: bool = False  # a series summed to ∞ in closed form was read (range_doubts)
    doubts: list[inference.Doubt] = field(default_factory=list)
    # values read from a special case the text states below this step (`∂L/∂y_i = c` at the
    # end): a step that holds with them is read again without them (hindsight.py)
    later: list[inference.Doubt] = field(default_factory=list)
    # entries of expressions ((Xᵀ(p - y))_j) whose value reads names of no declared shape as
    # numbers: a step that fails on them is undecided
    entry_doubts: list[inference.Doubt] = field(default_factory=list)

    def alias(self, name: str) -> Sym | None:
        found = self.ctx.aliases.get(name)
        return found[0] if found is not None and found[1] in self.calls else None

    def again(self) -> Lowering:
        """A fresh reading of the same step: its line, index values, shapes, range lengths
        (the m of 1/m Σ_{i=1}^{m}) and choices."""
        return Lowering(self.ctx, self.line, free_index=dict(self.free_index), calls=self.calls,
                        wrt=self.wrt, identified=dict(self.identified), batch=self.batch,
                        inferred=dict(self.inferred), families=dict(self.families),
                        unit=self.unit, sizes=set(self.sizes), lengths=dict(self.lengths),
                        counted={k: set(v) for k, v in self.counted.items()})

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

    def note_reached_ranges(self, sides: tuple[Node, ...]) -> None:
        r"""The limits of the sums in the definitions a step reaches (σ² = \frac1m
        \sum_{i=1}^{m} ...) that the step writes too, known as counts before the step is read:
        `\frac{1}{m-1}` written in the step then takes the same m as the sum a definition
        expands into, whichever is read first."""
        written = {n.name for side in sides for n in walk(side) if isinstance(n, Sym)}
        for node in self.reach(sides)[len(sides):]:
            for n in walk(node):
                if isinstance(n, Sum) and isinstance(n.hi, Sym) and n.hi.name != n.index \
                        and n.hi.name in written:  # (a count the step does not write: as before)
                    self.sizes.add(n.hi.name)  # (and what it counts: n, of y = (1, 2, 3, 10))
                    self.counted.setdefault(n.hi.name, set()).update(
                        replace(m, index=()).name for m in walk(n.body)
                        if isinstance(m, Sym) and m.index == (n.index,))

    def note_ranges(self, node: Node) -> None:
        """In (1/m) Σ_{i=1}^{m} ..., the m outside the sum is the sum's length too; in a mean
        written with an open range (μ = \\frac{1}{m}\\sum_i x_i, anywhere the step reaches),
        m is the number of terms the sum is read over."""
        for n in walk(node):
            if isinstance(n, Sum) and limit.offset_count(n.hi) is not None:
                self.sizes.add(limit.offset_count(n.hi))  # Σ_{k=0}^{K-1}: K
            if isinstance(n, Sum) and isinstance(n.hi, Sym) and n.hi.name != n.index:
                self.sizes.add(n.hi.name)
                self.counted.setdefault(n.hi.name, set()).update(
                    replace(m, index=()).name for m in walk(n.body)
                    if isinstance(m, Sym) and m.index == (n.index,))
            elif isinstance(n, Sym):  # the names the step (and what it uses) writes
                self.written.setdefault(n.name, n)
        for count, total in mean.means(self._unseen(node)):
            if count.name not in self.lengths and count.name not in self.sizes and \
                    self.ctx.lookup(count, self.line) is None and \
                    not self.ctx.is_dimension(count.name) and \
                    not self.ctx.bound({count.name}, self.line, True):
                self.lengths[count.name] = mean.length(Walker(self, {}, frozenset(), ()), total)
                self.sizes.add(count.name)

    def index_variants(self) -> list[dict[str, int]]:
        """Other values of the step's free index letters to check it at, when it uses the
        Kronecker delta: two letters equal (i = j), where they were apart (a_i(δ_ij - a_j)
        must hold both ways), and a letter at the number a δ compares it with (δ_{j0}: at
        j = 0). Without δ a step may be meant for i ≠ j only."""
        if not self.kroneckers:
            return []
        letters = [k for k in self.free_index if isinstance(k, str) and k.isalpha() and
                   k not in self.sized]
        out = [{**self.free_index, letter: number} for letter, number in sorted(self.pinned)
               if letter in self.free_index and self.free_index[letter] != number][:3]
        for a, b in zip(letters, letters[1:] + letters[:1]):
            if a != b and self.free_index[a] != self.free_index[b]:
                out.append({**self.free_index, b: self.free_index[a]})
            if len(out) >= 3:
                break
        return out if len(letters) >= 2 or self.pinned else []

    def index_in(self, letter: str, size: int, env: dict[str, int]) -> int:
        """An index into an axis of `size` entries: a digit, a bound letter, or a free letter
        given a value of its own that lies on the axis."""
        given = None if letter.isdigit() or letter in env else self.given_index(letter)
        if letter.isdigit() or letter in env:
            value = int(letter) if letter.isdigit() else env[letter]
        elif given is not None:  # p_c with `c = 1` given: the entry the text names
            value = given
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

    def given_index(self, letter: str) -> int | None:
        """`l = -\\log p_y`, and the example gives `y = 1`: the index letter at the whole
        number the text binds it to (the class, the step), not a free letter's stand-in
        value (p_2 for p_y would read another class)."""
        if letter in self.free_index:
            return None
        value = self.ctx.bound({letter}, self.line, stale=False).get(letter)
        if getattr(value, "is_Integer", False) and int(value) >= 1:
            if letter in self.sizes and int(value) > summation.LONGEST:
                # `T = 1000`, then log ᾱ_T = Σ_{t=1}^{T} log(1 - β_t): the sum is read at the
                # small length a long range is checked at; ᾱ_T is the member at that length
                self.shortened(letter, value)
                return layout.size(self, letter)
            return int(value)
        return None  # (`y = 0`: the classes counted from 0, while (3.2, 5.1) is read from 1;
        # a value of an earlier section is no index here: `T = 2`, then "for any length T")

    def shortened(self, letter: str, value) -> None:
        """A range length the text gives a number too long to expand (`T = 1000`) read at a
        small length instead: the other names built from it (β_t's (t - 1)/(T - 1)) keep the
        number, so a failure there is a guess, not a finding."""
        doubt = inference.Doubt(
            f"{letter} = {value} read at the length {layout.size(self, letter)} (a range that "
            "long is not expanded)", f"check the step at a small {letter} (`{letter} = 3`)")
        if doubt not in self.doubts:
            self.doubts.append(doubt)

    def index_value(self, letter: str, env: dict[str, int]) -> int:
        if letter in env:
            return env[letter]
        if letter.isdigit():
            return int(letter)
        given = self.given_index(letter)
        if given is not None:
            return given
        if letter not in self.free_index:
            # distinct values for distinct free letters: the first two 2 and 1 (they fit an axis of 2), then 3, ...
            letters = len(self.free_index) - len(self.sized & self.free_index.keys())
            self.free_index[letter] = [2, 1, 3, 4, 5, 6][letters % 6]
        return self.free_index[letter]
