"""A whole matrix written for a family the text defines entry by entry: `O_{ij} = Σ_u Σ_v
I_{i+u,j+v} K_{u,v}` with I and K bound, then `O = [0 0; -2 -3]`. O itself has no definition,
so the matrix read as the example's value of O would be a binding that checks nothing, though
every reader takes O as the matrix of its entries O_{ij}. Where each entry of the written
matrix is a member the rule gives a number at the example's values, counted from 0 or from 1
and only one of the two reaching every entry inside the matrices the rule reads, the written
matrix is a claim about those members (`members`), checked entry by entry, as a restatement
of a name defined nearby is (state.recent: not after a heading, nor far below the rule)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.derive.errors import ShapeMismatch, Undecided, Unreadable
from checker.derive.tree import Matrix, Node, Sym, walk

if TYPE_CHECKING:
    from checker.derive.state import State

_LARGEST = 6  # rows or columns: a worked example's result, not a table


def members(head: Node, value: Node, line: int, state: State) -> Matrix | None:
    """The matrix of O's members O_{r,c} that `O = value` (a matrix of numbers) claims, or None
    where O is no plain undefined, unbound name of a two-letter family, or the members are not
    all numbers at one counting (from 0 or from 1) only."""
    if not (isinstance(head, Sym) and not head.index and not head.sup and not head.accents and
            isinstance(value, Matrix) and not value.elided_rows and value.rows and
            all(not isinstance(n, Sym) for n in walk(value))):
        return None
    rows, cols = len(value.rows), len(value.rows[0])
    if not (1 <= rows <= _LARGEST and 1 <= cols <= _LARGEST) or rows * cols < 2 or \
            any(len(r) != cols for r in value.rows):
        return None
    ctx = state.ctx
    if ctx.lookup(head, line) is not None or ctx.bound({head.name}, line):
        return None
    family = ctx.get(f"{head.stem}_*", line)
    if family is None or family.params or len(family.index) != 2 or \
            not all(isinstance(i, str) and i.isalpha() for i in family.index) or \
            not state.recent(family.line, line):
        return None  # (far behind, or in another section: O may be another example's)
    found = [m for m in (_at(head, first, rows, cols) for first in (0, 1))
             if _all_numbers(m, line, state)]
    return found[0] if len(found) == 1 else None


def _at(head: Sym, first: int, rows: int, cols: int) -> Matrix:
    return Matrix(tuple(tuple(Sym(head.base, (str(first + r), str(first + c)), head.sup)
                              for c in range(cols)) for r in range(rows)))


def _all_numbers(grid: Matrix, line: int, state: State) -> bool:
    """Every member a number at the example's values (none reaching outside a matrix)."""
    from checker.derive.meaning import Lowering

    for row in grid.rows:
        for m in row:
            try:
                value = Lowering(state.ctx, line).expr(m)
            except (ShapeMismatch, Undecided, Unreadable, TypeError, ValueError, RecursionError):
                return False
            value = state.ctx.at_bound_values(value, line)
            if getattr(value, "free_symbols", True) or getattr(value, "is_Matrix", False):
                return False
    return True
