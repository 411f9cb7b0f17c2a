"""Where two sides are compared: random points drawn from each symbol's domain, and a side's
values there.

Probabilities and arguments of log in (0, 1) (PROBABILITY_NAMES by the course's notation),
stated discrete values such as y ∈ {0, 1} and stated intervals, other symbols both signs with
magnitudes 0.2..5; unknown functions at their realisation (evaluation.py, unknown.py).
"""

from __future__ import annotations

import numpy as np
import sympy as sp

from checker.derive.context import Context
from checker.derive.evaluation import Evaluation
from checker.derive.traversal import symbols_of, unique_nodes

POINTS = 16
PROBABILITY_NAMES = {"p", "a", "hat(y)", "q"}


def domain(name: str, ctx: Context, in_log: set[str], strategy: int, rng: np.random.Generator,
            size: int) -> np.ndarray:
    sym = ctx.symbols.get(name)
    base = sym.stem if sym is not None else name
    if name in ctx.discrete or base in ctx.discrete:
        values = ctx.discrete.get(name) or ctx.discrete[base]
        return rng.choice(np.array(values, dtype=float), size=size)
    if name in ctx.intervals or base in ctx.intervals:
        lo, hi = ctx.intervals.get(name) or ctx.intervals[base]
        if np.isinf(lo) != np.isinf(hi):  # g > 0, x < 0: magnitudes 0.2..5 on that side
            magnitude = np.exp(rng.uniform(np.log(0.2), np.log(5.0), size))
            return lo + magnitude if np.isinf(hi) else hi - magnitude
        lo, hi = max(lo, -1e3), min(hi, 1e3)
        return rng.uniform(lo + 0.05 * (hi - lo), hi - 0.05 * (hi - lo), size)
    if name.startswith("R_"):
        return rng.uniform(0.5, 2.0, size)
    if base in PROBABILITY_NAMES and strategy < 2:
        return rng.uniform(0.05, 0.95, size)  # a, p, ŷ: probabilities by the course's notation
    if strategy == 0 or (strategy == 1 and name not in in_log):
        # both signs, magnitudes 0.2..5 (log-uniform): points where a side is not real are
        # dropped, so log(x) still gets its positive points, and an identity that holds only
        # for x > 0 is caught at the negative ones
        magnitude = np.exp(rng.uniform(np.log(0.2), np.log(5.0), size))
        return magnitude * rng.choice([-1.0, 1.0], size)
    if strategy == 1:
        return rng.uniform(0.05, 0.95, size)
    return rng.uniform(1.1, 3.0, size)


def log_arguments(*exprs: sp.Expr) -> set[str]:
    """The names under a log or a root: sampled where those are real, too."""
    names: set[str] = set()
    for node in unique_nodes(*exprs):
        if isinstance(node, sp.log) or (isinstance(node, sp.Pow) and not node.exp.is_integer):
            names |= {str(s) for s in symbols_of(node)}
    return names


def evaluate(expr, symbols: list[sp.Symbol], values: dict[str, np.ndarray]) -> np.ndarray:
    """An expression (or a matrix: its entries along the last axis) at the sample points;
    unknown functions at their realisation (see unknown.py). `symbols` are the expression's
    free symbols (kept for the callers; the values are looked up by name)."""
    size = len(next(iter(values.values()))) if values else 1
    at = Evaluation(values, size)
    if isinstance(expr, sp.MatrixBase):
        return np.stack([at(e).astype(complex) for e in expr], axis=-1)
    return at(sp.sympify(expr)).astype(complex)
