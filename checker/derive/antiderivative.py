"""An antiderivative between bounds (rule "an antiderivative between bounds"): `F(x)\\big|_a^b`,
`\\ln x \\,\\bigg|_1^{e}`, `\\Big[x^3 + x^2\\Big]_0^1`, as calculus notes write the last step of
a definite integral: F at the upper bound minus F at the lower one; at a bound ±∞ (an improper
integral, `\\Big[-e^{-x}\\Big]_0^{+\\infty}`) F's limit there. The variable is the one
plain letter the expression is written in; with several (`\\frac{a x^2}{2}\\Big|_0^1`: by a
or by x?) the reading would be a guess, and the bar is refused as unreadable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.derive.errors import Unreadable
from checker.derive.lexeme import matching
from checker.derive.tree import At, Bin, Const, Lim, Neg, Node, Relation, Sym, walk

if TYPE_CHECKING:
    from checker.derive.notation import Parser


def between(node: Node, lower: Node, upper: Node) -> Node:
    """`node` evaluated at `upper` minus at `lower`, in its one variable."""
    letters = {n for n in walk(node) if isinstance(n, Sym) and not n.index and
               not n.accents and not n.sup and len(n.base) == 1}
    if len(letters) != 1:
        raise Unreadable("an evaluation between bounds in one variable (`F(x)\\big|_a^b`)",
                         "an evaluation between bounds of an expression in "
                         f"{len(letters) or 'no'} plain letters: by which one?")
    (var,) = letters
    return Bin("-", _at(node, var, upper), _at(node, var, lower))


def _at(node: Node, var: Sym, bound: Node) -> Node:
    """F at a bound; at a bound at infinity (`\\Big[-e^{-x}\\Big]_0^{+\\infty}`, as improper
    integrals are written) F's limit there, which is what the bound means: `\\lim_{x \\to
    +\\infty}`. A bound that merely contains ∞ (`\\infty - 1`) is no such limit: unreadable."""
    if not any(isinstance(n, Const) and n.name == "infty" for n in walk(bound)):
        return At(node, Relation((var, bound), ("=",)))
    if _infinite(bound):
        return Lim(node, var.name, bound)
    raise Unreadable("an evaluation between finite bounds, or at ±∞ (`F(x)\\big|_0^1`)",
                     "a bound that is an expression in ∞")


def _infinite(bound: Node) -> bool:
    """∞, +∞ or -∞ as written."""
    inner = bound.arg if isinstance(bound, Neg) else bound
    return isinstance(inner, Const) and inner.name == "infty"


def bracket_between(p: Parser, node: Node, start: int) -> Node | None:
    """`\\Big[x^3 + x^2\\Big]_0^1`, `\\left[\\frac{x^2}{2}\\right]_{0}^{2}`: a square bracket
    closed right before the parser, after an integral in the formula, then a lower and an upper
    bound (after `_`, `^`): the expression between them. None, with nothing taken, for anything
    else (`[\\nabla L]_i`, an entry; a subscript with no upper bound)."""
    toks = p.toks
    if not (0 <= start < p.i and toks[start].kind == "open" and toks[start].value == "[" and
            matching(toks, start) == p.i - 1 and p.at("op", "_") and
            any(t.kind == "cmd" and t.value == "int" for t in toks[:start])):
        return None  # (no integral before it: `[\mathbf{W}x]_1^2`, an entry squared)
    at = p.i
    p.take()
    lower = p.script_tokens()
    if not p.at("op", "^"):
        p.i = at
        return None
    p.take()
    upper = p.script_tokens()
    return between(node, p.sub_parse(p.unwrap(lower)), p.sub_parse(p.unwrap(upper)))
