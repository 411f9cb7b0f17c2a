"""Agreement beyond float64: a time-limited symbolic proof that two sides are equal, exact
arithmetic for numbers, and a disagreement at one point confirmed in 30-digit arithmetic.
"""

from __future__ import annotations

from functools import lru_cache

import sympy as sp

from checker.derive import unknown
from checker.derive.deadline import Timeout, time_limit
from checker.derive.realisation import flatten, realised
from checker.derive.traversal import count_nodes, unique_nodes


def agree_precisely(left, right, symbols, point: dict[str, float], atol: float) -> bool:
    subs = {s: sp.Float(point[str(s)], 30) for s in symbols}
    try:
        lval = complex(_precise(left, subs))
        rval = complex(_precise(right, subs))
    except (TypeError, ValueError, ZeroDivisionError):
        return False
    scale = max(abs(lval), abs(rval), 1.0)
    return abs(lval - rval) <= 1e-12 * scale + atol


def _entries(value) -> list:
    return list(value) if isinstance(value, sp.MatrixBase) else [value]


def _precise(expr, subs: dict) -> complex:
    """expr in 30-digit arithmetic at one point (unknown functions at their realisation)."""
    key = (expr, tuple(subs.items()), unknown.resolver())
    try:
        hash(key)
    except TypeError:  # an expression that cannot be hashed: evaluated afresh
        return _evaluated(expr, subs)
    return _precise_at(*key)


@lru_cache(maxsize=256)
def _precise_at(expr, point: tuple, resolver) -> complex:
    """_precise, kept for the last 256 (expression, point, the stated derivatives in force):
    the repairs a diagnosis tries (edit.py) are each compared with the same left side at the
    same sample point (the points are seeded), so the left side's 30-digit value is computed
    once. Errors are not kept (raised again each time), nor is anything when a time limit
    fires (deadline.Timeout)."""
    return _evaluated(expr, dict(point))


def _evaluated(expr, subs: dict) -> complex:
    (flat,), order = flatten([expr])
    subs = dict(subs)
    for placeholder, signature, args in order:
        params, body = realised(signature)
        value = body.xreplace(dict(zip(params, (a.xreplace(subs) for a in args))))
        subs[placeholder] = sp.Float(value.evalf(30), 30)
    return complex(flat.evalf(30, subs=subs))


def exact(left, right) -> bool:
    if any(getattr(n, "binds_names", False) for n in unique_nodes(left, right)) or \
            count_nodes(sp.Tuple(*(_entries(left) + _entries(right))), 400) >= 400:
        return False  # a slope is evaluated, never simplified; a large side is not tried
    try:
        return sp.simplify(left - right) == 0
    except Exception:  # noqa: BLE001 - any SymPy failure just means "not proven exactly"
        return False


def proved(left, right, seconds: float) -> bool:
    d = left - right
    if sp.count_ops(d) > 60:
        return False  # large expressions: the numeric agreement stands on its own
    token = None
    try:
        with time_limit(seconds) as token:
            if sp.expand(d) == 0:
                return True
            d = sp.together(sp.expand(d.rewrite(sp.exp)))
            return sp.cancel(d) == 0
    except Timeout as fired:
        if fired.token is not token:
            raise  # an enclosing limit: not ours to swallow
        return False
    except Exception:  # noqa: BLE001 - any SymPy failure just means "not proven"
        return False
