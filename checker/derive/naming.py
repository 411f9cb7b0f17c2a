"""What a step's values are called in the text: the names it defined folded back in.

A diagnosis computes with the step's expansion (`b + w·x - y`), but the text wrote `ŷ - y`
after defining `ŷ = wx + b`. A Naming holds, for one step, every definition in scope that the
step reaches (`ŷ := wx + b`, `a := σ(z)`, `y_j := 1/(1 + e^{-x_j})`, a function the step
applies, `σ(z) = 1/(1 + e^{-z})`) and the index letters the step was checked at (`y_2` is the
text's `y_j` at j = 2). `say(expr)` folds the definitions back (each form is verified equal at
sample points) and keeps the shortest, printed as the text writes it: `e^{-z}/(1 + e^{-z})^2`
reads `σ(z)(1 - σ(z))`, or `a(1 - a)` when the text calls σ(z) `a`. (A step's Naming, read
from the definitions it reaches: glossary.py.)
"""

from __future__ import annotations

import random
import time
from functools import lru_cache
from dataclasses import dataclass, field

import sympy as sp
from sympy.core.function import AppliedUndef

from checker.derive.context import Context
from checker.derive.printer import spoken
from checker.derive.traversal import count_nodes
from checker.derive.unknown import Applied

FOLD_SECONDS = 0.5  # CPU seconds folding one expression: then the best form found so far
LARGEST = 80  # nodes: a larger expression is shown as it is


@dataclass(frozen=True)
class Naming:
    """For one step: the text's names for instances (`y_2` → `y_j`) and its definitions as
    (stand-in symbol, what it stands for), the stand-ins shown as the text writes them."""

    ctx: Context | None = None
    letters: dict[str, str] = field(default_factory=dict)  # y_2 → y_j
    folds: tuple[tuple[sp.Symbol, sp.Expr], ...] = ()
    shown: dict[sp.Symbol, str] = field(default_factory=dict)  # a stand-in → σ(z)
    memo: dict = field(default_factory=dict, compare=False)  # expr → its folded form

    def say(self, expr) -> str:
        """expr folded into the text's names, as the text would write it."""
        return self.print(self.fold(expr))

    def print(self, expr) -> str:
        return spoken(expr, self.ctx, {**self._letters(expr), **self.shown})

    def meaning(self) -> dict[sp.Symbol, sp.Expr]:
        """Each stand-in → its value in the step's own names (the first one given)."""
        return {s: v for s, v in reversed(self.folds)}

    def held(self, expr):
        """expr with each definition's value written as its name where it appears as it is,
        the structure kept (σ(z)(1 + σ(z)) stays a product with a sum), larger values first."""
        if not isinstance(expr, sp.Expr) or isinstance(expr, sp.MatrixBase):
            return expr
        out = expr
        for stand_in, value in sorted(self.folds, key=lambda f: -sp.count_ops(f[1])):
            if not value.is_Symbol and value.free_symbols & out.free_symbols:
                out = out.subs(value, stand_in)
        return out

    def _letters(self, expr) -> dict[str, str]:
        """y_2 → y_j, unless a member of y's family that is not a written instance is in expr
        too (then the sum's y_1 + y_2 + y_3 would read y_1 + y_j + y_3)."""
        if not self.letters or self.ctx is None:
            return {}
        names = _shown_names(expr)
        mixed = {self.ctx.family(n) for n in names if n not in self.letters}
        return {n: text for n, text in self.letters.items()
                if n in names and self.ctx.family(n) not in mixed}

    # -- folding -------------------------------------------------------------------------
    def fold(self, expr):
        """expr with the definitions folded back, in the shortest form found (within
        FOLD_SECONDS: the best form found so far when time runs out)."""
        if not isinstance(expr, sp.Expr) or isinstance(expr, sp.MatrixBase) or \
                count_nodes(expr, LARGEST) >= LARGEST:
            return expr
        if expr in self.memo:
            return self.memo[expr]
        found = [expr]
        try:
            self._fold(expr, found, time.process_time() + FOLD_SECONDS)
        except Exception:  # noqa: BLE001 - a form that cannot be found is not shown
            pass
        self.memo[expr] = found[-1]
        return found[-1]

    def _fold(self, expr: sp.Expr, found: list, deadline: float) -> None:
        """Appends to `found` each shorter form: the simplest rewriting first, then each
        definition folded where it appears as it is, then by solving for one of its names
        (linear ones first, SymPy's solve last: the slowest)."""
        best = self._simplest(expr)
        cost = self._cost(best)
        free = expr.free_symbols
        if best is not expr:
            found.append(best)
        for way in ("as it is", "linear", "exp"):
            for _ in range(3):  # a = σ(z), z = wx + b: z first, then a
                improved = False
                for stand_in, value in self.folds:
                    if not value.free_symbols & best.free_symbols or stand_in in free:
                        continue  # h_1 free in expr is a value of its own there, not tanh(…)
                    for candidate in _substituted(best, stand_in, value, way):
                        if time.process_time() > deadline:
                            return  # CPU time, as the step's own limit: not the load
                        if candidate is None or candidate == best:
                            continue
                        candidate = self._simplest(candidate)
                        if self._cost(candidate) < cost and self._same(candidate, expr):
                            best, cost, improved = candidate, self._cost(candidate), True
                            found.append(best)
                if not improved:
                    break

    def _simplest(self, expr: sp.Expr) -> sp.Expr:
        if sp.count_ops(expr) > 40 or len(expr.free_symbols) > 8:
            return expr  # factoring a large polynomial in many names costs seconds
        try:
            hash(expr)
        except TypeError:  # an expression that cannot be hashed: rewritten afresh
            rewritten = _rewritings.__wrapped__(expr)
        else:
            rewritten = _rewritings(expr)
        return min([expr, *rewritten], key=self._cost)

    def _cost(self, expr: sp.Expr) -> int:
        """The printed length, a factored form counting 3 less: σ(z)(1 - σ(z)) before
        σ(z) - σ(z)^2, as the texts write it; 1 - tanh(z)^2 before (1 + tanh(z))(1 - tanh(z))."""
        def factored(e) -> bool:  # a product with a sum among its factors: a(1 - a)
            return isinstance(e, sp.Mul) and any(isinstance(f, sp.Add) or (
                isinstance(f, sp.Pow) and isinstance(f.base, sp.Add) and f.exp.is_positive)
                for f in e.args)

        top, bottom = sp.fraction(expr)
        bonus = factored(top) or factored(bottom)  # 2(y - 1)/(a - 1), (y - a)/(a(a - 1))
        return len(self.print(expr)) - (3 if bonus else 0)

    def _same(self, candidate: sp.Expr, original: sp.Expr) -> bool:
        """candidate, its stand-ins replaced by their values, equals original at 3 points."""
        new = {s: v for s, v in self.folds if s not in original.free_symbols}
        back = candidate
        for _ in range(4):  # the stand-ins folded in, by their values (z held stays z)
            back = back.xreplace(new)
        names = sorted(back.free_symbols | original.free_symbols, key=str)
        if any(s in new or s in self.shown for s in back.free_symbols):
            return False
        rng = random.Random(7)
        for _ in range(3):
            at = {s: sp.Float(rng.uniform(0.3, 1.7)) for s in names}
            try:
                a, b = complex(back.evalf(subs=at)), complex(original.evalf(subs=at))
            except (TypeError, ValueError):
                return False
            if not abs(a - b) <= 1e-8 * max(abs(a), abs(b), 1.0):
                return False
        return True


def _shown_names(expr) -> set[str]:
    """The names expr shows when printed (`printer.py`): not the arguments of a function the
    text never defines (`∂L/∂w_2`, L(w_1, w_2, w_3) differentiated, shows neither w_1 nor
    w_3)."""
    out: set[str] = set()
    todo = [expr] if isinstance(expr, sp.Basic) else []
    while todo:
        e = todo.pop()
        if isinstance(e, sp.Symbol):
            out.add(e.name)
        elif isinstance(e, sp.Derivative):
            todo.extend([e.expr, *(v for v, _ in e.variable_count)])
        elif isinstance(e, Applied) and not all(p.startswith("#") for p in e.signature.params):
            out.update(e.signature.params[k] for k in e.signature.orders)  # ∂L/∂w_2, or L
        elif not isinstance(e, AppliedUndef):
            todo.extend(e.args)
    return out


def _substituted(expr: sp.Expr, stand_in: sp.Symbol, value: sp.Expr, way: str):
    """expr with value written as stand_in: where value appears as it is (`way` "as it is");
    by solving stand_in = value for a name of value that expr uses, when value is linear in
    it ("linear"); or for e^u, when value is a rational function of one e^u ("exp": the
    sigmoid, 1/(1 + e^{-z}), gives e^{-z} = (1 - σ)/σ)."""
    if way == "as it is":
        if not value.is_Symbol:
            yield expr.subs(value, stand_in)
    elif way == "linear":
        for t in sorted(value.free_symbols & expr.free_symbols, key=str):
            slope = sp.diff(value, t)
            if slope != 0 and not slope.has(t):  # t = t + (s - value)/slope
                yield expr.xreplace({t: sp.expand(t + (stand_in - value) / slope)})
    else:
        found = _exp_inverse(stand_in, value)
        if found is not None:
            u, power = found
            yield expr.replace(
                lambda n: isinstance(n, sp.exp) and (n.args[0] / u).is_Integer,
                lambda n: power ** (n.args[0] / u))


@lru_cache(maxsize=256)
def _rewritings(expr: sp.Expr) -> tuple[sp.Expr, ...]:
    """expr cancelled, expanded, and cancelled then factored: those SymPy can do. Pure
    functions of the expression, kept for the last 256 asked (a failing step's sides are
    folded again by each diagnosis that shows them: a third of a course document's folding
    time); a time limit that fires inside (deadline.Timeout) leaves nothing cached."""
    forms = []
    for way in (sp.cancel, sp.expand, lambda e: sp.factor(sp.cancel(e))):
        try:
            forms.append(way(expr))
        except Exception:  # noqa: BLE001 - a rewriting SymPy cannot do is not a form
            continue
    return tuple(forms)


@lru_cache(maxsize=256)
def _exp_inverse(stand_in: sp.Symbol, value: sp.Expr) -> tuple[sp.Expr, sp.Expr] | None:
    """(u, what e^u is in terms of stand_in) when value is a rational function of one e^u
    (e^{-u} counting as 1/e^u) solved for e^u with a single solution; else None."""
    exps = {n for n in sp.preorder_traversal(value) if isinstance(n, sp.exp)}
    args = {n.args[0] for n in exps}
    if not args:
        return None
    u = min(args, key=lambda a: (a.could_extract_minus_sign(), sp.count_ops(a)))
    if any(not (a / u).is_Integer for a in args):
        return None
    e = sp.Dummy("e")
    rational = value.replace(lambda n: isinstance(n, sp.exp), lambda n: e ** (n.args[0] / u))
    if rational.free_symbols - {e}:
        return None
    solutions = sp.solve(sp.Eq(stand_in, rational), e)
    return (u, solutions[0]) if len(solutions) == 1 else None
