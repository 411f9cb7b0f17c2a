"""A function whose subscript is a parameter: `S_\\lambda(v) = \\operatorname{sign}(v)\\max(|v| -
\\lambda, 0)` (the soft threshold), `f_\\theta(x) = \\theta x^2`, `h_\\tau(x)`, then applied with a
number in the subscript (`S_{0.5}(1.5)`, `S_1(3)`, `f_2(3)`): that function with the parameter
at the number, as proximal-gradient notes, ISTA by hand and model families write it. Read so only
when the text defines no member at that subscript itself, the letter is a name of the body,
and the subscript written is a number (`S_{\\eta\\lambda}` is not read here).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive.tree import Call, Num, Sym, rewrite, walk

if TYPE_CHECKING:
    from checker.derive.walker import Walker

_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def at_parameter(w: Walker, node: Call) -> sp.Expr | None:
    """`S_{0.5}(1.5)` after `S_λ(v) = ...`: the body with λ at 0.5 and v at 1.5, or None."""
    of = node.of
    if of is None or node.order or len(of.index) != 1 or not _NUMBER.fullmatch(str(of.index[0])):
        return None
    line = w.low.line
    found = [d for d in w.low.ctx.definitions.values()
             if d.params and len(d.params) == len(node.args) and d.in_force(line) and
             _letter_of(d.key, of) in {n.name for n in walk(d.body) if isinstance(n, Sym)}]
    if len(found) != 1:
        return None  # none, or two families it may belong to: not read
    d = found[0]
    letter = _letter_of(d.key, of)
    if letter in {p.name for p in d.params}:
        return None
    value = Num(str(of.index[0]))
    by = dict(zip((p.name for p in d.params), node.args))
    body = rewrite(d.body, lambda n: (value if n.name == letter else by.get(n.name))
                   if isinstance(n, Sym) and not n.index else None)
    return w.go(body)


def _letter_of(key: str, of: Sym) -> str:
    """The subscript letter of a definition keyed `S_lambda` for a call written S_{0.5}: the
    same stem, one letter or Greek name as its subscript ('' for any other key)."""
    stem, _, letter = key.partition("_")
    if stem != of.stem or not letter.isalpha() or "," in letter:
        return ""
    return letter
