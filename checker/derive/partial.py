"""Subscripts that name partial derivatives: after `z = x^2 + 2y^2` (or `f(x, y) = x^2 y`),
`z_x` is ∂z/∂x, `z_{xy}` is ∂²z/∂y∂x and `f_x(1, 2)` is ∂f/∂x at x = 1, y = 2, as every
calculus text writes them. Read so only when the stem is a scalar the text defines in terms of
coordinates (plain one-letter variables) and every subscript letter is one of them; `v_x` of a
velocity that is not so defined, or `x_i` of a family, stays a name of its own.

Read so only for a function of several parameters (`a(n) = 1/n^2` then `a_n` is a sequence)
or an expression in the coordinates x, y, z alone (`η = 0.1/(1 + t)` beside a schedule `η_t`
is no surface). A point written after such a name (`z_x(1, 1)`) gives the variables in order:
the function's parameters, or x, y, z.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from checker.derive.tree import (
    At, Bin, Call, Const, Deriv, Neg, Node, Num, Relation, Sym, rewrite, walk,
)

from checker.derive.render import arguments, render

if TYPE_CHECKING:
    from checker.derive.definition import Definition
    from checker.derive.notation import Names

COORDINATES = "xyz"  # the letters whose order a reader takes without being told: (x, y, z)


@dataclass(frozen=True)
class Surface:
    """A scalar defined in terms of variables: `z` with (x, y), the order a point's entries
    go to them in."""

    name: str
    variables: tuple[str, ...]
    params: tuple[Sym, ...] = ()  # f(x, y) = ...: f is applied to them


def surface(d: Definition) -> Surface | None:
    """The surface a definition gives: `z = x^2 + 2y^2` (z over x, y, in that order),
    `f(x, y) = x^2 y` (f over its parameters); None for a family member, a vector, a body
    that uses a name other than the coordinates (or the parameters), or one with no variable."""
    if d.index or d.name.index or d.name.sup or not _scalar(d.body):
        return None
    names = {n for n in walk(d.body) if isinstance(n, Sym)}
    if any(n.index or n.sup or n.accents or len(n.base) != 1 or not n.base.isalpha()
           for n in names):
        return None
    letters = {n.base for n in names}
    if d.params:  # (one parameter: `a(n) = 1/n^2` then `a_n` is the sequence, not a slope)
        params = tuple(p.base for p in d.params)
        if len(params) < 2 or any(p.index or p.sup or p.accents or len(p.base) != 1
                                  for p in d.params) or \
                not letters <= set(params) or len(set(params)) != len(params):
            return None
        return Surface(d.key, params, d.params)
    # an expression in coordinates only: `η = 0.1/(1 + t)` beside a schedule `η_t` is no
    # surface, and η_t no slope
    if not letters or not letters <= set(COORDINATES) or d.name.base in letters:
        return None
    return Surface(d.key, tuple(sorted(letters, key=COORDINATES.index)))


def _scalar(body: Node) -> bool:
    """A body built of numbers, names and arithmetic (and functions of them): no tuple,
    matrix, derivative or sum, whose subscript reading would be another thing."""
    return all(isinstance(n, (Num, Sym, Bin, Neg, Call, Const)) for n in walk(body)) and \
        not any(isinstance(n, Call) and n.name in ("max", "min") for n in walk(body))


def partials(rel: Relation, known: Names) -> Relation:
    """The relation with each `z_x` / `z_{xy}` / `z_x(1, 1)` of a surface the text defined read
    as the partial derivative it names (at the point written)."""
    surfaces = {s.name: s for s in known.surfaces}
    if not surfaces:
        return rel

    def change(n):
        if isinstance(n, Sym):
            return _derivative(n, surfaces, known)
        if isinstance(n, Call) and not n.order and n.of is not None:
            d = _derivative(n.of, surfaces, known)
            s = surfaces.get(n.of.base)
            if d is None or s is None or len(n.args) != len(s.variables):
                return None
            args = tuple(rewrite(a, change) for a in n.args)
            for var, value in zip(s.variables, args):
                d = At(d, Relation((Sym(var), value), ("=",)))
            return replace(d, written=f"{render(n.of)}({arguments(args)})")
        return None

    return Relation(tuple(rewrite(m, change) for m in rel.members), rel.ops, rel.lines)


def _derivative(sym: Sym, surfaces: dict[str, Surface], known: Names) -> Node | None:
    """∂z/∂x for `z_x`, ∂/∂y ∂z/∂x for `z_{xy}` (the letters in the order they are taken),
    ∂²z/∂x² for `z_{xx}`; None when `sym` is no such name."""
    s = surfaces.get(sym.base)
    if s is None or not sym.index or sym.sup or sym.accents or sym.name in known.plain or \
            sym.name in known.numbers or \
            not all(isinstance(i, str) and i in s.variables for i in sym.index):
        return None
    head = Sym(sym.base)
    node: Node | None = None
    for letter in sym.index:
        var = Sym(letter)
        if node is None:
            node = Deriv(var, None, Call(head.base, s.params)) if s.params else \
                Deriv(var, head)
        elif isinstance(node, Deriv) and node.var == var and node.operand is None and \
                node.num is not None:
            node = Deriv(var, node.num, None, node.order + 1)
        else:
            node = Deriv(var, None, node)
    return replace(node, written=render(sym))
