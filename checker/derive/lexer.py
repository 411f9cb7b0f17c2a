"""LaTeX math as people write it in ML notes → a flat list of tokens.

The lexer already undoes the notational noise that trips off-the-shelf parsers: sizing
commands (`\\left`, `\\bigl`), spacing (`\\,`, `~`), font wrappers (`\\mathbf`), and it
decides which letter runs are words (`log`, `sigmoid`, `err`) and which are products of
single-letter symbols (`wx`, `2ywx`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.derive.errors import Unreadable

# Letter runs that are one word, not a product of letters.
FUNCTION_WORDS = {
    "log", "ln", "exp", "sin", "cos", "tan", "tanh", "sinh", "cosh", "sigmoid", "sign", "sgn",
    "max", "min", "logit", "softmax", "relu", "ReLU", "sqrt", "abs",
}
WORDS = FUNCTION_WORDS | {"hat", "tag", "err", "cost", "Cost", "loss", "Loss", "grad", "stride", "OR", "SE", "MSE"}
GREEK = {
    "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "iota",
    "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "varphi",
    "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Phi", "Psi",
    "Omega",
}
IGNORED = {
    "left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl",
    "biggr", "displaystyle", "limits", "nolimits", "nonumber", "notag", "textstyle", ",", ";",
    ":", "!", " ", "middle",
}
FONTS = {"mathbf", "boldsymbol", "bm", "mathit", "mathrm", "mathsf", "mathbb", "mathcal", "pmb"}
TEXTS = {"text", "textbf", "textit", "textrm", "mbox", "operatorname", "texttt"}
ACCENTS = {"hat": "hat", "widehat": "hat", "bar": "bar", "overline": "bar", "tilde": "tilde",
           "widetilde": "tilde", "vec": "vec", "dot": "dot"}
RELATIONS = {
    "=": "=", "approx": "≈", "simeq": "≈", "ne": "≠", "neq": "≠", "le": "≤", "leq": "≤",
    "ge": "≥", "geq": "≥", "<": "<", ">": ">", "Rightarrow": "⇒", "Longrightarrow": "⇒",
    "implies": "⇒", "rightarrow": "→", "to": "→", "longrightarrow": "→", "leftarrow": "←",
    "gets": "←", "Leftarrow": "⇐", "iff": "⇔", "Leftrightarrow": "⇔", "Longleftrightarrow": "⇔",
    "in": "∈", "equiv": "≡", "coloneqq": ":=",
}
OPERATORS = {"cdot": "*", "times": "*", "ast": "*", "odot": "⊙", "circ": "⊙", "div": "/",
             "pm": "±", "top": "T", "intercal": "T", "partial": "∂", "nabla": "∇"}
ELLIPSES = {"dots", "cdots", "ldots", "vdots", "ddots"}
SEPARATORS = {"quad", "qquad", "\\"}
CONDITION_WORDS = {"if", "for", "when", "where", "otherwise", "s.t.", "such", "and"}


@dataclass(frozen=True)
class Token:
    kind: str  # num, letter, word, greek, cmd, op, rel, sep, text, open, close, ellipsis
    value: str
    pos: int


_TOKEN = re.compile(
    r"(?P<num>\d+(?:\.\d+)?|\.\d+)"
    r"|(?P<cmd>\\(?:[A-Za-z]+|.))"
    r"|(?P<word>[A-Za-z]+)"
    r"|(?P<ws>\s+)"
    r"|(?P<op>:=|[-+*/^_'!=<>(),|&{}\[\]~.;:])"
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
            if value == "~":
                continue
            if value == "=" and text.startswith(">", i):  # => written with ASCII
                i += 1
                tokens.append(Token("rel", "⇒", m.start()))
            elif value in {"=", "<", ">", ":="}:
                tokens.append(Token("rel", "=" if value == ":=" else RELATIONS[value],
                                    m.start()))  # z := wx + b defines z like z = wx + b
            elif value in "({[":
                tokens.append(Token("open", value, m.start()))
            elif value in ")}]":
                tokens.append(Token("close", value, m.start()))
            else:
                tokens.append(Token("op", value, m.start()))
        elif kind == "cmd":
            i = _command(text, value[1:], m.start(), i, tokens)
        else:
            raise Unreadable("a LaTeX math token", f"the character {value!r}")
    return tokens


def _command(text: str, name: str, start: int, i: int, tokens: list[Token]) -> int:
    """Append the token(s) for `\\name` and return where reading continues."""
    if name in IGNORED:
        return i
    if name in {"{", "}"}:
        tokens.append(Token("open" if name == "{" else "close", "\\" + name, start))
    elif name == "|":
        tokens.append(Token("op", "‖", start))
    elif name in SEPARATORS:
        tokens.append(Token("sep", name, start))
    elif name in RELATIONS:
        tokens.append(Token("rel", RELATIONS[name], start))
    elif name in OPERATORS:
        tokens.append(Token("op", OPERATORS[name], start))
    elif name in ELLIPSES:
        tokens.append(Token("ellipsis", name, start))
    elif name in GREEK:
        tokens.append(Token("greek", name, start))
    elif name in FUNCTION_WORDS or name in {"exp", "ln", "log"}:
        tokens.append(Token("word", name, start))
    elif name in {"infty", "emptyset", "varnothing", "int", "iint", "oint", "forall", "exists"}:
        tokens.append(Token("cmd", name, start))
    elif name in {"tag", "label"}:
        _, i = _read_group(text, _skip_ws(text, i))
    elif name in FONTS:
        j = _skip_ws(text, i)
        if j < len(text) and text[j] == "{":
            inner, i = _read_group(text, j)
            if re.fullmatch(r"[A-Za-z]{2,}", inner.strip()):  # \mathrm{sign}, \mathrm{ReLU}
                tokens.append(Token("word", inner.strip(), start))
                return i
            tokens.append(Token("open", "{", j))
            tokens.extend(Token(t.kind, t.value, t.pos + j + 1) for t in tokenize(inner))
            tokens.append(Token("close", "}", i - 1))
    elif name in TEXTS:
        inner, i = _read_group(text, _skip_ws(text, i))
        word = inner.strip()
        if word.lower() in CONDITION_WORDS or not re.fullmatch(r"[A-Za-z]+", word):
            tokens.append(Token("text", word, start))  # \text{if }, or prose / code
        else:
            tokens.append(Token("word", word, start))  # \text{MSE}, \operatorname{sigmoid}
    elif name in ACCENTS:
        tokens.append(Token("accent", ACCENTS[name], start))
    elif name in {"frac", "dfrac", "tfrac", "sqrt", "sum", "prod", "begin", "end"}:
        tokens.append(Token("cmd", {"dfrac": "frac", "tfrac": "frac"}.get(name, name), start))
        if name in {"begin", "end"}:
            env, i = _read_group(text, _skip_ws(text, i))
            tokens.append(Token("env", env.strip().rstrip("*"), start))
    else:
        raise Unreadable("a known LaTeX command", f"\\{name}")
    return i


def _skip_ws(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i
