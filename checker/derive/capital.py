"""Entries written with the lowercase of a matrix's letter: `S = [[0.8, 0.2], [0.1, 0.6]]`,
then `s_{12} - s_{11}`, `a_{ij}` beside A. Linear-algebra notes and hand-worked examples name a
matrix's entries so without saying it ("$A = (a_{ij})$" is often left out). The reader reads
s_{12} as a name of its own, free; a failing step may then only have put S's numbers in for
its entries: a guess, never a failure (the entry's own value, or `S_{12}`, decides it).
"""

from __future__ import annotations

from checker.derive import matrix
from checker.derive.guess import Guess, written_symbols
from checker.derive.render import render
from checker.derive.state import State
from checker.derive.tree import Matrix, Node, Sym


def entry_of_a_capital(sides: tuple[Node, ...], state: State, line: int,
                       free: set[str]) -> list[Guess]:
    """A lowercase name with indices (s_{12}, s_{ij}), its letter left free in the step's
    values (s_{12} as s_{1,2}) and the member never defined, whose capital (S) the text gives
    as a matrix before this line."""
    for sym in written_symbols(sides):
        if not sym.index or not any(n.split("_")[0] == sym.base and "_" in n for n in free) or \
                not sym.base.isalpha() or \
                not sym.base.islower() or len(sym.base) != 1 or \
                state.ctx.lookup(sym, line) is not None:
            continue
        whole = Sym(sym.base.upper())
        value = state.ctx.bound({whole.name}, line).get(whole.name)
        definition = state.ctx.lookup(whole, line)
        if matrix.is_matrix(value) or definition is not None and definition.line <= line and \
                isinstance(definition.body, Matrix):
            return [Guess(f"{render(sym)} read as a variable of its own, though the text gives "
                          f"the matrix {whole.name} whose entry it may be",
                          f"give {render(sym)}'s value, or write the entry as "
                          f"`{whole.name}_{{{''.join(map(str, sym.index))}}}`")]
    return []
