"""Values given in a prefixed physical unit: `R = 10\\ \\text{k}\\Omega`, `C = 47\\ \\mu\\text{F}`,
`d_o = 15\\ \\text{cm}`, an angle in degrees `θ = 30^\\circ` (in radians, its SI unit). The name
is bound to the number as written (the text may compute in kΩ, μF, cm: `1/d_i = 1/10 - 1/15`),
and noted with the unit's size (Context.prefixed), since the text may as well compute in the
SI unit (`RC = 10^4 \\times 47 \\times 10^{-6}`, `P = 1/f = 1/0.10`, `v_0\\cos\\theta = 20\\cos
30^\\circ`): a step holds when its sides agree with the names it uses each read in one of the
two units (`in_base_units`; unit.in_base for values given in a unit named after the formula,
`$B = 1$ MHz`). No other reading is tried: a step that agrees in no choice of the units is
checked as read, as unit.in_base checks one (a value off by a power of ten is a slip: a third
unit, f in cm and a step in mm, is left unwritten too rarely to excuse it)."""

from __future__ import annotations

import math
import re
from itertools import combinations

import sympy as sp

from checker.derive.conversion import MONEY, PHYSICAL, UNITS


def measured(unit: str) -> bool:
    """A physical unit of one reading that rescales its SI unit (kΩ, μF, cm, mA; the litre,
    10⁻³ m³, and a rate or a density built on such units, `L/s`, `g/cm^3`): a value given in it
    is bound as written and noted as prefixed."""
    readings = UNITS.get(unit, ())
    if len(readings) != 1:
        return False
    found = size(unit)  # (None for a unit of no known dimension: rpm, a rotation)
    return found is not None and found != 1 and (readings[0].kind in PHYSICAL or _compound(unit))


def size(unit: str) -> float | None:
    """The factor from `unit` into the coherent SI unit of its kind (cm: 0.01, L: 0.001 m³,
    L/s: 0.001 m³/s, g/cm^3: 1000 kg/m³); None for a unit of no physical dimension. A litre's
    fraction stays one of the litre (mL: 0.001 L), the unit such texts compute volumes in."""
    from checker.derive.composite import dimension_of

    readings = UNITS.get(unit, ())
    if len(readings) == 1 and readings[0].kind == "volume" and readings[0].factor != 1:
        return readings[0].factor  # (mL: 0.001 L, m^3: 1000 L as before; the litre: below)
    found = dimension_of(unit)
    return found[1] if found else None


def _compound(unit: str) -> bool:
    """A quotient, product or power of physical units (`L/s`, `g/cm^3`, `kN·m`), each part of
    one reading and at least one of them a physical quantity's (not `GB/s`, not `원/kWh`)."""
    parts = [p for p in re.split(r"[/·⋅∙*()]|\^-?\d+", unit) if p]
    if len(parts) < 2 and "^" not in unit or re.search(r"/[^()]*\^", unit):
        return False  # (g/cm^3: whose power is it, the quotient's or cm's? not read)
    kinds = [UNITS.get(p, ()) for p in parts]
    return all(len(k) == 1 for k in kinds) and any(k[0].kind in PHYSICAL for k in kinds) and \
        not any(k[0].kind.startswith(MONEY) for k in kinds)


def in_base_units(raw: tuple, ctx, line: int, rtol: float = 1e-6, atol: float = 0.0
                  ) -> str | None:
    """How the sides `raw` (before any bound value) agree when some of their names given in a
    prefixed unit (ctx.prefixed, that value still in force) are read in the unit
    itself (`RC = 10^4 \\times 47 \\times 10^{-6}` with R in kΩ and C in μF): the reason it holds,
    or None when no such choice of the units makes the sides agree."""
    if len(raw) != 2:
        return None
    symbols = {str(x): x for side in raw for x in getattr(side, "free_symbols", ())}
    names = [n for n in sorted(symbols) if n in ctx.prefixed and ctx.bindings.get(n) and
             ctx.bindings[n][-1][0] == ctx.prefixed[n][0]]
    for size in range(1, len(names) + 1):
        for chosen in combinations(names, size):
            scale = {symbols[n]: symbols[n] * ctx.prefixed[n][1] for n in chosen}
            values = [ctx.at_bound_values(side.subs(scale, simultaneous=True), line)
                      for side in raw]  # (at values of an earlier section too, as read)
            if not _agree(*values, rtol, max(atol, 1e-12)):
                continue
            said = ", ".join(f"{ctx.shown(n)} in {base_unit(ctx.prefixed[n][2])} ({ctx.shown(n)} "
                             f"is given in {ctx.prefixed[n][2]} on line {ctx.prefixed[n][0]})"
                             for n in chosen)
            return f"holds with {said}: the text computes in the units themselves"
    return None


def near(raw: tuple, ctx, line: int, approx: bool) -> tuple[str, str] | None:
    """("undecided", why) for an approximation (`\\sin\\theta \\approx \\theta`, θ in degrees)
    whose sides agree to within an order of magnitude with some names given in a prefixed unit
    read in the SI unit: accuracy.py fails an approximation only beyond that; else None."""
    found = in_base_units(raw, ctx, line, rtol=0.9) if approx else None
    return None if found is None else ("undecided", (
        "could not decide: the sides differ as read, but agree to within an order of magnitude "
        f"{found[6:found.rindex(': the text')]}; the accuracy meant is not stated"))


def base_unit(unit: str) -> str:
    """The SI unit a prefixed unit rescales (kΩ: Ω, g: kg, deg: rad, L: m³; L/s: SI units)."""
    readings = UNITS.get(unit, ())
    if len(readings) == 1 and readings[0].kind == "volume":
        return "L" if readings[0].factor != 1 else "m³"
    if len(readings) == 1 and readings[0].kind in PHYSICAL:
        return PHYSICAL[readings[0].kind]
    return "SI units" if _compound(unit) else unit[1:]


def _agree(a, b, rtol: float, atol: float) -> bool:
    """Two values read that agree: numbers, or matrices (tuples) entry by entry."""
    if isinstance(a, sp.MatrixBase) or isinstance(b, sp.MatrixBase):
        return isinstance(a, sp.MatrixBase) and isinstance(b, sp.MatrixBase) and \
            a.shape == b.shape and all(_agree(x, y, rtol, atol) for x, y in zip(a, b))
    x, y = _number(a), _number(b)
    return x is not None and y is not None and math.isclose(x, y, rel_tol=rtol, abs_tol=atol)


def _number(value) -> float | None:
    try:
        number = complex(sp.N(value))
    except (TypeError, ValueError):
        return None
    return number.real if not number.imag and math.isfinite(number.real) else None
