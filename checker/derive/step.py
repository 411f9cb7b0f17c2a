"""One claimed step → a verdict: numeric comparison, assumptions, diagnosis, counterexample.

A mixin of DocumentChecker (it reads the walker's context and what it has seen); the module
keeps the step's own logic on one screen apart from the walk through the document.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import sympy as sp

from checker.derive import equivalence
from checker.derive.diagnosis import diagnose
from checker.derive.equivalence import Comparison, Timeout, compare, fmt, time_limit
from checker.derive.errors import ShapeMismatch, Undecided, Unreadable
from checker.derive.markdown import Formula
from checker.derive.meaning import Lowering, derivative_variables, real
from checker.derive.render import render, show_name
from checker.derive.result import GIVEN, Counterexample, Step
from checker.derive.roles import is_name, show, tolerance
from checker.derive.tree import Call, Deriv, Node, Sym, walk

STEP_SECONDS = 2.0  # the limit for one step


@dataclass(frozen=True)
class Trail:
    """Where a chain `A = B = C` (and its `= ...` continuations) stands: the last expression
    that held, its line, and the line of the step that went wrong since (None: on track)."""

    anchor: Node
    line: int
    astray: int | None = None


class StepChecks:
    """Checking one step, or an implication between two equations, in the document's context."""

    def _implication(self, premise: list[Node], consequence: list[Node], f: Formula) -> Step:
        shown = f"{show(premise[0])} = {show(premise[1])}"
        lhs, rhs = show(consequence[0]), show(consequence[1])
        token = None
        try:
            with time_limit(STEP_SECONDS) as token:
                low = Lowering(self.ctx, f.line)
                p = low.expr(premise[0]) - low.expr(premise[1])
                c_left, c_right = low.expr(consequence[0]), low.expr(consequence[1])
                # solve for what the consequence is about: p in `p = σ(z)`
                shared = sorted(p.free_symbols & (c_left - c_right).free_symbols,
                                key=lambda s: (s not in c_left.free_symbols, str(s)))
                for var in shared:
                    solutions = sp.solve(p, var)
                    if not solutions:
                        continue
                    tried = [compare(c_left.xreplace({var: sol}), c_right.xreplace({var: sol}),
                                     self.ctx) for sol in solutions]
                    for cmp in tried:
                        if cmp.agree:
                            return Step(f.line, "holds", lhs, rhs,
                                        f"follows from {shown} (solved for {var}); "
                                        f"{cmp.method}", source=f.text)
                    cmp = tried[0]
                    example = None
                    if cmp.point is not None:
                        example = _counterexample(cmp)
                    return Step(f.line, "fails", lhs, rhs,
                                f"does not follow from {shown} (solved for {var})", example,
                                None, f.text)
                raise Undecided(f"could not solve {shown} for a variable of the next equation")
        except Undecided as err:
            return Step(f.line, "undecided", lhs, rhs, f"could not decide: {err}", source=f.text)
        except Timeout as fired:
            if fired.token is not token:
                raise
            return Step(f.line, "undecided", lhs, rhs,
                        f"could not decide whether it follows from {shown} in time",
                        source=f.text)
        except Exception as err:  # noqa: BLE001 - one odd step must never stop the report
            return Step(f.line, "undecided", lhs, rhs,
                        f"could not decide: {type(err).__name__} while solving {shown}",
                        source=f.text)

    # -- a chain that recovers from a wrong step ------------------------------------------
    def _follow(self, step: Step, trail: Trail | None, left: Node, where: int, right: Node,
                f: Formula) -> tuple[Step, Trail | None]:
        """In `A = B = C` with B wrong and C right, B = C is false as written, but the mistake
        is in A = B: say so (and mark the step `recovers`), instead of blaming a right line."""
        if step.verdict not in {"holds", "fails"}:
            return step, None  # not known either way: the next step starts afresh
        if trail is None or (trail.astray is None and trail.anchor is not left):
            trail = Trail(left, where)
        if trail.astray is None:
            return step, (Trail(right, f.line) if step.verdict == "holds"
                          else replace(trail, astray=f.line))
        if step.verdict == "holds":
            return step, trail  # still following from the wrong expression
        again = self._check(trail.anchor, right, f, fallback=False)
        if again is None or again.verdict != "holds":
            return step, trail
        wrong = "the previous step on this line" if trail.astray == f.line else \
            f"the step on line {trail.astray}"
        note = (f"this line's {show(right)} agrees with {show(trail.anchor)} on line "
                f"{trail.line}, the last expression that held: the mistake is in {wrong}, "
                "not here")
        return replace(step, diagnosis=note, recovers=trail.line), Trail(right, f.line)

    # -- one claimed step ----------------------------------------------------------------
    def _check(self, left: Node, right: Node, f: Formula, fallback: bool) -> Step | None:
        lhs, rhs = show(left), show(right)
        token = None
        try:
            with time_limit(STEP_SECONDS) as token:
                low = Lowering(self.ctx, f.line, calls=_calls((left, right)),
                               wrt=derivative_variables((left, right)))
                _declare_sizes(low, (left, right))
                lv, rv = low.expr(left), low.expr(right)
                for leaf in low.leaves:
                    self.seen.setdefault(leaf, set()).add(f.line)
                atol = tolerance(left, right, f.text)
                if ("≈" in f.text or "\\approx" in f.text) and any(
                        getattr(v, "free_symbols", None) for v in (lv, rv)):
                    raise Undecided("an approximation between expressions with variables: "
                                    "`\\approx` is checked for numbers only")
                if isinstance(left, Deriv) and left.num is not None and \
                        f"∂{left.num.name}/∂{left.var.name}" in low.given:
                    where = "in the text" if self.ctx.lookup(left.num, f.line) is None \
                        else f"in terms of {show(left.var)}"
                    return Step(f.line, "undecided", lhs, rhs,
                                f"{GIVEN}: {show(left.num)} is not defined {where}, so {lhs} "
                                "is stated, not derived; later steps use the value stated "
                                "here", source=f.text)
                cmp = compare(lv, rv, self.ctx, atol=atol)
                if not cmp.agree:
                    retry = self._under_assumptions(lv, rv, atol)
                    if retry is not None:
                        cmp = retry
                if not cmp.agree and fallback:
                    return None
                if cmp.agree:
                    return Step(f.line, "holds", lhs, rhs, cmp.method, source=f.text)
                diagnosis = diagnose(lv, rv, cmp, self._factors(low, cmp),
                                     derivative=isinstance(left, Deriv),
                                     named=self._named(low, right, f.line))
                diagnosis = _with_derivative(left, right, lv, low, cmp, diagnosis)
                earlier = self._definition_of(left) if is_name(left) else None
                if earlier is not None and earlier.line < f.line:
                    diagnosis = "; ".join(filter(None, [
                        f"{show(left)} was defined on line {earlier.line} as "
                        f"{show(earlier.body)}: if this line gives it a new meaning, start a "
                        "new section (a heading) or use a new name", diagnosis]))
                example = None
                if cmp.point is not None:
                    example = _counterexample(cmp, self._derived(low, (left, right), cmp.point))
                return Step(f.line, "fails", lhs, rhs, cmp.method, example, diagnosis,
                            source=f.text)
        except Undecided as err:
            return Step(f.line, "undecided", lhs, rhs, f"could not decide: {err}", source=f.text)
        except ShapeMismatch as err:
            return Step(f.line, "fails", lhs, rhs, "matrix shapes", None, str(err), f.text)
        except Timeout as fired:
            if fired.token is not token:
                raise
            return Step(f.line, "undecided", lhs, rhs,
                        f"could not decide within the {STEP_SECONDS:g} s limit", source=f.text)
        except Unreadable as err:
            return Step(f.line, "unreadable", lhs, rhs,
                        f"could not read: expected {err.expected}, found {err.received}",
                        source=f.text)
        except Exception as err:  # noqa: BLE001 - one odd step must never stop the report
            return Step(f.line, "undecided", lhs, rhs,
                        f"could not decide: {type(err).__name__} while evaluating",
                        source=f.text)

    def _derived(self, low: Lowering, sides: tuple[Node, ...], point: dict[str, float]
                 ) -> dict[str, float]:
        """The values, at the counterexample, of the defined names the step is written in
        (x_j, ŷ, a), so a reader can check it in the text's own terms."""
        out: dict[str, float] = {}
        names = {n for side in sides for n in walk(side) if isinstance(n, Sym)}
        for sym in sorted(names, key=lambda n: n.name):
            try:
                value = low.expr(sym)
                if getattr(value, "free_symbols", None) is None or not value.free_symbols \
                        or value.is_Symbol:
                    continue
                number = complex(value.evalf(subs={s: point[str(s)] for s in value.free_symbols}))
            except Exception:  # noqa: BLE001 - a name that cannot be evaluated is left out
                continue
            if abs(number.imag) < 1e-9 and str(value) != sym.name and \
                    show_name(str(value)) not in out:
                out[render(sym)] = float(fmt(number.real))
        return out

    def _named(self, low: Lowering, side: Node, line: int) -> tuple[sp.Expr, dict] | None:
        """A side with the text's defined names kept as names (a(1 + a), not its expansion in
        w, x, b), and what each stands for: diagnoses can then speak the text's language."""
        if any(isinstance(n, Deriv) for n in walk(side)):
            return None  # a name held inside a derivative would change its value
        names = frozenset(n.name for n in walk(side) if isinstance(n, Sym)
                          and self.ctx.lookup(n, line) is not None)
        if not names:
            return None
        try:
            kept = Lowering(self.ctx, line, free_index=dict(low.free_index), calls=low.calls,
                            wrt=low.wrt)
            shown = kept.expr(side, hold=names)
            meaning = {real(k): kept.expr(sym) for k, sym in kept.held.items()}
        except Exception:  # noqa: BLE001 - without it, diagnoses use the expanded form
            return None
        if isinstance(shown, sp.MatrixBase) or not meaning:
            return None
        return shown, meaning

    def _factors(self, low: Lowering, cmp: Comparison) -> list[tuple[str, object]]:
        """Values of a, a(1-a), 1-a ... for the text's own names at the sample points."""
        if cmp.samples is None:
            return []
        values = cmp.samples[2]
        out: list[tuple[str, object]] = []
        for key, d in list(self.ctx.definitions.items())[-12:]:
            if d.params or d.index or "_" in key:
                continue
            try:
                e = low.expr(Sym(key))
                names = sorted(e.free_symbols, key=str)
                if not all(str(n) in values for n in names) or not names:
                    continue
                shown = render(Sym(key))
                for label, f in ((shown, e), (f"{shown}(1 - {shown})", e * (1 - e)),
                                 (f"1 - {shown}^2", 1 - e ** 2)):
                    out.append((label, equivalence.evaluate(f, names, values).real))
            except Exception:  # noqa: BLE001 - a candidate that cannot be evaluated is skipped
                continue
        return out

    def _under_assumptions(self, lv, rv, atol: float) -> Comparison | None:
        """A step that holds only for one-hot labels: say so instead of failing it."""
        names = {str(s) for e in (lv, rv) for s in getattr(e, "free_symbols", ())}
        families = sorted({n.split("_")[0] for n in names if "_" in n
                           and sum(1 for m in names if m.split("_")[0] == n.split("_")[0]) >= 2})
        for fam in families:
            if fam not in {"y", "t", "d"} and fam not in self.ctx.normalised:
                continue
            cmp = compare(lv, rv, self.ctx, atol=atol, extra_constraint=fam)
            if cmp.agree:
                stated = fam in self.ctx.normalised
                note = "" if stated else "; the text does not state it"
                return Comparison(True, f"{cmp.method}, given that the {fam}_c sum to 1 "
                                        f"(one-hot labels){note}")
        return None


def _counterexample(cmp: Comparison, derived: dict[str, float] | None = None) -> Counterexample:
    """The disagreeing point (callers check there is one), rounded for reading, with symbol
    names as the text writes them."""
    point = cmp.point or {}
    return Counterexample({show_name(k): float(fmt(v)) for k, v in point.items()},
                          float(fmt(cmp.left or 0.0)), float(fmt(cmp.right or 0.0)),
                          derived or {})


def _calls(sides: tuple[Node, ...]) -> frozenset[str]:
    """The functions a step applies: an alias such as x → x_j holds in steps about f only."""
    return frozenset(n.name for side in sides for n in walk(side) if isinstance(n, Call))


def _declare_sizes(low: Lowering, sides: tuple[Node, ...]) -> None:
    """In (1/m) Σ_{i=1}^{m} ..., the m outside the sum is the sum's length too."""
    from checker.derive.tree import Sum
    for side in sides:
        for n in walk(side):
            if isinstance(n, Sum) and isinstance(n.hi, Sym) and n.hi.name != n.index:
                low.sizes.add(n.hi.name)


def _with_derivative(left: Node, right: Node, lv, low: Lowering, cmp: Comparison,
                     diagnosis: str | None) -> str | None:
    """For a derivative that does not hold: say what it is, when that is short."""
    if not isinstance(left, Deriv) or isinstance(lv, sp.MatrixBase):
        return diagnosis
    target = left.num if left.num is not None else left.operand
    notes = []
    try:
        if target is not None and cmp.samples is not None:
            original = low.expr(target)
            if not isinstance(original, sp.MatrixBase) and compare(
                    original, low.expr(right), low.ctx).agree:
                notes.append(f"the right side is {show(target)} itself, not its derivative")
                diagnosis = None  # a factor between a function and its derivative means nothing
        short = sp.factor(sp.cancel(lv)) if sp.count_ops(lv) <= 30 else None
        if short is not None and sp.count_ops(short) <= 10:
            notes.append(f"{show(left)} = {sp.sstr(short).replace('**', '^')}")
    except Exception:  # noqa: BLE001 - an extra hint must never hide the verdict
        pass
    return "; ".join(([diagnosis] if diagnosis else []) + notes) or None
