"""A vector named by its members with an elision: `w = (w_1, \\dots, w_d)`, `\\mathbf{z} =
(z_1, z_2, \\ldots, z_K)^\\top`, `θ = (θ_0, \\cdots, θ_n)`. The formula gives the vector's name
and its members' names, nothing to check: a definition, not a step (the elision left it
unreadable). Only a plain name on the left and, inside one pair of parentheses (transposed or
not), members of that name's own letter with one index each, at least two, beside at least one
elision; anything else (numbers, other names, `(1, \\dots, 9)`) stays as it was."""

from __future__ import annotations

from checker.derive.errors import Unreadable
from checker.derive.lexeme import Token
from checker.derive.lexer import tokenize
from checker.derive.notation import Names, Parser
from checker.derive.statement import prepare
from checker.derive.tree import Sym

_TRANSPOSED = (("op", "^"), ("op", "T")), (("op", "^"), ("open", "{"), ("letter", "T"),
                                             ("close", "}")), (("op", "^"), ("cmd", "top"))


def listed_members(source: str, known: Names) -> Sym | None:
    """The vector `source` names by its members with an elision (`w` of `w = (w_1, \\dots,
    w_d)`), or None when it is no such formula."""
    try:
        tokens = tokenize(prepare(source))
    except Unreadable:
        return None
    relations = [k for k, t in enumerate(tokens) if t.kind == "rel"]
    if len(relations) != 1 or tokens[relations[0]].value != "=":
        return None
    head = _read(tokens[:relations[0]], known)
    if not isinstance(head, Sym) or head.index:
        return None
    items = _items(_untransposed(tokens[relations[0] + 1:]))
    if items is None:
        return None
    elided = [item for item in items if len(item) == 1 and item[0].kind == "ellipsis"]
    members = [_read(item, known) for item in items if item not in elided]
    if not elided or len(members) < 2 or not all(
            isinstance(m, Sym) and len(m.index) == 1 and m.base == head.base and
            m.accents == head.accents and m.sup == head.sup for m in members):
        return None
    return head


def _untransposed(tokens: list[Token]) -> list[Token]:
    for mark in _TRANSPOSED:
        if len(tokens) > len(mark) and \
                tuple((t.kind, t.value) for t in tokens[-len(mark):]) == mark:
            return tokens[:-len(mark)]
    return tokens


def _items(tokens: list[Token]) -> list[list[Token]] | None:
    """The comma-separated items inside one pair of parentheses that spans all of `tokens`."""
    if len(tokens) < 2 or (tokens[0].kind, tokens[0].value) != ("open", "(") or \
            (tokens[-1].kind, tokens[-1].value) != ("close", ")"):
        return None
    items: list[list[Token]] = [[]]
    depth = 0
    for t in tokens[1:-1]:
        depth += (t.kind == "open") - (t.kind == "close")
        if depth < 0:
            return None  # `(a)(b)`: the first pair closes early
        if depth == 0 and (t.kind, t.value) == ("op", ","):
            items.append([])
        else:
            items[-1].append(t)
    return items if all(items) else None


def _read(tokens: list[Token], known: Names):
    try:
        p = Parser(tokens, known)
        node = p.expr()
        return node if p.done() else None
    except (Unreadable, RecursionError):
        return None
