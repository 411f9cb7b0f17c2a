"""Units of physical quantities (SI, the litre, the standard atmosphere, degrees of angle):
each unit word's reading, a kind and the factor into the kind's SI unit (conversion.py relates
the units of a chain; marking.py finds them after numbers)."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    """One reading of a unit word: its kind and the factor into the kind's base unit (bytes,
    seconds, ones, bits), shown as `named`."""

    kind: str
    factor: float
    named: str


PHYSICAL: dict[str, str] = {}  # a physical quantity's kind → its SI unit
PREFIXES = {"": 1.0, "k": 1e3, "M": 1e6, "G": 1e9, "c": 1e-2, "m": 1e-3, "μ": 1e-6, "n": 1e-9,
            "p": 1e-12}  # SI prefixes of physical units


def physical_units() -> dict[str, tuple[Unit, ...]]:
    """Units of physical quantities (SI, and the litre): a value in joules, watts, pascals,
    moles, metres ... is a number in that unit (factor 1), its prefixed forms a thousand or a
    million of it (`2\\ \\text{kJ} = 2000\\ \\text{J}`), a milli- or micro- a thousandth or a
    millionth (`47\\ \\mu\\text{F}`, `0.5\\ \\text{mA}`); the kelvin is named `kelvin`, the K
    after a number being a thousand in the texts the checker reads most (`131\\text{K tokens}`)
    and the kelvin only in a text that speaks of temperatures (temperature.py)."""
    out: dict[str, tuple[Unit, ...]] = {}
    for kind, base, prefixes in (("energy", "J", "kMm"), ("power", "W", "kMGm"),
                                 ("force", "N", "k"), ("pressure", "Pa", "kMG"),
                                 ("frequency", "Hz", "kMG"), ("amount", "mol", "m"),
                                 ("length", "m", "ckmμn"), ("mass", "g", "mkμ"),
                                 ("volume", "L", "mμ"), ("voltage", "V", "mkμ"),
                                 ("current", "A", "mkμn"), ("resistance", "Ω", "kM"),
                                 ("capacitance", "F", "mμnp"), ("inductance", "H", "mμ"),
                                 ("temperature", "kelvin", "")):  # (temperature.py's K)
        unit = "kg" if kind == "mass" else base  # (the kilogram is SI's unit of mass)
        for p in ("", *prefixes):
            k = PREFIXES[p]
            k *= 1e-3 if kind == "mass" else 1.0
            out[p + base] = (Unit(kind, k, f"{k:g} {unit}"),)
        PHYSICAL[kind] = unit
    out["deg"], PHYSICAL["angle"] = (Unit("angle", math.pi / 180, "π/180 rad"),), "rad"  # 30°
    out["atm"] = (Unit("pressure", 101325.0, "101325 Pa"),)  # the standard atmosphere
    out["rad"] = (Unit("angle", 1.0, "1 rad"),)  # ω = 314.16 rad/s: radians, SI's angle
    # energy counted in watt-hours (a meter's kWh): 3600 J a watt-hour
    out.update({p + "Wh": (Unit("energy", 3600.0 * PREFIXES[p], f"{3600.0 * PREFIXES[p]:g} J"),)
                for p in ("", "k", "M", "G")})
    # revolutions a minute, a speed of rotation of its own (2π/60 rad/s, never converted)
    out["rpm"] = (Unit("rotation", 1.0, "1 rpm"),)
    out.update({w: (Unit("volume", 1.0, "1 L"),) for w in ("리터", "升")})
    # speeds: metres a second (`72\\ \\text{km/h} = 20\\ \\text{m/s}`)
    out.update({"m/s": (Unit("speed", 1.0, "1 m/s"),), "cm/s": (Unit("speed", 0.01, "0.01 m/s"),),
                "km/s": (Unit("speed", 1000.0, "1000 m/s"),),
                "km/h": (Unit("speed", 1 / 3.6, "1/3.6 m/s"),)})
    PHYSICAL["speed"] = "m/s"
    return out
