"""A name a chain passes through: `odds(x) = \\frac{1/(1+e^{-z})}{e^{-z}/(1+e^{-z})} = e^{z} =
e^{w_0 + w_1 x}` where the text never defines z (σ(z) was only written in a general identity).
The name is not in the chain's head and gone from its end: the writer uses it as shorthand for
what joins the ends (here z = w_0 + w_1x, said in words or left to the reader), and every link
with it on one side only holds or fails with what it stands for. Read as a free variable,
such a link fails for almost every value, which proves nothing: undecided.

A name the text defines or gives a value, or one the chain's head or end also writes or reaches
through their definitions (ρ = (L - μ)/(L + μ) = ... defines ρ by L), is read as usual (a wrong link with it fails); so is a single step (`u + 1 = 3w`: no chain to pass
through)."""

from __future__ import annotations

from checker.derive.attempt import Attempt
from checker.derive.errors import Unreadable
from checker.derive.statement import parse_statements
from checker.derive.traversal import symbols_of
from checker.derive.tree import Node, Sym, walk


def _names(node: Node) -> set[str]:
    return {n.name for n in walk(node) if isinstance(n, Sym)}


def _members(attempt: Attempt) -> tuple[Node, ...] | None:
    """The members of the chain the step is a link of (three or more), or None."""
    try:
        segments = parse_statements(attempt.f.text, attempt.ctx.known)
    except (Unreadable, RecursionError):
        return None
    for segment in segments:
        if segment.error is not None or segment.condition:
            continue
        members = tuple(segment.relation.members)
        if len(members) < 3 or set(segment.relation.ops) != {"="}:
            continue
        if any(a == attempt.left and b == attempt.right for a, b in zip(members, members[1:])):
            return members
    return None


def passed_through(attempt: Attempt) -> tuple[str, str] | None:
    """A failing link with, on one side only, a name the chain passes through (see the
    module): undecided, naming it."""
    members = _members(attempt)
    if members is None:
        return None
    ctx, line = attempt.ctx, attempt.line
    # (a head the text defined before, as defined then: the chain's own first link gives it
    # a new meaning through the name it passes, `o(x) = e^{s}` after `o(p) = p/(1 - p)`; a
    # head new here, `w_t = (1 - η)^t w_0 = 0.5^t · 8`, reaches w_0 through this definition)
    renewed = attempt.state.definition_of(members[0], line - 1) is not None
    ends = _names(members[0]) | _names(members[-1]) | \
        {s.name for s in attempt.state.reached((members[0],), line - 1 if renewed else line)} | \
        {s.name for s in attempt.state.reached((members[-1],), line)}
    free_left = {str(s) for s in symbols_of(attempt.lv)}
    free_right = {str(s) for s in symbols_of(attempt.rv)}
    for side, other in ((attempt.left, free_right), (attempt.right, free_left)):
        for n in walk(side):
            if not isinstance(n, Sym) or n.name in ends or n.name in other or \
                    n.name not in free_left | free_right:
                continue
            if ctx.lookup(n, line) is not None or ctx.bound({n.name}, line) or \
                    ctx.shape_of(n.name) is not None:
                continue
            shown = ctx.shown(n.name)
            return "undecided", (
                f"could not decide: {shown} is not in the chain's first or last member and the "
                f"text never defines it, so it stands for what joins them; this link, with "
                f"{shown} on one side only, holds or fails with that meaning (write "
                f"{shown}'s definition as a formula, e.g. `{shown} = ...`, before the chain)")
    return None
