"""Markdown → the math in it, each formula with its exact 1-based line number and the prose
around it.

A real Markdown parser (markdown-it-py with the dollar-math plugin) decides what is math,
so code blocks, inline code and escaped dollars are never read as formulas. Math as Jupyter,
Colab and MathJax blogs also write it is read too: `\\[ ... \\]`, `\\( ... \\)`, LaTeX
environments outside dollars (`\\begin{align} ... \\end{align}`), and GitHub's and GitLab's
math: ```` ```math ```` fences and inline `$\\`...\\`$`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from markdown_it import MarkdownIt
from mdit_py_plugins.dollarmath import dollarmath_plugin

from checker.derive.glyph import grouped
from checker.derive.regex import Regex

DIRECTIVE = Regex(r"<!--\s*grader:(.*?)-->", re.S)
ENVIRONMENTS = ("align", "align*", "aligned", "equation", "equation*", "gather", "gather*",
                "multline", "multline*", "eqnarray", "eqnarray*", "split")
_BEGIN = Regex(r"^(\s*)\\begin\{(" + "|".join(re.escape(e) for e in ENVIRONMENTS) + r")\}")
_DISPLAY = Regex(r"(?<!\\)\\\[(.*?)(?<!\\)\\\]", re.S)
_INLINE = Regex(r"(?<!\\)\\\((.*?)(?<!\\)\\\)", re.S)
_FENCE = Regex(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class Formula:
    line: int  # 1-based line of the formula's first line in the file
    text: str  # the LaTeX between the dollars
    display: bool  # $$...$$ (True) or $...$ (False)
    block: int  # the Markdown block (paragraph, list item...) it stands in
    before: str = ""  # the prose just before it (its paragraph's text; for a display
    after: str = ""  # formula, the paragraphs right above and below), formulas shown as $
    lead: str = ""  # the prose on its own line before it (`**He:** `), formulas shown as $
    moved: bool = False  # its last unit word was written inside it and moved after it (unit.outside)
    quoted: bool = False  # it stands in a Markdown block quote (`> I think $...$`)
    reply: str = ""  # the paragraph after its own (an inline formula's; a display's is `after`)


@dataclass(frozen=True)
class Directive:
    line: int
    text: str  # what follows `grader:` in an HTML comment
    read: bool = False  # read from the prose (declared.py), not written by the writer


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    """The one Markdown parser (parsing keeps no state in it: it is built once)."""
    return MarkdownIt("commonmark").use(
        dollarmath_plugin, allow_space=True, allow_digits=True, double_inline=True
    )


@lru_cache(maxsize=4)
def _tokens(text: str) -> tuple:
    """The Markdown tokens of a text, parsed once: a document is read for its formulas
    (read_math) and twice for its prose definitions (read_plain), all on the same text with
    dollars. Callers only read the tokens."""
    return tuple(_parser().parse(text))


def as_dollars(source: str) -> str:
    """Math written without dollars, rewritten with them on the same lines (line numbers
    stay exact): `\\[ \\]` → `$$ $$`, `\\( \\)` → `$ $`, an environment that starts a line
    outside `$$` → wrapped in `$$`. Code fences are left alone."""
    lines = source.split("\n")
    out: list[str] = []
    fenced = False
    env: str | None = None
    in_dollars = False
    for line in lines:
        if _FENCE.match(line):
            fenced = not fenced
        if fenced:
            out.append(line)
            continue
        if env is None and not in_dollars:
            m = _BEGIN.match(line)
            if m:
                env = m.group(2)
                line = m.group(1) + "$$" + line[len(m.group(1)):]
        if env is not None and f"\\end{{{env}}}" in line:
            end = line.index(f"\\end{{{env}}}") + len(f"\\end{{{env}}}")
            line = line[:end] + "$$" + line[end:]
            env = None
        elif env is None and line.count("$$") % 2:
            in_dollars = not in_dollars
        out.append(line)
    text = "\n".join(out)
    text = _DISPLAY.sub(lambda m: "$$" + m.group(1) + "$$", text)
    return _INLINE.sub(lambda m: "$" + m.group(1) + "$", text)


def read_math(source: str) -> tuple[list[Formula], list[Directive]]:
    """Every formula and every `<!-- grader: ... -->` directive, in document order."""
    formulas: list[Formula] = []
    directives: list[Directive] = []
    source = as_dollars(source)
    lines = source.splitlines()
    tokens = _tokens(source)
    paragraphs = {t.map[0]: t for t in tokens if t.type == "inline" and t.map is not None}
    ends = {t.map[1]: t for t in paragraphs.values() if t.map is not None}
    inlines = [k for k, t in enumerate(tokens) if t.type == "inline" and t.map is not None]
    depth = 0  # how many block quotes the token stands in
    for block, token in enumerate(tokens):
        depth += (token.type == "blockquote_open") - (token.type == "blockquote_close")
        if token.map is None:
            continue
        first = token.map[0]
        if token.type == "math_block" or (token.type == "fence" and
                                          token.info.strip().lower() == "math"):
            # the content starts on the line after an opener (`$$`, ```math) alone on its line
            opener = lines[first].strip() if first < len(lines) else ""
            offset = 1 if opener == "$$" or token.type == "fence" else 0
            # the paragraphs right above and below, also across one blank line
            above = ends.get(first) or ends.get(first - 1)
            below = paragraphs.get(token.map[1]) or paragraphs.get(token.map[1] + 1)
            formulas.append(Formula(first + 1 + offset, token.content.strip(), True, block,
                                    _prose(above), _prose(below), quoted=depth > 0))
        elif token.type in {"html_block"}:
            for m in DIRECTIVE.finditer(token.content):
                line = first + 1 + token.content[:m.start()].count("\n")
                directives.append(Directive(line, m.group(1).strip()))
        elif token.type == "inline":
            start = len(formulas)
            _inline(token, first + 1, block, formulas, directives)
            after = bisect_right(inlines, block)
            reply = _prose(tokens[inlines[after]]) if after < len(inlines) else ""
            formulas[start:] = [replace(f, quoted=depth > 0, reply=reply)
                                for f in formulas[start:]]
    return formulas, directives


def _inline(token, line: int, block: int, formulas: list[Formula],
            directives: list[Directive]) -> None:
    children = token.children or []
    found: list[tuple[int, int, str, bool]] = []  # (child index, line, content, display)
    for k, child in enumerate(children):
        if child.type in {"softbreak", "hardbreak"}:
            line += 1
        elif child.type in {"math_inline", "math_inline_double"}:
            found.append((k, line, _unquoted(child.content.strip()),
                          child.type == "math_inline_double"))
            line += child.content.count("\n")
        elif child.type == "html_inline":
            for m in DIRECTIVE.finditer(child.content):
                directives.append(Directive(line, m.group(1).strip()))
        elif child.type in {"text", "code_inline"}:
            line += child.content.count("\n")
    for k, at, content, display in found:
        content = _named(children[k - 1] if k else None, content)
        start = max((j + 1 for j in range(k) if children[j].type in {"softbreak", "hardbreak"}),
                    default=0)
        formulas.append(Formula(at, content, display, block, _text(children[:k]),
                                _text(children[k + 1:]), _text(children[start:k])))


_NAME_BEFORE = Regex(r"(?<![\w$\\])([A-Za-z]{1,12})$")
_PRIMED = Regex(r"^('|\^\{?\\prime)")


def _named(before, content: str) -> str:
    """A function's name in prose glued to the math that primes it (`GELU$'(1) ≈ 1.08$`,
    `softplus$''(x)$`): the name belongs to the formula (`\\operatorname{GELU}'(1)`)."""
    if before is None or before.type != "text" or not _PRIMED.match(content):
        return content
    m = _NAME_BEFORE.search(before.content)
    if m is None:
        return content
    name = m.group(1)
    return (name if len(name) == 1 else f"\\operatorname{{{name}}}") + content


def _unquoted(content: str) -> str:
    """GitHub's and GitLab's inline math `$\\`x^2\\`$`: the backticks only protect the LaTeX
    from Markdown; the formula is what is between them."""
    if len(content) >= 2 and content[0] == "`" and content[-1] == "`":
        return content.strip("`").strip()
    return content


def _text(children) -> str:
    parts = []
    for child in children:
        if child.type in {"math_inline", "math_inline_double"}:
            parts.append("$")
        elif child.type in {"softbreak", "hardbreak"}:
            parts.append(" ")
        elif child.type in {"text", "code_inline"}:
            parts.append(child.content)
    return "".join(parts).strip()


def _prose(token) -> str:
    return _text(token.children or []) if token is not None else ""


def read_plain(source: str) -> list[tuple[int, str]]:
    """The lines of prose paragraphs with an `=` (`≈`, `←`) and no math or code in them (`z = w*x + b,
    a = sigmoid(z)`: learners' notes define names without dollars), with their line numbers."""
    lines = source.split("\n")
    out: list[tuple[int, str]] = []
    for t in _tokens(as_dollars(source)):
        if t.type != "inline" or t.map is None:
            continue
        for k in range(t.map[0], min(t.map[1], len(lines))):
            text = lines[k]
            if any(r in text for r in "=≈←") and "$" not in text and "`" not in text:
                out.append((k + 1, grouped(text)))  # 18,496: one number
    return out


def heading_levels(source: str) -> dict[int, int]:
    """The 1-based line of each Markdown heading → its level (`#` 1, `##` 2, ...)."""
    return {t.map[0] + 1: int(t.tag[1:]) for t in _tokens(source)
            if t.type == "heading_open" and t.map is not None}
