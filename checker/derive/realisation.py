"""Unknown functions realised: each as one fixed smooth function, its derivatives as that
function's derivatives, so that two sides using them can be evaluated.

Sine and tanh of linear forms plus a small linear part, the coefficients drawn from the name
(the same function on every run); inside (lo, hi) when the unknown is bounded (a probability).
`flatten` orders the applications for evaluation, innermost first.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

import numpy as np
import sympy as sp

from checker.derive.unknown import Applied, Signature


def _coefficients(signature: Signature) -> np.ndarray:
    seed = zlib.crc32(f"{signature.name}|{signature.params}".encode())
    rng = np.random.default_rng(seed)
    n = len(signature.params)
    # a: inside the sine; b: inside the tanh; d: the linear part; c: the phase
    magnitude = rng.uniform(0.4, 1.2, (3, n)) * rng.choice([-1.0, 1.0], (3, n))
    return np.concatenate([magnitude.ravel(), [rng.uniform(0.2, 1.3)]])


_REALISED: dict[Signature, tuple[tuple[sp.Symbol, ...], sp.Expr]] = {}


def realised(signature: Signature) -> tuple[tuple[sp.Symbol, ...], sp.Expr]:
    found = _REALISED.get(signature)
    if found is None:
        base = signature.base
        n = len(base.params)
        t = tuple(sp.Symbol(f"t{k}", real=True) for k in range(n))
        coef = [sp.Float(c, 12) for c in _coefficients(base)]
        a, b, d, c = coef[:n], coef[n:2 * n], coef[2 * n:3 * n], coef[-1]
        linear = sum((ai * ti for ai, ti in zip(a, t)), sp.Integer(0))
        quad = sum((bi * ti for bi, ti in zip(b, t)), sp.Integer(0))
        lin = sum((di * ti for di, ti in zip(d, t)), sp.Integer(0))
        body = sp.sin(linear + c) + sp.tanh(quad) / 2 + lin / 10  # bounded near the samples
        if base.bounds is not None:
            lo, hi = (sp.Float(v, 12) for v in base.bounds)
            body = lo + (hi - lo) / (1 + sp.exp(-body))
        for position in signature.orders:
            body = sp.diff(body, t[position])
        found = (t, body)
        _REALISED[signature] = found
    return found


_NUMERIC: dict[tuple[Signature, str], Callable] = {}


def numeric(signature: Signature, module: str = "numpy") -> Callable:
    """The realisation of one unknown (or derivative) as a numeric function of its arguments."""
    found = _NUMERIC.get((signature, module))
    if found is None:
        params, body = realised(signature)
        found = sp.lambdify(params, body, modules=[np] if module == "numpy" else module)
        _NUMERIC[(signature, module)] = found
    return found


def flatten(exprs: list) -> tuple[list, list[tuple[sp.Symbol, Signature, tuple]]]:
    """The expressions with every unknown application replaced by a placeholder symbol, and
    the applications in an order to evaluate them (innermost first: an argument may hold
    another unknown), each with its placeholder and its arguments (in placeholders too)."""
    found: dict[Applied, sp.Symbol] = {}
    order: list[tuple[sp.Symbol, Signature, tuple]] = []

    def visit(e: sp.Basic) -> sp.Basic:
        if isinstance(e, Applied):
            if e not in found:
                args = tuple(visit(a) for a in e.args)
                found[e] = sp.Symbol(f"_u{len(found)}", real=True)
                order.append((found[e], e.signature, args))
            return found[e]
        if not e.args or not e.has(Applied):
            return e
        return e.func(*[visit(a) for a in e.args])

    return [visit(e) if isinstance(e, sp.Basic) else e for e in exprs], order
