"""Sides that are a fixed multiple of each other: no condition on where a step is claimed can
make it hold.

A step stated under a condition in words ("For the mean,", "当 … 时", "데이터가 m개일 때") is
claimed only where the condition holds, which this checker cannot read; a step that differs as
read may hold there. Not when its sides are a fixed multiple of each other at every point it
was compared at (left = c × right, c a number other than 1: a flipped sign, a factor 2 or
1/2 dropped): then they agree only where both are 0, wherever the condition puts the step, so
the step fails under every reading of the condition. Sides of numbers only (a number against
a number is always some multiple) and a right side that vanishes are no evidence.

A condition that changes what a name means by a constant factor (a loss in bits, with or
without its 1/2, maximised instead of minimised) is not a place but another definition, and
one that may put the step where both sides vanish (at the optimum, where the gradient is 0)
makes it hold there: the words that say so (`phrase.CONVENTION`, `phrase.AT_A_ZERO`) keep
the step undecided.
"""

from __future__ import annotations

import re

import numpy as np
import sympy as sp

from checker.derive import phrase
from checker.derive.equivalence import Comparison
from checker.derive.tree import Sym, walk

# at least this many points, each with both sides away from 0, must show the same ratio
_POINTS = 4
_RTOL = 1e-7


def multiple(cmp: Comparison) -> float | None:
    """c when the compared sides satisfy left = c × right at every sample point where either
    is away from 0 (c a number other than 0 and 1, the right side not 0 at those points), from
    the comparison's samples; None otherwise (no samples: numbers against numbers)."""
    if cmp.samples is None or not cmp.samples[2]:
        return None  # (no variable was sampled: the sides are numbers)
    lv = np.asarray(cmp.samples[0], dtype=float)
    rv = np.asarray(cmp.samples[1], dtype=float)
    if lv.shape != rv.shape or not np.all(np.isfinite(lv)) or not np.all(np.isfinite(rv)) or \
            not np.any(np.ptp(rv.reshape(len(rv), -1), axis=0) > 1e-9):
        return None  # (a right side the same at every point: numbers, whatever was sampled)
    lv, rv = lv.ravel(), rv.ravel()
    scale = np.maximum(np.maximum(np.abs(lv), np.abs(rv)), 1e-300)
    live = scale > 1e-9
    if np.any(live & (np.abs(rv) <= 1e-12 * scale)) or live.sum() < _POINTS:
        return None  # the right side is 0 where the left is not: no fixed multiple
    ratio = lv[live] / rv[live]
    c = float(np.median(ratio))
    if not np.allclose(ratio, c, rtol=_RTOL, atol=0.0) or abs(c) < 1e-9 or \
            abs(c - 1.0) <= 1e-6:
        return None
    return c


def fixed(raw: tuple) -> bool:
    """The written sides (before any bound value, `raw`) are a number times each other whatever
    their names stand for: their ratio, cancelled, has no name left. A ratio that still
    depends on a name (`g/(1 - β^t)` against `2g`; `1/m Σ g_i` against `1/8 Σ g_i`) may be
    the condition's doing (the first step, a batch of eight), never a slip shown."""
    if len(raw) != 2 or any(isinstance(v, sp.MatrixBase) for v in raw):
        return False
    try:
        ratio = sp.cancel(sp.together(sp.sympify(raw[0]) / sp.sympify(raw[1])))
        return not ratio.free_symbols and ratio.is_number and bool(ratio != 0)
    except Exception:  # noqa: BLE001 (a ratio SymPy cannot form: no evidence)
        return False


def fixed_by_reading(ctx, line: int, sides: tuple, raw: tuple) -> bool:
    """A plain name written in the step, neither defined nor bound, that the reading replaced
    (`m` in `1/m Σ_i g_i`, taken as the sum's length): the reading fixed what the words may
    set otherwise."""
    kept = {str(x) for v in raw for x in getattr(v, "free_symbols", ())}
    return any(isinstance(n, Sym) and re.fullmatch(r"[A-Za-z]", n.name) and n.name not in kept
               and ctx.lookup(n, line) is None for side in sides for n in walk(side))


def convention_in(sentence: str) -> bool:
    """The sentence says the condition changes a convention (a unit, a factor, a sign) rather
    than where the step is claimed, or may place the step where its sides vanish (at the
    optimum, where the gradient is zero)."""
    words = sentence.lower()
    return any(cue in words for cue in phrase.CONVENTION + phrase.AT_A_ZERO)


def said(c: float) -> str:
    """The words a diagnosis adds: why the condition cannot matter."""
    shown = "−1" if abs(c + 1.0) < 1e-9 else f"{c:.6g}"
    return (f"the sides are a fixed multiple of each other ({shown}) at every point checked, so "
            "they agree only where both are 0: the step fails wherever the condition in words "
            "places it")
