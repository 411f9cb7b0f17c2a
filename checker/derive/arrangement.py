"""The arrangement of a gradient by a matrix, stated entry by entry: `\\left(\\frac{\\partial f}
{\\partial X}\\right)_{ij} = \\frac{\\partial f}{\\partial X_{ij}}` (the gradient has X's shape:
denominator layout) or `... = \\frac{\\partial f}{\\partial X_{ji}}` (Xᵀ's shape: numerator
layout). Such a formula states the text's convention, a definition of the notation, not a step;
the numerator form sets the layout later gradients are read in, as `assume numerator layout`
does."""

from __future__ import annotations

from checker.derive.tree import Deriv, Entry, Node, Sym


def arrangement(members: list[Node], ops: list[str]) -> str | None:
    """"denominator" or "numerator" when `members` state the layout entry by entry (one `=`
    between an entry (i, j) of a first derivative by a plain name and the derivative of the
    same numerator by that name's entry (i, j), or (j, i)); else None."""
    if len(members) != 2 or list(ops) != ["="]:
        return None
    for entry, partial in (members, members[::-1]):
        if not (isinstance(entry, Entry) and isinstance(entry.arg, Deriv) and
                isinstance(partial, Deriv) and len(entry.index) == 2):
            continue
        whole = entry.arg
        if whole.order != 1 or partial.order != 1 or whole.var.index or \
                whole.operand is not None or partial.operand is not None or \
                whole.num is None or whole.num != partial.num:
            continue
        var = partial.var
        if not isinstance(var, Sym) or (var.base, var.sup, var.accents) != \
                (whole.var.base, whole.var.sup, whole.var.accents):
            continue
        i, j = entry.index
        if var.index == (i, j):
            return "denominator"
        if var.index == (j, i) and i != j:
            return "numerator"
    return None
