"""Names a chain gives on its way: `∂L/∂w = g = x(ŷ - y)`, `log(p/(1 - p)) = z = wᵀx + b`.

Writers name a value in the middle of a derivation, and state what a name is at the end of
one. Neither is a claim the text could have derived:

- a **new name in the middle** of a chain (`A = g = B`, g used nowhere before) is an alias of
  the member before it: g stands for A from here on, and the chain claims A = B;
- a **name nothing defines**, equated after the chain's head to a value that does not contain it
  (`... = z = wᵀx + b`, z used so far only as a free variable) says what the name is: read as
  its definition from here on, never compared as an identity (a free name equals no value:
  as an identity, it differs for every value, whether the writer was right or not).

Both are read only where the checker has no meaning for the name (not defined, not bound, not
fixed by an exercise's template): a name the text gave a meaning is checked as before.
"""

from __future__ import annotations

from checker.derive.member import mentions
from checker.derive.state import State
from checker.derive.tree import Deriv, Node, Sym, walk


def _meaningless(name: Node, line: int, state: State) -> bool:
    """A bare symbol the text gives no meaning at `line`: not defined, not bound to a value,
    not fixed by an exercise's template."""
    return isinstance(name, Sym) and state.definition_of(name, line) is None and \
        not state.ctx.bound({name.name}, line, True) and not state.fixed(name, line)


def _varied(chain: list[Node], name: Sym) -> bool:
    """name is a variable some member differentiates by (`∂L/∂w = ... = w`): not a name for
    a value."""
    return any(isinstance(n, Deriv) and n.var == name for m in chain for n in walk(m))


def middle_alias(chain: list[Node], i: int, line: int, state: State) -> bool:
    """`A = g = B`: chain[i] (neither the head nor the last member) is a name used nowhere
    before, nor anywhere else in the chain, nor in what the other members' definitions
    reach: it names the value of chain[i - 1]."""
    name = chain[i]
    if not 0 < i < len(chain) - 1 or not _meaningless(name, line, state) or \
            name.name in state.seen or _varied(chain, name):  # type: ignore[union-attr]
        return False
    others = tuple(m for k, m in enumerate(chain) if k != i)
    return not any(mentions(m, name) for m in others) and \
        name not in state.reached(others, line)


def without(chain: list[Node], i: int, links: list[int] | None,
            approx: list[bool] | None) -> tuple[list[Node], list[int] | None, list[bool] | None]:
    """The chain with member i left out: its two links become one (on the line of the second,
    where the value is written; `≈` if either was)."""
    out = chain[:i] + chain[i + 1:]
    if links and len(links) == len(chain) - 1:
        links = links[:i - 1] + links[i:]
    if approx and len(approx) == len(chain) - 1:
        approx = approx[:i - 1] + [approx[i - 1] or approx[i]] + approx[i + 1:]
    return out, links, approx


def names_by_value(chain: list[Node], i: int, line: int, state: State) -> bool:
    """`... = z = wᵀx + b`: chain[i], after the head, is a name the text gives no meaning,
    equated to chain[i + 1], which neither contains it nor reaches it through definitions:
    the text says what z is (its definition from here on)."""
    name, value = chain[i], chain[i + 1]
    return i > 0 and _meaningless(name, line, state) and not _varied(chain, name) and \
        not mentions(value, name) and name not in state.reached((value,), line)  # type: ignore[operator]
