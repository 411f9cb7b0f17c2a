"""Diagnoses that say what is left of a failed step: left − right when it is short (a term
dropped or added), and two numbers' difference as a decimal or a complement (1 − x); and
whether such a difference names no slip at all (`no_slip`).

Each signature is a pure function of the evidence (evidence.py), Evidence → message | None,
tried in the order of diagnosis.SIGNATURES.
"""

from __future__ import annotations

import math

import numpy as np
import sympy as sp

from checker.derive.evidence import Evidence
from checker.derive.regex import Regex
from checker.derive.traversal import count_nodes


def short_difference(e: Evidence) -> str | None:
    """A one-term difference says more than any ratio: a term dropped or added."""
    if e.matrix or count_nodes(e.left - e.right, 80) >= 80:
        return None
    d = sp.expand(e.left - e.right)
    if _opaque_number(d):
        return None
    if len(sp.Add.make_args(d)) == 1 and sp.count_ops(d) <= 4:
        return f"left − right = {e.show(d)}"
    return None


def arithmetic(e: Evidence) -> str | None:
    """Two numbers: a complement (0.3487 written for 1 - 0.9^10 = 0.6513: 0.3487 is 1 minus
    the value), or a difference of decimals as a decimal (not 3026215599/10000000000)."""
    if e.matrix or e.symbols:
        return None
    left, right = complex(sp.N(e.left)), complex(sp.N(e.right))
    if left.imag or right.imag or not all(np.isfinite([left.real, right.real])):
        return None
    value, written = left.real, right.real
    if abs(value + written - 1) < 1e-3 and abs(value - written) > 1e-3:
        return (f"the value is {value:.4g}; {written:.4g} is 1 − {value:.4g}: the complement "
                "(1 − x) taken or left out")
    d = sp.expand(e.left - e.right)
    if not d.is_Rational or d.is_Integer:
        return None  # σ(2) - 0.95: the counterexample's two values say it
    if set(sp.factorint(d.q)) <= {2, 5}:  # a decimal, exactly: -0.008, not -1/125
        return f"left − right = {float(d):.10g}"
    return f"left − right = {float(d):.4g}" if d.q > 1000 else None  # 13/30 as it is


def _opaque_number(d) -> bool:
    """`σ(2) ≈ 0.95`: the difference of two numbers written as `-19/20 + 1/(exp(-2) + 1)` says
    nothing the counterexample's two values do not (a plain fraction such as -1/2 does)."""
    return isinstance(d, sp.Basic) and not d.free_symbols and not d.is_Rational


def difference(e: Evidence) -> str | None:
    if e.matrix or count_nodes(e.left - e.right, 80) >= 80:
        return None
    d = sp.expand(e.left - e.right)
    if sp.count_ops(d) > 8:
        d = sp.cancel(d)
    if _opaque_number(d):
        return None
    return f"left − right = {e.show(d)}" if sp.count_ops(d) <= 8 else None



_APART = Regex(r"left − right = -?[\d.]+(e[+-]\d+)?$|left − right = -?\d+/\d+$")
_SLIPS = (2.0, 10.0, 100.0, 1000.0)  # factors a restatement's usual slips put between sides


def no_slip(found: str | None, lv, rv) -> bool:
    """A diagnosis that names no slip: none, or only how far apart two numbers are
    (`left − right = 0.012`, `= 1/3`: sides read at a worked example's values) when they are
    no usual slip apart either: not each other's negatives, nor a factor of 2 or a power of
    10 apart (`J = 2ma^2` after `J = ma^2`, at m = 2: 1 against 0.5, a slip)."""
    if found is None:
        return True
    if not _APART.match(found):
        return False
    try:
        ratio = complex(sp.N(lv)) / complex(sp.N(rv))
    except (TypeError, ZeroDivisionError):
        return False
    return ratio.real > 0 and not any(math.isclose(r, abs(ratio), rel_tol=1e-6)
                                      for f in _SLIPS for r in (f, 1 / f))
