"""Expectations and variances decided exactly, under the assumptions the text states.

A step about statistics (`E[m h / p] = h E[m] / p`, `Var(a X) = a^2 Var(X)`, `Var(w x) =
Var(w) Var(x)`) is no identity of arbitrary functions: it rests on which names are random, on
their distributions and on their independence. Both sides are reduced to one canonical form, a
polynomial in the moments of the random variables (E[X], E[X^2], ...), and compared:

- the random names are those inside E/Var/Cov/Std that the step never writes outside them (a
  name outside an expectation is a number: `h E[m] / p`); E is linear in everything else;
- Var(X) = E[X^2] - E[X]^2, Cov(X, Y) = E[XY] - E[X]E[Y], Std(X) = sqrt(Var(X));
- E of a product of distinct random variables factors only if the text says they are
  independent (independent, i.i.d., 독립, 独立); a step whose sides agree with each such E[XY]
  kept whole, one joint moment (Cov(2X, 3Y) = 6 Cov(X, Y)), holds without it; otherwise the
  step stays undecided and says so;
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

What the text says about its random variables is read in randomness.py; the reduction to
moments is moment.py's; this module decides. A statistic of a dot product q·k of vectors the text
gives a dimension to is inner.py's, one of an undefined sample mean X̄ average.py's: both before
the algebra here, which would read q·k and X̄ as plain numbers.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import partial

import sympy as sp

from checker.derive import vocabulary
from checker.derive.average import sample_means
from checker.derive.errors import Undecided
from checker.derive.inner import inner_products
from checker.derive.moment import Outside, Reduction, known, reduced, statistics_in
from checker.derive.premise import instances, parameter, statements
from checker.derive.randomness import Randomness, read_randomness
from checker.derive.unknown import Applied
from checker.derive.variance import always_differ, assumed, firm

__all__ = ["decide", "read_randomness"]


def decide(left, right, randomness: Randomness | None, stems: dict[str, str],
           stated: bool = False, only_hold: bool = False
           ) -> tuple[bool | None, sp.Expr, sp.Expr, str]:
    """(True, ...) the sides agree in the algebra; (False, l, r, why) they disagree, l and r
    the reduced sides to find a counterexample on; (None, ...) outside the algebra. Raises
    Undecided when they agree only under an independence the text does not state. `stated`:
    the text states the value of some expectation (E_q[g(z)] = 0), so an unknown one may
    have a value that makes the sides agree. `only_hold`: a reading that may only make a step
    hold (statistics stated): no failure is looked for."""
    if randomness is None:
        return None, left, right, ""
    found = reduced(left, right, randomness, stems)
    if found is None or found[2].needed_independence or found[2].opaque:
        # the names the text never calls random read as constants: only ever to agree
        alone = reduced(left, right, randomness, stems, declared_only=True)
        if alone is not None and alone[2].random and not alone[2].needed_independence and \
                sp.simplify(known(alone[0] - alone[1], alone[2], randomness, False)) == 0:
            return True, alone[0], alone[1], ("expectation algebra (linearity, moments; "
                                              "the names not said to be random read as "
                                              "constants)")
    if found is None:
        return None, left, right, ""
    lhs, rhs, red = found
    zero_means = (False, True) if randomness.zero_mean or red.symmetric else (False,)
    for zero_mean in zero_means:
        diff = sp.simplify(known(lhs - rhs, red, randomness, zero_mean))
        if diff == 0:
            if red.needed_independence and _jointly(left, right, red, randomness, zero_mean):
                return True, lhs, rhs, "expectation algebra (linearity, joint moments)"
            if red.needed_independence:
                names = " and ".join(red.needed_independence[0])
                raise Undecided(f"holds if {names} are independent; the text does not say so")
            how = "expectation algebra (linearity, moments"
            how += ", independence" if red.factored else ""
            how += ", zero means" if zero_mean else ""
            return True, lhs, rhs, how + ")"
    if only_hold or red.needed_independence or red.guessed or \
            randomness.doubtful({x.name for x in red.random}) or \
            _averaged_and_fixed(left, right, randomness):
        return None, left, right, ""  # two declarations of a variable: which one is meant
    if _unknowns_left(lhs - rhs, red) and (stated or randomness.zero_mean or red.identify or
                                           not _free(red)):
        return None, left, right, ""  # E[log p(x, z)] beside E[log p(z)]: related, maybe
    if _holds_with_constants(left, right, red, randomness):
        return None, left, right, ""
    known_l = known(lhs, red, randomness, False)  # first moments stay free: solved below
    known_r = known(rhs, red, randomness, False)
    diff = sp.simplify(known_l - known_r)
    surely = firm(statistics_in(left) + statistics_in(right), red, randomness)
    if always_differ(diff, red, surely):
        return False, known_l, known_r, ("expectation algebra: the sides differ for every "
                                          "distribution (each variance positive, any means)")
    fixed = assumed(known_l, known_r, red, randomness, surely)
    if fixed is not None:
        return False, fixed[0], fixed[1], ("expectation algebra: the sides differ under the "
                                           "stated " + fixed[2])
    unknown = sorted((m for m in diff.free_symbols if m in red.moments), key=str)
    for m in unknown:  # a moment the text may state in words could make them agree
        try:
            solutions = sp.solve(diff, m)
        except (NotImplementedError, ValueError, TypeError):
            return None, left, right, ""
        if any(not _degenerate(m, s, red) for s in solutions):
            return None, left, right, ""
    return False, known_l, known_r, "expectation algebra: the sides differ for every moment"


def _jointly(left, right, red: Reduction, randomness: Randomness, zero_mean: bool) -> bool:
    """Whether the sides agree with each E[XY] of distinct variables kept as one joint moment
    (Cov(2X, 3Y) = 6 Cov(X, Y), E[X + Y] = E[X] + E[Y] beside E[XY]): they then agree whatever
    the dependence, and no independence is needed."""
    joint = replace(red, needed_independence=[], moments={}, opaque={}, factored=False,
                    halved=[], joint=True)
    try:
        diff = sp.expand(joint.reduce(left) - joint.reduce(right))
    except (Outside, TypeError, ValueError):
        return False
    return sp.simplify(known(diff, joint, randomness, zero_mean)) == 0


def _averaged_and_fixed(left, right, randomness: Randomness) -> bool:
    """Whether a name the text calls random (`\\mathbb E\\hat f = \\bar f` states its mean,
    `\\hat f \\sim ...`) stands both inside a statistic and outside one in the step, where
    it was read as a fixed number: a definition substituted (f̄ = E_D f̂(x) read as a product)
    or a convention the text does not spell out; which it is then is a guess."""
    from checker.derive.moment import outside_symbols

    inside = {s for st in statistics_in(left) + statistics_in(right) for s in st.free_symbols}
    both = inside & (outside_symbols(left) | outside_symbols(right))
    return any(randomness.said_random(s.name) or randomness.distribution(s.name) is not None
               for s in both if isinstance(s, sp.Symbol))


def _unknowns_left(diff: sp.Expr, red: Reduction) -> bool:
    """Whether expectations known only by linearity (E_q[f(z)]) stay in the difference."""
    return bool(sp.expand(diff).free_symbols & set(red.opaque))


def _free(red: Reduction) -> bool:
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


def _degenerate(moment: sp.Symbol, value: sp.Expr, red: Reduction) -> bool:
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


def _holds_with_constants(left, right, red: Reduction, randomness: Randomness) -> bool:
    """Whether the sides agree when some of the names read as random are constants: those with
    no distribution, in no sentence about independence or zero means, and never alone as a
    statistic's argument (`a`, `b` in Var(aX + b) = a²Var(X)). Which names are random is then a
    reading, and a step that holds under another one does not fail."""
    alone = {s.args[0] for s in statistics_in(left) + statistics_in(right)
             if len(s.args) == 1 and isinstance(s.args[0], sp.Symbol)}
    maybe = sorted((x for x in red.random if x not in alone and randomness.distribution(x.name) is None
                    and not randomness.said_random(x.name)), key=str)
    if len(maybe) > 3:
        return True  # too many readings to try: not decided
    for k in range(1, len(maybe) + 1):
        for constants in itertools.combinations(maybe, k):
            other = Reduction(red.random - set(constants), randomness.independent,
                              red.identify, red.stems, symmetric=red.symmetric - set(constants),
                              symmetry=red.symmetry)
            try:
                diff = sp.expand(other.reduce(left) - other.reduce(right))
            except (Outside, TypeError, ValueError):
                return True
            if any(sp.simplify(known(diff, other, randomness, zero)) == 0
                   for zero in {False, randomness.zero_mean or bool(other.symmetric)}):
                return True
    return False


def decide_here(left, right, ctx, stems: dict[str, str]) -> tuple[bool | None, sp.Expr, sp.Expr,
                                                                  str]:
    """decide() with the distributions in force on the step's line (ctx.here); the statistics
    the text states there (Var(w_i) = σ_w²) only ever make a step hold: they are valued apart
    from the step's own reading of its names, so they never make one fail."""
    randomness = ctx.randomness
    if randomness is None or ctx.here is None:
        return decide(left, right, randomness, stems, bool(ctx.statistics))
    here = randomness.at(ctx.here, partial(parameter, ctx, ctx.here))
    # a name whose statistic the text states anywhere (`\\mathbb E\\hat f = \\bar f`) is random
    stated_of = {n for (_, args) in ctx.statistics if len(args) == 1 for n in _names_of(args[0])}
    here = replace(here, named=here.named | stated_of)
    names = left.free_symbols | right.free_symbols
    readings = [instances(statements(ctx, ctx.here, bound), names) for bound in (False, True)]
    said = readings[0]
    worded = tuple((name, value) for line, names_, text in randomness.variances
                   if line <= ctx.here for name in names_
                   for value in [parameter(ctx, ctx.here, text)] if value is not None)
    # the text gives q and k a dimension: the scalar reading of q·k (one product) is not
    # the text's, and the dot product's decides, either way
    inner = inner_products(left, right, ctx, here, worded, stems, said)
    if inner is not None:
        return inner
    averaged = sample_means(left, right, ctx, here, worded)
    if averaged is not None:
        return averaged
    for stated in dict.fromkeys(readings) if said or worded else ():
        try:
            found = decide(left, right, replace(here, stated=stated, worded=worded), stems, True,
                           only_hold=True)
        except Undecided:
            found = (None, left, right, "")
        if found[0]:
            return True, found[1], found[2], found[3][:-1] + ", the statistics stated)"
    verdict = decide(left, right, replace(here, firm=worded), stems, bool(ctx.statistics))
    dotted = _dotted(left, names), _dotted(right, names)
    if not verdict[0] and dotted != (left, right):
        try:
            again = decide(*dotted, replace(here, stated=said, worded=worded), stems, True,
                           only_hold=True)
        except Undecided:
            again = (None, left, right, "")
        if again[0]:
            return True, again[1], again[2], again[3][:-1] + ", reading q·k of vectors whose " \
                "entries the step writes as their dot product)"
    return verdict


def _dotted(expr, names):
    """Each product of two plain names inside a statistic whose entries the step writes with
    the same indices (q k beside q_1 k_1, q_2 k_2, q_3 k_3: vectors) as their dot product
    q_1 k_1 + q_2 k_2 + q_3 k_3; unchanged when there is none."""
    symbols = [s for s in names if isinstance(s, sp.Symbol)]
    entries: dict[str, set[str]] = {}
    for s in symbols:
        stem, _, index = s.name.partition("_")
        if index.isdigit():
            entries.setdefault(stem, set()).add(index)

    def dot(node):
        if not isinstance(node, sp.Mul):
            return None
        plain = [f for f in node.args if isinstance(f, sp.Symbol) and
                 len(entries.get(f.name, ())) >= 2]
        if len(plain) != 2 or entries[plain[0].name] != entries[plain[1].name]:
            return None
        a, b = plain
        rest = sp.Mul(*(f for f in node.args if f not in plain))
        return rest * sp.Add(*(sp.Symbol(f"{a.name}_{i}", real=True) *
                               sp.Symbol(f"{b.name}_{i}", real=True)
                               for i in sorted(entries[a.name], key=int)))

    inside = {st: st.xreplace({n: d for n in sp.preorder_traversal(st)
                               for d in [dot(n)] if d is not None})
              for st in statistics_in(expr)}
    return expr.xreplace({k: v for k, v in inside.items() if k != v})


def _names_of(node) -> list[str]:
    """The plain name a statistic is stated of (`\\hat f` in E f̂ = f̄; none of E[m h])."""
    from checker.derive.tree import Sym

    return [node.name] if isinstance(node, Sym) else []


def wanted(left, right, randomness: Randomness | None, shown,
           stems: dict[str, str] | None = None) -> str:
    """What the text could state to have a step about statistics decided: the distributions of
    its random names (those only inside E/Var), their independence, their means; or, when the
    step holds with zero means the text does not state, that it holds then."""
    from checker.derive.moment import outside_symbols
    from checker.derive.variance import zero_means_wanted

    centred = zero_means_wanted(left, right, randomness, stems or {})
    if centred:
        written = ", ".join(shown(n) for n in centred)
        return (f"; it holds if {written} have zero mean, which the text does not say (say so: "
                "\"zero-mean\", \"mean 0\")")

    outside = outside_symbols(left) | outside_symbols(right)
    names = sorted({s.name for st in statistics_in(left) + statistics_in(right)
                    for s in st.free_symbols if isinstance(s, sp.Symbol) and s not in outside})
    if not names:
        return ""
    stems = sorted({re.sub(r"_\d+$", "", n) for n in names})  # k_1, k_2 (a sum expanded): k
    written = ", ".join(shown(n) for n in stems[:3]) + (" ..." if len(stems) > 3 else "")
    parts = []
    if randomness is None or any(randomness.distribution(n) is None for n in names):
        parts.append(f"the distribution of {written} (`\\sim`, or in words)")
    if len(names) > 1 and (randomness is None or not randomness.independent):
        parts.append("whether they are independent")
    if randomness is None or not randomness.zero_mean:
        parts.append("their means")
    return "; to decide it, the text could state " + ", ".join(parts) if parts else ""
