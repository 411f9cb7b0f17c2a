"""LaTeX math as people write it in ML notes → a flat list of tokens.

The lexer already undoes the notational noise that trips off-the-shelf parsers: sizing
commands (`\\left`, `\\bigl`), spacing (`\\,`, `~`), font wrappers (`\\mathbf`), and it
decides which letter runs are words (`log`, `sigmoid`, `err`) and which are products of
single-letter symbols (`wx`, `2ywx`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from checker.derive import label, vocabulary
from checker.derive.errors import Unreadable
from checker.derive.vocabulary import Kind, Row

# Letter runs read as one word, not as a product of letters (`log`, `err`, and the stray
# `hat` of a `\hat` that lost its backslash, which the parser refuses)
WORDS = vocabulary.FUNCTION_WORDS | vocabulary.NAME_WORDS | vocabulary.STRAY_WORDS
CONDITION_WORDS = vocabulary.CONDITION_WORDS
_CUES = set(vocabulary.CUES_BEFORE) | set(vocabulary.CUES_AFTER)  # \text{이면}: a condition


@dataclass(frozen=True)
class Token:
    kind: str  # num letter word greek const cmd env op rel sep text accent open close ellipsis
    value: str
    pos: int
    bare: bool = False  # a word typed as letters (`ilog`), not made by a command (`\\log`)


_TOKEN = re.compile(
    r"(?P<num>\d+(?:\.\d+)?|\.\d+)"
    r"|(?P<cmd>\\(?:[A-Za-z]+\*?|.))"
    r"|(?P<word>[A-Za-z]+)"
    "|(?P<name>[" + vocabulary.HANGUL_CJK + "]+)"  # Hangul, CJK: one name
    r"|(?P<ws>\s+)"
    r"|(?P<op>=>|:=|[-+*/^_'!=<>(),|&{}\[\]~.;:])"
    r"|(?P<other>.)",
    re.S,
)
_TIMES_X = re.compile(r"(?<=\d)\s*x\s*(?=\d)")
_CAPITALISED = re.compile(r"[A-Z][a-z]{2}")  # Var, Cov, Err: a word, not V·a·r
_DIGITS = re.compile(r"\d+(?![.\d])")
_SCIENTIFIC = re.compile(r"(?<![A-Za-z\\\d._^])(\d+(?:\.\d+)?)[eE]([-+]?\d+)(?![\w.])")  # 1e-3
_THOUSANDS = re.compile(r"(?<=\d)\{,\}(?=\d{3}(?!\d))")  # 86{,}704{,}128: one number
_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*")  # \text{conv2}, output_pad
_ROW_SPACING = re.compile(r"\s*\[\s*-?[\d.]+\s*(?:pt|em|ex|mm|cm|in|mu|bp)\s*\]")
DEFINING = {"def", "Δ", "\\Delta", "\\triangle", ":", "d", "\\text{def}", "\\mathrm{def}",
            "\\text{def.}", "\\scriptscriptstyle\\text{def}", "\\tiny\\text{def}"}


def _read_group(text: str, start: int) -> tuple[str, int]:
    """The content of the `{...}` group starting at text[start] (which must be `{`)."""
    if start >= len(text) or text[start] != "{":
        raise Unreadable("a `{` after a command", text[start:start + 10] or "end of formula")
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch == "\\":
            continue
        if ch == "{" and text[i - 1] != "\\":
            depth += 1
        elif ch == "}" and text[i - 1] != "\\":
            depth -= 1
            if depth == 0:
                return text[start + 1:i], i + 1
    raise Unreadable("a matching `}`", "unbalanced braces")


def _scripts(names: tuple[str, ...], extra: str, meant: str) -> dict[str, str]:
    """Characters typed raised (`eˣ`) or lowered (`xₖ`): the small letters Unicode names so,
    read as the letter they stand for, and the digits and signs in `extra`."""
    letters = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0x2b0, 0x2c80)
               if any(unicodedata.name(chr(c), "").startswith(n) for n in names)}
    return {**{k: v for k, v in letters.items() if v.isascii() and v.isalpha()},
            **dict(zip(extra, meant))}


_SUPERSCRIPT = _scripts(("MODIFIER LETTER SMALL ", "SUPERSCRIPT LATIN SMALL LETTER "),
                        "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾ᵀ", "0123456789+-()T")
_SUBSCRIPT = _scripts(("LATIN SUBSCRIPT SMALL LETTER ",), "₀₁₂₃₄₅₆₇₈₉₊₋₍₎", "0123456789+-()")
# typed letters that stand for LaTeX: the number sets (`x ∈ ℝ^n`); typed Σ before its index
# (`Σ_i x_i`, `Σ_{k=1}^K`) or before a subscripted name (`Σ r_i x_i`, `Σ (x_i - μ)`) is the
# sum, as ∑ is (summation.evident_index); alone it may be the letter: refused below
_TYPED = {"ℝ": r"\mathbb{R}", "ℕ": r"\mathbb{N}", "ℤ": r"\mathbb{Z}"}
_SUM = re.compile(r"Σ(?=\s*[_^]|\s*\(?\s*[A-Za-zα-ω]+_)")  # and `Σ r_i x_i`: its index evident
_MARKS = {"\u0302": "hat", "\u0304": "bar", "\u0305": "bar", "\u0303": "tilde",
          "\u0307": "dot", "\u20d7": "vec"}


def typed(text: str) -> str:
    """Math typed in Unicode, rewritten as the LaTeX it stands for: `x²` → `x^{2}`, `ŷ` and
    `y` + U+0302 → `\\hat{y}`, math italic `𝑥` → `x`, `x₁` → `x_{1}`. Everything else (α, ≤,
    ∂ ...) is a spelling in the vocabulary table."""
    if text.isascii():
        return text
    text = _SUM.sub(r"\\sum ", text)
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


def prepare(text: str) -> str:
    """The text token positions refer to: Unicode rewritten, `1x1` read as 1 × 1, the
    thousands separator `{,}` dropped (`18{,}496` is 18496), `1e-3` as 1 × 10^{-3} (never
    1·e − 3)."""
    text = _SCIENTIFIC.sub(r"\1 \\times 10^{\2}", _THOUSANDS.sub("", typed(text)))
    return _TIMES_X.sub(r" \\times ", text)


def tokenize(text: str) -> list[Token]:
    """Split a formula into tokens; raise Unreadable with the offending construct."""
    return label.labelled(_scan(text))


def _scan(text: str) -> list[Token]:
    text = prepare(text)
    tokens: list[Token] = []
    i = 0
    while i < len(text):
        m = _TOKEN.match(text, i)
        assert m is not None  # the pattern matches any character
        kind, value = m.lastgroup or "other", m.group()
        i = m.end()
        if kind == "ws":
            continue
        if kind == "num":
            tokens.append(Token("num", value, m.start()))
        elif kind == "name":
            tokens.append(Token("word", value, m.start()))  # 오차, 损失: one name
        elif kind == "word":
            if value in WORDS or len(value) >= 4 or _CAPITALISED.fullmatch(value):
                tokens.append(Token("word", value, m.start(), bare=True))  # log, Var, Err
            else:
                tokens.extend(Token("letter", ch, m.start() + k) for k, ch in enumerate(value))
            digits = _DIGITS.match(text, i)
            if digits and (len(value) == 1 or (len(value) == 2 and value[0] == "d")) and \
                    (m.start() == 0 or not text[m.start() - 1].isalnum()):
                # a2, w1, dw2 in plain-text notes: a_2, w_1, dw_2 (not a·2)
                tokens.extend([Token("op", "_", i), Token("open", "{", i),
                               Token("num", digits.group(), i), Token("close", "}", i)])
                i = digits.end()
        elif kind == "op":
            found = vocabulary.row(value)
            if value == "~":
                continue
            if found is not None and found.kind is Kind.RELATION:  # =, <, >, :=, =>
                tokens.append(Token("rel", str(found.meaning), m.start()))
            elif value in "({[":
                tokens.append(Token("open", value, m.start()))
            elif value in ")}]":
                tokens.append(Token("close", value, m.start()))
            else:
                tokens.append(Token("op", value, m.start()))
        elif kind == "cmd":
            i = _command(text, value, m.start(), i, tokens)
        else:
            found = vocabulary.row(value)  # a symbol typed directly: α, ≤, ⊙
            if found is None and value == "Σ":  # a sum whose index is not written, or a letter
                raise Unreadable("a sum with its index (`Σ_i x_i`) or the letter as `\\Sigma`",
                                 "Σ typed without an index")
            if found is None:
                raise Unreadable("a LaTeX math token", f"the character {value!r}")
            i = _emit(found, text, m.start(), i, tokens)
    return tokens


def indices(texts: Iterable[str]) -> label.Indexed:
    """Each base's index letters over a document's formulas (label.py); a formula that
    cannot be read gives none."""
    scanned = []
    for text in texts:
        try:
            scanned.append(_scan(text))
        except Unreadable:
            continue
    return label.indices(scanned)


def _command(text: str, command: str, start: int, i: int, tokens: list[Token]) -> int:
    """Append the token(s) for a `\\command` and return where reading continues."""
    if command == "\\left" and text[_skip_ws(text, i):_skip_ws(text, i) + 1] == "." and \
            re.search(r"\\right\s*\|", text[i:]):
        tokens.append(Token("open", ".", start))  # \left. ... \right|_{x=0}: an evaluation bar
        return _skip_ws(text, i) + 1
    if command == "\\right" and text[_skip_ws(text, i):_skip_ws(text, i) + 1] == "|" and \
            sum(t.value == "." for t in tokens if t.kind == "open") > \
            sum(t.value == "|" for t in tokens if t.kind == "close"):
        tokens.append(Token("close", "|", start))
        return _skip_ws(text, i) + 1
    if command in {"\\{", "\\}"}:
        tokens.append(Token("open" if command == "\\{" else "close", command, start))
        return i
    if command == "\\\\":
        tokens.append(Token("sep", "\\", start))
        spacing = _ROW_SPACING.match(text, i)  # \\[10pt]: the space after a row
        return spacing.end() if spacing else i
    if command == "\\%":  # 50\%: a hundredth
        tokens.extend([Token("op", "/", start), Token("num", "100", start)])
        return i
    if command in {"\\underbrace", "\\overbrace"}:  # the term; its label is dropped
        inner, i = _read_group(text, _skip_ws(text, i))
        tokens.append(Token("open", "{", start))
        tokens.extend(Token(t.kind, t.value, t.pos + start) for t in _scan(inner))
        tokens.append(Token("close", "}", i - 1))
        j = _skip_ws(text, i)
        if text[j:j + 1] in {"_", "^"}:
            k = _skip_ws(text, j + 1)
            i = _read_group(text, k)[1] if text[k:k + 1] == "{" else k + 1
        return i
    if command == "\\star":  # w^\star, w^{\star}: the optimum, as w^*; between terms X ⋆ G
        # it is a convolution or a correlation, not a product
        raised = [t.value for t in tokens[-2:]]
        if raised[-1:] == ["^"] or raised == ["^", "{"]:
            tokens.append(Token("op", "*", start))
            return i
        raise Unreadable("`\\star` as a mark on a name (`w^\\star`)",
                         "\\star between terms (a convolution or correlation)")
    if command == "\\_":  # y\_hat: Markdown's escaped underscore, inside a name
        tokens.append(Token("op", "\\_", start))
        return i
    if command.rstrip("*") in {"\\overset", "\\stackrel", "\\underset"}:
        return _annotated_relation(text, command, start, i, tokens)
    found = vocabulary.row(command) or vocabulary.row(command.rstrip("*"))  # \\operatorname*
    if found is None:
        raise Unreadable("a known LaTeX command", command)
    return _emit(found, text, start, i, tokens)


def _emit(row: Row, text: str, start: int, i: int, tokens: list[Token]) -> int:
    """Append the token(s) a row of the vocabulary reads as; return where reading continues."""
    kind = row.kind
    if kind is Kind.SPACING:
        return i
    if kind is Kind.SEPARATOR:
        tokens.append(Token("sep", row.name, start))
    elif kind is Kind.RELATION:
        tokens.append(Token("rel", str(row.meaning), start))
    elif kind is Kind.OPERATOR:
        tokens.append(Token("op", str(row.meaning), start))
    elif kind is Kind.ELLIPSIS:
        tokens.append(Token("ellipsis", row.name, start))
    elif kind is Kind.LETTER:
        tokens.append(Token("greek", row.name, start))
    elif kind is Kind.FUNCTION:
        tokens.append(Token("word", row.name, start))
    elif kind is Kind.CONSTANT:
        tokens.append(Token("const", row.name, start))
    elif kind is Kind.REFUSED:
        tokens.append(Token("cmd", row.name, start))
    elif kind is Kind.ANNOTATION:
        _, i = _read_group(text, _skip_ws(text, i))
    elif kind is Kind.FONT:
        j = _skip_ws(text, i)
        if text[j:j + 1] == "E" and not text[j + 1:j + 2].isalnum() and \
                row.name in {"mathbb", "mathrm"}:
            tokens.append(Token("word", "E", start))  # \mathbb E\hat\theta, \mathbb E[X]
            return j + 1
        if j < len(text) and text[j] == "{":
            inner, i = _read_group(text, j)
            if inner.strip() == "d" and row.name in {"mathrm", "text", "rm"}:
                # \mathrm{d}x, \frac{\mathrm{d}y}{\mathrm{d}x}: the upright d of calculus, written
                # against what follows (as `dx` is)
                tokens.append(Token("letter", "d", i - 1))
                return i
            if inner.strip() == "E" and row.name in {"mathbb", "mathrm"}:
                tokens.append(Token("word", "E", start))  # \mathbb{E}: the expectation
                return i
            if re.fullmatch(r"[A-Za-z]{2,}", inner.strip()):  # \mathrm{sign}, \mathrm{ReLU}
                tokens.append(Token("word", inner.strip(), start))
                return i
            inside = [Token(t.kind, t.value, t.pos + j + 1) for t in _scan(inner)]
            if _has_relation(inside):  # \boxed{σ'(x) = σ(x)(1 - σ(x))}: the statement itself
                tokens.extend(inside)
                return i
            tokens.append(Token("open", "{", start))
            tokens.extend(inside)
            tokens.append(Token("close", "}", i - 1))
    elif kind is Kind.TEXT:
        inner, i = _read_group(text, _skip_ws(text, i))
        word = inner.strip().replace("\\_", "_")
        if word.lower() in CONDITION_WORDS or word in _CUES or not (
                word.isalpha() or _IDENTIFIER.fullmatch(word)):
            tokens.append(Token("text", word, start))  # \text{if }, or prose / code
        else:
            tokens.append(Token("word", word, start))  # \text{MSE}, \operatorname{sigmoid}
    elif kind is Kind.ACCENT:
        tokens.append(Token("accent", str(row.meaning), start))
    elif kind is Kind.BRACKET:
        tokens.append(Token("open" if str(row.meaning) in "⌊⌈⟨" else "close", str(row.meaning),
                            start))
    elif kind is Kind.LAYOUT:
        tokens.append(Token("cmd", row.name, start))
        if row.name in {"begin", "end"}:
            env, i = _read_group(text, _skip_ws(text, i))
            tokens.append(Token("env", env.strip().rstrip("*"), start))
    else:  # a name or a condition word has no command spelling
        raise Unreadable("a known LaTeX command", f"\\{row.name}")
    return i


def _annotated_relation(text: str, command: str, start: int, i: int,
                        tokens: list[Token]) -> int:
    """`\\overset{def}{=}`, `\\stackrel{\\triangle}{=}`: a definition; `\\overset{!}{=}` and
    other notes over a relation: the relation."""
    note, i = _read_group(text, _skip_ws(text, i))
    base, i = _read_group(text, _skip_ws(text, i))
    inner = tokenize(base)
    if len(inner) != 1 or inner[0].kind != "rel":
        raise Unreadable("a relation under the note", f"{command}{{{note}}}{{{base}}}")
    defining = note.strip().replace(" ", "") in DEFINING and inner[0].value == "="
    tokens.append(Token("rel", ":=" if defining else inner[0].value, start))
    return i


def _has_relation(tokens: list[Token]) -> bool:
    """A relation outside any bracket of the group."""
    depth = 0
    for t in tokens:
        depth += (t.kind == "open") - (t.kind == "close")
        if depth == 0 and t.kind == "rel":
            return True
    return False


def _skip_ws(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i
