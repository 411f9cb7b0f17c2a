"""A value followed by a unit word: `$H(0.5) = \\ln 2$ nats` where H is defined with log₂ (bits),
`$p = 0.25 \\cdot 100 = 25$%`. The text states the value in the unit it names, so a step whose
sides differ by exactly the conversion into that unit (ln 2 from bits to nats, 100 from a
fraction to per cent) holds in that unit. Any other ratio is no conversion: the step is
checked as read."""

from __future__ import annotations

import math
import re
from dataclasses import replace

import sympy as sp

from checker.derive.markdown import Formula
from checker.derive.prefix import base_unit
from checker.derive.regex import Regex
from checker.derive.scaling import PREFIXED
from checker.derive.traversal import symbols_of
from checker.derive.tree import Bin, Call, Node, Num, walk

_LN2, _LN10 = math.log(2), math.log(10)
# a unit word → the factors from the other units of its kind into it (what the value read by
# the checker, in another unit, is multiplied by to be stated in this one)
UNITS: dict[str, tuple[tuple[str, float], ...]] = {
    "nats": (("bits", _LN2), ("bans", _LN10)),
    "bits": (("nats", 1 / _LN2), ("bans", _LN10 / _LN2)),
    "bans": (("bits", _LN2 / _LN10), ("nats", 1 / _LN10)),
    "percent": (("a fraction", 100.0),),
    # a size or a count in a unit of a thousand, a million, ... of what the value counts
    # (`$3 \\times 4N = 84$ GB` with N = 7·10⁹: bytes; `$4 \\cdot 768^2 = 2.36$M`: parameters)
    "KB": (("bytes", 1e-3), ("bytes", 2.0 ** -10)),
    "MB": (("bytes", 1e-6), ("bytes", 2.0 ** -20)),
    "GB": (("bytes", 1e-9), ("bytes", 2.0 ** -30)),
    "TB": (("bytes", 1e-12), ("bytes", 2.0 ** -40)),
    # a time in a unit of a thousandth, a millionth, ... of a second (`$t ≈ 4.4 \\times 10^{-4}
    # \\approx 0.44$ ms`: the value read is in seconds, FLOPs over FLOP/s)
    "ms": (("s", 1e3),),
    "μs": (("s", 1e6),),
    "ns": (("s", 1e9),),
    "thousand": (("units", 1e-3),),
    "million": (("units", 1e-6),),
    "billion": (("units", 1e-9),),
}
_SPELLINGS = {
    "nats": ("nats", "nat", "나트", "냇", "奈特"),
    "bits": ("bits", "bit", "비트", "比特"),
    "bans": ("bans", "hartleys", "hartley", "dits", "하틀리", "哈特莱"),
    "percent": ("%", "％", "percent", "per cent", "퍼센트"),
    "KB": ("KB", "KiB", "kB"),
    "MB": ("MB", "MiB"),
    "GB": ("GB", "GiB"),
    "TB": ("TB", "TiB"),
    "ms": ("ms", "msec", "밀리초", "毫秒"),
    "μs": ("μs", "µs", "마이크로초", "微秒"),
    "ns": ("ns", "나노초", "纳秒"),
    "thousand": ("K", "thousand"),
    "million": ("M", "million", "millions"),
    "billion": ("B", "billion", "billions"),
}
# a unit of a thousand, a thousandth, ... of a physical unit (`$10^6 \\log_2(1001) \\approx 9.967$
# Mbit/s`, `= 2.4` GHz, `= 0.5` mA; prefix.py): the value read is in the unit itself (bit/s,
# Hz, A). Sizes in bytes are above (a power of 2 too); FLOP counts inside a formula are
# conversion.py's
# a prefixed unit per or times a plain one, right after a value: `kN/m`, `kN·m`, `MJ/kg`
_PER_UNIT = Regex(r"\s*([A-Za-zμµΩ]+)([/·⋅][A-Za-zΩ]+(?:\^?[0-9])?)(?![A-Za-z0-9/·⋅])")
_PREFIXED = frozenset(PREFIXED) - set(_SPELLINGS) - {s for v in _SPELLINGS.values() for s in v}
for _word in sorted(_PREFIXED):
    UNITS[_word] = ((PREFIXED[_word][1], 1 / PREFIXED[_word][0]),)
    _SPELLINGS[_word] = (_word,)
_WORD = {s: unit for unit, spellings in _SPELLINGS.items() for s in spellings}
# units a formula may end in, converted as the value stated after it (bits, nats, %); sizes and
# counts written inside a formula (`512\,\text{MiB}`) are conversion.py's, member by member
_INFORMATION = frozenset({"nats", "bits", "bans", "percent"})
_AFTER = Regex(r"\s*(" + "|".join(sorted((re.escape(s) for s in _WORD), key=len,
                                               reverse=True)) + r")(?![A-Za-z])")


# words after a number inside a formula that count or measure it, with no conversion this
# checker applies (`640 \\text{ params}`, `10\\,\\mathrm{ms}`, `3136 \\text{개}`): the number is
# the value, the word its unit (bits, nats and per cent convert: they are read as written)
COUNTING = frozenset({
    "params", "parameters", "parameter", "weights", "FLOPs", "flops", "FLOPS", "MACs", "MACS",
    "macs", "mults", "multiplications", "additions", "ops", "operations", "ms", "sec", "secs",
    "seconds", "minutes", "hours", "bytes", "KB", "MB", "GB", "px", "pixels", "epochs",
    "steps", "iterations", "samples", "images", "tokens", "channels", "neurons", "units",
    "개", "번", "회", "초", "개의", "个", "次", "秒", "参数", "파라미터", "elements", "entries",
    "values", "rows", "words"})
_MEASURE = ("个", "개")  # a measure word then what it counts, one word (`个元素`, `个样本`)


def counting_word(tokens: list, k: int) -> bool:
    """Token k is a counting word (COUNTING) right after a number and ending its member (the
    formula's end, a relation, a comma or a separator follow)."""
    t = tokens[k]
    counts = t.value in COUNTING or (t.value.startswith(_MEASURE) and 1 < len(t.value) <= 5 and
                                     not any(c.isascii() for c in t.value))
    return t.kind == "word" and counts and k > 0 and tokens[k - 1].kind == "num" \
        and (k + 1 == len(tokens) or tokens[k + 1].kind in {"rel", "sep"} or
             tokens[k + 1].value in {",", ";"})


# prefixed units of information, rates, power and energy, as a formula's last word (`9.967
# \\text{ Mbit/s}`); other physical units inside a formula (`72\\ \\text{km/h}`) are conversion.py's
_RATES = frozenset(w for w in _PREFIXED if PREFIXED[w][0] >= 1e3 and
                   PREFIXED[w][1] in ("bit", "bits", "bps", "Hz", "W", "Wh", "J"))
_TRAILING = Regex(r"(?:\s|\\[,;:! ]|\\quad|\\qquad|~)*\\(?:text|mathrm|textrm|rm|operatorname)"
                  r"\s*\{\s*(" + "|".join(sorted((re.escape(s) for s in _WORD
                                                   if s.isalpha() and
                                                   (_WORD[s] in _INFORMATION or s in _RATES)),
                                                   key=len, reverse=True)) +
                  r")(?:\s*/\s*[^{}]*)?\s*\}\s*$")


_SPLIT_MICRO = Regex(r"(?<=\d)(?:\s|\\[,;:! ]|~)*\\mu\s*$")


def outside(f: Formula) -> Formula:
    """A formula ending in a converting unit word (`H = 1.5\\ \\text{bits}`, `\\mathrm{nats}`,
    `\\text{ bits/token}`), as if the word were written right after it, where `named_after`
    reads it: the value is stated in that unit; so is a formula ending in the prefix micro
    whose unit follows it outside (`$C = 5\\ \\mu$F`: μF). Any other formula as it is."""
    split = _SPLIT_MICRO.search(f.text)
    if split is not None and f.text[:split.start()].strip() and \
            named_after(f"μ{f.after}") is not None:
        return replace(f, text=f.text[:split.start()].rstrip(), after=f"μ{f.after}", moved=True)
    found = _TRAILING.search(f.text)
    if found is None or not f.text[:found.start()].strip():
        return f
    return replace(f, text=f.text[:found.start()].rstrip(), after=f"{found.group(1)} {f.after}",
                   moved=True)


def named_after(after: str) -> str | None:
    """The unit word right after a formula (`$...$ nats`, `$...$비트`), or None."""
    found = _AFTER.match(after)
    return _WORD[found.group(1)] if found else None


def conversion(lv, rv, after: str, rtol: float = 1e-6, atol: float = 0.0,
               written: Node | None = None) -> str | None:
    """How `lv = rv`, two numbers that differ, holds in the unit named after the formula: the
    stated side is the other times that unit's conversion factor, to `rtol` or to `atol` (the
    digits the stated side shows: `6/7 ≈ 85.7`%). None when no unit is named, the sides are
    not numbers, or no conversion into that unit relates them; nor when `written` (the side
    computed, as written) already applies that conversion (`90/100 × 100 = 9000`%: already in
    per cent, so checked as written)."""
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
        if written is not None and _converts(written, factor):
            return None
        if math.isclose(right, left * factor, rel_tol=rtol, abs_tol=atol):
            shown = {_LN2: "ln 2", 1 / _LN2: "1/ln 2", _LN10: "ln 10", 1 / _LN10: "1/ln 10"}
            named = next((v for k, v in shown.items() if math.isclose(k, factor)), f"{factor:g}")
            return (f"holds in the unit named ({unit}): the value read is in {source}, and "
                    f"{named} converts it ({left:.6g} {source} = {right:.6g} {unit})")
    return None


_SIZES = frozenset({"KB", "MB", "GB", "TB"})
# the bytes one entry takes in a number type the text names (`57.8 MB in fp32`, `bf16 로`)
BYTES_PER_ENTRY: dict[str, float] = {
    "fp64": 8, "float64": 8, "double": 8, "fp32": 4, "float32": 4, "float": 4, "int32": 4,
    "single": 4, "fp16": 2, "float16": 2, "bf16": 2, "bfloat16": 2, "half": 2, "int16": 2,
    "fp8": 1, "int8": 1, "uint8": 1, "byte": 1, "int4": 0.5}
_TYPE = Regex(r"(?<![A-Za-z0-9])(" + "|".join(sorted(BYTES_PER_ENTRY, key=len, reverse=True)) +
              r")(?![A-Za-z0-9])", re.IGNORECASE)
_USUAL = (1, 2, 4, 8)  # the bytes per entry of the usual number types


def per_entry(prose: str) -> tuple[float, ...]:
    """The bytes per entry of the number types named in `prose` (`in fp32`: 4), in order."""
    return tuple(dict.fromkeys(BYTES_PER_ENTRY[m.group(1).lower()] for m in _TYPE.finditer(prose)))


def size_of_count(lv, rv, after: str, before: str, rtol: float = 1e-6,
                  atol: float = 0.0, written: Node | None = None) -> tuple[str, str] | None:
    """`576 × 25,088 = 14,450,688`, "i.e. $\\approx 57.8$ MB in fp32": a number linked to a
    value in a size unit (KB, MB, GB, TB, a power of 1000 or 1024 of bytes) is a count of
    entries or of bytes; the bytes one entry takes are the number type's (fp32: 4, bf16: 2,
    int8: 1, fp64: 8). ("holds", how) when the width of a type the text names (of any usual
    type when it names none) times the unit relates the sides. When none does: None if the
    text names a type (the width is known: checked as read), else ("undecided", why): entries
    of an unknown size, never a failure. None when no size unit is named. When `written` (the
    side computed, as written) already applies the unit's factor (`3.5\\times10^9 / 2^{30}
    \\approx 3.62` GiB), the value read is in that unit already: bytes converted, so only a
    width relates the sides, and none doing so it is checked as read (None); a width written as
    a factor as well (`× 4 / 2^{20}`) is applied already: none relates the sides again."""
    unit = named_after(after)
    if unit not in _SIZES or symbols_of(lv) or symbols_of(rv):
        return None
    try:
        left, right = float(sp.N(lv)), float(sp.N(rv))
    except (TypeError, ValueError):
        return None
    if left <= 0 or not math.isfinite(right):
        return None
    named = per_entry(f"{before} {after}")
    converted = written is not None and any(_converts(written, factor)
                                            for _, factor in UNITS[unit])
    # the width written as a factor too (`25690112 × 4 / 2^{20}` MiB): applied already, so no
    # width may relate the sides a second time; where the text names no type, a usual width
    # written may be a count (a batch of 8): a match through another width is then a guess
    applied = converted and any(_converts(written, float(w)) for w in named or _USUAL if w != 1)
    for width in (1,) if applied and named else named or _USUAL:
        for factor in (1.0,) if converted else tuple(factor for _, factor in UNITS[unit]):
            if math.isclose(right, left * width * factor, rel_tol=rtol, abs_tol=atol):
                if applied and width != 1:
                    return "undecided", (f"could not decide: {left:.6g} {unit} as written, "
                                         f"{width:g} times that as stated: a width of {width:g} "
                                         "bytes applied twice, or a count; name the type")
                said = "as the text names its type" if named else \
                    "a usual number type's width; the text names no type"
                base = "1000" if factor in (1e-3, 1e-6, 1e-9, 1e-12) else "1024"
                return "holds", (f"holds in the unit named ({unit}): {left:.6g} entries of "
                                 f"{width:g} byte(s) each ({said}), in powers of {base}")
    if named or converted:
        return None  # the width is known, or bytes converted: the step is checked as read
    return "undecided", (f"could not decide: a count ({left:.6g}) linked to a size in {unit} "
                         f"({right:.6g}), and no number type's width relates them; name the "
                         "type (`in fp32`) or write the bytes per entry (`× 4 B`)")


def _converts(written: Node, factor: float) -> bool:
    """The side as written multiplies by the factor (`× 100`, `\\ln 2 ·`) or divides by its
    inverse (`/ \\ln 2` for 1/ln 2): it is already in the unit."""
    for node in walk(written):
        if not isinstance(node, Bin) or node.op not in ("*", "/"):
            continue
        operands = (node.left, node.right) if node.op == "*" else (node.right,)
        wanted = factor if node.op == "*" else 1 / factor
        if any(value is not None and math.isclose(value, wanted, rel_tol=1e-9)
               for value in map(_constant, operands)):
            return True
    return False


def _constant(node: Node) -> float | None:
    """A number written (`100`), a power of one (`2^{30}`) or the logarithm of one
    (`\\ln 2`), else None."""
    if isinstance(node, Num):
        try:
            return float(node.text)
        except ValueError:
            return None
    if isinstance(node, Call) and node.name in ("ln", "log") and len(node.args) == 1 and \
            isinstance(node.args[0], Num):
        inner = _constant(node.args[0])
        return math.log(inner) if inner is not None and inner > 0 else None
    if isinstance(node, Bin) and node.op == "^" and isinstance(node.left, Num) and \
            isinstance(node.right, Num):  # `2^{30}`, `10^9`: a power written out
        base, power = _constant(node.left), _constant(node.right)
        return float(base ** power) if base is not None and power is not None and \
            base > 0 and abs(power) <= 64 else None
    return None


def prefixed(after: str) -> tuple[float, str] | None:
    """The size and the word of a prefixed unit right after a value (`$B = 1$ MHz`: 10⁶), or
    None."""
    per = _PER_UNIT.match(after)  # `$w = 1$ kN/m`, `$M = 2$ kN·m`: the prefix scales it all
    if per and per[1] in _PREFIXED:
        return PREFIXED[per[1]][0], per[1] + per[2]
    word = named_after(after)
    return (PREFIXED[word][0], word) if word in _PREFIXED else None


def in_base(lv, rv, sides: tuple[Node, ...], given: dict, bindings: dict, rtol: float = 1e-6,
            atol: float = 0.0) -> str | None:
    """How `lv = rv`, two numbers that differ, holds with a name of the step given in a prefixed
    unit (`given`: Context.prefixed, still the value in force) taken in the unit itself: the
    sides differ by exactly the prefix's size (`$B = 1$ MHz`, then `C = B\\log_2(1 + SNR) =
    10^6 \\log_2(1001)`: the text computes in Hz). None otherwise."""
    if symbols_of(lv) or symbols_of(rv):
        return None
    try:
        left, right = float(sp.N(lv)), float(sp.N(rv))
    except (TypeError, ValueError):
        return None
    names = {n.name for side in sides if isinstance(side, Node) for n in walk(side)
             if hasattr(n, "name")} | \
        {str(x) for side in sides if not isinstance(side, Node)
         for x in getattr(side, "free_symbols", ())}  # (the sides read before bound values)
    for name in sorted(names & set(given)):
        line, size, word = given[name]
        if not bindings.get(name) or bindings[name][-1][0] != line:
            continue  # given again since, without the unit
        for a, b in ((left, right), (right, left)):
            if a and math.isclose(b, a * size, rel_tol=rtol, abs_tol=atol):
                base = base_unit(word)
                return (f"holds with {name} in {base}: {name} is given in {word} on line "
                        f"{line}, and the text computes in {base} ({size:g} {base} = "
                        f"1 {word})")
    return None
