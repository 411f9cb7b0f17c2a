"""A command's braced arguments, read before the lexer turns them into tokens.

`\\frac{a}{b}`, `\\text{if }`, `\\overset{def}{=}`, `\\xrightarrow{t \\to \\infty}`: what a
command takes is a `{...}` group (or a `[...]` note), read here as text; which groups carry
meaning (the relation under a note, the term under a brace) and which are dropped (the note
itself, a brace's label) is decided here too, so the lexer only says what each command reads as.
"""

from __future__ import annotations


from checker.derive import vocabulary
from checker.derive.errors import Unreadable
from checker.derive.lexeme import Token
from checker.derive.regex import Regex
from checker.derive.vocabulary import Kind

ROW_SPACING = Regex(r"\s*\[\s*-?[\d.]+\s*(?:pt|em|ex|mm|cm|in|mu|bp)\s*\]")  # \\[10pt]
# arrows written over a note (amsmath's extensible arrows) → the arrow they stretch
NOTED_ARROWS = {"\\xrightarrow": "\\rightarrow", "\\xlongrightarrow": "\\rightarrow",
                "\\xleftarrow": "\\leftarrow", "\\xRightarrow": "\\Rightarrow",
                "\\xLeftarrow": "\\Leftarrow", "\\xLeftrightarrow": "\\Leftrightarrow"}
# the notes over `=` that make it a definition (`\\overset{def}{=}`, `\\stackrel{\\triangle}{=}`)
DEFINING = {"def", "Δ", "\\Delta", "\\triangle", ":", "d", "\\text{def}", "\\mathrm{def}",
            "\\text{def.}", "\\scriptscriptstyle\\text{def}", "\\tiny\\text{def}"}


def read_group(text: str, start: int) -> tuple[str, int]:
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


def argument(text: str, i: int) -> tuple[str, int]:
    """The `{...}` group after a command, past any whitespace."""
    return read_group(text, skip_ws(text, i))


def skip_label(text: str, i: int) -> int:
    """Past the label of an `\\underbrace{...}_{label}` (or `^label`), if it has one."""
    j = skip_ws(text, i)
    if text[j:j + 1] not in {"_", "^"}:
        return i
    k = skip_ws(text, j + 1)
    return read_group(text, k)[1] if text[k:k + 1] == "{" else k + 1


def noted_relation(command: str, note: str, base: str, inner: list[Token]) -> str:
    """`\\overset{def}{=}`, `\\stackrel{\\triangle}{=}`: a definition (`:=`); `\\overset{!}{=}`
    and other notes over a relation: the relation (`inner` is the base's tokens)."""
    if len(inner) != 1 or inner[0].kind != "rel":
        raise Unreadable("a relation under the note", f"{command}{{{note}}}{{{base}}}")
    defining = note.strip().replace(" ", "") in DEFINING and inner[0].value == "="
    return ":=" if defining else inner[0].value


def noted_arrow(text: str, command: str, start: int, i: int) -> tuple[Token, int]:
    """`\\xrightarrow{t\\to\\infty}`, `\\xRightarrow[\\text{below}]{\\text{above}}`: an arrow
    stretched over a note (where a limit is taken, a reason) is the plain arrow's relation
    (`\\to`: a limit, never checked as an identity; `\\Rightarrow`: an implication)."""
    j = skip_ws(text, i)
    if text[j:j + 1] == "[":  # the note under the arrow
        end = text.find("]", j)
        if end < 0:
            raise Unreadable("a note under the arrow closed by `]`", f"{command}[ unclosed")
        j = skip_ws(text, end + 1)
    if text[j:j + 1] == "{":
        _, j = read_group(text, j)
    found = vocabulary.row(NOTED_ARROWS[command])
    assert found is not None and found.kind is Kind.RELATION
    return Token("rel", str(found.meaning), start), j


def has_relation(tokens: list[Token]) -> bool:
    """A relation outside any bracket of the group."""
    depth = 0
    for t in tokens:
        depth += (t.kind == "open") - (t.kind == "close")
        if depth == 0 and t.kind == "rel":
            return True
    return False


def skip_ws(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


_ONE = Regex(r"\{\s*1\s*\}|1(?![\d.])")
_CONDITION = Regex(r"[<>=]|\\(?:le|ge|ne|neq|leq|geq|lt|gt|in|notin)(?![A-Za-z])")


def named_indicator(text: str, j: int) -> int | None:
    """`\\mathbb{1}_j`, `\\mathbb 1_{y_i}` (at text[j], after the font): an indicator the text
    names by its index (`\\mathbb{1}_j = \\mathbb{1}[s_j - s_y + Δ > 0]`), a name of its own;
    where the one ends, or None when a condition is under it (`\\mathbb{1}_{x > 0}`, read as
    the indicator of that condition) or no index is."""
    one = _ONE.match(text, j)
    if one is None:
        return None
    k = skip_ws(text, one.end())
    if text[k:k + 1] != "_":
        return None
    k = skip_ws(text, k + 1)
    index = read_group(text, k)[0] if text[k:k + 1] == "{" else text[k:k + 1]
    if not index.strip() or _CONDITION.search(index):
        return None
    return one.end()
