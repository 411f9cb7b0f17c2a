"""What the text has said so far: definitions, stated derivatives, aliases, assumptions.

A definition is a name and the formula it stands for (`z = wx + b`, `y_j = \\sigma(x_j)` for
every j, `J(w, b) = ...`). A stated derivative (`\\frac{\\partial a}{\\partial z} = a(1-a)`
where `a` is never defined) cannot be checked, but later steps may use it: it is kept as a
fact.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive import vocabulary
from checker.derive.notation import Names
from checker.derive.render import render_name
from checker.derive.tree import Call, Node, Shift, Sym, walk

if TYPE_CHECKING:
    from checker.derive.expectation import Randomness

OPEN_RANGE = 3  # the length of a range the text leaves open (Σ_j, Σ_{i=1}^{n}, w_1..w_n)
SMALL = 6  # a size written as a number up to this is checked at that size


@dataclass(frozen=True)
class Definition:
    key: str  # "z", "y_*" (every y_j), "z_1", "J" (a function): what it is looked up by
    name: Sym  # what is defined, as written: z, y_j, z_1, J
    body: Node
    line: int
    params: tuple[Sym, ...] = ()  # J(w, b) -> (w, b)
    index: tuple[str, ...] = ()  # y_j -> ("j",), w_{t+1} -> (Shift t+1,): a family definition
    frozen: frozenset[str] = frozenset()  # names not expanded inside (to break a cycle)
    until: int | None = None  # a bound value's scope ends at this line (the next heading)

    def in_force(self, line: int) -> bool:
        return self.line <= line and (self.until is None or line < self.until)


@dataclass
class Context:
    definitions: dict[str, Definition] = field(default_factory=dict)
    facts: dict[tuple[str, str], list[tuple[int, Node]]] = field(default_factory=dict)
    # f(x) = 1 + e^{-x_j}: in steps about f, x means x_j ({"x": (x_j, "f")})
    aliases: dict[str, tuple[Sym, str]] = field(default_factory=dict)
    discrete: dict[str, tuple[float, ...]] = field(default_factory=dict)  # y ∈ {0, 1}
    intervals: dict[str, tuple[float, float]] = field(default_factory=dict)  # 0 < ŷ < 1
    normalised: set[str] = field(default_factory=set)  # families that sum to 1 (one-hot)
    symmetric: set[str] = field(default_factory=set)  # matrices said symmetric: A_ij = A_ji
    # ∂L/∂W has W's shape (denominator layout, the default) or Wᵀ's ("numerator")
    layout: str = "denominator"
    shapes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # X -> ("m", "n")
    # names bound to a tuple of numbers (`a = (1, 0)`): vectors of that length, read as a row
    # like any tuple; a tuple has no orientation (see layout.oriented)
    tuples: set[str] = field(default_factory=set)
    # values bound for a worked example (`$x = 3$`, `m_0 = v_0 = 0`): by SymPy name, each
    # (line, value, until); steps are evaluated at them after reading (never inside ∂/∂x)
    bindings: dict[str, list[tuple[int, sp.Expr, int | None]]] = field(default_factory=dict)
    # how far each bound value may be off, as written (`ŷ ≈ 0.9242`: ±0.00005; `w = 0.5`: 0):
    # (name, line bound on) → half a unit in its last digit, or what its rounded inputs allow
    rounding: dict[tuple[str, int], float] = field(default_factory=dict)
    # values given for a defined name whose definition had no value there (`ŷ ≈ 0.9242` where
    # ŷ = A_1W_2 + b_2): (name, line) → the value stands for the name, not the definition
    instead: set[tuple[str, int]] = field(default_factory=set)
    # names bound to a bold constant (`\mathbf{w} = \mathbf{0}`, `\mathbf{1}`): (name, line) →
    # a vector of that constant, as long as its use needs, never the number
    constant_vectors: set[tuple[str, int]] = field(default_factory=set)
    # every SymPy symbol a reading made, by its name, → the symbol as written at its index
    # values (`hat(y)_2` → ŷ_2): reports and families read the fields, never the name
    symbols: dict[str, Sym] = field(default_factory=dict)
    # every matrix entry symbol's name → (the matrix's name, row, column), 1-based
    entries: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    dims: dict[str, int] = field(default_factory=dict)  # "m" -> 4: small concrete sizes
    # what the text differentiates each name by, and where (∂L/∂ŷ on line 7: L -> [(7, ŷ)]):
    # an undefined name's arguments as an unknown function (see unknown.py)
    differentiated: dict[Sym, list[tuple[int, Sym]]] = field(default_factory=dict)
    # what the text applies each function name to (`L(\mathbf{w})`: L -> {("w",)}): the
    # variable of `\nabla L` when that is one plain name (notation.Names.applied)
    applied: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)
    # names the text writes primed at an argument (`\Phi'(x) = \varphi(x)`): functions
    # wherever they are applied (`x\Phi(x)` is x times Φ at x, never x·Φ·x)
    primed: set[str] = field(default_factory=set)
    # the stems of the indexed functions the text defines (`p_i(T) = ...`: p → "p_i"): p(2) is
    # the vector of them at T = 2, never p times 2
    function_stems: dict[str, str] = field(default_factory=dict)
    # ... and where the text states their derivatives (`\Phi'(x) = \varphi(x)`): Φ → [(line,
    # order, the parameters as written, the formula's text)], read again once the text's
    # functions are known (φ(x) is φ at x, not φ times x)
    primes: dict[str, list[tuple[int, int, tuple[Sym, ...], str]]] = \
        field(default_factory=dict)
    # a statistic's value stated at one argument (`\mathbb{E}[r_i] = q`): (E, (r_i,)) → [(line,
    # q)]; E stays unknown at any other argument (E[y_i] is not q)
    statistics: dict[tuple[str, tuple[Node, ...]], list[tuple[int, Node]]] = \
        field(default_factory=dict)
    # what the text says of its random variables: distributions, independence (expectation.py)
    randomness: Randomness | None = None

    def entry(self, matrix: str, row: int, col: int) -> str:
        """The SymPy name of one entry of a matrix (1-based), recorded with its position; a
        symmetric matrix's (j, i) entry is its (i, j) entry."""
        if matrix in self.symmetric and row > col:
            row, col = col, row
        name = f"{matrix}[{row},{col}]"
        self.entries.setdefault(name, (matrix, row, col))
        return name

    def bind(self, name: str, value: sp.Expr, line: int, until: int | None,
             rounding: float = 0.0, instead: bool = False) -> None:
        self.bindings.setdefault(name, []).append((line, value, until))
        if rounding:
            self.rounding[(name, line)] = rounding
        if instead:
            self.instead.add((name, line))

    def constant_vector(self, name: str, line: int) -> sp.Expr | None:
        """The constant of a vector bound as `\\mathbf{0}` (`\\mathbf{1}`) in force at `line`."""
        latest = next((b for b in reversed(self.bindings.get(name, []))
                       if b[0] <= line and (b[2] is None or line < b[2])), None)
        return latest[1] if latest is not None and (name, latest[0]) in \
            self.constant_vectors else None

    def unbind_members(self, stem: str, line: int) -> None:
        """Values bound to members of a family (v_1, v_2 of v_t) are dropped at `line`: the
        family is given a new rule there, so they belong to the old one."""
        for name, found in self.bindings.items():
            sym = self.symbols.get(name)
            if sym is None or sym.stem != stem or len(sym.index) != 1 or \
                    not str(sym.index[0]).isdigit() or int(str(sym.index[0])) < 1:
                continue  # (v_0, where every rule starts, keeps its value)
            # (the walk is in order: lines before this one are checked already)
            self.bindings[name] = [(at, v, until) for at, v, until in found if at >= line]

    def roundings(self, names: set[str], line: int) -> dict[str, float]:
        """Of those names, the ones whose value at `line` was written rounded: name → how far
        it may be off."""
        out = {}
        for name in names:  # an entry X[1,2] of a bound X: X's rounding
            whole = self.entries[name][0] if name in self.entries else name
            at = next((b[0] for b in reversed(self.bindings.get(whole, [])) if b[0] <= line),
                      None)
            if at is not None and self.rounding.get((whole, at)):
                out[name] = self.rounding[(whole, at)]
        return out

    def given_instead(self, names: set[str], line: int) -> frozenset[str]:
        """Of those names, the ones whose value in force at `line` (this example) was given
        where their definition had none, and not defined again since: the value the text gave
        (`ŷ ≈ 0.9242` after ŷ = A_1W_2 + b_2) stands for the name, not the definition."""
        out = set()
        for name in names:
            at = next((b[0] for b in reversed(self.bindings.get(name, []))
                       if b[0] <= line and (b[2] is None or line < b[2])), None)
            if at is None or (name, at) not in self.instead:
                continue
            definition = self.lookup(self.symbols.get(name, Sym(name)), line)
            if definition is not None and definition.line <= at:
                out.add(name)
        return frozenset(out)

    def example_under_way(self, line: int) -> bool:
        """Some value bound for a worked example is in force at `line` (bound in this section,
        or a few lines above): the example's quantities are being computed."""
        return any(at <= line and (until is None or line < until)
                   for values in self.bindings.values() for at, _, until in values)

    def bound(self, names: set[str], line: int, stale: bool = True) -> dict[str, sp.Expr]:
        """The values at `line` of those names that are bound: in force, or (with `stale`)
        bound in an earlier section and not bound again since."""
        out = {}
        for name in names:
            for at, value, until in reversed(self.bindings.get(name, [])):
                if at <= line and (stale or until is None or line < until):
                    out[name] = value
                    break
        return out

    def stale(self, names: set[str], line: int) -> dict[str, int]:
        """Of those names, the ones whose value at `line` was bound in an earlier section (or
        long ago): name → the line it was bound on."""
        out = {}
        for name in names:
            latest = next((b for b in reversed(self.bindings.get(name, [])) if b[0] <= line),
                          None)
            if latest is not None and latest[2] is not None and line >= latest[2]:
                out[name] = latest[0]
        return out

    def at_bound_values(self, expr, line: int, stale: bool = True,
                        ranging: frozenset[str] = frozenset()):
        """expr with the bound names replaced by their values (matrices entry by entry), but
        for the `ranging` ones (a step stated for every value of them: cases over r)."""
        from checker.derive.traversal import symbols_of

        symbols = symbols_of(expr)
        names = {str(s) for s in symbols} - ranging
        values = self.bound(names | {self.entries[n][0] for n in names if n in self.entries},
                            line, stale)
        if not values:
            return expr
        for name in names & self.entries.keys():  # X[1,2] of X bound to a matrix
            whole, row, col = self.entries[name]
            value = values.get(whole)
            if getattr(value, "is_Matrix", False) and whole in self.tuples and \
                    min(row, col) == 1 and max(row, col) <= len(value):
                values[name] = value[max(row, col) - 1]  # a tuple, read as a row or a column
            elif getattr(value, "is_Matrix", False) and row <= value.rows and col <= value.cols:
                values[name] = value[row - 1, col - 1]
            elif value is not None and value == 0:  # \mathbf{w} = \mathbf{0}
                values[name] = value
        from checker.derive.evaluation import substitute

        return substitute(expr, {s: values[str(s)] for s in symbols if str(s) in values
                                 and not getattr(values[str(s)], "is_Matrix", False)})

    def register(self, sym: Sym) -> Sym:
        self.symbols.setdefault(sym.name, sym)
        return sym

    def family(self, name: str) -> str | None:
        """The accented base (`hat(y)`) an indexed SymPy symbol belongs to; None if plain."""
        sym = self.symbols.get(name)
        return sym.stem if sym is not None and sym.index else None

    def shown(self, name: str) -> str:
        """A SymPy symbol's name as the text writes it (`ŷ_2`, `w_2,1`, `α`)."""
        sym = self.symbols.get(name)
        if sym is None:  # an unknown function's name: `Phi` is written Φ
            row = vocabulary.BY_SPELLING.get("\\" + name)
            return row.shown if row is not None and row.kind is vocabulary.Kind.LETTER else name
        return render_name(sym)

    def declare_shape(self, name: str, dims: tuple[str, ...]) -> None:
        self.shapes[name] = dims

    def shape_of(self, name: str) -> tuple[int, ...] | None:
        """The concrete (small) shape a declared matrix is checked at: 1 stays 1, every other
        size (364, 30, m, n) gets its own value from 2 up, the same wherever it appears."""
        dims = self.shapes.get(name)
        if dims is None:
            return None
        return tuple(self.size(d) for d in dims)

    def size(self, dim: str) -> int:
        """The concrete size of one declared dimension (`m`, `364`; `1` stays 1): as small as
        can be (the checks expand every entry) while the dimensions of one shape differ, so
        that a transposed result never has the shape it should have."""
        if dim.isdigit() and int(dim) <= SMALL:
            return int(dim)  # (2, 3) is 2 by 3
        if not self.is_dimension(dim) and dim not in self.dims:
            return OPEN_RANGE  # a range no shape declares: n in Σ_{i=1}^{n}, or a grid's 364
        if dim not in self.dims:
            beside = {self.size(d) for dims in self.shapes.values() if dim in dims
                      for d in dims if d in self.dims or (d.isdigit() and int(d) <= SMALL)}
            # from 3 up: as long as an open range (Σ_j over a declared n runs as far), and no
            # size is 2, a constant people write (a missing 1/m is not a missing 1/2)
            self.dims[dim] = next(k for k in range(OPEN_RANGE, OPEN_RANGE + len(beside) + 1)
                                  if k not in beside)
        return self.dims[dim]

    def is_dimension(self, name: str) -> bool:
        """A name some declared shape uses as a size (`m` in X (m, n))."""
        return any(name in dims for dims in self.shapes.values())

    @property
    def functions(self) -> frozenset[str]:
        return frozenset(d.key for d in self.definitions.values() if d.params) | \
            frozenset(self.primed) | frozenset(self.function_stems)

    @property
    def known(self) -> Names:
        """What the parser must know: function names, and the letters defined as values."""
        plain = {d.key for d in self.definitions.values()
                 if not d.params and not d.index and d.key.isalpha() and len(d.key) == 1}
        unary = frozenset((d.key, d.params[0].name) for d in self.definitions.values()
                          if len(d.params) == 1)
        defined = frozenset(d.key for d in self.definitions.values() if not d.params)
        applied = frozenset((f, args[0]) for f, forms in self.applied.items()
                            if len(forms) == 1 for args in forms if len(args) == 1)
        return Names(self.functions, values=frozenset(plain), unary=unary, plain=defined,
                     applied=applied)

    history: dict[str, list[Definition]] = field(default_factory=dict)

    def lookup(self, sym: Sym, as_of: int | None = None) -> Definition | None:
        """The definition in force at line as_of (lexical: a definition's body sees the
        names as they were defined when it was written)."""
        exact = self.get(sym.name, as_of)
        if exact is not None:
            return exact
        if sym.index:
            return self.get(family_key(sym), as_of)
        return None

    def get(self, key: str, as_of: int | None = None) -> Definition | None:
        if as_of is None:
            return self.definitions.get(key)
        for d in reversed(self.history.get(key, [])):
            if d.in_force(as_of):
                return d
        return None

    def define(self, sym: Sym, body: Node, line: int, params: tuple[Sym, ...] = (),
               until: int | None = None) -> None:
        if _family(sym, body):
            new = Definition(family_key(sym), sym, body, line, (), sym.index, until=until)
        else:
            new = Definition(sym.name, sym, body, line, params, until=until)
        self.definitions[new.key] = new
        self.history.setdefault(new.key, []).append(new)
        # x_j = Σ_i y_i w_ji then y_j = σ(x_j): a cycle. The newer definition wins; inside
        # the older one the newer name stays a plain symbol, so every expansion ends.
        for key, old in list(self.definitions.items()):
            if key != new.key and new.key in self._reach(key) and key in self._reach(new.key):
                self.definitions[key] = replace(old, frozen=old.frozen | {new.key})
                self.history[key][-1] = self.definitions[key]

    def _refs(self, key: str) -> set[str]:
        d = self.definitions[key]
        out = set()
        for n in walk(d.body):
            if isinstance(n, Sym):
                for k in (n.name, family_key(n) if n.index else None):
                    if k in self.definitions and k not in d.frozen:
                        out.add(k)
            elif isinstance(n, Call) and n.name in self.definitions:
                out.add(n.name)
        return out

    def _reach(self, key: str) -> set[str]:
        seen, todo = set(), [key]
        while todo:
            for k in self._refs(todo.pop()):
                if k not in seen:
                    seen.add(k)
                    todo.append(k)
        return seen

    def statistic(self, name: str, args: tuple[Node, ...], line: int) -> Node | None:
        """The value the text stated for a statistic at these arguments, before `line`."""
        before = [v for at, v in self.statistics.get((name, args), ()) if at <= line]
        return before[-1] if before else None

    def fact(self, numerator: str, var: str, line: int) -> Node | None:
        """The stated value of ∂numerator/∂var nearest before line (else the first after)."""
        stated = self.facts.get((numerator, var))
        if not stated:
            return None
        before = [node for at, node in stated if at <= line]
        return before[-1] if before else stated[0][1]


def _family(sym: Sym, body: Node) -> bool:
    """y_j = σ(x_j), v_t = βv_{t-1} + g_t, w_{t+1} = w_t - ηg_t: the definition holds for
    every value of the index letter, which the body uses; δ_o = (a - y) names one δ."""
    letters = [i.letter if isinstance(i, Shift) else i for i in sym.index]
    if not letters or not all(len(i) == 1 and i.isalpha() for i in letters):
        return False
    used = {str(i) for n in walk(body) if isinstance(n, Sym) for i in n.index} | \
        {i.letter for n in walk(body) if isinstance(n, Sym) for i in n.index
         if isinstance(i, Shift)}  # as an index: δ_o = ∂L/∂o names one δ
    return any(letter in used for letter in letters)


def family_key(sym: Sym) -> str:
    return f"{sym.stem}{'^' + sym.sup if sym.sup else ''}_*"
