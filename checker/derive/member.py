"""What the members of a chain are: a name, a number, names a worked example gives numbers
(`x = 3`, `m_0 = v_0 = 0`, `(x_1, y_1) = (1, 2)`, `x = (1, 2, 6)`), a name for the chain's value
(`... = z`). Asked by the role table (`roles.py`) and by the walk (`document.py`, `step.py`).
"""

from __future__ import annotations

from checker.derive import vocabulary
from checker.derive.state import State
from checker.derive.tree import (
    Call,
    Deriv,
    Elision,
    Grid,
    Matrix,
    Node,
    Num,
    Shape,
    Sym,
    square_arguments,
    walk,
)


# -- predicates over syntax trees --------------------------------------------------------------
def is_name(node: Node) -> bool:
    if isinstance(node, Sym):
        return True
    if isinstance(node, Call):
        # a known function with other arguments (cos(a, b): no cosine of one number) is the
        # text's own; an expectation under a subscript (E_q[z]) is never a function it defines
        known = vocabulary.FUNCTIONS.get(node.name)
        return (known is None or known.arguments not in (0, len(node.args))) and \
            all(isinstance(a, Sym) or k in square_arguments(node)
                for k, a in enumerate(node.args)) and \
            (node.name in vocabulary.STATISTICS or vocabulary.statistic(node.name) is None)
    return False


def new_function(node: Node, value: Node, line: int, state: State) -> bool:
    """`s = \\cos(a, b) = \\frac{a^\\top b}{\\|a\\|\\|b\\|}`, `L = J(w) = ...`: after a name the chain
    defines, a function of names the text does not define (nor knows with these arguments),
    given a value written with every argument: the chain defines it as well, so the next `=`
    is its definition, not a claim. A function word (`softmax(z) = (0.73, 0.27)`) or a value
    free of an argument is what the function gives there, never its definition."""
    known = vocabulary.row(node.name) or vocabulary.row("\\" + node.name) \
        if isinstance(node, Call) else None
    if known is not None and known.kind is vocabulary.Kind.FUNCTION and \
            (known.meaning is None or known.arguments in (0, len(node.args))):  # type: ignore
        return False
    return isinstance(node, Call) and not node.order and is_name(node) and \
        state.ctx.get(node.name, line) is None and all(mentions(value, a) for a in node.args)


def new_name(node: Node, line: int, state: State) -> bool:
    """`d_k = d_v = d_{model}/h = 64`, `L = J = \\frac{1}{2}\\sum_i e_i^2`: a plain name the text
    has not defined nor given a value before, second in a chain that defines its head: the chain
    defines it as well (an alias of the head), so the next `=` is its definition, not a claim."""
    if not isinstance(node, Sym) or state.ctx.get(node.name, line) is not None:
        return False
    return not any(b[0] <= line for b in state.ctx.bindings.get(node.name, ()))


def mentions(node: Node, name: Node) -> bool:
    if isinstance(name, Call):
        return any(isinstance(n, Call) and n.name == name.name for n in walk(node))
    return any(isinstance(n, Sym) and n == name for n in walk(node))


def is_numeric(node: Node) -> bool:
    return all(not isinstance(n, (Sym, Deriv)) for n in walk(node))


def bindable(name: Node, line: int, state: State) -> bool:
    """A name a number can be bound to: not defined as an expression of other quantities
    nearby (a bound value, or a meaning far behind, is rebound)."""
    if not isinstance(name, Sym):
        return False
    d = state.definition_of(name, line)
    return d is None or is_numeric(d.body) or not state.recent(d.line, line) or \
        _start_of(name, d, state, line)


def _start_of(name: Sym, d, state: State, line: int) -> bool:
    """v_0 for the recurrence v_t = ρv_{t-1} + ...: where the family starts, a value to give
    (also through another family: h_t = tanh(a_t), a_t = w h_{t-1} + u x_t); so is a later
    member given a number before any earlier member has one ("the current estimate $Q_4 =
    0.5$" under Q_{n+1} = Q_n + (R_n - Q_n)/n): the state the example starts from, which the
    next member (Q_5) is checked against, never a case considered."""
    recursive = any(isinstance(n, Sym) and n.stem == d.name.stem and n.index
                    for n in walk(d.body)) or \
        any(n.stem == d.name.stem and n.index for n in state.reached((d.body,), d.line)
            if not any(isinstance(m, Sym) and m == n for m in walk(d.body)))
    if not (bool(d.index) and recursive and len(name.index) == 1 and
            str(name.index[0]).lstrip("-").isdigit()):
        return False
    at = int(name.index[0])
    return at <= 0 or not any(  # `Q_4 = 0.5` with no Q_1 .. Q_3 given: where the example starts
        other != name.name and (index := _member(other, state.ctx.symbols.get(other),
                                                 name.stem)) is not None and
        index < at and any(b[0] <= line for b in found)
        for other, found in state.ctx.bindings.items())


def _member(bound: str, sym: Sym | None, stem: str) -> int | None:
    """The number of the family member a bound name is (`Q_2`, `E[g^2]_0` for stem `E[g^2]`),
    by its symbol when a reading made one, else by its name as bound; None for another name."""
    if sym is not None:
        index = sym.index[0] if sym.stem == stem and len(sym.index) == 1 else None
    else:
        head, _, index = bound.rpartition("_")
        index = index.strip("{}") if head == stem else None
    return int(index) if index is not None and str(index).lstrip("-").isdigit() else None


def worked_out(head: Node, value: Node, line: int, state: State) -> bool:
    """`w' = \\frac{2 \\cdot 0.5}{0.25} = 4` in a section whose example gives every name of w''s
    definition a value (γ = 2, w = 0.5, σ² = 0.25), w' defined above that section: arithmetic
    that works out the defined quantity at the example's values, a claim about it, not a new
    value for the name (a bare number, or an expression that applies a function, may be
    another model's: rebound as before)."""
    if not isinstance(head, Sym) or not is_numeric(value) or isinstance(value, Num) or \
            any(isinstance(n, Call) for n in walk(value)):
        return False
    d = state.definition_of(head, line)
    if d is None or is_numeric(d.body) or state.recent(d.line, line) or \
            not any(d.line < h <= line for h in state.headings):
        return False  # (in its own section, a formula for the name may be a special case's:
        # `PPL = V` for the uniform model, then `PPL = e^{2.0}` for a loss of 2 nats)
    if any(at < line for at, _, _ in state.ctx.bindings.get(head.name, ())):
        return False  # the example gives the name itself a value (`初始 $v = 0$`): a state it
        # updates step by step, each number a new value, not the definition worked out
    leaves = [n for n in state.reached((d.body,), line)
              if state.definition_of(n, line) is None]
    return bool(leaves) and all(
        any(d.line < at <= line and (until is None or line < until)
            for at, _, until in state.ctx.bindings.get(n.name, ()))
        for n in leaves)


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


def unoriented(name: Node, value: Node) -> bool:
    """`v_0 = (1, 0)`, `x^{(1)} = (2, 5)`: a name (bound by other rules than binds_vector, which
    takes plain names) given a tuple of numbers, which has no orientation: A v_0 reads it as
    a column, v_0ᵀA as a row (tuples.tuple_columns)."""
    return isinstance(name, Sym) and isinstance(value, Shape) and len(value.dims) >= 2 and \
        all(is_numeric(v) for v in value.dims)


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
        not (isinstance(last, Sym) and _reached(last, tuple(chain[:-1]), line, state))


def _reached(name: Sym, nodes: tuple[Node, ...], line: int, state: State) -> bool:
    """name is among what the nodes' definitions reach, or a member of a family they reach
    (`v_1 = g_1` for v_t = βv_{t-1} + g_t: g_1 is the family g_t's first member, no new
    name for v_1's value)."""
    reached = state.reached(nodes, line)
    return name in reached or (bool(name.index) and any(
        r.index and r.stem == name.stem and r.sup == name.sup for r in reached))


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
