"""A worked example's values put in for names, entry by entry in a matrix, except inside a
derivative left to the evaluation (a `Slope`): there the derivative is taken first and the
names stand for their values after, so a bound value never turns the variable into a number.

Nor does it turn a dummy into one: the variable of an integral or a sum left unevaluated
(`\\int x\\,dx` after an example bound `x = 2`) is bound by the integral, not by the example;
the values go into its bounds only. An indefinite integral is a function of its variable,
which stays free (primitive.py checks the step by derivatives in it).
"""

from __future__ import annotations

import sympy as sp

from sympy.concrete.expr_with_limits import ExprWithLimits

from checker.derive.evaluation import Slope


def substitute(expr, values: dict):
    """expr with symbols replaced by values (a matrix entry by entry), except inside a Slope:
    ∂expr/∂var is taken first, then the names stand for their values (Slope.at), so that a
    worked example's bound values never turn the variable into a number."""
    if getattr(expr, "is_Matrix", False):
        return expr.applyfunc(lambda e: substitute(e, values))
    if not values or not isinstance(expr, sp.Basic):
        return expr
    memo: dict = {}

    def go(node):
        found = memo.get(node)
        if found is None:
            if isinstance(node, Slope) and len(node.args) == 2:
                found = Slope.at(node.args[0], node.args[1], values)
            elif isinstance(node, ExprWithLimits):
                found = _with_limits(node, values)
            elif node.is_Symbol:
                found = values.get(node, node)
            elif node.args:
                found = node.func(*map(go, node.args))
            else:
                found = node
            memo[node] = found
        return found

    return go(expr)


def _with_limits(node: ExprWithLimits, values: dict):
    """An integral, a sum or a product with the example's values put in everywhere but for its
    own variables (dummies): in its body without them, in its bounds."""
    dummies = {limit[0] for limit in node.limits}
    inner = {k: v for k, v in values.items() if k not in dummies}
    body = substitute(node.function, inner)
    limits = [(limit[0], *(substitute(b, values) for b in limit[1:])) for limit in node.limits]
    return node.func(body, *limits)
