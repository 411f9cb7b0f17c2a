"""A read step's sides compared once: the deciders that need no comparison first (`BEFORE`),
then the comparison, the readings under which sides that differ agree (`AGREEING`), an
agreement checked at the other values of the free indices, and the example's values named.
The readings for sides that still differ are `reading.py`'s; `step.py` runs both in order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import sympy as sp

from checker.derive import accuracy, approximation, layout, primitive, upstream, vocabulary
from checker.derive.alternative import under_assumptions
from checker.derive.binding import values_shown
from checker.derive.claim import Claim
from checker.derive.consequence import with_derived
from checker.derive.correction import flipped
from checker.derive.context import Context
from checker.derive.differentiation import stated_of
from checker.derive.enumeration import members_listed
from checker.derive.equivalence import Comparison, compare, fmt
from checker.derive.errors import Undecided
from checker.derive.meaning import Lowering
from checker.derive.orientation import as_dot_products
from checker.derive.pole import identity_at_pole
from checker.derive.regex import Regex
from checker.derive.render import render, render_stem
from checker.derive.repetition import restated
from checker.derive.result import GIVEN, Step
from checker.derive.rounding import to_digits
from checker.derive.traversal import symbols_of
from checker.derive.tree import Call, Deriv, Sym, walk
from checker.derive.vestige import only_at_earlier


def indefinite(c: Claim) -> Step | None:
    """A step with an indefinite integral: by the derivatives of its sides (primitive.py);
    read without the example's values when they took the integral's variable (out of the
    integral itself, or out of the other side: `x = 2` bound, then `\\int x\\,dx = x^2/2`)."""
    found = primitive.variables(*c.raw)
    taken = any(primitive.outside(r, x) and not primitive.outside(v, x) for x in found
                for r, v in zip(c.raw, (c.lv, c.rv)))
    sides = (c.lv, c.rv) if primitive.variables(c.lv, c.rv) and not taken else c.raw
    found = primitive.variables(*sides)
    if not found:
        return None
    judged = primitive.judged(*sides, _shown(c.ctx, next(iter(found))))
    return None if judged is None else c.verdict(*judged)


def approximate(c: Claim) -> Step | None:
    """`≈` between expressions with variables: to the digits shown at random values, or in
    the limit the text takes (`f'(x) ≈ (f(x + h) - f(x))/h`); else undecided (raises)."""
    if not c.written.approx:
        return None
    if not symbols_of(c.lv, c.rv):  # (a slope taken at the example's values has its names
        limit = _in_the_limit(c)  # bound, not free: evaluation.Slope.at)
        if limit is not None:
            return limit
        close = accuracy.judged(c.raw, (c.lv, c.rv), c.sides, c.atol,
                                values_shown(c.ctx, c.raw, c.line))
        return None if close is None else c.verdict(*close)  # `n! ≈ \sqrt{2πn}(n/e)^n`
    held = to_digits(c.state.ctx, c.low, c.sides, c.line)
    if held:
        return c.verdict("holds", held)
    lv, rv = _unstated(c) or (c.lv, c.rv)
    judged = approximation.verdict(c.written.f, c.state.blocks, lv, rv,
                                   lambda s: _shown(c.ctx, s))
    if judged is not None and judged[0] == "fails":  # a reading that took a guess (Σ_j with
        from checker.derive import doubt  # no range beside a count N) proves no failure

        guessed = doubt.guesses(c.low, c.lv, c.rv)
        if guessed:
            raise Undecided(f"the sides differ in the limit the text takes, but reading them "
                            f"took a guess: {guessed[0].what} ({guessed[0].advice})")
    if judged is not None:  # `f'(x) ≈ (f(x + h) - f(x))/h`: in the limit h → 0
        return c.verdict(*judged)
    free = sorted({_shown(c.ctx, v) for v in symbols_of(c.lv, c.rv)})
    raise Undecided("an approximation between expressions with variables: "
                    "`\\approx` is checked for numbers only, and "
                    f"{', '.join(free[:3])}{' ...' if len(free) > 3 else ''} "
                    f"{'has' if len(free) == 1 else 'have'} no value here")


def _in_the_limit(c: Claim) -> Step | None:
    """`\\frac{\\partial f}{\\partial\\theta} \\approx \\frac{f(\\theta + h) - f(\\theta)}{h}` with θ and h
    bound (a gradient check's numbers): written with letters, it states the limit h → 0, which
    holds whatever step the example takes; at the bound values its sides differ by the
    quotient's own error (12 against 12.61). Holds when the written sides, read without the
    example's values, hold in a limit the text takes; None (the numbers decide) otherwise."""
    derived = [any(isinstance(n, Deriv) or isinstance(n, Call) and n.order for n in walk(side))
               for side in c.sides]
    if derived.count(True) != 1:
        return None
    read = _without_statement(c, bound=False)
    if read is None:  # not readable without the values: the numbers decide
        return None
    lv, rv = read
    slope, quotient = (lv, rv) if derived[0] else (rv, lv)
    for step in sorted(quotient.free_symbols - slope.free_symbols, key=str):
        if not sp.denom(sp.together(quotient)).has(step):
            continue
        try:
            held = sp.simplify(sp.limit(quotient, step, 0) - slope) == 0
        except Exception:  # noqa: BLE001 - no limit SymPy can take: the numbers decide
            continue
        if held:
            return c.verdict("holds", f"in the limit {_shown(c.ctx, step)} → 0 (the step of a "
                                      f"difference quotient), as written with letters, not at "
                                      f"the example's values (the step there is finite)")
    return None


def _unstated(c: Claim) -> tuple[sp.Expr, sp.Expr] | None:
    """`∂f/∂θ ≈ (f(θ + h) - f(θ - h))/(2h)`: the text's statement of a derivative is
    recorded as its value, and read at its own line the step's sides are one expression. They
    are read again without what this line states (the derivative of f as such, which the
    limit h → 0 then decides); None when the sides differ as read, or use no derivative."""
    if not isinstance(c.lv, sp.Expr) or not isinstance(c.rv, sp.Expr) or \
            c.lv != c.rv or not any(isinstance(n, Deriv) for side in c.sides for n in walk(side)):
        return None
    sides = _without_statement(c, bound=True)
    return None if sides is None or sides[0] == sides[1] else sides


def _without_statement(c: Claim, bound: bool) -> tuple[sp.Expr, sp.Expr] | None:
    """The step's sides read without what its own line states (facts before it only), at the
    example's bound values when `bound`, else with its letters; None when they do not read so
    or are not expressions."""
    ctx = replace(c.ctx, facts_before=c.line)
    try:
        low = Lowering(ctx, c.line, calls=c.low.calls, wrt=c.low.wrt,
                       free_index=dict(c.low.free_index))
        sides = tuple(low.expr(n) for n in c.sides)
        if bound:
            sides = tuple(ctx.at_bound_values(side, c.line) for side in sides)
    except Exception:  # noqa: BLE001 - a reading that fails decides nothing
        return None
    if not all(isinstance(side, sp.Expr) for side in sides):
        return None
    return sides[0], sides[1]


def unknown_function(c: Claim) -> Call | None:
    """`\\frac{d}{dx} f(x) = -x f(x)`, `\\frac{d}{dz}\\phi(z) = ...`: the derivative of a function
    the text never defines, at its own variable, stated as an expression that uses no
    derivative of it: what the text says f is (as `f'(x) = ...` is), never a claim about an
    arbitrary f. The function, or None."""
    left = c.left
    if not isinstance(left, Deriv) or left.num is not None or left.order != 1 or \
            not isinstance(left.operand, Call):
        return None
    f = left.operand
    if f.order or f.args != (left.var,) or f.name in vocabulary.FUNCTIONS or \
            c.ctx.get(f.name, c.line) is not None:
        return None
    again = [n for n in walk(c.right) if isinstance(n, (Call, Deriv)) and (
        getattr(n, "order", 0) and getattr(n, "name", None) == f.name or
        isinstance(n, Deriv) and any(isinstance(m, Call) and m.name == f.name for m in walk(n)))]
    return None if again else f


def taken_as_given(c: Claim) -> Step | None:
    """`∂L/∂ŷ = ...` where the text never defines L (or not in terms of ŷ): a statement, not a
    derivation; undecided, and later steps use the value stated here. Written again below an
    earlier line that stated it (at numbers, or at an index of its family), it is checked
    against that line (repetition.restated)."""
    left, line = c.left, c.line
    f = unknown_function(c)
    if f is not None:
        return c.verdict("undecided", f"{GIVEN}: {render(Sym(f.name))} is not defined in the "
                         f"text, so {c.written.lhs} is stated, not derived")
    named = stated_of(left) if left in c.low.given else None
    if named is None:
        return None
    again = restated(c)  # (an earlier line stated it: this one writes it again)
    if again is not None:
        return c.verdict(*again)
    where = "in the text" if not isinstance(named, Sym) or \
        c.ctx.lookup(named, line) is None or not isinstance(left, Deriv) \
        else f"in terms of {render(left.var)}"
    return c.verdict("undecided", f"{GIVEN}: {render(named)} is not defined {where}, so "
                     f"{c.written.lhs} is stated, not derived; later steps use the value "
                     "stated here")


# decided before the sides are compared: a `≈` with variables is not compared as `=`, a `≈`
# whose last correction has the wrong sign fails (correction.py), and a stated derivative is
# not a claim to compare
BEFORE: tuple[Callable[[Claim], Step | None], ...] = (indefinite, flipped, approximate,
                                                      taken_as_given)


def one_hot(c: Claim) -> Comparison | None:
    """A step that holds only for one-hot labels (alternative.under_assumptions)."""
    return under_assumptions(c.ctx, c.lv, c.rv, c.atol)


def batch_mean(c: Claim) -> Comparison | None:
    """The loss over the batch read as the mean, when the step needed that choice."""
    if "batch" not in c.low.readings:
        return None
    low = c.low
    other = Lowering(c.state.ctx, c.line, calls=low.calls, wrt=low.wrt,
                     free_index=dict(low.free_index), batch="mean")
    retry = compare(other.expr(c.left), other.expr(c.right), c.ctx, atol=c.atol)
    if not retry.agree:
        return None
    return replace(retry, method=f"{retry.method}, with the loss read as the mean over the "
                                 "batch")


# tried in order while the sides differ; each gives the comparison that replaces the current
# one (None: none). An agreement they find is still checked at the index variants and named
# with the example's values, like the agreement as read, hence comparisons, not verdicts
AGREEING: tuple[Callable[[Claim], Comparison | None], ...] = (one_hot, batch_mean)


def compared(c: Claim) -> Claim | Step:
    """The claim with its comparison (`cmp`, `example_values`) once made, or the step when it
    holds: as read, else under the AGREEING readings; an agreement confirmed at the index
    variants (at_index_variants). A vector beside a number is read with each product of two
    vectors as their dot product, or a member beside a tuple entry by entry (enumeration), or
    with the statistics' values the text derived above (consequence), or stays undecided
    (raises)."""
    try:
        cmp = compare(c.lv, c.rv, c.ctx, atol=c.atol)
    except Undecided as why:  # a vector beside a number: x^{(i)}θ as a dot product?
        pole = identity_at_pole(c.raw, (c.lv, c.rv), c.ctx, c.atol, why)
        if pole is not None:  # put x = -3 into another equation: this one, every x
            return c.verdict("holds", pole.method)
        text = c.written.f.text
        dotted = as_dot_products(c.state, c.low, c.sides, c.held, c.atol, c.line,
                                 written=any(d in text for d in ("\\cdot", "·", "⋅")))
        if dotted is None:
            listed = members_listed(c) or with_derived(c)  # `e_i/m = (-0.5, 0.5)`: i = 1, 2
            if listed is None:
                raise
            return c.verdict("holds", listed.method)
        return c.verdict("holds", f"{dotted.method}, reading each product of two vectors of "
                         "one shape as their dot product")
    for reading in AGREEING:
        if cmp.agree:
            break
        cmp = reading(c) or cmp
    c = replace(c, cmp=cmp)
    if cmp.agree:
        c = at_index_variants(c)
        cmp = c.cmp or cmp
    # every name at the example's values: the step is arithmetic there, and says so
    example = {} if symbols_of(c.lv, c.rv) else values_shown(c.ctx, c.raw, c.line)
    if example:
        cmp = replace(cmp, method=f"{cmp.method}, at the example's values "
                      + ", ".join(f"{k} = {fmt(v)}" for k, v in example.items()))
        c = replace(c, cmp=cmp, example_values=example)
    if not cmp.agree:
        direct_path(c)
    else:
        only_at_earlier(c)  # `k = 1` of a finished case: no value of the general statement
    return c.verdict("holds", cmp.method) if cmp.agree else c


def direct_path(c: Claim) -> None:
    """`∂L/∂w = δx + λw` for an L the text never defines, read through ŷ = wx + b: L may
    depend on w directly too (a penalty the text never writes), so sides that differ are no
    refutation unless the step is a pure chain-rule claim, every term of its right side
    through a derivative of L (upstream.carries), and the reading found a path at all (a slope
    of 0 is a path not read: the members of Y given as numbers); undecided (raises). A
    derivative of a defined name, or a wrong chain (`∂L/∂w = δw`, `∂L/∂x_1 = g_0k_0 +
    g_1k_1`), is left to fail."""
    named = stated_of(c.left)
    if not isinstance(c.left, Deriv) or not isinstance(named, Sym) or \
            c.ctx.lookup(named, c.line) is not None:
        return
    shown = render(named)
    if upstream.vanishes(c.raw[0]):
        raise Undecided(f"{shown} reaches {render(c.left.var)} through no definition read "
                        f"here (the slope came out 0), and the text does not define {shown}; "
                        f"define what {shown} is computed from in terms of "
                        f"{render(c.left.var)}")
    looped = upstream.recurrent(c.ctx, c.right, named, c.line)
    if looped is not None:
        raise Undecided(f"{render(looped)} is defined through itself at an earlier index, so "
                        f"∂{shown}/∂{render(looped)} may be the partial slope or the total one "
                        "carried back from later steps, and the two readings differ; say which "
                        f"(`the total derivative of {shown} by {render(looped)}`)")
    stray = upstream.stray_term(c.ctx, c.right, named, c.line)
    if stray is None:
        return
    raise Undecided(f"the sides differ, and the term {render(stray)} goes through no derivative "
                    f"of {shown}: the step holds if {shown} also depends on "
                    f"{render(c.left.var)} directly (a penalty, a second path), and the text "
                    f"does not define {shown}; define {shown}, or write the step through its "
                    "derivatives only")


def at_index_variants(c: Claim) -> Claim:
    """A step that uses the Kronecker delta checked with two free indices equal too (i = j as
    well as i ≠ j): the claim read at the first variant where it differs (unless one-hot
    labels explain it), else as it was."""
    low = c.low
    for values in low.index_variants():
        other = Lowering(c.state.ctx, c.line, calls=low.calls, wrt=low.wrt, free_index=values)
        layout.infer_shapes(other, c.sides)
        again = compare(other.expr(c.left), other.expr(c.right), c.ctx, atol=c.atol)
        if not again.agree and under_assumptions(c.ctx, other.expr(c.left),
                                                 other.expr(c.right), c.atol) is None:
            at = ", ".join(f"{k} = {v}" for k, v in values.items())
            # (`values` then the variant's indices, as it always was: identity_as_written
            # substitutes them, which replaces nothing, instead of the conditions' values)
            return replace(c, cmp=replace(again, method=f"{again.method} (at {at})"), low=other,
                           lv=other.expr(c.left), rv=other.expr(c.right), values=values)
    return c


def _shown(ctx: Context, value: sp.Basic) -> str:
    """A free name of a step's values as the text writes it: an entry of a matrix the step
    reads entry by entry (the symbol `hat(y)[2,1]`, or a matrix element) is ŷ_{2,1}."""
    if isinstance(value, sp.matrices.expressions.matexpr.MatrixElement):
        return f"{render_stem(str(value.parent))}_{{{value.i + 1},{value.j + 1}}}"
    entry = _ENTRY.fullmatch(str(value))
    if entry:
        return f"{render_stem(entry.group(1))}_{{{entry.group(2)},{entry.group(3)}}}"
    return ctx.shown(str(value))


_ENTRY = Regex(r"(.+)\[(\d+),\s*(\d+)\]")  # a matrix's entry as a symbol
