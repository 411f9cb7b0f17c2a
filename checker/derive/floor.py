"""A size worked out with a division and written as a whole number: `(64 + 2 - 3)/2 + 1 = 32`.

Output sizes of a convolution or a pooling layer, ⌊(N + 2P − K)/S⌋ + 1, and counts such as
steps per epoch, are the whole part of a division; notes often write the formula without the
floor and the whole number after it. A step whose written side is a whole number, whose other
side is whole numbers in the size's shape (a division that does not come out even, plus one), and
whose value's whole part below is that number, is that size as counted: undecided with that reading, never failing (a
claimed value off by more, or any number not whole, is checked as before).
"""

from __future__ import annotations

import math

import sympy as sp

from checker.derive.rounding import written_number
from checker.derive.tree import Bin, Node, Num, Sym, walk


def floored(lv, rv, left: Node, right: Node) -> tuple[str, str] | None:
    """("undecided", why) when one side is a written whole number and the other, of whole
    numbers with a division, has that number as its whole part below; else None."""
    for value, side, other in ((lv, right, left), (rv, left, right)):
        text = written_number(side)
        if text is None or not text.isdigit() or not _divides(other) or \
                getattr(value, "free_symbols", True):
            continue
        try:
            number = sp.Rational(sp.nsimplify(value))
        except (TypeError, ValueError, sp.SympifyError):
            continue
        if number.q != 1 and math.floor(number) == int(text):
            return ("undecided", f"could not decide: the value is {float(number):g}, and {text} "
                    "is its whole part below, as a size or a count is worked out "
                    "(⌊(N + 2P − K)/S⌋ + 1): write the floor (`\\lfloor ... \\rfloor`) to have "
                    "it checked")
    return None


def _divides(side: Node) -> bool:
    """Whole numbers only, in the shape of a size: a division plus one (`(N + 2P - K)/S + 1`;
    a bare `7/2 = 3` is a slip to flag)."""
    nodes = list(walk(side))
    return isinstance(side, Bin) and side.op == "+" and isinstance(side.right, Num) and \
        side.right.text == "1" and isinstance(side.left, Bin) and side.left.op == "/" and \
        not any(isinstance(n, Sym) for n in nodes) and \
        all(n.text.isdigit() for n in nodes if isinstance(n, Num))
