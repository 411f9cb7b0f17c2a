"""A function named without its argument: `σ' = σ(1 - σ)`, `f' = f(1 - f)`, read as its value
(and its derivative) at one point `·`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from checker.derive import vocabulary
from checker.derive.tree import Call, Deriv, Prime, Relation, Sym, rewrite, walk

if TYPE_CHECKING:
    from checker.derive.notation import Names

POINT = Sym("·")  # the argument a function written without one (σ' = σ(1 - σ)) is taken at


def shorthand(rel: Relation, known: Names) -> Relation:
    """σ' = σ(1 - σ), f' = f(1 - f): a function named without its argument stands for its
    value at one point; σ' is its derivative there."""
    numerators = {id(n.num) for m in rel.members if m is not None for n in walk(m)
                  if isinstance(n, Deriv) and n.num is not None}  # ∂J/∂ŷ: J is a quantity

    def function(n) -> bool:
        return isinstance(n, Sym) and not n.index and not n.sup and id(n) not in numerators \
            and n.name not in known.plain and \
            (n.name in vocabulary.FUNCTIONS or n.name in {f for f, _ in known.unary})

    if not any(isinstance(n, Prime) and function(n.arg)
               for m in rel.members if m is not None for n in walk(m)):
        return rel  # σ^2 = ...: σ, with no σ' beside it, may be a plain name

    def change(n):
        if isinstance(n, Deriv) and n.num is not None:
            return replace(n, operand=rewrite(n.operand, change))
        if isinstance(n, Prime) and function(n.arg):
            return Call(n.arg.name, (POINT,), n.order)
        if function(n):
            return Call(n.name, (POINT,))
        return None

    return Relation(tuple(rewrite(m, change) for m in rel.members), rel.ops, rel.lines)

