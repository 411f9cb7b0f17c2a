"""When two statistics differ whatever the distributions: a difference of moments that keeps
one sign once each variance is positive.

A step about variances fails only when no distribution the text could still state makes its
sides agree. A difference in moments (E[X], E[X^2]) is rewritten with E[X^2] = Var(X) + E[X]^2,
each E[X] any real and each Var(X) a positive number when X is surely random to the writer
(declared, or written alone in a statistic: Var(w), E[x^2]), else any number >= 0 (b in
Var(Σ w_i x_i + b) may be a constant): `Var(Σ_{i=1}^3 x_i) = 9 Var(x)` for i.i.d. x_i leaves
-6 v_x, negative for every distribution (a factor n^2 for n). A difference that vanishes for
some means (E[X^2] against Var(X), equal when E[X] = 0) or some value of a name the step leaves
free (n, a) keeps no one sign, and the step is not failed this way.

Also read here: the moments a sentence of assumptions fixes (`$q_i, k_i$ independent with mean
$0$ and variance $1$`, `평균이 0 이고 분산이 1`): the names it speaks of have first moment 0
and second moment the variance; a step that differs from them fails. And a statistic the text
states of several moments (Var(q k) = d: E[q^2]E[k^2] - E[q]^2E[k]^2 = d) is solved for one of
them (`substituted`), only ever to make a step hold.
"""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from checker.derive.moment import Reduction, known, reduced
from checker.derive.randomness import Randomness


def always_differ(diff: sp.Expr, red: Reduction, surely: set[str]) -> bool:
    """Whether `diff`, a polynomial in the moments of `red`, keeps one sign (never 0) for every
    real mean and variance of each variable, positive for those in `surely` (surely random, see
    `firm`), possibly 0 for the others (a name read as random may be a constant to the writer:
    b in Var(Σ w_i x_i + b)); False when moments above the second, or functions' expectations
    (E[f(z)]), are left in it."""
    present = diff.free_symbols & set(red.moments)
    if diff.free_symbols & set(red.opaque) or not present:
        return False
    if any(red.moments[m][1] > 2 for m in present):
        return False
    firsts = {red.moments[m][0]: m for m in red.moments if red.moments[m][1] == 1}
    subs = {}
    for m in sorted(present, key=str):
        x, k = red.moments[m]
        if k == 2:
            mean = firsts.get(x, sp.Symbol(f"E({x.name})", real=True))
            sure = {"positive": True} if x.name in surely else {"nonnegative": True}
            subs[m] = sp.Symbol(f"Var({x.name})", **sure) + mean ** 2
    if not subs:
        return False  # first moments only: some means make them agree
    rewritten = sp.expand(diff.xreplace(subs))
    for form in (rewritten, sp.factor(rewritten)):
        if form.is_positive or form.is_negative:
            return True
    return False


def firm(statistics: list, red: Reduction, randomness: Randomness) -> set[str]:
    """The variables (as the moments name them) surely random to the writer: declared with a
    distribution, or written alone as a statistic's argument (Var(w), E[x^2], with w_i standing
    for w when the reading identifies them); their variance is positive, no constant's."""
    alone = set()
    for st in statistics:
        for arg in st.args:
            base = arg.as_base_exp()[0] if isinstance(arg, sp.Pow) else arg
            if isinstance(base, sp.Symbol) and base in red.random:
                alone.add((red.stems.get(base, base) if red.identify else base).name)
    return alone | {x.name for x, _ in red.moments.values()
                    if randomness.distribution(x.name) is not None}


def assumed(left: sp.Expr, right: sp.Expr, red: Reduction, randomness: Randomness,
            surely: set[str]) -> tuple[sp.Expr, sp.Expr, str] | None:
    """The sides (polynomials in moments) with the moments the text's sentences of assumptions
    fix put in (E[X] = 0 of a name said zero-mean; E[X^2] = its variance in words), when they
    then differ for every moment still free, or are numbers that differ; None otherwise (no such
    sentence, or the sides may still agree). The reason names what was assumed."""
    subs: dict[sp.Symbol, sp.Expr] = {}
    scales: set[sp.Symbol] = set()  # σ in a variance σ^2 stated: positive
    stems = set(red.stems.values()) if red.identify else set()  # w for the i.i.d. w_i
    for m, (x, k) in red.moments.items():
        if "@" in x.name or not randomness.centred_name(x.name, x in stems):
            continue
        if k == 1:
            subs[m] = sp.Integer(0)
        elif k == 2 and randomness.firm_variance(x.name, x in stems) is not None:
            subs[m] = randomness.firm_variance(x.name, x in stems)
            scales |= subs[m].free_symbols if _positive(subs[m]) else set()
    if not subs:
        return None
    left, right = left.xreplace(subs), right.xreplace(subs)
    diff = sp.simplify(left - right)
    if diff == 0 or diff.free_symbols & set(red.opaque):
        return None
    what = "variances and zero means" if any(red.moments[m][1] == 2 for m in subs) else \
        "zero means"
    if diff.free_symbols & set(red.moments):
        return (left, right, what) if always_differ(diff, red, surely) else None
    if diff.free_symbols - scales:  # a name left free (n, a): some value may make them agree
        return None
    signed = diff.xreplace({s: sp.Symbol(s.name, positive=True) for s in scales})
    return (left, right, what) if signed.is_positive or signed.is_negative else None


def integrated(values) -> set[str]:
    """The names these values (SymPy expressions) write only inside statistics (q in E[q^2],
    w in Var(w)): the statistic is one number whatever they are, so their values never
    matter to the step."""
    from checker.derive.moment import outside_symbols, statistics_in

    exprs = [v for v in values if isinstance(v, sp.Expr)]
    inside = {s.name for e in exprs for st in statistics_in(e) for s in st.free_symbols
              if isinstance(s, sp.Symbol)}
    return inside - {s.name for e in exprs for s in outside_symbols(e)}


def representatives(values, identical: bool) -> set[str]:
    """The names a step writes only inside statistics (Var(w) beside Var(w_1 x_1)) when the
    text says its variables are identically distributed (i.i.d.): each stands for any member
    of its family, not for the vector of them (kinship.py) nor a value they share."""
    return integrated(values) if identical else set()


def _positive(value: sp.Expr) -> bool:
    """A stated variance positive whatever its names (σ^2, 2σ^2, s^2/3): a positive number
    times even powers of names; a variance of another form (s, 1/n) keeps its names free."""
    coeff, rest = value.as_coeff_Mul()
    return coeff > 0 and all(f.as_base_exp()[1].is_even for f in sp.Mul.make_args(rest)
                             if f != 1)


def substituted(expr: sp.Expr, equation: sp.Expr, unknown: list[sp.Symbol]) -> sp.Expr:
    """expr with one of the unknown moments solved from `equation` (= 0) put in. With several
    (Var(q k) = d stated: E[q^2]E[k^2] - E[q]^2E[k]^2 = d), a moment the equation is linear in
    is solved for, the one that leaves expr fewest moments (0 if one makes it vanish): every
    choice is a consequence of the statement, so the result equals expr wherever it holds."""
    if len(unknown) == 1:
        solved = sp.solve(equation, unknown[0])
        return expr.xreplace({unknown[0]: solved[0]}) if len(solved) == 1 else expr
    best, count = expr, len(expr.free_symbols)
    equation = sp.expand(equation)
    for m in unknown[:4]:
        try:
            if sp.degree(equation, m) != 1:
                continue
        except (sp.PolynomialError, ValueError, TypeError):
            continue
        slope, rest = equation.coeff(m, 1), equation.coeff(m, 0)
        candidate = sp.cancel(expr.xreplace({m: -rest / slope}))
        if slope.is_Number:  # Var(w) = σ² with E[w] unknown: left to the zero-mean reading,
            return candidate if candidate == 0 else expr  # unless E[w] cancels (Var(3w) = 9σ²)
        if candidate == 0:
            return candidate
        if len(candidate.free_symbols) < count:
            best, count = candidate, len(candidate.free_symbols)
    return best


def zero_means_wanted(left, right, randomness: Randomness | None, stems: dict[str, str]
                      ) -> list[str]:
    """The random names whose zero means would make the step hold (Var(w x) = Var(w)Var(x) of
    independent w, x), when the text states no zero mean; [] when it does, or they would not."""
    if randomness is None or randomness.zero_mean:
        return []
    centred = replace(randomness, zero_mean=True)
    found = reduced(left, right, centred, stems)
    if found is None or found[2].needed_independence or found[2].opaque or found[2].guessed:
        return []
    lhs, rhs, red = found
    if sp.simplify(known(lhs, red, randomness, False) - known(rhs, red, randomness, False)) == 0 \
            or sp.simplify(known(lhs - rhs, red, centred, True)) != 0:
        return []
    return sorted({re.sub(r"_\d+$", "", x.name) for x, k in red.moments.values()
                   if k == 1 and "@" not in x.name})
