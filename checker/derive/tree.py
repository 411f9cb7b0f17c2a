"""The syntax tree of a formula, before any meaning (definitions, derivatives) is given to it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union


@dataclass(frozen=True)
class Num:
    text: str  # as written, so `2.20` keeps its shown precision


@dataclass(frozen=True)
class Sym:
    base: str  # `y`, `alpha`, `err`
    index: tuple[str, ...] = ()  # subscript letters/digits: y_j -> ("j",), w_{ji} -> ("j", "i")
    sup: str = ""  # a parenthesised superscript label: x^{(2)} -> "(2)"
    accents: tuple[str, ...] = ()  # outermost first: \hat{y} -> ("hat",)

    @property
    def stem(self) -> str:
        """The accented base as one key (`hat(y)`): what a family of indices shares."""
        stem = self.base
        for accent in reversed(self.accents):
            stem = f"{accent}({stem})"
        return stem

    @property
    def name(self) -> str:
        """A unique key for this symbol as written (`hat(y)_2,1^(2)`); never parsed back:
        the fields say what it is made of."""
        sub = "_" + ",".join(self.index) if self.index else ""
        return f"{self.stem}{sub}{'^' + self.sup if self.sup else ''}"


@dataclass(frozen=True)
class Bin:
    op: str  # + - * / ^ ⊙
    left: Node
    right: Node


@dataclass(frozen=True)
class Neg:
    arg: Node


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple[Node, ...]


@dataclass(frozen=True)
class Deriv:
    """∂num/∂var (num is a Sym), or the operator ∂/∂var applied to operand."""

    var: Sym
    num: Sym | None = None
    operand: Node | None = None
    order: int = 1


@dataclass(frozen=True)
class Prime:
    """f'(x) or (expr)': a derivative with respect to the argument."""

    arg: Node
    order: int = 1


@dataclass(frozen=True)
class Sum:
    body: Node
    index: str | None
    lo: Node | None
    hi: Node | None


@dataclass(frozen=True)
class Abs:
    arg: Node


@dataclass(frozen=True)
class Norm:
    arg: Node
    p: Node | None


@dataclass(frozen=True)
class Matrix:
    rows: tuple[tuple[Node, ...], ...]
    elided_rows: int = 0


@dataclass(frozen=True)
class Elision:
    """`\\cdots`, `\\vdots`, `\\ddots` standing for entries of a matrix."""

    kind: str


@dataclass(frozen=True)
class Grid:
    """A matrix written with elisions: its rows as written, elided rows included; the
    entries the elisions stand for follow the pattern of the written ones (ellipsis.py)."""

    rows: tuple[tuple[Node | Elision, ...], ...]


@dataclass(frozen=True)
class Transpose:
    arg: Node


@dataclass(frozen=True)
class Cases:
    branches: tuple[tuple[Node, Relation | None], ...]


@dataclass(frozen=True)
class Shape:
    """A tuple such as (m, n): the lecture writes matrix shapes this way."""

    dims: tuple[Node, ...]


@dataclass(frozen=True)
class Const:
    name: str  # "e", "pi", "infty"


@dataclass(frozen=True)
class Relation:
    """a = b = c, a ≈ b, a ⇒ b: members and the relation symbols between them."""

    members: tuple[Node, ...]
    ops: tuple[str, ...]


Node = Union[Num, Sym, Bin, Neg, Call, Deriv, Prime, Sum, Abs, Norm, Matrix, Grid, Transpose, Cases,
             Shape, Const]


def walk(node: object):
    """Every node below (and including) node, depth first."""
    yield node
    if isinstance(node, (Num, Sym, Const)) or node is None:
        return
    if isinstance(node, Relation):
        for m in node.members:
            yield from walk(m)
        return
    for value in vars(node).values():
        if isinstance(value, tuple):
            for item in value:
                if isinstance(item, tuple):
                    for sub in item:
                        yield from walk(sub)
                else:
                    yield from walk(item)
        elif value is not None and not isinstance(value, (str, int)):
            yield from walk(value)
