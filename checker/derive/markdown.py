"""Markdown → the math in it, each formula with its exact 1-based line number.

A real Markdown parser (markdown-it-py with the dollar-math plugin) decides what is math,
so code blocks, inline code and escaped dollars are never read as formulas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from mdit_py_plugins.dollarmath import dollarmath_plugin

DIRECTIVE = re.compile(r"<!--\s*grader:(.*?)-->", re.S)


@dataclass(frozen=True)
class Formula:
    line: int  # 1-based line of the formula's first line in the file
    text: str  # the LaTeX between the dollars
    display: bool  # $$...$$ (True) or $...$ (False)
    block: int  # the Markdown block (paragraph, list item...) it stands in


@dataclass(frozen=True)
class Directive:
    line: int
    text: str  # what follows `grader:` in an HTML comment


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").use(
        dollarmath_plugin, allow_space=True, allow_digits=True, double_inline=True
    )


def read_math(source: str) -> tuple[list[Formula], list[Directive]]:
    """Every formula and every `<!-- grader: ... -->` directive, in document order."""
    formulas: list[Formula] = []
    directives: list[Directive] = []
    lines = source.splitlines()
    for block, token in enumerate(_parser().parse(source)):
        if token.map is None:
            continue
        first = token.map[0]
        if token.type == "math_block":
            # the content starts on the line after an opening `$$` that stands alone
            opener = lines[first] if first < len(lines) else ""
            offset = 1 if opener.strip() == "$$" else 0
            formulas.append(Formula(first + 1 + offset, token.content.strip(), True, block))
        elif token.type in {"html_block"}:
            for m in DIRECTIVE.finditer(token.content):
                line = first + 1 + token.content[:m.start()].count("\n")
                directives.append(Directive(line, m.group(1).strip()))
        elif token.type == "inline":
            line = first + 1
            for child in token.children or []:
                if child.type in {"softbreak", "hardbreak"}:
                    line += 1
                elif child.type in {"math_inline", "math_inline_double"}:
                    formulas.append(Formula(line, child.content.strip(),
                                            child.type == "math_inline_double", block))
                    line += child.content.count("\n")
                elif child.type == "html_inline":
                    for m in DIRECTIVE.finditer(child.content):
                        directives.append(Directive(line, m.group(1).strip()))
                elif child.type in {"text", "code_inline"}:
                    line += child.content.count("\n")
    return formulas, directives


def read_headings(source: str) -> list[int]:
    """The 1-based lines of the Markdown headings: where a new section starts."""
    return [t.map[0] + 1 for t in _parser().parse(source)
            if t.type == "heading_open" and t.map is not None]
