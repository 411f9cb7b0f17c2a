"""One claimed step → a verdict: both sides read and compared numerically, at the conditions
and values the text gives, and the readings under which a differing step still holds; a step
that differs after all is judged in `difference.py` (undecided, or fails with a diagnosis and a
counterexample), other readings live in `alternative.py`.

Functions of the document's state (`state.py`); the walk (`equality.py`) calls them.
"""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from checker.derive import approximation, layout, region
from checker.derive.agreement import on_binary_values
from checker.derive.alternative import (
    as_general,
    identity_as_written,
    older_meaning,
    under_assumptions,
)
from checker.derive.binding import (
    defined_values,
    earlier_values,
    entrywise,
    values_shown,
)
from checker.derive.certainty import (
    recurrent_names,
)
from checker.derive.claim import Claim, Written, read
from checker.derive.context import Context
from checker.derive.deadline import Timeout
from checker.derive.difference import at_some_values, differs
from checker.derive.differentiation import stated_of
from checker.derive.equivalence import (
    compare,
    fmt,
)
from checker.derive.errors import Undecided, UnknownShape
from checker.derive.example import one_example
from checker.derive.guard import Place, failure, guarded
from checker.derive.markdown import Formula
from checker.derive.meaning import Lowering
from checker.derive.orientation import as_dot_products
from checker.derive.render import render, render_stem
from checker.derive.result import GIVEN, Step
from checker.derive.rounding import to_digits, with_stated
from checker.derive.shape import sides_differ
from checker.derive.state import State
from checker.derive.traversal import symbols_of
from checker.derive.tree import (
    Deriv,
    Node,
    Relation,
    Sym,
    walk,
)

STEP_SECONDS = 2.0  # the limit for one step
# undecided for want of shapes: names of no declared shape, a transpose of one, sizes that
# do not conform
SHAPE_REASON = re.compile(r"no declared shape|whose shape is not known|a matrix, the other a "
                          r"number|do not conform|declare the shapes")


def check(state: State, left: Node, right: Node, f: Formula, variables: tuple[Sym, ...] = (),
          given: tuple[Relation, ...] = (), approx: bool | None = None) -> Step:
    """One claimed step `left = right` on f's line, in the document's context; `variables`:
    what the chain it stands in differentiates by (a number on one side, with those free on
    the other, is a claim about every point, not about values the text may have bound);
    `given`: the conditions it is stated under (`\\text{if } x > 0`, `i = j`, "when $y = 1$");
    `approx`: the step is written with `≈` (None: if the formula has a `≈` anywhere)."""
    lhs, rhs = render(left), render(right)
    if approx is None:
        approx = "≈" in f.text or "\\approx" in f.text
    state.ctx.here = f.line  # E, Var: the distributions in force on this line
    w = Written(state, f, lhs, rhs, given, variables, approx)
    step = by_shapes(state, guarded(STEP_SECONDS, lambda: _entries(w, left, right),
                                    lambda err: failure(err, Place(f.line, lhs, rhs, f.text),
                                                        f"within the {STEP_SECONDS:g} s limit")),
                     left, right)
    return replace(step, relation="≈") if approx else step


def _entries(w: Written, left: Node, right: Node) -> Step:
    """`p - y ≈ (-0.16, 0.11, ...)`: a step between tuples the example writes out is read entry
    by entry, each to its own digits; the first that does not hold decides."""
    pairs = entrywise(w.state.ctx, left, right, w.f.line)
    if pairs == (left, right):
        return _shaped(w, left, right)
    done = [_shaped(w, a, b) for a, b in zip(*(p.dims for p in pairs))]  # type: ignore[union-attr]
    k, first = next(((k, s) for k, s in enumerate(done, 1) if s.verdict != "holds"),
                    (1, done[0]))
    return replace(first, method=f"entry {k} of {len(done)}: {first.method}"
                   if first.verdict != "holds" else f"entry by entry ({len(done)} "
                   "entries, each to the digits shown), at the example's values")


def _shaped(w: Written, left: Node, right: Node) -> Step:
    """A step undecided for want of shapes, read with both sides of one shape and the
    names it adds beside an array of that shape (∂L/∂Z = 1/M(P - T), ∂L/∂b = δ): at two
    sets of sizes, a guess, so it may only show that the step holds."""
    try:
        return _reached(w, left, right)
    except Undecided as err:
        if not SHAPE_REASON.search(str(err)):
            raise
        tries = []
        for trial in (1, 2):
            try:
                tries.append(_judged(w, left, right, joined=trial))
            except Timeout:
                raise
            except Exception:  # noqa: BLE001 - not decided that way either
                raise err from None
        if any(t.verdict != "holds" for t in tries):
            raise
        return replace(tries[0], method=f"{tries[0].method}, with the shapes both sides "
                       "having one shape implies for names the text does not declare "
                       "(inferred; checked with two choices of the sizes the text leaves "
                       "free)")


def _reached(w: Written, left: Node, right: Node) -> Step:
    """`∂z/∂b = 1` with `z = w^T x + b`: a transpose of a name of no known shape in a
    definition the step reaches, read with the shapes those definitions imply; a guess,
    so it may only show that the step holds (else: undecided, as before)."""
    try:
        return _judged(w, left, right)
    except UnknownShape as unknown:
        for earlier, how in ((False, "the shapes its definitions imply for the names they "
                              "transpose (inferred"),
                             (True, "the shapes an earlier section's example wrote its "
                                    "matrices in (a reading")):
            try:
                again = _judged(w, left, right, reached=not earlier, earlier=earlier)
            except Timeout:
                raise
            except Exception:  # noqa: BLE001 - not decided that way either
                continue
            if again.verdict == "holds":
                return replace(again, method=f"{again.method}, with {how}, checked at "
                               "those sizes)")
        raise unknown from None


def _judged(w: Written, left: Node, right: Node, reached: bool = False, earlier: bool = False,
            joined: int = 0) -> Step:
    """`left = right` read once (claim.read), then judged on that evidence."""
    c = read(w, left, right, reached, earlier, joined)
    return c if isinstance(c, Step) else judge(c)


def judge(c: Claim) -> Step:
    """The verdict on the evidence: compared once, then the readings under which sides that
    differ still hold, in order; else difference.differs."""
    state, f, lhs, rhs = c.state, c.written.f, c.written.lhs, c.written.rhs
    given, variables, approx = c.written.given, c.written.variables, c.written.approx
    left, right, low, limits, held = c.left, c.right, c.low, c.limits, c.held
    ctx, values, raw, lv, rv = c.ctx, c.values, c.raw, c.lv, c.rv
    general, names, stale, atol = c.general, c.names, c.stale, c.atol
    if approx and symbols_of(lv, rv):  # (a slope taken at the example's values has
        # its names bound, not free: evaluation.Slope.at)
        held = to_digits(state.ctx, low, (left, right), f.line)
        if held:
            return Step(f.line, "holds", lhs, rhs, held, source=f.text)
        judged = approximation.verdict(f, state.blocks, lv, rv, lambda s: _shown(ctx, s))
        if judged is not None:  # `f'(x) ≈ (f(x + h) - f(x))/h`: in the limit h → 0
            return Step(f.line, judged[0], lhs, rhs, judged[1], source=f.text)
        free = sorted({_shown(ctx, v) for v in symbols_of(lv, rv)})
        raise Undecided("an approximation between expressions with variables: "
                        "`\\approx` is checked for numbers only, and "
                        f"{', '.join(free[:3])}{' ...' if len(free) > 3 else ''} "
                        f"{'has' if len(free) == 1 else 'have'} no value here")
    named = stated_of(left) if left in low.given else None
    if named is not None:
        where = "in the text" if not isinstance(named, Sym) or \
            ctx.lookup(named, f.line) is None or not isinstance(left, Deriv) \
            else f"in terms of {render(left.var)}"
        return Step(f.line, "undecided", lhs, rhs,
                    f"{GIVEN}: {render(named)} is not defined {where}, so {lhs} is "
                    "stated, not derived; later steps use the value stated here",
                    source=f.text)
    try:
        cmp = compare(lv, rv, ctx, atol=atol)
    except Undecided:  # a vector beside a number: x^{(i)}θ as a dot product?
        dotted = as_dot_products(state, low, (left, right), held, atol, f.line,
                                 written=any(c in f.text for c in ("\\cdot", "·", "⋅")))
        if dotted is None:
            raise
        return Step(f.line, "holds", lhs, rhs, f"{dotted.method}, reading each product "
                    "of two vectors of one shape as their dot product", source=f.text)
    if not cmp.agree:
        cmp = under_assumptions(ctx, lv, rv, atol) or cmp
    if not cmp.agree and "batch" in low.readings:  # the loss over the batch, as a mean
        other = Lowering(state.ctx, f.line, calls=low.calls, wrt=low.wrt,
                         free_index=dict(low.free_index), batch="mean")
        retry = compare(other.expr(left), other.expr(right), ctx, atol=atol)
        if retry.agree:
            cmp = replace(retry, method=f"{retry.method}, with the loss read as the mean "
                                        "over the batch")
    for values in low.index_variants() if cmp.agree else ():
        # checked with two free indices equal too (i = j as well as i ≠ j)
        other = Lowering(state.ctx, f.line, calls=low.calls, wrt=low.wrt,
                         free_index=values)
        layout.infer_shapes(other, (left, right))
        again = compare(other.expr(left), other.expr(right), ctx, atol=atol)
        if not again.agree and under_assumptions(ctx, other.expr(left),
                                                 other.expr(right), atol) is None:
            at = ", ".join(f"{k} = {v}" for k, v in values.items())
            cmp, low = replace(again, method=f"{again.method} (at {at})"), other
            lv, rv = other.expr(left), other.expr(right)
            break
    # every name at the example's values: the step is arithmetic there, and says so
    example_values = {} if symbols_of(lv, rv) else values_shown(ctx, raw, f.line)
    if example_values:
        cmp = replace(cmp, method=f"{cmp.method}, at the example's values "
                      + ", ".join(f"{k} = {fmt(v)}" for k, v in example_values.items()))
    if cmp.agree:
        return Step(f.line, "holds", lhs, rhs, cmp.method, source=f.text)
    stated = with_stated(state, low, (left, right), f.line, atol) if approx else ""
    if stated:  # `-\log ŷ ≈ 0.475` computed from `ŷ ≈ 0.622` as stated
        return Step(f.line, "holds", lhs, rhs, stated, source=f.text)
    other_values = earlier_values(ctx, raw, names, f.line, atol)
    if other_values is not None:
        return Step(f.line, "holds", lhs, rhs, other_values, source=f.text)
    identity = identity_as_written(state, low, left, right, (lv, rv), values, atol)
    if identity is not None:
        return Step(f.line, "holds", lhs, rhs, identity, source=f.text)
    if stale and (lv, rv) != general and not defined_values(ctx, set(stale), f.line) and \
            not at_some_values(ctx, left, right, *general, set()):
        # wrong at earlier values: is it wrong in general too (then it is wrong here)?
        # (not when a stale name has a definition: read as a value, not expanded)
        again = compare(*general, ctx, atol=atol)
        if not again.agree:
            cmp, (lv, rv), stale = again, general, {}
    written = {n.name for side in (left, right) for n in walk(side) if isinstance(n, Sym)}
    narrow = region.narrowed(left), region.narrowed(right)
    if narrow != (left, right):  # ∂/∂w L(w) + λw: ∂/∂w of L(w) only, as meant?
        again = compare(*(ctx.at_bound_values(low.expr(n), f.line) for n in narrow), ctx,
                        atol=atol)
        if again.agree:
            return Step(f.line, "holds", lhs, rhs, f"{again.method}, reading each ∂ as "
                        "applying to the term right after it", source=f.text)
    held = recurrent_names((left, right), state, f.line)
    if held:  # ∂a_t/∂w = h_{t-1}: the local derivative, earlier states held fixed?
        try:
            local = [ctx.at_bound_values(low.again().expr(n, hold=held), f.line)
                     for n in (left, right)]
            # (a side that is 0 once the states are held says nothing: L in terms of h)
            again = None if compare(local[0], sp.Integer(0), ctx).agree else \
                compare(*local, ctx, atol=atol)
        except Exception:  # noqa: BLE001 - then the step is decided as read
            again = None
        if again is not None and again.agree:
            return Step(f.line, "holds", lhs, rhs, f"{again.method}, reading each ∂ as "
                        "local (the recurrence's earlier states held fixed)", source=f.text)
    other = {k: v for k, v in one_example(names, state).items() if v not in written}
    if other:  # x and x_1 in one step: read as one example, does it hold?
        swap = {sp.Symbol(k, real=True): sp.Symbol(v, real=True) for k, v in other.items()}
        again = compare(lv.xreplace(swap), rv.xreplace(swap), ctx, atol=atol)
        if again.agree:
            shown = ", ".join(f"{ctx.shown(k)} as {ctx.shown(v)}" for k, v in other.items())
            return Step(f.line, "holds", lhs, rhs, f"{again.method}, reading {shown} (one "
                        "example)", source=f.text)
    binary = on_binary_values(lv, rv, state.binary)
    if binary:  # r_i^2 = r_i for a Bernoulli mask
        return Step(f.line, "holds", lhs, rhs, binary[0].what, source=f.text)
    older = older_meaning(state, low, left, right, atol)
    if older is not None:  # v_t of momentum, after Nesterov's v_t: which one?
        return Step(f.line, "undecided", lhs, rhs, older, source=f.text)
    step = differs(state, f, given, variables, left, right, lhs, rhs, low, ctx, lv, rv,
                   cmp, atol, held, limits, stale, example_values)
    shown = values_shown(ctx, raw, f.line)
    if step.verdict != "fails" or not shown or not all(map(symbols_of, raw)):
        return step
    try:  # both sides in names: does it fail as the general statement too?
        why = as_general(compare(*raw, ctx, atol=atol), shown)
    except Undecided as err:  # (a statistic, say: not evaluated without the values)
        why = as_general(None, shown, str(err))
    return step if why is None else Step(f.line, "undecided", lhs, rhs, why,
                                         source=f.text)


def by_shapes(state: State, step: Step, left: Node, right: Node) -> Step:
    """An undecided step whose sides' shapes, as the text declares and defines them, differ:
    it does not hold whatever the values (shape.sides_differ)."""
    if step.verdict != "undecided":
        return step
    why = sides_differ(state.ctx, step.line, left, right,
                       lambda sym: state.ctx.lookup(sym, step.line))
    if why is None:
        return step
    return replace(step, verdict="fails", method="matrix shapes", diagnosis=why)


def _shown(ctx: Context, value: sp.Basic) -> str:
    """A free name of a step's values as the text writes it: an entry of a matrix the step
    reads entry by entry (the symbol `hat(y)[2,1]`, or a matrix element) is ŷ_{2,1}."""
    if isinstance(value, sp.matrices.expressions.matexpr.MatrixElement):
        return f"{render_stem(str(value.parent))}_{{{value.i + 1},{value.j + 1}}}"
    entry = _ENTRY.fullmatch(str(value))
    if entry:
        return f"{render_stem(entry.group(1))}_{{{entry.group(2)},{entry.group(3)}}}"
    return ctx.shown(str(value))


_ENTRY = re.compile(r"(.+)\[(\d+),\s*(\d+)\]")  # a matrix's entry as a symbol: `hat(y)[2,1]`
