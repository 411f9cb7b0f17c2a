"""What the parser learns from one definition the text makes: the vocabulary function names
its body squares as bare names (`s = \\log\\sigma^2`: σ is a standard deviation there, a
quantity, not the sigmoid) and the surface it gives (`z = x^2 + 2y^2`: partial.surface).

`Context.known` asks for both on every formula it reads, of every definition in force. Each is
a pure function of one (frozen) definition, so it is read once per definition and kept in a
table the Context owns, by the definition's identity; the table holds the definition itself,
so an identity is never taken by another object while its row lasts, and a definition that is
replaced (a new meaning, a new scope) is a new object, read anew.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from checker.derive import vocabulary
from checker.derive.partial import Surface, surface
from checker.derive.tree import Bin, Node, Num, Sym, walk

if TYPE_CHECKING:
    from checker.derive.definition import Definition


@dataclass(frozen=True)
class Lexeme:
    """One definition's contribution to what the parser knows."""

    definition: Definition  # (kept: its identity is the table's key)
    squared: frozenset[str]  # vocabulary function names its body squares as bare names
    surface: Surface | None


def squared(body: Node) -> frozenset[str]:
    """The vocabulary function names `body` squares as bare names (σ in `\\sigma^2`)."""
    return frozenset(n.left.name for n in walk(body)
                     if isinstance(n, Bin) and n.op == "^" and isinstance(n.left, Sym) and
                     not n.left.index and n.left.name in vocabulary.FUNCTIONS and
                     isinstance(n.right, Num) and n.right.text == "2")


def lexeme(table: dict[int, Lexeme], d: Definition) -> Lexeme:
    """d's Lexeme, read once and kept in `table`."""
    found = table.get(id(d))
    if found is None or found.definition is not d:
        found = table[id(d)] = Lexeme(d, squared(d.body), surface(d))
    return found
