"""A term named by the brace under (or over) it: `\\underbrace{\\frac{\\gamma}{\\sigma} w}_{w'}`.

Derivations that collect terms label each one with the name it goes by from then on (folding
batch norm: the scale is w', the shift b'; a loss split into a data term and a penalty R). The
lexer reads the term and drops its label; here the label, when it is one plain name (no words,
no number, no relation), is a definition of that name by the term, from the formula's line on,
as `w' = \\frac{\\gamma}{\\sigma} w` written out would be. A later line that computes w' from
numbers is then checked against the term at the example's values (`w' = 2·0.5/0.25 = 4` with
γ = 2, σ = 0.5, w = 0.5 fails there: the term is 2), instead of its value being taken as given
and the first line that uses it failing in its place.
"""

from __future__ import annotations

import re

from checker.derive.errors import Unreadable
from checker.derive.group import read_group, skip_ws
from checker.derive.markdown import Formula
from checker.derive.member import is_numeric, mentions
from checker.derive.statement import single_statement
from checker.derive.tree import Node, Sym

_BRACE = re.compile(r"\\(underbrace|overbrace)\s*(?=\{)")
_WORDS = re.compile(r"\\(?:text|mathrm|operatorname|textrm|textit|mbox)\b|[A-Za-z]{3,}")


def labelled_terms(formulas: list[Formula]) -> list[tuple[int, Node, Node]]:
    """(line, name, term) for each brace whose label is a plain name: the term defines it."""
    out: list[tuple[int, Node, Node]] = []
    for f in formulas:
        for found in _labels(f.text):
            out.append((f.line, *found))
    return out


def _labels(text: str) -> list[tuple[Node, Node]]:
    out = []
    for m in _BRACE.finditer(text):
        try:
            term, i = read_group(text, m.end())
        except Unreadable:
            continue
        mark = "_" if m.group(1) == "underbrace" else "^"
        j = skip_ws(text, i)
        if text[j:j + 1] != mark:
            continue
        k = skip_ws(text, j + 1)
        if text[k:k + 1] == "{":
            try:
                label, _ = read_group(text, k)
            except Unreadable:
                continue
        else:
            label = text[k:k + 1]
        if not label.strip() or _WORDS.search(label.replace("\\prime", "'")) or \
                "=" in label:
            continue
        relation = single_statement(f"{label} = {term}")
        members = relation.members if relation is not None else ()
        if len(members) == 2 and isinstance(members[0], Sym) and \
                not is_numeric(members[1]) and not mentions(members[1], members[0]):
            out.append((members[0], members[1]))
    return out
