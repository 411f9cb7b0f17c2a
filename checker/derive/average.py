"""The sample mean of a family the text names: `$X_1, \\dots, X_n \\sim \\mathcal{N}(\\theta,
\\sigma^2)$ 독립, $\\hat\\theta_c = c\\bar X$`, then `\\mathbb{E}[c\\bar X] - \\theta = (c - 1)\\theta`
and `\\operatorname{Var}(c\\bar X) = c^2\\sigma^2/n`.

A text that writes a family X_1, ..., X_n and then X̄ without defining it means, by the
convention of every statistics text, the family's mean (1/n) Σ X_i. With the members independent
and of one distribution (the family declared with `\\sim`, or a variance stated in words of its
members), E[c X̄ + r] = c μ + r and Var(c X̄ + r) = c² σ²/n for c and r not random. The
convention is a reading the text does not state: a step it makes hold holds; one that differs
stays undecided (the caller's reason stands), never fails.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial

import sympy as sp

from checker.derive.errors import Undecided
from checker.derive.moment import STATISTIC_NAMES, statistics_in
from checker.derive.premise import parameter
from checker.derive.randomness import Randomness, in_words, moment_of
from checker.derive.regex import Regex

# X_1, \dots, X_n (\ldots, \cdots, …, ...): the family's stem and its count's letter
_FAMILY = Regex(r"(?<![A-Za-z\\])([A-Za-z])_\{?1\}?\s*,\s*(?:\\[lc]?dots|…|\.\.\.)\s*,\s*"
                r"\1_\{?([A-Za-z])\}?")


@dataclass(frozen=True)
class Family:
    """A family the text writes as X_1, ..., X_n: its stem and count, from a line on."""

    line: int
    stem: str
    count: str


def read_families(source: str) -> tuple[Family, ...]:
    """The families the text writes with a first and a last member."""
    return tuple(Family(source.count("\n", 0, m.start()) + 1, m.group(1), m.group(2))
                 for m in _FAMILY.finditer(source))


def sample_means(left, right, ctx, here: Randomness, worded
                 ) -> tuple[bool, sp.Expr, sp.Expr, str] | None:
    """The step with its statistics of an undefined mean X̄ of a family X_1, ..., X_n valued:
    (True, ...) when the sides agree; None when the step has no such statistic.
    A convention read only ever makes a step hold: sides that differ raise Undecided."""
    variance_of = partial(in_words, worded)
    names = {s.name for s in left.free_symbols | right.free_symbols if isinstance(s, sp.Symbol)}
    found = valued(left, right, here, ctx.here, here.families,
                   partial(parameter, ctx, ctx.here), variance_of,
                   ctx.bound(names | {f.count for f in here.families}, ctx.here))
    if found is None:
        return None
    if sp.simplify(found[0] - found[1]) != 0:
        x, n = found[2].stem, found[2].count
        raise Undecided(f"with {ctx.shown(f'bar({x})')} read as the mean of {x}_1, ..., {x}_{n} "
                        "(the usual convention; the text does not define it) the sides differ: "
                        f"define it (`\\bar {x} = \\frac{{1}}{{{n}}}\\sum_i {x}_i`) to have "
                        "the step decided")
    return True, found[0], found[1], ("expectation algebra (X̄ read as the mean of the "
                                      "independent members of its family, their distribution "
                                      "stated)")


def valued(left, right, randomness: Randomness, here: int, families: tuple[Family, ...],
           parameter, variance_of, bound: dict[str, sp.Expr]
           ) -> tuple[sp.Expr, sp.Expr, Family] | None:
    """The sides with each statistic of an undefined mean X̄ of a family replaced by its value,
    and the (last) family read; None when the step has none, or something random is left. `parameter(text)`: a
    distribution's parameter valued at the step; `variance_of(name)`: a variance stated in
    words of that name; `bound`: the example's values."""
    symbols = {s.name: s for s in left.free_symbols | right.free_symbols
               if isinstance(s, sp.Symbol)}
    replaced, used = {}, None
    for st in statistics_in(left) + statistics_in(right):
        kind = STATISTIC_NAMES.get(st.signature.name)
        if kind not in ("E", "Var", "Std") or len(st.args) != 1:
            continue
        for family in (f for f in families if f.line <= here):
            mean = symbols.get(f"bar({family.stem})")
            if mean is None or not st.args[0].has(mean):
                continue
            linear = _linear(st.args[0], mean, randomness)
            moments = _moments(family, randomness, parameter, variance_of)
            if linear is None or moments is None or not randomness.independent:
                return None
            c, r = linear
            mu, variance = moments
            count = bound.get(family.count, symbols.get(family.count,
                                                        sp.Symbol(family.count, real=True)))
            spread = c ** 2 * variance / count
            replaced[st] = {"E": c * mu + r, "Var": spread, "Std": sp.sqrt(spread)}[kind]
            used = family
            break
    if not replaced:
        return None
    lv, rv = left.xreplace(replaced), right.xreplace(replaced)
    return None if statistics_in(lv) + statistics_in(rv) else (lv, rv, used)


def _linear(arg: sp.Expr, mean: sp.Symbol, randomness: Randomness
            ) -> tuple[sp.Expr, sp.Expr] | None:
    """(c, r) with arg = c X̄ + r, c and r with no distribution and no mean of a family;
    None otherwise. (A name a sentence about independence mentions, `\\hat\\theta_c = c\\bar X`
    beside "independent", is still read as a constant: the reading only makes steps hold.)"""
    expanded = sp.expand(arg)
    if sp.diff(expanded, mean, 2) != 0:
        return None
    c, r = sp.diff(expanded, mean), expanded.subs(mean, 0)
    names = {s.name for s in c.free_symbols | r.free_symbols if isinstance(s, sp.Symbol)}
    if any(randomness.distribution(n) is not None or n.startswith("bar(") for n in names) or statistics_in(c) + statistics_in(r):
        return None
    return c, r


def _moments(family: Family, randomness: Randomness, parameter, variance_of
             ) -> tuple[sp.Expr, sp.Expr] | None:
    """The members' mean and variance: from the family's declaration (`\\sim`), else the
    variance stated in words (mean 0 if said, else unknown); None when no variance is
    stated, or two declarations differ."""
    member = re.compile(re.escape(family.stem) + r"(?:_\{?[A-Za-z0-9]+\}?)?$")
    declared = {(d.family, d.params) for d in randomness.declarations if member.match(d.name)}
    if len(declared) > 1:
        return None
    if declared:
        kind, texts = declared.pop()
        params = tuple(parameter(t) for t in texts)
        if not kind or any(p is None for p in params):
            return None
        first, second = moment_of(kind, params, 1), moment_of(kind, params, 2)
        if first is None or second is None:
            return None
        return first, sp.simplify(second - first ** 2)
    variances = {v for n in (family.stem, f"{family.stem}_i", f"{family.stem}_1",
                             f"{family.stem}_{family.count}") for v in [variance_of(n)]
                 if v is not None}
    if len(variances) != 1:
        return None
    centred = any(n in randomness.centred for n in (family.stem, f"{family.stem}_i"))
    return (sp.Integer(0) if centred else sp.Symbol(f"mu_{family.stem}")), variances.pop()
