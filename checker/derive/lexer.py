"""LaTeX math as people write it in ML notes → a flat list of tokens.

The lexer already undoes the notational noise that trips off-the-shelf parsers: sizing
commands (`\\left`, `\\bigl`), spacing (`\\,`, `~`), font wrappers (`\\mathbf`), and it
decides which letter runs are words (`log`, `sigmoid`, `err`) and which are products of
single-letter symbols (`wx`, `2ywx`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checker.derive import label, phrase, vocabulary, wordname
from checker.derive.errors import Unreadable
from checker.derive.glyph import prepare
from checker.derive.group import (
    NOTED_ARROWS,
    ROW_SPACING,
    argument,
    has_relation,
    named_indicator,
    noted_arrow,
    noted_relation,
    read_group,
    skip_label,
    skip_ws,
)
from checker.derive.lexeme import ENTRY, Token, entry_at, hundredth
from checker.derive.regex import Regex
from checker.derive.sets import SET_NAMES, SET_OPERATIONS
from checker.derive.vocabulary import Kind, Row

# Letter runs read as one word, not as a product of letters (`log`, `err`, and the stray
# `hat` of a `\hat` that lost its backslash, which the parser refuses)
WORDS = vocabulary.FUNCTION_WORDS | vocabulary.NAME_WORDS | vocabulary.STRAY_WORDS
CONDITION_WORDS = vocabulary.CONDITION_WORDS
_CUES = set(phrase.BEFORE) | set(phrase.AFTER)  # \text{이면}: a condition
_PROSE = {w.lower() for w in (*CONDITION_WORDS, *_CUES)}  # never a name in words


_TOKEN = Regex(
    r"(?P<num>\d+(?:\.\d+)?|\.\d+)"
    r"|(?P<cmd>\\(?:[A-Za-z]+\*?|.))"
    r"|(?P<word>[A-Za-z]+)"
    "|(?P<name>[" + vocabulary.HANGUL_CJK + "]+)"  # Hangul, CJK: one name
    r"|(?P<ws>\s+)"
    r"|(?P<op>=>|:=|[-+*/^_'!=<>(),|&{}\[\]~.;:])"
    r"|(?P<other>.)",
    re.DOTALL,
)
# a bold one (`\\mathbf{1}`, `\\mathbf 1`, `\\boldsymbol{1}`): the vector of ones, as long as
# its neighbour needs; not an indicator (`\\mathbf{1}_{y = k}`, `\\mathbf{1}[z > 0]`,
# `\\mathbf 1\\{..\\}`), and `\\mathbf{1}_m`, `\\mathbf{1}^\\top` keep their own readings
_BOLD = {"mathbf", "boldsymbol", "bm", "pmb", "bf", "mathbfit", "symbf"}
_BOLD_ONE = Regex(r"(?:\{\s*1\s*\}|1(?![\d.]))(?!\s*(?:[_^\[({]|\\[{]|\\left|\\big|\\Big))")
_CAPITALISED = Regex(r"[A-Z][a-z]{2}")  # Var, Cov, Err: a word, not V·a·r
_DIGITS = Regex(r"\d+(?![.\d])")
# words naming an event, between a probability's parentheses and bars (`free win`, `sunny, strong`)
_EVENT = Regex(r"[A-Za-z]+(?:\s*,?\s+[A-Za-z]+)+")
_IDENTIFIER = Regex(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*")  # \text{conv2}, output_pad



def tokenize(text: str) -> list[Token]:
    """Split a formula into tokens; raise Unreadable with the offending construct."""
    return label.labelled(wordname.named(_scan(text), _PROSE))


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
            elif value == "[" and entry_at(text, m.start(), tokens):
                number = ENTRY.match(text, m.start())
                tokens.extend([Token("op", "_", m.start()), Token("open", "{", m.start()),
                               Token("num", number.group(1), m.start()),
                               Token("close", "}", m.end() - 1)])
                i = number.end()
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
            if found is None and value in SET_OPERATIONS.values():  # read as \\cap is
                tokens.append(Token("cmd", SET_NAMES[value], m.start()))
                continue
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
    if command == "\\left" and text[skip_ws(text, i):skip_ws(text, i) + 1] == "." and \
            re.search(r"\\right\s*\|", text[i:]):
        tokens.append(Token("open", ".", start))  # \left. ... \right|_{x=0}: an evaluation bar
        return skip_ws(text, i) + 1
    if command == "\\right" and text[skip_ws(text, i):skip_ws(text, i) + 1] == "|" and \
            sum(t.value == "." for t in tokens if t.kind == "open") > \
            sum(t.value == "|" for t in tokens if t.kind == "close"):
        tokens.append(Token("close", "|", start))
        return skip_ws(text, i) + 1
    if command in {"\\{", "\\}"}:
        tokens.append(Token("open" if command == "\\{" else "close", command, start))
        return i
    if command == "\\\\":
        tokens.append(Token("sep", "\\", start))
        spacing = ROW_SPACING.match(text, i)  # \\[10pt]: the space after a row
        return spacing.end() if spacing else i
    if command == "\\%":  # 50\%: a hundredth of the operand before it
        tokens[:] = hundredth(tokens, start)
        return i
    if command in {"\\underbrace", "\\overbrace"}:  # the term; its label is dropped
        inner, i = argument(text, i)
        tokens.append(Token("open", "{", start))
        tokens.extend(Token(t.kind, t.value, t.pos + start) for t in _scan(inner))
        tokens.append(Token("close", "}", i - 1))
        return skip_label(text, i)
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
        note, i = argument(text, i)
        base, i = argument(text, i)
        inner = tokenize(base)
        if command.rstrip("*") == "\\underset" and not any(t.kind == "rel" for t in inner):
            # \underset{w}{\arg\min}, \underset{k}{\max}: the note is the operator's limit, as
            # `\max_{k}` writes it
            tokens.extend(Token(t.kind, t.value, start) for t in _scan(base))
            tokens.extend([Token("op", "_", start), Token("open", "{", start),
                           *(Token(t.kind, t.value, start) for t in _scan(note)),
                           Token("close", "}", start)])
            return i
        tokens.append(Token("rel", noted_relation(command, note, base, inner), start))
        return i
    if command in NOTED_ARROWS:  # \xrightarrow{t \to \infty}: the arrow, its note dropped
        token, i = noted_arrow(text, command, start, i)
        tokens.append(token)
        return i
    found = vocabulary.row(command) or vocabulary.row(command.rstrip("*"))  # \\operatorname*
    if found is None and command[1:] in SET_OPERATIONS:  # no reading: set_operation says so
        tokens.append(Token("cmd", command[1:], start))
        return i
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
        _, i = argument(text, i)
    elif kind is Kind.FONT:
        j = skip_ws(text, i)
        ones = _BOLD_ONE.match(text, j) if row.name in _BOLD else None
        if ones is not None:
            tokens.append(Token("const", "ones", start))  # 𝟏: the vector of ones
            return ones.end()
        named = named_indicator(text, j) if row.name in {"mathbb", "mathbbm"} else None
        if named is not None:
            tokens.append(Token("letter", "𝟙", start))  # 𝟙_j: an indicator the text names
            return named
        if text[j:j + 1] == "E" and not text[j + 1:j + 2].isalnum() and \
                row.name in {"mathbb", "mathrm"}:
            tokens.append(Token("word", "E", start))  # \mathbb E\hat\theta, \mathbb E[X]
            return j + 1
        if j < len(text) and text[j] == "{":
            inner, i = read_group(text, j)
            if inner.strip() == "d" and row.name in {"mathrm", "text", "rm"}:
                # \mathrm{d}x, \frac{\mathrm{d}y}{\mathrm{d}x}: the upright d of calculus, written
                # against what follows (as `dx` is)
                tokens.append(Token("letter", "d", i - 1))
                return i
            if inner.strip() == "E" and row.name in {"mathbb", "mathrm"}:
                tokens.append(Token("word", "E", start))  # \mathbb{E}: the expectation
                return i
            if inner.strip() == "V" and row.name == "mathbb" and \
                    re.match(r"\s*(?:\[|\(|\\left\s*[\[(]|\\[bB]igg?l?\s*[\[(])", text[i:]):
                tokens.append(Token("word", "Var", start))  # \mathbb{V}[X]: the variance
                return i
            if re.fullmatch(r"[A-Za-z]{2,}", inner.strip()):  # \mathrm{sign}, \mathrm{ReLU}
                tokens.append(Token("word", inner.strip(), start))
                return i
            inside = [Token(t.kind, t.value, t.pos + j + 1) for t in _scan(inner)]
            if has_relation(inside):  # \boxed{σ'(x) = σ(x)(1 - σ(x))}: the statement itself
                tokens.extend(inside)
                return i
            tokens.append(Token("open", "{", start))
            tokens.extend(inside)
            tokens.append(Token("close", "}", i - 1))
    elif kind is Kind.TEXT:
        inner, i = argument(text, i)
        word = inner.strip().replace("\\_", "_")
        if _EVENT.fullmatch(word) and tokens and tokens[-1].value in {"∣", "(", ","} and \
                (text[skip_ws(text, i):].startswith((")", "\\mid", "∣", ","))):
            # P(\text{yes} \mid \text{sunny, strong}): an event named in words, one name
            tokens.append(Token("word", "_".join(re.findall(r"[A-Za-z]+", word)), start))
        elif word.lower() in CONDITION_WORDS or word in _CUES or not (
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
            env, i = argument(text, i)
            tokens.append(Token("env", env.strip().rstrip("*"), start))
    else:  # a name or a condition word has no command spelling
        raise Unreadable("a known LaTeX command", f"\\{row.name}")
    return i
