"""Prefixed units written after a value: a thousandth, a millionth ... or a thousand, a
million ... of a unit (`$i = 5/10{,}000 = 0.5$ mA`, `$\\approx 0.59$ mJ`, `$R_L = 6.8$ kΩ`,
`= 2.4` GHz, `9.967` Mbit/s). The value the checker reads is in the unit itself (amperes,
joules, ohms, hertz, bits), so the prefix's size relates the two (`PREFIXED`: the word → its
size and the unit it scales). Each unit takes the prefixes people write with it; sizes in bytes
(powers of 1024 too) and times (ms, μs) are unit.py's own."""

from __future__ import annotations

from checker.derive.physics import PREFIXES

# physics.py's SI prefixes, and how else people type them: K for k (`KB/s`), T, the micro
# sign µ and u for μ
_SIZES = {**PREFIXES, "K": PREFIXES["k"], "T": 1e12, "µ": PREFIXES["μ"], "u": PREFIXES["μ"]}
# a unit → the prefixes written with it: information and rates (bit/s), frequency, power and
# energy, current, voltage, resistance, capacitance, inductance, conductance, charge, mass,
# volume, amount, length, pressure, force, electronvolts
_TAKES = {
    "bit": "kKMGT", "bits": "kKMGT", "bps": "kKMGT", "Hz": "kKMGT",
    "W": "kKMGTmμµ", "Wh": "kKMGTm", "J": "kKMGTmμµ",
    "A": "mμµun", "V": "kMmμµ", "Ω": "kKMm", "F": "mμµunp", "H": "mμµun", "S": "mμµ",
    "C": "mμµun", "eV": "kMG",
    "g": "kmμµ", "L": "mμµ", "mol": "mμµ", "m": "kcmμµn", "Pa": "kMG", "N": "kMm",
}
PREFIXED: dict[str, tuple[float, str]] = {
    prefix + unit: (_SIZES[prefix], unit) for unit, prefixes in _TAKES.items()
    for prefix in prefixes}
