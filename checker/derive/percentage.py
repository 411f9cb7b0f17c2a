"""A per-cent sign that labels a value already multiplied by 100: `$5.85/250 \\times 100 =
2.34\\%$`, `$\\frac{30}{120} \\times 100 = 25\\%$`. The sign is read as a hundredth (`25\\%` is
0.25), and the side computed multiplies by 100 itself, so as read the sides differ by exactly
100; the writer states the number in per cent, its unit. The step holds when the side computed
(with its `× 100` written) is the number before the sign, to the digits that number shows; any
other ratio is checked as read (`\\frac{30}{120} \\times 100 = 2.5\\%` fails)."""

from __future__ import annotations

import math

import sympy as sp

from checker.derive.traversal import symbols_of
from checker.derive.tree import Bin, Node, Num, walk

_HUNDRED = Num("100")


def labelled(lv, rv, left: Node, right: Node) -> str | None:
    """How `left = right` (values `lv`, `rv`, numbers that differ as read) holds with the per
    cent sign of one side a label of the other's `× 100` (see the module), or None."""
    if symbols_of(lv) or symbols_of(rv):
        return None
    for computed, stated, value, sign in ((left, right, lv, rv), (right, left, rv, lv)):
        number = _per_cent(stated)
        if number is None or not _times_hundred(computed) or _per_cent(computed) is not None:
            continue
        try:
            got, shown = float(sp.N(value)), float(sp.N(sign)) * 100
        except (TypeError, ValueError):
            continue
        decimals = len(number.text.partition(".")[2])
        if math.isfinite(got) and math.isclose(got, shown, rel_tol=1e-9,
                                               abs_tol=0.5 * 10.0 ** -decimals):
            return (f"holds in per cent: the side computed multiplies by 100 itself ({got:.6g}),"
                    f" and the % after {number.text} labels that number, no hundredth of it")
    return None


def _per_cent(side: Node) -> Num | None:
    """The number of a side that is a number with a per-cent sign (`25\\%`, read 25/100)."""
    if isinstance(side, Bin) and side.op == "/" and side.right == _HUNDRED and \
            isinstance(side.left, Num):
        return side.left
    return None


def _times_hundred(side: Node) -> bool:
    """The side multiplies by a written 100 (`\\times 100`, `100 \\cdot`)."""
    return any(isinstance(n, Bin) and n.op == "*" and _HUNDRED in (n.left, n.right)
               for n in walk(side))
