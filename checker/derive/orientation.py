"""The orientations a step's guessed vectors may have. Shapes inferred for lowercase names
(x, w, θ: inference.py) guess that they are columns; a step that differs with them as columns
and as numbers (every free size 1) is tried with them as rows too: unless it holds that way,
no layout the writer may mean makes it hold. A product of two vectors of one shape (x^{(i)}θ
with x^{(i)} a row of X, q·k) is read entry by entry; when that leaves a vector beside a number,
the one reading under which the sides conform, their dot product, is tried (`as_dot_products`). `plain` says whether
the values compared were read with nothing left open, so that such a difference is the step's
and not the reading's.
"""

from __future__ import annotations

import sympy as sp

from checker.derive import layout
from checker.derive.deadline import Timeout
from checker.derive.equivalence import compare
from checker.derive.errors import Undecided
from checker.derive.meaning import Lowering
from checker.derive.state import State
from checker.derive.traversal import symbols_of
from checker.derive.tree import Node


def plain(state: State, low: Lowering, *values) -> bool:
    """Values read from the text with nothing left open: no entry of a declared matrix on
    one side only (X_{ij} beside x_i: how they relate is said in words), no
    name whose definition is in force left as a name (s = cos(a, b) whose value could not be
    taken here), no entry of a vector read as a name of its own (w_0 beside the vector w),
    no derivative or function of the text's left unevaluated. Otherwise a difference may be
    the reading's, not the step's."""
    ctx = state.ctx
    if len(values) != 2:
        return False
    names = [{str(x) for x in symbols_of(v)} for v in values]
    if any(ctx.entries.get(name, ("",))[0] in ctx.shapes for name in names[0] ^ names[1]):
        return False  # X_{ij} beside x_i: entries of a declared matrix on one side only
    for name in names[0] | names[1]:
        sym = ctx.symbols.get(name)
        if sym is not None and (ctx.lookup(sym, low.line) is not None or
                                sym.index and sym.stem in low.inferred):
            return False
    return not any(getattr(v, "atoms", None) and (v.atoms(sp.Derivative) or
                   v.atoms(sp.core.function.AppliedUndef)) for v in values)


def holds_as_rows(state: State, low: Lowering, sides: tuple[Node, Node], held, atol: float,
                  line: int) -> bool:
    """A step whose vectors' orientation was guessed (columns), that differs with them as
    columns and as numbers: does it hold with every one of them a row? (An identity that held
    as rows at every length would hold at length 1, where rows are numbers and it differs; so
    only a reading that can be taken and agrees says the orientation may matter.)"""
    flip = Lowering(state.ctx, line, calls=low.calls, wrt=low.wrt,
                    free_index=dict(low.free_index))
    layout.infer_shapes(flip, sides)
    flip.inferred = {n: (s[1], s[0]) for n, s in flip.inferred.items()}
    flip.families = {k: (s[1], s[0]) for k, s in flip.families.items()}
    try:
        lv, rv = (scalar_of(state.ctx.at_bound_values(flip.expr(n, hold=held), line))
                  for n in sides)
        if isinstance(lv, sp.MatrixBase) and isinstance(rv, sp.MatrixBase) and \
                lv.shape == rv.shape[::-1] != rv.shape:
            rv = rv.T  # a row beside a column: the layout of a derivative; compare values
        if isinstance(lv, sp.MatrixBase) != isinstance(rv, sp.MatrixBase) or \
                getattr(lv, "shape", None) != getattr(rv, "shape", None):
            return False
        return compare(lv, rv, state.ctx, atol=atol).agree
    except Timeout:
        raise
    except Exception:  # noqa: BLE001 - as rows it does not conform, or cannot be taken
        return False


def as_dot_products(state: State, low: Lowering, sides: tuple[Node, Node], held,
                    atol: float, line: int, written: bool = False):
    """The comparison of a step's sides with every product of two vectors of one shape read
    as their dot product, when that reading makes both sides numbers; else None. (Only ever
    used to show that a step holds: the entry-by-entry reading did not conform, and the
    writer's meaning is a reading.) Only products whose orientation the text leaves open
    (tuples, rows of a matrix, names of no declared shape) are read so, unless the step
    writes a dot (`written`: x · w); two declared columns side by side (x w) do not conform,
    and a step that needs them read as a dot product stays undecided, saying so."""
    if "vectors" not in low.readings:
        return None
    dot = Lowering(state.ctx, line, calls=low.calls, wrt=low.wrt,
                   free_index=dict(low.free_index), dot="written" if written else True)
    for side in sides:
        dot.note_ranges(side)
    layout.infer_shapes(dot, sides)
    try:
        lv, rv = (scalar_of(state.ctx.at_bound_values(dot.expr(n, hold=held), line))
                  for n in sides)
        if isinstance(lv, sp.MatrixBase) or isinstance(rv, sp.MatrixBase):
            lv = None
        else:
            cmp = compare(lv, rv, state.ctx, atol=atol)
    except Timeout:
        raise
    except Exception:  # noqa: BLE001 - not decided that way either
        return None
    if lv is None:  # a vector beside a number still
        refused = sorted(r for r in dot.readings if r.startswith("oriented "))
        if refused:
            _, a, b = refused[0].split(" ")
            raise Undecided(f"{a} {b}: the text fixes the orientation of {a} and {b} "
                            "(declared, or written as a column or row), and side by side "
                            "they do not conform; a dot product is written with a "
                            f"transpose ({a}^T {b}) or a dot ({a} \\cdot {b})")
        return None
    return cmp if cmp.agree else None


def scalar_of(value):
    """A 1 × 1 matrix as its one entry (a vector of length 1 is a number)."""
    return value[0, 0] if isinstance(value, sp.MatrixBase) and value.shape == (1, 1) else value
