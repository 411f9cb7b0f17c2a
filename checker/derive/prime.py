"""Derivatives written with primes: f'(x), σ'(z), tanh''(z) at their argument (a defined
function's own variable renamed apart from a tuple the example binds to its letter), and
(expr)', the derivative of a whole expression by its one variable. Functions of the walker
(function.call hands a primed call here)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive import application, kink, unknown, vocabulary
from checker.derive.errors import Undecided
from checker.derive.function import signature_of_call
from checker.derive.quantity import real
from checker.derive.tree import Call, Prime, Sym, rewrite, walk

if TYPE_CHECKING:
    from checker.derive.walker import Walker


def derivative_at(w: Walker, node: Call) -> sp.Expr:
    """f'(x), σ'(z), tanh''(z): the function's derivative, evaluated at the argument."""
    definition = w.low.ctx.get(node.name, w.as_of)
    t = sp.Dummy("t")
    if definition is not None and definition.params:
        variable, body_node = own_variable(w, definition)
        param = real(w.concrete(variable)[0])
        w.low.note_ranges(body_node)  # J(w) = \frac{1}{2n}\sum_{i=1}^{n} ...: n is the sum's
        # length outside it too (as for a name's definition, walker.py), before 1/2n is read
        body = w.sub(hold=w.hold | {variable.name, str(param)}).go(body_node)
        inner = application.stated(w, sp.diff(body, param, node.order))  # Φ' stated: φ
        return kink.slope_at(node, inner, param, w.go(node.args[0]))
    known = vocabulary.apply(node.name, [t])
    if known is not None:  # σ'(z), tanh'(z)
        inner = sp.diff(known, t, node.order)
        return kink.slope_at(node, inner, t, w.go(node.args[0]))
    if len(node.args) != 1:
        raise Undecided(f"{node.name}' of a function of {len(node.args)} arguments: "
                        "by which one?")
    signature = signature_of_call(w, node.name, 1)
    for _ in range(node.order):
        signature = signature.derivative(0)
    raw = unknown.apply(signature, [w.go(node.args[0])])
    primed = application.stated_prime(w, raw)  # Φ'(x) = φ(x) stated above: φ here
    if primed is not None:
        return primed
    w.low.given.add(node)  # f'(z) = f(z)(1 - f(z)) says what f is
    return application.stated(w, raw)


def own_variable(w: Walker, definition) -> tuple[Sym, object]:
    """The function's first parameter and its body, the parameter renamed apart when the
    example binds that letter to a tuple (`f(z)` by cases, then `z = (-2, 0.5, 3)`): in the
    body it is the function's own variable, one number, never the example's vector (whose
    slope would be a matrix of zeros)."""
    param = definition.params[0]
    if param.index or param.name not in w.low.ctx.tuples:
        return param, definition.body
    apart = replace(param, base=param.base + "'")  # (no name the text can write)
    return apart, rewrite(definition.body,
                          lambda n: apart if isinstance(n, Sym) and n == param else None)


def primed_name(node) -> Sym | None:
    """d' as the name of a quantity of its own (the d of a second case), a Sym; None for
    anything but a plain name with one prime."""
    if isinstance(node, Prime) and node.order == 1 and isinstance(node.arg, Sym):
        return replace(node.arg, sup=node.arg.sup + "'")
    return None


def given_primed(chain: list, line: int, state) -> Sym | None:
    """`d' = \frac{900}{13.72} \approx 65.6` where d is defined from several quantities
    (d = v²/(2μg), also through the names its formula defines) or given a number: numbers
    for d' at the head of a chain, where no one variable makes it a derivative, name a new
    quantity (d in a second case), a value given; else None (y' of a function of one variable
    stays its derivative)."""
    from checker.derive.member import is_numeric

    named = primed_name(chain[0])
    if named is None or not all(is_numeric(m) for m in chain[1:]):
        return None
    base = chain[0].arg
    definition = state.definition_of(base, line)
    if definition is not None and not definition.params and not is_numeric(definition.body):
        # the quantities it is made of, through the names its formula defines (ŷ = σ(z), z =
        # wᵀx + b: w, x, b, so ŷ' after an update is the new prediction, no derivative by z)
        names = {n.name for n in state.reached((definition.body,), line)
                 if state.ctx.lookup(n, line) is None}
        return named if len(names) > 1 else None
    return named if state.ctx.bound({base.name}, line) else None


def prime(w: Walker, node: Prime) -> sp.Expr:
    """(expr)': the derivative of the whole expression by its one variable (a function
    the text does not define is an unknown function of it: (f(g(x)))' has the chain rule)."""
    named = primed_name(node)
    if named is not None and w.low.ctx.bound({named.name}, w.low.line):
        return w.go(named)  # d' = 65.6 given above: that quantity (primed_name)
    value = w.go(node.arg)
    if isinstance(node.arg, Sym) and isinstance(value, sp.Symbol):
        # `L = 0.125, L' = r` with the loss defined as L_δ(r): L is a name of no formula here,
        # its derivative by itself (1) is no reading of what the writer differentiates
        raise Undecided(f"a prime on {w.low.ctx.shown(str(value))}, a name the text gives no "
                        "formula for here: its derivative by what? (write the function it is, "
                        "with its argument)")
    free = sorted(value.free_symbols, key=str)
    if len(free) != 1:
        raise Undecided("a prime on an expression of several variables: which one?")
    return application.stated(w, sp.diff(value, free[0], node.order))
