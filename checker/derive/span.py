"""Which members a family stands for when an undefined loss is a function of it.

`g_i = ∂L/∂y_i` makes L an unknown function of the outputs y; which outputs, the text says by
the indices it writes: `y_0 = ...`, `∂L/∂x_4`, `g_2 k_0`, `Σ_{i=0}^{2}`. A family written from
index 0 (a convolution's taps, NumPy's indices) starts at 0, else at 1; it has as many members
as the example's vector for its gradient (`g = (1, 0, -1)`: three), else it runs to the
largest index written for it or for the names that stand for its gradient, and at least over
the open range (dimension.OPEN_RANGE): a member the writer never names carries a term the
writer's formula for a written member may need (x_1 in y_0 and y_1). A family none of whose
members is written, in a text that counts another from 0, starts where nothing says:
application.family notes that guess.

Reading the wrong members would decide a step by terms that are not there (∂L/∂x_0 = g_0k_0
holding as 0 = 0 when y_0 is no argument), hence the written indices, never a fixed 1..N.
"""

from __future__ import annotations

from collections.abc import Iterable

from checker.derive.dimension import OPEN_RANGE

LONGEST = 12  # more members than this is no worked example: the open range stands


def note_indices(written: dict[str, set[int]], arity: dict[str, set[int]],
                 nodes: Iterable, from_zero: dict[str, set[str]] | None = None) -> None:
    """Record the integer index of every member a formula writes (y_0, g_12; not W_{1,2}, not
    x_{i+1}), by the family's stem, and how many indices of letters each stem is written
    with (w_{ij}: 2, x_i: 1); and (`from_zero`) the matrices read inside sums from 0."""
    from checker.derive.tree import Num, Sum, Sym, walk

    nodes = list(nodes)
    if from_zero is not None:
        _note_from_zero(from_zero, nodes)
    for node in nodes:
        for n in walk(node):
            if isinstance(n, Sym) and n.index and all(str(i).isalpha() for i in n.index):
                arity.setdefault(n.stem, set()).add(len(n.index))
            if isinstance(n, Sym) and len(n.index) == 1 and n.index[0].isdigit():
                written.setdefault(n.stem, set()).add(int(n.index[0]))
            elif isinstance(n, Sum) and n.index and _number(n.lo) is not None:
                hi = _number(n.hi)
                bounds = {_number(n.lo)} | ({hi} if hi is not None else set())
                for m in walk(n.body):
                    if isinstance(m, Sym) and m.index == (n.index,):
                        written.setdefault(m.stem, set()).update(bounds)
                    elif isinstance(m, Sym) and len(m.index) == 1 and n.lo == Num("0") and \
                            n.index in _letters(m.index[0]):  # x_{i+j} in Σ_{j=0}: from 0
                        written.setdefault(m.stem, set()).add(0)


def _note_from_zero(from_zero: dict[str, set[str]], nodes: list) -> None:
    """`O_{ij} = Σ_{u=0}^{2} Σ_{v=0}^{2} I_{i+u,j+v} K_{u,v}`: an entry with two indices read
    inside sums from 0, each index's letters those sums' or the defined family's (i, j of
    O_{ij}), every index reading a sum's letter or the family's: the matrix (I, K) is counted
    from 0 when that family is (zero_matrix); its stem → the family's stem ("" for none)."""
    import re

    from checker.derive.tree import Num, Sum, Sym, walk

    head = nodes[0] if nodes and isinstance(nodes[0], Sym) and len(nodes[0].index) == 2 and \
        all(str(i).isalpha() and len(str(i)) == 1 for i in nodes[0].index) else None
    family = set(map(str, head.index)) if head is not None else set()
    for node in nodes[1:] if head is not None else nodes:
        for total in (n for n in walk(node) if isinstance(n, Sum) and n.lo == Num("0")):
            zero = {total.index}
            zero |= {n.index for n in walk(total) if isinstance(n, Sum) and n.lo == Num("0")}
            for m in walk(total.body):
                if not (isinstance(m, Sym) and len(m.index) == 2 and head != m):
                    continue
                if not all(re.fullmatch(r"[A-Za-z](?:\+[A-Za-z])*", str(i)) for i in m.index):
                    continue  # (W_{a+1,b+1}: counted from 1, whatever a starts at)
                letters = [_letters(i) for i in m.index]
                if all(ls <= zero | family for ls in letters) and \
                        any(ls & zero for ls in letters):
                    uses = {head.stem} if any(ls & family for ls in letters) else {""}
                    from_zero.setdefault(m.stem, set()).update(uses)


def zero_matrix(ctx, stem: str) -> bool:
    """A matrix counted from 0 (span._note_from_zero): read inside sums from 0 (K_{u,v}), or
    with a defined family's index letters too (I_{i+u,j+v}) where the text writes that
    family at index 0 (O_{00}). Not where the text writes the matrix's own entries at digit
    pairs, none with a 0 (K_{11} … K_{22} in a worked example after Σ_{a=0} K_{ab}): there
    its numbers count from 1."""
    uses = ctx.from_zero.get(stem)
    pairs = {i for i in ctx.indices.get(stem, ()) if i >= 10} if uses else set()
    if pairs and all("0" not in str(i) for i in pairs) and \
            not any(i < 10 for i in ctx.indices.get(stem, ())):
        return False
    return bool(uses) and all(not u or 0 in ctx.indices.get(u, ()) for u in uses)


def _letters(index: str) -> set[str]:
    import re

    return set(re.findall(r"[A-Za-z]+", str(index)))


def _number(node) -> int | None:
    from checker.derive.tree import Num

    if isinstance(node, Num):
        try:
            value = float(node.text)
        except (TypeError, ValueError):
            return None
        return int(value) if value.is_integer() and 0 <= value <= LONGEST else None
    return None


def written(indices: dict[str, set[int]], stems: Iterable[str]) -> bool:
    """Does the text write any member of these families at a number (y_0, g_2)? Without one,
    where the family starts (0 or 1) is a guess."""
    return any(indices.get(stem) for stem in stems)


def members(written: dict[str, set[int]], stems: Iterable[str], length: int = 0) -> range:
    """The indices a family stands for: from 0 when any of `stems` (the family and the names of
    its gradient) is written at 0, else from 1; `length` of them when the example gives its
    gradient as a vector of that length, else to the largest index written, and over at least
    the open range."""
    seen: set[int] = set()
    for stem in stems:
        seen |= written.get(stem, set())
    start = 0 if 0 in seen else 1
    count = length or max([OPEN_RANGE] + [k - start + 1 for k in seen])
    return range(start, start + min(count, LONGEST))


def as_pair(arity: dict[str, set[int]], sym):
    """w_{21} where the text writes the family w_{ij} with two indices (and never w_i): the
    entry w_{2,1}, its two digits two indices, as a matrix's entries are written without a
    comma; None for any other name."""
    from dataclasses import replace

    if len(sym.index) != 1 or arity.get(sym.stem) != {2}:
        return None
    index = str(sym.index[0])
    if len(index) != 2 or not index.isdigit():
        return None
    return replace(sym, index=(index[0], index[1]))


def pair_read(ctx, sym, pair, line: int) -> bool:
    """Whether w_{21} is read as the pair `as_pair` gives: the one-index name has no meaning of
    its own (no definition but the two-index family's, no value), and neither has w itself,
    unless the text gives the entries' rule (`Â_{ij} = Ã_{ij}/\\sqrt{d_i d_j}` beside `Â = D^{-1/2}
    Ã D^{-1/2}`: Â_{13} is that rule at i = 1, j = 3, as a matrix's entry is written)."""
    from dataclasses import replace

    def rule(found) -> bool:
        return found is not None and len(getattr(found, "index", ()) or ()) == 2

    own = ctx.lookup(sym, line)
    if (own is not None and not rule(own)) or ctx.bound({sym.name}, line):
        return False
    whole = replace(sym, index=())
    return rule(ctx.lookup(pair, line)) or not (ctx.lookup(whole, line) is not None or
                                                ctx.bound({whole.name}, line))
