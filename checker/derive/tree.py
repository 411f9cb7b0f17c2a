"""The syntax tree of a formula, before any meaning (definitions, derivatives) is given to it."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Union

from checker.derive.vocabulary import GREEK_DISPLAY


@dataclass(frozen=True)
class Num:
    text: str  # as written, so `2.20` keeps its shown precision


class Shift(str):
    """An index written with an offset, `t-1` in m_{t-1}: its text is its key; `letter` and
    `by` say what it is (lowering computes t's value plus `by`)."""

    letter: str
    by: int

    def __new__(cls, letter: str, by: int) -> Shift:
        made = super().__new__(cls, f"{letter}{by:+d}")
        made.letter, made.by = letter, by
        return made

    def __reduce__(self):  # a str subclass with fields: pickled by its parts
        return Shift, (self.letter, self.by)


class Compound(str):
    """An index that is an expression in several letters, `i+k` in x_{i+k}, `j-k` in
    δ_{j-k}, `t-i+1`, `2i`: its text is its key; `terms` pairs each letter with its
    coefficient, `by` is the constant. A member at concrete index values is the family at
    the value of the expression (x_{i+k} at i = 1, k = 2 is x_3)."""

    terms: tuple[tuple[str, int], ...]
    by: int

    def __new__(cls, terms: tuple[tuple[str, int], ...], by: int) -> Compound:
        parts = []
        for k, (letter, coef) in enumerate(terms):
            sign = "-" if coef < 0 else ("+" if k else "")
            parts.append(f"{sign}{abs(coef) if abs(coef) != 1 else ''}{letter}")
        made = super().__new__(cls, "".join(parts) + (f"{by:+d}" if by else ""))
        made.terms, made.by = terms, by
        return made

    def __reduce__(self):  # a str subclass with fields: pickled by its parts
        return Compound, (self.terms, self.by)

    @property
    def letters(self) -> tuple[str, ...]:
        return tuple(letter for letter, _ in self.terms)

    def value(self, of) -> int:
        """The index's value, given each letter's value (`of`, a function of the letter)."""
        return sum(coef * of(letter) for letter, coef in self.terms) + self.by


@dataclass(frozen=True)
class Sym:
    base: str  # `y`, `alpha`, `err`
    index: tuple[str, ...] = ()  # subscript letters/digits: y_j -> ("j",), w_{ji} -> ("j", "i")
    sup: str = ""  # a parenthesised superscript label: x^{(2)} -> "(2)"
    accents: tuple[str, ...] = ()  # outermost first: \hat{y} -> ("hat",)

    # stem and name are read hundreds of thousands of times per document (every lookup and
    # family comparison); a Sym is frozen, so each is computed once per instance and kept in
    # its __dict__ (not a field: equality, hashing, replace() and pickling are unchanged)
    @cached_property
    def stem(self) -> str:
        """The accented base as one key (`hat(y)`): what a family of indices shares."""
        stem = self.base
        for accent in reversed(self.accents):
            stem = f"{accent}({stem})"
        return stem

    @property
    def labelled(self) -> bool:
        """`n_{in}`, `W_{hh}`, `σ_{\\text{He}}`: a subscript that is a word names another
        quantity, not a member of the family (n_{in} is not n at some index)."""
        return any(len(i) > 1 and i.isalpha() for i in self.index)

    @cached_property
    def name(self) -> str:
        """A unique key for this symbol as written (`hat(y)_2,1^(2)`); never parsed back:
        the fields say what it is made of."""
        return self.name_at(self.index)

    def name_at(self, index: tuple[str, ...]) -> str:
        """The name this symbol would have with `index` instead of its own (`p` for p_k at (),
        `x_i` for x_2 at ("i",)), without building that symbol (a hot path)."""
        sub = "_" + ",".join(index) if index else ""
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
    """f(x), σ(z), J(w, b); with order n, the function's n-th derivative at the arguments:
    f'(x), σ'(z) (not to be confused with Prime: the derivative of a whole expression)."""

    name: str
    args: tuple[Node, ...]
    order: int = 0
    of: Sym | None = None  # the symbol it is named by, when that has accents or an index (L̃)
    # its argument, written without parentheses, read as the product after it (`\cos \omega
    # t`): a guess about where it ends (argument.py): 0, or 1 + where its argument starts in
    # the formula's text (what names the call's other readings); not part of what the call is
    loose: int = field(default=0, compare=False)
    # its first argument set off by a semicolon (`\mathcal N(x; \mu, \sigma^2)`: a law's
    # density at x, its parameters after the `;`); not part of what the call is
    at_point: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Deriv:
    """∂num/∂var (num is a Sym), or the operator ∂/∂var applied to operand."""

    var: Sym
    num: Sym | None = None
    operand: Node | None = None
    order: int = 1
    # the operand was taken as the rest of a sum (`\frac{∂}{∂w} L + λw`): the writer may have
    # meant only its first term; a step then holds if either reading does
    spread: bool = False
    power: int = 1  # ∂x̂/∂σ²: by the power var^power, a quantity of its own (v = σ²)
    # `z_x` as written (partial.py): shown so; its variable is a coordinate with a value
    # somewhere, not the variable of an identity
    written: str = field(default="", compare=False)


@dataclass(frozen=True)
class Prime:
    """(expr)', tanh(x)': the derivative of the whole expression by its one variable."""

    arg: Node
    order: int = 1


@dataclass(frozen=True)
class Sum:
    """Σ (op `+`) or Π (op `*`) of body over index = lo..hi, leaving out index = skip."""

    body: Node
    index: str | None
    lo: Node | None
    hi: Node | None
    skip: Node | None = None  # \sum_{k \ne i}
    op: str = "+"


@dataclass(frozen=True)
class Integral:
    """∫_lo^hi body d(var): a definite integral, or without bounds (None) an indefinite one
    (integral.py)."""

    body: Node
    var: str
    lo: Node | None
    hi: Node | None


@dataclass(frozen=True)
class Lim:
    """lim_{var → to} body, from one side ("+", "-") or both ("+-") (approach.py)."""

    body: Node
    var: str
    to: Node
    side: str = "+-"


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
    # written with the letter T (`γ^T`), which is also a name: a power where T is a number the
    # example gives and the base is a number (array.transpose); `^\top`, ᵀ: always a transpose.
    # (Not compared: γ^T and γ^\top are one node wherever trees are matched.)
    letter: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Entry:
    """An entry of an expression: `(XW)_{ij}`, `\\mathrm{softmax}(z)_j`, `[\\nabla L]_i`; the
    indices as a symbol's (letters or digits)."""

    arg: Node
    index: tuple[str, ...]


@dataclass(frozen=True)
class At:
    """`\\left. f \\right|_{x = 0}`: arg evaluated where the condition's names have its values."""

    arg: Node
    at: Relation
    written: str = field(default="", compare=False)  # `z_x(1, 1)` as written (partial.py)


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
    lines: tuple[int, ...] = ()  # for each relation symbol, the line it stands on (from 0)


Node = Union[Num, Sym, Bin, Neg, Call, Deriv, Prime, Sum, Integral, Lim, Abs, Norm, Matrix, Grid,
             Transpose, Cases, Shape, Const, Entry, At]


GIVEN = Sym("∣")  # the conditional bar among a call's arguments: P(A ∣ B) is not P(A, B)


def is_derivative(node: object) -> bool:
    """A derivative as written: ∂L/∂w, d/dx σ(x), tanh'(x), (expr)'."""
    return isinstance(node, (Deriv, Prime)) or isinstance(node, Call) and node.order > 0


def product_factors(node: Node) -> list[Node]:
    """The factors of a product, in order (η·y of (η·y)·x: η, y, x); any other node alone."""
    if isinstance(node, Bin) and node.op == "*":
        return product_factors(node.left) + product_factors(node.right)
    return [node]


def walk(node: object):
    """Every node below (and including) node, depth first, each node before its children and
    the children in the order written (iterative: a stack of the nodes still to visit, so a
    deep tree costs no chain of nested generators)."""
    pending = [node]
    while pending:
        node = pending.pop()
        yield node
        if isinstance(node, (Num, Sym, Const)) or node is None:
            continue
        if isinstance(node, Relation):
            pending.extend(reversed(node.members))
            continue
        below: list = []
        for value in vars(node).values():
            if isinstance(value, tuple):
                for item in value:
                    if isinstance(item, tuple):
                        below.extend(item)
                    elif not isinstance(item, str):  # (a str: an index of an Entry)
                        below.append(item)
            elif value is not None and not isinstance(value, (str, int)):
                below.append(value)
        below.reverse()
        pending.extend(below)


def rewrite(node, change):
    """node with every subnode n replaced by change(n) where that is not None (top-down)."""
    if node is None or isinstance(node, (str, int)):
        return node
    new = change(node)
    if new is not None:
        return new
    if isinstance(node, (Num, Sym, Const)):
        return node
    if isinstance(node, tuple):
        return tuple(rewrite(item, change) for item in node)
    values = {k: rewrite(v, change) if not isinstance(v, (str, int)) else v
              for k, v in vars(node).items()}
    return type(node)(**values)


def square_arguments(call: Call) -> frozenset[int]:
    """Where `σ²` stands among a function's parameters (`L(μ, σ²)`, `NLL(μ, σ^2)`): the
    variance as a parameter, a name of its own. The square of a Greek name, or of any name
    beside other parameters; `g(x^2)` alone is g at x², not a function of a variance."""
    return frozenset(k for k, a in enumerate(call.args)
                     if isinstance(a, Bin) and a.op == "^" and isinstance(a.left, Sym) and
                     isinstance(a.right, Num) and a.right.text == "2" and not a.left.index and
                     (a.left.base in GREEK_DISPLAY or len(call.args) > 1))
