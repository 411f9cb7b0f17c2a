"""Sides that share no name: `s_3(q_3 - z_3) = Σ_k s_1(q_{1,k} - z_1) s_2(q_{2,k} - z_2)` after
the schema `r = s(q - z)` and "设 $r_3 = Σ_k r_{1,k} r_{2,k}$, 代入:", `h_2 = w_2 h_1` for a
layer nothing defines, `버킷 합 = 각 원소의 합`. An identity in names holds for every value of
them; two sides that share none can only agree everywhere when both are constants, so a
writer who equates two expressions in different unknowns never states an identity: the
equation relates them (a premise, a model, the result of putting a schema's instances into
another equation), and reading it as one proves nothing. Only when nothing on either side is
defined or bound by the text (then it could reach the other side, and a failure is real)."""

from __future__ import annotations

from checker.derive import vocabulary
from checker.derive.attempt import Attempt
from checker.derive.constraint import equations
from checker.derive.lookahead import forward_definitions
from checker.derive.traversal import symbols_of
from checker.derive.tree import Call, Deriv, Sym, walk


def unrelated_sides(attempt: Attempt) -> tuple[str, str] | None:
    """A failing step whose sides, both expressions (not a lone name), depend as read on
    disjoint sets of names, none of them defined, bound or given a shape by the text, none a
    whole whose entries the other side writes, none tied by a definition the text states
    after it or an equation above it, and no derivative or statistic written (tied to a
    variable, to a distribution): undecided, with the names of each side."""
    ctx, line = attempt.ctx, attempt.line
    if isinstance(attempt.left, Sym) or isinstance(attempt.right, Sym):
        return None  # `z = wᵀx + b`: a name given a value, a definition's business
    written = [n for side in (attempt.left, attempt.right) for n in walk(side)]
    if any(isinstance(n, Deriv) or isinstance(n, Call) and vocabulary.statistic(n.name)
           for n in written):
        return None  # a derivative, a statistic: tied to their variables, their distributions
    for n in written:
        if isinstance(n, Sym) and (ctx.lookup(n, line) is not None or
                                   ctx.bound({n.name}, line) or
                                   ctx.shape_of(n.name) is not None):
            return None
    left, right = ({str(s) for s in symbols_of(v)} for v in (attempt.lv, attempt.rv))
    if not left or not right or left & right or _whole_beside_entries(attempt):
        return None
    if forward_definitions(attempt) or any(True for _ in equations(attempt)):
        return None  # `κ = L/μ` after it, `uv = 4` above it: the text ties the sides
    shown = [", ".join(sorted(ctx.shown(s) for s in names)[:4]) for names in (left, right)]
    return "undecided", (
        f"could not decide: the sides share no name (left: {shown[0]}; right: {shown[1]}) and "
        "the text defines none of them, so no identity can hold between them: the equation "
        "relates unknowns (a premise, or a formula put into another); to have it checked, "
        "write the definitions it follows from as formulas (`r_3 = s_3(q_3 - z_3)`)")


def _whole_beside_entries(attempt: Attempt) -> bool:
    """A name written plain on one side whose entries the other side writes (`w` beside
    `w_i`, `X` beside its rows `x_i`): the whole and its members, which the text relates
    (i.i.d., a matrix's rows)."""
    sides = [[n for n in walk(side) if isinstance(n, Sym)] for side in (attempt.left, attempt.right)]
    for one, other in (sides, sides[::-1]):
        plain = {n.base.lower() for n in one if not n.index}
        if any(n.index and n.base.lower() in plain for n in other):
            return True
    return False
