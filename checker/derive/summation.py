"""Σ and Π, max and min over an index: sums expanded at concrete index values.
"""

from __future__ import annotations

import re

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive import element, inference, layout, matrix, progression, series
from checker.derive.errors import Undecided, Unreadable
from checker.derive.function import given_vector
from checker.derive.inference import Doubt
from checker.derive.limit import bound_limit, counted_by_vector, offset_count
from checker.derive.quantity import N, real, scalar
from checker.derive.traversal import free_symbols
from checker.derive.tree import Call, Deriv, Node, Num, Sum, Sym, walk

if TYPE_CHECKING:
    from checker.derive.meaning import Lowering
    from checker.derive.walker import Walker

LONGEST = 12  # the longest range a sum is expanded over as written; a longer one is undecided


def entries_sum(w: Walker, node: Sum) -> sp.Expr | None:
    r"""`\sum p = \sum y = 1`, `(\sum G)(\sum K)`: a bare Σ (Π) over a summand with no index
    whose value is a vector or a matrix (a tuple or a matrix the text gives, not defined by a
    formula) is the sum (product) of its entries; None when the summand has an index, a name
    defined by a formula, or is one number."""
    names = [n for n in walk(node.body) if isinstance(n, Sym)]
    if any(any(len(k) == 1 and k.isalpha() and k not in w.env for k in n.index)
           for n in names):
        return None
    if any(w.definition(n) is not None for n in names):
        return None  # G = ∂L/∂Y, then G = [...]: which G the sum is of is not settled here
    value = w.go(node.body)
    if not matrix.is_matrix(value):
        return None
    total = sp.Integer(0 if node.op == "+" else 1)
    for entry in value:
        total = total + entry if node.op == "+" else total * entry
    return total


def evident_index(w: Walker, body: Node) -> str:
    """The index of a sum written without one (`\\sum x_i`, `Σ r_i x_i`): the one letter the
    summand's names are subscripted with that no enclosing sum already runs over; refused
    when there is none or more than one (`\\sum w_j x_{ij}`: over i, j, or both?)."""
    letters = sorted({k for n in walk(body) if isinstance(n, Sym) for k in n.index
                      if len(k) == 1 and k.isalpha() and k not in w.env})
    if len([k for k in letters if k.islower()]) == 1:  # (x_i - μ_B)^2: B, a batch, labels
        letters = [k for k in letters if k.islower()]
    if len(letters) != 1:
        found = f"indices {', '.join(letters)}" if letters else "no index"
        raise Unreadable("a summation index (`\\sum_i`), or a summand with one index",
                         f"a bare \\sum over a summand with {found}")
    return letters[0]


def summation(w: Walker, node: Sum) -> sp.Expr:
    if node.index == progression.ELIDED and isinstance(node.hi, Num) and \
            int(node.hi.text) > 12:  # t_1 + t_2 + ⋯ + t_30: as many as 30 is here
        w.low.sizes.add(node.hi.text)
        node = replace(node, hi=Sym(node.hi.text))
    if node.index is None:  # `\sum (x_i - \mu)^2`: over the summand's one free index
        whole = entries_sum(w, node)
        if whole is not None:
            return whole
        node = replace(node, index=evident_index(w, node.body))
    idx = node.index
    opened = None
    uses = any(isinstance(n, Sym) and (idx in n.index or n.name == idx)
               for n in walk(node.body))
    if node.hi is None or (isinstance(node.hi, Sym) and node.hi.name == idx):
        hi = axis(w, node.body, idx) or 0
        if not hi:  # no range written, no family length: a guess (range_doubts)
            hi = w.low.open_length or N
            w.low.open_ranges.append((str(idx), frozenset(), node.op))
            opened = len(w.low.open_ranges) - 1
        if not uses and node.op == "+" and node.skip is None:
            # Σ_c over the cases: this case's term plus the others'
            return w.go(node.body) + real(f"R_{idx}")
    else:
        if isinstance(node.hi, Sym):
            w.low.sizes.add(node.hi.name)
        counted = offset_count(node.hi)
        if counted is not None:  # Σ_{k=0}^{K-1}, ρ + ⋯ + ρ^{t-1}: K, t count terms
            w.low.sizes.add(counted)
        hi_value = counted_by_vector(w, node)
        if hi_value is None:
            hi_value = bound_limit(w, node.hi)
            if hi_value is not None and int(hi_value) > LONGEST:  # T = 1000: too long to
                # expand; read at a small size, as a limit of no value is, which an identity
                # in T survives but a number for the sum at T = 1000 does not: a doubt
                for name, value in w.low.ctx.bound(
                        {n.name for n in walk(node.hi) if isinstance(n, Sym)}, w.low.line,
                        stale=False).items():
                    w.low.shortened(name, value)
                hi_value = None
        if hi_value is None:
            hi_value = sp.Integer(layout.size(w.low, node.hi.name)) if isinstance(
                node.hi, Sym) and w.low.ctx.is_dimension(node.hi.name) else w.go(node.hi)
        if getattr(hi_value, "is_infinite", False):  # \sum_{k \ge 1}: a series
            closed = series.closed(w, node) if hi_value is sp.oo and node.op == "+" else None
            if closed is not None:  # summed in closed form
                w.low.endless = True  # (a sum whose range is not written may run to ∞ too)
                return closed
            raise Undecided("a sum without end (up to ∞): a series is not summed here; write "
                            "its closed form's steps, or a finite case (`\\sum_{k=1}^{3}`)")
        if not hi_value.is_Integer or int(hi_value) > LONGEST:
            raise Undecided(f"a sum up to {hi_value}, too long to expand")
        hi = int(hi_value)
    lo = 1 if node.lo is None else w.go(node.lo)
    if node.lo is None and node.hi is None and _offsets(node.body, str(idx)):
        w.low.doubts.append(inference.Doubt(  # Y_{ij} = Σ_{a,b} X_{i+a,j+b}K_{ab}
            f"the range of {idx} is not written and {idx} is added to another index: whether "
            f"it counts from 0 (as convolution notes do) or from 1 is not said",
            f"write the range (`_{{{idx}=0}}^{{k-1}}`)"))
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
    read: list[frozenset[str]] = []  # each term's names, over an open range
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
        if opened is not None:
            read.append(frozenset(map(str, getattr(term, "free_symbols", ()))))
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
    if opened is not None:  # the members its terms read: those that vary with the index
        varying = frozenset().union(*read) - frozenset.intersection(*read) \
            if len(read) > 1 else frozenset().union(*read)
        w.low.open_ranges[opened] = (str(idx), varying, node.op)
    if node.op in {"max", "min"}:
        if not terms:
            raise Undecided(f"a {node.op} over no terms")
        return (sp.Max if node.op == "max" else sp.Min)(*terms)
    return total


def _offsets(body: Node, index: str) -> bool:
    """The summand writes the index added to another one (X_{i+a,j+b}, x_{t-k}): an offset,
    whose origin (0 or 1) is a convention when its range is not written."""
    return any(isinstance(n, Sym) and any(
        k != index and index in re.split(r"[+\-]", k.replace(" ", "")) for k in n.index)
        for n in walk(body))


def axis(w: Walker, body: Node, index: str, depth: int = 0) -> int | None:
    """Σ_i over Z_{ij} with no range written: i runs over Z's rows (also through a
    family's definition: Σ_j J_{ij} with J_{ij} = ∂s_i/∂z_j runs over z)."""
    for n in walk(body):
        if isinstance(n, Call) and len(n.args) == 1 and n.args[0] == Sym(index) and \
                w.low.ctx.get(n.name, w.low.line) is None:
            vector = given_vector(w, n.name)  # Σ_x P(x) over P = (0.5, 0.25, 0.25)
            if vector is not None:
                return len(vector)
        if isinstance(n, Sym) and index in n.index:
            value = element.entry_matrix(w, n)
            if value is not None:
                k = n.index.index(index)
                return len(value) if len(n.index) == 1 else value.shape[k]
            given = given_members(w, n, index)
            if given:  # Σ_i (x_i - x̄)^2 after the example gave x_1 … x_4: over those four
                return given
            found = w.definition(n) if depth < 2 else None
            if found is not None and found.index:  # the family's own letter for index
                letter = found.index[n.index.index(index)] \
                    if len(found.index) == len(n.index) else None
                inner = axis(w, found.body, str(letter), depth + 1) if letter else None
                if inner is not None:
                    return inner
    return None


def given_members(w: Walker, member: Sym, index: str) -> int | None:
    """How many members of `member`'s family (x_i: x) the example under way gives, counted
    from 1 with none missing (x_1 … x_4 from a data table or a list, x_5 not given): the
    length of an open range over it. None for fewer than two, for members counted from 0,
    or for another index."""
    if member.index != (index,):
        return None
    count = _given(w.low.ctx, replace(member, index=()).name, w.low.line)
    return count if count >= 2 else None


def _given(ctx, stem: str, line: int) -> int:
    """The members stem_1, stem_2, … bound at `line` in this section, none missing (0 when
    stem_0 is bound: counted from 0, where a range starts is not known)."""
    if ctx.bound({f"{stem}_0"}, line, stale=False):
        return 0
    count = 0
    while count < 100 and ctx.bound({f"{stem}_{count + 1}"}, line, stale=False):
        count += 1
    return count


def range_doubts(low: Lowering, values: tuple, retry: Callable[[int], bool]) -> list[Doubt]:
    """A step that differs as read with Σ_i, Π_i, max_i or min_i over a range the text never
    gives (read over N members): a guess, unless the step fails for every range. The family's
    members under max_i / min_i on one side only, beside other names on the other
    (`\\max_i |1 - ηλ_i| = \\max(|1 - ημ|, |1 - ηL|)`, μ = λ_min in words): those names may
    be the extreme members, the range tells nothing. Else `retry(k)`: whether the step holds read over k members (2, 4;
    never fewer than a free index letter's value, so that i stays in the range)."""
    if low.endless and low.open_ranges:  # `\sum b_n^2 = \frac{16}{\pi^2}\sum_{k \ge 1} ...`
        idx = low.open_ranges[0][0]
        return [Doubt(f"the range of {idx} is not written, beside a series without end: it may "
                      "run to ∞ too", f"write the range (`_{{{idx}=1}}^{{\\infty}}`)")]
    opened = [(idx, members) for idx, members, _ in low.open_ranges if members]
    if not opened:
        return []
    names = [frozenset(map(str, getattr(v, "free_symbols", ()))) for v in values]
    idx, members = opened[0]
    extreme = any(m for i, m, op in low.open_ranges if op in {"max", "min"})
    for here, there in (names, names[::-1]):
        if extreme and here & members and not there & members and there:
            return [Doubt(f"the range of {idx} is not written, and its members appear on one "
                          "side only, beside names the text may tie to them",
                          f"write the range (`_{{{idx}=1}}^{{n}}`) and the members by name")]
    if low.lengths:  # a mean's count m names the range (\frac{1}{m}\sum_i): no retry
        return []
    top = max((v for v in low.free_index.values() if isinstance(v, int)), default=1)
    for k in (2, 4):  # one member is no family (a softmax over one class is 1)
        if k >= top and k != N and retry(k):
            return [Doubt(f"the range of {idx} is not written (read over {N} members), and "
                          f"the step holds over {k}",
                          f"write the range (`_{{{idx}=1}}^{{n}}`)")]
    return []


def outside_member(low: Lowering, sides: tuple[Node, ...]) -> tuple[Sym, Sum] | None:
    """A derivative by a member written with an index LETTER (∂J/∂u_o) of a step that reaches
    a sum over the same family by another letter (Σ_{k=1}^{K} log σ(-u_kᵀv_c)) beside a term
    of the member itself (-log σ(u_oᵀv_c)), with no
    δ and no `k ≠ o` written: whether u_o is among u_1..u_K is a guess (word2vec's
    negatives are not the context word; a softmax's class is among the classes). The member
    and the sum, or None."""
    if low.kroneckers:
        return None
    nodes = low.reach(sides)
    members = [n.var for side in sides for n in walk(side) if isinstance(n, Deriv) and
               len(n.var.index) == 1 and n.var.index[0].isalpha() and
               len(n.var.index[0]) == 1]
    for node, total in ((at, n) for at in nodes for n in walk(at) if isinstance(n, Sum)):
        if total.skip is not None or total.index is None:
            continue
        inside = {id(n) for n in walk(total)}
        for var in members:
            beside = any(isinstance(m, Sym) and m == var and id(m) not in inside
                         for m in walk(node))  # -log σ(u_oᵀv_c) - Σ_k ...: written apart
            if beside and var.index[0] != total.index and any(
                    isinstance(m, Sym) and m.index == (total.index,) and m.stem == var.stem
                    and m.sup == var.sup for m in walk(total.body)):
                return var, total
    return None


def unfixed_lengths(low: Lowering, ctx, line: int, values: tuple, sides: tuple = ()) -> list:
    """A step computed at the example's values (its sides numbers) through a sum whose length
    is a name the text never gives a value (Σ_{i=1}^{m}, read over N terms), while the
    example gives another number of members of a family the sum counts (x_1 … x_4, from a
    table or a list): how many terms the writer sums is not known here, so a difference is a
    guess (certainty.Guess), not a slip. Empty when the sides keep names, the length is bound,
    or the members given are as many as the sum was read over (a tuple's length: layout).
    The example's members decide the reading the text means (`Guess.stated`): the step's
    `sides` with the length bound to their number; a step that holds so holds."""
    from checker.derive.guess import Guess

    if any(free_symbols(v, True) for v in values):
        return []
    out = []
    for size in sorted(low.sizes):
        if ctx.bound({size}, line) or not size.isidentifier():
            continue
        read = layout.size(low, size)
        given = sorted((count, family) for family in low.counted.get(size, ())
                       if (count := _given(ctx, family, line)) >= 2 and count != read)
        if given:
            count, family = given[-1]
            shown = f"{ctx.shown(family)}_1 … {ctx.shown(family)}_{count}"
            bindings = {**ctx.bindings, size: [(line, sp.Integer(count), None)]}
            stated = (*sides, replace(ctx, bindings=bindings)) if len(sides) == 2 else ()
            out.append(Guess(f"the sum runs to {size}, which the text gives no value, read "
                             f"as {read} terms, though the example gives {family}_1 … "
                             f"{family}_{count}", f"give {size}'s value (`${size} = ...$`)",
                             stated=stated, why=f"{size} = {count}, the number of members "
                             f"the example gives ({shown})"))
    return out
