"""A member that multiplies or divides quantities in different units (`1.1\\ \\text{kW} \\times
90\\ \\text{h}`, `220\\ \\text{V} \\times 5\\ \\text{A}`, `2\\ \\text{N·m} \\times 314.16\\
\\text{rad/s}`, `\\frac{12\\ \\text{kJ}}{4\\ \\text{s}}`): its unit is the product of theirs, with
the powers of SI's base quantities (mass, length, time, current, temperature, amount) and of
the counts a text measures (bytes, FLOPs) added, and the factors multiplied (kW·h is 3.6·10^6
J). When that product is a physical quantity (an energy, a power) or a time, the member is a
quantity of that kind, and conversion.py relates it to the other side (`= 9.9\\ \\text{kWh}`
is off by 10). A member with any sum, any name or any unit of two readings in it (B: a byte
or a billion), or whose product has no dimension, has none: it stays a member that mixes
several units (undecided). Money is a quantity of its own currency (원, 元, USD): a price per
unit times that many units is an amount in it (`99 kWh × 150 원/kWh = 14850 원`); two
currencies never relate."""

from __future__ import annotations

import re

from checker.derive.conversion import MONEY, PHYSICAL, UNITS, Unit
from checker.derive.lexeme import Token
from checker.derive.regex import Regex

_BASE = ("M", "L", "T", "I", "Θ", "N", "B", "F", "¤")  # ¤: an amount of money
# a kind of quantity → the powers of the base quantities, and the factor from the kind's unit
# (as conversion.UNITS counts it) into SI's (a litre is 10^-3 m^3)
_KINDS: dict[str, tuple[tuple[int, ...], float]] = {
    "energy": ((1, 2, -2, 0, 0, 0, 0, 0, 0), 1.0), "power": ((1, 2, -3, 0, 0, 0, 0, 0, 0), 1.0),
    "force": ((1, 1, -2, 0, 0, 0, 0, 0, 0), 1.0), "pressure": ((1, -1, -2, 0, 0, 0, 0, 0, 0), 1.0),
    "frequency": ((0, 0, -1, 0, 0, 0, 0, 0, 0), 1.0), "amount": ((0, 0, 0, 0, 0, 1, 0, 0, 0), 1.0),
    "length": ((0, 1, 0, 0, 0, 0, 0, 0, 0), 1.0), "mass": ((1, 0, 0, 0, 0, 0, 0, 0, 0), 1.0),
    "volume": ((0, 3, 0, 0, 0, 0, 0, 0, 0), 1e-3), "voltage": ((1, 2, -3, -1, 0, 0, 0, 0, 0), 1.0),
    "current": ((0, 0, 0, 1, 0, 0, 0, 0, 0), 1.0), "resistance": ((1, 2, -3, -2, 0, 0, 0, 0, 0), 1.0),
    "capacitance": ((-1, -2, 4, 2, 0, 0, 0, 0, 0), 1.0),
    "inductance": ((1, 2, -2, -2, 0, 0, 0, 0, 0), 1.0), "time": ((0, 0, 1, 0, 0, 0, 0, 0, 0), 1.0),
    "temperature": ((0, 0, 0, 0, 1, 0, 0, 0, 0), 1.0), "angle": ((0,) * 9, 1.0),
    "size": ((0, 0, 0, 0, 0, 0, 1, 0, 0), 1.0), "compute": ((0, 0, 0, 0, 0, 0, 0, 1, 0), 1.0),
}
_NAMED = {dims: kind for kind, (dims, factor) in _KINDS.items()
          if factor == 1.0 and kind != "angle"}
_TIMES = Regex(r"\s*[·⋅∙*]\s*")
Dimension = tuple[tuple[int, ...], float]


def dimension_of(word: str) -> Dimension | None:
    """The powers of the base quantities and the SI factor of a unit word (`_of_word`)."""
    return _of_word(word)


def _of_word(word: str) -> Dimension | None:
    """The powers and the SI factor of a unit word: one UNITS knows with one reading of a kind
    above, or a product, quotient or power of such (`N·m`, `rad/s`, `m^3`, `J/(mol·K)`)."""
    units = UNITS.get(word, ())
    if len(units) == 1 and units[0].kind.startswith(MONEY):  # 원, 元: one currency
        return (0,) * 8 + (1,), units[0].factor
    if len(units) == 1 and units[0].kind in _KINDS:
        dims, scale = _KINDS[units[0].kind]
        return dims, units[0].factor * scale
    power = re.fullmatch(r"(.+)\^(-?\d+)", word)
    if power:
        inner = _of_word(power.group(1))
        return _raised(inner, int(power.group(2))) if inner else None
    top, slash, bottom = word.partition("/")
    if slash:
        num, den = _of_word(top), _of_word(bottom.strip("()"))
        return _joined(num, _raised(den, -1)) if num and den else None
    parts = _TIMES.split(word)
    if len(parts) < 2:
        return None
    out: Dimension | None = ((0,) * 9, 1.0)
    for p in parts:
        one = _of_word(p)
        out = _joined(out, one) if out and one else None
    return out


def _raised(d: Dimension | None, k: int) -> Dimension | None:
    return (tuple(x * k for x in d[0]), d[1] ** k) if d else None


def _joined(a: Dimension | None, b: Dimension | None) -> Dimension | None:
    return (tuple(x + y for x, y in zip(a[0], b[0])), a[1] * b[1]) if a and b else None


def _signs(tokens: list[Token]) -> dict[int, int] | None:
    """The position of the last token of each factor of a product of numbers (`1.1 \\times 90`,
    `\\frac{12}{4}`, `64 / 0.00656`, `10^{11}`) → +1 in the numerator, -1 in a denominator;
    None when the tokens are not such a product (a sum, a name, a function)."""
    out: dict[int, int] = {}
    k = _product(tokens, 0, 1, out, None)
    return out if k == len(tokens) else None


def _product(tokens: list[Token], k: int, sign: int, out: dict[int, int],
             close: str | None) -> int:
    """Reads factors from token k until `close` (or the end); the index after them, or -1."""
    nxt = sign
    while k < len(tokens):
        t = tokens[k]
        if close is not None and t.kind == "close":
            return k
        if t.kind == "op" and t.value in ("*", "/") and k:
            nxt = -sign if t.value == "/" else sign
            k += 1
            continue
        k = _factor(tokens, k, nxt, out)
        if k < 0:
            return -1
        nxt = sign
    return k if close is None else -1


def _factor(tokens: list[Token], k: int, sign: int, out: dict[int, int]) -> int:
    t = tokens[k]
    if t.kind == "cmd" and t.value in ("frac", "dfrac", "tfrac"):
        k += 1
        for part in (sign, -sign):  # \frac{numerator}{denominator}
            if k >= len(tokens) or tokens[k].kind != "open":
                return -1
            k = _product(tokens, k + 1, part, out, "close")
            if k < 0:
                return -1
            k += 1
        return k
    if t.kind == "open":
        k = _product(tokens, k + 1, sign, out, "close")
        return -1 if k < 0 else k + 1
    if t.kind != "num":
        return -1
    end = k
    if k + 2 < len(tokens) and tokens[k + 1].value == "^":  # 10^{11}, 10^{-3}, 2^3
        if tokens[k + 2].kind == "num":
            end = k + 2
        elif tokens[k + 2].kind == "open":
            end = next((j for j in range(k + 3, min(k + 7, len(tokens)))
                        if tokens[j].kind == "close"), -1)
            if end < 0 or any(x.kind not in ("num", "op") or x.kind == "op" and x.value != "-"
                              for x in tokens[k + 3:end]):
                return -1
        else:
            return -1
    out[tokens[end].pos] = sign
    return end + 1


def derived(part: list[Token], marks: dict[int, str]) -> str | None:
    """The unit of a member that multiplies or divides quantities in units (see the module),
    made a key of UNITS on first sight (`kW×h`), or None."""
    signs = _signs(part)
    if signs is None or not set(p for p in marks if any(t.pos == p for t in part)) <= set(signs):
        return None
    total: Dimension | None = ((0,) * 9, 1.0)
    top, bottom = [], []
    for pos, sign in signs.items():
        word = marks.get(pos)
        if word is None:
            continue
        total = _joined(total, _raised(_of_word(word), sign))
        (top if sign > 0 else bottom).append(f"({word})" if sign < 0 and "/" in word else word)
    if total is None or not any(total[0]):
        return None
    key = "×".join(top) + ("/" + "×".join(bottom) if bottom else "")
    money = {u.kind for w in top + bottom for part in re.split(r"[/·⋅∙*×()^]", w)
             for u in UNITS.get(part, ()) if u.kind.startswith(MONEY)}
    if total[0] == (0,) * 8 + (1,) and len(money) != 1:
        return None  # an amount of money: in the one currency written, or none
    kind = next(iter(money)) if total[0] == (0,) * 8 + (1,) else _NAMED.get(
        total[0], "dimension " + " ".join(
        f"{b}^{p}" for b, p in zip(_BASE, total[0]) if p))
    if key not in UNITS:
        si = {**PHYSICAL, "time": "s", "size": "B", "compute": "FLOP"}.get(
            kind, kind.split()[-1] if kind.startswith(MONEY) else "(SI)")
        UNITS[key] = (Unit(kind, total[1], f"{total[1]:g} {si}"),)
    return key
