"""`A = B ⇒ C = D`: does C = D follow from A = B?"""

from __future__ import annotations

import sympy as sp

from checker.derive import witness
from checker.derive.equivalence import compare
from checker.derive.errors import Undecided
from checker.derive.guard import Place, failure, guarded
from checker.derive.markdown import Formula
from checker.derive.meaning import Lowering
from checker.derive.render import render
from checker.derive.result import Step
from checker.derive.state import State
from checker.derive.step import STEP_SECONDS, by_shapes
from checker.derive.tree import Node


def implication(state: State, premise: list[Node], consequence: list[Node], f: Formula
                ) -> Step:
    """`A = B ⇒ C = D`: does C = D follow from A = B (solved for a shared variable)?"""
    ctx = state.ctx
    shown = f"{render(premise[0])} = {render(premise[1])}"
    lhs, rhs = render(consequence[0]), render(consequence[1])

    def work() -> Step:
        low = Lowering(ctx, f.line)
        p = low.expr(premise[0]) - low.expr(premise[1])
        c_left, c_right = low.expr(consequence[0]), low.expr(consequence[1])
        if sp.expand(p) == 0:  # the premise restates what the text defined: check the rest
            cmp = compare(c_left, c_right, ctx)
            if cmp.agree:
                return Step(f.line, "holds", lhs, rhs, f"{shown} holds by the text's "
                            f"definitions, and then {cmp.method}", source=f.text)
            example = witness.counterexample(cmp, ctx) if cmp.point is not None else None
            return Step(f.line, "fails", lhs, rhs, f"{shown} holds by the text's definitions,"
                        f" but not this: {cmp.method}", example, None, f.text)
        # solve for what the consequence is about: p in `p = σ(z)`
        shared = sorted(p.free_symbols & (c_left - c_right).free_symbols,
                        key=lambda s: (s not in c_left.free_symbols, str(s)))
        for var in shared:
            solutions = sp.solve(p, var)
            if not solutions:
                continue
            tried = [compare(c_left.xreplace({var: sol}), c_right.xreplace({var: sol}), ctx)
                     for sol in solutions]
            for cmp in tried:
                if cmp.agree:
                    return Step(f.line, "holds", lhs, rhs,
                                f"follows from {shown} (solved for {var}); {cmp.method}",
                                source=f.text)
            cmp = tried[0]
            example = witness.counterexample(cmp, ctx) if cmp.point is not None else None
            return Step(f.line, "fails", lhs, rhs,
                        f"does not follow from {shown} (solved for {var})", example, None,
                        f.text)
        raise Undecided(f"could not solve {shown} for a variable of the next equation")

    at = Place(f.line, lhs, rhs, f.text)
    return by_shapes(state, guarded(STEP_SECONDS, work, lambda err: failure(
        err, at, f"whether it follows from {shown} in time", f"while solving {shown}")),
        consequence[0], consequence[1])
