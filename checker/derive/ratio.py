"""Diagnoses from the ratio of a failed step's sides: a flipped sign, a range's length or a
constant dropped or added, a chain-rule factor in the text's names, a simple factor, a square.

Each signature is a pure function of the evidence (evidence.py), Evidence → message | None,
tried in the order of diagnosis.SIGNATURES; `close` compares values at the sample points for
every signature.
"""

from __future__ import annotations

import numpy as np
import sympy as sp

from checker.derive.evidence import Evidence
from checker.derive.traversal import count_nodes


def close(a, b) -> bool:
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if a.shape != b.shape:
        return False
    return bool(np.all(np.abs(a - b) <= 1e-7 * np.maximum(np.maximum(abs(a), abs(b)), 1)))


def _ratio_constant(e: Evidence) -> sp.Expr | None:
    lv, rv = np.ravel(e.lv), np.ravel(e.rv)
    usable = (np.abs(rv) > 1e-12) & (np.abs(lv) > 1e-12)  # points where a ratio means something
    if usable.sum() < 3:
        return None
    ratio = lv[usable] / rv[usable]
    if not np.allclose(ratio, ratio[0], rtol=1e-7):
        return None
    return sp.nsimplify(float(ratio[0]), rational=True, tolerance=1e-9)


def sign(e: Evidence) -> str | None:
    c = _ratio_constant(e)
    return "sign flipped: the left side is −1 × the right side" if c == -1 else None


def range_factor(e: Evidence) -> str | None:
    """A constant factor that is a range's length: 1/m dropped or added."""
    c = _ratio_constant(e)
    if c is None or c in (1, -1, 0):
        return None
    for name, size in sorted(e.sizes.items()):
        if c == size:
            return (f"an extra factor 1/{name} on the right (the left side is {name} × the "
                    f"right side; {name} is checked at {size})")
        if c == sp.Rational(1, size):
            return (f"a factor 1/{name} missing on the right (the right side is {name} × the "
                    f"left side; {name} is checked at {size})")
    return None


def constant(e: Evidence) -> str | None:
    c = _ratio_constant(e)
    if c is None or c in (1, -1, 0):
        return None
    return (f"a constant factor: the left side is {e.show(c)} × the right side (a factor "
            "dropped or added)")


def named_factor(e: Evidence) -> str | None:
    """left = right × a(1 - a) (entry by entry for matrices), a a name of the text: a
    chain-rule factor missing, or an extra one."""
    lv, rv = e.lv, e.rv
    if np.any(np.abs(rv) < 1e-12) or np.allclose(rv, np.ravel(rv)[0]):
        return None  # against a constant every expression is "a factor"
    ratio = lv / rv
    for label, values in e.factors:
        values = np.asarray(values, dtype=float)
        if values.shape != ratio.shape:
            continue
        missing = "⊙ " + label if e.matrix else label
        if close(ratio, values):
            return f"a chain-rule factor missing: left = right {'' if e.matrix else '× '}" \
                   f"{missing}"
        if np.all(np.abs(values) > 1e-12) and close(ratio, 1 / values):
            return f"an extra chain-rule factor: right = left {'' if e.matrix else '× '}{missing}"
    return None

def factor(e: Evidence) -> str | None:
    if e.matrix or count_nodes(e.left, 60) >= 60 or count_nodes(e.right, 60) >= 60 or \
            len(e.symbols) > 8:  # factoring a polynomial in many names costs seconds
        return None
    q = sp.factor(sp.cancel(e.left / e.right))
    num, den = sp.fraction(q)
    if num.is_Add and den.is_Add:
        return None  # (x_1 + … + x_4)/(x_1 + … + x_3) is a missing term, not a factor
    if sp.count_ops(q) <= 6 and not q.is_number and not q.has(sp.zoo, sp.oo, sp.nan):
        hint = ": a chain-rule factor missing or extra?" if e.derivative else ""
        return f"the sides differ by the factor {e.show(q)} (left = {e.show_factor(q)} × " \
               f"right){hint}"
    return None


def square(e: Evidence) -> str | None:
    if close(e.lv ** 2, e.rv):
        return "the right side is the square of the left side"
    if close(e.rv ** 2, e.lv):
        return "the left side is the square of the right side"
    return None
