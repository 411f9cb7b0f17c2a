"""What can still be read of a statement that cannot be read as a whole: its head (the name a
redefinition gives, `v_t` of an unreadable Nesterov update) and the chain after its last
unreadable member (`\\nabla_z = \\tfrac12(0.5, -0.7) \\approx (0.25, -0.35)`, `a = (1, \\dots) =
2 + 3 = 5`: what those members equal does not depend on what the unread one means), which a
`= ...` continuation on the next line goes on from."""

from __future__ import annotations

from checker.derive.errors import Unreadable
from checker.derive.lexeme import Token
from checker.derive.marking import units_of
from checker.derive.notation import Names, Parser
from checker.derive.tree import Node, Relation, Sym, walk


def _relations(chunk: list[Token]) -> list[int]:
    """The positions of the chunk's relations outside brackets, in order."""
    depth, out = 0, []
    for k, token in enumerate(chunk):
        depth += (token.kind == "open") - (token.kind == "close")
        if token.kind == "rel" and depth == 0:
            out.append(k)
    return out


def _first_relation(chunk: list[Token]) -> int | None:
    """The position of the chunk's first relation outside brackets; None without one."""
    return next(iter(_relations(chunk)), None)


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


def tail(chunk: list[Token], known: Names) -> Relation | None:
    r"""The chain after the last member that cannot be read: `\nabla_z = \tfrac12(0.5, -0.7)
    \approx (0.25, -0.35)`, `a = (1, \dots) = 2 + 3 = 5`, `\hat c = \arg\max_k p_k = 2 + 2 =
    4`: from the first relation after which all of the statement reads, when that leaves two
    members or more, all numbers. What numbers equal does not depend on what the unread member
    means; only its own link to them is lost. Names after it (`\nabla^2 f = 2x = 3y`) may
    mean what the unread member makes them mean: None, as otherwise."""
    for k in _relations(chunk):
        try:
            p = Parser(chunk[k + 1:], known)
            rel = p.relation()
            if not p.done():
                continue
        except (Unreadable, RecursionError):
            continue
        if any(isinstance(n, Sym) for m in rel.members if m is not None for n in walk(m)):
            return None  # names after it: their meaning may hang on the unread member
        return rel if len(rel.members) >= 2 else None
    return None


def tail_units(chunk: list[Token], marks: dict[int, str], members: int) -> tuple[str, ...]:
    r"""The unit word of each of the last `members` members of the chunk's chain (`units_of`):
    the chain read after a member that cannot be read keeps the units it is written in (`T =
    2\pi\sqrt{r^3/GM_\odot} \approx 3.156 \times 10^7\ \text{s} \approx 365.3\ \text{days}`:
    seconds and days, related by their conversion, not equal as numbers). () when it notes none."""
    cuts = [0] + [k + 1 for k in _relations(chunk)]
    if not marks or members < 1 or len(cuts) < members:
        return ()
    return units_of(chunk[cuts[-members]:], marks, members)


def chained(chunk: list[Token]) -> bool:
    """Every relation of the statement outside brackets is `=` or `≈` (the `≠` inside
    `\\mathbb 1[y_i \\ne h(x_i)]` is no relation of the statement's): its head equals its last
    member, whatever the unread members between them are."""
    found = [chunk[k].value for k in _relations(chunk)]
    return bool(found) and all(op in ("=", "≈") for op in found)


def last(chunk: list[Token], known: Names) -> Node | None:
    """The member after the last relation of a statement that cannot be read (`2 \\cdot 2` of
    `\\hat c = \\arg\\max_k p_k = 2 \\cdot 2`), read exactly: a `= ...` on the next line goes on
    from it. None when there is no relation, or that member cannot be read alone."""
    at = _relations(chunk)
    if not at:
        return None
    try:
        p = Parser(chunk[at[-1] + 1:], known)
        member = p.expr()
        return member if p.done() else None
    except (Unreadable, RecursionError):
        return None
