"""How large an exact power of numbers grows: `0.999^{1000}`, `1.8 \\times 10^{308}`,
`2^{-300}` are evaluated exactly, a rational raised to a rational; `2^{10^{6}}` or `10^{10^{9}}`
would take the checker's whole time (and memory) to write out.

The size of the exact value is known before computing it: a rational p/q raised to the power
r has about |r| · (log₂ p + log₂ q) bits. A power whose value fits in `LIMIT_BITS` is
computed (the step is then checked like any arithmetic); a larger one, or a power whose base
is not a rational (π^{1000}, whose cost this rule does not bound), stays undecided.
"""

from __future__ import annotations

import math

import sympy as sp

LIMIT_BITS = 1 << 16  # 65536 bits, about 20000 digits: 0.999^{1000} needs about 20000 bits


def exact_bits(base: sp.Expr, exponent: sp.Expr) -> int | None:
    """The bits of base^exponent written exactly, for a rational base and a rational exponent;
    None for any other base or exponent (its size is not bounded here)."""
    if not (isinstance(base, sp.Rational) and isinstance(exponent, sp.Rational)):
        return None
    p, q = (int(n) for n in sp.fraction(abs(base)))
    if p == 0:
        return 1
    return int(abs(exponent) * (math.log2(p) + math.log2(q))) + 1


def too_large(base: sp.Expr, exponent: sp.Expr) -> bool:
    """A power of numbers whose exact value the checker should not compute: an exponent above
    200 whose exact value would exceed `LIMIT_BITS`, or of a base of unbounded cost."""
    if bool(abs(exponent) <= 200):  # (no float: 2^{10^{400}} has an exponent past float64)
        return False
    bits = exact_bits(base, exponent)
    return bits is None or bits > LIMIT_BITS


def beyond_float(left: sp.Expr, right: sp.Expr, rtol: float,
                 atol: float) -> tuple[bool, str, float, float] | None:
    """Two sides without variables that float64 cannot hold (`1.8 \\times 10^{308}`,
    `e^{1000}`, `\\ln(e^{998} + e^{1000})`: past 1.8e308, or under it by cancelling such
    terms) compared in 30-digit arithmetic, whose exponents have no bound: (agree, how, the two
    values as floats, ±inf past float64), or None when that gives no finite real number on a
    side, or the digits shown allow an error
    float64 could not size (`atol` not finite: the rounding of 10^{308} moves it past 1e308)."""
    if not math.isfinite(atol):
        return None
    try:
        values = [sp.N(side, 30) for side in (left, right)]
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    if not all(isinstance(v, sp.Float) for v in values):  # complex, infinite, undefined
        return None
    lval, rval = values
    scale = max(abs(lval), abs(rval), sp.Float(1))
    agree = bool(abs(lval - rval) <= rtol * scale + atol)
    how = "numeric evaluation in 30-digit arithmetic (past float64's range)"
    return agree, how + (f" (to ±{atol:.3g}, the digits shown)" if atol and agree else ""), \
        float(lval), float(rval)


def entries_beyond_float(left: sp.MatrixBase, right: sp.MatrixBase, rtol: float,
                         atol: float) -> tuple[bool, str, float, float] | None:
    """`softmax(1000, 999) ≈ (0.7311, 0.2689)`: two matrices of numbers float64 cannot
    compute, entry by entry in 30-digit arithmetic (beyond_float): (agree, how, and the first
    differing entry's two values, or the first entry's), or None when an entry gives none."""
    if left.shape != right.shape:
        return None
    found = [beyond_float(a, b, rtol, atol) for a, b in zip(left, right)]
    if not found or any(f is None for f in found):
        return None
    differing = next((f for f in found if not f[0]), None)  # type: ignore[index]
    first = differing or found[0]
    return differing is None, first[1] + ", entry by entry", first[2], first[3]  # type: ignore

