"""Lengths written with bars: `|x|` (an absolute value; of a geometric vector, `|\\vec b|`,
`|(4, 2)|`, its length; of a complex number, its modulus) and `‖x‖_p` (a p-norm of a vector's
entries; of a matrix, entry by entry, with the doubt said). Functions of the walker, beside
arithmetic.py."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive import imaginary, inference, measure, reduction
from checker.derive.quantity import N
from checker.derive.tree import Abs, Norm, Shape, Sym, walk

if TYPE_CHECKING:
    from checker.derive.walker import Walker


def absolute(w: Walker, node: Abs) -> sp.Expr:
    given = measure.stated(w.low.ctx, node, w.low.line)
    if given is not None and not w.low.wrt:  # |H| = 1000 given: that number
        return w.go(given)
    value = w.go(node.arg)
    if w.low.ctx.imaginary and imaginary.complex_names(value, w.low.ctx, w.low.line):
        return imaginary.Modulus(value)  # |z|² with z = 3 + 4i: 25, not z² = -7 + 24i
    if isinstance(value, sp.MatrixBase) and 1 in value.shape and len(value) > 1 and \
            _arrow(node.arg):  # |\vec b|, |(4, 2)|: a geometric vector's length
        return _p_norm(list(value), sp.Integer(2))
    return sp.Abs(value)


def _arrow(node) -> bool:
    """A vector written as geometry writes one: a name under an arrow (`\\vec a`), a tuple
    written out (`(4, 2)`), or a sum or multiple of them (`\\vec a - \\vec b`): between bars,
    its length, never the absolute value of each entry."""
    return isinstance(node, Shape) or any(
        isinstance(n, Sym) and "vec" in n.accents for n in walk(node))


def norm(w: Walker, node: Norm) -> sp.Expr:
    given = measure.stated(w.low.ctx, node, w.low.line)
    if given is not None and not w.low.wrt:  # ‖w‖ = 2.0 given: that number
        return w.go(given)
    arg = node.arg
    value = w.go(arg)
    if isinstance(node.p, Sym) and node.p.name == "F":  # ‖A‖_F
        return reduction.frobenius(value)
    p = w.go(node.p) if node.p is not None else sp.Integer(2)
    if isinstance(value, sp.MatrixBase):
        if value.rows > 1 and value.cols > 1:  # ‖A‖_2: the spectral norm, or entry by entry?
            w.low.doubts.append(inference.Doubt(
                "the norm of a matrix read entry by entry (for p = 2 the Frobenius norm), "
                "not as the operator norm (for p = 2 the largest singular value)",
                "write ‖A‖_F for the entrywise norm, or σ_max(A) for the operator norm"))
        return _p_norm(list(value), p)
    if isinstance(arg, Sym) and not arg.index:
        defined = w.definition(arg)
        if defined is not None:  # w = g v/‖v‖: its entries are not free, the text relates them
            w.low.doubts.append(inference.Doubt(
                f"‖{w.low.ctx.shown(arg.name)}‖ read as the norm of free entries "
                f"{w.low.ctx.shown(arg.name)}_1, {w.low.ctx.shown(arg.name)}_2, ..., not "
                f"through its definition (line {defined.line})",
                f"declare its shape: <!-- grader: shape {w.low.ctx.shown(arg.name)} (n, 1) -->"))
        # ‖w‖ of a plain name: w is the vector (w_1, ..., w_N); written in the step with two
        # indices (g_{p,j}: the gradients of several parameters), all its entries g_{k,l}
        two = any(s.stem == arg.stem and s.sup == arg.sup and len(s.index) == 2
                  for s in w.low.written.values())
        parts = [w.symbol(replace(arg, index=(str(k), str(m)) if two else (str(k),)))
                 for k in range(1, N + 1) for m in (range(1, N + 1) if two else (0,))]
        return _p_norm(parts, p)
    return sp.Abs(value)


def _p_norm(entries: list, p: sp.Expr) -> sp.Expr:
    """(Σ|v_i|^p)^(1/p); for p = ∞ (`‖x‖_\\infty`) its limit, the largest |v_i|."""
    if p is sp.oo:
        return sp.Max(*(sp.Abs(v) for v in entries))
    return sum(sp.Abs(v) ** p for v in entries) ** (1 / p)
