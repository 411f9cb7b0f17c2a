"""A statistic reduced to a polynomial in the moments of its random variables (E[X], E[X^2],
...): E is linear, Var(X) = E[X^2] - E[X]^2, Cov(X, Y) = E[XY] - E[X]E[Y], Std(X) =
sqrt(Var(X)); E of a product of distinct random variables factors (recorded as needing their
independence when the text does not state it), or, read `joint`, stays one joint moment;
E[f(z)] of what is no power of a random variable is one unknown number. What leaves this algebra raises Outside."""

from __future__ import annotations

from dataclasses import dataclass, field

import sympy as sp

from checker.derive import vocabulary
from checker.derive.randomness import Randomness, moment_of
from checker.derive.unknown import Applied

STATISTIC_NAMES = {"E": "E", "Var": "Var", "var": "Var", "Cov": "Cov", "cov": "Cov",
                   "Std": "Std", "std": "Std"}


class Outside(Exception):
    """The expression leaves the algebra."""


@dataclass
class Reduction:
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
    # symmetric about zero (randomness.symmetric), and whether the text says so of some name:
    # E[ReLU(h)^2 c] = E[h^2 c]/2 (`halved`: the arguments so read; `guessed`: one of them is no
    # name said symmetric, an expression a definition put there, so it may only make a step hold)
    symmetric: frozenset[sp.Symbol] = frozenset()
    symmetry: bool = False
    halved: list[sp.Expr] = field(default_factory=list)
    guessed: bool = False
    # E[XY] of distinct variables kept whole, one unknown number (a joint moment), never
    # factored: a step that holds so (Cov(2X, 3Y) = 6 Cov(X, Y)) needs no independence
    joint: bool = False

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
            term = self._halved(term)
            if term.is_Add:  # ReLU(w x)^2 read as (w x)^2 / 2: its terms again
                total += self.expect(term, under)
                continue
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
            if self.identify and not self.independent and \
                    len({self.stems.get(b, b) for b, _ in powers}) < len(powers):
                raise Outside  # w_i w_j: one distribution, two variables (independent copies:
                # E[w_1 w_2] = E[w]^2)
            if len(powers) > 1 and not self.independent and self.joint:
                total += coeff * self.unknown(sp.Mul(*(b ** k for b, k in powers)), under)
                continue
            if len(powers) > 1 and not self.independent:
                self.needed_independence.append(tuple(sorted(b.name for b, _ in powers)))
            self.factored = self.factored or len(powers) > 1
            value = coeff
            for base, k in powers:
                value *= self.moment(base, k, under)
            total += value
        return total

    def _halved(self, term: sp.Expr) -> sp.Expr:
        """A term with ReLU(h)^{2k} (max(0, h)^{2k}) of an h symmetric about zero, sharing no
        random name with the term's other factors: h^{2k}/2 in its place (each sign is as
        likely, and ReLU keeps the positive one: E[ReLU(h)^{2k} c] = E[h^{2k} c]/2 when c is
        independent of h). Unchanged when the text says nothing symmetric."""
        if not self.symmetry:
            return term
        factors = list(sp.Mul.make_args(term))
        for k, factor in enumerate(factors):
            base, exp = factor.as_base_exp()
            if not (isinstance(base, sp.Max) and len(base.args) == 2 and 0 in base.args and
                    exp.is_Integer and exp > 0 and exp % 2 == 0):
                continue
            inner = next(a for a in base.args if a != 0)
            names = inner.free_symbols & self.random
            rest = sp.Mul(*(factors[:k] + factors[k + 1:]))
            if not names or rest.free_symbols & names:
                continue
            self.halved.append(inner)
            self.guessed = self.guessed or inner not in self.symmetric
            return sp.expand(rest * inner ** exp / 2)
        return term

    def reduce(self, expr: sp.Expr) -> sp.Expr:
        if isinstance(expr, Applied):
            name = expr.signature.name
            kind = STATISTIC_NAMES.get(name) or vocabulary.statistic(name)
            if kind is None or expr.signature.orders:
                raise Outside
            args = [self.reduce_inside(a) for a in expr.args]
            if kind == "E" and len(args) == 1:  # E[X], or E_q[X] under its own distribution
                return self.expect(args[0], "" if name in STATISTIC_NAMES else name)
            if kind in ("Var", "Std") and len(args) == 1:
                var = sp.expand(self.expect(args[0] ** 2) - self.expect(args[0]) ** 2)
                return var if kind == "Var" else sp.sqrt(var)
            if kind == "Cov" and len(args) == 2:
                return sp.expand(self.expect(args[0] * args[1]) -
                                 self.expect(args[0]) * self.expect(args[1]))
            raise Outside
        if expr.is_Atom:
            if expr in self.random:
                raise Outside  # a random variable outside any expectation
            return expr
        if isinstance(expr, (sp.Add, sp.Mul, sp.Pow)):
            return expr.func(*(self.reduce(a) for a in expr.args))
        raise Outside

    def reduce_inside(self, expr: sp.Expr) -> sp.Expr:
        if expr.has(sp.Sum, sp.Integral, sp.Derivative, sp.Piecewise):
            raise Outside  # sums, integrals: outside the algebra
        inner = {s: self.reduce(s) for s in statistics_in(expr) if s is not expr}
        # E[m h / E[m]]: a statistic inside another is a number (E[X/E[X]] = 1)
        return expr.xreplace(inner) if inner else expr


def statistics_in(expr) -> list[Applied]:
    return [a for a in sp.preorder_traversal(expr) if isinstance(a, Applied) and
            vocabulary.statistic(a.signature.name)]


def outside_symbols(expr) -> set[sp.Symbol]:
    if isinstance(expr, Applied):
        return set()
    if isinstance(expr, sp.Symbol):
        return {expr}
    found: set[sp.Symbol] = set()
    for a in expr.args:
        found |= outside_symbols(a)
    return found


def reduced(left, right, randomness: Randomness, stems: dict[str, str], declared_only: bool = False
            ) -> tuple[sp.Expr, sp.Expr, Reduction] | None:
    """Both sides as polynomials in moments (known distributions substituted), or None when a
    side leaves the algebra."""
    if isinstance(left, sp.MatrixBase) or isinstance(right, sp.MatrixBase):
        return None
    stats = statistics_in(left) + statistics_in(right)
    if not stats:
        return None
    inside = set().union(*(s.free_symbols for s in stats))
    outside = outside_symbols(left) | outside_symbols(right)
    declared = {s for s in inside | outside if randomness.distribution(s.name) is not None}
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
        red = Reduction(random, randomness.independent, identify, stem_map,
                        symmetric=frozenset(s for s in random if s.name in randomness.symmetric),
                        symmetry=randomness.symmetry)
        try:
            sides = (sp.expand(red.reduce(left)), sp.expand(red.reduce(right)))
        except (Outside, TypeError, ValueError):
            continue
        results.append((*sides, red))
    if not results:
        return None
    for lhs, rhs, red in results:  # the reading (as written, or i.i.d.) that agrees first
        if any(sp.expand(known(lhs - rhs, red, randomness, zero)) == 0
               for zero in {False, randomness.zero_mean or bool(red.symmetric)}):
            return lhs, rhs, red
    # none agrees: the text's i.i.d., said of each family (`the $w_i$ are i.i.d.`), makes w_i
    # stand for w, the reading a failure is read in
    said = randomness.identical and all(randomness.said_random(s.name) for s in stem_map)
    return results[-1] if said else results[0]


def known(expr: sp.Expr, red: Reduction, randomness: Randomness, zero_mean: bool) -> sp.Expr:
    subs = {}
    worded = {m: (x, randomness.variance(x.name)) for m, (x, k) in list(red.moments.items())
              if k == 2 and "@" not in x.name and randomness.worded and
              randomness.distribution(x.name) is None}
    worded = {m: (red.moment(x, 1), v) for m, (x, v) in worded.items() if v is not None}
    for m, (x, k) in red.moments.items():
        family, params = randomness.distribution(x.name) or _under_law(x, red, randomness)
        value = moment_of(family, params, k) if family else None
        # a name said symmetric whose ReLU the step halves has zero mean: that is the reading
        halved = x in red.symmetric and x in red.halved
        if value is None and k == 1 and "@" not in x.name and \
                (halved or zero_mean and randomness.zero_mean):
            value = sp.Integer(0)
        if value is not None:
            subs[m] = value
    for m, (first, variance) in worded.items():  # E[q^2] = Var(q) + E[q]^2, Var(q) in words
        subs[m] = variance + subs.get(first, first) ** 2
    expr = expr.xreplace(subs) if subs else expr
    for kind, arg, value in randomness.stated * 2:  # Var(w_i) = σ_w²: one moment solved for
        # (twice: E[ε] = 0 stated after Var(ε) = σ² still leaves E[ε²] = σ²)
        expr = _stated(expr, red, kind, arg, value, subs, zero_mean and randomness.zero_mean)
    return expr


def _under_law(x: sp.Symbol, red: Reduction, randomness: Randomness
               ) -> tuple[str, tuple[sp.Expr, ...]]:
    """The distribution of a variable under a named law (x in E_p[(x - μ_2)^2], p =
    N(μ_1, σ_1^2)) when it is the only variable that expectation is of; ("", ()) otherwise."""
    under = x.name.partition("@")[2]
    law = randomness.law(under) if under else None
    if law is None or {y.name for y, _ in red.moments.values()
                       if y.name.endswith("@" + under)} != {x.name}:
        return "", ()
    return law


def _stated(expr: sp.Expr, red: Reduction, kind: str, arg: sp.Expr, value: sp.Expr,
            subs: dict, zero_mean: bool = False) -> sp.Expr:
    """expr with the moment a stated statistic fixes (E[w^2] from Var(w) = σ² and E[w] = 0)
    replaced, when the statement leaves exactly one of expr's moments unknown; `zero_mean`:
    the first moments the statement brings in are 0 as well (the text says zero mean)."""
    other = Reduction(red.random | {s for s in arg.free_symbols if isinstance(s, sp.Symbol)},
                      red.independent, red.identify, {**red.stems, **{
                          s: sp.Symbol(s.name.split("_")[0], real=True)
                          for s in arg.free_symbols if "_" in s.name and s not in red.stems}})
    try:
        first = other.expect(arg)
        form = first if kind == "E" else sp.expand(other.expect(arg ** 2) - first ** 2)
        subject = set(other.moments)  # the moments of what the statement is about
        inside = statistics_in(value)
        if inside:  # E[x^2] = ½Var(y): the value's own statistics in moments, as knowns
            other.random |= {s for a in inside for s in a.free_symbols
                             if isinstance(s, sp.Symbol)}
            value = other.reduce(value)
    except (Outside, TypeError, ValueError):
        return expr
    if zero_mean:
        subs = {**{m: sp.Integer(0) for m, (x, k) in other.moments.items()
                   if k == 1 and "@" not in x.name}, **subs}
    equation = sp.expand(form.xreplace(subs) - sp.expand(value).xreplace(subs))
    unknown = sorted((m for m in equation.free_symbols if m in other.moments and m in subject
                      and m in expr.free_symbols), key=str)
    if not unknown or other.opaque:
        return expr
    from checker.derive.variance import substituted

    return substituted(expr, equation, unknown)
