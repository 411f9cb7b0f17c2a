"""Σ and Π, max and min over an index: sums expanded at concrete index values.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive import array, ellipsis, inference, layout, matrix
from checker.derive.errors import Undecided, Unreadable
from checker.derive.quantity import N, real, scalar
from checker.derive.tree import Bin, Node, Num, Sum, Sym, walk

if TYPE_CHECKING:
    from checker.derive.walker import Walker


def evident_index(w: Walker, body: Node) -> str:
    """The index of a sum written without one (`\\sum x_i`, `Σ r_i x_i`): the one letter the
    summand's names are subscripted with that no enclosing sum already runs over; refused
    when there is none or more than one (`\\sum w_j x_{ij}`: over i, j, or both?)."""
    letters = sorted({k for n in walk(body) if isinstance(n, Sym) for k in n.index
                      if len(k) == 1 and k.isalpha() and k not in w.env})
    if len(letters) != 1:
        found = f"indices {', '.join(letters)}" if letters else "no index"
        raise Unreadable("a summation index (`\\sum_i`), or a summand with one index",
                         f"a bare \\sum over a summand with {found}")
    return letters[0]


def summation(w: Walker, node: Sum) -> sp.Expr:
    if node.index == ellipsis.ELIDED and isinstance(node.hi, Num) and \
            int(node.hi.text) > 12:  # t_1 + t_2 + ⋯ + t_30: as many as 30 is here
        w.low.sizes.add(node.hi.text)
        node = replace(node, hi=Sym(node.hi.text))
    if node.index is None:  # `\sum (x_i - \mu)^2`: over the summand's one free index
        node = replace(node, index=evident_index(w, node.body))
    idx = node.index
    uses = any(isinstance(n, Sym) and (idx in n.index or n.name == idx)
               for n in walk(node.body))
    if node.hi is None or (isinstance(node.hi, Sym) and node.hi.name == idx):
        hi = axis(w, node.body, idx) or N
        if not uses and node.op == "+" and node.skip is None:
            # Σ_c over the cases: this case's term plus the others'
            return w.go(node.body) + real(f"R_{idx}")
    else:
        if isinstance(node.hi, Sym):
            w.low.sizes.add(node.hi.name)
        hi_value = sp.Integer(layout.size(w.low, node.hi.name)) if isinstance(node.hi, Sym) \
            and w.low.ctx.is_dimension(node.hi.name) else w.go(node.hi)
        if not hi_value.is_Integer or int(hi_value) > 12:
            raise Undecided(f"a sum up to {hi_value}, too long to expand")
        hi = int(hi_value)
    lo = 1 if node.lo is None else w.go(node.lo)
    if not getattr(lo, "is_Integer", isinstance(lo, int)):
        raise Undecided(f"a sum from {lo}")
    w.low.terms += max(hi - int(lo) + 1, 0)
    if w.low.terms > 5000:
        raise Undecided("sums with more than 5000 terms in all, too long to expand")
    skip = None
    if node.skip is not None:  # Σ_{k ≠ i}: i's value at this reading
        skip = w.low.index_value(node.skip.name, w.env) if isinstance(
            node.skip, Sym) and len(node.skip.name) == 1 else w.go(node.skip)
    total = sp.Integer(0 if node.op == "+" else 1)
    terms = []  # \max_j, \min_j: the largest (smallest) of the terms
    w.low.ranges[idx] = (hi - int(lo) + 1,
                         node.hi.name if isinstance(node.hi, Sym) else None)
    written = not (node.hi is None or (isinstance(node.hi, Sym) and node.hi.name == idx))
    w.low.sums.append((idx, hi - int(lo) + 1, written))
    if hi < int(lo) and any(isinstance(n, Sym) for b in (node.lo, node.hi) if b is not None
                            for n in walk(b)):  # Π_{t=k+1}^{T} at k = 2, T = 1
        w.low.doubts.append(inference.Doubt(
            f"the range of {idx} is empty at the index values tried ({lo}..{hi}): the "
            "step is about bounds in order", "check a case with numbers (`T = 3`, `k = 1`)"))
    for k in range(int(lo), hi + 1):
        if skip is not None and k == skip:
            continue
        term = w.sub(env={**w.env, idx: k}).go(node.body)
        if node.op in {"max", "min"}:
            terms.append(scalar(term))
            continue
        try:
            total = total + term if node.op == "+" else total * term
        except TypeError:
            if node.op == "+" and not matrix.is_matrix(total) and total == 0:
                # Σ of matrices: from the first term
                total = term
                continue
            raise Undecided("a sum of numbers and matrices") from None
    if node.op in {"max", "min"}:
        if not terms:
            raise Undecided(f"a {node.op} over no terms")
        return (sp.Max if node.op == "max" else sp.Min)(*terms)
    return total


def axis(w: Walker, body: Node, index: str, depth: int = 0) -> int | None:
    """Σ_i over Z_{ij} with no range written: i runs over Z's rows (also through a
    family's definition: Σ_j J_{ij} with J_{ij} = ∂s_i/∂z_j runs over z)."""
    for n in walk(body):
        if isinstance(n, Sym) and index in n.index:
            value = array.entry_matrix(w, n)
            if value is not None:
                k = n.index.index(index)
                return len(value) if len(n.index) == 1 else value.shape[k]
            found = w.definition(n) if depth < 2 else None
            if found is not None and found.index:  # the family's own letter for index
                letter = found.index[n.index.index(index)] \
                    if len(found.index) == len(n.index) else None
                inner = axis(w, found.body, str(letter), depth + 1) if letter else None
                if inner is not None:
                    return inner
    return None


def means(nodes: list[Node]) -> list[tuple[Sym, Sum]]:
    """The means written with an open range in nodes: `\\frac{1}{m}\\sum_i x_i`,
    `\\frac{\\lambda}{2m}\\sum_j w_j^2`, `\\frac{\\sum_i x_i}{m}`; each as (m, the sum). The
    count is a plain letter, not the sum's index nor in its body."""
    out = []
    for node in nodes:
        for n in walk(node):
            if not isinstance(n, Bin):
                continue
            if n.op == "*" and isinstance(n.right, Sum) and isinstance(n.left, Bin) and \
                    n.left.op == "/":
                total, count = n.right, _count(n.left.right)
            elif n.op == "/" and isinstance(n.left, Sum):
                total, count = n.left, _count(n.right)
            else:
                continue
            if count is None or total.hi is not None or total.op != "+" or \
                    total.index is None or count.name == total.index or \
                    any(isinstance(k, Sym) and k.name == count.name for k in walk(total.body)):
                continue
            out.append((count, total))
    return out


def _count(node: Node) -> Sym | None:
    """m in the denominator `m` or `2m`."""
    if isinstance(node, Bin) and node.op == "*" and isinstance(node.left, Num):
        node = node.right
    if isinstance(node, Sym) and not node.index and not node.sup and not node.accents and \
            len(node.base) == 1:
        return node
    return None


def length(w: Walker, total: Sum) -> int:
    """How many terms an open-range sum is read over: its family's axis, else N."""
    try:
        return axis(w, total.body, total.index or "") or N
    except (Undecided, Unreadable):
        return N
