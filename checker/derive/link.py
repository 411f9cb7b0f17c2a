"""The first `=` of a chain where the document stands (a Link), and what the role table
(`roles.py`) asks of it: is its name new, defined, determined by the values bound; is its value
an update of the name, a statistic's value, an equation in the name; and, for a name defined
before, does the new value give it a new meaning (another function, a penalty term, unrelated
names, a recurrence) or contradict the old one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from checker.derive import dependence, vocabulary
from checker.derive.equivalence import compare
from checker.derive.errors import ShapeMismatch, Undecided, Unreadable
from checker.derive.meaning import Lowering
from checker.derive.member import is_numeric, mentions
from checker.derive.quantity import real
from checker.derive.repetition import at_member, earlier_statement
from checker.derive.state import State
from checker.derive.tree import Bin, Call, Deriv, Node, Num, Sum, Sym, Transpose, walk


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
    cases: bool = False  # the prose beside it names a case ("if", "otherwise", "이면", "时")
    supposed: bool = False  # a condition on what follows ("当 $μ = 0$ 时", "if $μ = 0$")
    by_list: bool = False  # supposed by its list ("when $w = 0.5$, $2w - 1 = 0$"), not its cue
    worded: bool = False  # its clause opens on a condition in words ("Ridge 이면", "若改用 L2")
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

    return unknown(head) and any(unknown(a) for a in head.args)  # type: ignore[union-attr]


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


def another_function(k: Link) -> bool:
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


def unrelated(k: Link) -> bool:
    own = {k.head.stem} if isinstance(k.head, Sym) else set()
    old, new = families(k.definition.body) - own, families(k.value) - own  # type: ignore[union-attr]
    fitted = new < old and any(isinstance(n, Num) for n in walk(k.value)) and \
        not k.definition.index  # type: ignore[union-attr]  # params given numbers
    return bool(old) and bool(new) and (not old & new or fitted) and not _passes_through(k, old)


def another_member(k: Link) -> bool:
    """`f(x) = ax + b`, `f(x) = 2x + 1`, then `f(x) = 5x + 1`: another member of the family,
    a new meaning; a later step may still mean an earlier member ("going back to the first
    fit"), so readings of the name after it are a guess between the members (roles)."""
    own = {k.head.stem} if isinstance(k.head, Sym) else set()
    old, new = families(k.definition.body) - own, families(k.value) - own  # type: ignore[union-attr]
    return bool(old) and bool(new) and _another_fit(k, own, old, new) and \
        not _passes_through(k, old)


def _another_fit(k: Link, own: set[str], old: set[str], new: set[str]) -> bool:
    """`f(x) = ax + b`, then `f(x) = 2x + 1`, then `f(x) = 5x + 1`: the definition in force is
    itself the general one's parameters given numbers, and the value is too: another member
    of the family the general definition states, not the one in force restated."""
    if not any(isinstance(n, Num) for n in walk(k.value)):
        return False
    for general in k.state.ctx.history.get(k.definition.key, []):  # type: ignore[union-attr]
        # (the general form may stand on the member's own line: "the model is f(x) = ax + b;
        # the first fit gives f(x) = 2x + 1")
        if general is k.definition or general.line > k.definition.line or \
                general.index:  # type: ignore[union-attr]
            continue
        wide = families(general.body) - own
        if old < wide and new < wide:
            return True
    return False


def _passes_through(k: Link, old: set[str]) -> bool:
    """`odds(x) = \\frac{1/(1+e^{-z})}{...} = e^{z} = e^{w_0 + w_1 x}` after `odds(x) = p(x)/(1 -
    p(x))`: a chain whose first value is in names the text never defines nor binds (z) and
    whose last member returns to a name the old definition uses (x): the unknowns are the
    writer's shorthand on the way (placeholder.py), the chain restates the old meaning, not a
    new one (σ_w² = 2/(n_in + n_out) after σ_w² = 1/n: one value, a new meaning)."""
    if len(k.rest) < 2:
        return False
    ctx = k.state.ctx
    kept = old | families(k.rest[-1])
    written = [n for n in walk(k.value) if isinstance(n, Sym)]
    passing = [n for n in written if (n.name if n.labelled else n.stem) not in kept]
    unknown = all(ctx.lookup(n, k.line) is None and not ctx.bound({n.name}, k.line)
                  for n in passing)
    return bool(passing) and len(passing) == len(written) and unknown and \
        bool(families(k.rest[-1]) & old)


def families(node: Node) -> set[str]:
    """The families a value is built from (n_{in} is not of n's: its subscript is a word),
    without a sum's index and range."""
    ranges = {x.name for n in walk(node) if isinstance(n, Sum)
              for x in (n.hi, n.lo) if isinstance(x, Sym)} | \
        {n.index for n in walk(node) if isinstance(n, Sum) and n.index}
    return {n.name if n.labelled else n.stem for n in walk(node) if isinstance(n, Sym)} - ranges


def penalty_term(k: Link) -> bool:
    """L = (the old L) + α Σ|w_i|, or back to the old L without its penalty term."""
    old = k.definition.body  # type: ignore[union-attr]
    return (isinstance(k.value, Bin) and k.value.op in "+-" and k.value.left == old) or \
        (isinstance(old, Bin) and old.op in "+-" and old.left == k.value)


def recurrence(head: Node, value: Node) -> bool:
    """v_t = βv_{t-1} + g_t, w_{t+1} = w_t - ηv_{t+1}: a member at a letter index whose value
    uses the same family at another index."""
    letters = {c for i in getattr(head, "index", ()) for c in str(i) if c.isalpha()}
    if not (isinstance(head, Sym) and letters):
        return False  # (w_t = (1 - η)^t w_0 is a closed form: w_0 has none of t's letters)
    return any(isinstance(n, Sym) and n.stem == head.stem and n.index and n.index != head.index
               and letters & {c for i in n.index for c in str(i)} for n in walk(value))


def _scalar(value):
    """A 1×1 matrix (θᵀXᵀy) is its entry."""
    return value[0, 0] if getattr(value, "shape", None) == (1, 1) else value


def contradicts(k: Link) -> bool:
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


def renumbered(k: Link) -> bool:
    """`η = 1/L = 0.25`, later `η = \\frac{2}{L + μ} = \\frac13` ("the optimal constant step"):
    the name's own chains work out two numbers more than 1 % apart, so the later chain gives it
    a new value rather than restating the old one (or restates it wrongly: a guess between
    them, roles.guessed_meaning). The later chain's own links are still checked."""
    from checker.derive.instantiation import number
    from checker.derive.transposition import worked_value

    old_definition = k.definition
    if old_definition is None or not isinstance(k.head, Sym) or \
            old_definition.line >= k.line or len(k.rest) < 2 or number(k.value) is not None or \
            k.value == old_definition.body:  # (the same formula at new values: a restatement)
        return False
    new = number(k.rest[-1])
    worked = worked_value(k.state, old_definition.line, k.head)
    old = number(worked) if worked is not None else None
    return new is not None and old is not None and \
        abs(old - new) > 0.01 * max(abs(old), abs(new))
