"""Matrices written with elisions (`\\cdots`, `\\vdots`, `\\ddots` between written entries such
as x_{11}, x_{1n}, x_{m1}, x_{mn}) → a Pattern of their entries in the row and column index.

The index that changes down a column is the row index, the one that changes along a row the
column index; the last written row and column say how many there are. A written entry that
breaks the pattern is reported where it stands. (Sums written out with dots, `t_1 + t_2 +
\\dots + t_n`: progression.py.)
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from checker.derive.errors import Unreadable
from checker.derive.render import render
from checker.derive.tree import Const, Elision, Grid, Node, Num, Sym, walk

ROW, COL = "ρ", "γ"  # the placeholders a grid's template has for its row and column index


@dataclass(frozen=True)
class Axis:
    """One axis of a grid: how many entries it has (`364`, `m`, or a count when nothing is
    elided along it), and whether the count is written as an index (then it is a size)."""

    size: str
    elided: bool


@dataclass(frozen=True)
class Pattern:
    """A grid read: its entries as templates in ρ (row) and γ (column) — one template when
    both axes are elided, one per written column (or row) when only the other axis is — its
    axes, and the written entries that break the pattern (row, column as written: 1, 2, ...
    or the last, with what was expected)."""

    templates: tuple[tuple[Node, ...], ...]
    rows: Axis
    cols: Axis
    breaks: tuple[tuple[str, str, Node, Node], ...]
    repeated: bool = False  # [b; b; ⋮; b]: one entry repeated, as many as a neighbour needs

    def entry(self, row: int, col: int, row_name: str | None = None,
              col_name: str | None = None) -> Node:
        """The entry at 1-based (row, col); row_name/col_name: the index as written."""
        r = 0 if self.rows.elided else row - 1
        c = 0 if self.cols.elided else col - 1
        template = self.templates[min(r, len(self.templates) - 1)][
            min(c, len(self.templates[0]) - 1)]
        return instantiate(template, row_name or str(row), col_name or str(col))


def _positions(count_before: int, count_after: int, size: str) -> list[str]:
    return [str(k) for k in range(1, count_before + 1)] + \
        [size if k == 0 else f"{size}-{k}" for k in range(count_after - 1, -1, -1)]


def read_grid(grid: Grid) -> Pattern:
    """The pattern of a matrix written with `\\cdots`, `\\vdots`, `\\ddots`: the index that
    changes down a column is the row index, the one that changes along a row the column
    index, the last written row and column say how many there are."""
    written = [row for row in grid.rows if any(not isinstance(c, Elision) for c in row)]
    elided_at = [k for k, row in enumerate(grid.rows)
                 if all(isinstance(c, Elision) for c in row)]
    if not written:
        raise Unreadable("written entries around the elisions", "only elisions")
    layouts = {_layout(row) for row in written}
    if len(layouts) != 1:
        raise Unreadable("rows with their elisions in the same columns", "rows that differ")
    before, after = layouts.pop()
    first_elided = elided_at[0] if elided_at else len(grid.rows)
    top = [row for k, row in enumerate(grid.rows) if k < first_elided and row in written]
    bottom = [row for k, row in enumerate(grid.rows) if k > first_elided and row in written]
    cells = [[c for c in row if not isinstance(c, Elision)] for row in top + bottom]
    flat = [c for row in cells for c in row]
    if len(flat) > 1 and len(set(flat)) == 1 and (len(cells) == 1 or len(cells[0]) == 1):
        # [b; b; ⋮; b]: every written entry the same, as many as a neighbour needs
        axis, one = Axis("?", True), Axis("1", False)
        return Pattern(((flat[0],),), axis if bottom else one, one if bottom else axis, (), True)
    templates = _templates(cells, len(top), before, bool(bottom), bool(after))
    row_size = _size(cells, len(top), templates, ROW) if bottom else str(len(top))
    col_size = _size(cells, before, templates, COL) if after else str(before)
    pattern = Pattern(templates, Axis(row_size, bool(bottom)), Axis(col_size, bool(after)), ())
    row_names = _positions(len(top), len(bottom), row_size) if bottom else \
        [str(k) for k in range(1, len(top) + 1)]
    col_names = _positions(before, after, col_size) if after else \
        [str(k) for k in range(1, before + 1)]
    breaks = []
    for r, (name_r, row) in enumerate(zip(row_names, cells), start=1):
        for c, (name_c, cell) in enumerate(zip(col_names, row), start=1):
            expected = pattern.entry(r, c, name_r, name_c)
            if expected != cell:
                breaks.append((name_r, name_c, cell, expected))
    return Pattern(templates, pattern.rows, pattern.cols, tuple(breaks))


def _templates(cells: list[list[Node]], top: int, before: int, rows: bool,
               cols: bool) -> tuple[tuple[Node, ...], ...]:
    """Each template: a written entry with the changing index tokens made placeholders."""
    def generalised(first_row: int, first_col: int) -> Node:
        slots: dict = {}
        if rows:
            slot = _slot(cells[first_row][first_col], cells[-1][first_col])
            if slot is None:
                raise Unreadable("entries that differ in one index down the elision",
                                 "entries of different forms")
            slots[slot] = ROW
        if cols:
            slot = _slot(cells[first_row][first_col], cells[first_row][-1])
            if slot is None:
                raise Unreadable("entries that differ in one index along the elision",
                                 "entries of different forms")
            slots[slot] = COL
        return _substitute(cells[first_row][first_col], slots)

    if rows and cols:
        return ((generalised(0, 0),),)
    if rows:  # every column written: one template per column
        return (tuple(generalised(0, c) for c in range(len(cells[0]))),)
    return tuple((generalised(r, 0),) for r in range(len(cells)))


def _size(cells: list[list[Node]], count: int, templates, placeholder: str) -> str:
    """The size an elided axis has: the index its last written entry has where the
    template has the placeholder."""
    last = cells[-1][0] if placeholder == ROW else cells[0][-1]
    for token, value in zip(_tokens(templates[0][0]), _tokens(last)):
        if token == placeholder:
            return value
    return str(count)


def _layout(row: tuple) -> tuple[int, int]:
    """How many written entries stand before the row's elision, and after it."""
    flags = [isinstance(c, Elision) for c in row]
    if True not in flags:
        return len(row), 0
    if sum(flags) > 1:
        raise Unreadable("one elision in a row", "several")
    k = flags.index(True)
    return k, len(row) - k - 1


def _tokens(node) -> list[str]:
    """The index tokens of a written entry in reading order (subscripts, `(i)` labels)."""
    out: list[str] = []
    for n in walk(node):
        if isinstance(n, Sym):
            out.extend(n.index)
            if n.sup.startswith("(") and n.sup.endswith(")"):
                out.append(n.sup[1:-1])
    return out


def _slot(first, last):
    """Which index tokens change from `first` (at position 1: its value is 1) to `last`
    (at the far end: its value is the size), the entries otherwise equal; None if not so."""
    a, b = _tokens(first), _tokens(last)
    if len(a) != len(b):
        return None
    differ = tuple(k for k, (x, y) in enumerate(zip(a, b)) if x != y)
    values = {(a[k], b[k]) for k in differ}
    if len(values) != 1 or next(iter(values))[0] != "1":
        return None
    if _substitute(first, {differ: b[differ[0]]}) != last:
        return None  # they differ in more than that index
    return differ


def _substitute(node, slots: dict) -> Node:
    """node with the index tokens at the given positions (reading order) replaced."""
    flat: dict[int, str] = {}
    for k, v in slots.items():
        for position in (k if isinstance(k, tuple) else (k,)):
            flat[position] = v
    counter = iter(range(10 ** 6))

    def swap(token: str) -> str:
        return flat.get(next(counter), token)

    def rebuild(n):
        if isinstance(n, Sym):
            index = tuple(swap(i) for i in n.index)
            sup = n.sup
            if sup.startswith("(") and sup.endswith(")"):
                sup = "(" + swap(sup[1:-1]) + ")"
            return replace(n, index=index, sup=sup)
        if isinstance(n, (Num, Const, Elision)) or n is None or isinstance(n, str):
            return n
        if isinstance(n, tuple):
            return tuple(rebuild(x) for x in n)
        fields = {name: rebuild(value) if not isinstance(value, (int, bool)) else value
                  for name, value in vars(n).items()}
        return type(n)(**fields)

    return rebuild(node)


def instantiate(template, row: str, col: str) -> Node:
    """A template at one row and column (as written: `2`, `364`, `m`)."""
    tokens = _tokens(template)
    slots = {(k,): {ROW: row, COL: col}[t] for k, t in enumerate(tokens) if t in (ROW, COL)}
    return _substitute(template, slots) if slots else template


def describe(breaks) -> str:
    """The entries that break a grid's pattern, in words."""
    return "; ".join(f"row {r}, column {c}: {render(written)} breaks the pattern of the elided "
                     f"matrix (expected {render(expected)})"
                     for r, c, written, expected in breaks)


def pattern_breaks(segments) -> list[tuple[Grid, str]]:
    """Every matrix written with elisions in a formula whose written entries break its
    pattern, with what breaks it."""
    out = []
    for seg in segments:
        for member in seg.relation.members:
            for node in walk(member):
                if isinstance(node, Grid):
                    try:
                        pattern = read_grid(node)
                    except Unreadable:
                        continue
                    if pattern.breaks:
                        out.append((node, describe(pattern.breaks)))
    return out
