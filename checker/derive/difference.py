"""A step whose sides differ as read → its verdict (`differs`): undecided when reading it took a
guess (names, shapes, values, words), when it is stated under a condition this checker cannot
apply, holds only under a bound stated elsewhere, on one piece of a piecewise function or at
particular values (`unbound.at_some_values`); else it fails, with a diagnosis and a counterexample."""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from checker.derive import (
    angle,
    convention,
    doubt,
    layout,
    orientation,
    percentage,
    phrase,
    prefix,
    proportion,
    region,
    remainder,
    retry,
    spoken,
    unit,
    witness,
)
from checker.derive.agreement import value_guesses
from checker.derive.alternative import READING_SECONDS, confirmed
from checker.derive.attempt import Attempt
from checker.derive.certainty import (
    Guess,
    differs_every_way,
    guesses,
    held_as_stated,
    named_equation,
    said_in_words,
)
from checker.derive.condition import Restriction, restriction
from checker.derive.constancy import constant_reading
from checker.derive.context import Context
from checker.derive.deadline import Timeout
from checker.derive.diagnosis import explain
from checker.derive.eigenvalue import characteristic
from checker.derive.equivalence import Comparison, compare
from checker.derive.example import changed_in_words
from checker.derive.floor import floored
from checker.derive.framing import solved_chain
from checker.derive.guard import guarded
from checker.derive.instance import instances
from checker.derive.instantiation import at_other_values
from checker.derive.regex import Regex
from checker.derive.update import before_update
from checker.derive.kinship import kin_reading
from checker.derive.legacy import inherited
from checker.derive.markdown import Formula
from checker.derive.meaning import Lowering
from checker.derive.member import is_name, is_numeric
from checker.derive.observation import at_data_length
from checker.derive.origin import counted_from_zero
from checker.derive.recheck import Reading
from checker.derive.render import render
from checker.derive.result import Step
from checker.derive.rounding import truncated
from checker.derive.sequel import relisted
from checker.derive.singleton import one_sample
from checker.derive.state import State
from checker.derive.summation import range_doubts, unfixed_lengths
from checker.derive.supposition import under_property
from checker.derive.transposition import swapped
from checker.derive.traversal import free_symbols
from checker.derive.tree import Call, Cases, Node, Num, Relation, Sym
from checker.derive.unbound import at_some_values
from checker.derive.worded import changed_in_prose

_CASES = Regex(r"\\begin\{[dr]?cases\*?\}.*?\\end\{[dr]?cases\*?\}", re.DOTALL)


def differs(state: State, f: Formula, given: tuple[Relation, ...], variables: tuple[Sym, ...],
            left: Node, right: Node, lhs: str, rhs: str, low: Lowering, ctx: Context, lv, rv,
            cmp: Comparison, atol: float, held, limits: Restriction, stale: dict,
            example_values: dict, bound: frozenset = frozenset(), raw: tuple = ()) -> Step:
    """`left = right` (written `lhs = rhs`) differs as read: `lv`, `rv` are its sides' values in
    `ctx` (`cmp` their comparison, within `atol`), read by `low` under the conditions `given`
    (`limits`, as applied), with the names `held` fixed, names `stale` at an earlier example's
    values and `example_values` the example's values it was checked at; `variables`: what the
    chain it stands in differentiates by; `bound`: the names of the sides that have values in
    the text (read at them); `raw`: the sides before any bound value."""
    # `$H(0.5) = \ln 2$ nats`, H in bits; `$6/7 \approx 85.7$%`
    converted = unit.conversion(lv, rv, f.after, atol=atol, written=left) or \
        prefix.in_base_units(raw, ctx, f.line, atol=atol) or \
        unit.in_base(lv, rv, (left, right, *raw), ctx.prefixed, ctx.bindings, atol=atol) or \
        truncated(lv, rv, left, right) or percentage.labelled(lv, rv, left, right) or \
        percentage.restated(lv, rv, left, right, state.prose, f.line) or \
        percentage.points(lv, rv, left, right, state.prose, f.line)
    if converted is not None:
        return Step(f.line, "holds", lhs, rhs, converted, source=f.text)
    sized = unit.size_of_count(lv, rv, f.after, f.before, atol=atol, written=left) or \
        floored(lv, rv, left, right) or \
        prefix.near(raw, ctx, f.line, "≈" in f.text or "\\approx" in f.text)  # θ in degrees
    if sized is not None:  # `14,450,688 ≈ 57.8` MB in fp32: entries of 4 bytes
        return Step(f.line, sized[0], lhs, rhs, sized[1], source=f.text)
    spectral = characteristic(state, f, low, lv, rv)  # λ^2 - 9λ + 16 = 0 beside A
    if spectral is not None:
        return Step(f.line, "holds", lhs, rhs, spectral, source=f.text)
    free = frozenset(str(x) for v in (lv, rv) for x in free_symbols(v, ()))
    indices = frozenset(k for k in low.free_index if isinstance(k, str))
    settled = _opposite(lv, rv, ctx, atol) or \
        _settled(state, low, (left, right), held, atol, f.line, (lv, rv))
    doubts = guesses((left, right), state, f.line, f.text, free, indices,
                     state.math.get(f.block, [])) + \
        (said_in_words((left, right), state.introduced.get(f.line, f.before), bool(given),
                       _prior(state.math.get(f.block, []), f.text))
         if region.condition_can_matter(state.introduced.get(f.line, f.before), lv, rv)
         else named_equation(state.introduced.get(f.line, f.before))) + doubt.guesses(low, lv, rv, settled=settled, sides=(left, right)) + \
        value_guesses(lv, rv, cmp, ctx.shown) + \
        range_doubts(low, (lv, rv), retry.over(ctx, low, (left, right), held, atol, f.line)) + \
        unfixed_lengths(low, ctx, f.line, (lv, rv), (left, right)) + \
        retry.apart(ctx, low, (left, right), held, atol, f.line) + \
        retry.through_definition(ctx, low, (left, right), held, atol, f.line) + [
        Guess(f"{ctx.shown(name)} at the value bound on line {at}, in an earlier section or example",
              f"give {ctx.shown(name)}'s value again here")
        for name, at in sorted(stale.items(), key=lambda item: (item[1], item[0]))] + \
        inherited(state, f.line, (left, right)) + \
        changed_in_words(f.before, example_values, state.math.get(f.block, [])) + \
        before_update(state, f.line, f.before, example_values) + \
        relisted(state, f.line, (left, right), example_values) + \
        changed_in_prose(state, f.line, (left, right), f.before, example_values,
                         state.math.get(f.block, [])) + \
        counted_from_zero(state, f.line, (left, right), example_values) + \
        instances(state, f.line, (left, right), free | indices) + \
        at_other_values(state, f.line, (left, right)) + \
        (spoken.in_words(ctx, raw, state.introduced.get(f.line, f.before), f.line, atol)
         if raw and (bound or example_values) else []) + \
        swapped(state, f.line, left, low, ctx, rv, atol) + \
        angle.unmarked(state, f.line, (left, right), f.text)
    doubts = under_property(doubts, ctx, (left, right), state, f)  # "If $A$ is symmetric,"
    attempt = Attempt(state, f, left, right, low, ctx, lv, rv, atol, given, limits, held, cmp)
    stated = guarded(READING_SECONDS, lambda: held_as_stated(doubts, attempt), lambda _: None) \
        if doubts else None
    if stated is not None:
        return Step(f.line, "holds", lhs, rhs, stated, source=f.text)
    placed = _placed_only(doubts, cmp) if not (example_values or stale or bound) else ""
    if placed and not (proportion.fixed(raw) and
                       not proportion.fixed_by_reading(ctx, f.line, (left, right), raw)):
        placed = ""  # (the written ratio depends on a name the words may fix)
    if placed:  # (a condition in words, sides a fixed multiple of each other: no matter)
        doubts = [replace(doubts[0], settled=placed)]
    elif doubts and not differs_every_way(doubts, attempt):
        for reading in (kin_reading, constant_reading):  # (read with the same guesses)
            found = guarded(READING_SECONDS, lambda r=reading: r(attempt), lambda _: None)
            if found is not None and found[0] == "holds":
                return Step(f.line, "holds", lhs, rhs, found[1], source=f.text)
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
            any(cue in prose for cue in phrase.REGION):
        return Step(f.line, "undecided", lhs, rhs,
                    "could not decide: the sides agree on one piece of a piecewise function "
                    "and differ on another; if the step is about that piece, say so "
                    "(`\\quad \\text{if } x > 0`)", source=f.text)
    by = {str(low.expr(v)) for v in variables} if not (right == Num("0") and
                                                   solved_chain(f.text)) else set()
    # (`∂ℒ/∂p = -\log p - 1 + λ = 0`: the chain's last link sets the derivative to zero, an
    # equation in p, not its value at every p)
    unbound = at_some_values(ctx, left, right, lv, rv, by)
    counted = (at_data_length(ctx, lv, rv, atol, f.line) or  # m = 1, x = 3: x_1 is x
               one_sample(ctx, lv, rv, f.line, atol)) if unbound else None
    if counted is not None:  # SSE/(n - 2) = 0.091/3 beside data x = (1, ..., 5): n = 5
        return Step(f.line, "holds", lhs, rhs, counted, source=f.text)
    if unbound:
        return Step(f.line, "undecided", lhs, rhs,
                    f"could not decide: one side is "
                    f"{'numbers' if isinstance(lv, sp.MatrixBase) else 'a number'} and the "
                    f"other depends on "
                    f"{unbound}, so this holds at particular values only; give them in "
                    f"the text (`${unbound.split(', ')[0]} = ...$`) to have it checked there",
                    source=f.text)
    explained = explain(low, left, right, lv, rv, cmp,
                        named=witness.named(ctx, low, right, f.line),
                        reading=Reading(ctx, lambda node: ctx.at_bound_values(
                            low.again().expr(node, hold=held), f.line),
                            lambda node: low.again().expr(node, hold=held), left))
    diagnosis = explained.first  # what decides; the message may name the slip better
    earlier = state.definition_of(left) if is_name(left) and \
        not (isinstance(left, Call) and left.order) else None  # ELU'(x): not ELU's meaning
    if earlier is not None and earlier.line < f.line and isinstance(left, Sym) and \
            (not earlier.index or left == earlier.name) and not given and \
            (diagnosis is None or not is_name(right) and not left.index and
             remainder.no_slip(diagnosis, lv, rv)) and \
            (not is_numeric(right) or getattr(lv, "free_symbols", None)):
        # o = (i - 1)s - 2p + k after o = ⌊(i + 2p - k)/s⌋ + 1: another formula for the
        # name (a special case, another layer, another form), unrelated to the old one
        # by any usual slip, reads as a new meaning as well as a claim (also when read at
        # a worked example's values, where the sides differ by a bare number: the sphere's
        # I = 2/5·M·R^2 after the disk's I = 1/2·M·R^2 at M = 3; not `v = w`, two names
        # the example gives values, nor v_t, a member); a worked example's numbers, a
        # recurrence's member, a case under a condition and a restatement off by a factor
        # or a sign stay certain
        return Step(f.line, "undecided", lhs, rhs,
                    f"could not decide: {render(left)} was defined on line {earlier.line} "
                    f"as {render(earlier.body)}, and this differs; if it is a new meaning "
                    "(a special case, another form), use a new name or a heading; if it "
                    "restates the definition, it does not hold", source=f.text)
    diagnosis = explained.text
    if doubts and getattr(doubts[0], "settled", ""):  # (differs under every reading)
        diagnosis = "; ".join(filter(None, [diagnosis, doubts[0].settled]))
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
    step = confirmed(Step(f.line, "fails", lhs, rhs, cmp.method, example, diagnosis,
                          source=f.text), attempt)
    shorthand = convention.introduced(left, lv, rv, ctx, f.line, state.texts, f.text,
                                      state.blocks, f.block) \
        if step.verdict == "fails" else []  # (a definition below it read first: confirmed)
    if shorthand:
        return replace(step, verdict="undecided", counterexample=None, diagnosis=None, method=(
            "could not decide: the sides differ as read, but reading them took a guess: " +
            "; ".join(f"{g.what} ({g.advice})" for g in shorthand)))
    return step


def _settled(state: State, low: Lowering, sides: tuple[Node, Node], held, atol: float,
             line: int, values: tuple = ()) -> bool:
    """A step that differs on shapes it inferred: does it differ with every size the inference
    left free at 1 too (vectors as numbers: no orientation, no layout left to guess)? Then no
    choice of those sizes makes it hold (sizes a declared shape fixes stay fixed). Vectors
    whose orientation was guessed: also as rows, on values read with nothing left open
    (orientation.py)."""
    if not low.inferred:
        return False
    try:
        unit = Lowering(state.ctx, line, calls=low.calls, wrt=low.wrt,
                        free_index=dict(low.free_index), unit=True)
        layout.infer_shapes(unit, sides)
        if any(shape == (1, 1) for shape in unit.inferred.values()) and not low.unsettled:
            return False  # a matrix of one entry reads as a number: another reading
        lv, rv = (_as_number(state.ctx.at_bound_values(unit.expr(n, hold=held), line))
                  for n in sides)
        if isinstance(lv, sp.MatrixBase) != isinstance(rv, sp.MatrixBase) or \
                getattr(lv, "shape", None) != getattr(rv, "shape", None):
            return False
        if compare(lv, rv, state.ctx, atol=atol).agree or low.unsettled and \
                not orientation.plain(state, low, *values):
            return False
    except Timeout:
        raise
    except Exception:  # noqa: BLE001 - not known: the inferred shapes stay a guess
        return False
    return not low.unsettled or not orientation.holds_as_rows(state, low, sides, held, atol, line)


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


def _placed_only(doubts: list, cmp: Comparison) -> str:
    """Doubts that are all conditions in words on where the step is claimed, none changing a
    convention, beside sides that are a fixed multiple of each other: the words that say the
    step fails under every such condition (proportion.py); else ''. Never when the step was
    read at an example's values (the caller passes none then): the words may change one of
    them ("for the first step" after t = 2), and that value is the multiple."""
    if not doubts or not all(getattr(d, "condition", "") for d in doubts) or \
            any(proportion.convention_in(d.condition) for d in doubts):
        return ""
    c = proportion.multiple(cmp)
    return proportion.said(c) if c is not None else ""


def _as_number(value):
    return value[0, 0] if isinstance(value, sp.MatrixBase) and value.shape == (1, 1) else value


def _prior(block: list[str], text: str) -> str:
    """The formula right before `text` in its paragraph ("" for the first)."""
    at = block.index(text) if text in block else 0
    return block[at - 1] if at > 0 else ""
