"""A worked example that gives the value of an intermediate, not of the input it is built from.

"$\\ell$ with $p = \\sigma(z)$ ... at $p = 0.2$: $d\\ell/dz = -0.8$": the example names p's value
after p's definition, and the step differentiates by z through p. Read with z free, the step
would be checked at every z; the writer means the z where p has that value. When the given
name's definition depends on exactly one name the example leaves free, and that equation has
exactly one real solution, the step's sides are read at it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sympy as sp

from checker.derive.meaning import Lowering
from checker.derive.traversal import free_symbols

if TYPE_CHECKING:
    from checker.derive.state import State
    from checker.derive.tree import Node


def at_given_intermediates(state: State, sides: tuple[Node, Node], values: tuple, line: int
                           ) -> tuple:
    """The sides' values with each free input pinned where a given intermediate has its
    value (p = σ(z) given 0.2: z = ln(0.25)); as they were when no input is pinned so."""
    free = set().union(*(free_symbols(v, set()) for v in values))
    if not free:
        return values
    ctx = state.ctx
    reached = state.reached(sides, line)
    given = ctx.given_instead({s.name for s in reached}, line)
    pins: dict[sp.Symbol, sp.Expr] = {}
    for sym in reached:
        if sym.name not in given or any(str(s) == sym.name for s in free):
            continue
        pin = _pin(state, sym, line, free)
        if pin is not None and pin[0] not in pins:
            pins[pin[0]] = pin[1]
    if not pins:
        return values
    return tuple(v.xreplace(pins) if hasattr(v, "xreplace") else v for v in values)


def _pin(state: State, sym, line: int, free: set) -> tuple[sp.Symbol, sp.Expr] | None:
    """The input `sym`'s definition leaves free (one name, among the step's free ones) and
    the one real value that gives `sym` the value the example states; None otherwise."""
    ctx = state.ctx
    definition = ctx.lookup(sym, line)
    value = ctx.bound({sym.name}, line, stale=False).get(sym.name)
    if definition is None or definition.params or value is None or \
            getattr(value, "free_symbols", True) or getattr(value, "is_Matrix", False):
        return None
    try:
        body = Lowering(ctx, line).expr(definition.body)
        body = ctx.at_bound_values(body, line)
    except Exception:  # noqa: BLE001 - a definition not read here pins nothing
        return None
    unknowns = getattr(body, "free_symbols", set())
    if len(unknowns) != 1 or getattr(body, "is_Matrix", False):
        return None
    (unknown,) = unknowns
    if unknown not in free:
        return None
    root = single_root(body, value, unknown)
    return None if root is None else (unknown, root)


def single_root(body: sp.Expr, value: sp.Expr, unknown: sp.Symbol) -> sp.Expr | None:
    """The one real solution of body = value in `unknown`; None when there are none, several,
    or SymPy cannot solve it."""
    try:
        roots = sp.solveset(sp.Eq(body, value), unknown, domain=sp.S.Reals)
    except Exception:  # noqa: BLE001 - an equation SymPy cannot solve pins nothing
        return None
    if not isinstance(roots, sp.FiniteSet) or len(roots) != 1:
        return None
    (root,) = roots
    return root
