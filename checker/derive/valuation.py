"""The values a worked example binds, in a `Context` (`bind`): which are in force at a line
(`bound`; `stale`, bound in an earlier section), how far each may be off as written
(`roundings`), which stand for a defined name (`given_instead`), and an expression at them
(`at_bound_values`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sympy as sp

from checker.derive.definition import lookup
from checker.derive.tree import Sym

if TYPE_CHECKING:
    from checker.derive.context import Context


def bind(ctx: Context, name: str, value: sp.Expr, line: int, until: int | None,
         rounding: float = 0.0, instead: bool = False) -> None:
    ctx.bindings.setdefault(name, []).append((line, value, until))
    if rounding:
        ctx.rounding[(name, line)] = rounding
    if instead:
        ctx.instead.add((name, line))


def constant_vector(ctx: Context, name: str, line: int) -> sp.Expr | None:
    """The constant of a vector bound as `\\mathbf{0}` (`\\mathbf{1}`) in force at `line`."""
    latest = next((b for b in reversed(ctx.bindings.get(name, []))
                   if b[0] <= line and (b[2] is None or line < b[2])), None)
    return latest[1] if latest is not None and (name, latest[0]) in \
        ctx.constant_vectors else None


def unbind_members(ctx: Context, stem: str, line: int) -> None:
    """Values bound to members of a family (v_1, v_2 of v_t) are dropped at `line`: the
    family is given a new rule there, so they belong to the old one."""
    for name, found in ctx.bindings.items():
        sym = ctx.symbols.get(name)
        if sym is None or sym.stem != stem or len(sym.index) != 1 or \
                not str(sym.index[0]).isdigit() or int(str(sym.index[0])) < 1:
            continue  # (v_0, where every rule starts, keeps its value)
        # (the walk is in order: lines before this one are checked already)
        ctx.bindings[name] = [(at, v, until) for at, v, until in found if at >= line]


def roundings(ctx: Context, names: set[str], line: int) -> dict[str, float]:
    """Of those names, the ones whose value at `line` was written rounded: name → how far
    it may be off."""
    out = {}
    for name in names:  # an entry X[1,2] of a bound X: X's rounding
        whole = ctx.entries[name][0] if name in ctx.entries else name
        at = next((b[0] for b in reversed(ctx.bindings.get(whole, [])) if b[0] <= line),
                  None)
        if at is not None and ctx.rounding.get((whole, at)):
            out[name] = ctx.rounding[(whole, at)]
    return out


def given_instead(ctx: Context, names: set[str], line: int) -> frozenset[str]:
    """Of those names, the ones whose value in force at `line` (this example) was given
    where their definition had none, and not defined again since: the value the text gave
    (`ŷ ≈ 0.9242` after ŷ = A_1W_2 + b_2) stands for the name, not the definition."""
    out = set()
    for name in names:
        at = next((b[0] for b in reversed(ctx.bindings.get(name, []))
                   if b[0] <= line and (b[2] is None or line < b[2])), None)
        if at is None or (name, at) not in ctx.instead:
            continue
        definition = lookup(ctx, ctx.symbols.get(name, Sym(name)), line)
        if definition is not None and definition.line <= at:
            out.add(name)
    return frozenset(out)


def example_under_way(ctx: Context, line: int) -> bool:
    """Some value bound for a worked example is in force at `line` (bound in this section,
    or a few lines above): the example's quantities are being computed."""
    return any(at <= line and (until is None or line < until)
               for values in ctx.bindings.values() for at, _, until in values)


def bound(ctx: Context, names: set[str], line: int, stale: bool = True) -> dict[str, sp.Expr]:
    """The values at `line` of those names that are bound: in force, or (with `stale`)
    bound in an earlier section and not bound again since."""
    out = {}
    for name in names:
        for at, value, until in reversed(ctx.bindings.get(name, [])):
            if at <= line and (stale and (name, at) not in ctx.cased or until is None or
                               line < until):
                out[name] = value
                break
    return out


def stale(ctx: Context, names: set[str], line: int) -> dict[str, int]:
    """Of those names, the ones whose value at `line` was bound in an earlier section (or
    long ago): name → the line it was bound on."""
    out = {}
    for name in names:
        latest = next((b for b in reversed(ctx.bindings.get(name, [])) if b[0] <= line and
                       not (b[2] is not None and line >= b[2] and (name, b[0]) in ctx.cased)),
                      None)
        if latest is not None and latest[2] is not None and line >= latest[2] and \
                not _given_by_whole(ctx, name, latest[1], line):
            out[name] = latest[0]
    return out


def _given_by_whole(ctx: Context, name: str, value, line: int) -> bool:
    """`x_1 = 1` bound in an earlier section (`## Forward`), the data `x = (1, 2)` still in
    force here: the member's old value is the one its whole gives it (x_1 its first entry), so
    whether the old value still holds cannot matter; it is no stale value."""
    sym = ctx.symbols.get(name)
    if sym is None or len(sym.index) != 1 or not str(sym.index[0]).isdigit():
        return False
    whole = next((b for b in reversed(ctx.bindings.get(sym.stem, ())) if b[0] <= line and
                  (b[2] is None or line < b[2])), None)
    if whole is None or not getattr(whole[1], "is_Matrix", False) or 1 not in whole[1].shape:
        return False
    entries, k = list(whole[1]), int(sym.index[0])
    try:
        return 1 <= k <= len(entries) and sp.simplify(entries[k - 1] - value) == 0
    except (TypeError, ValueError, AttributeError):
        return False


def sampled(ctx: Context, expr) -> set[str]:
    """The names inside an expectation or variance (`E[m_i h_i]`) that the text calls random
    (`m_i \\sim \\mathrm{Bernoulli}(p)`, "independent", "zero-mean"): a value a worked example
    gives them (the mask `m = (1, 0, 1, 1)`) is one draw, not what E averages over, so it is
    never put in there."""
    randomness = ctx.randomness
    if randomness is None or not (randomness.distributions or randomness.named):
        return set()
    from checker.derive import vocabulary

    declared = {_stem(k) for k in (*randomness.distributions, *randomness.named)}
    inside = {s for call in getattr(expr, "atoms", lambda *_: ())(sp.Function)
              if vocabulary.statistic(_name(call)) for s in call.free_symbols}
    return {str(s) for s in inside
            if _stem(ctx.symbols[str(s)].stem if str(s) in ctx.symbols else str(s)) in declared}


def _name(call) -> str:
    signature = getattr(call, "signature", None)
    return signature.name if signature is not None else type(call).__name__


def _stem(name: str) -> str:
    return name.split("_", 1)[0].split("[", 1)[0]


def at_bound_values(ctx: Context, expr, line: int, stale: bool = True,
                    ranging: frozenset[str] = frozenset()):
    """expr with the bound names replaced by their values (matrices entry by entry), but
    for the `ranging` ones (a step stated for every value of them: cases over r)."""
    from checker.derive.traversal import symbols_of

    symbols = symbols_of(expr)
    names = {str(s) for s in symbols} - ranging - sampled(ctx, expr)
    values = bound(ctx, names | {ctx.entries[n][0] for n in names if n in ctx.entries},
                   line, stale)
    if not values:
        return unknowns_at_values(ctx, expr, line, stale)
    for name in names & ctx.entries.keys():  # X[1,2] of X bound to a matrix
        whole, row, col = ctx.entries[name]
        value = values.get(whole)
        if getattr(value, "is_Matrix", False) and (whole in ctx.tuples or value.rows == 1 and
                                                    ctx.shapes.get(whole, ())[1:] == ("1",)) and \
                min(row, col) == 1 and max(row, col) <= len(value):
            # a tuple, read as a row or a column (a row given for a declared column: y ∈ ℝ^b)
            values[name] = value[max(row, col) - 1]
        elif getattr(value, "is_Matrix", False) and row <= value.rows and col <= value.cols:
            values[name] = value[row - 1, col - 1]
        elif value is not None and value == 0:  # \mathbf{w} = \mathbf{0}
            values[name] = value
        elif _one_by_one(ctx, whole, value, names):  # y = 2, read as a 1 × 1 matrix
            values[name] = value
    from checker.derive.replacement import substitute

    return unknowns_at_values(ctx, substitute(
        expr, {s: values[str(s)] for s in symbols if str(s) in values
               and not getattr(values[str(s)], "is_Matrix", False)}), line, stale)


def unknowns_at_values(ctx: Context, expr, line: int, stale: bool = True):
    """expr with each undefined name the text differentiates (an unknown function: `a` of
    ∂a/∂z), applied at numbers, replaced by the number the example binds it to (`a = σ(0.2)
    ≈ 0.5498`), while that value is still the example's: no name bound before it has been
    bound again since (a second forward pass, an update step, another example), and no
    argument has been given a value after it (`for z = 1`: another point), so its arguments
    are still where they were when it was bound."""
    if getattr(expr, "is_Matrix", False):
        return expr.applyfunc(lambda e: unknowns_at_values(ctx, e, line, stale))
    from checker.derive.traversal import atoms_of
    from checker.derive.unknown import Applied

    if not isinstance(expr, sp.Basic) or not expr.has(Applied):
        return expr
    swap = {}
    for app in atoms_of(Applied, expr):
        sig = app.signature
        found = _binding(ctx, sig.name, line, stale)
        if sig.orders or found is None or not _number(found[1]) or \
                not all(_number(a) for a in app.args) or _moved(ctx, found[0], line) or \
                any(found[0] < at <= line for param in sig.params
                    for at, _, _ in ctx.bindings.get(param, [])):
            continue  # (an argument given a value only after it: `for z = 1`, another point)
        swap[app] = found[1]
    return expr.xreplace(swap) if swap else expr


def _binding(ctx: Context, name: str, line: int, stale: bool):
    """(line, value) of name's binding in force at line, as `bound` reads it; None if none."""
    for at, value, until in reversed(ctx.bindings.get(name, [])):
        if at <= line and (stale and (name, at) not in ctx.cased or until is None or
                           line < until):
            return at, value
    return None


def _moved(ctx: Context, since: int, line: int) -> bool:
    """Whether some name bound before `since` is bound again after it, up to `line`."""
    return any(any(at < since for at, _, _ in found) and
               any(since < at <= line for at, _, _ in found) for found in ctx.bindings.values())


def _number(value) -> bool:
    return isinstance(value, sp.Basic) and bool(value.is_number) and not value.is_Matrix and \
        value.is_real is not False


def _one_by_one(ctx: Context, whole: str, value, names: set[str]) -> bool:
    """`y = 2` (a target, `Y = 5` for Y of shape (m, k) at m = k = 1) where the step reads y
    as a matrix (ŷ = w_2ᵀh + b_2 is one by one, so ŷ - y is too) and writes only its entry
    (1, 1): the one number bound is that entry."""
    if value is None or getattr(value, "is_Matrix", False) or \
            getattr(value, "free_symbols", True) or not getattr(value, "is_number", False):
        return False
    return {ctx.entries[n][1:] for n in names if ctx.entries.get(n, ("",))[0] == whole} == \
        {(1, 1)}
