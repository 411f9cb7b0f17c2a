"""Names a text may use by convention without defining them, read as plain variables:
`\\bar{x}` beside the family `x_i` is its mean. Read as a variable, such a name makes a failing
step prove nothing: the rule gives the guess (certainty.guesses collects it), so the step may
hold, never fail. (`I` added to an expression, the identity by convention, is decided in
equivalence.py: read as the number 1, a step that then agrees is undecided, one that still
differs fails, as it would for matrices of any size.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.derive.guess import Guess, written_symbols
from checker.derive.tree import Node, Sym

if TYPE_CHECKING:
    from checker.derive.state import State


def mean(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """`\\sum_i (x_i - \\bar{x})^2`: x̄ beside the family x_i, never defined by the text, read as
    a variable of its own; the text may mean the family's mean."""
    written = written_symbols(sides)
    families = {s.stem for s in written if s.index}
    for sym in written:
        if sym.accents[:1] == ("bar",) and not sym.index and \
                replace_accent(sym).stem in families and \
                not _through_family(sym, state, line):
            from checker.derive.render import render

            shown = render(sym)
            return [Guess(f"{shown} read as a variable (the text does not define it), though "
                          f"beside the family {render(replace_accent(sym))}_i it may be their "
                          "mean", f"define it (`{shown} = \\frac{{1}}{{n}}\\sum_i ...`)")]
    return []


def _through_family(sym: Sym, state: State, line: int) -> bool:
    """sym's definitions reach a member of the family under its accent (x̄ = Σ_i x_i / n); a
    value (`\\bar x = 4`, an example's) or another name (`\\hat\\mu = \\bar x`) does not."""
    stem = replace_accent(sym).stem
    return any(r.stem == stem and r.index for r in state.reached((sym,), line))


def replace_accent(sym: Sym) -> Sym:
    """x̄ → x: the name under its outermost accent."""
    return Sym(sym.base, sym.index, sym.sup, sym.accents[1:])


def conventions(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """Every guess a conventional name in the step takes."""
    return mean(sides, state, line)
