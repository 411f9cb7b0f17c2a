"""An equation of a curve the prose names right before it ("the curve $x^3 + y^3 = 6xy$",
"**circle** $x^2 + y^2 = 25$:", "타원 $x^2/4 + y^2 = 1$", "曲线 $y^2 = x^3 - x$"): a relation the
text states between coordinates, never an identity in them (`named`; roles.py makes it a
condition, and the walk keeps it, `State.curves`). The steps of its section that hold only on
it are read there (`on_curve`):

- a step whose sides differ in general but agree wherever the curve's equation holds
  (`-(x^2 + y^2)/y^3 = -25/y^3` on x^2 + y^2 = 25: the difference's numerator is a multiple
  of the curve's) holds on the curve;
- an implicit derivative of it holds: y' for the derivative of y with respect to the curve's
  other coordinate (`3x^2 + 3y^2 y' = 6y + 6xy'`, or solved, `y' = (2y - x^2)/(y^2 - 2x)`, of
  x^3 + y^3 = 6xy), or dots for derivatives in time of every coordinate (`2x\\dot x + 2y\\dot
  y = 0` of x^2 + y^2 = 100): the step and the derivative of the curve's equation, both linear
  in the derivatives, state the same relation between them, on the curve.

A step that agrees neither way is decided as read (a wrong derivative, `3x^2 + 3y^2 y' = 6y +
6y'`, still fails)."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import combinations

import sympy as sp

from checker.derive.regex import Regex
from checker.derive.render import render
from checker.derive.result import Step
from checker.derive.tree import Bin, Neg, Node, Num, Sym, walk
from checker.derive.unknown import Applied

_NOUN = (r"(?:\b(?:curve|circle|ellipse|parabola|hyperbola|folium(?: of descartes)?|lemniscate|"
         r"cardioid|astroid|conic|level (?:set|curve)|contour)|"
         r"곡선|(?<![가-힣\d])원|타원|포물선|쌍곡선|曲线|(?:单位|的|^|[^\u4e00-\u9fff])圆|椭圆|抛物线|双曲线)")
_NAMED = Regex(_NOUN + r"[\s*_:：,，(（]*$", re.IGNORECASE)
_ARITHMETIC = (Bin, Neg, Num, Sym)


def named(before: str, members: list[Node]) -> bool:
    """The prose right before the formula ends with a curve's name, and the formula equates
    two arithmetic expressions of two or more plain names (no derivative, no function)."""
    if len(members) != 2 or not _NAMED.search(before.rstrip()[-60:]):
        return False
    nodes = [n for m in members for n in walk(m)]
    names = {n.name for n in nodes if isinstance(n, Sym)}
    return len(names) >= 2 and all(isinstance(n, _ARITHMETIC) and
                                   not (isinstance(n, Sym) and (n.sup or n.accents))
                                   for n in nodes)


def on_curve(step: Step, left: Node, right: Node, line: int, state) -> Step:
    """The step, holding on a curve of its section when it differs (or is undecided) as
    read but holds there (module docstring); unchanged otherwise."""
    if step.verdict not in ("fails", "undecided") or not state.curves:
        return step
    from checker.derive.meaning import Lowering

    try:
        lowering = Lowering(state.ctx, line)
        sides = lowering.expr(left), lowering.expr(right)
    except Exception:  # noqa: BLE001 - a step not read here stays as decided
        return step
    for at, curve_left, curve_right in reversed(state.curves):
        if not at <= line < _end(state, at):  # (read in order: every curve kept is earlier)
            continue
        try:
            curve = Lowering(state.ctx, at).expr(curve_left) - \
                Lowering(state.ctx, at).expr(curve_right)
            curve, *read = plain(curve, *sides)
            how = _derivative(read, curve) or _restricted(read, curve, state.ctx, line)
        except Exception:  # noqa: BLE001 - not comparable on this curve
            how = None
        if how:
            return replace(step, verdict="holds", counterexample=None, diagnosis=None,
                           method=f"{how}: on the curve of line {at}, "
                                  f"{render(curve_left)} = {render(curve_right)}")
    return step


def _end(state, at: int) -> int:
    """Where a curve stated on line `at` stops being in force: the next heading, numbered
    example, or paragraph a bold label opens (`**folium of Descartes** ...`), or the end."""
    later = [h for h in (*state.headings, *state.examples, *(p[0] for p in state.labelled))
             if h > at]
    return min(later, default=10 ** 9)


def plain(*exprs) -> list:
    """The expressions with every coordinate read as a function (y(x), y(x(t)): the text
    differentiates them) written as the plain name, and its first derivative in its one
    argument (dy/dx) as the name with a prime (y', as the text also writes it), one symbol per
    name across them."""
    out = []
    for expr in exprs:
        while True:
            applied = [a for a in expr.atoms(Applied) if a.signature.orders in ((), (0,)) and
                       len(a.signature.params) == 1 and not a.atoms(Applied) - {a}]
            if not applied:
                break
            expr = expr.xreplace({a: sp.Symbol(a.signature.name + ("^'" if a.signature.orders
                                                                   else ""))
                                  for a in applied})
        out.append(expr)
    names: dict[str, sp.Symbol] = {}
    for expr in out:
        for s in sorted(expr.free_symbols, key=lambda s: len(s.assumptions0), reverse=True):
            names.setdefault(str(s), s)
    return [e.xreplace({s: names[str(s)] for s in e.free_symbols}) for e in out]


def _restricted(sides, curve, ctx, line: int) -> str | None:
    """The sides differ, at the values bound, by a multiple of the curve's equation there
    (and not by nothing: a step that agrees at those values was left undecided for a reason
    the curve does not change)."""
    left, right = (ctx.at_bound_values(s, line) for s in sides)
    there = ctx.at_bound_values(curve, line)
    gap = sp.expand(sp.numer(sp.together(left - right)))
    if not getattr(there, "free_symbols", None) or _derivatives(left - right) or gap == 0:
        return None
    return "holds where the curve's equation holds" if _multiple(left - right, there) else None


def _derivative(sides, curve) -> str | None:
    """The step is linear in derivatives (y', or dots) and states what the curve's equation,
    differentiated, does."""
    step = sp.expand(sides[0] - sides[1])
    found = _derivatives(step)
    if not found:
        return None
    coordinates = sorted(curve.free_symbols, key=str)
    if all(str(d).startswith("dot(") for d in found):  # every coordinate a function of time
        t = sp.Dummy("t")
        moving = {c: sp.Function(str(c))(t) for c in coordinates}
        written = {str(d): d for d in found}
        speeds = {sp.Derivative(moving[c], t): written.get(f"dot({c})", sp.Symbol(f"dot({c})"))
                  for c in coordinates}
        derivative = sp.diff(curve.xreplace(moving), t).subs(speeds).xreplace(
            {v: c for c, v in moving.items()})
        variables = list(speeds.values())
    else:
        if len(found) != 1 or not str(found[0]).endswith("^'"):
            return None
        base = next((c for c in coordinates if str(found[0]) == f"{c}^'"), None)
        others = [c for c in coordinates if c != base]
        if base is None or len(others) != 1:
            return None
        x = others[0]
        fx = sp.Function(str(base))(x)
        derivative = sp.diff(curve.xreplace({base: fx}), x).subs(
            sp.Derivative(fx, x), found[0]).xreplace({fx: base})
        variables = found
    names = {str(v) for v in variables}
    variables += [d for d in found if str(d) not in names]
    rows = [_coefficients(sp.expand(e), variables) for e in (step, derivative)]
    if rows[0] is None or rows[1] is None or all(c == 0 for c in rows[1][1:]):
        return None
    first, second = rows
    if all(_multiple(first[i] * second[j] - first[j] * second[i], curve)
           for i, j in combinations(range(len(first)), 2)):  # (proportional rows, on it)
        return "holds as the curve's equation differentiated implicitly"
    return None


def _derivatives(expr) -> list[sp.Symbol]:
    return sorted((s for s in getattr(expr, "free_symbols", ())
                   if str(s).endswith("^'") or str(s).startswith("dot(")), key=str)


def _coefficients(expr, variables) -> list | None:
    """[constant term, coefficient of each variable] of an expression linear in them."""
    poly = sp.Poly(expr, *variables)
    if poly.total_degree() > 1:
        return None
    out = [poly.coeff_monomial(1)]
    for k in range(len(variables)):
        monomial = [0] * len(variables)
        monomial[k] = 1
        out.append(poly.coeff_monomial(tuple(monomial)))
    return out


def _multiple(expr, curve) -> bool:
    """The expression's numerator is zero or a polynomial multiple of the curve's."""
    top = sp.expand(sp.numer(sp.together(expr)))
    if top == 0:
        return True
    base = sp.expand(sp.numer(sp.together(curve)))
    names = sorted(top.free_symbols | base.free_symbols, key=str)
    if not names or not base.free_symbols or not top.free_symbols <= base.free_symbols:
        return False
    _, remainder = sp.div(sp.Poly(top, *names), sp.Poly(base, *names))
    return remainder.is_zero
