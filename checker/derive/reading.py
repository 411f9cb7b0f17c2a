"""The readings under which a step whose sides differ as read still holds (or is undecided),
as one ordered table, `DIFFERING`. Each decider takes the step's evidence (claim.Claim, with
its comparison made) and returns the step decided, None to pass on, or, for a reading that
changes what the later ones see, the claim read anew. To add a way to decide a differing step:
one function here, one row in the table, one test row. The order and its reasons: step.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import sympy as sp

from checker.derive import region
from checker.derive.agreement import on_binary_values
from checker.derive.alternative import identity_as_written, older_meaning
from checker.derive.binding import defined_values, earlier_values
from checker.derive.carry import with_approximated, with_stated
from checker.derive.claim import Claim
from checker.derive.unbound import at_some_values
from checker.derive.equivalence import compare
from checker.derive.example import one_example
from checker.derive.repetition import restated
from checker.derive.result import Step
from checker.derive.tense import placed_earlier
from checker.derive.quantity import real
from checker.derive.tree import Deriv, Sym, walk

Decider = Callable[[Claim], Step | Claim | None]


def stated_digits(c: Claim) -> Step | None:
    """`-\\log ŷ ≈ 0.475` computed from `ŷ ≈ 0.622` as stated, not from σ(0.5) exactly;
    `σ(2)(1 - σ(2)) = 0.88 × 0.12` after `σ(2) ≈ 0.88` (carry.with_approximated)."""
    stated = with_stated(c.state, c.low, c.sides, c.line, c.atol) if c.written.approx else ""
    stated = stated or with_approximated(c.state, c.low, c.sides, c.line, c.atol,
                                         c.written.f.text,
                                         frozenset(n.name for n in c.limits.values))
    return c.verdict("holds", stated) if stated else None


def earlier_example(c: Claim) -> Step | None:
    """The step holds at the values another example bound its names to (binding.earlier_values).
    A derivative stated as a function of its own variable (`∂D/∂μ = 2μ`) is never rescued by an
    earlier value of that variable: two functions of μ meet at a point by chance (2μ and μ at
    μ = 0), and a point the text looked at earlier ("it vanishes at $μ = 0$") is no case of a
    general formula; the other names' earlier cases (a = 2 of case (a)) still decide it."""
    own = own_variable(c)
    found = earlier_values(c.ctx, c.raw, c.names - {own}, c.line, c.atol,
                           looking_back=placed_earlier(c.written.f.before))
    return None if found is None else c.verdict("holds", found)


def own_variable(c: Claim) -> str:
    """The name a step `∂f/∂x = g(x)` differentiates by, when its right side writes it (a first
    derivative by a plain name); else ''."""
    left = c.left
    if not isinstance(left, Deriv) or left.order != 1 or left.var.index or \
            not any(isinstance(n, Sym) and n.name == left.var.name for n in walk(c.right)):
        return ""
    return str(real(left.var.name))


def identity(c: Claim) -> Step | None:
    """A general formula restated in a worked example: an identity as written, whatever
    values the example's rounded numbers give (alternative.identity_as_written)."""
    found = identity_as_written(c.state, c.low, c.left, c.right, (c.lv, c.rv), c.values, c.atol)
    return None if found is None else c.verdict("holds", found)


def in_general(c: Claim) -> Claim | None:
    """Wrong at an earlier example's values: is it wrong in general too (then it is wrong
    here)? The claim read without those values, for the deciders after this one (not when a
    stale name has a definition: read as a value, not expanded)."""
    if not c.stale or (c.lv, c.rv) == c.general or \
            defined_values(c.ctx, set(c.stale), c.line) or \
            at_some_values(c.ctx, c.left, c.right, *c.general, set()):
        return None
    again = compare(*c.general, c.ctx, atol=c.atol)
    if again.agree:
        return None
    lv, rv = c.general
    return replace(c, cmp=again, lv=lv, rv=rv, stale={})


def narrowed(c: Claim) -> Step | None:
    """`∂/∂w L(w) + λw`: each ∂ applying to the term right after it only, as meant?"""
    narrow = region.narrowed(c.left), region.narrowed(c.right)
    if narrow == c.sides:
        return None
    again = compare(*(c.ctx.at_bound_values(c.low.expr(n), c.line) for n in narrow), c.ctx,
                    atol=c.atol)
    if not again.agree:
        return None
    return c.verdict("holds", f"{again.method}, reading each ∂ as applying to the term right "
                     "after it")


def local(c: Claim) -> Step | None:
    """`∂a_t/∂w = h_{t-1}`: the local derivative, the recurrence's earlier states held fixed."""
    held = c.recurrent
    if not held:
        return None
    try:
        low = c.low.again()
        sides = [c.ctx.at_bound_values(low.expr(n, hold=held), c.line) for n in c.sides]
        if low.given:  # ∂h_2/∂z_2 with h_2 held: the derivative taken as stated, not derived
            return None
        # (a side that is 0 once the states are held says nothing: L in terms of h)
        again = None if compare(sides[0], sp.Integer(0), c.ctx).agree else \
            compare(*sides, c.ctx, atol=c.atol)
    except Exception:  # noqa: BLE001 - then the step is decided as read
        return None
    if again is None or not again.agree:
        return None
    return c.verdict("holds", f"{again.method}, reading each ∂ as local (the recurrence's "
                     "earlier states held fixed)")


def as_one_example(c: Claim) -> Step | None:
    """x and x_1 in one step: read as one example (example.one_example), does it hold?"""
    written = {n.name for side in c.sides for n in walk(side) if isinstance(n, Sym)}
    other = {k: v for k, v in one_example(c.names, c.state).items() if v not in written}
    if not other:
        return None
    swap = {sp.Symbol(k, real=True): sp.Symbol(v, real=True) for k, v in other.items()}
    again = compare(c.lv.xreplace(swap), c.rv.xreplace(swap), c.ctx, atol=c.atol)
    if not again.agree:
        return None
    shown = ", ".join(f"{c.ctx.shown(k)} as {c.ctx.shown(v)}" for k, v in other.items())
    return c.verdict("holds", f"{again.method}, reading {shown} (one example)")


def binary_values(c: Claim) -> Step | None:
    """`r_i^2 = r_i` for a Bernoulli mask: equal on the values the names can take."""
    binary = on_binary_values(c.lv, c.rv, c.state.binary)
    return c.verdict("holds", binary[0].what) if binary else None


def older(c: Claim) -> Step | None:
    """v_t of momentum, after Nesterov's v_t: which meaning the step is about is a guess."""
    found = older_meaning(c.state, c.low, c.left, c.right, c.atol)
    return None if found is None else c.verdict("undecided", found)


DIFFERING: tuple[Decider, ...] = (stated_digits, earlier_example, identity, in_general,
                                  narrowed, local, as_one_example, binary_values, older)

def as_applied(c: Claim) -> Step | None:
    """`∇_w L` where the text writes `L(\\mathbf{w}, b)` and never defines L: L alone read as
    that function at those names (function.as_written_applied), each ∂ as written or applying
    to the term right after it; holds when the sides agree so (a reading: never fails)."""
    low = c.low.again()
    low.applied = True
    for sides in (c.sides, (region.narrowed(c.left), region.narrowed(c.right))):
        again = compare(*(c.ctx.at_bound_values(low.expr(n), c.line) for n in sides), c.ctx,
                        atol=c.atol)
        if again.agree:
            narrow = "" if sides == c.sides else ", and each ∂ as applying to the term after it"
            return c.verdict("holds", f"{again.method}, reading {_applied_names(c)} "
                             f"(the function the text applies so, never defined){narrow}")
    return None


def as_restated(c: Claim) -> Step | None:
    """`∂L/∂β = 0.1 - 0.2 + 0.3` below `∂L/∂β = \\sum_{i=1}^{3} g_i`, L never defined: the
    derivative read as the earlier line states it (repetition.restated); holds when the sides
    agree so (a reading: never fails; a difference raises, and the unknown's reason stands)."""
    found = restated(c)
    return None if found is None else c.verdict(*found)


def _applied_names(c: Claim) -> str:
    """`L as L(w, b)`: the names of the step the text applies to one list of names."""
    shown = []
    for name in sorted({n.name for side in c.sides for n in walk(side) if isinstance(n, Sym)}):
        forms = c.ctx.applied.get(name, set())
        if len(forms) == 1 and c.ctx.get(name, c.line) is None:
            args = ", ".join(c.ctx.shown(a) for a in next(iter(forms)))
            shown.append(f"{c.ctx.shown(name)} as {c.ctx.shown(name)}({args})")
    return " and ".join(shown) or "each name alone as the function the text applies it as"


# the readings that may decide a step undecided because a name the text never defines enters
# one side only (errors.Unknown): each re-reads the sides and can only make it hold, for every
# choice of that name (`∇_w L_λ = ∇_w L + λw` with L never defined: ∇ of L alone), or with
# the value an earlier line states for the step's derivative
OF_UNKNOWN: tuple[Decider, ...] = (narrowed, local, as_applied, as_restated)


def otherwise(c: Claim) -> Step | None:
    """The step under the first reading of OF_UNKNOWN under which it holds, else None (the
    reason the unknown gave stands)."""
    from checker.derive.errors import Undecided

    for reading in OF_UNKNOWN:
        try:
            got = reading(c)
        except Undecided:  # (that reading meets the unknown too)
            continue
        if isinstance(got, Step) and got.verdict == "holds":
            return got
    return None

