"""A step with an indefinite integral: `\\int x e^x\\,dx = x e^x - \\int e^x\\,dx = (x - 1)e^x + C`,
as integration by parts, substitution and tables write it.

An indefinite integral is an antiderivative up to a constant, so such a step claims that its
sides differ by a constant: it is checked by their derivatives in the integral's variable
(`\\frac{d}{dx}` of each side, the integrals' derivatives their integrands), as notes check an
antiderivative. A constant of integration (`+ C`) or one left out both pass. The integral is
read as SymPy's unevaluated `Integral(f, x)` (integral.value), never as one antiderivative
that a restatement could differ from by a constant.

Checked only when both sides are written in the variable and one of them outside its integrals
(`\\int p(x)\\,dx = 1`, `E[X] = \\int x p(x)\\,dx`, `\\int (x - μ)^2 p\\,dx = \\int x^2 p\\,dx -
μ^2` integrate over a domain the text leaves implicit: undecided), in one variable, and
when the derivatives are numbers at sampled points (an unknown function in them: undecided).
The step holds when the derivatives agree symbolically, or at every sampled point; it fails
when they differ at sampled points where both are finite.
"""

from __future__ import annotations

import random

import sympy as sp

from checker.derive.errors import Undecided

SAMPLES = 8


def variables(*values) -> set[sp.Symbol]:
    """The variables of the indefinite integrals in `values`."""
    out: set[sp.Symbol] = set()
    for v in values:
        for i in getattr(v, "atoms", lambda *_: set())(sp.Integral):
            if all(len(limit) == 1 for limit in i.limits):
                out |= {limit[0] for limit in i.limits}
    return out


def outside(value, x: sp.Symbol) -> bool:
    """Is `value` written in x outside its integrals?"""
    return isinstance(value, sp.Expr) and x in value.xreplace(
        {i: sp.Integer(0) for i in value.atoms(sp.Integral)}).free_symbols


def judged(lv, rv, shown: str) -> tuple[str, str] | None:
    """("holds" | "fails", how) for a step whose sides hold indefinite integrals in one
    variable, or None (no such integral); raises Undecided when it cannot be checked this way.
    `shown`: the variable as the text writes it."""
    found = variables(lv, rv)
    if not found:
        return None
    if len(found) != 1 or not all(isinstance(v, sp.Expr) for v in (lv, rv)):
        raise Undecided("indefinite integrals in several variables, or of a vector: not "
                        "checked; give the antiderivative and check it by its derivative")
    (x,) = found
    if not all(x in v.free_symbols for v in (lv, rv)):
        raise Undecided(f"an integral without bounds beside a side not written in {shown}: "
                        "over a domain the text does not write (`\\int p(x)\\,dx = 1`), not an "
                        "antiderivative; write the bounds")
    if not any(outside(v, x) for v in (lv, rv)):
        raise Undecided(f"integrals without bounds, {shown} only inside them: over a domain "
                        "(`\\int (x - μ)^2 p\\,dx = \\int x^2 p\\,dx - μ^2` uses `\\int p\\,dx = 1`), "
                        "not antiderivatives; write the bounds")
    left, right = (sp.diff(v, x).doit() for v in (lv, rv))
    if left.has(sp.Integral) or right.has(sp.Integral):
        raise Undecided("an integral whose derivative is not its integrand here")
    how = f"up to a constant: the derivatives in {shown} of the sides"
    try:
        if sp.simplify(left - right) == 0:
            return "holds", f"{how} agree"
    except Exception:  # noqa: BLE001 - then sampled
        pass
    others = sorted((left - right).free_symbols - {x}, key=str)
    rng = random.Random(7)
    differ = agree = 0
    for _ in range(SAMPLES):
        at = {s: sp.Float(rng.uniform(0.3, 2.5)) for s in [x, *others]}
        try:
            a, b = (complex(sp.N(v.xreplace(at))) for v in (left, right))
        except (TypeError, ValueError):
            continue
        if any(abs(z.imag) > 1e-9 or z != z or abs(z) == float("inf") for z in (a, b)):
            continue
        if abs(a - b) <= 1e-7 * max(1.0, abs(a), abs(b)):
            agree += 1
        else:
            differ += 1
    if differ and differ + agree >= SAMPLES // 2:
        return "fails", (f"{how} differ at {differ} of {differ + agree} points "
                         f"(d/d{shown}: {sp.sstr(sp.simplify(left))} against "
                         f"{sp.sstr(sp.simplify(right))})")
    if agree >= SAMPLES // 2 and not differ:
        return "holds", f"{how} agree at {agree} points"
    raise Undecided(f"the derivatives in {shown} of the sides could not be evaluated")
