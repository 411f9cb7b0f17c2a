"""A statement's role, and the pieces between its relations: a chain of equalities between
`⇒`, `→`, `<`... is a premise, a flow node, worked numbers compared, a relation or a shape rule
(the relation symbols each kind of statement uses); `read_pieces` splits a statement into these
pieces and reads each by its role (a chain of equalities in `equality.py`).
"""

from __future__ import annotations

from collections.abc import Callable

from checker.derive import congruence, implication
from checker.derive.chain import Trail
from checker.derive.conformance import space
from checker.derive.equality import read_chain
from checker.derive.equation import claimed, names
from checker.derive.link import Link
from checker.derive.markdown import Formula
from checker.derive.member import is_name, is_numeric, mentions, names_entries
from checker.derive.progress import Previous, Walk
from checker.derive.render import render
from checker.derive.roles import Role, classify
from checker.derive.shape import is_shape, is_shape_product, shape_steps
from checker.derive.solution import stated
from checker.derive.state import State
from checker.derive.tree import Call, Deriv, Node, Relation, Shape, Sym, walk
from checker.derive.update import updated


EQUALITY = {"=", "≈", ":=", "≡"}
IMPLICATION = {"⇒", "⇔", "⇐"}
NOT_IDENTITY = {"→", "<", ">", "≤", "≥", "≠", "∈"}  # limits and inequalities
ORDER = {"<", ">", "≤", "≥"}


def classify_statement(members: list[Node], ops: list[str]) -> Role:
    if len(members) == 2 and ops == ["⇒"] and isinstance(members[0], Sym) and \
            isinstance(members[1], Shape):
        return Role.SHAPE  # X ⇒ (364, 30): the lecture declares a shape
    if all(is_shape(m) for m in members) and set(ops) <= EQUALITY | IMPLICATION and \
            (any(is_shape_product(m) for m in members) or set(ops) & IMPLICATION):
        return Role.SHAPE_RULE  # (m,n)(n,k) ⇒ (m,k); (9, 75) = (9, 75) compares numbers
    return Role.CHAIN


def flow_node(chain: list[Node], before: str, after: str, next_piece: list[Node] | None) -> bool:
    """`x \\to z_1 = w_1 x + b_1 \\to h = \\sigma(z_1) \\to L`: a network written as a flow of
    arrows, each node `name = value` between them; never a limit (the arrow is followed by a
    number or ∞: `a = σ(z) → 1`), nor a name in its own value."""
    return "→" in (before, after) and {before, after} <= {"→", ""} and len(chain) == 2 and \
        isinstance(chain[0], Sym) and not mentions(chain[1], chain[0]) and \
        not (next_piece and is_numeric(next_piece[0]))


def _recurring(chain: list[Node]) -> bool:
    """`π_1 = 0.5π_1 + 0.25π_2 ⇒ π_1 = 0.5π_2`: an entry on both sides of a premise is an
    equation in it, to solve, not a definition of it (an entry: a number; `V = R + γPV ⟺
    (I - γP)V = R` of vectors and matrices stays as it was read)."""
    return isinstance(chain[0], Sym) and bool(chain[0].index) and \
        any(n == chain[0] for n in walk(chain[1]))


def classify_piece(chain: list[Node], before: str, after: str, next_piece: list[Node] | None,
                   is_definition: Callable[[list[Node]], bool]) -> Role:
    """A chain of equalities between two other relations (`⇒`, `→`, `<` ...)."""
    if after in IMPLICATION and len(chain) == 2 and next_piece is not None and \
            len(next_piece) == 2 and (not is_definition(chain) or _recurring(chain)):
        return Role.IMPLICATION  # log(p/(1-p)) = z ⇒ p = σ(z): premise and consequence
    if {before, after} & ORDER and not {before, after} & (NOT_IDENTITY - ORDER) and \
            all(is_numeric(m) for m in chain[1:]) and (len(chain) >= 3 or is_numeric(chain[0])):
        return Role.CHAIN  # ‖w‖² = 0.375² + 0.5833² ≈ 0.4809 < 0.69: worked numbers, compared
    if {before, after} & ORDER and not {before, after} & (NOT_IDENTITY - ORDER) and \
            isinstance(chain[0], (Call, Deriv)):
        return Role.CHAIN  # ℓ''(θ) = -k/θ² - (n-k)/(1-θ)² < 0: a derivative derived, bounded
    if flow_node(chain, before, after, next_piece) and is_definition(chain):
        return Role.CHAIN  # x → z_1 = w_1x + b_1 → h = σ(z_1): each node defined on the way
    if after == "∈" and before not in NOT_IDENTITY and next_piece is not None and \
            len(next_piece) == 1 and len(chain) >= 2 and \
            (not is_definition(chain) or space(next_piece[0]) is None):
        return Role.CHAIN  # ∂L/∂W = Xᵀ(P - Y) ∈ ℝ^{d×K}: the equalities are claims, the space
        # says where their value lies (conformance.spaces reads it); `s = σ(z) ∈ (0, 1)`, `y =
        # f(x) ∈ ℝ`: a number's definition with the set its values lie in, read as without it.
        # `z = Wx ∈ ℝ^3`, `dY = ∂L/∂Y ∈ ℝ^{N×M}` declare an array's shape and stay relations:
        # the worked example gives such arrays numbers, which a definition would override
    if {before, after} & NOT_IDENTITY or after == "←":
        return Role.RELATION  # a limit, an assignment arrow or an inequality
    if any(is_shape_product(m) for m in chain) or (
            any(isinstance(m, Shape) for m in chain) and {before, after} & IMPLICATION):
        return Role.SHAPE_RULE
    return Role.CHAIN


def read_pieces(w: Walk, members: list[Node], ops: list[str], candidates: list[Node],
                trail: Trail | None, f: Formula, given: tuple[Relation, ...],
                lines: list[int] | None = None) -> None:
    """Split at implications and other relations: each piece is a chain of equalities
    (with the line of each of its `=`)."""
    lines = lines if lines and len(lines) == len(ops) else [f.line] * len(ops)
    piece: list[Node] = [members[0]]
    pieces: list[tuple[list[Node], str]] = []
    links: list[list[int]] = [[]]
    approx: list[list[bool]] = [[]]  # which links are `≈`
    for op, m, at in zip(ops, members[1:], lines):
        if congruence.is_congruence(op, piece[-1], m, f.text):  # 4 ≡ 1 (mod 3): no equality
            found = congruence.checked(w.state, piece[-1], m, f, at)
            if found is not None:
                w.steps.append(found)
        if op in EQUALITY and not congruence.is_congruence(op, piece[-1], m, f.text):
            piece.append(m)
            links[-1].append(at)
            approx[-1].append(op == "≈")
        else:
            pieces.append((piece, op))
            piece = [m]
            links.append([])
            approx.append([])
    pieces.append((piece, ""))
    updates = []  # w ← w - 0.1·5 = 1: the new value holds once the formula is checked
    checked = -1  # the consequence of an implication, already checked: only a premise now
    for k, (chain, after) in enumerate(pieces):
        if not chain:
            continue  # the consequence of an implication, already checked
        before = pieces[k - 1][1] if k else ""
        following = pieces[k + 1][0] if k + 1 < len(pieces) else None
        role = classify_piece(chain, before, after, following,
                              lambda c: defines(w.state, c, f.line))
        if k == checked and role is not Role.IMPLICATION:
            continue
        if role is Role.IMPLICATION:  # A ⇒ B ⇒ C: B follows from A, C from B
            if k != checked and asserted(w.state, chain, f.line):
                read_chain(w, chain, f, [], links=links[k], approx=approx[k])
            w.steps.append(implication.implication(w.state, chain, following, f))  # type: ignore[arg-type]
            checked = k + 1
        elif role is Role.SHAPE_RULE:
            w.steps.extend(shape_steps(chain, f.line, f.text))
        elif role is Role.CHAIN:
            n = len(w.steps)
            read_chain(w, chain, f, candidates if k == 0 else [],
                       consequence=before in IMPLICATION,
                       trail=trail if k == 0 and candidates else None, given=given,
                       links=links[k], approx=approx[k])
            if after in IMPLICATION and following is not None and \
                    solved_after(w, chain, following[:2], f, n):
                # `... = 0 ⇒ e^{θ̂} = ȳ = 9/3 = 3`: the rest of the consequence goes on from ȳ
                pieces[k + 1] = (following[1:] if len(following) > 2 else [], pieces[k + 1][1])
            elif after in IMPLICATION and following is not None and \
                    evaluated_after(w, chain, following, f):
                pieces[k + 1] = ([], pieces[k + 1][1])  # (checked as following from it)
        if after == "←" and len(chain) == 1 and following:  # w ← 1.5 - 0.1·0.73 = 1.43
            updates.append((chain[0], following))
    for name, values in updates:
        updated(w.state, name, values, f.line)
    last = pieces[-1][0][-1] if pieces[-1][0] else members[-1]
    exprs = w.block_exprs.setdefault(f.block, [])
    if len(members) == 1:
        exprs.append(members[0])
    variables = tuple(n.var for m in members if m is not None for n in walk(m)
                      if isinstance(n, Deriv))
    if candidates and w.previous is not None:
        variables += w.previous.variables  # `= ...` goes on with the same chain
    named = [pieces[-1][0][-2]] if len(pieces[-1][0]) > 1 and names_entries(last) else []
    w.previous = Previous(named + [last] + exprs[::-1], f.block, f.line, variables)


def solved_after(w: Walk, chain: list[Node], following: list[Node], f: Formula,
                 n: int) -> bool:
    """`∂S/∂b = -2Σ_i(y_i - ax_i - b) = 0 ⇒ b = ȳ - ax̄`: a chain whose last link, no
    identity, is followed by `⇒` and a consequence: that link is an equation the consequence is
    derived from. Its step (from `n` on) is replaced by the consequence's, checked as following
    from it, when the consequence solves for an unknown of the link (`b = ...`: it holds or
    fails) or the link sets an expression to a number (`... = 0`) and the consequence follows."""
    if len(chain) < 2 or len(following) != 2 or len(w.steps) <= n:
        return False
    last = w.steps[-1]
    if last.verdict == "holds" or (last.lhs, last.rhs) != (render(chain[-2]), render(chain[-1])):
        return False
    step = implication.implication(w.state, chain[-2:], following, f)
    found = stated(following[0], following[1], w.state, names(chain[-2:]), f.line)
    solution = found is not None and found.certain  # (the rule implication.py follows)
    if step.verdict == "holds" and (solution or is_numeric(chain[-1])) or \
            step.verdict == "fails" and solution:
        w.steps[-1] = step
        return True
    return False


def evaluated_after(w: Walk, chain: list[Node], following: list[Node], f: Formula) -> bool:
    """`\\cos A = \\frac{96}{144} \\approx 0.6667 \\Rightarrow A \\approx 48.19^\\circ`: a chain
    that works out an expression of an unknown to a number, then `⇒` the unknown's value:
    the value follows from the expression equal to the chain's last number (solved for the
    unknown). The consequence's step is added when that decides it (holds or fails); False
    leaves it to be read as before."""
    if len(chain) < 3 or len(following) != 2 or not isinstance(following[0], Sym) or \
            not all(is_numeric(m) for m in chain[1:]) or is_numeric(following[0]) or \
            not mentions(chain[0], following[0]) or not is_numeric(following[1]):
        return False
    step = implication.implication(w.state, [chain[0], chain[-1]], following, f)
    if step.verdict not in ("holds", "fails"):
        return False
    w.steps.append(step)
    return True


def asserted(state: State, chain: list[Node], line: int) -> bool:
    """`\\frac{\\partial \\tanh x}{\\partial x} = 1 - \\tanh x \\Rightarrow J = ...`: a premise of the
    shape of a claim (equation.claimed: a derivative equal to an expression of its names, an
    expansion, sides a number apart), which the writer asserts as the reason for what follows,
    not an equation to solve: it is a step of its own, checked as if written alone (a
    derivative of an undefined function is then taken as given, as anywhere)."""
    return len(chain) == 2 and claimed(state, line, chain[0], chain[1])


def defines(state: State, chain: list[Node], line: int) -> bool:
    if not is_name(chain[0]):
        return False
    link = Link(chain[0], chain[1], tuple(chain[1:]), line, state)
    return classify(link) in {Role.DEFINITION, Role.UPDATE}
