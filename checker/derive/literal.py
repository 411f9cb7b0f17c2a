"""Names read as written, not as members of a family: `d_k = 4`, a name with a letter index
the text gave a number, and `X_B \\in \\mathbb{R}^{B \\times d}`, a capital index the text declares
a shape for, are the names the text bound or declared, whatever value the index letter has.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.derive.tree import Sym

if TYPE_CHECKING:
    from checker.derive.walker import Walker


def bound_as_written(w: Walker, sym: Sym, here: Sym) -> bool:
    """A name with a letter index the text gave a number as written (`d_k = 4`, `T_w = 500`),
    outside any sum over that letter, and no value for the instance the index letter
    would give it (d_2): the name is the one the text bound, not a member of a family. So it
    is too when the instance has a value but each index letter is a stand-in, a letter the
    text gives no value (`R_1 = 4`, `R_2 = 10`, then a load `R_L = 5`: R_L is not R_2 because
    the free L is tried at 2). (A tuple so bound, `y_B = (2, 5)`, stays as before: its
    orientation is not known.)"""
    line = w.low.line
    value = w.low.ctx.bound({sym.name}, line).get(sym.name)
    return not any(isinstance(i, str) and i in w.env for i in sym.index) and \
        getattr(value, "is_number", False) and (
            _stand_ins(w, sym) or not w.low.ctx.bound({here.name}, line) and
            w.low.ctx.get(here.name, line) is None)


def _stand_ins(w: Walker, sym: Sym) -> bool:
    """Every index of sym is a letter read at a stand-in value (meaning.index_value's): the
    text binds it to no number and no range or size fixes it."""
    return all(_stand_in(w, i) for i in sym.index)


def _stand_in(w: Walker, i) -> bool:
    """i is a letter read at a stand-in value: bound to no number, no range or size fixes it."""
    return isinstance(i, str) and i.isalpha() and i in w.low.free_index and \
        i not in w.low.sized and i not in w.low.sizes and not w.low.ctx.bound({i}, w.low.line)


def declared_as_written(w: Walker, sym: Sym) -> bool:
    """A name with a capital letter index the text declares a shape for as written (`X_B
    \\in \\mathbb{R}^{B \\times d}`, a minibatch; `y_{\\mathcal{B}}`), outside any sum over
    that letter: the declared matrix, not the member X_2 of a family. (A lowercase index
    is a family's: e_k ∈ ℝ^V one-hot at k, beside E_{k,:}; its member is meant. So is a
    name a family defines: h_T of h_t = tanh(W h_{t-1}), its member at T's value.)"""
    return len(sym.index) == 1 and isinstance(sym.index[0], str) and \
        sym.index[0].isupper() and sym.name in w.low.ctx.shapes and \
        sym.index[0] not in w.env and w.definition(sym) is None


def member_as_written(w: Walker, sym: Sym, here: Sym) -> Sym | None:
    """The member `here` (c_2, c_1) of a family the step reads at a stand-in value of its free
    index letter (t, read at 2), where the worked example gave the values as written at that
    letter (`c_{t-1} = 0.5`, `f_t = 0.8`: one step t of an LSTM cell, t never given a number)
    and none to the member itself: the name the example bound (c_{t-1} for c_1 at t = 2),
    so the family's definition read at t meets the example's values. So it is for values
    bound in an earlier section (`\\bar\\alpha_t = 0.64` under "## Numbers", the step under the
    next heading), as they are for the step's own `\\bar\\alpha_t`: the name is then one of the
    step's stale names (claim.read), so sides that differ at them stay a guess. None otherwise."""
    ctx, line = w.low.ctx, w.low.line
    if not here.index or ctx.bound({here.name}, line) or ctx.get(here.name, line) is not None:
        return None
    for letter, at in w.low.free_index.items():
        if not _stand_in(w, letter):
            continue
        written = tuple(_at_letter(str(i), letter, at) for i in here.index)
        if None in written or written == tuple(str(i) for i in here.index):
            continue
        key = here.name_at(written)
        if getattr(ctx.bound({key}, line).get(key), "is_number", False):
            return ctx.symbols.get(key) or ctx.register(Sym(here.base, written, here.sup,
                                                            here.accents))
    return None


def _at_letter(index: str, letter: str, at: int) -> str | None:
    """A member's digit index written at the letter read at `at` (1 at t = 2 is t-1)."""
    if not index.isdigit():
        return None
    by = int(index) - at
    return letter if by == 0 else f"{letter}{by:+d}"
