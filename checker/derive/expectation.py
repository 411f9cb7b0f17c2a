"""Expectations and variances decided exactly, under the assumptions the text states.

A step about statistics (`E[m h / p] = h E[m] / p`, `Var(a X) = a^2 Var(X)`, `Var(w x) =
Var(w) Var(x)`) is no identity of arbitrary functions: it rests on which names are random, on
their distributions and on their independence. Both sides are reduced to one canonical form, a
polynomial in the moments of the random variables (E[X], E[X^2], ...), and compared:

- the random names are those inside E/Var/Cov/Std that the step never writes outside them (a
  name outside an expectation is a number: `h E[m] / p`); E is linear in everything else;
- Var(X) = E[X^2] - E[X]^2, Cov(X, Y) = E[XY] - E[X]E[Y], Std(X) = sqrt(Var(X));
- E of a product of distinct random variables factors only if the text says they are
  independent (independent, i.i.d., 독립, 独立); otherwise the step stays undecided and says so;
- moments of distributions the text names (`m \\sim \\mathrm{Bernoulli}(p)`, `U(a, b)`,
  `\\mathcal{N}(\\mu, \\sigma^2)`) are substituted; "zero mean" lets first moments be 0, and
  "i.i.d." lets w_i stand for w (the same distribution).

A step holds when the forms agree; it fails only when no name read as random could be a
constant to the writer (`a`, `b` in Var(aX + b): written only inside a statistic, never alone as
its argument, with no distribution and no sentence calling it random), and every moment left is known or no value
of any one moment could make the sides agree (a moment the text states in words, say E[m] = p,
then still cannot rescue it). The expectation of what is no power of a random variable
(E_q[f(z)], E[ReLU(h)]) is one unknown number: linearity decides, and a difference left in such
numbers fails only when they are free (`_free`). Anything else outside this algebra (sums over
an index, E inside E) returns None: the caller's own reason stands.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

import sympy as sp

from checker.derive import vocabulary
from checker.derive.errors import Undecided
from checker.derive.unknown import Applied

STATISTIC_NAMES = {"E": "E", "Var": "Var", "var": "Var", "Cov": "Cov", "cov": "Cov",
                   "Std": "Std", "std": "Std"}
INDEPENDENT = re.compile(r"independen|i\.\s?i\.\s?d|\biid\b|독립|独立", re.IGNORECASE)
IDENTICAL = re.compile(r"i\.\s?i\.\s?d|\biid\b|identically distributed|same distribution|"
                       r"동일한 분포|같은 분포|同分布|相同分布", re.IGNORECASE)
ZERO_MEAN = re.compile(r"zero[- ]mean|mean (of )?(zero|0)\b|평균(이|은|을)? ?0|零均值|均值(为|是)? ?0|"
                       r"期望(为|是)? ?0", re.IGNORECASE)
_NAME = r"([A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?)"
_DIST = re.compile(_NAME + r"\s*\\sim\s*(?:\\(?:mathrm|operatorname|text|mathcal|mathbb)\s*)?\{?"
                   r"(Bernoulli|Bern|Normal|Uniform|N|U)\}?\s*\(([^()]*)\)")
_COMMAND = re.compile(r"\\(?:mathrm|operatorname|text\w*|mathbb|mathcal)\s*\{[^}]*\}|\\[A-Za-z]+")


def _wordless(math: str) -> str:
    """A formula without its commands and their word arguments (`\\mathrm{Var}`): its names."""
    return _COMMAND.sub(" ", math)


_PARAM = re.compile(r"^\s*(-?)\s*(\d+(?:\.\d+)?|[A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?)\s*$")


@dataclass(frozen=True)
class Randomness:
    """What the text says about its random variables."""

    distributions: dict[str, tuple[str, tuple[sp.Expr, ...]]] = field(default_factory=dict)
    independent: bool = False
    identical: bool = False
    zero_mean: bool = False
    named: frozenset[str] = frozenset()  # names a sentence calls independent or zero-mean


def _param(text: str) -> sp.Expr | None:
    match = _PARAM.match(text)
    if match is None:
        return None
    sign = -1 if match.group(1) else 1
    value = match.group(2).replace("{", "").replace("}", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", value):
        return sign * sp.nsimplify(value)
    return sign * sp.Symbol(value, real=True)


def read_randomness(source: str) -> Randomness:
    """Distributions named with `\\sim`, and the stated independence and zero means."""
    distributions: dict[str, tuple[str, tuple[sp.Expr, ...]]] = {}
    for name, family, params in _DIST.findall(source):
        values = [_param(p) for p in params.split(",")]
        family = {"Bern": "Bernoulli", "N": "Normal", "U": "Uniform"}.get(family, family)
        arity = 1 if family == "Bernoulli" else 2
        key = name.replace("{", "").replace("}", "")
        found: tuple[str, tuple[sp.Expr, ...]] = ("", ())  # random, moments unknown
        if len(values) == arity and all(v is not None for v in values):
            found = (family, tuple(values))  # type: ignore[arg-type]
        # declared twice, differently (two sections, two conventions): moments unknown
        distributions[key] = found if distributions.get(key, found) == found else ("", ())
    named = {name.replace("{", "").replace("}", "")
             for sentence in re.split(r"(?<=[.!?。])\s|\n\s*\n", source)
             if INDEPENDENT.search(sentence) or ZERO_MEAN.search(sentence)
             for math in re.findall(r"\$([^$]+)\$", sentence)
             for name in re.findall(_NAME, _wordless(math))}
    return Randomness(distributions, bool(INDEPENDENT.search(source)),
                      bool(IDENTICAL.search(source)), bool(ZERO_MEAN.search(source)),
                      frozenset(named))


def _moment_of(family: str, params: tuple[sp.Expr, ...], k: int) -> sp.Expr | None:
    if family == "Bernoulli":
        return params[0]
    if family == "Uniform":
        a, b = params
        return sp.simplify((b ** (k + 1) - a ** (k + 1)) / ((k + 1) * (b - a)))
    if family == "Normal" and k <= 2:
        mu, var = params  # N(μ, σ²): the second parameter is the variance
        return mu if k == 1 else var + mu ** 2
    return None


class _Outside(Exception):
    """The expression leaves the algebra."""


@dataclass
class _Reduction:
    random: set[sp.Symbol]
    independent: bool
    identify: bool  # w_i stands for w (i.i.d.)
    stems: dict[sp.Symbol, sp.Symbol]
    needed_independence: list[tuple[str, ...]] = field(default_factory=list)
    moments: dict[sp.Symbol, tuple[sp.Symbol, int]] = field(default_factory=dict)
    factored: bool = False  # E[XY] = E[X]E[Y] was used
    # E[f(z)], E_q[log q(z)]: the expectation of what is no power of a random variable, one
    # unknown number per expression (linearity only) → that expression
    opaque: dict[sp.Symbol, tuple[str, sp.Expr]] = field(default_factory=dict)

    def moment(self, x: sp.Symbol, k: int, under: str = "") -> sp.Symbol:
        if self.identify:
            x = self.stems.get(x, x)
        name = f"{under or 'E'}({x.name})" if k == 1 else f"{under or 'E'}({x.name}^{k})"
        m = sp.Symbol(name, real=True)
        # under a subscript (E_q[z]): a distribution of its own, whose moments no `z ~ ...`
        # of the text gives: the variable is tagged with it, so no declared moment applies
        self.moments[m] = (sp.Symbol(f"{x.name}@{under}", real=True) if under else x, k)
        return m

    def unknown(self, expr: sp.Expr, under: str) -> sp.Symbol:
        """E[f(z)]: a number of its own, the same wherever the expression is."""
        found = next((m for m, key in self.opaque.items() if key == (under, expr)), None)
        if found is None:
            name = f"{under or 'E'}[{expr}]"
            while sp.Symbol(name, real=True) in self.opaque:  # two expressions printed alike
                name += "'"
            found = sp.Symbol(name, real=True)
            self.opaque[found] = (under, expr)
        return found

    def expect(self, arg: sp.Expr, under: str = "") -> sp.Expr:
        expr = sp.expand(arg)
        if not expr.free_symbols & self.random:
            return expr
        total = sp.Integer(0)
        for term in sp.Add.make_args(expr):
            coeff, powers, other = sp.Integer(1), [], []
            for factor in sp.Mul.make_args(term):
                base, exp = factor.as_base_exp()
                if base in self.random and exp.is_Integer and exp > 0:
                    powers.append((base, int(exp)))
                elif factor.free_symbols & self.random:
                    other.append(factor)  # f(z), log q, z^{1/2}: known only by linearity
                else:
                    coeff *= factor
            if other:  # E[a f(z) z] = a E[f(z) z]: one unknown number, never factored
                total += coeff * self.unknown(sp.Mul(*other, *(b ** k for b, k in powers)),
                                              under)
                continue
            if self.identify and len({self.stems.get(b, b) for b, _ in powers}) < len(powers):
                raise _Outside  # w_i w_j: one distribution, two variables
            if len(powers) > 1 and not self.independent:
                self.needed_independence.append(tuple(sorted(b.name for b, _ in powers)))
            self.factored = self.factored or len(powers) > 1
            value = coeff
            for base, k in powers:
                value *= self.moment(base, k, under)
            total += value
        return total

    def reduce(self, expr: sp.Expr) -> sp.Expr:
        if isinstance(expr, Applied):
            name = expr.signature.name
            kind = STATISTIC_NAMES.get(name) or vocabulary.statistic(name)
            if kind is None or expr.signature.orders:
                raise _Outside
            args = [self.reduce_inside(a) for a in expr.args]
            if kind == "E" and len(args) == 1:  # E[X], or E_q[X] under its own distribution
                return self.expect(args[0], "" if name in STATISTIC_NAMES else name)
            if kind in ("Var", "Std") and len(args) == 1:
                var = sp.expand(self.expect(args[0] ** 2) - self.expect(args[0]) ** 2)
                return var if kind == "Var" else sp.sqrt(var)
            if kind == "Cov" and len(args) == 2:
                return sp.expand(self.expect(args[0] * args[1]) -
                                 self.expect(args[0]) * self.expect(args[1]))
            raise _Outside
        if expr.is_Atom:
            if expr in self.random:
                raise _Outside  # a random variable outside any expectation
            return expr
        if isinstance(expr, (sp.Add, sp.Mul, sp.Pow)):
            return expr.func(*(self.reduce(a) for a in expr.args))
        raise _Outside

    def reduce_inside(self, expr: sp.Expr) -> sp.Expr:
        if _statistics_in(expr) or expr.has(sp.Sum, sp.Integral, sp.Derivative, sp.Piecewise):
            raise _Outside  # E[E[X]], sums, integrals: outside the algebra
        return expr


def _statistics_in(expr) -> list[Applied]:
    return [a for a in sp.preorder_traversal(expr) if isinstance(a, Applied) and
            vocabulary.statistic(a.signature.name)]


def _outside_symbols(expr) -> set[sp.Symbol]:
    if isinstance(expr, Applied):
        return set()
    if isinstance(expr, sp.Symbol):
        return {expr}
    found: set[sp.Symbol] = set()
    for a in expr.args:
        found |= _outside_symbols(a)
    return found


def reduced(left, right, randomness: Randomness, stems: dict[str, str], declared_only: bool = False
            ) -> tuple[sp.Expr, sp.Expr, _Reduction] | None:
    """Both sides as polynomials in moments (known distributions substituted), or None when a
    side leaves the algebra."""
    if isinstance(left, sp.MatrixBase) or isinstance(right, sp.MatrixBase):
        return None
    stats = _statistics_in(left) + _statistics_in(right)
    if not stats:
        return None
    inside = set().union(*(s.free_symbols for s in stats))
    outside = _outside_symbols(left) | _outside_symbols(right)
    declared = {s for s in inside | outside if s.name in randomness.distributions}
    if declared & outside:
        return None  # a random variable beside the expectations: not a number
    random = {s for s in inside - outside if isinstance(s, sp.Symbol)}
    if declared_only:  # `h` a fixed activation beside `m ~ Bernoulli(p)`: only m is random
        random &= declared
    stem_map = {s: sp.Symbol(stems[s.name], real=True) for s in random
                if stems.get(s.name, s.name) != s.name}
    results = []
    # w_i stands for w when the text says i.i.d., or the step itself writes both w_i and w
    same = randomness.identical or bool(set(stem_map.values()) & random)
    for identify in ((False, True) if same and stem_map else (False,)):
        red = _Reduction(random, randomness.independent, identify, stem_map)
        try:
            sides = (sp.expand(red.reduce(left)), sp.expand(red.reduce(right)))
        except (_Outside, TypeError, ValueError):
            continue
        results.append((*sides, red))
    if not results:
        return None
    for lhs, rhs, red in results:  # the reading (as written, or i.i.d.) that agrees first
        if any(sp.expand(_known(lhs - rhs, red, randomness, zero)) == 0
               for zero in {False, randomness.zero_mean}):
            return lhs, rhs, red
    return results[0]


def _known(expr: sp.Expr, red: _Reduction, randomness: Randomness, zero_mean: bool) -> sp.Expr:
    subs = {}
    for m, (x, k) in red.moments.items():
        family, params = randomness.distributions.get(x.name, ("", ()))
        value = _moment_of(family, params, k) if family else None
        if value is None and zero_mean and k == 1 and "@" not in x.name:
            value = sp.Integer(0)
        if value is not None:
            subs[m] = value
    return expr.xreplace(subs) if subs else expr


def decide(left, right, randomness: Randomness | None, stems: dict[str, str],
           stated: bool = False) -> tuple[bool | None, sp.Expr, sp.Expr, str]:
    """(True, ...) the sides agree in the algebra; (False, l, r, why) they disagree, l and r
    the reduced sides to find a counterexample on; (None, ...) outside the algebra. Raises
    Undecided when they agree only under an independence the text does not state. `stated`:
    the text states the value of some expectation (E_q[g(z)] = 0), so an unknown one may
    have a value that makes the sides agree."""
    if randomness is None:
        return None, left, right, ""
    found = reduced(left, right, randomness, stems)
    if found is None or found[2].needed_independence or found[2].opaque:
        # the names the text never calls random read as constants: only ever to agree
        alone = reduced(left, right, randomness, stems, declared_only=True)
        if alone is not None and alone[2].random and not alone[2].needed_independence and \
                sp.simplify(_known(alone[0] - alone[1], alone[2], randomness, False)) == 0:
            return True, alone[0], alone[1], ("expectation algebra (linearity, moments; "
                                              "the names not said to be random read as "
                                              "constants)")
    if found is None:
        return None, left, right, ""
    lhs, rhs, red = found
    zero_means = (False, True) if randomness.zero_mean else (False,)
    for zero_mean in zero_means:
        diff = sp.simplify(_known(lhs - rhs, red, randomness, zero_mean))
        if diff == 0:
            if red.needed_independence:
                names = " and ".join(red.needed_independence[0])
                raise Undecided(f"holds if {names} are independent; the text does not say so")
            how = "expectation algebra (linearity, moments"
            how += ", independence" if red.factored else ""
            how += ", zero means" if zero_mean else ""
            return True, lhs, rhs, how + ")"
    if red.needed_independence:
        return None, left, right, ""
    if _unknowns_left(lhs - rhs, red) and (stated or randomness.zero_mean or red.identify or
                                           not _free(red)):
        return None, left, right, ""  # E[log p(x, z)] beside E[log p(z)]: related, maybe
    if _holds_with_constants(left, right, red, randomness):
        return None, left, right, ""
    known_l = _known(lhs, red, randomness, False)  # first moments stay free: solved below
    known_r = _known(rhs, red, randomness, False)
    diff = sp.simplify(known_l - known_r)
    unknown = sorted((m for m in diff.free_symbols if m in red.moments), key=str)
    for m in unknown:  # a moment the text may state in words could make them agree
        try:
            solutions = sp.solve(diff, m)
        except (NotImplementedError, ValueError, TypeError):
            return None, left, right, ""
        if any(not _degenerate(m, s, red) for s in solutions):
            return None, left, right, ""
    return False, known_l, known_r, "expectation algebra: the sides differ for every moment"


def _unknowns_left(diff: sp.Expr, red: _Reduction) -> bool:
    """Whether expectations known only by linearity (E_q[f(z)]) stay in the difference."""
    return bool(sp.expand(diff).free_symbols & set(red.opaque))


def _free(red: _Reduction) -> bool:
    """Whether the expectations known only by linearity are free numbers, none fixed by the
    others: all under one distribution, each of one power of one function the text leaves
    unknown (or of its logarithm), each function applied to one list of arguments throughout
    and never differentiated (E[z f(z)] = E[f'(z)] under a normal z). Two of them that differ
    then differ for some distribution and functions: E_q[f(z) - g(z)] = E_q[f(z)] +
    E_q[g(z)] fails, where E_{x ~ N(μ, 1)}[f(x)] = E_{ε ~ N(0, 1)}[f(μ + ε)], E[log p(x, z)]
    beside E[log p(z)], and E[f(x) g(y)] (equal to E[f(x)]E[g(y)] if x, y are independent)
    are not decided."""
    if len({under for under, _ in red.opaque.values()}) > 1:
        return False
    arguments: dict[str, tuple] = {}
    for _, expr in red.opaque.values():
        base, exp = expr.as_base_exp()
        if isinstance(base, sp.log):  # log p(x, z); never log q·z (`\log q(z)` misread)
            base = base.args[0]
        if not (exp.is_Integer and exp > 0) or not isinstance(base, Applied) or \
                base.signature.orders or vocabulary.statistic(base.signature.name):
            return False
        if arguments.setdefault(base.signature.name, base.args) != base.args:
            return False
    return not {s.name for s in red.random} & set(arguments)  # p(x, z) beside p·z


def _degenerate(moment: sp.Symbol, value: sp.Expr, red: _Reduction) -> bool:
    """A moment's value that makes its variable constant: E[X^2] = 0, or E[X] = ±sqrt(E[X^2])
    (Var(X) = 0). No text means that; a step that holds only then fails."""
    x, k = red.moments[moment]
    if k == 2:
        first = next((m for m, (y, j) in red.moments.items() if y == x and j == 1), None)
        return value == 0 or (first is not None and sp.simplify(value - first ** 2) == 0)
    if k == 1:
        square = next((m for m, (y, j) in red.moments.items() if y == x and j == 2), None)
        return square is not None and sp.simplify(square - value ** 2) == 0
    return False


def _holds_with_constants(left, right, red: _Reduction, randomness: Randomness) -> bool:
    """Whether the sides agree when some of the names read as random are constants: those with
    no distribution, in no sentence about independence or zero means, and never alone as a
    statistic's argument (`a`, `b` in Var(aX + b) = a²Var(X)). Which names are random is then a
    reading, and a step that holds under another one does not fail."""
    alone = {s.args[0] for s in _statistics_in(left) + _statistics_in(right)
             if len(s.args) == 1 and isinstance(s.args[0], sp.Symbol)}
    maybe = sorted((x for x in red.random if x not in alone and x.name not in
                    randomness.distributions and x.name not in randomness.named), key=str)
    if len(maybe) > 3:
        return True  # too many readings to try: not decided
    for k in range(1, len(maybe) + 1):
        for constants in itertools.combinations(maybe, k):
            other = _Reduction(red.random - set(constants), randomness.independent,
                               red.identify, red.stems)
            try:
                diff = sp.expand(other.reduce(left) - other.reduce(right))
            except (_Outside, TypeError, ValueError):
                return True
            if any(sp.simplify(_known(diff, other, randomness, zero)) == 0
                   for zero in {False, randomness.zero_mean}):
                return True
    return False
