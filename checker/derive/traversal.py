"""SymPy expressions walked as the shared structures they are: a matrix step's entries share
most of their subexpressions, and SymPy's own traversals (free_symbols, atoms) walk each
occurrence again; these walk each distinct subexpression once."""

from __future__ import annotations

import sympy as sp


def unique_nodes(*exprs, stop=()) -> list[sp.Basic]:
    """Every distinct subexpression of the expressions (or matrices), each once: the shared
    parts of a matrix step's entries are walked once, not once per occurrence (not below
    the nodes in `stop`)."""
    seen: set[sp.Basic] = set(stop)
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
    """The free symbols of expressions (or matrices), shared parts walked once. A node that
    binds names (a slope taken at given values, evaluation.Slope.at) has those free only
    where its values use them."""
    nodes = unique_nodes(*exprs)
    out = {n for n in nodes if isinstance(n, sp.Symbol)}
    binders = [n for n in nodes if getattr(n, "binds_names", False) and len(n.args) == 4]
    if binders:
        out = {n for n in unique_nodes(*exprs, stop=binders) if isinstance(n, sp.Symbol)}
        for n in binders:
            out |= (symbols_of(n.args[0]) - set(n.args[2])) | symbols_of(n.args[3])
    return out


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



_FREE: dict[int, tuple[sp.MatrixBase, frozenset]] = {}
_FREE_MOST = 32


def free_symbols(value, default=frozenset()):
    """value.free_symbols (default when value has none, e.g. a Python number). A matrix's are
    remembered for the last _FREE_MOST matrices: a matrix step's sides are asked for their
    names by several rules (claim, difference, inversion, kinship, tense), and SymPy walks
    every entry of a matrix each time (about a third of a two-layer backprop step's time).
    The checker never changes a matrix in place, so a matrix's names are fixed once built."""
    if not isinstance(value, sp.MatrixBase):
        return getattr(value, "free_symbols", default)
    hit = _FREE.get(id(value))
    if hit is not None and hit[0] is value:
        return hit[1]
    names = frozenset(value.free_symbols)
    if len(_FREE) >= _FREE_MOST:
        _FREE.pop(next(iter(_FREE)))
    _FREE[id(value)] = (value, names)
    return names
