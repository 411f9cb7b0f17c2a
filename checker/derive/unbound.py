"""A claim at particular values the text did not bind (`at_some_values`): `1 - 2η = 0`,
`wx + b = 7`, a number on one side and free names on the other, none of them a variable the
chain differentiates by: such a step is undecided (the values are not known), never failing.
A variable the chain differentiates by may be among them when data the text gives no values
are too, two or more members of one family (`∂L/∂b = \\frac{2}{2}(-2 - 3)` with L a mean over
x_i, y_i given in prose only: at the data's values; not `∂z_t/∂b = 2` through v and s_0), or
when the number side is the other written again with numbers
in place of its names (`dℓ/dw = 2(wx - y)x = 2(6 - 5) \\cdot 3`, the values set in code): the
writer evaluates at a point, not claiming a value at every point (`2x = 6` still is)."""

from __future__ import annotations

from checker.derive.context import Context
from checker.derive.instantiation import written_with_numbers
from checker.derive.traversal import symbols_of
from checker.derive.tree import Call, Deriv, Node, Prime, Sym, walk
from checker.derive.variance import integrated


def at_some_values(ctx: Context, left: Node, right: Node, lv, rv, by: set[str]) -> str:
    """`1 - 2η = 0`, `wx + b = 7`, `∂L/∂z_2 = 0.242 - 0`, `∂L/∂a₁ = (-3, 3)`: a number (or a
    tuple or matrix of numbers) on one side, free names on the other, none of them a variable
    the chain differentiates by (then it would state a value at every point): a claim about
    particular values the text did not bind where this checker can read them. The names, or
    ''."""
    free = [symbols_of(v) for v in (lv, rv)]
    if not any(str(s) not in integrated((v,)) for v, names in zip((lv, rv), free) for s in names):
        return ""  # E[q^2] = 1: q only inside a statistic is no value the claim is at
    number = right if not free[1] else left
    names = {str(s) for s in free[0] | free[1]}
    if bool(free[0]) == bool(free[1]) or (names & by and
                                          not written_with_numbers(
                                              left if number is right else right, number)):
        return ""  # (`2(wx - y)x = 2(6 - 5) \cdot 3`: numbers put in, at some point)
    if any(isinstance(n, Deriv) for n in walk(number)):
        return ""  # ∂/∂x_j (y_k - d_k)^2 = 0: a derivative's value everywhere
    names = {str(s) for s in free[0] | free[1]}
    if any(isinstance(n, Prime) or (isinstance(n, Call) and n.order and
                                    not _at_other_names(n, names))
           for side in (left, right) for n in walk(side)):
        return ""  # f'(x) = 2: the prime's variable is the argument's
    return ", ".join(sorted(ctx.shown(s) for s in names))


def data(ctx: Context, names: set[str]) -> bool:
    """Are two or more of `names` members of one family (x_1, x_2: a data set's entries)?"""
    stems = [ctx.symbols[n].stem for n in names if n in ctx.symbols and ctx.symbols[n].index]
    return any(stems.count(stem) > 1 for stem in stems)


def _at_other_names(call: Call, names: set[str]) -> bool:
    r"""`-ℓ''(0.6) = 3/0.36 + 2/0.16`, `-ℓ''(\hat p)` with p̂ = 0.6, ℓ'' in S and n: a derivative
    taken at a point the text writes or binds, the free names all parameters (S, n), none in
    its arguments: a claim at particular values of them, not the derivative everywhere."""
    return bool(call.args) and bool(names) and \
        not {n.name for a in call.args for n in walk(a) if isinstance(n, Sym)} & names
