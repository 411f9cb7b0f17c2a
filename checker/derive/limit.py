"""The upper limit of a sum as the text gives it: a name and an offset counting its terms
(`Σ_{k=0}^{K-1}`), the length of a vector the example gives (`Σ_j w_j x_{i+j}` with w = (2, -1)),
or a number the example binds to the limit's names (`T = 1000`). Functions of summation.py.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive import matrix
from checker.derive.tree import Bin, Node, Num, Sum, Sym, walk

if TYPE_CHECKING:
    from checker.derive.walker import Walker


def offset_count(hi: Node | None) -> str | None:
    """The name in an upper limit written as a name and a whole offset (`K - 1`, `n+1`,
    `t-1`): a count of terms, as the name alone would be; None for any other limit."""
    if isinstance(hi, Bin) and hi.op in "+-" and isinstance(hi.left, Sym) and \
            not (hi.left.index or hi.left.sup or hi.left.accents) and \
            isinstance(hi.right, Num) and hi.right.text.isdigit():
        return hi.left.name
    return None


def bound_limit(w: Walker, hi: Node) -> sp.Integer | None:
    r"""An upper limit whose names the worked example gives numbers (`T = 1000` then
    `\sum_{t=0}^{T-1}`): its value there, not the small size a limit's name is tried at (a
    sum over 3 terms is not the example's 1000). None when a name of it has no number."""
    names = {n.name for n in walk(hi) if isinstance(n, Sym)}
    if not names:
        return None
    values = w.low.ctx.bound(names, w.low.line, stale=False)
    if set(values) != names or any(matrix.is_matrix(v) or not getattr(v, "is_Integer", False)
                                   for v in values.values()):
        return None
    got = _limit_value(hi, values)
    return got if getattr(got, "is_Integer", False) else None


def _limit_value(hi: Node, values: dict) -> sp.Expr | None:
    """A limit of names, whole numbers, + - and · (`T - 1`, `2n`) at the given values."""
    if isinstance(hi, Sym):
        return sp.sympify(values.get(hi.name))
    if isinstance(hi, Num):
        return sp.Integer(hi.text) if hi.text.isdigit() else None
    if isinstance(hi, Bin) and hi.op in {"+", "-", "*"}:
        a, b = _limit_value(hi.left, values), _limit_value(hi.right, values)
        if a is None or b is None:
            return None
        return a + b if hi.op == "+" else a - b if hi.op == "-" else a * b
    return None


def counted_by_vector(w: Walker, node: Sum) -> sp.Integer | None:
    """Σ_{j=0}^{K-1} w_j x_{i+j} (or Σ_{j=1}^{K}) where the text never gives K but the example
    gives w as a vector of numbers: K counts w's entries, the only range over which every w_j
    is one (`w = (2, -1)`: j = 0, 1). The last index, or None."""
    lo = node.lo
    counted = offset_count(node.hi)
    if isinstance(lo, Num) and lo.text == "0" and counted is not None and \
            isinstance(node.hi, Bin) and node.hi.op == "-" and node.hi.right == Num("1"):
        first = 0
    elif (lo is None or lo == Num("1")) and isinstance(node.hi, Sym) and not node.hi.index:
        counted, first = node.hi.name, 1
    else:
        return None
    ctx = w.low.ctx
    if ctx.bound({counted}, w.low.line) or ctx.get(counted, w.low.line) is not None:
        return None
    members = {replace(n, index=()).name for n in walk(node.body)
               if isinstance(n, Sym) and n.index == (node.index,)}
    values = ctx.bound(members, w.low.line)  # (as given: held inside ∂/∂w_j too)
    lengths = {len(v) for v in values.values() if isinstance(v, sp.MatrixBase) and 1 in v.shape}
    if not members or set(values) != members or len(lengths) != 1:
        return None
    return sp.Integer(first + lengths.pop() - 1)
