"""Definite integrals: `\\int_0^1 x^2\\,dx`, `\\int_{0}^{2} 3x \\, \\mathrm{d}x`, `\\int_0^1 (2 +
\\alpha)\\,d\\alpha`, `\\int_0^\\infty e^{-t} dt`.

Read (`integral`, a function of the parser): the bounds written as a sum's are (`_` and `^`,
in either order), then the integrand up to the differential, a `d` (or `\\mathrm{d}`) and the
one variable, which ends the integral: the end of the formula, a relation, a closing bracket,
`+`, `-` or `,` follows it; or, as calculus texts write it, the differential in the numerator
of the one fraction the integrand is (`\\int_1^{\\infty}\\frac{dx}{x^2}`). Without bounds the
integral is an antiderivative, up to a constant (read unevaluated; a step with one is checked
by derivatives: primitive.py); with one bound, or without a differential (the integrand's
extent unknown), it is not read.

Valued (`value`, a function of the walker): the integrand with the variable held (a bound
variable: no definition or example value of the same letter applies inside), integrated in
closed form by SymPy; an integral it leaves unevaluated (an unknown function, no elementary
antiderivative) is undecided, never sampled.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive.errors import Undecided, Unreadable
from checker.derive.lexeme import Token, matching
from checker.derive.tree import Integral, Node, Num, Sym, walk

if TYPE_CHECKING:
    from checker.derive.notation import Parser
    from checker.derive.walker import Walker

_INDEFINITE = ("an integral with both bounds (`\\int_0^1 x^2\\,dx`); one over a domain (`\\int_x`) "
               "is not evaluated, and an indefinite one is an antiderivative up to a constant: "
               "check it by its derivative instead (`\\frac{d}{dx}\\frac{x^3}{3} = x^2`)")
_NO_DIFFERENTIAL = ("an integral ending in its differential (`\\int_0^1 x^2\\,dx`, "
                    "`\\int_0^1 \\frac{1}{1 + x}\\,dx`)")
_ENDS = {"rel", "sep"}


def _differential(toks: list[Token], start: int) -> int | None:
    """Where the differential `d x` stands (the index of its `d`), at the integrand's own
    bracket depth, followed by what ends the integral; the last such one before the end."""
    depth, found = 0, None
    for k in range(start, len(toks) - 1):
        t = toks[k]
        if t.kind == "open":
            depth += 1
        elif t.kind == "close":
            depth -= 1
            if depth < 0:
                break
        elif t.kind == "rel" and depth == 0:
            break
        if depth or t.value != "d" or t.kind not in {"letter", "word"}:
            continue
        var = toks[k + 1]
        after = toks[k + 2] if k + 2 < len(toks) else None
        if var.kind in {"letter", "greek"} and (
                after is None or after.kind in _ENDS or after.kind == "close" or
                (after.kind == "op" and after.value in {"+", "-", ","})):
            found = k
    return found


def _over_fraction(toks: list[Token], start: int) -> tuple[list[Token], str, int] | None:
    """`\\frac{dx}{x^2}`, `\\frac{x\\,dx}{1 + x^2}`: an integrand that is one fraction whose
    numerator ends in the differential, and after which the integral ends, as calculus texts
    write it: the fraction without the differential (`\\frac{1}{x^2}`), the variable, and where
    the integral ends; None for anything else."""
    if start + 1 >= len(toks) or toks[start].kind != "cmd" or toks[start].value != "frac" or \
            toks[start + 1].kind != "open" or toks[start + 1].value != "{":
        return None
    mid = matching(toks, start + 1)
    if mid < 0 or mid + 1 >= len(toks) or toks[mid + 1].kind != "open" or \
            toks[mid + 1].value != "{":
        return None
    end = matching(toks, mid + 1)
    numerator = toks[start + 2:mid]
    after = toks[end + 1] if 0 <= end < len(toks) - 1 else None
    if end < 0 or len(numerator) < 2 or numerator[-2].value != "d" or \
            numerator[-2].kind not in {"letter", "word"} or \
            numerator[-1].kind not in {"letter", "greek"} or \
            not (after is None or after.kind in _ENDS or after.kind == "close" or
                 (after.kind == "op" and after.value in {"+", "-", ","})):
        return None
    kept = numerator[:-2] or [Token("num", "1", numerator[0].pos)]
    return [*toks[start:start + 2], *kept, *toks[mid:end + 1]], numerator[-1].value, end + 1


def integral(p: Parser) -> Node:
    """After `\\int`: the bounds, the integrand, the differential (see the module's note)."""
    lo = hi = None
    for _ in range(2):
        if p.at("op", "_") and lo is None:
            p.take()
            lo = p.sub_parse(p.unwrap(p.script_tokens()))
        elif p.at("op", "^") and hi is None:
            p.take()
            hi = p.sub_parse(p.unwrap(p.script_tokens()))
    if (lo is None) != (hi is None):
        raise Unreadable(_INDEFINITE, "an integral with one bound")
    at = _differential(p.toks, p.i)
    over = _over_fraction(p.toks, p.i) if at is None else None
    if over is not None:  # ∫ \frac{dx}{x^2}: the differential in the numerator
        tokens, var, p.i = over
        return Integral(p.sub_parse(tokens), var, lo, hi)
    if at is None:
        raise Unreadable(_NO_DIFFERENTIAL, "no differential `dx` after the integrand")
    var = p.toks[at + 1].value
    body = p.sub_parse(p.toks[p.i:at]) if at > p.i else None
    p.i = at + 2
    return Integral(body if body is not None else Num("1"), var, lo, hi)


def _indexes(node: Integral) -> bool:
    """The variable stands in an index of the integrand (`\\int_0^T \\eta_t\\,dt`)."""
    def letters(i) -> set[str]:
        if isinstance(i, str):
            return set(re.findall(r"[A-Za-z]+", i))
        return {v for v in vars(i).values() if isinstance(v, str)} if hasattr(i, "__dict__") \
            else set(re.findall(r"[A-Za-z]+", repr(i)))
    return any(isinstance(n, Sym) and any(node.var in letters(i) for i in n.index)
               for n in walk(node.body))


def _antiderivative(node: Integral, body) -> sp.Expr:
    """`\\int x e^x\\,dx`: SymPy's unevaluated indefinite integral (primitive.py checks a step
    with it by derivatives); an integrand not written in its variable (`\\int u\\,dv`, `\\int
    p\\,dx`) has a dependence the text leaves out, and is undecided."""
    from checker.derive.quantity import real

    var = real(node.var)
    if isinstance(body, sp.MatrixBase) or not isinstance(body, sp.Expr):
        raise Undecided("an integral of a vector or a matrix")
    if var not in body.free_symbols and body.free_symbols:
        raise Undecided(f"an integral in {node.var} of an integrand not written in "
                        f"{node.var}: how it depends on {node.var} is not written")
    return sp.Integral(body, var)


def value(w: Walker, node: Integral) -> sp.Expr:
    """The integral in closed form, or Undecided."""
    if _indexes(node):
        raise Undecided(f"the integral's variable {node.var} is an index of the integrand: a "
                        "family (η_t) is read at whole indices, never as a function to "
                        "integrate; write it as a function (`\\eta(t) = ...`) or "
                        "give the integral's value")
    env = {k: v for k, v in w.env.items() if k != node.var}
    free = w.low.free_index.pop(node.var, None)  # t a free index elsewhere: a variable here
    try:
        body = w.sub(env=env, hold=w.hold | {node.var}).go(node.body)
    finally:
        if free is not None:
            w.low.free_index[node.var] = free
    if node.lo is None or node.hi is None:
        return _antiderivative(node, body)
    lo, hi = w.go(node.lo), w.go(node.hi)
    if any(isinstance(v, sp.MatrixBase) for v in (body, lo, hi)):
        raise Undecided("an integral of a vector or a matrix, or between such bounds")
    from checker.derive.quantity import real  # (quantity imports the parser)

    var = real(node.var)
    try:
        found = sp.integrate(body, (var, lo, hi))
    except (NotImplementedError, ValueError, TypeError):
        found = None
    if found is None or found.has(sp.Integral) or found.has(var) or found.has(sp.nan):
        raise Undecided(f"an integral in {node.var} with no closed form here (an unknown "
                        "function, or no elementary antiderivative): give its value, or "
                        "the antiderivative evaluated at the bounds")
    return found
