"""What the text has said so far: definitions, stated derivatives, aliases, assumptions.

A definition is a name and the formula it stands for (`z = wx + b`, `y_j = \\sigma(x_j)` for
every j, `J(w, b) = ...`). A stated derivative (`\\frac{\\partial a}{\\partial z} = a(1-a)`
where `a` is never defined) cannot be checked, but later steps may use it: it is kept as a
fact.

The state is this one dataclass; what its methods do lives in plain functions of it:
definitions in `definition.py`, a worked example's bound values in `valuation.py`, the sizes
declared shapes are checked at in `dimension.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive import definition, dimension, valuation, vocabulary
from checker.derive.definition import Definition
from checker.derive.lexicon import Lexeme, lexeme
from checker.derive.notation import Names
from checker.derive.render import render_name
from checker.derive.tree import Node, Sym

if TYPE_CHECKING:
    from checker.derive.randomness import Randomness


@dataclass
class Context:
    definitions: dict[str, Definition] = field(default_factory=dict)
    facts: dict[tuple[str, str], list[tuple[int, Node]]] = field(default_factory=dict)
    # f(x) = 1 + e^{-x_j}: in steps about f, x means x_j ({"x": (x_j, "f")})
    aliases: dict[str, tuple[Sym, str]] = field(default_factory=dict)
    discrete: dict[str, tuple[float, ...]] = field(default_factory=dict)  # y ∈ {0, 1}
    intervals: dict[str, tuple[float, float]] = field(default_factory=dict)  # 0 < ŷ < 1
    normalised: set[str] = field(default_factory=set)  # families that sum to 1 (one-hot)
    counted: frozenset[str] = frozenset()  # capitals the prose calls a count (`$K$ classes`)
    imaginary: bool = False  # the text writes complex numbers: i is the unit (imaginary.py)
    kelvin: bool = False  # the text speaks of temperatures: K is the kelvin (temperature.py)
    complex_letters: frozenset[str] = frozenset()  # ... letters given a complex value (z = a + bi)
    complex_parts: frozenset[str] = frozenset()  # ... and its parts a, b: real (conjugate.py)
    i_indexes: bool = False  # ... and uses i as an index in some formula: a failure is a guess
    pi_applied: bool = False  # the text applies π to arguments (a policy π(a|s): policy.py)
    pi_named: bool = False  # the text binds π to a tuple: a distribution π (policy.named)
    symmetric: set[str] = field(default_factory=set)  # matrices said symmetric: A_ij = A_ji
    # vectors the words call rows ("$x \\in ℝ^n$ is a row vector": declared.py): a text
    # that keeps its vectors as rows; a ℝ^{1×n} written out is one matrix of one row, no more
    rows: set[str] = field(default_factory=set)
    # each line of a display of several lines → the display's first line (a system written
    # together: `v_t = μv_{t-1} + ∇f(w_{t-1})`, `w_t = w_{t-1} - ηv_t` in one align)
    displays: dict[int, int] = field(default_factory=dict)
    # matrices said orthogonal (QᵀQ = I) or diagonal, sampled so (orthogonality.py)
    orthogonal: set[str] = field(default_factory=set)
    diagonal: set[str] = field(default_factory=set)
    idempotent: set[str] = field(default_factory=set)  # P² = P (a projection), sampled so
    scales: dict[str, float] = field(default_factory=dict)  # AᵀA = 4I: A is 2 × orthogonal
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
    # values a case label of a case analysis gives (`$k=1$: constant hazard` beside `$k<1$`,
    # `$k>1$`; rubric.py): (name, line) → the value holds for its case only, and after it is
    # no earlier example's value either (valuation.bound)
    cased: set[tuple[str, int]] = field(default_factory=set)
    # values given in a prefixed unit (`$B = 1$ MHz`): name → (line bound on, the prefix's
    # size, the unit as written); the text may compute in the unit itself (unit.in_base)
    prefixed: dict[str, tuple[int, float, str]] = field(default_factory=dict)
    # every SymPy symbol a reading made, by its name, → the symbol as written at its index
    # values (`hat(y)_2` → ŷ_2): reports and families read the fields, never the name
    symbols: dict[str, Sym] = field(default_factory=dict)
    # every matrix entry symbol's name → (the matrix's name, row, column), 1-based
    entries: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    dims: dict[str, int] = field(default_factory=dict)  # "m" -> 4: small concrete sizes
    # what the text differentiates each name by, and where (∂L/∂ŷ on line 7: L -> [(7, ŷ)]):
    # an undefined name's arguments as an unknown function (see unknown.py)
    differentiated: dict[Sym, list[tuple[int, Sym]]] = field(default_factory=dict)
    # the integer indices the text writes for each family, by stem (y_0, Σ_{i=0}^{2} g_i:
    # y -> {0}, g -> {0, 2}): the members an unknown function of the family takes (span.py)
    indices: dict[str, set[int]] = field(default_factory=dict)
    # how many letter indices each stem is written with (w_{ij}: {2}): w_{21} is w_{2,1}
    arity: dict[str, set[int]] = field(default_factory=dict)
    # matrices whose entries the text reads with two indices inside a sum from 0 (K_{u,v}, or
    # I_{i+u,j+v} in O_{ij}'s body), by stem → the families whose index letters those indices
    # also read (O): counted from 0 when those are (span.zero_matrix)
    from_zero: dict[str, set[str]] = field(default_factory=dict)
    # what the text applies each function name to (`L(\mathbf{w})`: L -> {("w",)}): the
    # variable of `\nabla L` when that is one plain name (notation.Names.applied)
    applied: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)
    # names with a subscript the text gives a value (`E_t = 0.5`): notation.Names.scripted
    scripted: set[str] = field(default_factory=set)
    # capitals written together that the document uses as one name (acronym.py)
    runs: frozenset[str] = frozenset()
    alone: frozenset[str] = frozenset()  # capitals the math writes alone (acronym.standing)
    delta_alone: bool = False  # Δ written before no name somewhere (increment.standing)
    # names the text writes primed at an argument (`\Phi'(x) = \varphi(x)`): functions
    # wherever they are applied (`x\Phi(x)` is x times Φ at x, never x·Φ·x)
    primed: set[str] = field(default_factory=set)
    # the unknowns of the differential equations the text writes (`y' = -2y`: trajectory.py)
    solved: set[str] = field(default_factory=set)
    # the stems of the indexed functions the text defines (`p_i(T) = ...`: p → "p_i"): p(2) is
    # the vector of them at T = 2, never p times 2
    function_stems: dict[str, str] = field(default_factory=dict)
    # names the text states a function up to a constant (`p(x) \propto e^{-x^2/2}`): p(1.5)
    # is p at 1.5 wherever it is written, never p times 1.5
    proportional: set[str] = field(default_factory=set)
    # ... and where the text states their derivatives (`\Phi'(x) = \varphi(x)`): Φ → [(line,
    # order, the parameters as written, the formula's text)], read again once the text's
    # functions are known (φ(x) is φ at x, not φ times x)
    primes: dict[str, list[tuple[int, int, tuple[Sym, ...], str]]] = \
        field(default_factory=dict)
    # a statistic's value stated at one argument (`\mathbb{E}[r_i] = q`): (E, (r_i,)) → [(line,
    # q)]; E stays unknown at any other argument (E[y_i] is not q)
    statistics: dict[tuple[str, tuple[Node, ...]], list[tuple[int, Node]]] = \
        field(default_factory=dict)
    # what the text says of its random variables: distributions, independence (randomness.py)
    randomness: Randomness | None = None
    here: int | None = None  # the line of the step being checked (its distributions in force)
    # a reading of the text as it stood before this line: facts stated from it on not read
    # (alternative.older_meaning: a remark about an older meaning leans on no later statement)
    facts_before: int | None = None
    # what `known` reads from each definition, kept per definition (lexicon.py)
    _lexemes: dict = field(default_factory=dict, init=False, repr=False, compare=False)

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
        valuation.bind(self, name, value, line, until, rounding, instead)

    def rebound(self, values: dict[str, sp.Expr], line: int) -> Context:
        """A copy of this context with `values` (name → value) bound from `line` on: another
        reading of a step at the numbers the text means (sequel, worded, origin)."""
        again = replace(self, bindings={k: list(v) for k, v in self.bindings.items()})
        for name, value in values.items():
            again.bind(name, value, line, None)
        return again

    def constant_vector(self, name: str, line: int) -> sp.Expr | None:
        return valuation.constant_vector(self, name, line)

    def unbind_members(self, stem: str, line: int) -> None:
        valuation.unbind_members(self, stem, line)

    def roundings(self, names: set[str], line: int) -> dict[str, float]:
        return valuation.roundings(self, names, line)

    def given_instead(self, names: set[str], line: int) -> frozenset[str]:
        return valuation.given_instead(self, names, line)

    def example_under_way(self, line: int) -> bool:
        return valuation.example_under_way(self, line)

    def bound(self, names: set[str], line: int, stale: bool = True) -> dict[str, sp.Expr]:
        return valuation.bound(self, names, line, stale)

    def stale(self, names: set[str], line: int) -> dict[str, int]:
        return valuation.stale(self, names, line)

    def at_bound_values(self, expr, line: int, stale: bool = True,
                        ranging: frozenset[str] = frozenset()):
        return valuation.at_bound_values(self, expr, line, stale, ranging)


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
        return dimension.shape_of(self, name)

    def size(self, dim: str) -> int:
        return dimension.size(self, dim)

    def is_dimension(self, name: str) -> bool:
        return dimension.is_dimension(self, name)


    @property
    def functions(self) -> frozenset[str]:
        """Names the text uses as functions: defined with parameters, primed, an indexed
        function's stem, or defined as a function's value (`φ = Φ'`: φ(0) is a call)."""
        return frozenset(d.key for d in self.definitions.values() if d.params or
                         function_valued(d.body)) | \
            frozenset(self.primed) | frozenset(self.function_stems) | \
            frozenset(self.proportional)

    @property
    def known(self) -> Names:
        """What the parser must know: function names, and the letters defined as values."""
        plain = {d.key for d in self.definitions.values()
                 if not d.params and not d.index and d.key.isalpha() and len(d.key) == 1}
        if self.bindings.get("e"):  # `$e = 10$:` (an epoch): e is a variable, not Euler's
            plain.add("e")
        if self.pi_named:  # `π = (0.5, 0.5)`: π names a vector, not the constant
            plain.add("pi")
        unary = frozenset((d.key, d.params[0].name) for d in self.definitions.values()
                          if len(d.params) == 1)
        several = frozenset((d.key, d.params) for d in self.definitions.values()
                            if len(d.params) > 1)
        defined = frozenset(d.key for d in self.definitions.values() if not d.params) | \
            self.squared_quantities()
        applied = frozenset((f, args[0]) for f, forms in self.applied.items()
                            if len(forms) == 1 for args in forms if len(args) == 1)
        return Names(self.functions, values=frozenset(plain), unary=unary, several=several,
                     plain=defined, applied=applied, scripted=frozenset(self.scripted),
                     runs=self.runs, imaginary=self.imaginary, solved=frozenset(self.solved),
                     complex_letters=self.complex_letters, kelvin=self.kelvin,
                     delta_alone=self.delta_alone, numbers=frozenset(
                         name for name, found in self.bindings.items()
                         if any(getattr(value, "is_number", False) for _, value, _ in found)),
                     surfaces=frozenset(s for d in self.definitions.values()
                                        if (s := self._lexeme(d).surface) is not None))

    def squared_quantities(self) -> frozenset[str]:
        """Function names of the vocabulary the text's definitions square as bare names (`s =
        \\log\\sigma^2`, `z = (x - \\mu)/\\sqrt{\\sigma^2 + \\epsilon}`): a standard deviation, a
        quantity, so `\\partial\\sigma/\\partial s` is not the sigmoid's derivative."""
        return frozenset(name for d in self.definitions.values()
                         for name in self._lexeme(d).squared)

    def _lexeme(self, d: Definition) -> Lexeme:
        return lexeme(self._lexemes, d)

    history: dict[str, list[Definition]] = field(default_factory=dict)

    def lookup(self, sym: Sym, as_of: int | None = None) -> Definition | None:
        return definition.lookup(self, sym, as_of)

    def get(self, key: str, as_of: int | None = None) -> Definition | None:
        return definition.get(self, key, as_of)

    def define(self, sym: Sym, body: Node, line: int, params: tuple[Sym, ...] = (),
               until: int | None = None, squares: frozenset[int] = frozenset()) -> None:
        definition.define(self, sym, body, line, params, until, squares)


    def statistic(self, name: str, args: tuple[Node, ...], line: int) -> Node | None:
        """The value the text stated for a statistic at these arguments, before `line`."""
        before = [v for at, v in self.statistics.get((name, args), ()) if at <= line]
        return before[-1] if before else None

    def stated(self, numerator: str, var: str) -> list[tuple[int, Node]]:
        """Where the text states ∂numerator/∂var, and what (before `facts_before` only)."""
        said = self.facts.get((numerator, var), [])
        cut = self.facts_before
        return said if cut is None else [(at, v) for at, v in said if at < cut]

    def fact(self, numerator: str, var: str, line: int) -> Node | None:
        """The stated value of ∂numerator/∂var nearest before line (else the first after)."""
        stated = self.stated(numerator, var)
        if not stated:
            return None
        before = [node for at, node in stated if at <= line]
        return before[-1] if before else stated[0][1]


def function_valued(body) -> bool:
    """`Φ'` as a definition's value (`φ = Φ'`): a function, written without its argument (the
    parser's placeholder `·`), never a number."""
    from checker.derive.tree import Call, Sym

    return isinstance(body, Call) and body.args == (Sym("·"),)

