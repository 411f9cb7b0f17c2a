"""Prefixed units written after a value: a thousandth, a millionth ... or a thousand, a
million ... of a unit (`$i = 5/10{,}000 = 0.5$ mA`, `$\\approx 0.59$ mJ`, `$R_L = 6.8$ kΩ`,
`= 2.4` GHz, `9.967` Mbit/s). The value the checker reads is in the unit itself (amperes,
joules, ohms, hertz, bits), so the prefix's size relates the two (`PREFIXED`: the word → its
size and the unit it scales). Each unit takes the prefixes people write with it; sizes in bytes
(powers of 1024 too) and times (ms, μs) are unit.py's own."""

from __future__ import annotations

_SIZES = {"k": 1e3, "K": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "m": 1e-3, "μ": 1e-6, "µ": 1e-6,
          "u": 1e-6, "n": 1e-9, "p": 1e-12, "c": 1e-2}
# a unit → the prefixes written with it: information and rates (bit/s), frequency, power and
# energy, current, voltage, resistance, capacitance, charge, mass, volume, amount, length, pressure
_TAKES = {
    "bit": "kKMGT", "bits": "kKMGT", "bps": "kKMGT", "Hz": "kKMGT",
    "W": "kKMGTmμµ", "Wh": "kKMGTm", "J": "kKMGTmμµ",
    "A": "mμµun", "V": "kMmμµ", "Ω": "kKM", "F": "mμµunp", "C": "mμµun",
    "g": "kmμµ", "L": "mμµ", "mol": "mμµ", "m": "kcmμµn", "Pa": "kMG", "N": "kM",
}
PREFIXED: dict[str, tuple[float, str]] = {
    prefix + unit: (_SIZES[prefix], unit) for unit, prefixes in _TAKES.items()
    for prefix in prefixes}
