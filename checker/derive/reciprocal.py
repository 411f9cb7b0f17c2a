"""A name introduced through its reciprocal: `\\frac{1}{R} = \\frac{1}{R_1} + \\frac{1}{R_2} =
\\frac{1}{3}` (resistors in parallel), `\\frac{1}{k_s} = \\frac{1}{k_1} + \\frac{1}{k_2}` (springs
in series), `\\frac{1}{f} = \\frac{1}{u} + \\frac{1}{v}` (a thin lens). Its head is one over a name
the text writes here for the first time (no definition, no value, in no earlier formula, not in
the rest of the chain), and the names of its first value have numbers here (R_1 = 4, R_2 = 12:
a worked example): the chain defines that name, R = 1/(its first value), as `R = ...` would,
and the links after the head are claims, checked as any chain's. A later `R = 3` is then a
claim about the defined R, never a new value, until the section ends (a worked example's
values end there too) or the next case introduces R the same way. A law of names the example
gives values later (`1/f = 1/u + 1/v`, then f = 10 and u = 15) is read as before.

A head that is one over a name the text already uses (`1/x = 0.5` after `x = 2`) or a name
written again on the right (`1/R = 1/R + 1`) stays what it was (a claim, an equation)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.derive.tree import Bin, Neg, Node, Num, Sym, walk

if TYPE_CHECKING:
    from checker.derive.state import State


def _of(head: Node) -> Sym | None:
    """The name a head is one over (`\\frac{1}{R}`, `R^{-1}`), or None."""
    if isinstance(head, Bin) and head.op == "/" and head.left == Num("1") and \
            isinstance(head.right, Sym):
        return head.right
    if isinstance(head, Bin) and head.op == "^" and isinstance(head.left, Sym) and \
            head.right == Neg(Num("1")):
        return head.left
    return None


def introduced(chain: list[Node], line: int, state: State) -> tuple[Sym, Node] | None:
    """(the name, its value) when the chain's head is one over a name introduced here (see the
    module's note), else None. A name an earlier chain introduced the same way is introduced
    again (the next worked case: `1/d_i = 1/10 - 1/5` after `1/d_i = 1/10 - 1/15`)."""
    if len(chain) < 2:
        return None
    name = _of(chain[0])
    if name is None:
        return None
    existing = state.definition_of(name, line)
    again = existing is not None and isinstance(existing.body, Bin) and \
        existing.body.op == "/" and existing.body.left == Num("1")
    if not again and (existing is not None or state.ctx.bound({name.name}, line) or
                      any(at < line for at in state.seen.get(name.name, ()))) or \
            any(isinstance(n, Sym) and n == name for m in chain[1:] for n in walk(m)):
        return None
    names = {n.name for n in state.reached((chain[1],), line)
             if state.ctx.lookup(n, line) is None}
    if len(state.ctx.bound(names, line)) != len(names):
        return None  # `1/f = 1/u + 1/v`, a law of names the example gives values later
    return name, Bin("/", Num("1"), chain[1])
