"""A kernel applied to vectors: `k(x, x') = \\exp(-(x - x')^2/2)` defined on two numbers of one
kind (x and x', x_i and x_j), then `k(X, X)`, `k(X, x_*)` with X a vector of inputs (`X = (0,
1)`): by the Gaussian-process and SVM convention, the matrix of its values at every pair (the
Gram matrix), a column for one number. Never a function of two vectors whose body reads them
whole (`f(u, v) = u^\\top v`): only a body that is one number at two numbers.
"""

from __future__ import annotations

import sympy as sp

from checker.derive.tree import Sym


def gram(params: list, names: tuple[Sym, ...], body, args: list) -> sp.Matrix | None:
    """k's values at every pair of its arguments' entries, or None (not a kernel so applied)."""
    if len(params) != 2 or len(args) != 2 or isinstance(body, sp.MatrixBase) or \
            names[0].base != names[1].base or not any(_vector(a) for a in args) or \
            not all(_vector(a) or not isinstance(a, sp.MatrixBase) for a in args):
        return None
    left, right = ([*a] if _vector(a) else [a] for a in args)
    return sp.Matrix(len(left), len(right),
                     lambda i, j: body.xreplace({params[0]: left[i], params[1]: right[j]}))


def _vector(value) -> bool:
    return isinstance(value, sp.MatrixBase) and 1 in value.shape
