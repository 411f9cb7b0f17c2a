"""The meanings, in SymPy, of function words SymPy has no name for: the sigmoid, the normal
CDF Φ, ReLU, and round() (with its array version for numeric checks). vocabulary.py gives
them their spellings.
"""

from __future__ import annotations

import math

import numpy as np
import sympy as sp


def sigmoid(x: sp.Expr) -> sp.Expr:
    return 1 / (1 + sp.exp(-x))


def normal_cdf(x: sp.Expr) -> sp.Expr:
    return (1 + sp.erf(x / sp.sqrt(2))) / 2


def relu(x: sp.Expr) -> sp.Expr:
    return sp.Max(0, x)


class Parity(sp.Function):
    """The exclusive or of bits, `1 \\oplus 0 \\oplus 1` (glyph reads a run of bits so): 1 when an
    odd number of them is 1. Of anything but bits (0 or 1) it has no value here: it stays
    unevaluated, and a step on it is not decided."""

    @classmethod
    def eval(cls, *bits):  # SymPy's hook
        if bits and all(b in (sp.Integer(0), sp.Integer(1)) for b in bits):
            return sp.Integer(sum(int(b) for b in bits) % 2)
        return None


class Round(sp.Function):
    """round(x), the nearest integer, of a number: `round(63.75) = 64`, `round(-63.75) = -64`.
    A tie (`round(2.5)`: up, to even, away from zero?) has no one convention, and an argument
    that is not a number no value: both stay unevaluated, so a step on them is not decided."""

    @classmethod
    def eval(cls, x):  # SymPy's hook
        if not (isinstance(x, sp.Basic) and x.is_number and x.is_real):
            return None
        try:
            value = float(x)
        except (TypeError, ValueError):
            return None
        if not math.isfinite(value) or abs(value - math.floor(value) - 0.5) < 1e-9:
            return None
        return sp.Integer(math.floor(value + 0.5))


def round_half_unset(a):
    """Round on arrays, NaN at halves (see Round)."""
    a = np.asarray(a, dtype=float)
    return np.where(np.isclose(a - np.floor(a), 0.5), np.nan, np.floor(a + 0.5))
