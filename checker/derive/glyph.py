"""Math typed as characters, rewritten as the LaTeX it stands for, before the lexer reads it.

`x²` is `x^{2}`, `xₖ` is `x_{k}`, `ŷ` (or y and a combining hat) is `\\hat{y}`, `𝑥` is x, `½`
is a fraction, `ℝ` the real numbers, and a typed `Σ` before its index the sum; `1e-3` is 1 ×
10^{-3}, `86{,}704` one number and `3x3` is 3 × 3. Token positions refer to the text `prepare`
returns.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from fractions import Fraction

from checker.derive.regex import Regex

_TIMES_X = Regex(r"(?<=\d)\s*x\s*(?=\d)")
_SCIENTIFIC = Regex(r"(?<![A-Za-z\\\d._^])(\d+(?:\.\d+)?)[eE]([-+]?\d+)(?![\w.])")  # 1e-3
# a run of bits joined by \oplus (`1 \oplus 0 \oplus 1`): their exclusive or (elementary.Parity)
_BITS = Regex(r"(?<![\w.}^_])[01](?:\s*\\oplus\s*[01](?![\w.{]))+")
_THOUSANDS = Regex(r"(?<=\d)\{,\}(?=\d{3}(?!\d))")  # 86{,}704{,}128: one number
# 240\,000 and 1\,250\,000: digits grouped by threes with a thin space (the SI way, and how
# Chinese and many European texts write large numbers): one number. Only a first group of one to
# three digits that no name, point, comma or script holds, then groups of exactly three: two
# numbers side by side are never a product as written (`2 \cdot 100`, not `2\,100`)
_SPACED = Regex(r"(?<![\w.,^])(?<!\^\{)(?<!_\{)\d{1,3}"
                r"(?:(?:\\,|\\ |~|\\thinspace\s*|[\u2009\u202f])\d{3})+(?![\d])")
# 18,496 and 1,179,776 in math typed as prose (markdown.read_plain): one number, where no
# bracket holds it (a tuple (128,256) stays two); groups of exactly three digits, none after a
# decimal point (in LaTeX, where `18{,}496` is the number, `128,256` is a list)
_GROUPED = Regex(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)")
# a shape noted after a formula, past a space: `dW = X^\top dY \ (D\times M)`, `\quad (M)`
_SHAPE_NOTE = Regex(r"(?:\\ |\\;|\\quad|\\qquad)\s*\(\s*(?:[A-Za-z]\s*(?:(?:\\times|×)\s*"
                    r"[A-Za-z\d]+\s*)+|[A-Z])\)(?=\s*(?:$|[,&=]|\\\\|\\q?quad|\\;|\\ ))")


def _scripts(names: tuple[str, ...], extra: str, meant: str) -> dict[str, str]:
    """Characters typed raised (`eˣ`) or lowered (`xₖ`): the small letters Unicode names so,
    read as the letter they stand for, and the digits and signs in `extra`."""
    letters = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0x2b0, 0x2c80)
               if unicodedata.name(chr(c), "").startswith(names)}  # (each name read once)
    return {**{k: v for k, v in letters.items() if v.isascii() and v.isalpha()},
            **dict(zip(extra, meant))}


_SUPERSCRIPT = _scripts(("MODIFIER LETTER SMALL ", "SUPERSCRIPT LATIN SMALL LETTER "),
                        "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾ᵀ", "0123456789+-()T")
_SUBSCRIPT = _scripts(("LATIN SUBSCRIPT SMALL LETTER ",), "₀₁₂₃₄₅₆₇₈₉₊₋₍₎", "0123456789+-()")
# typed letters that stand for LaTeX: the number sets (`x ∈ ℝ^n`); typed Σ before its index
# (`Σ_i x_i`, `Σ_{k=1}^K`) or before a subscripted name (`Σ r_i x_i`, `Σ (x_i - μ)`) is the
# sum, as ∑ is (summation.evident_index); alone it may be the letter: refused below
_TYPED = {"ℝ": r"\mathbb{R}", "ℕ": r"\mathbb{N}", "ℤ": r"\mathbb{Z}"}
_SUM = Regex(r"Σ(?=\s*[_^]|\s*\(?\s*[A-Za-zα-ω]+_)")  # and `Σ r_i x_i`: its index evident
_MARKS = {"\u0302": "hat", "\u0304": "bar", "\u0305": "bar", "\u0303": "tilde",
          "\u0307": "dot", "\u20d7": "vec"}
# a typed Greek letter or accented letter followed by digits, alone (`β1`, `m̂1`, `ŷ2`): the
# numbered name of plain-text notes (β_1, m̂_1), as the lexer reads `w1` as w_1; never inside a
# word or a number (`Δ2`, `2β1` and CJK stay as they are)
_NUMBERED = Regex(r"(?<![\w\\])([^\W\d_][\u0302-\u0307\u20d7]?)(\d+)(?!\w|\.\d)")


def _numbered(m: re.Match) -> str:
    """`β1` → `β_{1}`, `m̂1` → `m̂_{1}`: see _NUMBERED; anything else unchanged."""
    unit, digits = m.group(1), m.group(2)
    base = unicodedata.normalize("NFD", unit)
    letter, marks = base[0], base[1:]
    greek = unicodedata.name(letter, "").startswith("GREEK SMALL LETTER") and letter != "π"
    accented = letter.isascii() and letter.isalpha() and bool(marks) and \
        all(c in _MARKS for c in marks)
    return f"{unit}_{{{digits}}}" if greek or accented else m.group()


def typed(text: str) -> str:
    """Math typed in Unicode, rewritten as the LaTeX it stands for: `x²` → `x^{2}`, `ŷ` and
    `y` + U+0302 → `\\hat{y}`, math italic `𝑥` → `x`, `x₁` → `x_{1}`. Everything else (α, ≤,
    ∂ ...) is a spelling in the vocabulary table."""
    if text.isascii():
        return text
    text = _SUM.sub(r"\\sum ", text)
    text = _NUMBERED.sub(_numbered, text)
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in _TYPED:
            out.append(_TYPED[ch])
            i += 1
            continue
        if unicodedata.name(ch, "").startswith("VULGAR FRACTION ") and \
                not (i and text[i - 1].isdigit()):  # ½(ŷ − y)², not the mixed number 2½
            top, _, bottom = unicodedata.normalize("NFKC", ch).partition("\u2044")
            out.append(f"{{\\frac{{{top}}}{{{bottom}}}}}")  # a group: x^½ is x^{1/2}
            i += 1
            continue
        for table, op in ((_SUPERSCRIPT, "^"), (_SUBSCRIPT, "_")):
            if ch in table:
                j = i
                while j < len(text) and text[j] in table:
                    j += 1
                out.append(op + "{" + "".join(table[c] for c in text[i:j]) + "}")
                i = j
                break
        else:
            decomposed = unicodedata.normalize("NFD", ch)
            if len(decomposed) == 2 and decomposed[1] in _MARKS and decomposed[0].isascii():
                out.append(f"\\{_MARKS[decomposed[1]]}{{{decomposed[0]}}}")  # ŷ
            elif ch in _MARKS and out and len(out[-1]) == 1 and out[-1].isalpha():
                out[-1] = f"\\{_MARKS[ch]}{{{out[-1]}}}"  # y + U+0302
            elif "\U0001d400" <= ch <= "\U0001d7ff":  # 𝑥 𝑋 𝑊: math alphanumerics
                out.append(unicodedata.normalize("NFKC", ch))
            else:
                out.append(ch)
            i += 1
    return "".join(out)


_REPEATING = Regex(r"(\d+)\.(\d*)\\(?:overline|bar|dot)\s*\{(\d+)\}")


def _repeating(m: re.Match) -> str:
    """`0.8\\overline{3}`: the repeating decimal 0.8333..., as the exact fraction 5/6."""
    whole, fixed, cycle = m.group(1), m.group(2), m.group(3)
    value = Fraction(int(whole + fixed + cycle) - int(whole + fixed),
                     10 ** len(fixed) * (10 ** len(cycle) - 1))
    return f"\\frac{{{value.numerator}}}{{{value.denominator}}}"


_COUNT_SIGN = Regex(r"\\#\s*(?:\\(?:text|mathrm|textrm|operatorname)\s*\{([^{}]*)\}"
                    r"|([A-Za-z]+))")


_WRAP = r"\\(?:mathrm|text|textrm|operatorname|mathit|mathsf)\s*"
_CUTOFF = (  # DCG@k, \mathrm{NDCG@}4, \text{Recall@10}: the metric at a cutoff, DCG_k
    (Regex(_WRAP + r"\{([A-Za-z][A-Za-z0-9-]*)@\}\s*(?:\{(\w+)\}|(\d+|[A-Za-z]))"),
     lambda m: f"\\mathrm{{{m.group(1)}}}_{{{m.group(2) or m.group(3)}}}"),
    (Regex(_WRAP + r"\{([A-Za-z][A-Za-z0-9-]*)@(\d+|[A-Za-z])\}"),
     lambda m: f"\\mathrm{{{m.group(1)}}}_{{{m.group(2)}}}"),
    (Regex(r"(?<![\\\w])([A-Za-z]+)@(\d+|[A-Za-z])(?![\w.])"),
     lambda m: f"{m.group(1)}_{{{m.group(2)}}}"),
)


def cutoffs(text: str) -> str:
    """A metric at a cutoff written with `@` (`\\mathrm{NDCG@}4`, `P@k`, `\\text{Recall@10}`)
    as the member of its family at that index (`NDCG_4`, `P_k`): `@` is no math token."""
    if "@" not in text:
        return text
    for pattern, written in _CUTOFF:
        text = pattern.sub(written, text)
    return text


# a number in degrees: Celsius or Fahrenheit (`27^\circ\text{C}`, `80°F`), a number in that
# scale; the argument of a trigonometric function (`\sin 30^\circ`, `\cos(45°)`), an angle, the
# number times π/180; elsewhere (`θ = 30^\circ`) a number in the unit deg, whose value may be
# used in degrees or in radians (conversion.UNITS, prefix.py)
_APART = r"(?:\s|\\[ ,;:!]|~|\{\s*\})*"  # spacing or an empty group before a temperature's °
_DEGREE = r"(?:\^\s*(?:\{\s*\\circ\s*\}|\\circ)|°)"  # `^{\circ}` or `^\circ`: never a brace of its own
# (`\frac{\sin 40^\circ}{1.5}`: the brace after \circ closes the numerator)
_CELSIUS = Regex(r"(?<=\d)" + _APART + _DEGREE +  # (`72\ ^\circ C`, `{}^\circ`: apart)
                 r"\s*(?:\\(?:text|mathrm)\s*\{\s*[CF]\s*\}|[CF](?![A-Za-z]))")
# a kelvin temperature beside it in the same formula (`50\ ^\circ\text{C} = 323.15\ \text{K}`),
# or Celsius beside Fahrenheit: scales an offset apart, which the checker does not convert
_KELVIN = Regex(r"\d" + _APART + r"(?:\\(?:text|mathrm|rm)\s*\{\s*K\s*\}|K(?![A-Za-z_]))")
_SCALE = Regex(r"(?<=\d)" + _APART + _DEGREE + r"\s*(?:\\(?:text|mathrm)\s*\{\s*([CF])\s*\}|([CF])(?![A-Za-z]))")


_FAHRENHEIT_NUMBER = Regex(r"(?<![\d.])(\d+(?:\.\d+)?)" + _APART + _DEGREE +
                           r"\s*(?:\\(?:text|mathrm)\s*\{\s*F\s*\}|F(?![A-Za-z]))")
_CELSIUS_NUMBER = Regex(r"(?<![\d.])(\d+(?:\.\d+)?)" + _APART + _DEGREE +
                        r"\s*(?:\\(?:text|mathrm)\s*\{\s*C\s*\}|C(?![A-Za-z]))")


def _in_kelvin(text: str) -> str:
    """A formula writing temperatures in two scales: a Celsius number beside kelvin, with no
    offset of the writer's own (`50\\ ^\\circ\\text{C} = 323.15\\ \\text{K}`), is read in kelvin,
    323.15 K, so the conversion is checked; any other mix (Fahrenheit, or `37 °C = 37 +
    273.15 = 310.15 K`, where the writer adds the offset) is refused by name (atom.py)."""
    marked = {m.group(1) or m.group(2) for m in _SCALE.finditer(text)}
    if marked == {"C"} and "273" not in text:
        return _CELSIUS_NUMBER.sub(  # (the number in kelvin, its digits exact: 50 °C is 323.15 K)
            lambda m: f"{Decimal(m.group(1)) + Decimal('273.15')}\\ \\text{{K}}", text)
    return _CELSIUS_NUMBER.sub(lambda m: " \\celsius ", _FAHRENHEIT_NUMBER.sub(
        lambda m: " \\celsius ", text))


def _scales(text: str) -> int:
    """How many temperature scales (Celsius, Fahrenheit, kelvin) the formula writes numbers in."""
    marked = {m.group(1) or m.group(2) for m in _SCALE.finditer(text)}
    return len(marked) + (1 if marked and _KELVIN.search(text) else 0)


_DEGREES = Regex(r"(\\(?:sin|cos|tan|cot|sec|csc)\s*(?:\\left\s*)?\(?\s*)"
                 r"(\d+(?:\.\d+)?)\s*" + _DEGREE)
_ANGLE = Regex(r"(?<![\w.{}^_])(\d+(?:\.\d+)?)\s*" + _DEGREE)
# a currency sign right before an amount: `\$1{,}000`, `\$ 5`, `€5`, `₩3{,}000`
# `\pmod{3}`, `(\bmod 7)`, `(\mathrm{mod}\ 5)`: a congruence's modulus, read from the formula
# as written (congruence.py), blanked so the relation before it reads
MODULUS = Regex(r"\\pmod\s*(?:\{[^{}]*\}|[A-Za-z0-9]+)|\(\s*\\(?:b?mod|mathrm\{mod\}|"
                r"operatorname\{mod\}|text\{\s*mod\s*\})"
                r"\s*(?:\\[ ,;])?\s*\{?\s*\w+\s*\}?\s*\)")
_CURRENCY = Regex(r"\\\$\s*(?=-?\{?[\d.])|[€£¥₩](?=\s*-?[\d.])")


# `\\mu\\text{F}`, `\\mu \\mathrm{m}`: the prefix micro typed as the Greek letter before a unit
# (a microfarad, a micrometre), one unit word, never μ times F
_MICRO = Regex(r"\\mu\s*\\(?:text|mathrm|rm)\s*\{\s*(F|A|C|g|L|m|s|V|W|J|mol|Pa)\s*\}")


def prepare(text: str) -> str:
    """The text token positions refer to: Unicode rewritten, `1x1` read as 1 × 1, the
    thousands separator `{,}` dropped (`18{,}496` is 18496) and so is a thin space between
    groups of three digits (`240\\,000` is 240000), `1e-3` as 1 × 10^{-3} (never
    1·e − 3), a number in degrees (`27^\\circ\\text{C}`: the number; `\\sin 30^\\circ`: of an
    angle, times π/180), a currency sign before an amount (`\\$1{,}000`, `€5`) dropped (an amount is a
    number in that currency), a repeating decimal `0.8\\overline{3}` as its fraction, `\\#\\text{LSTM}` (the
    number of) as one word, `#LSTM`, a cutoff `\\mathrm{NDCG@}4` as `NDCG_4`, `\\mu\\text{F}` as the
    unit word μF."""
    text = MODULUS.sub(lambda m: " " * len(m.group()), text)  # 20 ≡ 2 \pmod 3: the congruence
    text = _CURRENCY.sub(lambda m: " " * len(m.group()), text)  # \$1{,}199.10: dollars
    if _scales(text) > 1:  # 50 °C = 323.15 K: scales an offset apart
        text = _in_kelvin(text)
    text = _CELSIUS.sub(lambda m: " " * len(m.group()), text)  # 27^\circ\text{C}: a number
    text = _DEGREES.sub(r"\1(\2 \\cdot \\frac{\\pi}{180})", text)  # sin 30^\circ: of π/6
    text = _ANGLE.sub(r"(\1 \\cdot \\frac{\\pi}{180})", text)  # A ≈ 41.81^\circ: an angle
    text = _REPEATING.sub(_repeating, cutoffs(text))
    text = _COUNT_SIGN.sub(lambda m: f"\\text{{#{m.group(1) or m.group(2)}}}", text)  # \#params
    text = _BITS.sub(lambda m: "\\operatorname{xor}(" + ", ".join(
        re.split(r"\s*\\oplus\s*", m.group())) + ")", text)  # 1 \oplus 0: bits
    text = _SPACED.sub(lambda m: re.sub(r"\D", "", m.group()), typed(text))  # 240\,000
    text = _SCIENTIFIC.sub(r"{\1 \\times 10^{\2}}", _THOUSANDS.sub("", text))
    text = _SHAPE_NOTE.sub(lambda m: " " * len(m.group()), text)
    text = _MICRO.sub(lambda m: f"\\text{{μ{m.group(1)}}}".ljust(len(m.group())), text)
    return _TIMES_X.sub(r" \\times ", text)


def grouped(text: str) -> str:
    """18,496 outside any bracket: 18496 (the commas kept as spaces, so positions hold)."""
    if "," not in text:
        return text
    out, depth, last = [], 0, 0
    for m in _GROUPED.finditer(text):
        depth += sum(text.count(o, last, m.start()) for o in "([{") - \
            sum(text.count(c, last, m.start()) for c in ")]}")
        last = m.start()
        out.append((m, depth == 0))
    for m, top in reversed(out):
        if top:
            text = text[:m.start()] + m.group().replace(",", "") + \
                " " * m.group().count(",") + text[m.end():]
    return text
