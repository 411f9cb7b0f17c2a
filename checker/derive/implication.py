"""`A = B ⇒ C = D`: does C = D follow from A = B?"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import sympy as sp

from checker.derive import answer, curve, equation, solution, witness
from checker.derive.conjunction import arrowed
from checker.derive.diagnosis import bare, explain
from checker.derive.equivalence import compare
from checker.derive.errors import Undecided, UnknownShape, Unreadable
from checker.derive.glossary import naming_of
from checker.derive.guard import Place, failure, guarded
from checker.derive.markdown import Formula
from checker.derive.meaning import Lowering
from checker.derive.recheck import Reading
from checker.derive.render import render
from checker.derive.result import Step
from checker.derive.rounding import tolerance
from checker.derive.state import State
from checker.derive.statement import parse_statements
from checker.derive.step import STEP_SECONDS, by_shapes
from checker.derive.tree import Call, Node, Relation, Sym


def implication(state: State, premise: list[Node], consequence: list[Node], f: Formula
                ) -> Step:
    """`A = B ⇒ C = D`: does C = D follow from A = B (solved for a shared variable)?"""
    ctx = state.ctx
    shown = f"{render(premise[0])} = {render(premise[1])}"
    lhs, rhs = render(consequence[0]), render(consequence[1])

    def work() -> Step:
        low = Lowering(ctx, f.line)
        try:
            p = low.expr(premise[0]) - low.expr(premise[1])
            c_left, c_right = low.expr(consequence[0]), low.expr(consequence[1])
        except UnknownShape:  # X^T(y - Xw) = 0 ⇒ w^* = ...: on the shapes it implies
            found = answer.on_inferred_shapes(state, premise, consequence, f, shown)
            if found is None:
                raise
            return found
        mean = equation.means([p, c_left, c_right], ctx, f.line)  # x̄ beside Σ_i x_i
        p, c_left, c_right = (e.xreplace(mean) for e in (p, c_left, c_right))
        read = "".join(f", reading {ctx.shown(str(bar))} as the mean of its family"
                       for bar in sorted(mean, key=str))
        if sp.expand(p) == 0:  # the premise restates what the text defined: check the rest
            return _checked(compare(c_left, c_right, ctx), ctx, f, (lhs, rhs),
                            lambda m: f"{shown} holds by the text's definitions, and then {m}",
                            lambda m: f"{shown} holds by the text's definitions, but not "
                                      f"this: {m}")
        if _rearranged(p, c_left, c_right):  # z - 3 = 2(x - 1) + 4(y - 1) ⟺ z = 2x + 4y - 3
            return Step(f.line, "holds", lhs, rhs, f"the equation {shown} rearranged (its sides' "
                        f"difference times a nonzero number){read}", source=f.text)
        at_values = _at_the_example(ctx, p, c_left, c_right, consequence, f, shown, (lhs, rhs))
        if at_values is not None:
            return at_values
        named = answer.names_something(state, premise, consequence, f, shown)
        if named is not None:
            return named
        known = _solved_before(state, p, c_left, f.line)  # ℓ_{11} = 2 from the line above
        if known:
            p = p.xreplace(known)
            read += ", with " + ", ".join(
                f"{ctx.shown(str(s))} = {v} (line {at})"
                for s, (v, at) in sorted(_lines(state, known, f.line).items(),
                                         key=lambda kv: str(kv[0])))
        # solve for what the consequence is about: p in `p = σ(z)`
        shared = sorted(p.free_symbols & (c_left - c_right).free_symbols,
                        key=lambda s: (s not in c_left.free_symbols, str(s)))
        try:
            if shared:
                sp.solve(p, shared[0])
        except NotImplementedError:  # y(x) beside x (the text differentiates y): as names,
            p, c_left, c_right = curve.plain(p, c_left, c_right)  # y and y'
            shared = sorted(p.free_symbols & (c_left - c_right).free_symbols,
                            key=lambda s: (s not in c_left.free_symbols, str(s)))
        for var in shared:
            solutions = solution.nearest(sp.solve(p, var), var, c_left, c_right)
            if not solutions:
                continue
            tried = [compare(c_left.xreplace({var: sol}), c_right.xreplace({var: sol}), ctx)
                     for sol in solutions]
            name = ctx.shown(str(var))
            for cmp in tried:
                if cmp.agree:
                    _remember(state, var, c_left, c_right, f.line)
                    return Step(f.line, "holds", lhs, rhs,
                                f"follows from {shown} (solved for {name}){read}; {cmp.method}",
                                source=f.text)
            rounded = solution.satisfies(p, var, c_left, c_right, premise, consequence)
            if rounded:  # x ≈ 1.386 from e^x = 4; A ≈ 48.19° from cos A = 0.6667
                _remember(state, var, c_left, c_right, f.line)
                return Step(f.line, "holds", lhs, rhs,
                            f"follows from {shown} (solved for {name}){read}; {rounded}",
                            source=f.text)
            cmp = tried[0]
            open_ = _open(solutions[0], var, c_left, c_right, ctx)
            if open_:
                return Step(f.line, "undecided", lhs, rhs,
                            f"could not decide: {shown} solved for {name} leaves {open_}, "
                            f"of no value a line above confirmed; give "
                            f"{'it' if ',' not in open_ else 'them'} (`${open_.split(', ')[0]}"
                            " = ...$`) to have it checked", source=f.text)
            loose = _loose(p, c_left, c_right, ctx, f.line)
            if loose:
                return Step(f.line, "undecided", lhs, rhs,
                            f"could not decide: {loose} appears in the consequence only, so "
                            f"{shown} says nothing of it; if it names the solution (y* for "
                            f"y), write the variable solved for", source=f.text)
            example = witness.counterexample(cmp, ctx) if cmp.point is not None else None
            return Step(f.line, "fails", lhs, rhs,
                        f"does not follow from {shown} (solved for {name}){read}", example,
                        guarded(SLIP_SECONDS, lambda: _slip(low, consequence, {var: solutions[0]},
                                                            mean, cmp), lambda _: None), f.text)
        if not _free(c_left) and not _free(c_right):  # r = -1 ⇒ round(-63.75) + 64 = 0
            return _in_numbers(c_left, c_right, consequence, ctx, f, shown)
        raise Undecided(f"could not solve {shown} for a variable of the next equation")

    at = Place(f.line, lhs, rhs, f.text)
    return by_shapes(state, guarded(STEP_SECONDS, work, lambda err: failure(
        err, at, f"whether it follows from {shown} in time", f"while solving {shown}")),
        consequence[0], consequence[1])


def _rearranged(p, c_left, c_right) -> bool:
    """c_left = c_right is p = 0 rearranged: their difference q, a relation of two names or
    more, is p times a nonzero number (the same equation, solved for nothing: `z - 3 = 2(x -
    1) + 4(y - 1)` and `z = 2x + 4y - 3`)."""
    if not all(isinstance(e, sp.Expr) for e in (p, c_left, c_right)):
        return False  # (matrices: entry by entry, as solved)
    q = c_left - c_right
    if len(q.free_symbols) < 2:
        return False  # (a solution for one name, `u = 2`, is solved and remembered)
    try:
        ratio = sp.cancel(q / p)
    except Exception:  # noqa: BLE001 (SymPy raises many kinds on what it cannot cancel)
        return False
    return bool(ratio.is_number and ratio.is_nonzero and ratio.is_finite)


def _open(solution, var, c_left, c_right, ctx) -> str:
    """`u + v + w = 10 ⇒ w = 3`, v solved on a line the checker could not confirm: a number for
    the unknown while what the premise gives for it still depends on other unknowns. The
    consequence uses values of those the text reached somewhere; not following is no slip.
    Their names, or ''."""
    if _free(c_right) or isinstance(solution, sp.MatrixBase):
        return ""
    left = _free(solution) - _free(c_left) - {var}
    return ", ".join(sorted(ctx.shown(str(s)) for s in left))


def _remember(state: State, var, c_left, c_right, line: int) -> None:
    """`ℓ_{11}^2 = 4 ⇒ ℓ_{11} = 2`, holding: the consequence solves the unknown for a number,
    which the implications after it in its section go on from (State.solved)."""
    if c_left == var and not _free(c_right) and not isinstance(c_right, sp.MatrixBase):
        state.solved.setdefault(str(var), []).append((line, c_right))


def _solved_before(state: State, p, c_left, line: int) -> dict:
    """`ℓ_{21}ℓ_{11} = 2 ⇒ ℓ_{21} = 1` after `ℓ_{11}^2 = 4 ⇒ ℓ_{11} = 2`: a ⇒ chain solving
    one unknown after another uses what the lines above concluded, in the same section, for
    the premise's other unknowns (never the one the consequence is about). Symbol → value."""
    end = state.section_end
    out = {}
    for sym in _free(p) - _free(c_left):
        found = [(at, v) for at, v in state.solved.get(str(sym), ())
                 if at <= line and (end(at) is None or end(at) > line)]
        if found:
            out[sym] = found[-1][1]
    return out


def _lines(state: State, known: dict, line: int) -> dict:
    """The values `_solved_before` used, with the line that concluded each."""
    return {sym: (value, max(at for at, v in state.solved[str(sym)] if at <= line and v == value))
            for sym, value in known.items()}


def _free(value) -> set:
    return set(getattr(value, "free_symbols", ()))


def _loose(p, c_left, c_right, ctx, line: int) -> str:
    """`a/y - b/(1 - y) = 0 ⇒ y^* = a/(a + b)`: names of the consequence that the premise does
    not contain and the text gives no value: the premise cannot decide them, so a consequence
    that differs from it is no slip it shows (a new name for the solution, the writer's
    renaming). Their names, or ''."""
    names = (_free(c_left) | _free(c_right)) - _free(p)
    loose = [s for s in names if ctx.at_bound_values(s, line) == s]
    return ", ".join(sorted(ctx.shown(str(s)) for s in loose))


def _in_numbers(c_left, c_right, consequence: list[Node], ctx, f: Formula, shown: str) -> Step:
    """`L = 10 ⇒ 2^{10} = 1024`, `r = 3 ⇒ round(191.25) + 64 = 255`: a consequence in numbers
    only, which the premise does not enter (it says which case the numbers are): a claim about
    numbers, checked as any is, to the digits shown."""
    cmp = compare(c_left, c_right, ctx, atol=tolerance(consequence[0], consequence[1], False))
    said = lambda m: f"{m} (numbers only: the case {shown} does not enter them)"
    return _checked(cmp, ctx, f, (render(consequence[0]), render(consequence[1])), said, said)


def _at_the_example(ctx, p, c_left, c_right, consequence: list[Node], f: Formula, shown: str,
                    sides: tuple[str, str]) -> Step | None:
    """`\\|u\\| = 3 \\Rightarrow \\cos(u, v) = 8/9` with u, v given for a worked example: a
    premise whose names all have the example's values, and that holds there, is a number
    checked, not an equation to solve (solving it for u_1 would move a value the text gave):
    the consequence holds when it does at those values too, to the digits it shows. None when
    the premise keeps a free name or does not hold at the values, or the consequence differs
    there (then it is solved as before)."""
    try:
        bound = ctx.at_bound_values(p, f.line)
        if getattr(bound, "free_symbols", True) or sp.simplify(bound) != 0:
            return None
        left, right = (ctx.at_bound_values(e, f.line) for e in (c_left, c_right))
        cmp = compare(left, right, ctx, atol=tolerance(consequence[0], consequence[1], False))
    except (Undecided, TypeError, ValueError, AttributeError):
        return None
    if not cmp.agree:
        return None  # (values rounded elsewhere may move it: decided as before, by solving)
    return _checked(cmp, ctx, f, sides,
                    lambda m: f"{shown} holds at the example's values, and then {m}",
                    lambda m: m)


def _checked(cmp, ctx, f: Formula, sides: tuple[str, str], holds: Callable[[str], str],
             fails: Callable[[str], str]) -> Step:
    """The consequence's verdict from its comparison `cmp`; `holds`, `fails`: how the step
    says it, given the comparison's method."""
    if cmp.agree:
        return Step(f.line, "holds", *sides, holds(cmp.method), source=f.text)
    example = witness.counterexample(cmp, ctx) if cmp.point is not None else None
    return Step(f.line, "fails", *sides, fails(cmp.method), example, None, f.text)


SLIP_SECONDS = 0.6  # CPU seconds for what the premise gives and the slip: a bonus that must
# leave the step its own time (step.STEP_SECONDS)


def _slip(low: Lowering, consequence: list[Node], solved: dict, mean: dict, cmp
          ) -> str | None:
    """`zw - ρ - λ = 0 ⇒ w = (ρ - λ)/z`: what the premise gives for the consequence's left
    side, and the slip in its right side when one edit makes it hold (diagnosis.explain,
    every repair read with the premise solved); None when the left side is no name the
    premise was solved for or its value is long."""
    left, right = consequence
    value = low.expr(left).xreplace(mean).xreplace(solved)
    if set(map(str, solved)) != {str(low.expr(left))} or \
            isinstance(value, sp.MatrixBase):
        return None
    shown = naming_of(low, (left, right)).say(value)  # in the text's names: ρ, not Σ x_i r_i
    gives = f"it gives {render(left)} = {shown}" if len(shown) <= 48 else None
    reading = Reading(low.ctx, lambda node: low.again().expr(node).xreplace(mean).xreplace(
        solved))
    found = explain(low, left, right, value, reading.read(right), cmp, reading=reading).text
    found = found if not bare(found) else None
    return "; ".join(filter(None, [gives, found])) or None


def _one(text: str, state: State) -> Relation | None:
    """The one `A = B` a formula states, read with the names the text knows, or None."""
    try:
        segments = parse_statements(text, state.ctx.known)
    except (Unreadable, RecursionError):
        return None
    if len(segments) != 1 or segments[0].error is not None or segments[0].condition:
        return None
    found = segments[0].relation
    if segments[0].continues and found.ops[:1] in {("⇒",), ("⇔",)} and found.members[0] is None:
        found = Relation(found.members[1:], found.ops[1:])  # `⇒ x = e`: what the arrow opens
    elif segments[0].continues:
        return None
    if len(found.members) < 2 or set(found.ops) != {"="}:
        return None
    return found


def consequence(state: State, premise: Formula, f: Formula) -> Step | None:
    """`$2x(wx - y) = 0$, so $wx = y$`: a formula that states what follows from an equation to
    solve, checked as following from it (the equation does not hold identically, so neither
    need this). It holds when it follows; when it does not follow from that equation alone, it
    may use another condition of the text (a second equation, an assumption): undecided, never
    "does not hold". None when it is no `A = B` about an expression (`w = y/x` names the
    solution: read as any formula is). A formula that opens with an implication arrow
    (conjunction.arrowed: `$$... = 0$$` then `$$\\Rightarrow x^* = ...$$`) is checked as if both
    were one formula `... = 0 ⇒ x^* = ...`: a solution of any name, and a consequence that does
    not follow fails as it would there."""
    given, claim = _one(premise.text, state), _one(f.text, state)
    arrow = arrowed(f, premise)
    if given is None or claim is None or len(claim.members) != 2 or \
            isinstance(claim.members[0], (Sym, Call)) and not arrow:
        return None
    step = implication(state, list(given.members[-2:]), list(claim.members), f)
    if arrow:
        return step
    shown = f"{render(given.members[-2])} = {render(given.members[-1])}"
    if step.verdict == "fails":
        return replace(step, verdict="undecided", counterexample=None,
                       method=f"could not decide: it does not follow from the equation {shown} "
                       f"(line {premise.line}) alone; it may use another condition of the text "
                       f"({step.method})")
    return step
