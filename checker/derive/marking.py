"""The unit words written after numbers in a formula's tokens (`2\\,\\text{B}`, `1.5 \\text{
GiB}`, `131\\text{K tokens}`, `0.01\\ \\text{m}^3`, `9.81\\ \\text{m/s}^2`): which token is one
(`unit_word`), the unit it names (`unit_named`, a key of conversion.UNITS; a physical unit per
another or to a power made a key of its own, `compound`), each number's unit with the tokens
left without them (`unit_marks`), and each member's unit in a chain (`units_of`). A prefixed
unit typed in two pieces (`10\\ \\text{k}\\Omega`, `47\\ \\mu\\text{F}`, `\\mathrm{\\mu m}`) is one
word (`joined`). How the units relate is conversion.py's."""

from __future__ import annotations

import re
from dataclasses import replace

from checker.derive.composite import derived
from checker.derive.conversion import MONEY, PHYSICAL, UNITS, Unit
from checker.derive.effort import resource_time
from checker.derive.lexeme import Token
from checker.derive.regex import Regex
from checker.derive.temperature import KELVIN

# the letters a greek token spells in a unit (Ω, the prefix μ)
_GREEK = {"Omega": "Ω", "mu": "μ"}


def unit_word(tokens: list[Token], k: int) -> bool:
    """Token k is a unit word (UNITS) written right after a number: `2\\,\\text{B}`,
    `1.5 \\text{ GiB}`, `150\\,\\mathrm{ms}`, `2^{30}\\text{ bytes}`, also with what it
    counts or a per-quantity after it (`131\\text{K tokens}`, `1.06\\ \\text{GiB/layer}`)."""
    return unit_named(tokens[k]) is not None and k > 0 and (
        tokens[k - 1].kind == "num" or _power(tokens, k - 1) or _closing(tokens, k) or
        _scientific(tokens, k - 1))


def _closing(tokens: list[Token], k: int) -> bool:
    """Token k is a physical unit typed upright (`\\text{m}`) after a closing bracket at the
    end of its member (`x(t) = 0.05\\cos(20t)\\ \\text{m}`): the unit of the whole member,
    never a factor named m (the mass an example binds)."""
    unit = unit_named(tokens[k]) if tokens[k].kind in ("text", "word") else None
    return unit is not None and UNITS[unit][0].kind in PHYSICAL and \
        tokens[k - 1].kind == "close" and (k + 1 == len(tokens) or tokens[k + 1].kind == "rel")


_WORDS = Regex(r"[^\W\d_]+(?:[\s-]+[^\W\d_]+)*")


def unit_named(t: Token) -> str | None:
    """The unit (a key of UNITS) a word or a piece of text names: the word itself, or the
    first word of text that goes on only with words (`K tokens`, `GB of memory`, `K개`) or a
    per-quantity (`GiB/层`), or a note in parentheses at its end (`M (층당)`); None for
    anything else (`s.t.`, `ms = 3`)."""
    if t.kind == "word":
        return t.value if t.value in UNITS else None
    if t.kind != "text":
        return None
    head, _, rest = t.value.strip().partition(" ")
    head, slash, per = head.partition("/")
    if _product(head):  # `N·m`, `kW·h`: a product of physical units, a unit of its own
        head = compound(head) if not slash else head
    if slash and _product(head) or slash and head in UNITS and (
            UNITS[head][0].kind in PHYSICAL or UNITS[head][0].kind.startswith(MONEY)):
        return compound(t.value.strip().split(" ")[0]) if per else None
    if slash and _rate(head, per):  # `FLOP/s`, `TFLOP/s`: a rate, never the count itself
        return compound(f"{head}/{per}")
    rest = f"{per} {rest}".strip() if slash else rest.strip()
    work = resource_time(head) or resource_time(t.value.strip())  # GPU-hours, `GPU hours`
    if work is not None:
        return work
    if head not in UNITS:  # `K개`, `M个`: a Latin unit, then a Korean or Chinese counter
        latin = re.match(r"[A-Za-z]+", head)
        if latin is None or latin.group() not in UNITS or \
                not _WORDS.fullmatch(head[latin.end():]) or head[latin.end():].isascii():
            return None
        head, rest = latin.group(), f"{head[latin.end():]} {rest}".strip()
    rest = re.sub(r"\s*\([^()]*\)$", "", rest)  # `M (per layer)`: a note after it
    return head if not rest or _WORDS.fullmatch(rest) else None


_TIMES = Regex(r"\s*[·⋅∙*]\s*")


def _product(head: str) -> bool:
    """`head` is a product of two or more physical units written with a centred dot (`N·m`,
    `kW·h`, `A·s`): every factor a unit UNITS knows, of a physical quantity or a time."""
    parts = _TIMES.split(head)
    return len(parts) > 1 and all(p in UNITS and UNITS[p][0].kind in (*PHYSICAL, "time")
                                  for p in parts)


def compound(unit: str, power: int = 1) -> str:
    """A physical unit per another or to a power (`m/s`, `J/(mol·K)`, `m^3`), made a key of
    UNITS on first sight: a unit of its own kind, factor 1 (a number beside it is in it; two
    compounds relate only when equal), except the powers of a length (`m^3` is 1000 L, `cm^3`
    1 mL: volumes; `m^2`, areas) and a power of any other single unit (`s^2`), never of a unit
    per another (`\\text{m/s}^2` writes m/s², an acceleration, not a speed squared)."""
    key = unit if power == 1 else f"{unit}^{power}"
    if key not in UNITS:
        one = UNITS.get(unit, ())
        if power != 1 and len(one) == 1 and one[0].kind == "length" and power == 3:
            litres = one[0].factor ** 3 * 1000
            UNITS[key] = (Unit("volume", litres, f"{litres:g} L"),)
        elif power != 1 and len(one) == 1 and "/" not in unit:  # (m/s^2 is no speed squared)
            UNITS[key] = (Unit(f"{one[0].kind}^{power}", one[0].factor ** power,
                               f"{one[0].factor ** power:g} {PHYSICAL.get(one[0].kind, unit)}"
                               f"^{power}"),)
        else:
            UNITS[key] = (Unit(f"per {key}", 1.0, f"1 {key}"),)
    return key


def exponent_after(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The power written right after token k (`^3`, `^{3}`, `^{-1}`): (power, how many tokens
    it takes); None when none is."""
    if k + 2 >= len(tokens) or tokens[k + 1].value != "^":
        return None
    if tokens[k + 2].kind == "num":
        return (int(tokens[k + 2].value), 2) if tokens[k + 2].value.isdigit() else None
    end = next((j for j in range(k + 3, min(k + 6, len(tokens))) if tokens[j].kind == "close"),
               None) if tokens[k + 2].kind == "open" else None
    digits = "".join(t.value for t in tokens[k + 3:end]) if end else ""
    return (int(digits), end - k) if re.fullmatch(r"-?\d+", digits) else None


def _spelled(t: Token) -> str | None:
    """The letters a token contributes to a unit's name: a word or letter as typed, Ω and μ
    for `\\Omega` and `\\mu`; None for anything else."""
    if t.kind in ("word", "letter"):
        return t.value
    return _GREEK.get(t.value) if t.kind == "greek" else None


def _rate(head: str, per: str) -> bool:
    """`FLOP/s`, `GiB/s`: a count of compute or of bytes per a unit of time, a rate (its
    quotient with the count is a time); unlike `GiB/layer`, a per-quantity that only says what
    the count is of."""
    return head in UNITS and all(u.kind in ("compute", "size") for u in UNITS[head]) and \
        per in UNITS and all(u.kind == "time" for u in UNITS[per])


def _ends_member(tokens: list[Token], k: int) -> bool:
    """Token k is the last of its member: the formula's end, a relation, a separator or a
    comma follows."""
    return k + 1 == len(tokens) or tokens[k + 1].kind in ("rel", "sep") or \
        tokens[k + 1].value in (",", ";")


def joined(tokens: list[Token]) -> list[Token]:
    """A physical unit typed in pieces right after a number, made one word token: a prefix and
    Ω (`10\\ \\text{k}\\Omega`), μ and a unit (`47\\ \\mu\\text{F}`), the pieces in one brace
    group (`3\\,\\mathrm{\\mu m}`, `\\mathrm{k\\Omega}`), and Ω alone ending its member (`R =
    100\\,\\Omega`, `2\\mu\\text{s}`). Only a unit conversion.UNITS knows is joined; Ω
    anywhere else, or μ before a letter in italics (`47\\mu F`, μ times F), stays as it is."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        if not out or out[-1].kind != "num":
            out.append(t)
            k += 1
            continue
        grouped = t.kind == "open" and t.value == "{"
        j = k + 1 if grouped else k
        letters = ""
        while j < len(tokens) and _spelled(tokens[j]) is not None and len(letters) < 4 and \
                (grouped or tokens[j].kind != "letter"):
            letters += _spelled(tokens[j])  # type: ignore[operator]
            j += 1
            if not grouped and letters in UNITS and (
                    j - k > 1 or letters == "Ω" and _ends_member(tokens, k)):
                break
        closed = not grouped or (j < len(tokens) and tokens[j].kind == "close")
        if letters in UNITS and closed and (j - k > 1 or grouped or (
                letters == "Ω" and _ends_member(tokens, k))) and \
                any(tokens[i].kind == "greek" for i in range(k, j)):  # (Ω, μ: else as it was)
            out.append(replace(t, kind="word", value=letters))
            k = j + 1 if grouped else j
            continue
        out.append(t)
        k += 1
    return out


def unit_marks(tokens: list[Token], kelvin: bool = False) -> tuple[dict[int, str], list[Token]]:
    """The unit words after numbers (`unit_word`), each with the power written after it
    (`\\text{m}^3`: the unit's, never the number's): a number's position → its unit, and the
    tokens without them. A unit typed in pieces is one word first (`joined`); K is the kelvin
    in a text that speaks of temperatures (`kelvin`: temperature.py), else a thousand."""
    tokens = joined(tokens)
    marks: dict[int, str] = {}
    dropped: set[int] = set()
    for k, t in enumerate(tokens):
        if unit_word(tokens, k):
            power = exponent_after(tokens, k)
            unit = KELVIN if kelvin and unit_named(t) == "K" else unit_named(t)
            marks[tokens[k - 1].pos] = compound(unit, power[0]) if power and unit else unit
            dropped |= {k, *(range(k + 1, k + 1 + power[1]) if power else ())}
    return marks, [t for k, t in enumerate(tokens) if k not in dropped]


def _power(tokens: list[Token], k: int) -> bool:
    """Token k closes a number's exponent of digits (`2^{30}`, `10^{-7}`)."""
    if k < 4 or tokens[k].kind != "close" or tokens[k - 1].kind != "num":
        return False
    j = k - 2 - (tokens[k - 2].value == "-")  # the exponent's opening brace
    return j >= 2 and tokens[j].kind == "open" and tokens[j - 1].value == "^" and \
        tokens[j - 2].kind == "num"


def _scientific(tokens: list[Token], k: int) -> bool:
    """Token k closes a number typed in e-notation, read as one braced number (`14e9`:
    `{14 \\times 10^{9}}`, `1e-3`: `{1 \\times 10^{-3}}`, glyph.prepare)."""
    if k < 8 or tokens[k].value != "}" or tokens[k - 1].value != "}" or \
            tokens[k - 2].kind != "num":
        return False
    j = k - 3 - (tokens[k - 3].value == "-")  # the exponent's opening brace
    return j >= 5 and [t.value for t in tokens[j - 5:j + 1]] == ["{", tokens[j - 4].value, "*",
                                                                 "10", "^", "{"] and \
        tokens[j - 4].kind == "num"


def units_of(chunk: list[Token], marks: dict[int, str], members: int) -> tuple[str, ...]:
    """For each member of a chain read from `chunk` (split at its relation symbols outside
    brackets), the unit word noted after one of its numbers (`marks`: a number's position →
    its unit), `""` for none, `"?"` for several different ones. () when no unit is noted or
    the chunk does not split into `members` parts."""
    parts: list[set[str]] = [set()]
    pieces: list[list[Token]] = [[]]
    depth = 0
    for t in chunk:
        depth += (t.kind == "open") - (t.kind == "close")
        if t.kind == "rel" and depth == 0:
            parts.append(set())
            pieces.append([])
            continue
        pieces[-1].append(t)
        if t.pos in marks:
            parts[-1].add(marks[t.pos])
    if not any(parts) or len(parts) != members:
        return ()
    # several units in one member: their product's, when it is one (`1.1 kW × 90 h`: kW×h)
    return tuple("" if not p else next(iter(p)) if len(p) == 1 else
                 derived(piece, marks) or "?" for p, piece in zip(parts, pieces))
