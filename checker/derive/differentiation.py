"""∂num/∂var as written: the partial derivative, with what the text states
about names it does not define standing for the missing chain-rule links.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive import application, dependence, kink, matrix, unknown, upstream
from checker.derive.route import through
from checker.derive.definition import family_key
from checker.derive.errors import Undecided, Unreadable
from checker.derive.evaluation import Slope
from checker.derive.quantity import real, scalar, shown
from checker.derive.traversal import symbols_of
from checker.derive.tree import Call, Deriv, Node, Sym, walk

if TYPE_CHECKING:
    from checker.derive.walker import Walker


LOSSES = {"L", "J", "C", "ell", "cost", "Cost", "loss", "Loss", "mathcal{L}"}  # names of losses


def derivative(w: Walker, node: Deriv) -> sp.Expr:
    """∂num/∂var; by a power of a name (∂x̂/∂σ², v = σ²) it is ∂/∂σ divided by dv/dσ = 2σ,
    the chain rule, exact wherever σ ≠ 0."""
    if node.power == 1:
        return by_name(w, node)
    by = replace(node, power=1)
    value = by_name(w, by)
    if by in w.low.given:
        w.low.given.add(node)  # (stated, not derived: as written)
    var_sym = w.low.alias(node.var.name) or node.var
    var_name, _ = w.concrete(var_sym)
    variable = w.sub(hold=w.hold | {var_sym.name, var_name}).go(var_sym)
    if matrix.is_matrix(variable) or matrix.is_matrix(value):
        raise Undecided(f"a derivative by a power of {shown(var_sym)}, which is a matrix here")
    return value / release(w, node.power * variable ** (node.power - 1))  # (σ as ∂/∂σ left it)


def by_name(w: Walker, node: Deriv) -> sp.Expr:
    var_sym = w.low.alias(node.var.name) or node.var
    var_name, _ = w.concrete(var_sym)
    definition = w.low.ctx.lookup(var_sym, w.low.line)
    if var_name != var_sym.name and definition is not None and not definition.index and \
            definition.name == var_sym and all(str(i).isupper() for i in var_sym.index):
        # σ_B² = ... defines σ_B (B, the batch: a capital names), not σ at some B-th index
        from checker.derive.inference import Doubt

        w.low.doubts.append(Doubt(f"∂/∂{shown(var_sym)} read by {shown(Sym(var_sym.base))} at an "
                                  f"index {', '.join(var_sym.index)}, though the text defines "
                                  f"{shown(var_sym)} as one name", f"name it without a "
                                  f"subscript (`s = {shown(var_sym)}`) and differentiate by s"))
    var = real(var_name)
    # ∂/∂y_j holds the whole family y fixed (other units are other variables); ∂/∂z_1
    # holds only z_1 (z_2 may be built from it: another layer)
    letters = var_sym.index and all(i.isalpha() for i in var_sym.index)
    hold = w.hold | {family_key(var_sym) if letters else var_sym.name, var_name}
    if node.num is None and node.operand is None:
        raise Unreadable("something to differentiate after ∂/∂" + var_sym.name,
                         "nothing")
    target = node.num if node.num is not None else node.operand
    walker = w.sub(hold=hold)
    variable = walker.go(var_sym)  # a symbol, an entry of a matrix, or a matrix
    if isinstance(target, Deriv) and target.var == node.var and node.order == 1 and \
            matrix.is_matrix(variable):  # ∇²_w L: the gradient's slopes
        return hessian(w, walker, target, var_sym, variable)
    value = scalar(walker.go(target))
    if matrix.is_matrix(variable) and variable.shape == (1, 1) and \
            not matrix.is_matrix(value):  # z = hw_2, one number: through it as written
        value = through(w, value, var_sym, variable[0, 0])
    if matrix.is_matrix(variable):  # ∂J/∂W, entry by entry: W's shape
        stated = stated_gradient(w, node, var_sym, variable)
        if stated is not None:  # ∇L = (0.2, 0.4, -0.1) stated for an undefined L
            return stated
        if matrix.is_matrix(value) and isinstance(target, Sym) and \
                target.base in LOSSES:  # L over a batch, one entry per example
            w.low.readings.add("batch")
            count = len(value)
            value = sum(value, sp.Integer(0))  # its sum, or (another reading) its mean
            if w.low.batch == "mean":
                value = value / count
        if "tuple" in w.low.readings and not (symbols_of(value) & set(variable)):
            # ∂L/∂ŷ at ŷ = (2.5, 0, 2.1), L built from values bound too (r = ŷ - y)
            from checker.derive.render import render
            raise Undecided(f"the expression does not depend on {render(var_sym)} through "
                            "any definition in force; define the names it is built from")
        if matrix.is_matrix(value) and "tuple" in w.low.readings and \
                value.shape == variable.shape and all(
                    not (value[k].free_symbols & {v for j, v in enumerate(variable) if j != k})
                    for k in range(len(value))):  # d/dr log cosh r at r = (…): entry by entry
            return sp.Matrix(value.rows, value.cols, [
                sp.diff(value[k], variable[k], node.order) for k in range(len(value))])
        if matrix.is_matrix(value):  # ∂Z_2/∂W_2: four indices, for a chain rule
            return matrix.Jacobian(value.shape, variable.shape, tuple(
                release(w, value.applyfunc(lambda u, e=e: application.stated(w, sp.diff(u, e))))
                for e in variable))
        # every entry's slope from one backward pass, numerically; held names (Z's entries
        # in ∂L/∂Z) stand for their definitions once the slopes are taken
        value = application.stated(w, value)
        free = symbols_of(value)
        if not free & set(variable) and {str(s) for s in free} & w.low.leaves and \
                w.low.ctx.bound({var_sym.name}, w.low.line, False) and \
                not family_present(w, value, var_sym):  # z bound, L = -ln p_0 (p's entry?)
            raise Undecided(f"{shown(node.num) if node.num is not None else 'the expression'}"
                            f" does not depend on {shown(var_sym)} through any definition in "
                            "force; define the names it is built from")
        if not free & set(variable) and family_present(w, value, var_sym):
            # L(w) = w_1^2 + 4w_2^2 beside an update rule w_{t+1} = ...: w_1 read as an
            # iterate, not as w's entry; no entry of w in it is no slope of 0 by w
            raise Undecided(f"{shown(node.num) if node.num is not None else 'the expression'}"
                            f" depends on {shown(var_sym)}'s members with an index, read as "
                            f"other quantities than {shown(var_sym)}'s entries; if they are "
                            "its entries, say so")
        slopes = upstream.through_stated(w, value, variable)  # ∂L/∂z stated at numbers
        if slopes is None:
            swap = released(w, free)
            slopes = variable.applyfunc(lambda e: Slope.at(value, e, swap) if e in free else 0)
        return slopes.T if w.low.ctx.layout == "numerator" else slopes  # Wᵀ's shape
    if isinstance(variable, sp.Symbol):
        var = variable
        value = through(w, value, var_sym, var)
    value = componentwise(w, value, var_sym, var)
    leaves = {str(s) for s in value.free_symbols if str(s) in w.low.leaves}

    def resolve(app: unknown.Applied, s: sp.Symbol) -> sp.Expr | None:
        num = w.low.unknowns.get(app.signature)
        return fact_value(w, num, var_sym) if num is not None and s == var else None

    with unknown.resolving(resolve):
        result = application.stated(w, sp.diff(value, var, node.order) if node.order else value)
    result = kink.unset(result)
    if isinstance(target, Sym) and stated_not_derived(w, target, var_sym):
        # ∂a/∂z with `a` never defined in terms of z: what the text states, not derived
        w.low.given.add(node)
    result = release(w, result)
    if w.low.identified:
        result = result.xreplace(w.low.identified)
    if result == 0 and var not in value.free_symbols and \
            not family_present(w, value, var_sym) and (leaves or node.num):
        # a definition that does not involve var (z = log(p/(1-p)) far above), and the
        # text states ∂z/∂w = x: the statement stands for the derivative, as given
        stated = fact_value(w, node.num, var_sym) if node.num is not None else None
        if stated is not None:
            w.low.given.add(node)
            return stated
        whole = stated_for_whole(w, node.num, var_sym)
        if whole is not None:
            raise Undecided(whole)
        if not leaves:
            return result
        what = shown(node.num) if node.num is not None else "the expression"
        raise Undecided(f"{what} does not depend on {shown(var_sym)} through any "
                        "definition in force; define the names it is built from")
    return result


def stated_gradient(w: Walker, node: Deriv, var_sym: Sym, variable: sp.Matrix):
    """The gradient the text states for a name it never defines, by a whole vector or matrix
    (`\\nabla\\mathcal{L} = (0.2, 0.4, -0.1)`, `∂L/∂Y = [...]`), laid out as the variable;
    on its own line the statement is taken as given. None when the text states none up to
    this line, or defines the name (then it is derived)."""
    num = node.num
    if num is None or w.definition(num) is not None or f"∂{num.name}" in w.stack or \
            not stated_not_derived(w, num, var_sym):
        return None
    stated = [(at, n) for at, n in w.low.ctx.facts.get((num.name, var_sym.name), ())
              if at <= w.low.line]  # (a worked example's numbers never reach back)
    if not stated:
        return None
    at, fact = stated[-1]
    value = w.sub(stack=w.stack + (f"∂{num.name}",)).go(fact)
    if not matrix.is_matrix(value) or len(value) != len(variable) or \
            (value.shape != variable.shape and 1 not in value.shape):
        return None
    if at == w.low.line:
        w.low.given.add(node)
    return value.reshape(*variable.shape) if value.shape != variable.shape else value


def stated_for_whole(w: Walker, num: Node | None, var_sym: Sym) -> str | None:
    """∂L/∂Y_{11} (or G_{11} with G = ∂L/∂Y) where the text never defines L and states ∂L/∂Y
    for the whole Y (`∂L/∂Y = [[1, 2], [-1, 0]]`): the slope by one entry is that value's
    entry, never 0; which entry an index names (counted from 0 or 1, a digit pair or one
    flat index) is not read, so the reason it is undecided (None: no such statement)."""
    if not isinstance(num, Sym) or not var_sym.index or w.definition(num) is not None:
        return None
    whole = replace(var_sym, index=())
    if not any(at <= w.low.line for at, _ in w.low.ctx.facts.get((num.name, whole.name), ())):
        return None
    return (f"∂{shown(num)}/∂{shown(var_sym)}: {shown(num)} is not defined in the text, which "
            f"states ∂{shown(num)}/∂{shown(whole)} for the whole {shown(whole)}; the entry "
            f"{shown(var_sym)} names in it is not read (write the number it takes)")


def fact_value(w: Walker, num: Sym, var: Sym) -> sp.Expr | None:
    """The value the text states for ∂num/∂var, lowered here (None: it states none)."""
    if f"∂{num.name}" in w.stack:
        return None
    for numerator in (w.concrete(num)[0], num.name):
        for name in (w.concrete(var)[0], var.name):
            fact = application.stated_fact(w, numerator, name)
            if fact is not None:
                value = w.sub(stack=w.stack + (f"∂{num.name}",)).go(fact)
                return None if matrix.is_matrix(value) else value
    return None


def release(w: Walker, result):
    """What was held fixed to differentiate stands for its definition again."""
    swap = released(w, symbols_of(result))
    return result.xreplace(swap) if swap else result


def released(w: Walker, free) -> dict:
    """The held names among `free`, each → what it stands for."""
    swap = {}
    for s in free:
        held_sym = w.low.held.get(str(s))
        if held_sym is not None and str(s) not in w.hold:
            swap[s] = as_read(w, s, held_sym)
        elif s in w.low.held_entries and \
                w.low.held_entries[s][0].name not in w.hold:
            here, r, c = w.low.held_entries[s]
            swap[s] = w.sub(env={}).go(here)[r, c]
    return swap


def as_read(w: Walker, s, held_sym: Sym) -> sp.Expr:
    """A held name's value: read at its own index (env {}); a member with no definition of its
    own that was read through a definition as written at the index values then in force
    (`f_t = σ(a_f)` read as f_1 inside c_{t-1}) is read so again, as the other side reads it."""
    value = w.sub(env={}).symbol(held_sym)
    written, env = w.low.held_as_read.get(str(s), (held_sym, {}))
    if value == s and written != held_sym:
        return w.sub(env=env).symbol(written)
    return value


def hessian(w: Walker, walker: Walker, inner: Deriv, var_sym: Sym,
            variable: sp.Matrix) -> sp.Matrix:
    """∇²_w f of a vector w of n entries: the n × n matrix of f's second slopes ∂²f/∂w_j∂w_k,
    taken by SymPy on f's value (a Hessian is written of a few variables). Which layout holds
    does not matter: the matrix is symmetric. Undecided when w is a matrix (four indices), f
    is a vector, or f is no function of w through a definition in force (an undefined ℓ:
    its Hessian is not 0, it is not known)."""
    f = inner.num if inner.num is not None else inner.operand
    shown_f = shown(f) if isinstance(f, Sym) else "the expression"
    if 1 not in variable.shape:
        raise Undecided(f"the Hessian by the matrix {shown(var_sym)} (an object with four "
                        "indices) is not read")
    if inner.order != 1 or inner.power != 1 or f is None or isinstance(f, Deriv) or \
            (isinstance(f, Sym) and stated_not_derived(w, f, var_sym)):
        raise Undecided(f"the Hessian of {shown_f} by {shown(var_sym)}: {shown_f} is not "
                        f"defined as a function of {shown(var_sym)} in the text")
    value = scalar(walker.go(f))
    entries = list(variable)
    if matrix.is_matrix(value) or isinstance(value, matrix.Jacobian):
        raise Undecided(f"the Hessian of {shown_f}, which is no single number here")
    if not value.free_symbols & set(entries) or value.has(Slope):
        raise Undecided(f"{shown_f} does not depend on {shown(var_sym)} through any "
                        "definition in force; define the names it is built from")
    n = len(entries)
    return sp.Matrix(n, n, lambda j, k: release(w, application.stated(
        w, sp.diff(value, entries[j], entries[k]))))


def stated_not_derived(w: Walker, num: Sym, var: Sym) -> bool:
    """∂num/∂var states a value when num is an undefined name that the text relates to
    var through no definition (L by ŷ, or L by z through an undefined a)."""
    here = w.instance(num)[0]
    if w.definition(here) or w.definition(num):
        return False
    if not dependence.differentiated_by(w.low.ctx, here):
        return False
    return not dependence.depends(w.low.ctx, here, var, w.low.line, wrt=w.low.wrt,
                               through_definition=True)


def componentwise(w: Walker, value: sp.Expr, var_sym: Sym, var: sp.Symbol) -> sp.Expr:
    """∂/∂w of an expression in w_1..w_n: w stands for one component (w_1)."""
    if var_sym.index:
        return value
    component = real(w.instance(replace(var_sym, index=("1",)))[0].name)
    if component in value.free_symbols:
        w.low.identified[component] = var
        return value.xreplace({component: var})
    return value


def family_present(w: Walker, value: sp.Expr, var_sym: Sym) -> bool:
    return any(w.low.ctx.family(str(s)) == var_sym.stem for s in value.free_symbols)


def stated_of(node: Node) -> Node | None:
    """The name whose derivative `node` is, as written (a in ∂a/∂z, f in f'(z))."""
    if isinstance(node, Deriv):
        return node.num if node.num is not None else node.operand
    if isinstance(node, Call) and node.order:
        return Sym(node.name)
    return None


def derivative_variables(nodes) -> frozenset[Sym]:
    """The variables a step differentiates by, on either side."""
    return frozenset(n.var for node in nodes for n in walk(node) if isinstance(n, Deriv))
