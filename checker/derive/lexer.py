"""LaTeX math as people write it in ML notes → a flat list of tokens.

The lexer already undoes the notational noise that trips off-the-shelf parsers: sizing
commands (`\\left`, `\\bigl`), spacing (`\\,`, `~`), font wrappers (`\\mathbf`), and it
decides which letter runs are words (`log`, `sigmoid`, `err`) and which are products of
single-letter symbols (`wx`, `2ywx`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.derive import vocabulary
from checker.derive.errors import Unreadable
from checker.derive.vocabulary import Kind, Row

# Letter runs read as one word, not as a product of letters (`log`, `err`, and the stray
# `hat` of a `\hat` that lost its backslash, which the parser refuses)
WORDS = vocabulary.FUNCTION_WORDS | vocabulary.NAME_WORDS | vocabulary.STRAY_WORDS
CONDITION_WORDS = vocabulary.CONDITION_WORDS


@dataclass(frozen=True)
class Token:
    kind: str  # num letter word greek const cmd env op rel sep text accent open close ellipsis
    value: str
    pos: int


_TOKEN = re.compile(
    r"(?P<num>\d+(?:\.\d+)?|\.\d+)"
    r"|(?P<cmd>\\(?:[A-Za-z]+|.))"
    r"|(?P<word>[A-Za-z]+)"
    r"|(?P<ws>\s+)"
    r"|(?P<op>=>|:=|[-+*/^_'!=<>(),|&{}\[\]~.;:])"
    r"|(?P<other>.)",
    re.S,
)
_TIMES_X = re.compile(r"(?<=\d)\s*x\s*(?=\d)")


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


def tokenize(text: str) -> list[Token]:
    """Split a formula into tokens; raise Unreadable with the offending construct."""
    text = _TIMES_X.sub(r" \\times ", text)  # `1x1 + 1x0`: x between digits means times
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
        elif kind == "word":
            if value in WORDS or len(value) >= 4:
                tokens.append(Token("word", value, m.start()))
            else:
                tokens.extend(Token("letter", ch, m.start() + k) for k, ch in enumerate(value))
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
            if found is None:
                raise Unreadable("a LaTeX math token", f"the character {value!r}")
            i = _emit(found, text, m.start(), i, tokens)
    return tokens


def _command(text: str, command: str, start: int, i: int, tokens: list[Token]) -> int:
    """Append the token(s) for a `\\command` and return where reading continues."""
    if command in {"\\{", "\\}"}:
        tokens.append(Token("open" if command == "\\{" else "close", command, start))
        return i
    if command == "\\\\":
        tokens.append(Token("sep", "\\", start))
        return i
    found = vocabulary.row(command)
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
    elif kind is Kind.GREEK:
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
        if j < len(text) and text[j] == "{":
            inner, i = _read_group(text, j)
            if re.fullmatch(r"[A-Za-z]{2,}", inner.strip()):  # \mathrm{sign}, \mathrm{ReLU}
                tokens.append(Token("word", inner.strip(), start))
                return i
            tokens.append(Token("open", "{", j))
            tokens.extend(Token(t.kind, t.value, t.pos + j + 1) for t in tokenize(inner))
            tokens.append(Token("close", "}", i - 1))
    elif kind is Kind.TEXT:
        inner, i = _read_group(text, _skip_ws(text, i))
        word = inner.strip()
        if word.lower() in CONDITION_WORDS or not re.fullmatch(r"[A-Za-z]+", word):
            tokens.append(Token("text", word, start))  # \text{if }, or prose / code
        else:
            tokens.append(Token("word", word, start))  # \text{MSE}, \operatorname{sigmoid}
    elif kind is Kind.ACCENT:
        tokens.append(Token("accent", str(row.meaning), start))
    elif kind is Kind.LAYOUT:
        tokens.append(Token("cmd", row.name, start))
        if row.name in {"begin", "end"}:
            env, i = _read_group(text, _skip_ws(text, i))
            tokens.append(Token("env", env.strip().rstrip("*"), start))
    else:  # a name or a condition word has no command spelling
        raise Unreadable("a known LaTeX command", f"\\{row.name}")
    return i


def _skip_ws(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i
