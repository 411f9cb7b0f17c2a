"""A recurrence through time: families defined through each other (a_t = w h_{t-1} + u x_t,
h_t = tanh(a_t); momentum's v_t and θ_t). To end the expansion one of them is read as a plain
variable inside the other's definition (the keys "frozen" there); a pair that descends to its
given start (h_0) is left unfrozen (definition.through_time). Which names a local reading of a
step's derivatives holds fixed (`recurrent_names`: ∂a_t/∂w = h_{t-1}), and the guess a step
takes when it reads a held name both ways (`held_in_a_cycle`, a rule of certainty.RULES)."""

from __future__ import annotations


from checker.derive.guess import Guess
from checker.derive.regex import Regex
from checker.derive.render import render
from checker.derive.state import State
from checker.derive.tree import Call, Deriv, Node, Prime, Sym, walk

_SHIFTED = Regex(r"^[A-Za-z][+-]\d+$")  # t-1, k+1: an index one step away


def _recurrence(state: State) -> set[str]:
    """The families a time recurrence defines through each other (a_t = w h_{t-1} + ...,
    h_t = tanh(a_t)): the keys held plain inside another's definition to end the expansion,
    when one of the definitions reaches a member one step away (h_{t-1}). Layers defined
    through each other by letters alone (x_j = Σ_i y_i w_ji, y_j = σ(x_j)) are no recurrence."""
    definitions = [d for ds in state.ctx.history.values() for d in ds if d.frozen]
    frozen = {key for d in definitions for key in d.frozen}
    # the step back may stand in either definition of the cycle, whichever the text wrote
    # first (h_t = tanh(a_t) and then a_t = w h_{t-1} + ...: the one held plain has it)
    cycle = definitions + [d for key in frozen for d in state.ctx.history.get(key, [])]
    shifted = any(_SHIFTED.match(str(i)) for d in cycle for n in walk(d.body)
                  if isinstance(n, Sym) for i in n.index)
    return (frozen if shifted else set()) | {earlier.key for _, earlier in _descending(state)}


def _local_target(state: State, found, frozen: set[str]) -> bool:
    """A derivative whose target (found: its definition) the local reading speaks of: a
    state of a frozen recurrence, or the family that reads the earlier state in a recurrence
    left unfrozen (a_t in ∂a_t/∂w; not h_t, whose derivatives go through time)."""
    pairs = _descending(state)
    if found.key in {a.key for a, _ in pairs}:
        return True
    if found.key in {h.key for _, h in pairs} and not found.frozen:
        return False
    return found.key in frozen or bool(found.frozen)


def _descending(state: State) -> list[tuple]:
    """The pairs of families in force that define one step of a recurrence through each
    other, left unfrozen (definition.through_time: a_t reads h_{t-1}, h_t reads a_t): (a, h),
    h the family read at the earlier step."""
    from checker.derive.definition import family_key, through_time

    out = []
    for d in state.ctx.definitions.values():
        for n in walk(d.body):
            other = state.ctx.definitions.get(family_key(n)) if isinstance(n, Sym) and \
                n.index else None
            if other is not None and other.key != d.key and through_time(d, other) and \
                    (d, other) not in out:
                out.append((d, other))
    return out


def recurrent_names(sides: tuple[Node, ...], state: State, line: int) -> frozenset[str]:
    """The names of families defined through each other (a_t = w h_{t-1} + ..., h_t =
    tanh(a_t)) that the text has used, when the step differentiates: held fixed, they give
    the local reading of its derivatives (∂a_t/∂w = h_{t-1}). Empty otherwise."""
    frozen = _recurrence(state)
    derivs = [n for side in sides for n in walk(side) if isinstance(n, Deriv)]
    if not frozen or not derivs:
        return frozenset()
    for d in derivs:  # only ∂(a state)/∂(...): a loss built from the states is not local
        target = d.num if d.num is not None else d.operand
        found = state.ctx.lookup(target, line) if isinstance(target, Sym) else None
        if found is None or not _local_target(state, found, frozen):
            return frozenset()
    names = {name for name, sym in state.ctx.symbols.items()
             if (d := state.ctx.lookup(sym, line)) is not None and d.key in frozen}
    return frozenset(names | frozen) if names else frozenset()


def held_in_a_cycle(sides: tuple[Node, ...], state: State, line: int,
                    free: set[str]) -> list[Guess]:
    """`a_t = w h_{t-1} + u x_t`, `h_t = tanh(a_t)`: names defined through each other (a
    recurrence) are read with one of them as a plain variable inside the other's definition
    (to end the expansion). A step that reads h_1 as a variable there and through its
    definition elsewhere (∂a_t/∂w = h_{t-1}: a local derivative, or one through time?) took a
    guess. Without a derivative too, where the step writes a held name itself (`h_2 =
    \\tanh(a_2)` after h_t = tanh(a_t) and then a_t = w h_{t-1} + ...): read through its
    definition there, and plain inside h_2's, the sides compare two readings of one a_2."""
    frozen = _recurrence(state)
    if not frozen:
        return []
    if not any(isinstance(n, (Deriv, Prime)) or (isinstance(n, Call) and n.order)
               for side in sides for n in walk(side)) and not any(
            isinstance(n, Sym) and (d := state.ctx.lookup(n, line)) is not None and
            d.key in frozen for side in sides for n in walk(side)):
        return []  # without a derivative, nor a held name written: one reading of each
    held = []
    started = {h.key for _, h in _descending(state)}  # (their h_0: the given start, no state)
    for name in sorted(free):
        sym = state.ctx.symbols.get(name)
        definition = state.ctx.lookup(sym, line) if sym is not None else None
        if definition is not None and definition.key in started and len(sym.index) == 1 and \
                str(sym.index[0]).lstrip("-").isdigit() and int(sym.index[0]) <= 0:
            continue
        if definition is not None and definition.key in frozen:
            held.append(render(sym))  # type: ignore[arg-type]
    if not held:
        return []
    return [Guess(f"{', '.join(held)} read as a variable inside a definition it is defined "
                  "through (a recurrence), and through its own definition elsewhere: a "
                  "derivative may be meant locally (earlier states held) or through time",
                  "say which in words, or write the step with the states expanded")]
