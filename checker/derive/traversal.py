"""SymPy expressions walked as the shared structures they are: a matrix step's entries share
most of their subexpressions, and SymPy's own traversals (free_symbols, atoms) walk each
occurrence again; these walk each distinct subexpression once."""

from __future__ import annotations

import sympy as sp


def unique_nodes(*exprs) -> list[sp.Basic]:
    """Every distinct subexpression of the expressions (or matrices), each once: the shared
    parts of a matrix step's entries are walked once, not once per occurrence."""
    seen: set[sp.Basic] = set()
    out: list[sp.Basic] = []
    todo = [e for x in exprs for e in (x if isinstance(x, sp.MatrixBase) else [x])
            if isinstance(e, sp.Basic)]
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        out.append(node)
        todo.extend(node.args)
    return out


def symbols_of(*exprs) -> set[sp.Symbol]:
    """The free symbols of expressions (or matrices), shared parts walked once."""
    return {n for n in unique_nodes(*exprs) if isinstance(n, sp.Symbol)}


def count_nodes(expr, cap: int) -> int:
    """How many distinct subexpressions expr has, counted up to cap."""
    seen: set[sp.Basic] = set()
    todo = [expr]
    while todo and len(seen) < cap:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo.extend(node.args)
    return len(seen)


def atoms_of(kind: type, *exprs) -> set:
    """The distinct subexpressions of a kind (unknown applications, functions)."""
    return {n for n in unique_nodes(*exprs) if isinstance(n, kind)}

