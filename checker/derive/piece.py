"""A statement's role, and the roles of the pieces between its relations: a chain of
equalities between `⇒`, `→`, `<`... is a premise, a flow node, worked numbers compared, a
relation or a shape rule; the relation symbols each kind of statement uses.
"""

from __future__ import annotations

from collections.abc import Callable

from checker.derive.member import is_numeric, mentions
from checker.derive.roles import Role
from checker.derive.shape import is_shape, is_shape_product
from checker.derive.tree import Call, Deriv, Node, Shape, Sym, walk


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
    if {before, after} & NOT_IDENTITY or after == "←":
        return Role.RELATION  # a limit, an assignment arrow or an inequality
    if any(is_shape_product(m) for m in chain) or (
            any(isinstance(m, Shape) for m in chain) and {before, after} & IMPLICATION):
        return Role.SHAPE_RULE
    return Role.CHAIN
