"""A definition the text makes (`Definition`) and where it is found: the one in force at a line
(`lookup`, lexical: a body sees the names as defined when it was written), a new one recorded
(`define`, a family `y_j = σ(x_j)` under its `family_key`, a cycle broken), in a `Context`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from checker.derive.family import at_number, numbered, runs_over_index
from checker.derive.layer import at_layer
from checker.derive.tree import (
    Bin,
    Call,
    Deriv,
    Entry,
    Neg,
    Node,
    Num,
    Shift,
    Sym,
    walk,
)
from checker.derive.whole import whole_of_family

if TYPE_CHECKING:
    from checker.derive.context import Context


@dataclass(frozen=True)
class Definition:
    key: str  # "z", "y_*" (every y_j), "z_1", "J" (a function): what it is looked up by
    name: Sym  # what is defined, as written: z, y_j, z_1, J
    body: Node
    line: int
    params: tuple[Sym, ...] = ()  # J(w, b) -> (w, b)
    index: tuple[str, ...] = ()  # y_j -> ("j",), w_{t+1} -> (Shift t+1,): a family definition
    frozen: frozenset[str] = frozenset()  # names not expanded inside (to break a cycle)
    until: int | None = None  # a bound value's scope ends at this line (the next heading)
    # the parameters written as a square (`L(μ, σ²)`: σ, at 1): an argument there is σ²'s value
    squares: frozenset[int] = frozenset()

    def in_force(self, line: int) -> bool:
        return self.line <= line and (self.until is None or line < self.until)



def lookup(ctx: Context, sym: Sym, as_of: int | None = None) -> Definition | None:
    """The definition in force at line as_of (lexical: a definition's body sees the
    names as they were defined when it was written)."""
    exact = get(ctx, sym.name, as_of)
    if exact is not None:
        return exact
    if sym.index:
        return get(ctx, family_key(sym), as_of) or per_sample(ctx, sym, as_of) or \
            entry_of_whole(ctx, sym, as_of) or _at_number(ctx, sym, as_of)
    if sym.sup.startswith("["):
        return at_layer(ctx, sym, as_of, get)
    return whole_of_family(ctx, sym, as_of, get)


def _at_number(ctx: Context, sym: Sym, as_of: int | None) -> Definition | None:
    """a_3 after `a_n = n^2 + 1`: that definition read as a family in n (family.at_number),
    where it gives a_3 a number at the values bound (else a_3 stays a name of its own)."""
    found = at_number(sym, (d for key in ctx.history if key.startswith(sym.stem + "_")
                            for d in (get(ctx, key, as_of),) if d is not None))
    return None if found is None or as_of is None or \
        not numbered(ctx, found, sym.index[0], as_of) else \
        replace(found, key=family_key(found.name), index=found.name.index)


# functions of a whole vector whose value is a vector of the same length: p = softmax(z)
_VECTOR_VALUED = frozenset({"softmax"})


def entry_of_whole(ctx: Context, sym: Sym, as_of: int | None = None) -> Definition | None:
    """p_k where the text defines only the whole, p = softmax(z) (in a formula or in prose:
    "with $p = \\mathrm{softmax}(z)$"), and never p_k itself: p_k is that vector's k-th entry,
    softmax(z)_k, as every reader takes it. One index (a vector's entry; P_{ik} of a softmax
    taken row by row needs its matrix's shape), a body that is the function of one argument
    and nothing else; a name the text binds to numbers (p = (0.6, 0.1, ...)) is that value,
    not this definition (the newest definition in force is read)."""
    whole = _whole(ctx, sym, as_of)
    if whole is None or not isinstance(whole.body, Call) or \
            whole.body.name not in _VECTOR_VALUED or len(whole.body.args) != 1 or \
            whole.body.order:
        return None
    return _member(sym, whole, lambda letter: Entry(whole.body, (letter,)))


def gradient_entry(ctx: Context, sym: Sym, as_of: int | None = None) -> Definition | None:
    """g_k where the text defines the whole gradient, `g = ∂L/∂y` (by a vector y, written
    without an index), and never g_k itself: g_k is ∂L/∂y_k, y's k-th slope, as every reader
    takes it (`g = ∂L/∂y = [1, -1, 2]`, then `∂L/∂x_0 = g_0 k_0`). One index, a first
    derivative of one name by one plain name. Read where a name's value is (dependence.
    definition), not where a formula's role is: `g_i = -y_i/s_i` for cross-entropy still
    binds g_i (roles.py)."""
    whole = _whole(ctx, sym, as_of)
    body = whole.body if whole is not None else None
    if not isinstance(body, Deriv) or body.num is None or body.order != 1 or \
            body.power != 1 or body.var.index or body.var.sup:
        return None
    return _member(sym, whole, lambda letter: replace(body, var=replace(body.var,
                                                                        index=(letter,))))


def _whole(ctx: Context, sym: Sym, as_of: int | None) -> Definition | None:
    """The definition of the whole vector sym is one entry of (p for p_k), if that is a plain
    name's (no parameters, no family)."""
    if len(sym.index) != 1 or isinstance(sym.index[0], Shift):
        return None
    whole = get(ctx, sym.name_at(()), as_of)
    return None if whole is None or whole.params or whole.index else whole


def _member(sym: Sym, whole: Definition, body) -> Definition | None:
    """sym's definition as the whole's entry at its index (`body(letter)`): a family for a
    letter (p_k), one member for a number (p_2); None for any other index."""
    letter = str(sym.index[0])
    family = len(letter) == 1 and letter.isalpha()
    if not family and not letter.isdigit():
        return None
    return Definition(family_key(sym) if family else sym.name, sym, body(letter), whole.line,
                      (), (letter,) if family else (), until=whole.until)


# scalar functions applied entry by entry: σ(z) at sample i is σ(z_i) (never softmax, max, Σ)
_ELEMENTWISE = frozenset({"sigma", "sigmoid", "exp", "log", "ln", "tanh", "ReLU", "relu",
                          "sin", "cos", "sqrt", "softplus"})


def per_sample(ctx: Context, sym: Sym, as_of: int | None = None) -> Definition | None:
    """ŷ_i where the text defines only ŷ = wx + b and writes x_i (`MSE = 1/n Σ_i (ŷ_i -
    y_i)^2`): the model at sample i, ŷ_i = wx_i + b, each name of the body the document writes
    with that index letter taken at it. Only a body built entry by entry (+ - · / powers,
    σ, exp, log, tanh) of plain lowercase names, one letter index each: z = Wx + b, w^T x,
    softmax(z) or a name indexed by other letters too are no per-sample formula (None). Nor is
    a name the document also writes at a shifted index (x_{t-1} beside x_t): a sequence of
    iterates, where g_t may be the gradient at x_{t-1} (Adam's convention) or at x_t, as the
    writer says, never a sample's model read from g = x."""
    from checker.derive.label import SHIFTED, document_letters

    if len(sym.index) != 1 or not str(sym.index[0]).isalpha() or len(sym.index[0]) != 1:
        return None
    letter = sym.index[0]
    plain = get(ctx, sym.name_at(()), as_of)
    if plain is None or plain.params or plain.index:
        return None
    swap: dict[Sym, Sym] = {}
    for n in walk(plain.body):
        if isinstance(n, Bin) and n.op in "+-*/^":
            continue
        if isinstance(n, Call) and n.name in _ELEMENTWISE and len(n.args) == 1 and not n.order:
            continue
        if isinstance(n, Num | Neg):
            continue
        if isinstance(n, Sym) and not n.index and not n.sup and not n.accents and \
                n.base.islower():
            letters = document_letters(n.base)
            if SHIFTED in letters:
                return None
            if letters == {letter}:
                swap[n] = replace(n, index=(letter,))
            elif letters:  # x_i and x_j: which one a sample is, is not said
                return None
            continue
        return None
    if not swap:
        return None
    body = _swapped(plain.body, swap)
    return Definition(family_key(sym), replace(sym, index=(letter,)), body, plain.line, (),
                      (letter,), until=plain.until)


def _swapped(node: Node, swap: dict[Sym, Sym]) -> Node:
    if isinstance(node, Sym):
        return swap.get(node, node)
    if isinstance(node, Bin):
        return Bin(node.op, _swapped(node.left, swap), _swapped(node.right, swap))
    if isinstance(node, Neg):
        return Neg(_swapped(node.arg, swap))
    if isinstance(node, Call):
        return replace(node, args=tuple(_swapped(a, swap) for a in node.args))
    return node


def get(ctx: Context, key: str, as_of: int | None = None) -> Definition | None:
    if as_of is None:
        return ctx.definitions.get(key)
    for d in reversed(ctx.history.get(key, [])):
        if d.in_force(as_of):
            return d
    return None


def define(ctx: Context, sym: Sym, body: Node, line: int, params: tuple[Sym, ...] = (),
           until: int | None = None, squares: frozenset[int] = frozenset()) -> None:
    if runs_over_index(sym, body):
        new = Definition(family_key(sym), sym, body, line, (), sym.index, until=until)
    else:
        new = Definition(sym.name, sym, body, line, params, until=until, squares=squares)
    ctx.definitions[new.key] = new
    ctx.history.setdefault(new.key, []).append(new)
    # x_j = Σ_i y_i w_ji then y_j = σ(x_j): a cycle. The newer definition wins; inside
    # the older one the newer name stays a plain symbol, so every expansion ends. Not a
    # recurrence through time (a_t = wh_{t-1} + ux_t, h_t = tanh(a_t)): there one name reads
    # the other at an earlier step, the expansion descends to the values given at the start.
    for key, old in list(ctx.definitions.items()):
        if key != new.key and new.key in _reach(ctx, key) and key in _reach(ctx, new.key) and \
                not through_time(old, new) and not through_time(new, old):
            ctx.definitions[key] = replace(old, frozen=old.frozen | {new.key})
            ctx.history[key][-1] = ctx.definitions[key]


def through_time(a: Definition, b: Definition) -> bool:
    """a and b define one step of a recurrence together: a reads b at an earlier step (a_t =
    wh_{t-1} + ux_t), b reads a at its own (h_t = tanh(a_t)). Not a longer loop (g_t =
    ∇L(θ_{t-1}), θ_t = θ_{t-1} - ηv_t, v_t = βv_{t-1} + g_t): that one stays cut."""
    return descends(a, b) and any(isinstance(n, Sym) and n.index == a.index and
                                  family_key(n) == a.key for n in walk(b.body))


def descends(a: Definition, b: Definition) -> bool:
    """Two families of one index letter where a's body reads b's family only at an earlier
    index of that letter (a_t reads h_{t-1}; h_t reads a_t): their cycle is a recurrence."""
    if len(a.index) != 1 or len(b.index) != 1 or isinstance(a.index[0], Shift):
        return False
    letter = a.index[0]
    reads = [n for n in walk(a.body) if isinstance(n, Sym) and n.index and
             family_key(n) == b.key]
    return bool(reads) and all(
        len(n.index) == 1 and isinstance(n.index[0], Shift) and n.index[0].letter == letter
        and n.index[0].by < 0 for n in reads)


def recurrence(ctx: Context, d: Definition, as_of: int | None = None) -> bool:
    """A family whose body reads itself at an earlier index (h_t = tanh(wh_{t-1} + ux_t)), or
    reads another family that reads it so (h_t = tanh(a_t), a_t = wh_{t-1} + ux_t)."""
    if len(d.index) != 1:
        return False
    stem = d.name.stem
    for n in walk(d.body):
        if not isinstance(n, Sym) or len(n.index) != 1:
            continue
        if n.stem == stem and isinstance(n.index[0], Shift) and n.index[0].by < 0:
            return True
        other = get(ctx, family_key(n), as_of)
        if other is not None and other.key != d.key and through_time(other, d):
            return True
    return False


def _refs(ctx: Context, key: str) -> set[str]:
    d = ctx.definitions[key]
    out = set()
    for n in walk(d.body):
        if isinstance(n, Sym):
            for k in (n.name, family_key(n) if n.index else None):
                if k in ctx.definitions and k not in d.frozen:
                    out.add(k)
        elif isinstance(n, Call) and n.name in ctx.definitions:
            out.add(n.name)
    return out


def _reach(ctx: Context, key: str) -> set[str]:
    seen, todo = set(), [key]
    while todo:
        for k in _refs(ctx, todo.pop()):
            if k not in seen:
                seen.add(k)
                todo.append(k)
    return seen


def family_key(sym: Sym) -> str:
    return f"{sym.stem}{'^' + sym.sup if sym.sup else ''}_*"


def derived_recurrence(ctx: Context, syms: list[Sym], line: int) -> list[Definition]:
    """`Let e_k = x_k - x^*` and then `e_{k+1} = e_k - η(Ax_k - Ax^*) = (I - ηA)e_k`: the
    chain on `line` derives a recurrence for a family the text defined earlier by a formula;
    its left side is what the chain derives, not a new meaning for e_k. The recurrences
    recorded on that line that hide such a definition (each is read through them)."""
    out = []
    for key in dict.fromkeys(family_key(s) for s in syms if s.index):
        history = ctx.history.get(key, [])
        here = [d for d in history if d.line == line and d.index and _recursive(d)]
        older = [d for d in history if d.line < line and d.index and d.in_force(line) and
                 not _recursive(d)]
        if here and older:
            out.extend(here)
    return out


def _recursive(d: Definition) -> bool:
    """e_{k+1} = e_k - ...: the body uses the family it defines."""
    return any(isinstance(n, Sym) and n.index and family_key(n) == d.key for n in walk(d.body))


def without(ctx: Context, hidden: list[Definition], line: int) -> list[tuple[str, int]]:
    """Put `hidden` out of force at `line` (their scope ends there); the changes made, for
    `restore`."""
    changed = []
    for d in hidden:
        at = ctx.history[d.key].index(d)
        ctx.history[d.key][at] = replace(d, until=line)
        changed.append((d.key, at))
    return changed


def restore(ctx: Context, hidden: list[Definition], changed: list[tuple[str, int]]) -> None:
    for d, (key, at) in zip(hidden, changed):
        ctx.history[key][at] = d
