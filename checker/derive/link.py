"""The first `=` of a chain where the document stands (a Link), and what the role table
(`roles.py`) asks of it: is its name new, defined, determined by the values bound; is its value
an update of the name, a statistic's value, an equation in the name. (For a name defined
before, whether the new value gives it a new meaning or contradicts the old one: `redefinition.py`.)
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sympy import MatrixBase

from checker.derive import dependence, vocabulary
from checker.derive.errors import ShapeMismatch, Undecided, Unreadable
from checker.derive.meaning import Lowering
from checker.derive.member import is_numeric, mentions
from checker.derive.quantity import real
from checker.derive.repetition import at_member, earlier_statement
from checker.derive.state import State
from checker.derive.tree import Bin, Call, Deriv, Node, Shape, Sym, Transpose, walk


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
    concluded: bool = False  # the prose concludes it from what precedes ("So", "于是", "따라서")
    piece: bool = False  # stated for a region of a variable ("x < 0 时", "for $x > 0$")
    listed: bool = False  # joined to the formula before by "and", "or", "和", "와" (a list)
    recaptioned: bool = False  # defined under another caption ("Xavier:", then "He:")
    case: bool = False  # right after words that give a case ("for a second point with $r = 2$")
    opened: bool = False  # its sentence opens on "With" right before it ("With $m = 10$ instead")
    cases: bool = False  # the prose beside it names a case ("if", "otherwise", "이면", "时")
    supposed: bool = False  # a condition on what follows ("当 $μ = 0$ 时", "if $μ = 0$")
    by_list: bool = False  # supposed by its list ("when $w = 0.5$, $2w - 1 = 0$"), not its cue
    worded: bool = False  # its clause opens on a condition in words ("Ridge 이면", "若改用 L2")
    curve: bool = False  # the prose names a curve right before it ("the circle $x^2 + y^2 = 1$")
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


def gradient_name(head: Node, value: Node) -> Sym | None:
    """`d y_i = \\partial L/\\partial y_i` (typed with a space): the head names the gradient by
    y_i, `dy_i` as the text writes it elsewhere, never d times y_i. None otherwise."""
    if not (isinstance(head, Bin) and head.op == "*" and head.left == Sym("d") and
            isinstance(head.right, Sym) and not head.right.accents and not head.right.sup and
            isinstance(value, Deriv) and value.var == head.right and value.power == 1):
        return None
    return Sym("d" + head.right.base, head.right.index)


def given_value(k: Link) -> bool:
    """`∂L/∂Y = [1 -1; 0 2]`, `\\nabla_w L = 0.5 일 때`: a number for the derivative of a name
    the text has not defined (so far), nor relates to the variable through a definition (as L
    through y_i = wx_i + b, differentiated by y_i): the worked example gives it (the upstream
    gradient), a value the later steps use, not a step to check."""
    if not isinstance(k.head, Deriv) or not is_numeric(k.value):
        return False
    named = k.head.num if k.head.num is not None else k.head.operand
    earlier = earlier_statement(k.head, k.state.ctx.facts, k.line) \
        if k.head.num is not None else None
    if earlier is not None and (not earlier.letters or known_member(k, earlier)):
        return False  # `∂L/∂x = ∂L/∂y·𝟙[x > 0]` (or `∂L/∂z_i = p_i - y_i` with p_2, y_2
        # given) above: this number is its result (its member's), a step
    return isinstance(named, Sym) and k.state.definition_of(named, k.line) is None and \
        k.state.ctx.get(named.name, k.line) is None and \
        not dependence.depends(k.state.ctx, named, k.head.var, k.line, through_definition=True)


def known_member(k: Link, earlier) -> bool:
    """The family's statement (`∂L/∂z_i = p_i - y_i`) at the member this number is for
    (∂L/∂z_2: p_2 - y_2) uses only names the example gives values: the number is the member's
    value worked out, a result to check; else (`∂L/∂y_i = g_i` and `∂L/∂y_1 = 0.5`, g never
    given) the example gives it."""
    member = at_member(earlier.value, dict(earlier.letters))
    if member is None or any(isinstance(n, Deriv) for n in walk(member)):
        return False
    names = {n.name for n in walk(member) if isinstance(n, Sym)}
    return set(k.state.ctx.bound(names, k.line)) == names


def is_label(first: Node, rest: tuple[Node, ...]) -> bool:
    """XW = [...][...]: a product of names used nowhere else only names the expression."""
    syms = [n for n in walk(first) if isinstance(n, Sym)]
    if not syms or isinstance(first, Sym) or not all(
            isinstance(n, (Sym, Transpose)) or (isinstance(n, Bin) and n.op == "*")
            for n in walk(first)):
        return False
    return not any(mentions(m, s) for m in rest for s in syms)


def defined(k: Link) -> bool:
    """Some name of the head has a meaning (a definition, a declared shape): not a label. (A
    value the example gives each name is none: "with $ηλ = 0.1$" gives the product a value of
    its own, and `y\\,w^\\top x = 1.0` after "one step moves w to ..." is at values the text
    changed in words; measured, counting given entries as a meaning raised more false alarms
    than the claims it let through.)"""
    ctx = k.state.ctx
    return any(isinstance(n, Sym) and (ctx.lookup(n, k.line) is not None or n.name in ctx.shapes)
               for n in walk(k.head))


NEAR = 2  # lines: values bound this close before a product of their names compute it


def computed(k: Link) -> bool:
    """Every name of the head is given a number right there (on its line or the NEAR lines
    before: "with $S = 1024$, a gradient $g = 2^{-20}$ gives $Sg = 2^{-10}$"): the product is
    the example's arithmetic, a claim, never a label. (Values given earlier may be stale, or
    changed in words: then the product stays a label.)"""
    names = {n.name for n in walk(k.head) if isinstance(n, Sym)}
    ctx = k.state.ctx
    for name in names:
        latest = next((b for b in reversed(ctx.bindings.get(name, [])) if b[0] <= k.line), None)
        if latest is None or latest[0] < k.line - NEAR or \
                (latest[2] is not None and k.line >= latest[2]) or \
                not getattr(latest[1], "is_Number", False):
            return False
    return bool(names)


def repeats_argument(head: Node) -> bool:
    """`Cov(X, X)`, `k(x, x)`: a function applied to plain names, one of them twice. No
    definition writes a parameter twice, so the formula states the function's value there."""
    if not (isinstance(head, Call) and not head.order and len(head.args) > 1):
        return False
    names = [a.name for a in head.args if isinstance(a, Sym)]
    return len(names) == len(head.args) and len(set(names)) < len(names)


def stated_statistic(head: Node, value: Node) -> bool:
    """`\\mathbb{E}[r_i] = q`, `\\mathrm{Var}(X) = σ^2`: a statistic (an expectation, a
    variance) applied, given a value that does not use its argument: what it is at that
    argument, never a function of a free variable (E[y_i] is not q). `E(w) = ½Σ(y - t)^2`,
    whose value uses w, defines a function E."""
    if not (isinstance(head, Call) and vocabulary.statistic(head.name) and not head.order):
        return False
    inside = {n.stem for a in head.args for n in walk(a) if isinstance(n, Sym)}
    return bool(inside) and not any(isinstance(n, Sym) and n.stem in inside for n in walk(value)) \
        and not any(isinstance(n, Call) and n.name == head.name for n in walk(value))


def unknown_at(k: Link) -> bool:
    """`D_{KL}(\\mathcal{N}(μ, σ^2) \\| \\mathcal{N}(0, 1)) = ...`, `L(w_0) = 0.5`: a function the
    text has not defined, at arguments that are not all plain names, given a value that does
    not use them: what it is there (as a statistic's value), never a claim about a function
    nothing defines."""
    head = k.head
    if not isinstance(head, Call) or head.order or head.name in vocabulary.FUNCTIONS or \
            all(isinstance(a, Sym) for a in head.args) or \
            k.state.ctx.get(head.name, k.line) is not None:
        return False
    return stated_statistic(replace(head, name=next(iter(vocabulary.STATISTICS))), k.value) \
        and not any(isinstance(n, Call) and n.name == head.name for n in walk(k.value))


def named_quantity(k: Link) -> bool:
    """`D_{KL}(\\mathcal{N}(μ, σ^2) \\| \\mathcal{N}(0, 1)) = ...`, `L(f(x), y) = ...`: a function
    neither known nor defined, applied to an application of another such function (a
    distribution, a model): what the text names so, never an identity about unknown functions."""
    head, ctx = k.head, k.state.ctx

    def unknown(node: Node) -> bool:
        return isinstance(node, Call) and not node.order and node.name not in \
            vocabulary.FUNCTIONS and not vocabulary.statistic(node.name) and \
            ctx.get(node.name, k.line) is None

    # (a name only a closed form defines, closure.py, names a quantity again when applied to
    # other arguments: `D_{KL}(\mathcal{N}(μ_1, 1) ‖ \mathcal{N}(μ_2, 1)) = ...` below)
    closed = isinstance(head, Call) and not head.order and getattr(
        ctx.get(head.name, k.line), "line", None) == k.state.closures.get(head.name, -1)
    return (unknown(head) or closed) and any(unknown(a) for a in head.args)  # type: ignore[union-attr]


def derivative_of(head: Node) -> bool:
    """g'(x), f''(x): a function's derivative, never the function itself."""
    return isinstance(head, Call) and head.order > 0


def is_new(k: Link) -> bool:
    """No definition of the name is in force: a new name."""
    return k.definition is None


def expands_to_itself(k: Link) -> bool:
    """Through the definitions in force, the value contains the name: an equation in it."""
    value = k.expansion
    return isinstance(k.head, Sym) and not isinstance(value, Exception) and \
        real(k.head.name) in getattr(value, "free_symbols", set())


def determined(k: Link) -> bool:
    """The name's definition, at the bound values, is a number: `ŷ = 7` can be checked."""
    try:
        value = Lowering(k.state.ctx, k.line).expr(k.head)
    except (ShapeMismatch, Undecided, Unreadable, TypeError, ValueError, RecursionError):
        return False
    value = k.state.ctx.at_bound_values(value, k.line)
    return not getattr(value, "free_symbols", True)


def at_names(k: Link) -> bool:
    """`H(Y) = ...`: a function the text neither knows nor defines, not a derivative, applied
    to plain names, the value not applying it again."""
    head = k.head
    return isinstance(head, Call) and not head.order and bool(head.args) and \
        head.name not in vocabulary.FUNCTIONS and k.state.ctx.get(head.name, k.line) is None and \
        all(isinstance(a, Sym) for a in head.args) and \
        not any(isinstance(n, Call) and n.name == head.name for n in walk(k.value))


def vector_for_a_number(k: Link) -> bool:
    """`g = (1, 1, 2)` after `g = ∂L/∂y`, `x = (1, 2)` after `x = f(z)` at z = 0.5: numbers as a
    tuple for a name whose definition reads as one number here (its shape never declared): the
    example's vector, which the definition does not contradict (it says no shape)."""
    if not (isinstance(k.head, Sym) and isinstance(k.value, Shape) and len(k.rest) == 1 and
            len(k.value.dims) > 1 and is_numeric(k.value) and k.definition is not None):
        return False
    try:
        value = Lowering(k.state.ctx, k.line).expr(k.head)
    except (ShapeMismatch, Undecided, Unreadable, TypeError, ValueError, RecursionError):
        return False
    return not isinstance(value, MatrixBase)
