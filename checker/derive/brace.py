"""A part of a formula named under a brace: `\\underbrace{\\frac{γ}{\\sqrt{σ^2 + ε}}\\, w}_{w'}`,
`\\overbrace{z - \\max_j z_j}^{s}`, `\\underbrace{\\lambda w}_{=: g_{reg}}`.

Notes collect the terms of a formula and name them under a brace; later steps compute the name
(`w' = 2 \\cdot 0.5 / 0.5 = 2`) and use it. The lexer reads the braced part as a bracketed term
and drops the label; this module reads the label as the definition of a name, label := the part,
from the formula's line on, when:

- the label is one name (a letter, a Greek letter, with accents, a prime or a subscript), or one
  written after `=:` or `:=`; a label in words (`\\text{bias}`), a number (`_{0.1}`), a shape
  (`_{d \\times k}`) or an expression (`_{σ'(z)}`) names nothing, and is left as it was;
- the part is more than one name or number (`\\underbrace{x}_{n}` gives a size, not a value), has
  no elision (`\\underbrace{1 + \\cdots + 1}_{n}` counts terms) and does not use the label itself.

The caller defines the name only where the text has not defined or valued it already.
"""

from __future__ import annotations

import re

from checker.derive.errors import Unreadable
from checker.derive.group import argument, skip_ws
from checker.derive.notation import Names, parse_expression
from checker.derive.regex import Regex
from checker.derive.tree import Node, Num, Sym, walk

_BRACE = Regex(r"\\(underbrace|overbrace)(?![A-Za-z])")
_WORDS = Regex(r"\\(?:text\w*|mathrm|operatorname|mbox|textrm|mathbf\{[A-Za-z]{2,})")
_ELISION = Regex(r"\\[cl]?dots|\\cdots|\\ldots|\\vdots|\.\.\.|…")
_DEFINING = Regex(r"^\s*(?:=:|:=|\\coloneqq|\\eqqcolon)\s*")


def _label(text: str, i: int, mark: str) -> tuple[str, int] | None:
    """The label after a brace's group (`_{w'}` under, `^{s}` over) and where it ends."""
    j = skip_ws(text, i)
    if text[j:j + 1] != mark:
        return None
    k = skip_ws(text, j + 1)
    if text[k:k + 1] == "{":
        return argument(text, k)
    found = re.match(r"\\[A-Za-z]+|[A-Za-z0-9]", text[k:])
    return (found.group(0), k + found.end()) if found else None


def _name(label: str, known: Names) -> Sym | None:
    """The one name a label gives, or None (words, numbers, shapes, expressions)."""
    label = _DEFINING.sub("", label)
    if _WORDS.search(label):
        return None
    try:
        node = parse_expression(label, known)
    except Unreadable:
        return None
    if not isinstance(node, Sym) or (len(node.base) > 1 and label.lstrip()[:1] != "\\"):
        return None  # `bias` typed as letters is a word, not a name
    return node


def named_parts(text: str, known: Names) -> list[tuple[Sym, Node]]:
    """Each (name, part) a formula names under a brace, in the order written."""
    found: list[tuple[Sym, Node]] = []
    for match in _BRACE.finditer(text):
        try:
            body, end = argument(text, match.end())
        except Unreadable:
            continue
        label = _label(text, end, "_" if match.group(1) == "underbrace" else "^")
        if label is None or _ELISION.search(body):
            continue
        name = _name(label[0], known)
        if name is None:
            continue
        try:
            part = parse_expression(body, known)
        except Unreadable:
            continue
        if isinstance(part, (Sym, Num)) or any(isinstance(n, Sym) and n.name == name.name
                                               for n in walk(part)):
            continue
        found.append((name, part))
    return found
