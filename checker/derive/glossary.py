"""A step's Naming (naming.py), read from the text: the definitions in scope that the step
reaches (`ŷ := wx + b`, `a := σ(z)`) and the functions it applies (`σ(z)`), each as a
(stand-in, value) fold in the step's own reading, and the index letters it was checked at
(`y_2` is the text's `y_j` at j = 2).
"""

from __future__ import annotations

import time
from dataclasses import replace

import sympy as sp

from checker.derive import vocabulary
from checker.derive.naming import LARGEST, Naming
from checker.derive.render import render
from checker.derive.traversal import count_nodes
from checker.derive.tree import Call, Compound, Node, Shift, Sym, walk

NAMING_SECONDS = 0.3  # CPU seconds reading the definitions in scope for one step


def naming_of(low, sides: tuple[Node, ...]) -> Naming:
    """The Naming of a step read by the lowering `low` (meaning.Lowering)."""
    ctx = low.ctx
    try:
        reached = low.reach(sides)
    except Exception:  # noqa: BLE001 - then only the step's own names
        reached = list(sides)
    scope = _in_scope(low)
    return Naming(ctx, _letters(low, [*sides, *scope], reached), *_folds(low, reached, scope))


def _in_scope(low, most: int = 8) -> list[Sym]:
    """The names of the (most recent) definitions in force on the step's line."""
    found = [d for ds in low.ctx.history.values() for d in ds
             if d.in_force(low.line) and not d.params]
    return [d.name for d in sorted(found, key=lambda d: d.line)[-most:]]


def _letters(low, sides: list[Node], reached: list[Node]) -> dict[str, str]:
    """Each instance of a name the step writes with its free index letters (`y_2` for `y_j`
    at j = 2) → the name as written, unless the text also writes that instance itself."""
    literal = {n.name for node in reached for n in walk(node) if isinstance(n, Sym)}
    out: dict[str, str] = {}
    for node in sides:
        for n in walk(node):
            if not isinstance(n, Sym) or not n.index:
                continue
            values = [_value(i, low.free_index) for i in n.index]
            if None in values or all(v == i for v, i in zip(values, n.index)):
                continue
            concrete = replace(n, index=tuple(values)).name  # type: ignore[arg-type]
            if concrete not in literal:
                out.setdefault(concrete, render(n))
    return out


def _value(index: str, free: dict) -> str | None:
    if isinstance(index, Compound):
        return str(index.value(free.__getitem__)) if all(
            letter in free for letter in index.letters) else None
    if isinstance(index, Shift):
        return str(free[index.letter] + index.by) if index.letter in free else None
    if index.isdigit():
        return index
    return str(free[index]) if index in free else None


def _folds(low, reached: list[Node], scope: list[Sym]):
    """(stand-in, value) for the defined names and the applied functions the step reaches,
    and the names defined in scope; how each function's stand-in is shown (`σ(z)`)."""
    ctx = low.ctx
    names = frozenset(n.name for node in reached for n in walk(node) if isinstance(n, Sym)
                      and (d := ctx.lookup(n, low.line)) is not None and not d.params) | \
        {s.name for s in scope}
    kept = low.again()
    deadline = time.process_time() + NAMING_SECONDS
    for node in reached + scope:
        if time.process_time() > deadline:
            break
        try:
            kept.expr(node, hold=names)
        except Exception:  # noqa: BLE001 - a part that cannot be read holds nothing
            continue
    folds: list[tuple[sp.Symbol, sp.Expr]] = []
    for name, sym in list(kept.held.items()):
        if time.process_time() > deadline:
            break
        stand_in = sp.Symbol(name, real=True)
        values = [_plain(low, sym)]
        defined = ctx.lookup(sym, low.line)
        if defined is not None and not defined.index:  # a = σ(z) with z held as well
            values.append(_plain(low, defined.body, names))
        for value in dict.fromkeys(v for v in values if v is not None and v != stand_in):
            folds.append((stand_in, value))
    shown: dict[sp.Symbol, str] = {}
    calls = {replace(n, order=0) for node in reached for n in walk(node)
             if isinstance(n, Call) and n.of is None and len(n.args) == 1}
    for call in sorted(calls, key=render):
        defined = ctx.get(call.name, low.line)
        if (defined is None or not defined.params) and call.name not in vocabulary.FUNCTIONS:
            continue
        value = _plain(low, call)
        if value is None or isinstance(value, sp.Function):
            continue  # tanh(z) is shown as tanh(z) already
        stand_in = sp.Dummy(call.name)
        folds.append((stand_in, value))
        shown[stand_in] = render(call)
    return tuple(folds), shown


def _plain(low, node: Node, hold: frozenset[str] = frozenset()) -> sp.Expr | None:
    """node's value in this step's reading (a fresh one; the names in `hold` kept as names),
    if it is a scalar with names."""
    try:
        value = low.again().expr(node, hold=hold)
    except Exception:  # noqa: BLE001 - a name whose value cannot be read is not folded
        return None
    if not isinstance(value, sp.Expr) or isinstance(value, sp.MatrixBase) or \
            not value.free_symbols or count_nodes(value, LARGEST) >= LARGEST:
        return None
    return value
