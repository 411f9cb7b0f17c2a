"""Limits: `\\lim_{x\\to 0}\\frac{1 - \\cos x}{x^2}`, `\\lim_{x\\to\\infty}\\frac{x^2}{e^x}`,
`\\lim_{x\\to 0^+} x\\ln x`, as calculus notes write a chain of L'Hôpital's rule or a limit
worked out step by step.

Read (`limit`, a function of the parser): the subscript `var \\to point` (`\\rightarrow`, `→`):
one letter, then a number, `\\infty`, `-\\infty` or an expression of other names, with a side
written as a sign raised on it (`0^+`, `0^{-}`); then the body as a sum's is (one term: a
fraction, a product `x\\ln x`, a bracket). Any other subscript (`\\lim_n a_n`, `\\lim_{h
\\downarrow 0}`) is unreadable: which variable, or which way, is not written.

Valued (`value`, a function of the walker): the body with the variable held (no definition
or example value of that letter applies inside: a check at `x = 0.01` below is not the
limit's x), its limit taken by SymPy. A family member indexed by the variable (`T_n`) that
the lowering read at one index (no n left in it) is undecided, never a limit of that one
value. One a side does not settle (two sides that differ), or that SymPy leaves
unevaluated, is undecided, never sampled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sympy as sp

from checker.derive.errors import Undecided, Unreadable
from checker.derive.render import render
from checker.derive.tree import Lim, Node, Sym, walk

if TYPE_CHECKING:
    from checker.derive.notation import Parser
    from checker.derive.walker import Walker

_WRITTEN = "a limit written `\\lim_{x \\to a}` (one variable, an arrow, the point)"


def limit(p: Parser) -> Node:
    """After `\\lim`: the subscript, then the body (see the module's note)."""
    if not p.at("op", "_"):
        raise Unreadable(_WRITTEN, "`\\lim` without its subscript")
    p.take()
    toks = p.unwrap(p.script_tokens())
    arrow = next((k for k, t in enumerate(toks) if t.kind == "rel" and t.value == "→"), None)
    if arrow != 1 or toks[0].kind not in {"letter", "greek"}:
        raise Unreadable(_WRITTEN, "the subscript " + " ".join(t.value for t in toks))
    point, side = toks[2:], "+-"
    if len(point) >= 3 and point[-2].kind == "op" and point[-2].value == "^" and \
            point[-1].kind == "op" and point[-1].value in "+-":
        point, side = point[:-2], point[-1].value  # 0^+
    elif len(point) >= 5 and point[-4].kind == "op" and point[-4].value == "^" and \
            point[-3].value == "{" and point[-2].value in "+-" and point[-1].value == "}":
        point, side = point[:-4], point[-2].value  # 0^{+}
    if not point:
        raise Unreadable(_WRITTEN, "a limit with no point")
    return Lim(p.term(), toks[0].value, p.sub_parse(point), side)


def value(w: Walker, node: Lim) -> sp.Expr:
    """The limit, or Undecided."""
    from checker.derive.quantity import real  # (quantity imports the parser)

    env = {k: v for k, v in w.env.items() if k != node.var}
    free = w.low.free_index.pop(node.var, None)  # a free index elsewhere: a variable here
    try:
        body = w.sub(env=env, hold=w.hold | {node.var}).go(node.body)
    finally:
        if free is not None:
            w.low.free_index[node.var] = free
    members = _indexed_by(node)
    if members and real(node.var) not in getattr(body, "free_symbols", set()):
        raise Undecided(f"{render(members[0])} as {node.var} tends to its limit: the member was read "
                        f"at one index, not as a function of {node.var}; give the family's "
                        f"formula in {node.var} inside the limit")
    point = w.go(node.to)
    if any(isinstance(v, sp.MatrixBase) for v in (body, point)):
        raise Undecided("a limit of a vector or a matrix")
    var = real(node.var)
    try:
        found = sp.limit(body, var, point, node.side)
    except (NotImplementedError, ValueError, TypeError):  # (two sides that differ: ValueError)
        found = None
    if found is None or found.has(sp.Limit) or found.has(var) or found.has(sp.nan) or \
            isinstance(found, sp.AccumBounds) or found.has(sp.zoo):
        raise Undecided(f"a limit as {node.var} tends to {point} that SymPy does not settle "
                        "(the sides differ, it oscillates, or an unknown function): give its "
                        "value")
    return found


def _indexed_by(node: Lim) -> list[Sym]:
    """The names in the limit's body indexed by its variable (`T_n` in `\\lim_{n\\to\\infty}
    T_n`): a family member that must be read as a function of that index, never at one."""
    return [n for n in walk(node.body) if isinstance(n, Sym) and node.var in n.index]
