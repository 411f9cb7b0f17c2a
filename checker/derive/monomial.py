"""A step between two monomials of quantities that holds only through a law among them.

Applied texts write a formula in more than one form, each through a law they state in words
or take for granted: `E_p = \\frac12 kx^2 = \\frac{F^2}{2k}` holds through Hooke's F = kx,
`P = I^2R = \\frac{U^2}{R}` through Ohm's U = IR, `W = Fs = mas` through F = ma. Read as
an identity in free letters, such a step differs; but its two sides, each a number times a
product of powers of names, have the same number in front, and their quotient is a power of
a product of three or more names each to the first power, on both sides of the fraction
(k²x²/F² = (kx/F)²): exactly what one proportional law among those names (F = kx) makes 1.
When some of those names have a number in the text before the line (F = 49 N, the weight)
and some have none (k, x: the formula's general letters), the formula is stated of
quantities, and the law is a guess the reading needs: the step is undecided, never failed.

A different number in front (a ½ dropped, `\\frac12 kx^2 = \\frac{F^2}{k}`), a quotient of
one or two names (`(ab)^2 = ab^2`), a name to a power the law cannot give (k³x²/F²), or sides
whose names all have numbers (the law is then checked at them) are decided as before."""

from __future__ import annotations

from fractions import Fraction
from math import gcd

from checker.derive.guess import Guess
from checker.derive.render import render
from checker.derive.state import State
from checker.derive.tree import Bin, Neg, Node, Num, Sym

Monomial = tuple[Fraction, dict[Sym, int]]


def _number(text: str) -> Fraction | None:
    try:
        return Fraction(text)
    except (ValueError, ZeroDivisionError):
        return None


def monomial(node: Node) -> Monomial | None:
    """A number times a product of powers of names (integer exponents), or None when the side
    is anything else (a sum, a call, a derivative)."""
    if isinstance(node, Num):
        value = _number(node.text)
        return None if value is None else (value, {})
    if isinstance(node, Sym):
        return Fraction(1), {node: 1}
    if isinstance(node, Neg):
        inner = monomial(node.arg)
        return None if inner is None else (-inner[0], inner[1])
    if not isinstance(node, Bin) or node.op not in ("*", "/", "^"):
        return None
    left = monomial(node.left)
    if left is None:
        return None
    if node.op == "^":
        power = node.right.text if isinstance(node.right, Num) else None
        n = _number(power) if power is not None else None
        if n is None or n.denominator != 1 or (n < 0 and left[0] == 0):
            return None
        return left[0] ** int(n), {s: e * int(n) for s, e in left[1].items()}
    right = monomial(node.right)
    if right is None or (node.op == "/" and right[0] == 0):
        return None
    sign = 1 if node.op == "*" else -1
    powers = dict(left[1])
    for s, e in right[1].items():
        powers[s] = powers.get(s, 0) + sign * e
    coef = left[0] * right[0] if node.op == "*" else left[0] / right[0]
    return coef, {s: e for s, e in powers.items() if e}


def law_between(left: Node, right: Node) -> dict[Sym, int] | None:
    """The law whose truth the step's quotient is a power of (name → ±1: F = kx as {k: 1,
    x: 1, F: -1}), when both sides are monomials with one number in front; else None."""
    a, b = monomial(left), monomial(right)
    if a is None or b is None or a[0] != b[0] or a[0] == 0:
        return None
    quotient = {s: a[1].get(s, 0) - b[1].get(s, 0) for s in {*a[1], *b[1]}}
    quotient = {s: e for s, e in quotient.items() if e}
    if len(quotient) < 3:
        return None
    g = 0
    for e in quotient.values():
        g = gcd(g, abs(e))
    law = {s: e // g for s, e in quotient.items()}
    if any(abs(e) != 1 for e in law.values()) or len(set(law.values())) < 2:
        return None
    return law


def _shown(law: dict[Sym, int]) -> str:
    """`F = k·x`: each side's names in alphabetical order (the law's dict is built from a set,
    whose order changes from run to run)."""
    ups = "·".join(sorted(render(s) for s, e in law.items() if e > 0))
    downs = "·".join(sorted(render(s) for s, e in law.items() if e < 0))
    return f"{downs} = {ups}"


def _valued(sym: Sym, state: State, line: int) -> bool:
    """The text gives the name a number before the line: bound (k = 200), or defined through
    names that all are (F = mg, m and g bound)."""
    if state.ctx.bound({sym.name}, line):
        return True
    if state.ctx.lookup(sym, line) is None:
        return False
    inner = {s.name for s in state.reached((sym,), line)} - {sym.name}
    return bool(inner) and len(state.ctx.bound(inner, line)) == len(inner)


def law_assumed(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """The guess that a step between monomials of quantities holds through a proportional law
    among them (module docstring): some of the law's names have numbers before the line, some
    have none."""
    if len(sides) != 2:
        return []
    law = law_between(*sides)
    if law is None:
        return []
    valued = [s for s in law if _valued(s, state, line)]
    if not valued or len(valued) == len(law):
        return []
    shown = _shown(law)
    return [Guess(f"the sides agree only through a law {shown} among the quantities, which "
                  "the text does not write as a formula here",
                  f"write the law ({shown}) before the step to have it checked through it")]
