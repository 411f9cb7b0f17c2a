"""Units inside a chain: `2 L B n d \\cdot 2\\,\\text{B} = 1{,}610{,}612{,}736 \\text{ B} =
1.5 \\text{ GiB}`, `4\\,\\text{KiB} \\times 32 \\times 4096 = 512\\,\\text{MiB}`, `7\\text{B} =
7 \\times 10^9`, `150\\,\\text{ms} = 0.15\\,\\text{s}`, `4.2 \\times 10^{10}\\ \\text{FLOPs}`.

A unit word written right after a number (a word of `\\text{}`, `\\mathrm{}`) states the unit
of that quantity; it is no factor (the B of bytes is not the batch size B the text binds). The
statement reader drops it and notes it for the member it stands in (`units_of`). Members in
one unit, or one of them with no unit, are checked as numbers, as before. A link between
members in different units (or a scaled unit beside a bare number) is related by a conversion,
not equal as numbers: it holds when one relates their values (sizes by 1000^k or 1024^k, times
by 1000 or 60, counts by 10^3k; the step says which), and otherwise stays undecided, since
which conversion the writer meant is not known, unless no conversion could: a bare number
beside a size, a count or a time that no rescaling of its kind maps on the other value (`3/0.8
= 3.57 시간`) differs in every unit, and fails; so do two sizes or two times in units of
one reading each (`GiB`, `bytes`; `s`, `ms`, `min`) whose values are off by more than 10 %
(`0.2 s = 20 ms`): their conversion is fixed."""

from __future__ import annotations

import math
from dataclasses import dataclass

from checker.derive.physics import PHYSICAL, PREFIXES, Unit, physical_units  # noqa: F401


def _sizes() -> dict[str, tuple[Unit, ...]]:
    out: dict[str, tuple[Unit, ...]] = {}
    for k, prefix in enumerate("KMGT", start=1):
        binary = Unit("size", 1024.0 ** k, f"1024^{k} B")
        out[f"{prefix}iB"] = (binary,)
        decimal = Unit("size", 1000.0 ** k, f"1000^{k} B")
        out[f"{prefix}B"] = (decimal, binary)  # KB, GB: both conventions are in use
    out["kB"] = out["KB"]
    return out


def _compute() -> dict[str, tuple[Unit, ...]]:
    """FLOP, FLOPs, FLOPS (a count of operations, or one a second: the checker reads numbers,
    not rates) and their prefixed forms: TFLOPS is 10^12 of them."""
    out = {}
    for prefix, k in (("", 0), ("K", 1), ("M", 2), ("G", 3), ("T", 4), ("P", 5), ("E", 6)):
        unit = Unit("compute", 1000.0 ** k, f"10^{3 * k} FLOP" if k else "1 FLOP")
        for word in ("FLOP", "FLOPs", "FLOPS", "flops" if not prefix else ""):
            if word:
                out[prefix + word] = (unit,)
    return out


_BYTE = Unit("size", 1.0, "1 B")
_BILLION = Unit("count", 1e9, "10^9")
UNITS: dict[str, tuple[Unit, ...]] = {
    **physical_units(),
    **_sizes(),
    **_compute(),
    "B": (_BYTE, _BILLION),  # 16 384 B, 7B (parameters)
    "dB": (Unit("level", 1.0, "1 dB"),),  # decibels: a ratio's 10·log10, a number as written
    **{w: (_BYTE,) for w in ("byte", "bytes", "Byte", "Bytes", "바이트", "字节")},
    **{w: (Unit("size", 0.125, "1/8 B"), Unit("information", 1.0, "1 bit"))
       for w in ("bit", "bits", "비트", "比特")},
    **{w: (Unit("information", 1 / math.log(2), "1/ln 2 bits"),) for w in ("nat", "nats")},
    **{w: (Unit("time", 1e-9, "10^-9 s"),) for w in ("ns",)},
    **{w: (Unit("time", 1e-6, "10^-6 s"),) for w in ("us", "μs", "µs")},
    **{w: (Unit("time", 1e-3, "10^-3 s"),) for w in ("ms", "msec")},
    **{w: (Unit("time", 1.0, "1 s"),) for w in ("s", "sec", "secs", "second", "seconds",
                                                 "초", "秒")},
    **{w: (Unit("time", 60.0, "60 s"),) for w in ("min", "mins", "minute", "minutes", "분",
                                                   "分钟")},
    **{w: (Unit("time", 3600.0, "3600 s"),) for w in ("h", "hr", "hrs", "hour", "hours",
                                                       "시간", "小时")},
    **{w: (Unit("time", 86400.0, "86400 s"),) for w in ("day", "days")},
    **{w: (Unit("time", 7 * 86400.0, "7 days"),) for w in ("week", "weeks", "wk")},
    # a year of 365 days or of 365.25 (the Julian year of astronomy and dating): two
    # readings, so a conversion only one of them gives is a guess, never a slip
    **{w: (Unit("time", 365 * 86400.0, "365 days"), Unit("time", 365.25 * 86400.0, "365.25 days"))
       for w in ("yr", "yrs", "year", "years", "년", "年")},
    **{w: (Unit("count", 1e3, "10^3"),) for w in ("K", "k", "thousand", "천", "千")},
    **{w: (Unit("count", 1e4, "10^4"),) for w in ("만", "万")},
    **{w: (Unit("count", 1e6, "10^6"),) for w in ("M", "million", "백만")},
    **{w: (Unit("count", 1e8, "10^8"),) for w in ("억", "亿")},
    **{w: (_BILLION,) for w in ("billion", "bn", "십억")},
    **{w: (Unit("count", 1e12, "10^12"),) for w in ("T", "trillion", "조")},
    # money, each currency a kind of its own (no exchange rate is known): `14{,}850\ \text{원}`
    **{w: (Unit(f"money {code}", 1.0, f"1 {code}"),) for code, words in (
        ("KRW", ("원", "KRW")), ("CNY", ("元", "CNY", "RMB")), ("USD", ("USD",)),
        ("EUR", ("EUR", "€")), ("JPY", ("円", "JPY"))) for w in words},
}
MONEY = "money"


RESOURCE = "resource time"  # the kind of GPU-hours (effort.py): a time, times a count


@dataclass(frozen=True)
class Link:
    """How a link between two members in units is decided: `checked` (as numbers, by the
    usual checker), or by its units: `verdict` and the reason."""

    checked: bool
    verdict: str = ""
    method: str = ""


CHECKED = Link(True)


def same(left: str, right: str) -> bool:
    """Two members' units that need no conversion between them: equal, or both none."""
    return left == right or (left in UNITS and right in UNITS and UNITS[left] == UNITS[right])


def decide(left: str, right: str, lv: float | None, rv: float | None, rtol: float) -> Link:
    """The link `lv left = rv right` (`""`: no unit), its values agreeing to `rtol` (the digits
    shown): checked as numbers when the units are the same, or one side has none and the
    other is a unit of factor 1 that no other reading fits; else it holds when a conversion
    relates the values, fails when the two units are sizes or times of one reading each
    (`KiB`, `GiB`, `bytes`; `ms`, `s`, `min`: no convention to choose) and every value is off
    by more than 10 %, and is undecided otherwise."""
    if same(left, right):
        return CHECKED
    if "?" in (left, right):
        return Link(False, "undecided", "could not decide: a member mixes several units ("
                    "the step relates quantities in different units); write one unit per side")
    bare = not left or not right
    unit = right if not left else left
    plain = bare and any(u.factor == 1 for u in UNITS[unit])
    found = _conversion(left, right, lv, rv, rtol, numbers=not plain) \
        if lv is not None and rv is not None else None
    if found is not None:
        return Link(False, "holds", found)
    if plain:
        return CHECKED  # 16 384 B beside a bare number: the number is in bytes
    if lv is None or rv is None:
        return Link(False, "undecided", f"could not decide: the sides are in different units "
                    f"({_shown(left)}, {_shown(right)}) and their values are not numbers "
                    f"here, so no conversion can be checked; give the values")
    fixed = _definite(left, right)
    if fixed is not None and _off(lv * fixed[0].factor, rv * fixed[1].factor,
                                  min(max(0.1, 3 * rtol), 0.5)):  # (off by 2: never rounding)
        a, b = fixed
        base = _base(a.kind)
        return Link(False, "fails", f"converted: {_number(lv)} {left} is "
                    f"{_number(lv * a.factor)}{base} and {_number(rv)} {right} is "
                    f"{_number(rv * b.factor)}{base} ({_tried(left, right)}): they differ")
    pairs = _readings(left, right)
    if pairs and all(_off(lv * a.factor, rv * b.factor, min(max(0.1, 3 * rtol), 0.5))
                     for a, b in pairs) and not _entries(left, right, lv, rv):
        base = _base(pairs[0][0].kind)
        shown = " or ".join(dict.fromkeys(f"{_number(rv * b.factor)}{base}" for _, b in pairs))
        return Link(False, "fails", f"converted in every reading of the units: "
                    f"{_number(lv)} {left} is {_number(lv * pairs[0][0].factor)}{base} and "
                    f"{_number(rv)} {right} is {shown} ({_tried(left, right)}): they differ")
    if bare and _unscaled(unit, lv, rv, max(0.01, 3 * rtol)):
        return Link(False, "fails", f"{_number(lv)} and {_number(rv)} differ, and no unit "
                    f"relates them either: a change of unit ({_shown(unit)}) only rescales "
                    f"({_rescalings(unit)}), and none maps one on the other")
    return Link(False, "undecided", f"could not decide: the sides are in different units "
                f"({_shown(left)}, {_shown(right)}) and no conversion relates {_number(lv)} and "
                f"{_number(rv)} ({_tried(left, right)}); state the conversion meant, or write "
                f"both sides in one unit")


def scaled(units: tuple[str, ...], lv: float, rv: float, rtol: float) -> Link | None:
    """Two bare numbers of a chain stated in `units`: when they differ as numbers but one is
    the other times the factor of one of those units (a member already written in GB, in
    thousands), they are the same quantity in two scales: the link holds in units. None
    when they agree as numbers (checked as usual) or no unit's factor relates them."""
    if math.isclose(lv, rv, rel_tol=rtol) or not units:
        return None
    for unit in dict.fromkeys(units):
        for u in UNITS.get(unit, ()):
            if u.factor == 1:
                continue
            for big, small in ((lv, rv), (rv, lv)):
                if math.isclose(big, small * u.factor, rel_tol=rtol):
                    return Link(False, "holds", f"holds in units: one side is written in {unit} "
                                f"(1 {unit} = {u.named}): {_number(small)} {unit} = "
                                f"{_number(big)}")
    return None


def _unscaled(unit: str, lv: float, rv: float, rtol: float) -> bool:
    """A bare number beside a size, a count or a time in `unit` that no rescaling could make
    equal: not equal as numbers, nor at any power of 1000 or 1024 (times 8 or 1/8 for bits),
    nor, for times, at the ratio of any two units of time (60, 3600, 1000 ...): the two values
    differ in every unit the writer might have meant."""
    kinds = {"time" if u.kind == RESOURCE else u.kind for u in UNITS[unit]}
    if lv == 0 or rv == 0 or not (kinds <= {"size", "count"} or kinds == {"time"}):
        return False
    if kinds == {"time"}:
        factors = sorted({u.factor for units in UNITS.values() for u in units
                          if u.kind == "time"})
        return not any(math.isclose(lv, rv * a / b, rel_tol=rtol)
                       for a in factors for b in factors)
    return not any(math.isclose(lv, rv * base ** k * bits, rel_tol=rtol)
                   for base in (1000.0, 1024.0) for k in range(-5, 6) for bits in (1, 8, 0.125))


def _rescalings(unit: str) -> str:
    """How a change of `unit` rescales a value, in words."""
    if all(u.kind in ("time", RESOURCE) for u in UNITS[unit]):
        return "by the ratios of units of time: 60, 3600, 24, 1000 ..."
    return "by powers of 1000 or 1024, or 8 bits a byte"


_BASE = {"size": "B", "time": "s"}  # the kinds whose units of one reading leave no choice


def _definite(left: str, right: str) -> tuple[Unit, Unit] | None:
    """The readings of the two units when they leave no choice: both units of size, or both
    of time, with one reading each (KiB, GiB, bytes; ms, s, min, h): 1024^k, 1000 or 60 is
    no choice (`0.2 s = 20 ms` is off by 10 whatever the writer meant); or two scales of a
    count whose only common kind is the count (`352\\text{M} = 1.1\\text{B}`: the B beside a
    count of millions is a billion, not a byte), or of one physical quantity (kJ, J). None
    otherwise."""
    if not (left and right):
        return None
    a, b = UNITS[left], UNITS[right]
    if len(a) == 1 and len(b) == 1 and a[0].kind == b[0].kind and \
            (a[0].kind in _BASE or a[0].kind in PHYSICAL or a[0].kind.startswith(MONEY)):
        return a[0], b[0]
    common = {u.kind for u in a} & {u.kind for u in b}
    counts = [[u for u in units if u.kind == "count"] for units in (a, b)]
    if common == {"count"} and all(len(c) == 1 for c in counts):
        return counts[0][0], counts[1][0]
    return None


def _readings(left: str, right: str) -> list[tuple[Unit, Unit]]:
    """Every pair of readings of two units that measure one kind, when that kind is only a
    size (`B`, a byte or a billion, beside `GB`, 1000^3 or 1024^3 bytes: the size is the one
    kind they share): each convention the writer may have meant. [] when a unit is missing
    or the units share another kind (a count, a time: the conventions are _definite's)."""
    if not (left and right):
        return []
    pairs = [(a, b) for a in UNITS[left] for b in UNITS[right] if a.kind == b.kind]
    return pairs if pairs and {a.kind for a, _ in pairs} == {"size"} else []


def _entries(left: str, right: str, lv: float, rv: float) -> bool:
    """A count (`7\\text{B}`: 7 billion parameters) beside a size (`14\\ \\text{GB}`) that
    entries of some number type, or a training state per entry, relate (half a byte to 20
    bytes each: fp16, fp32, Adam's 16): a reading in which the step may hold, so no slip is
    certain."""
    for a in UNITS[left]:
        for b in UNITS[right]:
            if {a.kind, b.kind} == {"count", "size"}:
                count, size = (lv * a.factor, rv * b.factor) if a.kind == "count" else \
                    (rv * b.factor, lv * a.factor)
                if count > 0 and 0.45 <= size / count <= 22:
                    return True
    return False


def _off(a: float, b: float, rtol: float) -> bool:
    return not math.isclose(a, b, rel_tol=rtol)


def _conversion(left: str, right: str, lv: float, rv: float, rtol: float,
                numbers: bool = True) -> str | None:
    """How a conversion relates `lv left` and `rv right`, or None; `numbers`: a bare number
    beside a unit may also be in that unit (equal as numbers)."""
    if not left or not right:  # a bare number: in the other's unit, or in the base unit
        unit, stated, bare = (right, rv, lv) if not left else (left, lv, rv)
        for u in UNITS[unit]:
            if u.factor != 1 and math.isclose(stated * u.factor, bare, rel_tol=rtol):
                return (f"holds in units: {_number(stated)} {unit} = {_number(bare)}"
                        f"{_base(u.kind)}, with 1 {unit} = {u.named}")
        if numbers and math.isclose(lv, rv, rel_tol=rtol):
            return f"holds as numbers in {unit} (exact arithmetic)"
        return None
    for a in UNITS[left]:
        for b in UNITS[right]:
            if a.kind == b.kind and math.isclose(lv * a.factor, rv * b.factor, rel_tol=rtol):
                named = [f"1 {w} = {u.named}" for w, u in ((left, a), (right, b))
                         if u.factor != 1]
                return (f"holds in units: {_number(lv)} {left} = {_number(rv)} {right}, with "
                        f"{' and '.join(named)}")
    return None


def shown_tolerance(text: str) -> float:
    """The relative tolerance a number as written shows (`1.5`: ±0.05, so 1/30; `1610612736`:
    exact), at least 1e-9."""
    digits = text.replace(",", "").replace("{,}", "").lstrip("-")
    if not digits or not any(c.isdigit() for c in digits):
        return 1e-9
    try:
        value = abs(float(digits))
    except ValueError:
        return 1e-9
    if "." not in digits:
        return 1e-9  # a whole number is exact as written
    last = 10.0 ** -len(digits.split(".")[1])
    return max(1e-9, 0.5 * last / value) if value else 1e-9


def _number(value: float) -> str:
    """A value as the step shows it: a whole number in full (1610612736), else 6 digits."""
    return str(int(value)) if value.is_integer() and abs(value) < 1e16 else f"{value:.6g}"


def _base(kind: str) -> str:
    return {"size": " bytes", "time": " s", RESOURCE: " s", "count": "", "information": " bits",
            "compute": " FLOP"}.get(kind, f" {PHYSICAL.get(kind, '')}".rstrip())


def _shown(unit: str) -> str:
    return unit or "no unit"


def _tried(left: str, right: str) -> str:
    readings = [f"1 {w} = {u.named}" for w in (left, right) if w for u in UNITS[w]
                if u.factor != 1]
    return "tried " + ", ".join(dict.fromkeys(readings))
