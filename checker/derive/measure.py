"""A measure of a name given as a number: `‖w‖ = 2.0`, `\\|g\\| = 0.05`, `|\\mathcal H| = 1000`,
`|g|^2 = 0.01`, where the text gives the name no entries and no definition. Training logs, LARS
and LAMB notes, PAC bounds and vocabulary sizes state the norm or the size so, as a value for
the steps after it ("for one conv layer with ‖w‖ = 2.0, ‖g‖ = 0.05"), never a claim about free
entries w_1, w_2, …: no step, and a later ‖w‖ (|H|, |g|) is that number (`trust = 0.001‖w‖/
(‖g‖ + β‖w‖)`). A name with entries or a definition is checked as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.derive.tree import Abs, Bin, Call, Node, Norm, Num, Sym, walk

if TYPE_CHECKING:
    from checker.derive.state import State

KEY = "measure"  # the statistics' key a given measure is stored under (Context.statistics)


def measured(head: Node) -> tuple[Node, bool] | None:
    """The measure written (‖w‖, |H|) and whether it is squared (‖g‖², |g|^2), or None: a
    norm or absolute value of a plain name, alone or squared."""
    squared = isinstance(head, Bin) and head.op == "^" and head.right == Num("2")
    inner = head.left if squared else head  # type: ignore[union-attr]
    if isinstance(inner, (Norm, Abs)) and isinstance(inner.arg, Sym) and \
            not inner.arg.index and (not isinstance(inner, Norm) or inner.p is None):
        return inner, squared
    return None


def given(head: Node, line: int, state: State) -> bool:
    """A measure of a name without entries, definition or value at this line (roles.py)."""
    found = measured(head)
    if found is None:
        return False
    name = found[0].arg  # type: ignore[union-attr]
    ctx = state.ctx
    return ctx.lookup(name, line) is None and not ctx.bound({name.name}, line) and \
        name.name not in ctx.tuples and not ctx.bound(_members(ctx, name), line) and \
        not _defines(ctx, found[0], line)


def _defines(ctx, measure: Node, line: int) -> bool:
    """A definition in force writes a name as the measure (`PPL = |V|` for the uniform model,
    then `|V| = 50000`): the number is a case of that formula, and given for the whole text it
    would make the defined name that number in every later case (`PPL = 2^2`)."""
    return any(d.line <= line and any(n == measure for n in walk(d.body))
               for d in ctx.definitions.values())


def record(head: Node, value: Node, line: int, state: State) -> None:
    """Keep the number for the measure (its root for a square), for the steps after it."""
    found = measured(head)
    if found is not None:
        inner, squared = found
        state.ctx.statistics.setdefault((KEY, (inner,)), []).append(
            (line, Call("sqrt", (value,)) if squared else value))


def stated(ctx, node: Node, line: int) -> Node | None:
    """The number given for this measure before `line`, or None."""
    return ctx.statistic(KEY, (node,), line) if ctx.statistics else None


def _members(ctx, name: Sym) -> set[str]:
    return {n for n in ctx.bindings if n.startswith(name.name + "_")}
