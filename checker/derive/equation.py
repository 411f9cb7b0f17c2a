"""Equations the text solves: a formula that is no identity, recognised by what the text does
with it ("the branches cross where $t^{-1/2} = t w^{-3/2}$, i.e. $t^{3/2} = w^{3/2}$, so at
$t = w$"; `... = 0 \\Rightarrow b = \\bar y - a\\bar x`).

An equation is recognised structurally, not by its words: it is followed (joined by "i.e.",
"so", "즉", "得", "이므로" ...: sentence.py) by other equations and a solution `x = e` of one of
its unknowns, and substituting e makes it hold. The steps after it are then checked as equations:
a solution by substitution (a wrong root fails), a transformed equation by whether the
solution still satisfies it (one that loses the solution fails) and whether it follows.

`means`: `\\bar x` beside a family x_1, ..., x_N summed in the same equation (an open range
`\\sum_i x_i`, expanded at N terms) is read as the family's mean, the statistics convention,
when the text gives x̄ no other meaning.
"""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from checker.derive import periodicity, relation
from checker.derive.equivalence import compare
from checker.derive.errors import Undecided, UnknownShape, Unreadable
from checker.derive.markdown import Formula
from checker.derive.meaning import Lowering
from checker.derive.member import is_name
from checker.derive.regex import Regex
from checker.derive.render import render
from checker.derive.result import Step
from checker.derive.rounding import half_unit, rounded
from checker.derive.solution import Solution
from checker.derive.solution import solution as stated_solution
from checker.derive.state import State
from checker.derive.tree import Bin, Node, Num, Sym, is_derivative, rewrite, walk

_BAR = Regex(r"^bar\((\w+)\)$")


def means(exprs: list, ctx, line: int) -> dict[sp.Symbol, sp.Expr]:
    """`bar(x)` → (x_1 + ... + x_N)/N, for each x̄ among the free symbols of `exprs` whose
    family x_1..x_N (N ≥ 2, numbered from 1) is among them too, and that the text neither
    defines nor binds at `line`."""
    free = {s for e in exprs for s in getattr(e, "free_symbols", ())}
    names = {str(s): s for s in free}
    out = {}
    for sym in free:
        found = _BAR.match(str(sym))
        if found is None or ctx.get(str(sym), line) is not None or \
                ctx.bound({str(sym)}, line):
            continue
        stem = found.group(1)
        members = []
        while f"{stem}_{len(members) + 1}" in names:
            members.append(names[f"{stem}_{len(members) + 1}"])
        if len(members) >= 2 and not any(n.startswith(f"{stem}_{len(members) + 1}")
                                         for n in names):
            out[sym] = sp.Add(*members) / len(members)
    return out


def residual(state: State, line: int, equation: tuple[Node, Node], name: Sym,
             value: Node) -> tuple[sp.Expr, sp.Expr] | None:
    """The equation's sides with `name` replaced by `value` (and x̄ read as a mean), or None
    when the name is not one of its unknowns."""
    low = Lowering(state.ctx, line)
    for side in (*equation, value):
        low.note_ranges(side)  # -n/(2σ²) + Σ_{i=1}^{n} ...: the n outside is the sum's length
    left, right = (low.expr(side) for side in equation)
    target, solved = low.expr(name), low.expr(value)
    if not isinstance(target, sp.Symbol) or target not in (left - right).free_symbols:
        return None
    left, right = left.xreplace({target: solved}), right.xreplace({target: solved})
    joint = _estimates(low, value, (left - right).free_symbols - {target})
    left, right = left.xreplace(joint), right.xreplace(joint)
    mean = means([left, right], state.ctx, line)
    return left.xreplace(mean), right.xreplace(mean)


def _estimates(low: Lowering, value: Node, unknowns: set) -> dict:
    """The other estimates a solution names (`σ̂² = 1/n Σ(x_i - μ̂)²` for the equation in σ²
    and μ): μ̂ solves its own equation, so the equations hold together at μ = μ̂; the equation's
    μ takes μ̂'s value. Only hatted names whose plain name is an unknown there."""
    out = {}
    for n in walk(value):
        if not isinstance(n, Sym) or not n.accents or n.accents[0] != "hat":
            continue
        try:
            plain, estimate = low.expr(replace(n, accents=n.accents[1:])), low.expr(n)
        except (Undecided, Unreadable, TypeError, ValueError):
            continue
        if plain in unknowns and plain != estimate:
            out[plain] = estimate
    return out


def solves(state: State, line: int, equation: tuple[Node, Node], name: Sym,
           value: Node) -> bool | None:
    """Does `name = value` solve the equation (True), not (False), or is that unknown (None)?"""
    try:
        sides = residual(state, line, equation, name, value)
        if sides is None:
            return None
        agree = compare(*sides, state.ctx).agree
        if not agree and _to_digits(state, line, equation, name, value):
            return True  # θ_c = \arcsin(0.6667) for sin θ_c = 1/1.5: rounded as shown
        if not agree:  # x = kπ for sin x = 0: k an integer, by the convention of periods
            low = Lowering(state.ctx, line)
            new = getattr(low.expr(value), "free_symbols", set()) - \
                {s for side in equation for s in getattr(low.expr(side), "free_symbols", ())}
            return bool(periodicity.at_integers(*sides, new)) if new else False
        return agree
    except UnknownShape:  # X^T(y - Xw) = 0 with X of no declared shape: on inferred shapes
        from checker.derive.substitution import solves_on_inferred_shapes
        try:
            return solves_on_inferred_shapes(state, line, equation, name, value)
        except (Undecided, Unreadable, TypeError, ValueError, ZeroDivisionError):
            return None
    except (Undecided, Unreadable, TypeError, ValueError, ZeroDivisionError):
        return None


def _to_digits(state: State, line: int, equation: tuple[Node, Node], name: Sym,
               value: Node) -> bool:
    """A solution written with rounded decimals (`θ_c = \\arcsin(0.6667)` for `\\sin θ_c =
    1/1.5`) solves the equation to the digits shown: substituted, its residual is within what
    half a unit in the last digit of each decimal moves it (to first order). An exact value, or
    a decimal shown to fewer than 3 significant digits (chosen, not rounded), is compared as
    it is."""
    decimals = [n for n in walk(value) if isinstance(n, Num) and rounded(n.text)]
    if not decimals:
        return False
    stand = {id(n): Sym(f"rounded{k}") for k, n in enumerate(decimals)}
    general = rewrite(value, lambda n: stand.get(id(n)))
    sides = residual(state, line, equation, name, general)
    if sides is None:
        return False
    gap = sides[0] - sides[1]
    symbols = {str(x): x for x in gap.free_symbols}
    if set(symbols) - {s.name for s in stand.values()}:
        return False  # (another unknown left)
    at = {symbols[s.name]: sp.Float(n.text) for n, s in zip(decimals, stand.values())
          if s.name in symbols}
    decimals = [n for n, s in zip(decimals, stand.values()) if s.name in symbols]
    try:
        off = abs(complex(sp.N(gap.xreplace(at))))
        allowed = sum(abs(complex(sp.N(sp.diff(gap, x).xreplace(at)))) * half_unit(n.text)
                      for x, n in zip(at, decimals))
    except (TypeError, ValueError, ZeroDivisionError):
        return False
    return off <= allowed + 1e-12


def identity(state: State, line: int, equation: tuple[Node, Node]) -> bool | None:
    """Do the equation's sides agree as expressions (then it is a claim, not an equation)?"""
    try:
        low = Lowering(state.ctx, line)
        return compare(low.expr(equation[0]), low.expr(equation[1]), state.ctx).agree
    except (Undecided, Unreadable, TypeError, ValueError, ZeroDivisionError):
        return None


def first_order(chain: list[Node], i: int) -> bool:
    """`∂L/∂x = 2x - λ = 0`, `\nabla_w J = X^\top(Xw - y) = 0`: the last link of a chain that
    starts with a derivative and ends in zero sets that derivative to zero, a first-order
    condition on the unknowns the text goes on to solve, not a claim that the expression
    vanishes at every point (its first link, the derivative, is checked as any step)."""
    return 1 <= i == len(chain) - 2 and isinstance(chain[-1], Num) and \
        chain[-1].text.strip() in {"0", "0.0"} and \
        any(is_derivative(n) for n in walk(chain[0]))


def _has_sum(node: Node) -> bool:
    return any(isinstance(n, Bin) and n.op in "+-" for n in walk(node))


def claimed(state: State, line: int, left: Node, right: Node) -> bool:
    """The shape of a claim the writer states, never an equation to solve (unless the prose
    sets it up as one): a derivative equal to an expression of the unknowns (`tanh'(x) = 1 +
    tanh^2(x)`, `∂L/∂w = x(wx - y)`: a function's derivative, not a condition on x); a power
    or product of a sum equal to a sum in the same names (`(a + b)^2 = a^2 + b^2`: an
    expansion); sides that differ by a number whatever the unknowns (`(x + 1)^2 = x^2 + 2x +
    2`: no condition on x)."""
    for one, other in ((left, right), (right, left)):
        if is_derivative(one) and not isinstance(other, Num) and names([other]):
            return True
        if isinstance(one, Bin) and one.op in "*^" and _has_sum(one) and \
                isinstance(other, Bin) and other.op in "+-" and names([one]) and \
                names([one]) == names([other]):
            return True
    try:
        low = Lowering(state.ctx, line)
        gap = sp.expand(low.expr(left) - low.expr(right))
    except (Undecided, Unreadable, TypeError, ValueError, ZeroDivisionError, AttributeError):
        return False
    return isinstance(gap, sp.Expr) and not gap.free_symbols and gap != 0


def recognise(state: State, head: Formula, followers: list[Formula], cued: bool = False
              ) -> tuple[Sym, Node] | bool | None:
    """When `head` states one equation that is no identity, about an expression (or a name on
    both sides), and a follower is a solution `x = e` of one of its unknowns: that solution,
    if it solves `head`; True if none does (each step is then checked against the one before
    it). None: not an equation the text solves (also a formula of a claim's shape, `claimed`,
    unless the prose sets it up as an equation: `cued`)."""
    equation = relation.stated(head.text, state, last=True)
    if equation is None:
        return None
    left, right = equation.members
    if not to_solve(state, head.line, left, right, cued):
        return None
    solutions = [found for f in followers
                 if (found := stated_solution(f.text, state, names([left, right]), head.line))
                 is not None]
    if not solutions or identity(state, head.line, (left, right)) is not False:
        return None
    for found in solutions:
        if solves(state, head.line, (left, right), found.name, found.value):
            return found.name, found.value
    return True if any(found.certain for found in solutions) else None  # (q_0: maybe no root)


def to_solve(state: State, line: int, left: Node, right: Node, cued: bool = False) -> bool:
    """`left = right` has the shape of an equation to solve: not a definition (`z = wx + b`;
    `L'(w) = 0` is none), nor of a claim's shape (`claimed`) unless the prose sets it up as an
    equation (`cued`)."""
    if is_name(left) and not is_derivative(left) and \
            not (isinstance(left, Sym) and _mentions(right, left)):
        return False
    return cued or not claimed(state, line, left, right)


def checked(state: State, line: int, equation: tuple[Node, Node], given: Solution,
            solved: bool = False) -> str | None:
    """What substituting a stated solution into the equation says: "holds" (it solves it);
    "fails" (it does not, its name is certainly the unknown's solution, and it fixes every
    unknown it leaves, or the equation's solution is known: `solved`); "other" (it does not,
    but another equation of the text may fix the unknowns it leaves, or a decorated name, q_0,
    may be no solution); None (could not tell)."""
    verdict = solves(state, line, equation, given.name, given.value)
    if verdict is None:
        return None
    if verdict:
        return "holds"
    if not given.certain or not solved and _other_unknowns(state, line, equation, given.name,
                                                           given.value):
        return "other"
    return "fails"


def names(nodes) -> set[str]:
    """The names written in `nodes`, as written (`hat(q)`, `x_i`)."""
    return {n.name for side in nodes for n in walk(side) if isinstance(n, Sym)}


def _other_unknowns(state: State, line: int, equation: tuple[Node, Node], name: Sym,
                    value: Node) -> bool:
    """`x + y = 5`, then `x = 2`: substituting leaves unknowns the solution does not mention
    (y): another equation of the text may fix them."""
    try:
        sides = residual(state, line, equation, name, value)
        low = Lowering(state.ctx, line)
        mentioned = getattr(low.expr(value), "free_symbols", set())
    except (Undecided, Unreadable, TypeError, ValueError, ZeroDivisionError):
        return True
    return sides is None or bool({s for e in sides for s in getattr(e, "free_symbols", ())}
                                 - set(mentioned))


def _mentions(node: Node, sym: Sym) -> bool:
    return any(isinstance(n, Sym) and n.name == sym.name for n in walk(node))


def follower(state: State, head: Formula, solution: tuple[Sym, Node] | None, f: Formula
             ) -> Step | None:
    """A formula the text derives from the equation `head`: a solution, checked by
    substitution; an equation, checked by whether `solution` (which solves `head`) still
    satisfies it (losing it fails) and whether it follows from `head` (with no solution known,
    `head` is the equation right before it, and not following fails). None when `f` states no
    one `A = B` (read as any formula is)."""
    from checker.derive import implication

    equation, claim = relation.stated(head.text, state, last=True), relation.stated(f.text, state)
    if equation is None:
        return None
    shown = f"{render(equation.members[0])} = {render(equation.members[1])}"
    sides = (equation.members[0], equation.members[1])
    given = stated_solution(f.text, state, names(sides), head.line)
    found = checked(state, head.line, sides, given, solution is not None) if given else None
    if given is not None and (not given.alone or claim is None):  # `t = T ln 0.5/ln 0.96
        # ≈ 16,980`, `η^⋆ = ..., ρ^⋆ = ...`, `x = \\pm 2` (its upper sign): a wrong solution
        # fails; a right one is read as any formula is
        if found != "fails":
            return None
        return Step(f.line, "fails", render(given.written), render(given.value),
                    f"does not solve the equation {shown} (line {head.line})",
                    diagnosis="substituting it leaves the sides unequal", source=f.text)
    if claim is None:
        return None
    lhs, rhs = render(claim.members[0]), render(claim.members[1])
    if given is not None and (given.certain or found == "holds"):
        if found is None:
            return None
        if found == "holds":
            return Step(f.line, "holds", lhs, rhs, f"solves the equation {shown} (line "
                        f"{head.line}): substituting it makes the sides agree", source=f.text)
        if found == "other":
            return Step(f.line, "undecided", lhs, rhs, f"could not decide: it does not solve "
                        f"the equation {shown} (line {head.line}) alone; it may use another "
                        "equation of the text", source=f.text)
        return Step(f.line, "fails", lhs, rhs, f"does not solve the equation {shown} (line "
                    f"{head.line})", diagnosis="substituting it leaves the sides unequal",
                    source=f.text)
    if solution is not None:
        name, value = solution
        kept = solves(state, head.line, (claim.members[0], claim.members[1]), name, value)
        if kept is False:
            return Step(f.line, "fails", lhs, rhs, f"not equivalent to the equation {shown} "
                        f"(line {head.line}): its solution {render(name)} = {render(value)} "
                        "does not satisfy this one", diagnosis="a step changed the equation's "
                        "solutions (a dropped factor or term, a sign)", source=f.text)
    step = implication.implication(state, list(sides), list(claim.members), f)
    if step.verdict == "holds" or step.verdict == "fails" and solution is None and \
            names(claim.members) <= names(sides):  # (no quantity the equation lacks)
        return step
    return Step(f.line, "undecided", lhs, rhs, f"could not decide whether it follows from the "
                f"equation {shown} (line {head.line}) ({step.method})", source=f.text)
