"""What one walk (walker.Walker) has found out about the text's names, kept for that walk and
its sub-walks: a name's definition in force at a line (dependence.definition) and the
arguments of an unknown function (dependence.arguments).

Both are pure functions of the text's state (its definitions, bound values, stated
derivatives), and a walk reads one formula whole before that state changes: a walk defines
and binds nothing. A name is asked for its meaning several times in one visit (its index
letters, a size, a family, the definition itself) and again at every place it is written, so
each answer is computed once per walk; the next formula's walk starts with nothing kept and
reads any new meaning the text gave since.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.derive import dependence

if TYPE_CHECKING:
    from checker.derive.tree import Sym
    from checker.derive.walker import Walker


def meaning(w: Walker, sym: Sym, line: int):
    """sym's definition in force at line in w's reading (dependence.definition), or None."""
    key = (sym, line)
    if key not in w.meanings:
        w.meanings[key] = dependence.definition(w.low.ctx, sym, line, w.low.wrt)
    return w.meanings[key]


def arguments(w: Walker, sym: Sym) -> list:
    """What the undefined name sym is an unknown function of at the step's line
    (dependence.arguments: what the text differentiates it by)."""
    key = ("arguments", sym)
    if key not in w.meanings:
        w.meanings[key] = dependence.arguments(w.low.ctx, sym, w.low.line, w.low.wrt)
    return w.meanings[key]
