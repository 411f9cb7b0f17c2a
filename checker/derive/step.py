"""One claimed step → a verdict: numeric comparison, assumptions, diagnosis, counterexample;
an implication between two equations; and a chain that recovers from a wrong step.

Functions of the document's state (`state.py`); the walker (`document.py`) calls them.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import sympy as sp

from checker.derive import doubt, layout, region, vocabulary, witness
from checker.derive.agreement import on_binary_values, value_guesses
from checker.derive.binding import (
    defined_values,
    earlier_values,
    entrywise,
    given_values,
    moved_value,
    ranging_names,
    stale_shapes,
    values_shown,
)
from checker.derive.certainty import (
    Guess,
    guesses,
    recurrent_names,
    said_in_words,
)
from checker.derive.condition import restriction
from checker.derive.context import Context
from checker.derive.deadline import Timeout
from checker.derive.diagnosis import explain
from checker.derive.differentiation import derivative_variables, stated_of
from checker.derive.equivalence import (
    Comparison,
    compare,
    fmt,
    label_families,
    labels_phrase,
)
from checker.derive.errors import ShapeMismatch, Undecided, UnknownShape
from checker.derive.example import one_example
from checker.derive.guard import Place, failure, guarded
from checker.derive.markdown import Formula
from checker.derive.meaning import Lowering
from checker.derive.member import is_name, is_numeric
from checker.derive.render import render, render_stem
from checker.derive.result import GIVEN, Step
from checker.derive.rounding import bound_rounding, to_digits, tolerance
from checker.derive.shape import sides_differ
from checker.derive.state import State
from checker.derive.traversal import symbols_of
from checker.derive.tree import (
    Call,
    Cases,
    Deriv,
    Node,
    Prime,
    Relation,
    Shape,
    Sym,
    walk,
)

_CASES = re.compile(r"\\begin\{[dr]?cases\*?\}.*?\\end\{[dr]?cases\*?\}", re.S)
STEP_SECONDS = 2.0  # the limit for one step


def _tuple_oriented(left: Node, right: Node, lv, rv) -> tuple:
    """`Xw - y = (1/3 - 1, 4/3 - 2)`: a tuple has no orientation; against a column vector it is
    that column, compared entry by entry."""
    for tup, (a, b) in ((right, (lv, rv)), (left, (rv, lv))):
        if isinstance(tup, Shape) and getattr(a, "is_Matrix", False) and \
                getattr(b, "is_Matrix", False) and b.shape[0] == 1 and a.shape == b.shape[::-1]:
            return (a, b.T) if tup is right else (b.T, a)
    return lv, rv


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

    def work() -> Step:
        pairs = entrywise(state.ctx, left, right, f.line)  # p - y ≈ (-0.16, 0.11, ...)
        if pairs == (left, right):
            return _shaped(left, right)
        # entry by entry, each to its own digits: the first that does not hold decides
        done = [_shaped(a, b) for a, b in zip(*(p.dims for p in pairs))]  # type: ignore[union-attr]
        k, first = next(((k, s) for k, s in enumerate(done, 1) if s.verdict != "holds"),
                        (1, done[0]))
        return replace(first, method=f"entry {k} of {len(done)}: {first.method}"
                       if first.verdict != "holds" else f"entry by entry ({len(done)} "
                       "entries, each to the digits shown), at the example's values")

    def _shaped(left: Node, right: Node) -> Step:
        """`∂z/∂b = 1` with `z = w^T x + b`: a transpose of a name of no known shape in a
        definition the step reaches, read with the shapes those definitions imply; a guess,
        so it may only show that the step holds (else: undecided, as before)."""
        try:
            return _work(left, right)
        except UnknownShape as unknown:
            for earlier, how in ((False, "the shapes its definitions imply for the names they "
                                  "transpose (inferred"),
                                 (True, "the shapes an earlier section's example wrote its "
                                        "matrices in (a reading")):
                try:
                    again = _work(left, right, reached=not earlier, earlier=earlier)
                except Timeout:
                    raise
                except Exception:  # noqa: BLE001 - not decided that way either
                    continue
                if again.verdict == "holds":
                    return replace(again, method=f"{again.method}, with {how}, checked at "
                                   "those sizes)")
            raise unknown from None

    def _work(left: Node, right: Node, reached: bool = False, earlier: bool = False) -> Step:
        limits = restriction(given)
        low = Lowering(state.ctx, f.line, calls=_calls((left, right)),
                       wrt=derivative_variables((left, right)),
                       free_index=dict(limits.indices), earlier=earlier)
        for side in (left, right):
            low.note_ranges(side)
        layout.infer_shapes(low, (left, right), reached)
        held = given_values(state, (left, right), f.line)  # `ŷ ≈ 0.9242`: that value
        try:
            lv, rv = low.expr(left, hold=held), low.expr(right, hold=held)
        except ShapeMismatch as err:  # W of another section's example (2 × 3) in r = Wx - t
            raise stale_shapes(state, (left, right), f.line, err) or err from err
        state.use(low.leaves, f.line)
        ctx, values = region.restricted(state.ctx, low, limits)
        lv, rv = layout.oriented(low, lv.xreplace(values), rv.xreplace(values),  # `if y = 1`: at y = 1
                              (left, right))
        ranging = ranging_names((left, right))  # cases over r: for every r, whatever r was bound to
        names = {str(s) for v in (lv, rv) for s in getattr(v, "free_symbols", ())} - ranging
        stale = ctx.stale(names, f.line)  # values from an earlier example: a guess
        general = ctx.at_bound_values(lv, f.line, stale=False, ranging=ranging), \
            ctx.at_bound_values(rv, f.line, stale=False, ranging=ranging)
        raw = lv, rv
        lv, rv = _tuple_oriented(left, right, ctx.at_bound_values(lv, f.line, ranging=ranging),
                                 ctx.at_bound_values(rv, f.line, ranging=ranging))
        general = _tuple_oriented(left, right, *general)
        def number(side: Node) -> float | np.ndarray | None:
            try:
                got = ctx.at_bound_values(Lowering(state.ctx, f.line).expr(side, hold=held),
                                          f.line)
                if getattr(got, "free_symbols", True):
                    return None
                return np.array(got, dtype=float) if getattr(got, "is_Matrix", False) \
                    else float(got)
            except Exception:  # noqa: BLE001 - then no rounding is allowed for
                return None

        atol = tolerance(left, right, approx, number) + bound_rounding(
            raw, ctx.roundings(names, f.line), moved_value(ctx, f.line))
        if approx and symbols_of(lv, rv):  # (a slope taken at the example's values has
            # its names bound, not free: evaluation.Slope.at)
            held = to_digits(state.ctx, low, (left, right), f.line)
            if held:
                return Step(f.line, "holds", lhs, rhs, held, source=f.text)
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
        cmp = compare(lv, rv, ctx, atol=atol)
        if not cmp.agree:
            cmp = _under_assumptions(ctx, lv, rv, atol) or cmp
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
            if not again.agree and _under_assumptions(ctx, other.expr(left),
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
        other_values = earlier_values(ctx, raw, names, f.line, atol)
        if other_values is not None:
            return Step(f.line, "holds", lhs, rhs, other_values, source=f.text)
        identity = _identity_as_written(state, low, left, right, (lv, rv), values, atol)
        if identity is not None:
            return Step(f.line, "holds", lhs, rhs, identity, source=f.text)
        if stale and (lv, rv) != general and not defined_values(ctx, set(stale), f.line) and \
                not _at_some_values(ctx, left, right, *general, set()):
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
        free = frozenset(str(x) for v in (lv, rv) for x in getattr(v, "free_symbols", ()))
        indices = frozenset(k for k in low.free_index if isinstance(k, str))
        settled = _opposite(lv, rv, ctx, atol) or \
            _settled(state, low, (left, right), held, atol, f.line)
        doubts = guesses((left, right), state, f.line, f.text, free, indices,
                         state.math.get(f.block, [])) + \
            (said_in_words((left, right), f.before, bool(given))
             if region.condition_can_matter(f.before, lv, rv) else []) + doubt.guesses(low, lv, rv, settled=settled) + \
            value_guesses(lv, rv, cmp, ctx.shown) + [
            Guess(f"{ctx.shown(name)} at the value bound on line {at}, in an earlier section or example",
                  f"give {ctx.shown(name)}'s value again here")
            for name, at in sorted(stale.items(), key=lambda item: (item[1], item[0]))]
        if doubts:
            return Step(f.line, "undecided", lhs, rhs,
                        "could not decide: the sides differ as read, but reading them took a "
                        "guess: " + "; ".join(f"{g.what} ({g.advice})" for g in doubts),
                        source=f.text)
        if limits.unapplied:
            return Step(f.line, "undecided", lhs, rhs,
                        f"could not decide: the sides differ, but the step is stated under "
                        f"{'; '.join(limits.unapplied)}, a condition this checker cannot "
                        "apply", source=f.text)
        elsewhere = region.bounds_elsewhere(state, f.line, free)
        if elsewhere:  # λ > 0 stated beside another formula: do the sides agree under it?
            bounded, _ = region.restricted(ctx, low, restriction(tuple(r for _, r in elsewhere)))
            try:
                again = compare(lv, rv, bounded, atol=atol) if bounded is not ctx else None
            except Exception:  # noqa: BLE001 - then the step is decided as read
                again = None
            if again is not None and again.agree:
                said = "; ".join(" ".join(filter(None, (
                    f"{render(m)} {op}" if op else render(m)
                    for m, op in zip(r.members, (*r.ops, ""))))) + f" (line {at})"
                    for at, r in elsewhere)
                return Step(f.line, "undecided", lhs, rhs,
                            f"could not decide: the sides agree only under {said}, stated "
                            "beside another formula; if it holds here too, say so "
                            "(`<!-- grader: assume ... -->`)", source=f.text)
        own = _CASES.sub(" ", f.text)  # its own cases' conditions are not a region it is about
        prose = f"{f.before} {f.after} {own}".lower()  # also `\quad (g > 0)` on its line
        if region.on_one_piece(lv, rv, cmp) and not _every_piece(left, right) and \
                any(cue in prose for cue in vocabulary.CUES_REGION):
            return Step(f.line, "undecided", lhs, rhs,
                        "could not decide: the sides agree on one piece of a piecewise function "
                        "and differ on another; if the step is about that piece, say so "
                        "(`\\quad \\text{if } x > 0`)", source=f.text)
        by = {str(low.expr(v)) for v in variables}
        unbound = _at_some_values(ctx, left, right, lv, rv, by)
        if unbound:
            return Step(f.line, "undecided", lhs, rhs,
                        f"could not decide: one side is a number and the other depends on "
                        f"{unbound}, so this holds at particular values only; give them in "
                        f"the text (`${unbound.split(', ')[0]} = ...$`) to have it checked there",
                        source=f.text)
        diagnosis = explain(low, left, right, lv, rv, cmp, named=witness.named(ctx, low, right, f.line))
        earlier = state.definition_of(left) if is_name(left) and \
            not (isinstance(left, Call) and left.order) else None  # ELU'(x): not ELU's meaning
        if earlier is not None and earlier.line < f.line and isinstance(left, Sym) and \
                (not earlier.index or left == earlier.name) and not given and \
                diagnosis is None and \
                (not is_numeric(right) or getattr(lv, "free_symbols", None)):
            # o = (i - 1)s - 2p + k after o = ⌊(i + 2p - k)/s⌋ + 1: another formula for the
            # name (a special case, another layer, another form), unrelated to the old one
            # by any usual slip, reads as a new meaning as well as a claim; a worked
            # example's numbers, a recurrence's member, a case under a condition and a
            # restatement off by a factor or a sign stay certain
            return Step(f.line, "undecided", lhs, rhs,
                        f"could not decide: {render(left)} was defined on line {earlier.line} "
                        f"as {render(earlier.body)}, and this differs; if it is a new meaning "
                        "(a special case, another form), use a new name or a heading; if it "
                        "restates the definition, it does not hold", source=f.text)
        if earlier is not None and earlier.line < f.line:
            diagnosis = "; ".join(filter(None, [
                f"{render(left)} was defined on line {earlier.line} as "
                f"{render(earlier.body)}: if this line gives it a new meaning, start a new "
                "section (a heading) or use a new name", diagnosis]))
        example = None
        if cmp.point is not None:
            derived = {} if isinstance(lv, sp.MatrixBase) else \
                witness.derived(ctx, low, (left, right), cmp.point)  # matrices: entries say enough
            example = witness.counterexample(cmp, ctx, derived)
            if example_values and not example.values:  # arithmetic: at the example's values
                example = replace(example, values=example_values)
        return Step(f.line, "fails", lhs, rhs, cmp.method, example, diagnosis, source=f.text)

    step = by_shapes(state, guarded(STEP_SECONDS, work, lambda err: failure(
        err, Place(f.line, lhs, rhs, f.text), f"within the {STEP_SECONDS:g} s limit")),
        left, right)
    return replace(step, relation="≈") if approx else step


def _settled(state: State, low: Lowering, sides: tuple[Node, Node], held, atol: float,
             line: int) -> bool:
    """A step that differs on shapes it inferred: does it differ with every size the inference
    left free at 1 too (vectors as numbers: no orientation, no layout left to guess)? Then no
    choice of those sizes makes it hold (sizes a declared shape fixes stay fixed)."""
    if not low.inferred or low.unsettled:
        return False
    try:
        unit = Lowering(state.ctx, line, calls=low.calls, wrt=low.wrt,
                        free_index=dict(low.free_index), unit=True)
        layout.infer_shapes(unit, sides)
        if any(shape == (1, 1) for shape in unit.inferred.values()):
            return False  # a matrix of one entry reads as a number: another reading
        lv, rv = (_as_number(state.ctx.at_bound_values(unit.expr(n, hold=held), line))
                  for n in sides)
        if isinstance(lv, sp.MatrixBase) != isinstance(rv, sp.MatrixBase) or \
                getattr(lv, "shape", None) != getattr(rv, "shape", None):
            return False
        return not compare(lv, rv, state.ctx, atol=atol).agree
    except Timeout:
        raise
    except Exception:  # noqa: BLE001 - not known: the inferred shapes stay a guess
        return False


def _every_piece(left: Node, right: Node) -> bool:
    """A side written as cases, two pieces or more (`ELU'(x) = \\begin{cases} 1 & x > 0 \\\\
    α(e^x - 1) & x < 0 \\end{cases}`): the step states every piece, so prose that names a
    region cannot make it a claim about one piece only."""
    return any(isinstance(side, Cases) and len(side.branches) >= 2 for side in (left, right))


def _opposite(lv, rv, ctx: Context, atol: float) -> bool:
    """Sides that are each other's negatives (`Xᵀ(Xw - y)` and `Xᵀ(y - Xw)`), not zero: a sign
    that differs at every size, whatever shapes were inferred for their names."""
    if not isinstance(lv, sp.MatrixBase) or not isinstance(rv, sp.MatrixBase) or \
            lv.shape != rv.shape:
        return False
    try:
        return compare(lv, -rv, ctx, atol=atol).agree and \
            not compare(lv, sp.zeros(*lv.shape), ctx, atol=atol).agree
    except Timeout:
        raise
    except Exception:  # noqa: BLE001 - not known: the inferred shapes stay a guess
        return False


def _as_number(value):
    return value[0, 0] if isinstance(value, sp.MatrixBase) and value.shape == (1, 1) else value


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


def _identity_as_written(state: State, low: Lowering, left: Node, right: Node, evaluated,
                         values: dict, atol: float) -> str | None:
    """A step that differs at the worked example's values, though as written it is an identity
    (`∂L/∂w_1 = (a - y)x_1` beside `a ≈ 0.525`, given rounded; a general formula restated in
    the middle of an example): what it claims holds for every value, so the example's numbers
    (rounded, or another example's) cannot make it wrong. The method says so; None when the
    step used no bound value, is arithmetic, or is not an identity."""
    if not state.ctx.bindings or any(isinstance(v, sp.MatrixBase) for v in evaluated):
        return None  # (matrices: their steps are checked entry by entry already)
    try:
        plain = Lowering(state.ctx, low.line, calls=low.calls, wrt=low.wrt,
                         free_index=dict(low.free_index))
        layout.infer_shapes(plain, (left, right))
        pl, pr = layout.oriented(plain, plain.expr(left).xreplace(values),
                                plain.expr(right).xreplace(values))
        if (pl, pr) == tuple(evaluated) or not symbols_of(pl, pr):
            return None
        again = compare(pl, pr, state.ctx, atol=atol)
    except Exception:  # noqa: BLE001 - not readable in general: no claim either way
        return None
    if not again.agree:
        return None
    return (f"{again.method}: an identity as written (at the example's values the sides "
            "differ only through values given rounded or from another example)")


def _at_some_values(ctx: Context, left: Node, right: Node, lv, rv, by: set[str]) -> str:
    """`1 - 2η = 0`, `wx + b = 7`, `∂L/∂z_2 = 0.242 - 0`: a number on one side, free names on
    the other, none of them a variable the chain differentiates by (then it would state a
    value at every point): a claim about particular values the text did not bind where this
    checker can read them. The names, or ''."""
    free = [symbols_of(v) for v in (lv, rv)]
    if bool(free[0]) == bool(free[1]) or {str(s) for s in free[0] | free[1]} & by:
        return ""
    number = right if not free[1] else left
    if any(isinstance(n, Deriv) for n in walk(number)):
        return ""  # ∂/∂x_j (y_k - d_k)^2 = 0: a derivative's value everywhere
    if any(isinstance(n, Prime) or (isinstance(n, Call) and n.order)
           for side in (left, right) for n in walk(side)):
        return ""  # f'(x) = 2: the prime's variable is the argument's
    return ", ".join(sorted(ctx.shown(str(s)) for s in free[0] | free[1]))


def _under_assumptions(ctx: Context, lv, rv, atol: float) -> Comparison | None:
    """A step that holds only for one-hot labels: say so instead of failing it."""
    names = {str(s) for s in symbols_of(lv, rv)}
    for fam in label_families(ctx, names):
        cmp = compare(lv, rv, ctx, atol=atol, extra_constraint=fam)
        if cmp.agree:
            stated = fam in ctx.normalised
            note = "" if stated else "; the text does not state it"
            return Comparison(True, f"{cmp.method}, given that {labels_phrase(ctx, fam)} "
                                    f"(one-hot labels){note}")
    return None


def _calls(sides: tuple[Node, ...]) -> frozenset[str]:
    """The functions a step applies: an alias such as x → x_j holds in steps about f only."""
    return frozenset(n.name for side in sides for n in walk(side) if isinstance(n, Call))


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
