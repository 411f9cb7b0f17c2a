"""Function applications: defined functions, known ones (σ, tanh), unknown ones (their
derivatives written with primes, f'(z) and (expr)': prime.py).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive import application, dependence, gaussian, inference, kernel, matrix
from checker.derive import coordinate, unknown, vocabulary
from checker.derive.context import function_valued
from checker.derive.errors import Undecided
from checker.derive.quantity import MATRIX_FUNCTIONS, real
from checker.derive.tree import Call, Norm, Sym, Transpose, rewrite, walk

if TYPE_CHECKING:
    from checker.derive.walker import Walker


def call(w: Walker, node: Call) -> sp.Expr:
    if node.order:
        from checker.derive.prime import derivative_at

        return derivative_at(w, node)
    normal = gaussian.at_point(node, lambda key: w.low.ctx.get(key, w.low.line) is not None)
    if normal is not None:  # \mathcal N(1; 0, 1): the normal density at 1
        return w.go(normal)
    stated = w.low.ctx.statistic(node.name, node.args, w.low.line)
    if stated is not None:  # E[r_i] = q, stated: q here, at that argument only
        return w.go(stated)
    args = [w.go(a) for a in node.args]
    definition = w.low.ctx.get(node.name, w.as_of) or \
        w.low.ctx.get(node.name, w.low.line)
    if definition is None and len(args) == 1:
        value = distribution_at(w, node.name, args[0])
        if value is not None:  # P(x) over P = (0.5, 0.25, 0.25): its x-th probability
            return value
    if definition is not None and not definition.params and function_valued(definition.body) \
            and node.name not in w.stack:  # φ(x) for φ = Φ': Φ'(x)
        return w.sub(stack=w.stack + (node.name,)).go(replace(definition.body, args=node.args))
    point = coordinate.as_point(w.low.ctx, node, definition.params, w.low.line) \
        if definition is not None and not node.order else None
    if point is not None:  # f(1, -0.99) for f(x) of a vector x = (1, -1): at that point
        return call(w, point)
    if definition is not None and len(definition.params) != len(args):
        definition = with_arity(w, definition, len(args))  # H(P) beside H(P, Q)
    if definition is not None and definition.params and definition.key not in w.stack:
        if len(definition.params) != len(args):
            raise Undecided(f"{node.name} is defined with {len(definition.params)} "
                            f"argument(s), used with {len(args)}")
        whole = whole_vector(w, node, definition, args)
        if whole is not None:
            return whole
        params = [real(w.concrete(p)[0]) for p in definition.params]
        body = w.sub(stack=w.stack + (definition.key,), as_of=definition.line,
                     hold=w.hold | {p.name for p in definition.params}
                     | {str(p) for p in params}).go(definition.body)
        entrywise(w, node, definition, params, args, body)
        unused(w, node, definition, params, body)
        args = [a if k not in definition.squares else  # L(μ, σ²) at σ²'s value: σ is its root
                (p if a == p ** 2 else sp.sqrt(a)) for k, (p, a) in enumerate(zip(params, args))]
        pairs = kernel.gram(params, definition.params, body, args)  # k(X, X): a Gram matrix
        return pairs if pairs is not None else body.xreplace(dict(zip(params, args)))
    if node.name == "inner" and any(matrix.is_matrix(a) for a in args):  # ⟨g, y⟩
        if not all(matrix.is_matrix(a) for a in args) or len(args[0]) != len(args[1]):
            raise Undecided("an inner product of a vector and a number, or of vectors of "
                            "different lengths")
        return sum((p * q for p, q in zip(args[0], args[1])), sp.Integer(0))
    if node.name == "cos" and len(args) == 2 and all(matrix.is_matrix(a) for a in args):
        # cos(u, v) of two vectors: the cosine of the angle between them, uᵀv/(‖u‖‖v‖)
        # (cosine similarity); vectors of different lengths have none
        if len(args[0]) != len(args[1]) or 1 not in args[0].shape or 1 not in args[1].shape:
            raise Undecided("the cosine of two vectors of different lengths")
        dot = sum((p * q for p, q in zip(args[0], args[1])), sp.Integer(0))
        return dot / sp.sqrt(sum((p ** 2 for p in args[0]), sp.Integer(0)) *
                             sum((q ** 2 for q in args[1]), sp.Integer(0)))
    if len(args) == 1 and node.name in MATRIX_FUNCTIONS:
        return MATRIX_FUNCTIONS[node.name](args[0])
    if node.name == "diag" and not any(matrix.is_matrix(a) for a in args):
        return sp.diag(*args)  # diag(1, 10), diag(λ_1, λ_2): the entries listed on its diagonal
    if node.name == "softmax" and len(args) > 1 and all(
            not getattr(a, "free_symbols", True) or (isinstance(n, Sym) and n.index)
            for n, a in zip(node.args, args)):
        # softmax(0, 1), softmax(z_1, z_2, z_3): of the vector its arguments list, a row as
        # any tuple is (compared entry by entry with one); not softmax(z, T), whose second
        # argument may be a temperature or an axis
        return matrix.softmax(sp.Matrix([args]))
    if node.name in {"max", "min"} and len(args) == 1 and matrix.is_matrix(args[0]) and \
            definition is None:  # max(|w|): the largest entry (absmax), never entry by entry
        return (sp.Max if node.name == "max" else sp.Min)(*args[0])
    shapes = {a.shape for a in args if isinstance(a, sp.MatrixBase)}
    if len(shapes) == 1 and vocabulary.apply(node.name, [sp.Integer(1)] * len(args)) \
            is not None:  # σ(Z), max(0, Z): entry by entry, numbers alongside as they are
        rows, cols = shapes.pop()
        return sp.Matrix(rows, cols, lambda i, j: vocabulary.apply(node.name, [
            a[i, j] if isinstance(a, sp.MatrixBase) else a for a in args]))
    known = vocabulary.apply(node.name, args)
    if known is not None:
        return known
    if node.name in vocabulary.WORDS and len(args) == 1 and definition is None:
        return vocabulary.WORDS[node.name](args[0])  # type: ignore[operator]  # softplus(x)
    if node.name in {"phi", "varphi"} and len(args) == 1 and definition is None and \
            "Phi" in w.low.calls:  # beside Φ, the normal CDF, in the step: φ is its density
        return sp.exp(-args[0] ** 2 / 2) / sp.sqrt(2 * sp.pi)
    whole = of_components(w, node)
    if whole is not None:
        return whole
    if any(isinstance(a, sp.MatrixBase) for a in args):
        raise Undecided(f"{node.name} applied to a matrix, and {node.name} is not defined")
    return unknown.apply(signature_of_call(w, node.name, len(args), node.of), args)


def as_written_applied(w: Walker, sym: Sym) -> sp.Expr | None:
    """`L` written alone where the text writes L, never defined, applied to one list of plain
    names only (`L(\\mathbf{w}, b)`, then `\\nabla_{\\mathbf{w}} L`): L at those names, the
    same unknown function as where it is applied (not a function of what it is differentiated
    by, which would leave `∇_w L_λ = ∇_w L + λw` comparing two different L). None when the text
    applies it to other arguments too, or to a name it is itself."""
    ctx = w.low.ctx
    forms = ctx.applied.get(sym.name)
    mark = "@" + sym.name
    if sym.index or not forms or len(forms) != 1 or mark in w.stack or \
            ctx.get(sym.name, w.low.line) is not None:
        return None
    args = [ctx.symbols.get(a) for a in next(iter(forms))]
    if not args or any(a is None or a.name == sym.name for a in args):
        return None
    return w.sub(stack=w.stack + (mark,)).go(Call(sym.name, tuple(args)))


def of_components(w: Walker, node: Call) -> sp.Expr | None:
    """`L(\\mathbf{w})`, never defined, where the text differentiates L by the components
    w_i: the unknown L of those components (the same L as in ∂L/∂w_i), not a function of
    one number w."""
    arg = node.args[0] if len(node.args) == 1 else None
    sym = Sym(node.name)
    if not isinstance(arg, Sym) or arg.index or "?" + node.name in w.stack or \
            not dependence.differentiated_by(w.low.ctx, sym):
        return None
    params, values = application.parameters(w, sym, w.stack + ("?" + node.name,))
    written = [w.low.written.get(p) for p in params]
    if len(params) < 2 or not all(n is not None and n.stem == arg.stem and n.index and
                                  n.sup == arg.sup for n in written):
        return None
    signature = unknown.Signature(node.name, params, generic=True)
    w.low.unknowns[signature] = sym
    return unknown.apply(signature, values)


def entrywise(w: Walker, node: Call, definition, params, args, body) -> None:
    """LSE(x) = log Σ_i e^{x_i}, applied to x + c1: the body uses the parameter only
    through its entries, whose values for another argument the text does not give (the
    substitution reaches none of them): a guess."""
    free = {str(s) for s in getattr(body, "free_symbols", ())}
    for p, value, arg, written in zip(definition.params, params, args, node.args):
        if str(value) in free or arg == value or p.index or written == p:
            continue  # (H(p) at the p the example gives: its entries are p's own)
        if any(w.low.ctx.family(n) == p.stem for n in free):
            w.low.doubts.append(inference.Doubt(
                f"{node.name} is defined through the entries of {p.base} "
                f"({p.base}_i), and is applied here to another argument, whose entries the "
                "text does not write", f"write the entries of {node.name}'s argument"))


def whole_vector(w: Walker, node: Call, definition, args) -> sp.Expr | None:
    """d(u, v) = ‖u − v‖ applied to vectors, d(a, p): the body read with its parameters as
    numbers (‖u − v‖ of numbers is |u − v|, uᵀ of a number is itself) and the vectors put in
    afterwards would be applied entry by entry (|a − p| per entry), not the norm or transpose
    of the whole vector the writer means. So the arguments as written go into the body's
    tree, read where the call stands: ‖a − p‖. σ(z) = 1/(1 + e^{-z}) at a vector stays entry
    by entry (the convention for activations): only a norm or a transpose of a parameter
    asks for this. None when no argument needs it; Undecided when the body so read cannot be
    read (a guess, never the entrywise value)."""
    needs = {p.name for p, a in zip(definition.params, args)
             if isinstance(a, sp.MatrixBase) and w.low.ctx.shape_of(p.name) is None and any(
                 isinstance(n, (Norm, Transpose)) and any(
                     isinstance(m, Sym) and m.name == p.name for m in walk(n.arg))
                 for n in walk(definition.body))}
    if not needs:
        return None
    shown = w.low.ctx.shown(node.name)
    if definition.squares or any(p.index for p in definition.params):
        raise Undecided(f"{shown} is defined with a norm or transpose of its parameter, read "
                        "as a number, and is applied here to a vector: a guess (write the "
                        "value at these arguments in full)")
    # a tuple written with no orientation (`w_0 = (1, 1)`, read as a row): as a column too,
    # the one the body may need (`½ wᵀAw`); the first way the body reads is the value
    rows = {p.name: Transpose(n) for p, n, a in zip(definition.params, node.args, args)
            if isinstance(a, sp.MatrixBase) and a.rows == 1 and a.cols > 1}
    first = None
    for put in (dict(zip((p.name for p in definition.params), node.args)),
                {**dict(zip((p.name for p in definition.params), node.args)), **rows}):
        body = rewrite(definition.body, lambda n, put=put: put.get(n.name)
                       if isinstance(n, Sym) and not n.index else None)
        try:
            return w.sub(stack=w.stack + (definition.key,)).go(body)
        except Undecided:
            raise
        except Exception as err:  # noqa: BLE001 - a body that does not read at vectors
            first = first or err
            if not rows:
                break
    raise Undecided(f"{shown} is defined with a norm or transpose of its parameter, and "
                    f"applied here to a vector, its formula does not read ({first}): write "
                    "the value at these arguments in full") from None


def signature_of_call(w: Walker, name: str, arity: int, of: Sym | None = None) -> unknown.Signature:
    """`g(x)`, never defined: any function g. Written `L(ŷ)` where the text also
    differentiates L by ŷ, it is that unknown L; `ℓ_i(θ)` at i = 1 (`of`, the name as written)
    is the member ℓ_1 the text differentiates as `∇_θ ℓ_i`."""
    sym = Sym(name)
    if of is not None and of.index and dependence.differentiated_by(w.low.ctx, of):
        sym = w.instance(of)[0]  # (E_q(z), never differentiated: a labelled function)
        name = sym.name
    if dependence.differentiated_by(w.low.ctx, sym) and "?" + name not in w.stack:
        params, _ = application.parameters(w, sym, w.stack + ("?" + name,))
        if len(params) == arity:
            signature = unknown.Signature(name, params, generic=True)
            w.low.unknowns[signature] = sym
            return signature
    return unknown.Signature(name, tuple(f"#{k}" for k in range(1, arity + 1)),
                             generic=True)


def unused(w: Walker, node: Call, definition, params, body) -> None:
    """D_{KL}(P‖Q) = p log(p/q) + ...: parameters the formula does not use (the text ties
    them to its names in words: "p, q: the probabilities of P, Q"). At other arguments
    (D_{KL}(Q‖P)) the value read is the same formula, a guess."""
    used = {str(s) for s in getattr(body, "free_symbols", set())}
    if tuple(node.args) == tuple(definition.params) or any(
            u == str(p) or u.startswith(f"{p}_") or u.startswith(f"{p}[")
            for p in params for u in used):  # (its entries x_1, x[1,1] are a use of x)
        return
    shown = ", ".join(w.low.ctx.shown(p.name) for p in definition.params)
    w.low.doubts.append(inference.Doubt(
        f"{w.low.ctx.shown(node.name)} defined with parameters ({shown}) its formula does not "
        "use: at other arguments read as the same value",
        f"write its formula in ({shown}), or the value at these arguments in full"))


def given_vector(w: Walker, name: str) -> sp.Matrix | None:
    """The vector of numbers the example gives `name` (`P = (0.5, 0.25, 0.25)`), or None."""
    if not w.low.ctx.bound({name}, w.low.line):
        return None
    try:
        value = w.go(Sym(name))
    except Exception:  # noqa: BLE001 - not a value this reading can use
        return None
    if not isinstance(value, sp.MatrixBase) or 1 not in value.shape:
        return None
    return value  # (its entries as the reading's names for them, evaluated at their values)


def distribution_at(w: Walker, name: str, arg) -> sp.Expr | None:
    """`P(x)` under `\\sum_x`, where the example gives P as a vector of numbers: the
    distribution over a finite set, written as a function of the outcome; its x-th entry
    (outcomes counted from 1, as Σ_x runs)."""
    if not getattr(arg, "is_Integer", False):
        return None
    vector = given_vector(w, name)
    if vector is None or not 1 <= int(arg) <= len(vector):
        return None
    return vector[int(arg) - 1]


def with_arity(w: Walker, definition, count: int):
    """`H(P, Q)` where the text defines both H(P) and H(P, Q): the latest definition in force
    with that many parameters (another function of the same name), else the one given."""
    for d in reversed(w.low.ctx.history.get(definition.key, [])):
        if len(d.params) == count and d.line <= w.low.line and d.in_force(w.low.line):
            return d
    return definition
