"""A consequence after ⇒ that states a solution of the premise: `k/q - (m - k)/(1 - q) = 0 ⟹
\\hat q = k/m` (a new name, marked as the solution: checked by substitution), and a solution
stated with matrix algebra whose shapes the text does not declare (checked on the shapes that
algebra implies). implication.py asks these before solving the premise itself."""

from __future__ import annotations

import sympy as sp

from checker.derive import equation, solution
from checker.derive.markdown import Formula
from checker.derive.meaning import Lowering
from checker.derive.render import render
from checker.derive.result import Step
from checker.derive.state import State
from checker.derive.tree import Node, Sym


def on_inferred_shapes(state: State, premise: list[Node], consequence: list[Node],
                      f: Formula, shown: str) -> Step | None:
    """`-2X^T(y - Xw) + 2λw = 0 ⇒ w^* = (X^T X + λI)^{-1}X^T y`, X of no declared shape: a
    stated solution (solution.stated) that satisfies the equation on the shapes its matrix
    algebra implies (substitution.py) holds; else None (a guess decides no failure)."""
    from checker.derive.substitution import solves_on_inferred_shapes

    found = solution.stated(consequence[0], consequence[1], state,
                            equation.names(premise), f.line)
    if found is None or not solves_on_inferred_shapes(state, f.line, (premise[0], premise[1]),
                                                      found.name, found.value):
        return None
    return Step(f.line, "holds", render(consequence[0]), render(consequence[1]),
                f"solves {shown} for {render(found.name)}: substituting it makes the sides "
                "agree, with the shapes its matrix algebra implies for names the text does not "
                "declare (inferred)", source=f.text)


def names_something(state: State, premise: list[Node], consequence: list[Node], f: Formula,
                     shown: str) -> Step | None:
    """`k/q - (m - k)/(1 - q) = 0 ⟹ \\hat q = k/m`: a consequence `x = e` whose name the premise
    lacks and the text has not defined names something: with a solution's mark on an unknown of
    the premise (solution.stated, the rule a formula after an equation follows too), its
    solution, checked by substitution (a wrong one fails when the mark is certain and the
    premise an equation to solve); otherwise a definition, never a failure. None when the
    consequence names nothing new."""
    lhs, rhs = render(consequence[0]), render(consequence[1])
    written, value = solution.rooted(consequence[0], consequence[1])
    known = equation.names(premise)
    if not isinstance(written, Sym) or written.name in known or \
            state.ctx.lookup(written, f.line) is not None or \
            state.ctx.bound({written.name}, f.line) or \
            not isinstance(Lowering(state.ctx, f.line).expr(written), sp.Symbol):
        return None
    found = solution.stated(written, value, state, known, f.line)
    if found is None:
        return Step(f.line, "undecided", lhs, rhs, f"could not decide: it names {lhs}, which "
                    f"{shown} does not contain (a definition, not a consequence of it)",
                    source=f.text)
    sides = (premise[0], premise[1])
    if equation.names([value]) & {found.name.name, written.name} or \
            equation.identity(state, f.line, sides) is not False:
        return None  # `w^* = w - ηg`: an update, not a solution; an identity solves for any
    verdict = equation.checked(state, f.line, sides, found)
    what = f"{shown} for {render(found.name)}"
    if verdict == "holds":
        return Step(f.line, "holds", lhs, rhs, f"solves {what}: substituting it makes the sides"
                    " agree", source=f.text)
    if verdict == "fails" and equation.to_solve(state, f.line, *sides):
        return Step(f.line, "fails", lhs, rhs, f"does not solve {what}",
                    diagnosis="substituting it leaves the sides unequal", source=f.text)
    return Step(f.line, "undecided", lhs, rhs, f"could not decide whether it solves {what}"
                f"{'' if verdict is None else ': it does not alone, or may name another thing'}",
                source=f.text)
