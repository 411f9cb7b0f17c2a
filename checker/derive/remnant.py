"""What can still be read of a statement that cannot be read as a whole: its head (the name a
redefinition gives, `v_t` of an unreadable Nesterov update) and a chain of numbers after its
first relation (`\\nabla_z = \\tfrac12(0.5, -0.7) \\approx (0.25, -0.35)`: what numbers equal
does not depend on what the unread head means)."""

from __future__ import annotations

from checker.derive.errors import Unreadable
from checker.derive.lexeme import Token
from checker.derive.notation import Names, Parser
from checker.derive.tree import Deriv, Node, Relation, Sym, walk


def _first_relation(chunk: list[Token]) -> int | None:
    """The position of the chunk's first relation outside brackets; None without one."""
    depth = 0
    for k, token in enumerate(chunk):
        depth += (token.kind == "open") - (token.kind == "close")
        if token.kind == "rel" and depth == 0:
            return k
    return None


def head(chunk: list[Token], known: Names) -> Node | None:
    """What stands before the first relation of a statement that cannot be read as a whole
    (`v_t` of `v_t = μv_{t-1} - η∇f(θ + μv)`), read exactly; None when that part cannot be."""
    k = _first_relation(chunk)
    if not k:
        return None
    try:
        p = Parser(chunk[:k], known)
        head = p.expr()
        return head if p.done() else None
    except (Unreadable, RecursionError):
        return None


def numeric_tail(chunk: list[Token], known: Names) -> Relation | None:
    """After a head that cannot be read (`\\nabla_z = \\tfrac12(0.5065, -0.6928)
    \\approx (0.2532, -0.3464)`), the chain of numbers that follows its first relation, when
    all of it reads and every member is a number: what numbers equal does not depend on what
    the unread head means. None otherwise."""
    k = _first_relation(chunk)
    if k is None:
        return None
    try:
        p = Parser(chunk[k + 1:], known)
        rel = p.relation()
        if not p.done():
            return None
    except (Unreadable, RecursionError):
        return None
    numeric = all(not isinstance(n, (Sym, Deriv)) for m in rel.members for n in walk(m))
    return rel if len(rel.members) >= 2 and numeric else None
