"""Other readings of a step whose sides differ as read, under which it holds: one-hot labels
(`under_assumptions`), an identity as written, the worked example's rounded or earlier
values aside (`identity_as_written`), the step as a general statement when it fails only at
the example's values (`as_general`), and the meaning a name had before the text defined it
again (`older_meaning`: momentum's `v_t`, then Nesterov's with the same names). Each takes
one piece of context away: a step that fails with it and not without it is a hidden
ambiguity, never a failure.

A step about to fail is tried under the readings of READINGS, in order (`confirmed`): each
is one function of the failing step (an `attempt.Attempt`) to a verdict that can only be
"holds" or "undecided", with its reason; adding a reading is one function and one row. Steps
that do not fail never reach them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import sympy as sp

from checker.derive import layout, structure
from checker.derive.attempt import Attempt, lowering, sides
from checker.derive.case import (
    _number,
    clause,
    conditions,
    cued,
    in_part,
    joined,
    label_values,
    near,
    ordered,
    rebound,
    written,
)
from checker.derive.constraint import equations, under
from checker.derive.context import Context
from checker.derive.contrast import after_a_change, against_a_variant
from checker.derive.deadline import Timeout
from checker.derive.equivalence import Comparison, compare, fmt
from checker.derive.guard import guarded
from checker.derive.kinship import kin_reading
from checker.derive.lookahead import defined_below, related_again_below
from checker.derive.meaning import Lowering
from checker.derive.onehot import label_families, labels_phrase
from checker.derive.restatement import restated_before
from checker.derive.result import Step
from checker.derive.placeholder import passed_through
from checker.derive.scientific import whole_numbers
from checker.derive.separation import unrelated_sides
from checker.derive.state import State
from checker.derive.superscript import unrelated_members
from checker.derive.antecedent import unapplied_condition
from checker.derive.tense import at_an_earlier_binding, at_the_initial_value
from checker.derive.traversal import symbols_of
from checker.derive.tuples import as_columns
from checker.derive.tree import Node, Sym
from checker.derive.holding import held_as_said
from checker.derive.principle import under_a_law
from checker.derive.variant import labelled_variant


def identity_as_written(state: State, low: Lowering, left: Node, right: Node, evaluated,
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


def under_assumptions(ctx: Context, lv, rv, atol: float) -> Comparison | None:
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


def older_meaning(state: State, low: Lowering, left: Node, right: Node, atol: float
                  ) -> str | None:
    """A step that differs with the definitions in force at its line, though it holds with
    the meaning a name it reaches had before the text defined that name again (momentum's
    `v_t = μv_{t-1} - η∇f(θ_t)`, later Nesterov's variant with the same names, and then a
    remark about the first): which meaning the step is about is a guess, so it is
    undecided, never failed. The reason, or None when no older meaning makes it hold."""
    line, ctx = low.line, state.ctx
    before = set()
    for sym in state.reached((left, right), line):
        now = ctx.lookup(sym, line)
        if now is None:
            continue
        older = [d for d in ctx.history.get(now.key, []) if d.line < now.line and
                 d.body != now.body]
        if older:
            before.add((now.line - 1, older[-1].line, now.line, sym))
    # (the older meaning may not lean on what the step itself states, nor on anything later)
    return _older(replace(ctx, facts_before=line), low, left, right, atol, before, line)


def _older(ctx, low: Lowering, left: Node, right: Node, atol: float, before: set,
           line: int) -> str | None:
    for at, old, new, sym in sorted(before, key=lambda b: -b[0])[:3]:
        try:
            then = Lowering(ctx, at, calls=low.calls, wrt=low.wrt,
                            free_index=dict(low.free_index))
            layout.infer_shapes(then, (left, right))
            lv, rv = (ctx.at_bound_values(then.expr(n), line) for n in (left, right))
            again = compare(lv, rv, ctx, atol=atol)
        except Exception:  # noqa: BLE001 - not readable with the older meaning: no claim
            again = None
        if again is not None and again.agree:
            shown = ctx.shown(sym.name)
            return (f"could not decide: as read it does not hold, but it does with "
                    f"{shown} as defined on line {old} ({again.method}); line {new} defines "
                    f"{shown} again: if the step is about the new meaning, it does not hold "
                    f"(use a new name for one of them)")
    return None


def as_general(cmp: Comparison | None, shown: dict, why: str = "") -> str | None:
    """A step that fails at the worked example's values (`shown`), read again as the general
    statement it is written as (both sides in names, no value put in, compared as `cmp`; None
    when they cannot be compared, for `why`: a statistic): when it holds so or cannot be
    decided, whether it is about the example is a guess: the reason it is undecided. None when
    it differs in general too, even on one piece only (then the example's values decide)."""
    if cmp is not None and not cmp.agree:
        return None  # (one piece only, `ELU'(x) = αe^x` at x = 0: a slip, decided as read)
    how = f"it cannot be decided ({why})" if cmp is None else f"it holds ({cmp.method})"
    at = ", ".join(f"{k} = {fmt(v)}" for k, v in sorted(shown.items()))
    return (f"could not decide: it does not hold at the example's values ({at}), but as a "
            f"general statement {how}; if it is about the example, it does not hold (say "
            "so, or give the values again beside it)")


def given_earlier_equation(attempt: Attempt) -> tuple[str, str] | None:
    """`θ̂ = k/n` set up above, then `-ℓ''(θ̂) = n/(θ̂(1 - θ̂))`: a step over names that an
    equation the section states above ties together, which holds once that equation is solved
    for one of them. Whether the step leans on it is a guess; plain arithmetic never does."""
    if not symbols_of(attempt.lv, attempt.rv):
        return None
    for at, shown, diff in equations(attempt):
        found = under(attempt, diff)
        if found is not None:
            name, again = found
            return "undecided", (
                f"could not decide: as read in general it does not hold, but it does given "
                f"line {at}'s equation {shown} (solved for {attempt.ctx.shown(name)}; "
                f"{again.method}); if the step relies on it, say so beside it")
    return None


def _applied(attempt: Attempt, limits, rel) -> bool:
    """The clause's value of a name (`If s = 10`) reaches the name as the step is read with the
    clause's conditions, not a value the example gave it before (`s = a + b = 4`); True when
    the condition is no value of a name or the name reads to no number."""
    if rel.ops != ("=",) or not isinstance(rel.members[0], Sym) or \
            _number(rel.members[1]) is None:
        return True
    try:
        ctx, got, _ = sides(replace(attempt, left=rel.members[0], right=rel.members[0],
                                    limits=limits), attempt.ctx)
        return not getattr(got, "is_number", False) or abs(float(got) - _number(rel.members[1])) < 1e-9
    except Timeout:
        raise
    except Exception:  # noqa: BLE001 - not read: no evidence against the clause
        return True


def in_its_case(attempt: Attempt) -> tuple[str, str] | None:
    """"- dissimilar pair, inside margin ($d < m$): $∂L/∂d = -(m - d)$": a step whose clause
    names a case. With the conditions the clause writes as formulas applied, does it hold
    (then it does)? Else, with a label-like name (values {0, 1} or ±1) at one of its values,
    does it (then which case is meant is a guess: undecided)? Never without a case named in
    the clause: a missing factor x "holds at x = 1" too."""
    words, formulas = clause(attempt.f, attempt.state.blocks)
    if not cued(words, formulas):
        return None
    plain, between = conditions(formulas)
    limits = joined(attempt.limits, plain)
    said = " and ".join(map(written, plain + between))

    def tried(ctx: Context) -> Comparison | None:
        try:
            ctx, lv, rv = sides(replace(attempt, limits=limits), ctx)
            swap, gaps = ordered(between, lowering(attempt, ctx), symbols_of(lv, rv))
            if gaps:
                ctx = replace(ctx, intervals={**ctx.intervals,
                                              **dict.fromkeys(gaps, (0.0, float("inf")))})
            again = compare(lv.xreplace(swap), rv.xreplace(swap), ctx, atol=attempt.atol)
        except Timeout:
            raise
        except Exception:  # noqa: BLE001 - not decided so: no claim
            return None
        return again if again.agree else None

    if said:
        # a clause's value for a name the text defined before (`s = a + b = 4`, then
        # `If s = 10, then s^2 = ...`) cannot be applied as a limit (the name reads as its
        # definition): a hold there would be at the old value, not under the clause
        again = tried(attempt.ctx)
        if again is not None and not all(_applied(attempt, limits, rel) for rel in plain):
            again = None
        if again is not None:
            return "holds", f"{again.method}, under {said}, as the clause before it states"
    line, cue = attempt.line, words.replace("$", "…")
    names = {s.name for s in attempt.state.reached((attempt.left, attempt.right), line)} | \
        {str(s) for s in symbols_of(attempt.lv, attempt.rv)}
    fixed = {str(lowering(attempt, attempt.ctx).expr(m)) for m in limits.values}
    for name, values in label_values(attempt.ctx, names - fixed).items():
        for value in values:
            again = tried(rebound(attempt.ctx, name, value, line))
            if again is not None:
                at = f"{attempt.ctx.shown(name)} = {value:g}"
                return "undecided", (
                    f"could not decide: as read it does not hold, but it does at {at} "
                    f"({again.method}{', under ' + said if said else ''}), the case its "
                    f"clause names in words (\u201c{cue}\u201d); if it is about that case "
                    f"only, say so beside it (`\\quad ({at})`)")
    return None


def on_a_piece(attempt: Attempt) -> tuple[str, str] | None:
    """`∇_w J = λw` under "margin 을 만족하면", `|x| = x` beside "otherwise": sides over max,
    |·| or pieces that agree at part of the points and differ at the others, with a case named
    near it in words: a statement about one piece, whose condition was not read."""
    if not in_part(attempt.lv, attempt.rv, attempt.cmp):
        return None
    words, formulas = clause(attempt.f, attempt.state.blocks)
    if not (cued(words, formulas) or near(attempt.f)):
        return None
    return "undecided", ("could not decide: the sides agree on part of the points and differ "
                         "on the others (a max, |·| or piecewise function), and the text names "
                         "a case near it; if the step is about one piece, say which beside it "
                         "(`\\quad \\text{if } ...`)")


def undefined_side(attempt: Attempt) -> tuple[str, str] | None:
    """`|S_g| = (C/G)HW`: a side written only with names the text never defines (the last
    reading: one the text defines below came first): what that side is, not a claim."""
    found = structure.undefined_side((attempt.left, attempt.right), attempt.state, attempt.f.line)
    if not found:
        return None
    return "undecided", (f"could not decide: {found[0].what} ({found[0].advice})")


READING_SECONDS = 0.4  # each reading's own limit (a step's is 2 s)
Reading = Callable[[Attempt], "tuple[str, str] | None"]
# the readings a failing step is tried under, in order: each gives ("holds" | "undecided",
# why) when the step holds so, else None
READINGS: tuple[Reading, ...] = (whole_numbers, as_columns, at_an_earlier_binding, at_the_initial_value,
                                  defined_below, related_again_below, held_as_said,
                                  given_earlier_equation, under_a_law,
                                  in_its_case, on_a_piece, kin_reading, undefined_side,
                                  unrelated_sides, restated_before, labelled_variant,
                                  against_a_variant, after_a_change, unrelated_members, unapplied_condition,
                                  passed_through)


def confirmed(step: Step, attempt: Attempt) -> Step:
    """A failing step, kept failing only when no reading of READINGS makes it hold; else the
    first reading's verdict ("holds" or "undecided", never "fails") and reason."""
    if step.verdict != "fails":
        return step
    for reading in READINGS:  # (a reading that cannot be made in time shows nothing)
        found = guarded(READING_SECONDS, lambda reading=reading: reading(attempt),
                        lambda _: None)
        if found is not None and found[0] in ("holds", "undecided"):
            verdict, why = found
            return replace(step, verdict=verdict, method=why, counterexample=None,
                           diagnosis=None)
    return step
