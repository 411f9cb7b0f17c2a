"""What each formula is: a claim to check, or a definition, an update, a condition, a label...

Decided by ordered rule tables over the formula and the document's state (`state.py`): the
first rule whose test holds gives the role. Each rule is one small function with its reason;
the walker (`document.py`) has one handler per role. Adding a role or a rule is one row here
and one test row in `tests/derive/test_roles.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from checker.derive import vocabulary
from checker.derive.equivalence import compare
from checker.derive.errors import ShapeMismatch, Undecided, Unreadable
from checker.derive.meaning import Lowering
from checker.derive.quantity import real
from checker.derive.shape import is_shape, is_shape_product
from checker.derive.state import State
from checker.derive.tree import (
    Bin,
    Call,
    Deriv,
    Elision,
    Grid,
    Matrix,
    Node,
    Num,
    Shape,
    Sum,
    Sym,
    Transpose,
    walk,
)


class Role(Enum):
    CLAIM = "claim"  # an identity to check
    DEFINITION = "definition"  # introduces a name, or gives it a new meaning from here on
    UPDATE = "update"  # w = w - αg: an assignment, not an identity
    BINDING = "binding"  # x = 3, m_0 = v_0 = 0: a worked example's values, for its steps
    CONDITION = "condition"  # `if y = 1`, `Cost = 0` for a value considered: restricts, no step
    LABEL = "label"  # XW = [...]: a product of names used nowhere else names the expression
    NAMING = "naming"  # `... = z` at the end of a chain: names the value
    SHAPE = "shape"  # X ⇒ (364, 30): declares a matrix's shape
    SHAPE_RULE = "shape rule"  # (m, n)(n, k) = (m, k): checked by the shape rule
    IMPLICATION = "implication"  # A = B ⇒ C = D: the second follows from the first
    RELATION = "relation"  # a limit, an inequality, an arrow: not an identity
    CHAIN = "chain"  # equalities, each link checked in turn
    STATISTIC = "statistic"  # E[r_i] = q: a statistic's value at that argument, not a function


# -- predicates over syntax trees --------------------------------------------------------------
def is_name(node: Node) -> bool:
    if isinstance(node, Sym):
        return True
    if isinstance(node, Call):
        return node.name not in vocabulary.FUNCTIONS and all(isinstance(a, Sym)
                                                             for a in node.args)
    return False


def is_update(name: Node, value: Node) -> bool:
    """w = w - \\alpha(...), v = μv + g, w = (1 - ηλ)w - ηg: the name is a term of its new
    value (alone or times a factor) beside other terms."""
    if not isinstance(name, Sym):
        return False
    terms: list[Node] = []
    node = value
    while isinstance(node, Bin) and node.op in "+-":
        terms.append(node.right)
        node = node.left
    terms.append(node)
    if len(terms) < 2:
        return False
    for t in terms:
        if t == name:
            return True
        if isinstance(t, Bin) and t.op == "*" and name in (t.left, t.right):
            factor = t.left if t.right == name else t.right
            # p = e^z - pe^z solves for p (its factor is another term): not an update
            if not mentions(factor, name) and factor not in terms:
                return True
    return False


def is_label(first: Node, rest: tuple[Node, ...]) -> bool:
    """XW = [...][...]: a product of names used nowhere else only names the expression."""
    syms = [n for n in walk(first) if isinstance(n, Sym)]
    if not syms or isinstance(first, Sym) or not all(
            isinstance(n, (Sym, Transpose)) or (isinstance(n, Bin) and n.op == "*")
            for n in walk(first)):
        return False
    return not any(mentions(m, s) for m in rest for s in syms)


def mentions(node: Node, name: Node) -> bool:
    if isinstance(name, Call):
        return any(isinstance(n, Call) and n.name == name.name for n in walk(node))
    return any(isinstance(n, Sym) and n == name for n in walk(node))


def is_numeric(node: Node) -> bool:
    return all(not isinstance(n, (Sym, Deriv)) for n in walk(node))


# -- the head of a chain: `head = value = ...` ---------------------------------------------
@dataclass
class Link:
    """The first `=` of a chain of equalities, where the document stands."""

    head: Node
    value: Node
    rest: tuple[Node, ...]  # every member after the head
    line: int
    state: State
    continued: bool = False  # the formula started with `=`: it continues the previous one
    consequence: bool = False  # it follows a ⇒: a consequence to check
    announced: bool = False  # the prose announces a definition ("let $h' = h$", "令")
    piece: bool = False  # stated for a region of a variable ("x < 0 时", "for $x > 0$")
    _expansion: object = field(default=None, repr=False)

    @property
    def definition(self):
        return self.state.definition_of(self.head, self.line)

    @property
    def expansion(self) -> object:
        """The value read in the current context, or the exception that stopped it."""
        if self._expansion is None:
            try:
                self._expansion = Lowering(self.state.ctx, self.line).expr(self.value)
            except (ShapeMismatch, Undecided, Unreadable, TypeError, ValueError,
                    RecursionError) as err:
                self._expansion = err
        return self._expansion


def _defined(k: Link) -> bool:
    """Some name of the head has a meaning (a definition, a declared shape): not a label."""
    ctx = k.state.ctx
    return any(isinstance(n, Sym) and (ctx.lookup(n, k.line) is not None or n.name in ctx.shapes)
               for n in walk(k.head))


def stated_statistic(head: Node, value: Node) -> bool:
    """`\\mathbb{E}[r_i] = q`, `\\mathrm{Var}(X) = σ^2`: a statistic (an expectation, a
    variance) applied, given a value that does not use its argument: what it is at that
    argument, never a function of a free variable (E[y_i] is not q). `E(w) = ½Σ(y - t)^2`,
    whose value uses w, defines a function E."""
    if not (isinstance(head, Call) and head.name in vocabulary.STATISTICS and not head.order):
        return False
    inside = {n.stem for a in head.args for n in walk(a) if isinstance(n, Sym)}
    return bool(inside) and not any(isinstance(n, Sym) and n.stem in inside for n in walk(value)) \
        and not any(isinstance(n, Call) and n.name == head.name for n in walk(value))


def _derivative_of(head: Node) -> bool:
    """g'(x), f''(x): a function's derivative, never the function itself."""
    return isinstance(head, Call) and head.order > 0


def _new(k: Link) -> bool:
    return k.definition is None


def _expands_to_itself(k: Link) -> bool:
    """Through the definitions in force, the value contains the name: an equation in it."""
    value = k.expansion
    return isinstance(k.head, Sym) and not isinstance(value, Exception) and \
        real(k.head.name) in getattr(value, "free_symbols", set())


def bindable(name: Node, line: int, state: State) -> bool:
    """A name a number can be bound to: not defined as an expression of other quantities
    nearby (a bound value, or a meaning far behind, is rebound)."""
    if not isinstance(name, Sym):
        return False
    d = state.definition_of(name, line)
    return d is None or is_numeric(d.body) or not state.recent(d.line, line) or \
        _start_of(name, d, state)


def _start_of(name: Sym, d, state: State) -> bool:
    """v_0 for the recurrence v_t = ρv_{t-1} + ...: where the family starts, a value to give
    (also through another family: h_t = tanh(a_t), a_t = w h_{t-1} + u x_t)."""
    recursive = any(isinstance(n, Sym) and n.stem == d.name.stem and n.index
                    for n in walk(d.body)) or \
        any(n.stem == d.name.stem and n.index for n in state.reached((d.body,), d.line)
            if not any(isinstance(m, Sym) and m == n for m in walk(d.body)))
    return bool(d.index) and recursive and len(name.index) == 1 and \
        str(name.index[0]).lstrip("-").isdigit() and int(name.index[0]) <= 0


def _determined(k: Link) -> bool:
    """The name's definition, at the bound values, is a number: `ŷ = 7` can be checked."""
    try:
        value = Lowering(k.state.ctx, k.line).expr(k.head)
    except (ShapeMismatch, Undecided, Unreadable, TypeError, ValueError, RecursionError):
        return False
    value = k.state.ctx.at_bound_values(value, k.line)
    return not getattr(value, "free_symbols", True)


def _square_of_new(k: Link) -> bool:
    head = k.head
    return isinstance(head, Bin) and head.op == "^" and isinstance(head.left, Sym) and \
        isinstance(head.right, Num) and head.right.text == "2" and \
        k.state.definition_of(head.left, k.line) is None and not mentions(k.value, head.left) \
        and not is_numeric(k.value) and not k.state.ctx.bound({head.left.name}, k.line)


def _another_function(k: Link) -> bool:
    old = k.definition.body  # type: ignore[union-attr]
    new = k.value
    if isinstance(new, Call) and new.args == (old,):
        return True  # A = ReLU(XW) after A = XW
    if _other_reduction(old, new):
        return True  # y = max_i x_i after y = (1/n) Σ_i x_i: max pooling after average pooling
    return isinstance(old, Call) and isinstance(new, Call) and old.name != new.name and \
        old.args == new.args and not old.order and not new.order


def _other_reduction(old: Node, new: Node) -> bool:
    """Both values reduce the same family (Σ_i x_i, max_i x_i, Π_i x_i), by different
    operations: another function of the same inputs."""
    def reductions(node: Node) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for n in walk(node):
            if isinstance(n, Sum):
                out.setdefault(n.op, set()).update(m.stem for m in walk(n.body)
                                                   if isinstance(m, Sym) and m.index)
        return out
    before, after = reductions(old), reductions(new)
    return bool(before) and bool(after) and not set(before) & set(after) and \
        bool(set().union(*before.values()) & set().union(*after.values()))


def _unrelated(k: Link) -> bool:
    def names(node: Node) -> set[str]:
        ranges = {x.name for n in walk(node) if isinstance(n, Sum)
                  for x in (n.hi, n.lo) if isinstance(x, Sym)} | \
            {n.index for n in walk(node) if isinstance(n, Sum) and n.index}
        return {n.stem for n in walk(node) if isinstance(n, Sym)} - ranges
    own = {k.head.stem} if isinstance(k.head, Sym) else set()
    old, new = names(k.definition.body) - own, names(k.value) - own  # type: ignore[union-attr]
    fitted = new < old and any(isinstance(n, Num) for n in walk(k.value)) and \
        not k.definition.index  # type: ignore[union-attr]  # params given numbers
    return bool(old) and bool(new) and (not old & new or fitted)


def _penalty_term(k: Link) -> bool:
    """L = (the old L) + α Σ|w_i|, or back to the old L without its penalty term."""
    old = k.definition.body  # type: ignore[union-attr]
    return (isinstance(k.value, Bin) and k.value.op in "+-" and k.value.left == old) or \
        (isinstance(old, Bin) and old.op in "+-" and old.left == k.value)


def _recurrence(head: Node, value: Node) -> bool:
    """v_t = βv_{t-1} + g_t, w_{t+1} = w_t - ηv_{t+1}: a member at a letter index whose value
    uses the same family at another index."""
    letters = {c for i in getattr(head, "index", ()) for c in str(i) if c.isalpha()}
    if not (isinstance(head, Sym) and letters):
        return False  # (w_t = (1 - η)^t w_0 is a closed form: w_0 has none of t's letters)
    return any(isinstance(n, Sym) and n.stem == head.stem and n.index and n.index != head.index
               and letters & {c for i in n.index for c in str(i)} for n in walk(value))


_ANNOUNCED = ("the prose announces a definition (\"let $h' = h$\", \"令\", \"로 두면\"): a new "
              "meaning from here on, never a restatement of the old one")
_PIECE = ("stated for a region of a variable (\"x < 0 时 f(x) = 0.1x\" after f(x) = max(0, x)), "
          "with another value than the name's: a piece of a new definition, which later steps "
          "may or may not mean")
_RESTATEMENT = "defined nearby in this section: a restatement, checked"
Rule = tuple[str, Callable[[Link], bool], Role]
HEAD_RULES: tuple[Rule, ...] = (
    ("continues the previous formula: each `=` is a step", lambda k: k.continued, Role.CLAIM),
    ("a product of names used nowhere else names the expression",
     lambda k: not is_name(k.head) and is_label(k.head, k.rest) and not _defined(k),
     Role.LABEL),
    ("follows a ⇒: a consequence to check, never a new definition",
     lambda k: k.consequence, Role.CLAIM),
    ("a statistic at an argument given a value free of it (E[r_i] = q): known there only",
     lambda k: stated_statistic(k.head, k.value), Role.STATISTIC),
    ("the square of a new name (σ² = ...): defines the name, its root",
     lambda k: _square_of_new(k), Role.DEFINITION),
    ("an expression on the left: an identity", lambda k: not is_name(k.head), Role.CLAIM),
    ("the derivative of a function the text defines (g'(x) = ... after g(x) = ...): a claim "
     "about it, never a new meaning of g (a number for it is a case considered: f'(w) = 0)",
     lambda k: _derivative_of(k.head) and k.definition is not None and
     not is_numeric(k.value), Role.CLAIM),
    ("the name, a variable, is a term of its new value: an update rule (v = μv + g)",
     lambda k: is_update(k.head, k.value) and (_new(k) or is_numeric(k.definition.body)),
     Role.UPDATE),
    ("an exercise's template fixed the name: its answer cannot redefine it",
     lambda k: k.state.fixed(k.head, k.line), Role.CLAIM),
    ("a number for a name that is not an expression of others: the example's value "
     "(`x = 3`, `z_1 = ... = 2.20`)",
     lambda k: is_numeric(k.value) and bindable(k.head, k.line, k.state), Role.BINDING),
    ("a number again for a name the text gave a number (w_1 = 2 - 0.001 = 1.999 under one "
     "method, then w_1 = 2 - 0.0012 = 1.9988 under another): its new value, as for a name "
     "without a definition (the new chain is checked on its own)",
     lambda k: is_numeric(k.value) and isinstance(k.head, Sym) and
     bool(k.state.ctx.bound({k.head.name}, k.line)), Role.BINDING),
    ("a number for a name defined from quantities without values, while a worked example "
     "is under way (its values bound in this section): the value the example computed "
     "(`ŷ ≈ 0.9242` where ŷ = A_1W_2 + b_2)",
     lambda k: is_numeric(k.value) and isinstance(k.head, Sym) and not _determined(k) and
     k.state.ctx.example_under_way(k.line), Role.BINDING),
    ("a number for a name defined from quantities without values: a case considered "
     "(`z = 0` for z = wx + b)",
     lambda k: is_numeric(k.value) and not _determined(k), Role.CONDITION),
    ("a new name on both sides: an equation to solve (`p = (1 - p)e^z`)",
     lambda k: _new(k) and mentions(k.value, k.head), Role.CLAIM),
    ("shapes that do not conform: reported as a step",
     lambda k: _new(k) and isinstance(k.expansion, ShapeMismatch), Role.CLAIM),
    ("a new name whose value cannot be read yet: defined as written",
     lambda k: _new(k) and isinstance(k.expansion, Exception), Role.DEFINITION),
    ("the value, expanded, contains the name: an equation in it",
     lambda k: _new(k) and _expands_to_itself(k), Role.CLAIM),
    ("a name used freely so far (the label y, the loss L) given a meaning: defined from "
     "here on", lambda k: _new(k) and k.state.used_freely(k.head), Role.DEFINITION),
    ("a new name: defined from here on", _new, Role.DEFINITION),
    ("a penalty term added to (or removed from) the name's value: a new meaning",
     _penalty_term, Role.DEFINITION),
    ("another function of the same argument (a = σ(z), then a = tanh(z)), or the old value "
     "put through a function (A = XW, then A = ReLU(XW)): a new meaning", _another_function,
     Role.DEFINITION),
    ("a value sharing no name with the old one (σ_w² = 1/n, then σ_w² = 2/(n_in + n_out)), "
     "or the old one with its parameters as numbers (ŷ = w_0 + w_1x, then ŷ = 2/3 + x/2): a new "
     "meaning", _unrelated, Role.DEFINITION),
    ("a recurrence (v_t = βv_{t-1} + g_t): the family's rule from here on, even where another "
     "was written nearby (momentum, then Nesterov): an indexed family, not a claim about v_2",
     lambda k: _recurrence(k.head, k.value), Role.DEFINITION),
    (_ANNOUNCED, lambda k: k.announced, Role.DEFINITION),
    (_PIECE, lambda k: k.piece and _contradicts(k), Role.DEFINITION),
    (_RESTATEMENT,
     lambda k: k.state.recent(k.definition.line, k.line),  # type: ignore[union-attr]
     Role.CLAIM),
    ("defined long ago or in another section: a new meaning", lambda k: True,
     Role.DEFINITION),
)


def classify(link: Link) -> Role:
    """The role of a chain's first `=`: the first rule that holds."""
    return next(role for _, test, role in HEAD_RULES if test(link))


def reason(link: Link) -> str:
    """Why classify() decided as it did (for tests and debugging)."""
    return next(why for why, test, _ in HEAD_RULES if test(link))


def guessed_meaning(link: Link) -> bool:
    """A defined name given another value in a later section or far below, decided by the
    table's catch-all: a new meaning, or the old one restated (perhaps wrongly)? A guess."""
    return link.definition is not None and \
        reason(link) in (HEAD_RULES[-1][0], _ANNOUNCED, _PIECE) and _contradicts(link)


def contested(link: Link) -> bool:
    """A name defined nearby written again with a value that contradicts it (a table row for
    another layer: o = ⌊(i + 2p - k)/s⌋ + 1, then o = (i - 1)s - 2p + k): checked as a
    restatement, but later steps cannot tell which value the writer means."""
    return link.definition is not None and not is_numeric(link.value) and \
        reason(link) == _RESTATEMENT and _contradicts(link)


def _scalar(value):
    """A 1×1 matrix (θᵀXᵀy) is its entry."""
    return value[0, 0] if getattr(value, "shape", None) == (1, 1) else value


def _contradicts(k: Link) -> bool:
    """The new value differs from the old meaning where both can be evaluated (a closed form
    restated wrongly, or a new meaning): a value agreeing with the old (J(θ) written out in a
    later section) leaves no doubt, and neither does one that cannot be compared with it."""
    if isinstance(k.expansion, Exception):
        return False
    try:
        old, new = (_scalar(k.state.ctx.at_bound_values(v, k.line)) for v in
                    (Lowering(k.state.ctx, k.line).expr(k.head), k.expansion))
        return not compare(old, new, k.state.ctx).agree
    except (ShapeMismatch, Undecided, Unreadable, TypeError, ValueError, RecursionError):
        return False


def binds_all(chain: list[Node], line: int, state: State) -> bool:
    """`m_0 = v_0 = 0`, `w = b = 0`: several names given one number."""
    return len(chain) > 2 and is_numeric(chain[-1]) and \
        all(bindable(m, line, state) for m in chain[:-1])


def binds_tuple(members: list[Node], ops: list[str], line: int, state: State) -> bool:
    """`(x_1, y_1) = (1, 2)`: names and numbers, one for one."""
    return ops == ["="] and len(members) == 2 and isinstance(members[0], Shape) and \
        isinstance(members[1], Shape) and len(members[0].dims) == len(members[1].dims) and \
        all(bindable(n, line, state) for n in members[0].dims) and \
        all(is_numeric(v) for v in members[1].dims)


def binds_vector(members: list[Node], ops: list[str], line: int, state: State) -> bool:
    """`x = (1, 2, 6)`, `\\mathbf{w} = (3, -4)`, `p \\approx (0.84, 0.11, 0.04)`, a chain of
    such tuples (`ỹ = (0.9 + 0.0333, ...) ≈ (0.9333, ...)`): a vector's entries x_1, x_2, ...
    given (the first tuple; the rest of the chain is checked from it)."""
    return bool(ops) and set(ops) <= {"=", "≈"} and len(members) >= 2 and \
        isinstance(members[0], Sym) and not members[0].index and \
        all(isinstance(m, Shape) and len(m.dims) == len(members[1].dims)  # type: ignore
            for m in members[1:]) and len(members[1].dims) >= 2 and \
        all(is_numeric(v) for v in members[1].dims) and bindable(members[0], line, state)


# -- the end of a chain: `... = z` ---------------------------------------------------------
def names_the_value(chain: list[Node], start: int, line: int, state: State) -> bool:
    """`a = ... = z` with z new (or its old meaning far behind), not used in the chain, not a
    derivative's value, not a variable used freely: the chain names its value z."""
    last = chain[-1]
    if len(chain) - 1 > max(start, 1) and _names_entries(last, chain, line, state):
        return True  # ... = [z^{(1)}; ⋮; z^{(m)}]: a matrix of new names names the entries
    return len(chain) - 1 > start and is_name(last) and not state.fixed(last, line) and \
        state.renamable(last, line) and not any(mentions(m, last) for m in chain[:-1]) and \
        not isinstance(chain[-2], Deriv) and not state.used_freely(last) and \
        not (isinstance(last, Sym) and last in state.reached(tuple(chain[:-1]), line))


def names_entries(last: Node) -> bool:
    """[z^{(1)}; ⋮; z^{(m)}]: a matrix whose written entries are all names."""
    rows = last.rows if isinstance(last, (Matrix, Grid)) else ()
    cells = [c for row in rows for c in row if not isinstance(c, Elision)]
    return bool(cells) and all(isinstance(c, Sym) for c in cells)


def _names_entries(last: Node, chain: list[Node], line: int, state: State) -> bool:
    """A matrix of names the text has not defined and the chain does not use: names them."""
    cells = [c for row in last.rows for c in row if not isinstance(c, Elision)] \
        if names_entries(last) else []
    return bool(cells) and all(
        state.ctx.lookup(c, line) is None and  # type: ignore[arg-type]
        not any(mentions(m, c) for m in chain[:-1]) for c in cells)


# -- a statement, and the pieces between its relations ---------------------------------------
EQUALITY = {"=", "≈", ":=", "≡"}
IMPLICATION = {"⇒", "⇔", "⇐"}
NOT_IDENTITY = {"→", "<", ">", "≤", "≥", "≠", "∈"}  # limits and inequalities


def classify_statement(members: list[Node], ops: list[str]) -> Role:
    if len(members) == 2 and ops == ["⇒"] and isinstance(members[0], Sym) and \
            isinstance(members[1], Shape):
        return Role.SHAPE  # X ⇒ (364, 30): the lecture declares a shape
    if all(is_shape(m) for m in members) and set(ops) <= EQUALITY | IMPLICATION and \
            (any(is_shape_product(m) for m in members) or set(ops) & IMPLICATION):
        return Role.SHAPE_RULE  # (m,n)(n,k) ⇒ (m,k); (9, 75) = (9, 75) compares numbers
    return Role.CHAIN


def classify_piece(chain: list[Node], before: str, after: str, next_piece: list[Node] | None,
                   is_definition: Callable[[list[Node]], bool]) -> Role:
    """A chain of equalities between two other relations (`⇒`, `→`, `<` ...)."""
    if after in IMPLICATION and len(chain) == 2 and next_piece is not None and \
            len(next_piece) == 2 and not is_definition(chain):
        return Role.IMPLICATION  # log(p/(1-p)) = z ⇒ p = σ(z): premise and consequence
    if {before, after} & NOT_IDENTITY or after == "←":
        return Role.RELATION  # a limit, an assignment arrow or an inequality
    if any(is_shape_product(m) for m in chain) or (
            any(isinstance(m, Shape) for m in chain) and {before, after} & IMPLICATION):
        return Role.SHAPE_RULE
    return Role.CHAIN
