"""Complex numbers written with letters: `z = a + bi` and its conjugate `a - bi`.

A text that writes a letter plus a letter times i (`a + bi`, `x + iy`) and the same pair with
the sign turned (`a - bi`) writes a complex number and its conjugate (`paired`): `b i` alone
may be a product of two names (a gate's `i` in LSTM notes), the pair with both signs is how
complex numbers are written. In a text about complex numbers, a letter the text gives a value
written with the unit (`z = a + bi`, `w = 3 - 2i`) is a complex name (`letters`): a bar over it
is its conjugate in every formula (`z\\bar z = a^2 + b^2`), even one that writes no i, where
a bar otherwise stays a mean (imaginary.complex_formula). The letters written as the parts
(`a`, `b`) are real (`parts`): a step of them and conjugates is decided at real values.
"""

from __future__ import annotations

from checker.derive.regex import Regex

_PART = Regex(r"(?<![A-Za-z_\\^])([A-Za-z])\s*([+-])\s*(?:([A-Za-z])\s*i|i\s*([A-Za-z]))"
              r"(?![A-Za-z_{^])")
# `z = a + bi`, `w = 3 - 2i`, `z_1 = ...`: the letter and the value up to the formula's next
# relation or separator
_GIVEN = Regex(r"(?<![A-Za-z_\\])([A-Za-z])\s*=\s*([^=,;$<>]*)")
# the unit in a value (`3i`, `bi`, `iy`), after commands are taken out (`\\pi`, `\\sin`)
_UNIT = Regex(r"(?<![_^])i(?![A-Za-z_{^])|(?<![A-Za-z_^\\])i[A-Za-z](?![A-Za-z_{(])")
_COMMAND = Regex(r"\\[A-Za-z]+")


def paired(math: str) -> bool:
    """The math writes `x + yi` (or `x + iy`) and `x - yi` of the same two letters."""
    pairs = {(m[1], m[3] or m[4], m[2]) for m in _PART.finditer(math)}
    return any((x, y, "-") in pairs for x, y, sign in pairs if sign == "+")


def parts(math: str) -> frozenset[str]:
    """The letters the math writes as the real and imaginary parts of a complex number (`a`,
    `b` of `a + bi`, `x`, `y` of `x - iy`): real numbers, by how the form is written."""
    return frozenset(n for m in _PART.finditer(math) for n in (m[1], m[3] or m[4]))


def letters(math: str) -> frozenset[str]:
    """The single letters the math gives a value written with the unit i (other than i)."""
    return frozenset(m[1] for m in _GIVEN.finditer(math)
                     if m[1] != "i" and _UNIT.search(_COMMAND.sub(" ", m[2])))
