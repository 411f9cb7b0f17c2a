"""Other readings of a step whose sides differ as read, under which it holds: one-hot labels
(`under_assumptions`), and an identity as written, the worked example's rounded or earlier
values aside (`identity_as_written`)."""

from __future__ import annotations

import sympy as sp

from checker.derive import layout
from checker.derive.context import Context
from checker.derive.equivalence import Comparison, compare
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
