"""A claimed step read once: its sides lowered to SymPy under the conditions it is stated under,
at the values the text binds, with the tolerance its written digits allow. Every decider of
`reading.py` takes this evidence (a `Claim`) and none reads the sides again on its own unless
it tries another reading of them.

`read` builds it; `step.py` runs the deciders over it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import sympy as sp

from checker.derive import jacobian, layout, region
from checker.derive.binding import given_values, moved_value, ranging_names, stale_shapes
from checker.derive.condition import Restriction, restriction
from checker.derive.context import Context
from checker.derive.cycle import recurrent_names
from checker.derive.differentiation import derivative_variables
from checker.derive.equivalence import Comparison, digits_tolerance
from checker.derive.errors import Kink, ShapeMismatch
from checker.derive.inversion import at_given_intermediates
from checker.derive.markdown import Formula
from checker.derive.meaning import Lowering
from checker.derive.render import render
from checker.derive.result import Step
from checker.derive.rounding import bound_rounding, shown_exact, tolerance, written_number
from checker.derive.slip import swapped_from
from checker.derive.state import State
from checker.derive.tree import Bin, Call, Neg, Node, Num, Relation, Shape, Sym, walk
from checker.derive.traversal import free_symbols


@dataclass(frozen=True)
class Written:
    """A claimed step as the text writes it: `lhs = rhs` (rendered; of the whole step, when
    its sides are read entry by entry) in f's line, stated under the conditions `given`, in a
    chain differentiating by `variables`, with `≈` (`approx`) or `=`."""
    state: State
    f: Formula
    lhs: str
    rhs: str
    given: tuple[Relation, ...] = ()
    variables: tuple[Sym, ...] = ()
    approx: bool = False

    def verdict(self, verdict: str, method: str) -> Step:
        """The step with this verdict, decided by `method`."""
        return Step(self.f.line, verdict, self.lhs, self.rhs, method, source=self.f.text)


@dataclass(frozen=True)
class Claim:
    """The evidence a step's deciders share: `left = right` (one entry of the written step,
    or all of it) read by `low` under `limits`; `lv`, `rv` its sides at the bound values (a
    tuple oriented as the column it is compared with), `raw` before any bound value,
    `general` at the bound values of this section only (no earlier example's), in the
    context `ctx` restricted to the conditions, whose `values` (`if y = 1`) are substituted;
    `names` the free names of the sides (without names a case ranges over), `stale` those
    bound in an earlier section or example, `held` the names read as the value the example
    gave them, `atol` the tolerance of the written digits. `cmp` is the comparison of the
    sides once made (None before), `example_values` the example's values it was made at."""
    written: Written
    left: Node
    right: Node
    low: Lowering
    limits: Restriction
    held: frozenset[str]
    ctx: Context
    values: dict
    raw: tuple
    lv: sp.Basic
    rv: sp.Basic
    general: tuple
    names: set[str]
    stale: dict[str, int]
    atol: float
    cmp: Comparison | None = None
    example_values: dict = field(default_factory=dict)

    @property
    def state(self) -> State:
        return self.written.state

    @property
    def line(self) -> int:
        return self.written.f.line

    @property
    def sides(self) -> tuple[Node, Node]:
        return self.left, self.right

    @cached_property
    def recurrent(self) -> frozenset[str]:
        """The recurrence's names a local reading of its derivatives holds fixed (empty when
        the step does not differentiate a state of one): cycle.recurrent_names."""
        return recurrent_names(self.sides, self.state, self.line)

    def verdict(self, verdict: str, method: str) -> Step:
        return self.written.verdict(verdict, method)


def read(w: Written, left: Node, right: Node, reached: bool = False, earlier: bool = False,
         joined: int = 0) -> Claim | Step:
    """`left = right` read as a Claim; `reached`, `earlier`, `joined`: the shapes to infer for
    names of no declared shape (layout.infer_shapes; inference.earlier_shape). A Step when
    reading alone decides it: one side at a kink, the other outside every subgradient."""
    state, line = w.state, w.f.line
    limits = restriction(w.given)
    low = Lowering(state.ctx, line, calls=_calls((left, right)),
                   wrt=derivative_variables((left, right)),
                   free_index=dict(limits.indices), earlier=earlier)
    for side in (left, right):
        low.note_ranges(side)
    low.note_reached_ranges((left, right))
    layout.infer_shapes(low, (left, right), reached, joined)
    held = given_values(state, (left, right), line)  # `ŷ ≈ 0.9242`: that value
    try:
        lv, rv = low.expr(left, hold=held), low.expr(right, hold=held)
    except Kink as kink:  # ReLU'(0) = 2: outside every subgradient
        outside = _off_subgradients(kink, left, right, lambda side: state.ctx.at_bound_values(
            Lowering(state.ctx, line).expr(side), line))
        if outside is None:
            raise
        return w.verdict("fails", outside)
    except ShapeMismatch as err:  # W of another section's example (2 × 3) in r = Wx - t
        raise stale_shapes(state, (left, right), line, err) or err from err
    lv, rv = jacobian.as_matrices(lv, rv, low.doubts)  # ∂p/∂z = diag(p) - ppᵀ
    state.use(low.leaves, line)
    ctx, values = region.restricted(state.ctx, low, limits)
    lv, rv = layout.oriented(low, lv.xreplace(values), rv.xreplace(values),  # `if y = 1`: at y = 1
                             (left, right))
    lv, rv = at_given_intermediates(state, (left, right), (lv, rv), line)  # p = 0.2, p = σ(z)
    ranging = ranging_names((left, right))  # cases over r: for every r, whatever r was bound to
    names = {str(s) for v in (lv, rv) for s in free_symbols(v, ())} - ranging
    stale = ctx.stale(names, line)  # values from an earlier example: a guess
    general = ctx.at_bound_values(lv, line, stale=False, ranging=ranging), \
        ctx.at_bound_values(rv, line, stale=False, ranging=ranging)
    raw = lv, rv
    lv, rv = _tuple_oriented(left, right, ctx.at_bound_values(lv, line, ranging=ranging),
                             ctx.at_bound_values(rv, line, ranging=ranging))
    general = _tuple_oriented(left, right, *general)

    def number(side: Node) -> float | np.ndarray | None:
        try:
            got = ctx.at_bound_values(Lowering(state.ctx, line).expr(side, hold=held), line)
            if getattr(got, "free_symbols", True):
                return None
            return np.array(got, dtype=float) if getattr(got, "is_Matrix", False) \
                else float(got)
        except Exception:  # noqa: BLE001 - then no rounding is allowed for
            return None

    exact = state.exact_numbers(line)
    atol = tolerance(left, right, w.approx, number, exact,
                     state.approximated_numbers(line)) + bound_rounding(
        raw, ctx.roundings(names, line), moved_value(ctx, line))
    written = written_number(right)
    if written is not None and isinstance(number(left), float) and \
            swapped_from(written, number(left)):  # `1.05^2 = 1.1052`: no rounding swaps digits
        atol = digits_tolerance([written])
    shown = shown_exact(right, lv, rv, left, ctx.roundings(names, line), exact)
    if shown is not None:  # `0.9 × 0.75 = 0.675`: 0.675, used after it, is no rounded value
        state.exact.setdefault(shown, []).append(line)
    given = written_number(right) if w.approx else None  # `≈ 0.33`, reused rounded after it
    if given and "." in given and len(given.replace(".", "").strip("-0")) >= 2:  # (not `≈ 0.5`)
        state.approximated.setdefault(given, []).append(line)
    return Claim(w, left, right, low, limits, held, ctx, values, raw, lv, rv, general, names,
                 stale, atol)


def _of_tuples(node: Node) -> bool:
    """A tuple, or tuples combined with each other and with numbers (`(1, 3) - (1, 2)`,
    `0.5 (2, 4)`): written without orientation, like one tuple."""
    if isinstance(node, Shape):
        return True
    if isinstance(node, Neg):
        return _of_tuples(node.arg)
    if isinstance(node, Bin) and node.op in ("+", "-"):
        return _of_tuples(node.left) and _of_tuples(node.right)
    if isinstance(node, Bin) and node.op in ("*", "/"):
        return (_of_tuples(node.left) and isinstance(node.right, Num)) or \
            (node.op == "*" and isinstance(node.left, Num) and _of_tuples(node.right))
    return False


def _tuple_oriented(left: Node, right: Node, lv, rv) -> tuple:
    """`Xw - y = (1/3 - 1, 4/3 - 2)`, `Xw - y = (1, 3) - (1, 2)`: a tuple has no orientation;
    against a column vector it is that column, compared entry by entry."""
    for tup, (a, b) in ((right, (lv, rv)), (left, (rv, lv))):
        if _of_tuples(tup) and getattr(a, "is_Matrix", False) and \
                getattr(b, "is_Matrix", False) and b.shape[0] == 1 and a.shape == b.shape[::-1]:
            return (a, b.T) if tup is right else (b.T, a)
    return lv, rv


def _off_subgradients(kink: Kink, left: Node, right: Node, value) -> str | None:
    """`ReLU'(0) = 2`: one side is the slope at a kink, the other a number outside every
    subgradient there (outside the one-sided slopes: [0, 1] for ReLU, [-1, 1] for |x|); a
    value inside is a convention (None: undecided)."""
    if kink.low is None or kink.high is None:
        return None
    for here, other in ((left, right), (right, left)):
        if here is not kink.node and here != kink.node:
            continue
        try:
            got = value(other)
            number = float(got)
        except Exception:  # noqa: BLE001 - not a number: undecided, as before
            return None
        if kink.low - 1e-9 <= number <= kink.high + 1e-9:
            return None
        return (f"{render(kink.node)} is at a kink: any value between the one-sided slopes "
                f"{kink.low:g} and {kink.high:g} is a subgradient, and {number:g} is none of them")
    return None


def _calls(sides: tuple[Node, ...]) -> frozenset[str]:
    """The functions a step applies: an alias such as x → x_j holds in steps about f only."""
    return frozenset(n.name for side in sides for n in walk(side) if isinstance(n, Call))
