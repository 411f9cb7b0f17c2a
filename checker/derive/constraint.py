"""The text's own earlier equations as constraints on a step's names: `θ̂ = k/n` set up (solved
from ℓ'(θ) = 0) on one line, then `-ℓ''(θ̂) = n/(θ̂(1 - θ̂))`, which holds with k = nθ̂ only.
An equation the text states in the section, over names the step uses and nothing else, may
be what the step leans on: solved for one of its names and put into the step."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import sympy as sp

from checker.derive.equivalence import Comparison, compare
from checker.derive.errors import Unreadable
from checker.derive.meaning import Lowering
from checker.derive.render import render
from checker.derive.rubric import case_end
from checker.derive.statement import parse_statements
from checker.derive.traversal import symbols_of
from checker.derive.tree import Call, Deriv, Neg, Num, Prime, Sym, walk

MOST = 8  # the nearest equations tried
LINES = 30  # the nearest lines of formulas looked at


def equations(attempt) -> Iterator[tuple[int, str, sp.Expr]]:
    """The equations the section states above the step (nearest first, its own formula
    aside), each as (line, the equation as shown, left - right read here) when it constrains
    the step's names only: every free name of it one the step's values use, and it is not
    an identity (a definition in force, a bound value, a claim that holds)."""
    state, ctx, line = attempt.state, attempt.ctx, attempt.line
    start = max((h for h in state.headings if h <= line), default=0)
    free = symbols_of(attempt.lv, attempt.rv)
    names_free = {str(s) for s in free}
    found = 0
    for at in sorted((k for k in state.texts if start <= k <= line), reverse=True)[:LINES]:
        for text in reversed(state.texts[at]):
            if text == attempt.f.text or case_end(state.prose, state.headings, text, at):
                continue  # (`$k=1$:` in a case analysis: that case's, no equation of the text)
            for a, b in _pairs(text, ctx.known):
                if not _may_constrain(ctx, line, (a, b), names_free):
                    continue
                diff = _difference(ctx, line, a, b)
                names = symbols_of(diff) if diff is not None else set()
                if isinstance(diff, sp.MatrixBase) or not names or not names <= free or \
                        compare(diff, sp.Integer(0), ctx).agree:
                    continue
                yield at, f"{render(a)} = {render(b)}", diff
                found += 1
                if found >= MOST:
                    return


def _may_constrain(ctx, line: int, pair: tuple, free: set[str]) -> bool:
    """Before reading it (cheaply): neither side a name defined here (a definition restated,
    an identity), and every plain name the equation writes that has neither a definition nor
    a value here is one of the step's free names (else it would stay free)."""
    if any(isinstance(m, Sym) and ctx.lookup(m, line) is not None for m in pair):
        return False
    for n in (n for m in pair for n in walk(m) if isinstance(n, Sym)):
        if not n.index and n.name not in free and ctx.lookup(n, line) is None and \
                not ctx.bound({n.name}, line):
            return False
    return True


@lru_cache(maxsize=512)
def _pairs(text: str, known) -> list[tuple]:
    """The `=` pairs of a formula that read as equations set up, not identities claimed: one
    side a name or a number (`θ̂ = k/n`, `x + y = 1`, `2w - 6 = 0`), no derivative in either
    (a claim about a derivative is an identity, right or wrong, never a constraint)."""
    try:
        segments = parse_statements(text, known)
    except (Unreadable, RecursionError):
        return []
    pairs = [(rel.members[k], rel.members[k + 1]) for s in segments
             if s.error is None and not s.condition for rel in (s.relation,)
             for k, op in enumerate(rel.ops) if op == "="]
    return [(a, b) for a, b in pairs
            if any(isinstance(m, (Sym, Num)) or isinstance(m, Neg) and isinstance(m.arg, Num)
                   for m in (a, b)) and
            not any(isinstance(n, (Deriv, Prime)) or isinstance(n, Call) and n.order
                    for m in (a, b) for n in walk(m))]


def under(attempt, diff: sp.Expr) -> tuple[str, Comparison] | None:
    """The step with the equation `diff = 0` solved for one of its names (linear in it) put
    in: (that name, the comparison) when the sides then agree."""
    for name in sorted(symbols_of(diff), key=str):
        roots = _roots(diff, name)
        if len(roots) != 1:
            continue
        swap = {name: roots[0]}
        lv, rv = (sp.sympify(v).xreplace(swap) for v in (attempt.lv, attempt.rv))
        again = compare(lv, rv, attempt.ctx, atol=attempt.atol)
        if again.agree:
            return str(name), again
    return None


def _difference(ctx, line: int, a, b):
    """left - right of an equation, read at `line`; None when it cannot be read here."""
    try:
        low = Lowering(ctx, line)
        return ctx.at_bound_values(low.expr(a) - low.expr(b), line)
    except Exception:  # noqa: BLE001 - not readable here: not used
        return None


def _roots(diff: sp.Expr, name: sp.Symbol) -> list:
    """diff = 0 solved for `name` when it is linear in it (a·name + b, a free of it: one root
    -b/a); else none (SymPy's solve is too slow to try here)."""
    try:
        slope = sp.diff(diff, name)
        if slope == 0 or name in slope.free_symbols:
            return []
        root = -diff.xreplace({name: sp.Integer(0)}) / slope
    except Exception:  # noqa: BLE001 - not linear in it: no root
        return []
    return [] if root.has(sp.zoo, sp.nan, sp.oo) else [root]
