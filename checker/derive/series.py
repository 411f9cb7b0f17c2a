"""Σ to ∞: a series summed in closed form where it converges (which a writer summing it means).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sympy as sp

from checker.derive.tree import Sum

if TYPE_CHECKING:
    from checker.derive.walker import Walker


def geometric(w: Walker, node: Sum) -> sp.Expr | None:
    """A geometric series (`\\sum_{k \\ge 0} 2^{-k}`, `\\sum_{k=0}^{\\infty} \\alpha(1 -
    \\alpha)^k`, `\\sum_{t=1}^{\\infty} \\gamma^{t-1} r`): its first terms in a constant
    ratio r, the sum is the first term over 1 - r (where it converges, which a writer summing
    it means). None for any other summand (the sum stays too long to expand)."""
    try:
        lo = w.go(node.lo) if node.lo is not None else sp.Integer(1)
        if not lo.is_Integer:
            return None
        terms = [w.sub(env={**w.env, node.index: int(lo) + j}).go(node.body) for j in range(6)]
        if any(t == 0 for t in terms):
            return None
        ratios = [sp.simplify(b / a) for a, b in zip(terms, terms[1:])]
    except Exception:  # noqa: BLE001 - a summand that cannot be read keeps the sum unexpanded
        return None
    r = ratios[0]
    if any(sp.simplify(q - r) != 0 for q in ratios[1:]) or r == 1 or \
            (r.is_number and abs(r) >= 1):
        return None
    return terms[0] / (1 - r)
