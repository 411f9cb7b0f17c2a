"""A name defined before, given a value again: does the new value give it a new meaning
(another function of the same inputs, another member of a family, unrelated names, a penalty
term added or dropped, a recurrence, another worked number) or contradict the old one. The
tests of the role table (roles.py) on a Link (link.py).
"""

from __future__ import annotations

import re

from checker.derive.equivalence import compare
from checker.derive.errors import ShapeMismatch, Undecided, Unreadable
from checker.derive.link import Link
from checker.derive.meaning import Lowering
from checker.derive.regex import Regex
from checker.derive.render import render
from checker.derive.tree import Bin, Call, Deriv, Integral, Neg, Node, Norm, Num, Sum, Sym, walk


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
            old_definition.line >= k.line or len(k.rest) < 2 or isinstance(k.value, Num) or \
            k.value == old_definition.body:  # (the same formula at new values: a restatement)
        return False
    if number(k.value) is not None and (_filled(old_definition.body, k.value) or
                                        not _new_data(k, old_definition.line)):
        return False  # the old formula with numbers put in (m = (3 + 2)/2 after m = (a + b)/2),
        # or the old chain's own numbers worked another way (v̄ = (60 + 40)/2 after v̄ = 2·60·40/
        # (60 + 40) = 48): the same case computed again, perhaps wrongly, never a new value
    new = number(k.rest[-1])
    worked = worked_value(k.state, old_definition.line, k.head)
    old = number(worked) if worked is not None else None
    return new is not None and old is not None and \
        abs(old - new) > 0.01 * max(abs(old), abs(new))


def _new_data(k: Link, at: int) -> bool:
    """A number written in the new value that the old chain's line never wrote and that the
    prose introducing the new chain gives in words ("세 구간을 시속 30, 60, 90 km로 달리면" before
    `3/(1/30 + 1/60 + 1/90)`): another case's data. A number that only arithmetic made (3000/80
    for 2·30·50/(30 + 50), e^{-2/7}) is no new case: the chain may restate the old one wrongly."""
    seen = {float(x) for text in k.state.texts.get(at, ()) for x in _NUMBER.findall(text)}
    said = {float(x) for x in _NUMBER.findall(k.state.introduced.get(k.line, ""))}
    return any(isinstance(n, Num) and float(n.text) not in seen and float(n.text) in said
               for n in walk(k.value))


_NUMBER = Regex(r"\d+(?:\.\d+)?")


def _filled(pattern: Node, value: Node) -> bool:
    """`value` is `pattern` with a number expression in place of each name, whatever the
    numbers (the same name may get two: a substitution made wrongly is still one): the same
    operations, the same constants. `3/(1/30 + 1/60 + 1/90)` is not 2d/(d/60 + d/40) filled."""
    from checker.derive.instantiation import number

    if isinstance(pattern, Sym):
        return number(value) is not None
    if isinstance(pattern, Num):
        return isinstance(value, Num) and number(value) == number(pattern)
    if isinstance(pattern, Bin):
        return isinstance(value, Bin) and value.op == pattern.op and \
            _filled(pattern.left, value.left) and _filled(pattern.right, value.right)
    if isinstance(pattern, Call):
        return isinstance(value, Call) and value.name == pattern.name and \
            len(value.args) == len(pattern.args) and \
            all(_filled(a, b) for a, b in zip(pattern.args, value.args))
    if isinstance(pattern, Neg):
        return isinstance(value, Neg) and _filled(pattern.arg, value.arg)
    return type(pattern) is type(value)  # (another construct: taken as the same form)


def brings_new_name(k: Link) -> bool:
    """`y = \\sqrt{x}`, then "Rotating $y = \\sqrt{r^2 - x^2}$": a plain name's new value
    writes a name the text has not read before (r: no formula wrote it, nothing defines or
    binds it): a new curve, a new meaning, never a restatement of the old one, which could
    not bring in a new quantity."""
    if not isinstance(k.head, Sym) or k.definition is None or k.concluded or \
            _bold(k.head, k.state.texts.get(k.line, ())) or \
            any(isinstance(n, Deriv) for n in walk(k.definition.body)):
        return False  # ("So ...": a restatement; a bold name beside a plain one: perhaps the
        # vector of them; δ = ∂J/∂z: what it is is worked out in the model's names, new here)
    ctx, old = k.state.ctx, {n.stem for n in walk(k.definition.body) if isinstance(n, Sym)}
    read = old | {getattr(ctx.symbols[n], "stem", n) for n in ctx.symbols} | \
        set(k.state.seen) | set(re.findall(r"[^\W\d_]+", f"{render(k.head)} "
                                             f"{render(k.definition.body)}"))
    # (the letters of the indices too: t of v_t, written on its own in the new value)
    running = {n.index for n in walk(k.value) if isinstance(n, Sum)} | \
        {m.name for n in walk(k.value) if isinstance(n, (Sum, Integral))  # Σ_{k=1}^{K}: a range
         for bound in (n.lo, n.hi) if bound is not None for m in walk(bound)
         if isinstance(m, Sym)} | \
        {str(getattr(n, "var", "")) for n in walk(k.value) if isinstance(n, Integral)} | \
        {m.name for n in walk(k.value) if isinstance(n, Norm) and n.p is not None  # ‖·‖_F
         for m in walk(n.p) if isinstance(m, Sym)} | set(ctx.shapes)
    return any(isinstance(n, Sym) and not n.index and n.stem not in read and  # (g_k of g_t:
               n.name not in running and ctx.lookup(n, k.line) is None and  # a family read)
               not ctx.bound({n.name}, k.line) for n in walk(k.value))


def _bold(name: Sym, texts) -> bool:
    """The formula writes the name bold (`\\boldsymbol{\\lambda}`, `\\mathbf{w}`)."""
    written = re.escape(name.base if len(name.base) == 1 else "\\" + name.base)
    return any(re.search(r"\\(?:boldsymbol|mathbf|bm|pmb)\s*\{?\s*" + written, t) for t in texts)
