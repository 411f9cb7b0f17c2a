"""Small shared pieces of reading a formula's meaning: real symbols, open ranges, 1×1
matrices as numbers, names as the text writes them, names of no declared shape, the functions
of a whole matrix."""

from __future__ import annotations

import sympy as sp

from checker.derive import matrix, reduction
from checker.derive.context import Context
from checker.derive.dimension import OPEN_RANGE
from checker.derive.tree import Sym


def shown(sym: Sym) -> str:
    """A name as the text writes it, for a message (`ŷ`, never `hat(y)`)."""
    from checker.derive.render import render

    return render(sym)


def real(name: str) -> sp.Symbol:
    """Every quantity in these derivations is real: d|w|/dw = sign(w), not a complex limit."""
    return sp.Symbol(name, real=True)


N = OPEN_RANGE  # the length of a range the text leaves open (Σ_j, Σ_{i=1}^{n})


def scalar(value):
    """A 1×1 matrix ([x_1 x_2][w_1; w_2]) is a number: it adds to scalars."""
    if isinstance(value, sp.MatrixBase) and value.shape == (1, 1):
        return value[0, 0]
    return value


def unshaped_names(ctx: Context, names) -> list[str]:
    """Names (X, W, Δ, δ^[1]) the text never defines, read as numbers because no shape is
    declared for them: a result that depends on their shape is a guess. (A range's length
    such as m is a number.)"""
    out = []
    for name in sorted(names):
        sym = ctx.symbols.get(name)
        if sym is not None and ctx.shape_of(name) is None and name not in ctx.entries and \
                name not in ctx.dims:
            out.append(ctx.shown(name))
    return out


# functions of a whole matrix (the others apply entry by entry)
MATRIX_FUNCTIONS = {"softmax": matrix.softmax, "tr": reduction.trace, "trace": reduction.trace,
                    "det": reduction.determinant, "diag": reduction.diagonal}
