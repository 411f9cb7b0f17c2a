"""A value followed by a unit word: `$H(0.5) = \\ln 2$ nats` where H is defined with log₂ (bits),
`$p = 0.25 \\cdot 100 = 25$%`. The text states the value in the unit it names, so a step whose
sides differ by exactly the conversion into that unit (ln 2 from bits to nats, 100 from a
fraction to per cent) holds in that unit. Any other ratio is no conversion: the step is
checked as read."""

from __future__ import annotations

import math
import re

import sympy as sp

from checker.derive.traversal import symbols_of

_LN2, _LN10 = math.log(2), math.log(10)
# a unit word → the factors from the other units of its kind into it (what the value read by
# the checker, in another unit, is multiplied by to be stated in this one)
UNITS: dict[str, tuple[tuple[str, float], ...]] = {
    "nats": (("bits", _LN2), ("bans", _LN10)),
    "bits": (("nats", 1 / _LN2), ("bans", _LN10 / _LN2)),
    "bans": (("bits", _LN2 / _LN10), ("nats", 1 / _LN10)),
    "percent": (("a fraction", 100.0),),
}
_SPELLINGS = {
    "nats": ("nats", "nat", "나트", "냇", "奈特"),
    "bits": ("bits", "bit", "비트", "比特"),
    "bans": ("bans", "hartleys", "hartley", "dits", "하틀리", "哈特莱"),
    "percent": ("%", "％", "percent", "per cent", "퍼센트"),
}
_WORD = {s: unit for unit, spellings in _SPELLINGS.items() for s in spellings}
_AFTER = re.compile(r"\s*(" + "|".join(sorted((re.escape(s) for s in _WORD), key=len,
                                               reverse=True)) + r")(?![A-Za-z])")


def named_after(after: str) -> str | None:
    """The unit word right after a formula (`$...$ nats`, `$...$비트`), or None."""
    found = _AFTER.match(after)
    return _WORD[found.group(1)] if found else None


def conversion(lv, rv, after: str, rtol: float = 1e-6) -> str | None:
    """How `lv = rv`, two numbers that differ, holds in the unit named after the formula: the
    stated side is the other times that unit's conversion factor. None when no unit is
    named, the sides are not numbers, or no conversion into that unit relates them."""
    unit = named_after(after)
    if unit is None or symbols_of(lv) or symbols_of(rv):
        return None
    try:
        left, right = float(sp.N(lv)), float(sp.N(rv))
    except (TypeError, ValueError):
        return None
    if left == 0 or not math.isfinite(left) or not math.isfinite(right):
        return None
    for source, factor in UNITS[unit]:
        if math.isclose(right, left * factor, rel_tol=rtol):
            shown = {_LN2: "ln 2", 1 / _LN2: "1/ln 2", _LN10: "ln 10", 1 / _LN10: "1/ln 10"}
            named = next((v for k, v in shown.items() if math.isclose(k, factor)), f"{factor:g}")
            return (f"holds in the unit named ({unit}): the value read is in {source}, and "
                    f"{named} converts it ({left:.6g} {source} = {right:.6g} {unit})")
    return None
