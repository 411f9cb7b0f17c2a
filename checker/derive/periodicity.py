"""Solutions written as a family over an integer: "$\\sin x = 0$ 的解为 $x = k\\pi$", "$\\cos\\theta
= 1$ when $\\theta = 2n\\pi$", "$e^{ix} = 1$ at $x = 2\\pi k$". The solution names a parameter the
equation does not have (k, n, m); by the convention of periodic solutions it runs over the
integers, said in words or not ("k 为整数", "k ∈ ℤ", "for any integer k"). Substituted at real k
the sides differ; at integer k they agree. `at_integers` checks the residual there: the
solution holds when the sides agree at every integer tried, and a family that misses the
equation at some integer (x = kπ/2 for sin x = 0) still fails.
"""

from __future__ import annotations

import sympy as sp

INTEGERS = (-3, -2, -1, 0, 1, 2, 3, 7)


def at_integers(left: sp.Expr, right: sp.Expr, parameters: set[sp.Symbol]) -> bool | None:
    """The residual's sides, every name in them one of the solution's new `parameters`: do
    they agree at each integer value of those (True), not at some (False)? None when the
    sides keep other names or cannot be evaluated."""
    names = getattr(left - right, "free_symbols", set())
    if not names or not names <= parameters or len(names) > 2:
        return None
    ordered = sorted(names, key=str)
    for k in INTEGERS:
        point = {s: sp.Integer(k + j) for j, s in enumerate(ordered)}
        try:
            gap = complex(sp.N((left - right).xreplace(point), 30))
        except (TypeError, ValueError, ZeroDivisionError):
            return None
        scale = max(1.0, abs(complex(sp.N(left.xreplace(point), 30))))
        if abs(gap) > 1e-9 * scale:
            return False
    return True
