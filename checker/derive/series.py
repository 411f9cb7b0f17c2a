"""Σ to ∞: a series summed in closed form where it converges (which a writer summing it means).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive.errors import Undecided
from checker.derive.tree import Sum, Sym, walk

if TYPE_CHECKING:
    from checker.derive.walker import Walker


def geometric(w: Walker, node: Sum) -> tuple[sp.Expr, sp.Basic] | None:
    """A geometric series (`\\sum_{k \\ge 0} 2^{-k}`, `\\sum_{k=0}^{\\infty} \\alpha(1 -
    \\alpha)^k`, `\\sum_{t=1}^{\\infty} \\gamma^{t-1} r`): its first terms in a constant
    ratio r, the sum is the first term over 1 - r (where it converges, which a writer summing
    it means), with that condition (|r| < 1). None for any other summand (the sum stays too
    long to expand)."""
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
    return terms[0] / (1 - r), sp.Abs(r) < 1


_TERMS = 6  # the first terms a closed form must give back as read
_LARGEST = 40  # summands past this many operations are not summed (the sum may not end)


def closed(w: Walker, node: Sum) -> sp.Expr | None:
    """Σ to ∞ in closed form: a geometric series (`geometric`), else a summand that is a
    formula in its index alone (no entry of a family at it: `k q^{k-1}`, `1/(2k-1)^2`,
    `(-1)^{k+1}/k`, `k^2/2^k`), summed by SymPy where it converges (the branch under
    |q| < 1: a writer summing it means it converges). The formula is the summand read with
    the index free, kept only when it gives back the first terms as read one by one; None when
    it does not, when the sum diverges or SymPy finds no closed form (then undecided); raises
    Undecided where the example's values break the condition it converges under."""
    found = geometric(w, node)
    found = found if found is not None else _symbolic(w, node)
    if found is not None and _diverges(w, found[1]):
        shown = re.sub(r"Abs\(([^()]*)\)", r"|\1|", str(found[1]))  # |q| < 1
        raise Undecided(f"a series that diverges at the example's values ({shown} fails "
                        "there): it has no sum to compare")
    return None if found is None else found[0]


def _diverges(w: Walker, converges: sp.Basic) -> bool:
    """Whether the example's values (`q = 2`) break the condition the closed form holds under
    (`|q| < 1`): then the sum has no value there (undecided)."""
    names = {str(s) for s in converges.free_symbols}
    values = w.low.ctx.bound(names, w.low.line) if names else {}
    try:
        at = converges.subs({s: values[str(s)] for s in converges.free_symbols
                             if str(s) in values})
    except (TypeError, ValueError):  # a value that is no number (a vector): not decided here
        return False
    return at is sp.false


def _symbolic(w: Walker, node: Sum) -> tuple[sp.Expr, sp.Basic] | None:
    idx = node.index
    if idx is None or any(isinstance(n, Sym) and idx in n.index for n in walk(node.body)):
        return None  # (γλ)^l δ_{t+l}: the terms are a family's entries, no formula in l
    doubts = len(w.low.doubts)
    try:
        lo = w.go(node.lo) if node.lo is not None else sp.Integer(1)
        if not lo.is_Integer:
            return None
        free = {k: v for k, v in w.env.items() if k != idx}
        general = w.sub(env=free).go(node.body)
        named = [s for s in getattr(general, "free_symbols", ()) if str(s) == idx]
        if len(named) != 1 or sp.count_ops(general) > _LARGEST:
            return None
        k = sp.Symbol(idx, integer=True)
        general = general.subs(named[0], k)
        for j in range(_TERMS):  # the formula is the summand: the same first terms
            term = w.sub(env={**w.env, idx: int(lo) + j}).go(node.body)
            if sp.simplify(general.subs(k, int(lo) + j) - term) != 0:
                return None
        total = sp.summation(general, (k, int(lo), sp.oo))
    except Exception:  # noqa: BLE001 - a summand that cannot be read keeps the sum unexpanded
        return None
    finally:
        del w.low.doubts[doubts:]  # reading the index free is no doubt about the step
    pieces = list(total.atoms(sp.Piecewise))
    converges = sp.And(*(p.args[0].cond for p in pieces)) if pieces else sp.true
    total = total.replace(lambda e: isinstance(e, sp.Piecewise),
                          lambda e: e.args[0].expr)  # where it converges
    if total.has(sp.Sum, sp.oo, -sp.oo, sp.zoo, sp.nan, sp.Piecewise):
        return None
    return total, converges
