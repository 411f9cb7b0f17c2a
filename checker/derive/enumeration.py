"""A family's members listed as a tuple: `\\frac{1}{m} e_i = (-0.5, 0.5)`, `w_2 e_i/m = (-0.75,
0.75)`, `z_j - \\max_k z_k = (-2, 0, -1)`. One side is a member written with an index letter
the step leaves free, the other a tuple of numbers: the writer lists the member's value at
each index in turn (i = 1, 2, ...), not a number equal to a vector. Read so, entry k of the
tuple is the member at index k; a step whose every entry agrees holds."""

from __future__ import annotations

from checker.derive.equivalence import Comparison, compare
from checker.derive.tree import Node, Shape, Sum, Sym, walk


def free_letter(side: Node, bound: set[str]) -> str | None:
    """The one index letter the side's names carry that no sum in it binds and no value
    fixes (`e_i` → i), or None when there is none or more than one."""
    summed = {n.index for n in walk(side) if isinstance(n, Sum) and n.index}
    letters = {k for n in walk(side) if isinstance(n, Sym) for k in n.index
               if len(k) == 1 and k.isalpha() and k.islower() and k not in summed and
               k not in bound}
    return letters.pop() if len(letters) == 1 else None


def members_listed(claim) -> Comparison | None:
    """The comparison of a member beside a tuple, entry by entry at the indices 1..n (the
    tuple's length), when every entry agrees; else None (the step stays as read)."""
    for tup, member, listed in ((claim.right, claim.left, claim.rv),
                                (claim.left, claim.right, claim.lv)):
        if not isinstance(tup, Shape) or not getattr(listed, "is_Matrix", False) or \
                1 not in listed.shape or len(listed) < 2:
            continue
        letter = free_letter(member, set(claim.ctx.bound(
            {n.index[0] for n in walk(member) if isinstance(n, Sym) and len(n.index) == 1},
            claim.line)))
        if letter is None:
            return None
        for k, want in enumerate(listed, 1):
            again = claim.low.again()
            again.free_index[letter] = k
            try:
                got = claim.ctx.at_bound_values(again.expr(member, hold=claim.held), claim.line)
                if getattr(got, "is_Matrix", False) or \
                        not compare(got, want, claim.ctx, atol=claim.atol).agree:
                    return None
            except Exception:  # noqa: BLE001 - a member not read at k: no evidence it holds
                return None
        return Comparison(True, f"member by member: {letter} = 1..{len(listed)} gives the "
                                "tuple's entries in turn, to the digits shown")
    return None
