"""The vector a family's members make: `s_i = e^{z_i}/(e^{z_1} + e^{z_2} + e^{z_3})` writes the
members z_1, z_2, z_3 of the z its index runs through, so i counts 1 to 3; `s` (bold in
print) and `z` written alone are then the vectors (s_1, s_2, s_3) and (z_1, z_2, z_3), as every
reader takes them (`∂s/∂z`, the softmax's Jacobian). Only where the body lists those members
exactly, counted from 1 (or 0) without a gap; a name the text defines, or binds on or before
the line read (the example's s = (0.7, 0.2, 0.1)), keeps its own value (definition.lookup reads
this last); an entry z_2 beside the column z is that column's entry (`of_members`: no guess)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.derive.tree import Matrix, Sym, walk

if TYPE_CHECKING:
    from collections.abc import Callable

    from checker.derive.context import Context
    from checker.derive.definition import Definition

_COUNTS: dict[int, tuple[object, tuple[str, ...], tuple[str, ...]]] = {}  # id(body) → counted


def whole_of_family(ctx: Context, sym: Sym, as_of: int | None,
                    get: Callable[[Context, str, int | None], Definition | None]
                    ) -> Definition | None:
    """A plain name (no index, superscript or accent) the text leaves undefined, whose family
    (s_i) or whose members inside a family's body (z_i in s_i's) run over the numbers that
    body lists: the column of those members, as a definition on the family's line. None
    otherwise. (`get` is definition.get, passed in: definition.py imports this module.)"""
    if sym.index or sym.sup or sym.accents or as_of is None:
        return None
    if any(at <= as_of for at, *_ in ctx.bindings.get(sym.name, ())):
        return None  # (`s = (0.7, 0.2, 0.1)` above: the example's own vector)
    for key in [k for k in ctx.history if k.endswith("_*")]:
        found = get(ctx, key, as_of)
        if found is None or len(found.index) != 1 or type(found.index[0]) is not str or \
                found.params:
            continue  # (one plain letter: not a Shift, w_{t+1})
        stems, numbers = _counted(found)
        if sym.stem in stems and numbers:
            members = tuple(Sym(sym.base, (n,)) for n in numbers)
            return type(found)(sym.name, sym, Matrix(tuple((m,) for m in members)), found.line,
                               until=found.until)  # a column, as vectors are read
    return None


def _counted(d: Definition) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The stems that are vectors of d's range (d's own, and those its body reads at d's index
    letter), and the numbers the body lists them at (`("1", "2", "3")`); nothing when the
    body lists no such members, or with a gap."""
    cached = _COUNTS.get(id(d.body))
    if cached is not None and cached[0] is d.body:
        return cached[1], cached[2]
    letter = d.index[0]
    read = {n.stem for n in walk(d.body) if isinstance(n, Sym) and n.index == (letter,) and
            not n.sup}
    listed = {n.stem: set() for n in walk(d.body) if isinstance(n, Sym) and not n.sup}
    for n in walk(d.body):
        if isinstance(n, Sym) and len(n.index) == 1 and str(n.index[0]).isdigit() and not n.sup:
            listed[n.stem].add(int(n.index[0]))
    counts = {frozenset(listed[s]) for s in read if listed.get(s)}
    numbers: tuple[str, ...] = ()
    if len(counts) == 1 and not any(listed.get(s) for s in read if not listed[s]):
        found = sorted(next(iter(counts)))
        if len(found) >= 2 and found[0] in (0, 1) and found == list(range(found[0],
                                                                            found[-1] + 1)):
            numbers = tuple(map(str, found))
    stems = (d.name.stem, *sorted(s for s in read if listed.get(s))) if numbers else ()
    _COUNTS[id(d.body)] = (d.body, stems, numbers)
    return stems, numbers


def of_members(definition: Definition, whole: Sym) -> bool:
    """Whether a definition of `whole` is the column of its own members (z = (z_1, z_2, z_3)
    read from s_i's body): then z_2 is that column's entry, never a variable apart from z."""
    body = definition.body
    return isinstance(body, Matrix) and all(
        len(row) == 1 and isinstance(row[0], Sym) and row[0].base == whole.base and
        row[0].sup == whole.sup and len(row[0].index) == 1 for row in body.rows)
