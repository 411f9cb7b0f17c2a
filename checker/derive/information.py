"""A conversion between bits and nats written as a factor ln 2: `2.0 \\times \\ln 2 \\approx
1.386 \\text{ bits}`, `0.2781 \\times \\log_2 e \\approx 0.401 \\text{ nats}`.

1 bit is ln 2 nats, so a value in nats becomes bits by dividing by ln 2 (times log_2 e), and a
value in bits becomes nats by multiplying by ln 2. A member with no unit that is a value
times ln 2, linked to a member stated in bits, converts the wrong way (whichever unit the value
was in: from nats it should divide, from bits the product is in nats), and so does a value
divided by ln 2 stated in nats, when the number stated is the member's own (`\\ln 2 = 1` bit
states ln 2 nats in bits: it converts, the right way). The arithmetic of such a link holds as numbers, which is why
it is read here, on the expression as written.

Only the plain form is read: the factor ln 2 (or 1/ln 2) once, beside no other logarithm
(`\\log_2 x = \\ln x / \\ln 2` is a change of base, not a conversion of a value). A `\\log`
with no base written is not read as ln (`\\log 2 = 1` bit where the text takes logs to base 2,
as information theory often does), and a chain that states a value in both bits and nats
(`1 bit = \\ln 2 ≈ 0.693 nats`) is itself the conversion: its bare members stand between
the two units, so neither is theirs."""

from __future__ import annotations

import re

import sympy as sp

BITS = frozenset({"bit", "bits", "비트", "比特"})
NATS = frozenset({"nat", "nats"})


def wrong_way(expr: sp.Expr, unit: str) -> str | None:
    """Why `expr` (a member with no unit) stated equal to a value in `unit` converts between
    bits and nats the wrong way, or None when it does not (or is not such a conversion)."""
    if unit not in BITS and unit not in NATS:
        return None
    power = _ln2_power(expr)
    if power == 1 and unit in BITS:
        value = expr / sp.log(2)
        return ("converted the wrong way: a value times ln 2 is in nats, not bits (1 bit = "
                f"ln 2 nats): {_value(value)} nats is {_value(value)}/ln 2 ≈ "
                f"{_value(value / sp.log(2))} bits, and {_value(value)} bits is "
                f"{_value(expr)} nats; divide by ln 2 to convert nats to bits")
    if power == -1 and unit in NATS:
        value = expr * sp.log(2)
        return ("converted the wrong way: a value divided by ln 2 (times log_2 e) is in bits, "
                f"not nats (1 nat = 1/ln 2 bits): {_value(value)} bits is {_value(value)}·ln 2 "
                f"≈ {_value(value * sp.log(2))} nats, and {_value(value)} nats is "
                f"{_value(expr)} bits; multiply by ln 2 to convert bits to nats")
    return None


def undecided_base(shown: str) -> bool:
    """A member (as rendered: `log(2)`, `2·ln(2)`) whose factor 2's logarithm is written
    `\\log` with no base, beside no other `log` (`\\log_2 e` renders as `log(e)/log(2)`):
    the text may take logs to base 2, and then `\\log 2` is 1, no factor ln 2."""
    logs = re.findall(r"(?<![A-Za-z_])log\(([^()]*)\)", shown)
    return "2" in logs and len(logs) == 1


def same_number(bare: float | None, stated: float | None) -> bool:
    """The number stated in the unit is the bare member's own, to the digits shown (within
    5%): the link states the value itself in that unit, as `2.0·ln 2 ≈ 1.386` bits does. A
    number the bare member converts to (`\\ln 2 = 1` bit: ln 2 nats is 1 bit) is no such
    link, and neither is one that cannot be evaluated."""
    if bare is None or stated is None:
        return False
    return abs(bare - stated) <= 0.05 * max(abs(bare), abs(stated)) + 1e-9


def both_units(units) -> bool:
    """A chain whose members are stated in bits and in nats both: a conversion written out."""
    return any(u in BITS for u in units) and any(u in NATS for u in units)


def _ln2_power(expr: sp.Expr) -> int | None:
    """The power of the factor ln 2 in `expr` when it is a product of that factor and no other
    logarithm, else None."""
    if not isinstance(expr, sp.Expr) or expr.has(sp.Sum, sp.Integral):
        return None
    factors = sp.Mul.make_args(expr)
    powers = [f.as_base_exp() for f in factors]
    found = [e for b, e in powers if b == sp.log(2)]
    rest = [b ** e for b, e in powers if b != sp.log(2)]
    if len(found) != 1 or found[0] not in (1, -1):
        return None
    if any(r.has(sp.log, sp.exp) or r.has(sp.E) for r in rest):
        return None
    return int(found[0])


def _value(expr: sp.Expr) -> str:
    """The converted value as written, or its number to 4 digits."""
    try:
        return f"{float(expr):.4g}"
    except TypeError:
        return str(expr)
