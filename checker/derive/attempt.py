"""A step that differs as read, as the judge of its failure saw it (`Attempt`), and the one way
every other reading of it is checked (`reread`): the same sides read again in another context
(names defined as the text does further on, values a case in words gives, an earlier equation
solved), compared as the step was. The readings themselves are in `alternative.py`."""

from __future__ import annotations

from dataclasses import dataclass, replace

from checker.derive import layout, region
from checker.derive.binding import ranging_names
from checker.derive.condition import Restriction
from checker.derive.context import Context
from checker.derive.equivalence import Comparison, compare
from checker.derive.markdown import Formula
from checker.derive.meaning import Lowering
from checker.derive.state import State
from checker.derive.tree import Node, Relation


@dataclass(frozen=True)
class Attempt:
    """One step `left = right` of formula `f` that differs as read by `low` in `ctx` (its
    sides' values `lv`, `rv`, compared within `atol`), under the conditions `given` (applied
    as `limits`), with the names `held` at the values the example gave (`cmp`: how they were
    found to differ)."""

    state: State
    f: Formula
    left: Node
    right: Node
    low: Lowering
    ctx: Context
    lv: object
    rv: object
    atol: float
    given: tuple[Relation, ...] = ()
    limits: Restriction | None = None
    held: frozenset[str] = frozenset()
    cmp: Comparison | None = None  # how the sides were found to differ

    @property
    def line(self) -> int:
        return self.f.line


def lowering(attempt: Attempt, ctx: Context) -> Lowering:
    """A fresh reading of the attempt's step in `ctx`, as its own was made (same functions,
    variables, index values, and the counts its sums range over: the N of `\\frac{1}{N}
    \\sum_{i=1}^{N}` outside the sum is its length, as claim.read has it), with the shapes its
    sides imply."""
    low = attempt.low
    again = Lowering(ctx, low.line, calls=low.calls, wrt=low.wrt,
                     free_index=dict(low.free_index))
    for side in (attempt.left, attempt.right):
        again.note_ranges(side)
    again.note_reached_ranges((attempt.left, attempt.right))
    layout.infer_shapes(again, (attempt.left, attempt.right))
    return again


def sides(attempt: Attempt, ctx: Context) -> tuple[Context, object, object]:
    """The step's sides read again in `ctx` as `step.check` reads them (its conditions applied,
    at the values bound there), and the context to compare them in."""
    low, nodes = lowering(attempt, ctx), (attempt.left, attempt.right)
    lv, rv = (low.expr(n, hold=attempt.held) for n in nodes)
    limits = replace(attempt.limits) if attempt.limits is not None else Restriction()
    ctx, values = region.restricted(ctx, low, limits)  # (a copy: it notes what it left out)
    lv, rv = layout.oriented(low, lv.xreplace(values), rv.xreplace(values), nodes)
    ranging = ranging_names(nodes)
    return ctx, *(ctx.at_bound_values(v, attempt.line, ranging=ranging) for v in (lv, rv))


def reread(attempt: Attempt, ctx: Context) -> Comparison:
    """The step read again in `ctx` and compared as it was."""
    ctx, lv, rv = sides(attempt, ctx)
    return compare(lv, rv, ctx, atol=attempt.atol)


def widened(ctx: Context) -> Context:
    """A copy of ctx whose definitions can be added to without touching ctx's."""
    return replace(ctx, definitions=dict(ctx.definitions),
                   history={k: list(v) for k, v in ctx.history.items()})

