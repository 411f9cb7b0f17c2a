"""Approximations in a limit: `f'(x) ≈ (f(x + h) - f(x))/h`, `\\exp(z/T) ≈ 1 + z/T` "if T is
large", `\\log σ(x) ≈ x` "for very negative x", `f(w + Δ) ≈ f(w) + f'(w)Δ + ½f''(w)Δ^2`.

A `≈` between expressions of a variable that the text names as small or large (or that a
difference quotient divides by) claims that the sides agree to leading order as that variable
tends to its limit. Both sides are expanded in it (SymPy series; for a large variable, in its
reciprocal): the claim holds when their difference is of higher order than the sides' leading
term and than every term a truncated expansion writes (`1 + z/T`: beyond 1/T). It fails only
when the limit is certain (the text names it, or the step is a difference quotient) and the
difference is of that order with a coefficient that is not zero (`f'(x) ≈ (f(x + h) -
f(x - h))/h` tends to 2f'(x)); a limit read from convention alone (ε, a stabilising constant)
may only make a step hold. Anything SymPy cannot expand stays undecided. (The prose that
names a variable small or large: tendency.py.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import sympy as sp

from checker.derive.markdown import Formula
from checker.derive.regex import Regex
from checker.derive.tendency import named, prose

ORDER = 4  # series terms looked at beyond the claimed ones
MOST_OPS = 60  # larger sides are not expanded (cost)
CONVENTIONAL = ("ε", "epsilon", "varepsilon", "ϵ")  # a stabilising constant, small by use


@dataclass(frozen=True)
class Limit:
    symbol: sp.Symbol
    shown: str  # as the text writes it
    to: str  # "0", "oo" or "-oo"
    how: str  # what names it, for the message
    certain: bool  # named by the text or the step's form, not by convention only


def limits(f: Formula, blocks: dict[int, list[str]], lv: sp.Expr, rv: sp.Expr,
           shown: Callable[[sp.Symbol], str]) -> list[Limit]:
    """The limits the step's `≈` may be meant in: variables free in the step that the prose
    around it calls small or large, or write tending somewhere (`$h \\to 0$`); the step of a
    difference quotient; ε by convention."""
    if not _plain(lv) or not _plain(rv):
        return []
    free = sorted((lv - rv).free_symbols, key=str)
    by_name = {shown(s): s for s in free}
    # f' beside f(x + h): one unknown f; and no number written rounded (`(1 + 1/n)^n ≈
    # 2.718` is about the limit's digits, which the series does not round)
    related = _families(lv) == _families(rv) and not re.search(r"\d\.\d", f.text)
    out = [Limit(by_name[name], name, to, f"the text says \"{cue}\"", related)
           for name, to, cue in named(prose(f, blocks)) if name in by_name]
    for s in free:
        if _quotient_step(lv, rv, s):
            out.append(Limit(s, shown(s), "0", "the step of a difference quotient", related))
        elif _expansion_step(lv, rv, s):
            out.append(Limit(s, shown(s), "0", "the shift of an expansion", related))
    for s in free:
        if str(s) in CONVENTIONAL or shown(s) in CONVENTIONAL:
            out.append(Limit(s, shown(s), "0", "small by convention", False))
    return out


def verdict(f: Formula, blocks: dict[int, list[str]], lv: sp.Expr, rv: sp.Expr,
            shown: Callable[[sp.Symbol], str]) -> tuple[str, str] | None:
    """The step's verdict in the limits it may be meant in: it holds in one of them, or fails
    in a certain one while holding in none; None: no limit, or not decided in any."""
    scaled = magnitude(f.text, lv, rv, shown)
    if scaled is not None:
        return scaled
    judged = [j for limit in limits(f, blocks, lv, rv, shown)
              if (j := judge(lv, rv, limit)) is not None]
    return next((j for j in judged if j[0] == "holds"), judged[0] if judged else None)


# a magnitude written as a suffix in text mode right after a number (`231.2\text{M}`,
# `73.9\,\mathrm{K}`): the multipliers it may stand for, decimal and binary
SUFFIXES = {"K": (10 ** 3, 2 ** 10), "k": (10 ** 3, 2 ** 10), "M": (10 ** 6, 2 ** 20),
            "G": (10 ** 9, 2 ** 30), "B": (10 ** 9,), "T": (10 ** 12, 2 ** 40)}
_SUFFIXED = Regex(r"(\d+(?:\.(\d+))?)\s*(?:\\[,;:! ]\s*)*\\(?:text|mathrm)\s*\{\s*([KkMGBT])"
                  r"\s*\}")


def magnitude(text: str, lv: sp.Expr, rv: sp.Expr, shown: Callable[[sp.Symbol], str]
              ) -> tuple[str, str] | None:
    """`56·56·128·64·9 ≈ 231.2\\text{M}`: a number with a magnitude suffix in text mode (a
    unit, never a variable: text mode) against a number. It holds when, for one multiplier
    the suffix may stand for (M: 10^6 or 2^20), the sides agree to the digits of the number
    before it; otherwise it stays undecided (a suffix may be meant otherwise: never a
    failure). None: no such suffix, or other names left."""
    found = _SUFFIXED.findall(text)
    if not found or len({letter for _, _, letter in found}) != 1 or \
            not _plain(lv) or not _plain(rv):
        return None
    free = sorted((lv - rv).free_symbols, key=str)
    if len(free) != 1:
        return None
    letter = found[0][2]
    symbol = free[0]
    if shown(symbol) != letter:
        return None
    half = max(0.5 * 10.0 ** -len(decimals) for _, decimals, _ in found)
    for factor in SUFFIXES[letter]:
        try:
            left, right = (float(sp.sympify(v).subs(symbol, factor)) for v in (lv, rv))
        except (TypeError, ValueError):
            return None
        if abs(left - right) <= half * factor * 1.0001:
            return "holds", (f"numeric evaluation, reading the suffix {letter} as the "
                             f"magnitude {factor:,} (to ±{half * factor:g}, the digits shown)")
    return None


def judge(lv: sp.Expr, rv: sp.Expr, limit: Limit) -> tuple[str, str] | None:
    """("holds" | "fails", how) for the sides as `limit.symbol` tends to its limit, or None
    (not expandable, or a failure from a limit that is not certain)."""
    try:
        orders = _orders_in_limit(lv, rv, limit)
    except Exception:  # noqa: BLE001 - SymPy could not expand it: undecided
        return None
    if orders is None:
        return None
    difference, kept = orders
    where = f"{limit.shown} → {_TO[limit.to]}"
    if difference == sp.oo or difference > kept:
        return "holds", (f"{IN_LIMIT} as {where} ({limit.how}): their difference is of higher "
                         "order than the terms written")
    if not limit.certain:
        return None
    size = "1" if difference == 0 else \
        f"{limit.shown}^{difference if limit.to == '0' else -difference}"
    return "fails", (f"{DIFFER} as {where} ({limit.how}): their difference is of order {size}, "
                     "no smaller than the terms the approximation keeps")


IN_LIMIT = "the sides agree to leading order"
DIFFER = "the sides differ to leading order"
_TO = {"0": "0", "oo": "∞", "-oo": "-∞"}


def decided_in_limit(method: str) -> bool:
    """A verdict reached in the limit the text states (not at sampled values): a failure stays
    one when the formula is an approximation for a limit (stance.reported)."""
    return method.startswith(DIFFER)


def _orders_in_limit(lv: sp.Expr, rv: sp.Expr, limit: Limit
                     ) -> tuple[sp.Expr, sp.Expr] | None:
    """(the order of the sides' difference, the highest order the claim keeps: the sides'
    leading order or a truncated expansion's degree), in the variable or, for a large one,
    its reciprocal."""
    if limit.to == "0":
        var, sides = limit.symbol, [sp.sympify(lv), sp.sympify(rv)]
    else:
        var = sp.Symbol("u_limit", positive=True)
        at = 1 / var if limit.to == "oo" else -1 / var
        sides = [sp.sympify(v).subs(limit.symbol, at) for v in (lv, rv)]
    # the truncated side's degree: when both sides are sums of powers, the lower one (the
    # exact side `(x + h)^2` writes its h^2, which `x^2 + 2xh` drops)
    degrees = [d for d in (_degree(side, var) for side in sides) if d is not None]
    written = [min(degrees)] if degrees else []
    try:
        lead = min(_orders(side, var, max(written, default=0) + ORDER)[0] for side in sides)
    except Exception:  # noqa: BLE001 - no power series (exp(1/u)): by limits instead
        return _by_limits(sides, var, written)
    kept = max(written + ([lead] if lead != sp.oo else []), default=sp.Integer(0))
    return _orders(sides[0] - sides[1], var, kept + ORDER)[0], kept


def _by_limits(sides: list[sp.Expr], var: sp.Symbol, written: list[sp.Expr]
               ) -> tuple[sp.Expr, sp.Expr] | None:
    """`\\log σ(x) ≈ x` as x → -∞, which has no power series: the sides' ratio tends to 1
    and their difference vanishes faster than every power they write ((oo, 0): of higher
    order), or the ratio tends to another number ((0, 0): of the sides' own order)."""
    if sides[1] == 0:
        return None
    ratio = sp.limit(sides[0] / sides[1], var, 0, "+")
    if ratio.has(sp.Limit) or not ratio.is_number:
        return None
    if ratio != 1:
        return sp.Integer(0), sp.Integer(0)
    for power in written:
        rest = sp.limit((sides[0] - sides[1]) / var ** power, var, 0, "+")
        if rest.has(sp.Limit) or not rest.is_number:
            return None
        if rest != 0:
            return power, power
    return sp.oo, sp.Integer(0)


class _NoSeries(Exception):
    pass


def _orders(expr: sp.Expr, var: sp.Symbol, n: int) -> tuple[sp.Rational, sp.Expr]:
    """The lowest power of var in expr's expansion at 0 with a coefficient that is not zero,
    and that coefficient; (oo, 0) when every term up to order n vanishes."""
    series = sp.series(expr, var, 0, n=int(n) + 1)
    terms: dict[sp.Rational, sp.Expr] = {}
    for term in sp.Add.make_args(series.removeO().doit()):
        coeff, power = term.as_coeff_exponent(var)
        if coeff.has(var) or coeff.has(sp.Subs) or coeff.has(sp.log(var)) or \
                not power.is_Rational:
            raise _NoSeries(str(term))
        terms[power] = terms.get(power, sp.Integer(0)) + coeff
    for power in sorted(terms):
        coeff = sp.simplify(terms[power])
        if coeff != 0 and coeff.is_zero is not True:
            return power, coeff
    return sp.oo, sp.Integer(0)


def _degree(expr: sp.Expr, var: sp.Symbol) -> sp.Expr | None:
    """The highest power of var a truncated expansion writes (`1 + z/T`, read in u = 1/T: 1;
    `x` read in u = -1/x: -1); None for a side that is no sum of powers of it (a difference
    quotient, `\\log σ(x)`)."""
    powers = []
    for term in sp.Add.make_args(sp.expand(expr)):
        coeff, power = term.as_coeff_exponent(var)
        if coeff.has(var) or not power.is_Rational:
            return None
        powers.append(power)
    return max(powers)


def _plain(value: object) -> bool:
    """A scalar expression small enough to expand (no matrix, no sum left unevaluated)."""
    return isinstance(value, sp.Expr) and not getattr(value, "is_Matrix", False) and \
        not value.has(sp.Sum, sp.Product, sp.Integral) and sp.count_ops(value) <= MOST_OPS


def _families(value: sp.Expr) -> frozenset:
    """The unknown functions a side uses, whatever their derivatives (f and f' are one): a
    side may only fail beside the other when both use the same ones (else the text may mean
    a relation between them that the checker does not know)."""
    return frozenset(a.signature.base for a in value.atoms(sp.Function)
                     if hasattr(a, "signature"))


def _expansion_step(lv: sp.Expr, rv: sp.Expr, s: sp.Symbol) -> bool:
    """`f(w + Δ) ≈ f(w) + f'(w)Δ + ...`: s shifts a function's argument on one side, and the
    other side is a sum of powers of s (of degree 1 or more) with s in no function."""
    for side, other in ((lv, rv), (rv, lv)):
        if not _shifts(side, s, about_a_variable=True):  # (not `\\log(1 + x)`: no limit said)
            continue
        if any(app.has(s) for app in other.atoms(sp.Function)):
            continue
        degree = _degree(other, s)
        if degree is not None and degree >= 1:
            return True
    return False


def _shifts(side: sp.Expr, s: sp.Symbol, about_a_variable: bool = False) -> bool:
    """A function applied at `a + s` (with `about_a_variable`: a is not a constant, as the
    w of `f(w + Δ)`)."""
    return any(isinstance(arg, sp.Add) and s in arg.args and
               (not about_a_variable or (arg - s).free_symbols)
               for app in side.atoms(sp.Function) for arg in app.args)


def _quotient_step(lv: sp.Expr, rv: sp.Expr, s: sp.Symbol) -> bool:
    """`(f(x + h) - f(x))/h`: s shifts a function's argument and divides the side, and the
    other side does not use it (a derivative the quotient approximates)."""
    for side, other in ((lv, rv), (rv, lv)):
        if other.has(s) or not side.has(s):
            continue
        if _shifts(side, s) and sp.denom(sp.together(side)).has(s):
            return True
    return False
