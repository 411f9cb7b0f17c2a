"""Which members of a family a walk reads through the family's definition, and which are
starts of their own: h_0 of a recurrence, a member the example gave a value, a member written
with a free index and a definition of its own (one step t of an LSTM). `walker.Walker.symbol`
asks these questions of each indexed name it reads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.derive.definition import recurrence
from checker.derive.tree import Sym, walk

if TYPE_CHECKING:
    from checker.derive.walker import Walker


def as_written(w: Walker, sym: Sym) -> bool:
    """sym has a free index letter and a definition of its own as written (`c_t = f_t
    c_{t-1} + ...` for one step t of an LSTM): that definition, not a member of a family."""
    return bool(sym.index) and any(isinstance(i, str) and i.isalpha() and i not in w.env
                                   for i in sym.index) and \
        w.low.ctx.get(sym.name, w.low.line) is not None


def initial_state(w: Walker, here: Sym, definition) -> bool:
    """h_0 of a recurrence (h_t = tanh(wh_{t-1} + ux_t), or a_t = wh_{t-1} + ux_t with
    h_t = tanh(a_t)): the state it starts from, which the recurrence does not give (it
    would reach h_{-1}); a name of its own, as the text says ("h_0 is given")."""
    if not definition.index or len(here.index) != 1 or \
            not str(here.index[0]).lstrip("-").isdigit() or int(here.index[0]) > 0:
        return False
    return recurrence(w.low.ctx, definition, w.low.line)


def given_start(w: Walker, here: Sym) -> bool:
    """A start the text gives a value (h_0 = 0 beside h_t = tanh(wh_{t-1} + ux_t)), or one
    below index 0 the recurrence would reach: a name of its own, as initial_state says,
    though the text differentiates its family (∂h_1/∂w): not an unknown function of w."""
    found = w.definition(here) if here.index else None
    return found is not None and initial_state(w, here, found)


def through_family(w: Walker, here: Sym) -> bool:
    """Inside a derivative, a member the example gave a value (ŷ_1 = 1 with ŷ_i = wx_i + b)
    stands for its family's definition, as a name defined on its own does: its value is
    substituted after differentiating, so ∂L/∂w still reaches w through it. Not a member
    of a recurrence (v_0 = 0 with v_t = ρv_{t-1} + g_t: an initial value, not a member the
    definition gives), nor one below index 0."""
    if not (w.hold or beside_derivative(w)) or not here.index or \
            any(str(i).startswith("-") for i in here.index):
        return False
    found = w.definition(here)
    return found is not None and bool(found.index) and not any(
        isinstance(n, Sym) and n.stem == here.stem for n in walk(found.body))


def beside_derivative(w: Walker) -> bool:
    """Outside the derivatives of a step that takes some (`∂s_1/∂z_1 = s_1(1 - s_1)`,
    s_i = e^{z_i}/Σ_k e^{z_k} and the example's s ≈ (0.659, ...)): the member is read
    through its family's definition too, as inside the derivative, so both sides speak of
    the same s_1 (when the example gives what it is built from; else as before)."""
    return not w.hold and bool(w.low.wrt)


def through_held(w: Walker, value) -> bool:
    """The member's definition reads the variable differentiated by (a_2 = wh_1 + ux_2
    inside ∂h_2/∂a_2... or ŷ_1 = wx_1 + b inside ∂L/∂w) and the example gives every other
    name it reads: the derivative reaches the variable through it, and its given value
    and its definition agree where it is used (as in given_inputs, the variable aside)."""
    names = {str(s) for s in getattr(value, "free_symbols", ())}
    held = names & w.hold
    rest = names - held
    return bool(held) and set(w.low.ctx.bound(rest, w.low.line, stale=False)) >= rest


def given_inputs(w: Walker, value) -> bool:
    """Every name a member's definition reads has a value in this example (not one from an
    earlier section): its given value and its definition then agree where it is used."""
    names = {str(s) for s in getattr(value, "free_symbols", ())}
    return set(w.low.ctx.bound(names, w.low.line, stale=False)) >= names
