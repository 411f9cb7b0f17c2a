"""Members written with a superscript label: `x^{(i)}` (sample i), `θ^{(t)}` (step t), `a^{(l)}`
(layer l). This checker reads each such name as a name of its own, never as the member of a
family at an index: `θ^{(t)}` is not tied to the update `θ^{(t+1)} = θ^{(t)} - ηg^{(t)}` nor
to `θ^{(0)} = 0`, and `Σ_i (h^{(i)} - y^{(i)})²` repeats one term m times (which is harmless
while every side sums so). A step that fails while it writes such a member at a letter beside
a member at a number (`θ^{(0)}`) or the letter as a value (`(1 - 2η)^t`), or outside a sum
over that letter that it reaches (`∂J/∂h^{(i)}` of `J = Σ_i (h^{(i)} - y^{(i)})²/m`),
relates what the checker cannot relate: undecided, with the subscript form that would be
checked (`θ_t`, as `θ_{t+1} = θ_t - ...` is)."""

from __future__ import annotations


from checker.derive.attempt import Attempt
from checker.derive.regex import Regex
from checker.derive.tree import Sum, Sym, walk

_LETTER = Regex(r"\(([a-z])(?:[+-]\d)?\)")  # (i), (t), (t+1), (l-1)
_NUMBERED = Regex(r"\(\d+\)")  # (0), (12): a member at a number


def unrelated_members(attempt: Attempt) -> tuple[str, str] | None:
    """A failing step writing a member `x^{(i)}` (a letter label) beside a member of its family
    at a number (`θ^{(0)}`) or beside the letter itself as a value (`(1 - 2η)^t`), or outside
    a sum over i that it (or a definition it reaches) takes over such members: undecided.
    (Members one step apart, `x^{(k+1)} - 3 = (1 - η)(x^{(k)} - 3)`, read as names, are
    checked.)"""
    sides = (attempt.left, attempt.right)
    bodies = [d.body for s in attempt.state.reached(sides, attempt.line)
              if (d := attempt.ctx.lookup(s, attempt.line)) is not None]
    mixed = set().union(*(_free(side) for side in sides)) & \
        set().union(*(_summed(n) for n in (*sides, *bodies)))
    if mixed:
        letter = min(mixed)
        return "undecided", (
            f"could not decide: the step writes a member `x^{{({letter})}}` on its own and "
            f"a sum over {letter} of such members: a superscript label is not read as an index "
            f"here (each term of the sum is the same name); write the index as a subscript "
            f"(`x_{letter}`) to have it checked")
    nodes = [n for side in sides for n in walk(side) if isinstance(n, Sym)]
    plain = {n.base for n in nodes if not (n.index or n.sup or n.accents)}
    for member in (n for n in nodes if _LETTER.fullmatch(n.sup)):
        letter = _LETTER.fullmatch(member.sup).group(1)
        others = {s.sup for s in nodes if s.base == member.base and s.accents == member.accents
                  and _NUMBERED.fullmatch(s.sup)}
        if others or letter in plain:  # θ^{(0)} beside θ^{(t)}; (1 - 2η)^t beside θ^{(t)}
            shown = attempt.ctx.shown(member.name)
            return "undecided", (
                f"could not decide: {shown} is read as a name of its own, not as the member "
                f"at {letter} of the family it belongs to (the step writes "
                f"{', '.join(sorted(others)[:3]) or letter} too): a member written with a "
                "superscript label is not tied to the family's definition, update or values; "
                "write the index as a subscript (`x_i`, `θ_t`) to have it checked")
    return None


def _summed(node) -> set[str]:
    """The letters of the sums in node whose terms write members labelled by that letter."""
    return {s.index for s in walk(node) if isinstance(s, Sum) and s.index and
            any(isinstance(n, Sym) and n.sup == f"({s.index})" for n in walk(s.body))}


def _free(node, bound: frozenset[str] = frozenset()) -> set[str]:
    """The letters that label members `x^{(i)}` written outside every sum over that letter."""
    if isinstance(node, Sym):
        found = _LETTER.fullmatch(node.sup)
        return {found.group(1)} - bound if found and node.sup == f"({found.group(1)})" else set()
    if isinstance(node, Sum):
        inner = bound | {node.index} if node.index else bound
        return _free(node.body, inner) | set().union(
            *(_free(b, bound) for b in (node.lo, node.hi) if b is not None))
    out: set[str] = set()
    for child in _children(node):
        out |= _free(child, bound)
    return out


def _children(node):
    """The nodes right below node (walk's first level)."""
    it = walk(node)
    next(it, None)
    seen = []
    for n in it:
        if not any(n is s or _inside(n, s) for s in seen):
            seen.append(n)
    return seen


def _inside(n, parent) -> bool:
    return any(n is m for m in walk(parent))
