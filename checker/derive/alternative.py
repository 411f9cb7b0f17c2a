"""Other readings of a step whose sides differ as read, under which it holds: one-hot labels
(`under_assumptions`), an identity as written, the worked example's rounded or earlier
values aside (`identity_as_written`), the step as a general statement when it fails only at
the example's values (`as_general`), and the meaning a name had before the text defined it
again (`older_meaning`: momentum's `v_t`, then Nesterov's with the same names). Each takes
one piece of context away: a step that fails with it and not without it is a hidden
ambiguity, never a failure."""

from __future__ import annotations

import sympy as sp

from checker.derive import layout
from checker.derive.context import Context
from checker.derive.equivalence import Comparison, compare, fmt
from checker.derive.onehot import label_families, labels_phrase
from checker.derive.meaning import Lowering
from checker.derive.state import State
from checker.derive.traversal import symbols_of
from checker.derive.tree import Node


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
    facts = ctx.facts  # (the older meaning may not lean on what the step itself states)
    ctx.facts = {k: [(at, v) for at, v in said if at < line] for k, said in facts.items()}
    try:
        return _older(ctx, low, left, right, atol, before, line)
    finally:
        ctx.facts = facts


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
