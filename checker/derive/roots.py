"""Names the text gives to the roots of a polynomial equation it writes: "이차방정식 $x^2 - 5x +
3 = 0$ 의 두 근을 $\\alpha, \\beta$ 라 할 때", "let $\\alpha, \\beta$ be the roots of $x^2 - 5x + 3
= 0$", "设方程 $x^2 - 5x + 3 = 0$ 的两根为 $\\alpha, \\beta$". A reader knows what α and β are:
the equation's real roots, in some order. They are bound to them (the larger first, as the
text's own check `α ≈ 4.30, β ≈ 0.70` usually has it), and a step that writes two of them
has the other orders as its other readings (`swapped`): a symmetric expression (α + β, αβ,
α² + β²) reads the same in every order and is decided; one that holds in another order only
(α - β = -√13) stays undecided, never fails.
"""

from __future__ import annotations

import functools
import itertools
import re

import sympy as sp

from checker.derive.guess import Guess, written_symbols
from checker.derive.markdown import Formula, read_math
from checker.derive.regex import Regex
from checker.derive.tree import Node, Sym, rewrite

# the words that name the roots of an equation (en, ko, zh), between the equation and the names
_ROOTS = Regex(r"\b(?:roots?|solutions?|zeros?)\b|근|해를|两根|两个根|根为|根是|的根|两个解|的解",
               re.IGNORECASE)
_NAMES = Regex(r"^\s*((?:\\[A-Za-z]+|[A-Za-z])(?:_\{?\w+\}?)?)\s*(?:,|\\text\{\s*and\s*\}|"
               r"\\,|\\;|\\quad)\s*((?:\\[A-Za-z]+|[A-Za-z])(?:_\{?\w+\}?)?)"
               r"(?:\s*,\s*((?:\\[A-Za-z]+|[A-Za-z])(?:_\{?\w+\}?)?))?\s*$")
_GAP = 80  # characters of prose between the equation and the names


@functools.lru_cache(maxsize=8)
def named(source: str) -> tuple[tuple[int, tuple[str, ...], tuple[sp.Expr, ...],
                                      tuple[int, str]], ...]:
    """(line, the names as written in LaTeX, their roots, larger first, and the equation's
    line and text) for each equation whose roots the prose names; only polynomials of degree
    2 or 3 in one letter, with as many real roots, all distinct, as names."""
    formulas, _ = read_math(source)
    out = []
    for k, f in enumerate(formulas):
        for other, prose in _neighbours(formulas, k):
            names = _NAMES.match(other.text)
            if names is None or not _ROOTS.search(prose):
                continue
            found = [n for n in names.groups() if n]
            roots = _real_roots(f.text, len(found))
            if roots is not None:
                out.append((max(f.line, other.line), tuple(found), roots, (f.line, f.text)))
    return tuple(out)


def equations(source: str) -> frozenset[tuple[int, str]]:
    """(line, text) of each equation whose roots the prose names: what it defines, no claim."""
    return frozenset(equation for *_, equation in named(source))


def _neighbours(formulas: list[Formula], k: int) -> list[tuple[Formula, str]]:
    """The formulas right after and right before formula k in its paragraph, with the prose
    between them (the text's order: "the roots $α, β$ of $P = 0$", "$P = 0$ 의 두 근을 $α, β$")."""
    f, out = formulas[k], []
    if k + 1 < len(formulas) and formulas[k + 1].block == f.block and not f.display:
        between = formulas[k + 1].before[-_GAP:] if formulas[k + 1].before else ""
        out.append((formulas[k + 1], between))
    if k > 0 and formulas[k - 1].block == f.block and not f.display:
        between = f.before[-_GAP:] if f.before else ""
        out.append((formulas[k - 1], between))
    return out


def _real_roots(text: str, count: int) -> tuple[sp.Expr, ...] | None:
    """The real roots of `text` read as `polynomial = polynomial` in one letter, larger first;
    None unless it has degree 2 or 3 and exactly `count` distinct real roots."""
    from checker.derive.meaning import Lowering
    from checker.derive.context import Context
    from checker.derive.statement import single_statement

    relation = single_statement(text)
    if relation is None or relation.ops != ("=",):
        return None
    try:
        low = Lowering(Context(), 0)
        left, right = (low.expr(m) for m in relation.members)
        expr = sp.expand(left - right)
    except Exception:  # noqa: BLE001 - no polynomial read: no roots named
        return None
    symbols = getattr(expr, "free_symbols", set())
    if len(symbols) != 1:
        return None
    (x,) = symbols
    try:
        poly = sp.Poly(expr, x)
    except sp.PolynomialError:
        return None
    if poly.degree() not in (2, 3) or not all(c.is_Rational for c in poly.all_coeffs()):
        return None
    roots = sp.real_roots(poly)
    if len(roots) != count or len(set(roots)) != count:
        return None
    return tuple(sorted((sp.nsimplify(sp.radsimp(r)) if r.is_Rational else
                         sp.simplify(r) for r in roots), key=float, reverse=True))


def values(source: str, parse) -> list[tuple[int, Sym, Node]]:
    """(line, name, value) to bind for each named root: `parse` reads `name = latex` into a
    relation (statement.single_statement)."""
    out = []
    for line, names, roots, _ in named(source):
        for name, root in zip(names, roots):
            relation = parse(f"{name} = {sp.latex(root)}")
            if relation is not None and isinstance(relation.members[0], Sym):
                out.append((line, relation.members[0], relation.members[1]))
    return out


def swapped(sides: tuple[Node, ...], state, line: int) -> list[Guess]:
    """A step that writes two or more of the names given to one equation's roots: every
    other order of them is another reading."""
    from checker.derive.statement import single_statement

    for at, names, *_ in named(state.prose):
        if at > line:
            continue
        syms = [r.members[0] for n in names if (r := single_statement(f"{n} = 0")) is not None]
        written = {s for s in written_symbols(sides)} & set(syms)
        if len(written) < 2:
            continue
        readings = []
        for order in itertools.permutations(syms):
            if list(order) == syms:
                continue
            swap = dict(zip(syms, order))
            readings.append(tuple(rewrite(side, lambda n, s=swap: s.get(n)
                                          if isinstance(n, Sym) else None) for side in sides))
        shown = ", ".join(names)
        return [Guess(f"{shown} read as the roots of line {at}'s equation, the larger first",
                      f"say which root is which (`{names[0]} > {names[1]}`)", tuple(readings))]
    return []
