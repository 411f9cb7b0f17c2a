"""One claimed step → a verdict, by an ordered sequence of small deciders.

The step is read once (`claim.read`: both sides lowered at the conditions and values the text
gives, with the tolerance of its digits) into one frozen `Claim`, the evidence every decider
takes. The first decider that returns a step decides it; None passes on. In order:

1. reading itself (claim.read): a side at a kink, the other outside every subgradient, fails.
2. `comparison.BEFORE` (indefinite, flipped, approximate, taken_as_given): what must not be
   compared as `=`: a step with an indefinite integral (by derivatives: primitive.py), a `≈`
   whose sum's last term has the wrong sign (correction.py), a `≈` between
   expressions with variables (to its digits, or in a limit; else undecided), and a stated
   derivative of a name the text never defines (a statement, not a claim).
3. the comparison, once (comparison.compared; a vector beside a number read as dot
   products); while the sides differ, `comparison.AGREEING` (one_hot, batch_mean) offer the
   comparison that replaces it. An agreement is confirmed at the index variants (i = j too),
   which may turn it into a difference, then named with the example's values: a step that
   agrees holds here. A comparison undecided because a name the text never defines enters
   one side only (errors.Unknown) is tried under `reading.OF_UNKNOWN` (narrowed, local,
   as_applied), which may only make the step hold; else it stays undecided for that reason.
4. `reading.DIFFERING`: the readings under which sides that differ as read still hold; each
   is only another reading of what the text wrote, so each may make the step hold (older:
   undecided) and none fails it:
   stated_digits   `≈` computed from the value the text stated rounded;
   earlier_example at the values another example bound its names to;
   identity        an identity as written, whatever the example's rounded numbers;
   in_general      (no verdict) a step that differs at an earlier example's values is read
                   in general for every decider after it, so its failure is the general one;
   narrowed        each ∂ applying to the term right after it;
   local           the recurrence's earlier states held fixed;
   as_one_example  x and x_1 read as one example;
   binary_values   names that take the values 0 and 1 only (a Bernoulli mask);
   older           the meaning a name had before the text redefined it: undecided.
   Why this order: the readings of the values the text gave (its digits, another example's
   values, an identity beside rounded values) come first, while lv/rv are the values at the
   example; `in_general` then replaces an earlier example's values by the general statement,
   which the later deciders that compare lv/rv (as_one_example, binary_values) and the final
   judgment see (narrowed, local and older read the sides anew). Otherwise the order only
   decides which method a step that holds under two readings reports; it is the order the
   checker always had, so verdicts and methods do not change. A new reading goes where what
   it looks at is read; each is one function in its table and one test row.
5. after_all: difference.differs (undecided when reading took a guess, else fails with a
   diagnosis), and a failure at the example's values of a step in names is undecided unless
   the general statement fails too.

Around that: a step between written-out tuples is judged entry by entry, and a step
undecided for want of shapes is tried with inferred shapes (which may only make it hold);
all within STEP_SECONDS, and an undecided step whose declared shapes differ fails (by_shapes).
Functions of the document's state (`state.py`); the walk (`equality.py`) calls them.
"""

from __future__ import annotations

from dataclasses import replace

from checker.derive import hindsight, parameter, selection
from checker.derive.alternative import as_general
from checker.derive.attempt import widened
from checker.derive.binding import entrywise, values_shown
from checker.derive.claim import Claim, Written, read
from checker.derive.comparison import BEFORE, compared
from checker.derive.deadline import Timeout
from checker.derive.difference import differs
from checker.derive.equivalence import compare
from checker.derive.errors import Undecided, Unknown, UnknownShape
from checker.derive.guard import Place, failure, guarded
from checker.derive.markdown import Formula
from checker.derive.reading import DIFFERING, otherwise
from checker.derive.regex import Regex
from checker.derive.render import render
from checker.derive.result import Step
from checker.derive.shape import sides_differ
from checker.derive.stacking import stacked_shapes, written_wholes
from checker.derive.state import State
from checker.derive.traversal import symbols_of
from checker.derive.tree import Node, Relation, Sym

# the limit for one step (CPU): a failed step's diagnosis (diagnosis.EXPLAIN_SECONDS and
# REFINE_SECONDS, 1.8 s in all) must fit in it beside the step's reading
STEP_SECONDS = 2.5
# undecided for want of shapes: names of no declared shape, a transpose of one, sizes that
# do not conform
SHAPE_REASON = Regex(r"no declared shape|whose shape is not known|a matrix, the other a "
                     r"number|do not conform|declare the shapes")
# a reason that speaks of shapes at all (inferred, declared, conforming, a matrix or a vector):
# an undecided step read at inferred shapes for another reason (`ℓ is not defined`) keeps
# that reason, which declaring the shapes would not settle (`_reached`)
SHAPE_WORDS = Regex(r"shape|matri|vector|conform|transpose|orientation|a row|a column|"
                    r"entr(y|ies)|\bsizes?\b")


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
    left, right = (parameter.rewritten(side, state.ctx, f.line) for side in (left, right))
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
        return _selected(w, left, right)
    done = [_shaped(w, a, b) for a, b in zip(*(p.dims for p in pairs))]  # type: ignore[union-attr]
    k, first = next(((k, s) for k, s in enumerate(done, 1) if s.verdict != "holds"),
                    (1, done[0]))
    return replace(first, method=f"entry {k} of {len(done)}: {first.method}"
                   if first.verdict != "holds" else f"entry by entry ({len(done)} "
                   "entries, each to the digits shown), at the example's values")


def _selected(w: Written, left: Node, right: Node) -> Step:
    """A step undecided for an entry at an index another name gives (f_{y_i}): read again
    with each such entry a number of its own (selection.py); it holds so whatever entry the
    index selects, else the step stays undecided as it was."""
    try:
        return _shaped(w, left, right)
    except Undecided as err:
        sides = selection.opaque((left, right)) if selection.REASON in str(err) else None
        if sides is None:
            raise
        try:
            again = _shaped(w, *sides)
        except Timeout:
            raise
        except Exception:  # noqa: BLE001 - not decided that way either
            raise err from None
        if again.verdict != "holds":
            raise err from None
        return replace(again, lhs=w.lhs, rhs=w.rhs, method=(
            f"{again.method}, with {selection.shown((left, right))} read as a number of its "
            "own (the step holds whichever entry the index selects)"))


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
                break
        if len(tries) < 2 or any(t.verdict != "holds" for t in tries):
            kin = _as_kin(w, left, right)
            if kin is not None:
                return kin
            return _settled_otherwise(err)
        return replace(tries[0], method=f"{tries[0].method}, with the shapes both sides "
                       "having one shape implies for names the text does not declare "
                       "(inferred; checked with two choices of the sizes the text leaves "
                       "free)")


def _as_kin(w: Written, left: Node, right: Node) -> Step | None:
    """The step read again with each whole of no shape beside a sum over its letter's members
    (z beside z_i, S beside s_i) as their vector or diagonal (stacking.written_wholes): the
    step when it holds so (a guess: it may only show that it holds), else None."""
    wholes = written_wholes(w.state, (left, right), w.f.line)
    shapes = stacked_shapes(w.state, (left, right), w.f.line)
    if not wholes and not shapes:
        return None
    state = replace(w.state, ctx=replace(widened(w.state.ctx),
                                         shapes={**w.state.ctx.shapes, **shapes},
                                         dims=dict(w.state.ctx.dims)))
    for whole, body, _ in wholes:
        state.ctx.define(whole, body, w.f.line)
    w = replace(w, state=state)
    for trials in ((0,), (1, 2)):  # as read, else at two choices of the sizes left free
        try:
            tries = [_judged(w, left, right, joined=trial) for trial in trials]
        except Timeout:
            raise
        except Exception:  # noqa: BLE001 - not decided that way either
            continue
        if all(t.verdict == "holds" for t in tries):
            break
    else:
        return None
    again = tries[0]
    said = " and ".join([s for _, _, s in wholes] + [
        f"{render(Sym(name))} of {shapes[name][0]} rows" for name in shapes
        if name in w.state.ctx.symbols and not w.state.ctx.symbols[name].index])
    return replace(again, method=f"{again.method}; reading {said} (the usual convention; "
                   "the text does not say)")


def _reached(w: Written, left: Node, right: Node) -> Step:
    """`∂z/∂b = 1` with `z = w^T x + b`: a transpose of a name of no known shape in a
    definition the step reaches, read with the shapes those definitions imply; a guess,
    so it may only show that the step holds (else: undecided, as before, or for the reason
    of its own that reading gave: `OtherReason`)."""
    try:
        return _judged(w, left, right)
    except UnknownShape as unknown:
        other: Step | Undecided | None = None  # undecided at those shapes, not for them
        for earlier, how in ((False, "the shapes its definitions imply for the names they "
                              "transpose (inferred"),
                             (True, "the shapes an earlier section's example wrote its "
                                    "matrices in (a reading")):
            try:
                again = _judged(w, left, right, reached=not earlier, earlier=earlier)
            except Timeout:
                raise
            except Undecided as err:  # ℓ never defined: a reason that is not the shapes
                if other is None and not earlier and not SHAPE_WORDS.search(str(err)):
                    other = err
                continue
            except Exception:  # noqa: BLE001 - not decided that way either
                continue
            if again.verdict == "holds":
                return replace(again, method=f"{again.method}, with {how}, checked at "
                               "those sizes)")
            if other is None and again.verdict == "undecided" and not earlier and \
                    not SHAPE_WORDS.search(again.method):
                other = again
        if other is not None:
            raise OtherReason(str(unknown), other) from None
        raise unknown from None


class OtherReason(UnknownShape):
    """A transpose of unknown shape (the message), where reading it at the shapes the
    definitions imply left the step undecided for a reason of its own (`other`, a Step or an
    Undecided): what to report when no other reading of the shapes decides it, since
    declaring the shapes would not settle it."""

    def __init__(self, message: str, other: Step | Undecided) -> None:
        super().__init__(message)
        self.other = other


def _settled_otherwise(err: Undecided) -> Step:
    """The reason an OtherReason carries, as the step's verdict; anything else re-raised."""
    if isinstance(err, OtherReason):
        if isinstance(err.other, Step):
            return err.other
        raise err.other from None
    raise err from None


def _judged(w: Written, left: Node, right: Node, reached: bool = False, earlier: bool = False,
            joined: int = 0) -> Step:
    """`left = right` read once (claim.read), then judged on that evidence."""
    c = read(w, left, right, reached, earlier, joined)
    if isinstance(c, Step):
        return c
    return hindsight.confirmed(judge(c), c.low.later, c.state.ctx, lambda: _judged(
        w, left, right, reached, earlier, joined),  # (a value stated below: read without it)
        lambda line: hindsight.stated_for_a_case(c.state.prose, line))


def judge(c: Claim) -> Step:
    """The verdict on the evidence, by the deciders in the order the module's docstring gives:
    the first that decides, decides."""
    for decide in BEFORE:
        step = decide(c)
        if step is not None:
            return step
    try:
        compared_ = compared(c)
    except Unknown:  # an undefined name on one side: does another reading make it hold?
        step = otherwise(c)
        if step is None:
            raise
        return step
    if isinstance(compared_, Step):
        return compared_
    c = compared_
    for reading in DIFFERING:
        got = reading(c)
        if isinstance(got, Claim):
            c = got  # read anew for the deciders after this one
        elif got is not None:
            return got
    return after_all(c)


def after_all(c: Claim) -> Step:
    """The sides differ under every reading: difference.differs judges the step (undecided,
    or fails with a diagnosis); a failure of a step in names, checked at the example's
    values, is undecided unless the general statement fails too (alternative.as_general)."""
    w = c.written
    assert c.cmp is not None  # (compared: always made by now)
    shown = values_shown(c.ctx, c.raw, c.line)
    step = differs(c.state, w.f, w.given, w.variables, c.left, c.right, w.lhs, w.rhs, c.low,
                   c.ctx, c.lv, c.rv, c.cmp, c.atol, c.recurrent,  # (held: the recurrence's)
                   c.limits, c.stale, c.example_values, frozenset(shown), c.raw)
    if step.verdict != "fails" or not shown or not all(map(symbols_of, c.raw)):
        return step
    try:  # both sides in names: does it fail as the general statement too?
        why = as_general(compare(*c.raw, c.ctx, atol=c.atol), shown)
    except Undecided as err:  # (a statistic, say: not evaluated without the values)
        why = as_general(None, shown, str(err))
    return step if why is None else c.verdict("undecided", why)


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
