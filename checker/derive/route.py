"""The route a derivative takes through a quantity the text names: ∂L/∂z_1 where L is written
in w_1x + b_1 and the text names z_1 = w_1x + b_1 (the derivative through that node), and
∂KL/∂s where s = log σ² is a new coordinate for σ² (σ² replaced by e^s everywhere). Functions
of differentiation.by_name."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sympy as sp

from checker.derive.errors import Undecided, Unreadable
from checker.derive.quantity import scalar, shown
from checker.derive.tree import Sym

if TYPE_CHECKING:
    from checker.derive.walker import Walker


def through(w: Walker, value: sp.Expr, var_sym: Sym, var: sp.Symbol) -> sp.Expr:
    """∂L/∂z_1 where L is written in w_1x + b_1 and the text names that z_1 = w_1x + b_1
    (ŷ = w_2 ReLU(w_1x + b_1) + b_2, then z_1 = w_1x + b_1): the derivative through the
    named node, its definition's expression read as z_1 wherever it appears whole."""
    if var in value.free_symbols or w.definition(var_sym) is None:
        return value
    try:
        body = scalar(w.go(var_sym))
    except (Undecided, Unreadable):
        return value
    if not isinstance(body, sp.Expr) or body.is_Symbol or body.is_number or \
            not body.free_symbols <= value.free_symbols:
        return value
    named = value.subs(body, var)
    if var not in named.free_symbols:
        return value
    return reparametrised(w, named, body, var, var_sym)


def reparametrised(w: Walker, named: sp.Expr, body: sp.Expr, var: sp.Symbol,
                   var_sym: Sym) -> sp.Expr:
    """`s = \\log\\sigma^2`, then ∂KL/∂s with KL written in σ² and log σ²: s is a new
    coordinate for the one name its definition uses, not a node beside it; σ² elsewhere in KL
    is e^s too. So that name is replaced by its value in s wherever it is left; when the
    roots of the definition (σ = ±e^{s/2}) give different values, which one is meant is
    not written."""
    (old,) = body.free_symbols if len(body.free_symbols) == 1 else (None,)
    if old is None or old not in named.free_symbols:
        return named
    try:
        roots = sp.solve(sp.Eq(body, var), old)
        values = {sp.simplify(named.xreplace({old: r})) for r in roots}
    except (NotImplementedError, TypeError, ValueError):
        values = set()
    if len(values) == 1:
        return values.pop()
    raise Undecided(f"∂/∂{shown(var_sym)}, where {shown(var_sym)} is defined through one name "
                    "that the expression also uses apart from it: a change of variable "
                    "(that name in terms of it) or a node (that name held)? Write the "
                    "expression in terms of it")
