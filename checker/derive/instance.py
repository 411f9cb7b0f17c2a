"""A general formula written at a number: `E[T] = nH_n`, then under "n = 10 일 때"
`E[T] = 10H_{10}`; `R = H_n` (H_n a sum over k ≤ n), then "for ten draws" `R = H_{10}`.

The right side writes a number where the general formula has a name the step leaves free
(n, no value in force on the line, or an index letter its values leave free): as a factor
(10) and as a member's index (H_{10}, the member of the family H_n at n = 10, never the
product of H and 10), of a family the text writes indexed by n (H_n in a definition or a
statistic: A_1, a layer's label beside a batch size m, is no case of m). Read with n free, the
sides differ (E[T] is n H_n for every n); read at the number written, they agree. The text
gives the case in words or in a heading, which the checker does not bind: the step is the
general formula at that case (`instances`, a reading the text decides). A right side that is
the general formula at no single number (`11 H_{10}`, `10 H_{11}`) still differs.
"""

from __future__ import annotations

import re

import sympy as sp

from checker.derive.guess import Guess
from checker.derive.regex import Regex
from checker.derive.state import State
from checker.derive.tree import Node, Sym, walk

_INTEGER = Regex(r"\d+")


def instances(state: State, line: int, sides: tuple[Node, Node],
              free: frozenset[str]) -> list[Guess]:
    """The reading of the step at a number its right side writes for a name its left side's
    meaning leaves free (see the module): one Guess, stated with that name bound, or none."""
    left, right = sides
    written = {n.name for n in walk(right) if isinstance(n, Sym)} | \
        {i for n in walk(right) if isinstance(n, Sym) for i in n.index}
    names = sorted(n for n in free if _plain(n) and n not in written and
                   not state.ctx.bound({n}, line, stale=False))
    number = _indexed(right)
    if len(names) != 1 or number is None or not _family(state, names[0], right):
        return []
    name = names[0]
    again = state.ctx.rebound({name: sp.Integer(number)}, line)
    return [Guess(f"{name} left free, though the right side writes the formula at "
                  f"{name} = {number} (its members indexed {number})",
                  f"give the case as `${name} = {number}$`", readings=((left, right, again),),
                  stated=(left, right, again),
                  why=f"the formula at {name} = {number}, where the right side indexes its "
                      f"members")]


def _family(state: State, name: str, right: Node) -> bool:
    """A member the right side indexes at a number (H_{10}) is of a family the text writes
    indexed by `name` (H_n) in a definition or a statistic it states: the number is a case of
    that name, not a label (A_1, the first layer, beside a batch size m)."""
    bases = {n.base for n in walk(right) if isinstance(n, Sym) and len(n.index) == 1 and
             _INTEGER.fullmatch(n.index[0])}
    bodies = [d.body for d in state.ctx.definitions.values()] + \
        [v for values in state.ctx.statistics.values() for _, v in values]
    return any(isinstance(n, Sym) and n.base in bases and n.index == (name,)
               for body in bodies for n in walk(body))


def _plain(name: str) -> bool:
    """A letter name without index or accent (n, k, N): what a case gives a number."""
    return bool(re.fullmatch(r"[A-Za-z]", name))


def _indexed(node: Node) -> str | None:
    """The number the side's members are indexed at (H_{10}), when they all share one."""
    found = {i for n in walk(node) if isinstance(n, Sym) for i in n.index if _INTEGER.fullmatch(i)}
    return next(iter(found)) if len(found) == 1 else None
