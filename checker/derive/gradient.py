"""The ways people write a gradient: `\\nabla_w L`, `\\nabla L(w)`, `\\nabla^2_w L` (the
Hessian). Functions of the parser (`notation.Parser`), read apart from the other derivatives
because ∇ names its variable below it, by the function's argument, or not at all (then the
text must say).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.derive import derivative, vocabulary
from checker.derive.errors import Unreadable
from checker.derive.tree import At, Bin, Call, Deriv, Node, Num, Relation, Shape, Sym, walk

if TYPE_CHECKING:
    from checker.derive.notation import Parser


def nabla(p: Parser) -> Node:
    """`\\nabla_w L` (∂/∂w of what follows) or `\\nabla L(w)` (by the function's argument)."""
    if p.at("op", "_"):
        return derivative.partial_subscript(p)
    if p.at("op", "^"):
        return hessian(p)
    target = p.power()
    if isinstance(target, Call) and len(target.args) == 1 and isinstance(target.args[0], Sym):
        return Deriv(target.args[0], None, target)
    if isinstance(target, Call) and (slopes := partials(p, target)) is not None:
        return slopes
    if isinstance(target, Call) and len(target.args) == 1 and not target.order:
        # ∇L(\mathbf{0}), ∇f(θ_t + μv_t): ∇L at the point w = 0, ∇f where θ is θ_t + μv_t
        gradient = nabla_of(p, Sym(target.name) if target.of is None else target.of)
        if gradient is not None:
            return At(gradient, Relation((gradient.var, target.args[0]), ("=",)))
        if target.name not in vocabulary.FUNCTIONS:  # not ∂/∂μ of f(θ_t + μv_t): a point
            raise Unreadable("∇ with its variable (`\\nabla_w L`, `\\nabla L(w)`)",
                             f"∇{target.name} at a point, with {target.name}'s variable not given")
    if isinstance(target, Sym):  # ∇J: by the argument of J(w), if the text gives one
        gradient = nabla_of(p, target)
        if gradient is not None:
            return gradient
        if (slopes := partials(p, target)) is not None:
            return slopes
        raise Unreadable("∇ with its variable (`\\nabla_w L`, `\\nabla L(w)`)",
                         f"∇ of a name alone (`{target.name}`): by which variable is not written")
    while p.starts_factor():  # ∇\frac{λ}{2}‖w‖^2: of the whole product, never its first factor
        target = Bin("*", target, p.power())
    plain = {n.name: n for n in walk(target) if isinstance(n, Sym) and not n.index}
    if len(plain) == 1:  # ∇‖w‖_2: by the one variable it is written in
        return Deriv(next(iter(plain.values())), None, target)
    calls = [n for n in walk(target) if isinstance(n, Call) and n.name not in
             vocabulary.FUNCTIONS]
    argument = {a for n in calls for a in n.args}
    if calls and len(argument) == 1 and isinstance(var := next(iter(argument)), Sym) and \
            not var.index:  # ∇(\frac{1}{B}\sum_i \ell_i(θ)): by what its functions are of
        return Deriv(var, None, target)
    raise Unreadable("∇ with its variable (`\\nabla_w L`, `\\nabla L(w)`)", "∇ without one")


def hessian(p: Parser) -> Node:
    """`\\nabla^2_w L`, `\\nabla^2 \\ell(w)`, `\\nabla^2 f(0)`: the gradient of the gradient,
    read by the same rules as ∇ (its variable written below, or the function's argument).
    Which layout the derivative of the gradient takes does not matter: the Hessian of a
    function with continuous second derivatives is symmetric."""
    p.take("op", "^")
    toks = p.unwrap(p.script_tokens())
    if [t.value for t in toks] != ["2"]:
        raise Unreadable("∇ or the Hessian ∇² with its variable",
                         "∇^" + "".join(t.value for t in toks))
    try:
        once = nabla(p)
    except Unreadable as err:  # ∇²f: the Hessian, by which variable is not written
        raise Unreadable("the Hessian ∇² with its variable (`\\nabla^2_w L`, "
                         "`\\nabla^2 L(w)`)", err.received) from err
    if isinstance(once, Deriv):
        return Deriv(once.var, None, once, spread=once.spread)
    if isinstance(once, At) and isinstance(once.arg, Deriv):  # ∇²ℓ(0): at the point
        return At(Deriv(once.arg.var, None, once.arg), once.at)
    raise Unreadable("the Hessian ∇² of a function of one named variable",
                     "∇² of something else")


def nabla_of(p: Parser, target: Sym) -> Deriv | None:
    """∇J by the argument of J(w) where the text defines J so, or by the one plain variable
    it applies J to everywhere (`L(\\mathbf{w})`: ∂L/∂w) when the text does not define that
    variable; None when neither says."""
    param = next((v for f, v in p.known.unary if f == target.name), None)
    if param is not None and param.isalpha():
        return Deriv(Sym(param), None, target)
    param = next((v for f, v in p.known.applied if f == target.name), None)
    if param is not None and param.isalpha() and param not in p.known.plain:
        # (of a free variable only: L(ŷ) with ŷ = wx + b does not say ∇L is by ŷ, not w)
        return Deriv(Sym(param), target)
    return None


def partials(p: Parser, target: Sym | Call) -> Node | None:
    """∇f of a function the text defines with several parameters (`f(x, y) = x^2 + 5y^2`):
    the tuple of its slopes by them in their order, (∂f/∂x, ∂f/∂y), as the reader would write
    it out; `∇f(x, y)` with those very parameters the same, and `∇f(1, 2)` that tuple at the
    point, each parameter at the number in its place. None when the text gives f no such
    parameters, or the arguments are other expressions (∇f(x_0), ∇f(y, x): which slot is
    which is then not a plain substitution)."""
    name = target.name if isinstance(target, Sym) or target.of is None else target.of.name
    params = next((ps for f, ps in p.known.several if f == name), None)
    if params is None or any(not isinstance(v, Sym) for v in params):
        return None
    of = Sym(target.name) if isinstance(target, Call) and target.of is None else \
        target.of if isinstance(target, Call) else target
    slopes: Node = Shape(tuple(Deriv(v, of) for v in params))
    if isinstance(target, Sym):
        return slopes
    if target.order or len(target.args) != len(params):
        return None
    if target.args == params:
        return slopes
    if not all(isinstance(a, Num) for a in target.args):
        return None
    for v, a in zip(params, target.args, strict=True):
        slopes = At(slopes, Relation((v, a), ("=",)))
    return slopes
