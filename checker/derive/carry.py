"""A rounded value carried on: a writer who states a value rounded (`ŷ = σ(wx) ≈ 0.622`) and goes
on from it computes with the rounded value, so a `≈` step that fails with the exact values is
read again with the values the text stated for its names.
"""

from __future__ import annotations

from checker.derive.rounding import tolerance, written_number
from checker.derive.tree import Call, Node, Num, Sym, rewrite, walk


def with_stated(state, low, sides: tuple[Node, Node], line: int, atol: float) -> str:
    """`ŷ = σ(wx) ≈ 0.622`, then `-\\log ŷ ≈ 0.475`: a writer who goes on from the value they
    stated rounded computes with it, not with σ(0.5). A `≈` step that fails with the exact
    values holds when it holds with the rounded values stated for the names it uses (the
    latest statement since their latest definition or binding, before this formula: on an
    earlier line or in an earlier formula of this one). How it held, or ''."""
    names = {s.name for s in state.reached(sides, line)}
    values: dict[str, Node] = {}
    for name in names:
        definition = state.ctx.get(name, line)
        bound = [b[0] for b in state.ctx.bindings.get(name, [])  # `p = e^{-1} ≈ 0.37`
                 if b[0] <= line and (b[2] is None or line < b[2])]
        since = max(([definition.line] if definition is not None else []) + bound, default=None)
        if state.ctx.bindings.get(name) and not bound:
            continue  # its value is no longer in force
        said = [(at, v) for at, v in state.stated.get(name, ()) if at <= line and
                (since is None or since <= at)]
        if said:
            values[name] = said[-1][1]
    if not values:
        return ""
    held = frozenset(values)
    sides_held: list = []

    def read(again):
        sides_held.extend(again.expr(side, hold=held) for side in sides)
        at = {s: again.expr(values[str(s)]) for v in sides_held for s in v.free_symbols
              if str(s) in values}
        return [v.xreplace(at) for v in sides_held]
    cmp = _agreeing(state, low, line, atol, read, matrices=False)
    if cmp is None:
        return ""
    from checker.derive.render import render

    used = {str(s) for h in sides_held for s in h.free_symbols}
    shown = ", ".join(f"{render(state.ctx.symbols[name]) if name in state.ctx.symbols else name}"
                      f" ≈ {written_number(v)}" for name, v in sorted(values.items())
                      if name in used)
    return f"{cmp.method}, with the rounded value{'s' if ',' in shown else ''} the text " \
        f"stated ({shown})" if shown else ""


def with_approximated(state, low, sides: tuple[Node, Node], line: int, atol: float,
                      text: str, limited: frozenset[str] = frozenset()) -> str:
    """`σ(2) ≈ 0.88`, then `σ'(2) = σ(2)(1 - σ(2)) = 0.88 × 0.12`; `softmax(z) ≈ (0.09, 0.24,
    0.67)`, then an entry used as 0.67: a value the text gave a call or a name with `≈` is the
    value the writer goes on with, in `=` steps too. A step that fails with the exact values
    holds when, every such expression it writes replaced by the value stated for it (the
    latest before the step in its section), both sides are numbers that agree within the
    step's digits: it never fails by less than the rounding the text carried (a stated value
    that is itself wrong is not gone on from). An expression in a name the step's own
    condition gives a value (`limited`: `-\\log p ≈ 0.223 \\quad (p = 0.8)` after `-\\log p ≈
    0.105` at p = 0.9) is at another value than where it was stated: not carried. How it held,
    or ''."""
    from checker.derive.render import render

    stated = approximations(state, line, text)
    used = {k: v for k, v in stated.items() if any(n == k for s in sides for n in walk(s))
            and not any(isinstance(n, Sym) and n.name in limited for n in walk(k))}
    if not used or not all(_agreeing(state, low, line, tolerance(k, v, True), lambda again, k=k,
                                     v=v: [again.expr(k), again.expr(v)]) for k, v in used.items()):
        return ""  # (a rounded value that is itself wrong is not gone on from)
    put = tuple(rewrite(s, lambda n: used.get(n) if not isinstance(n, tuple) else None)
                for s in sides)
    cmp = _agreeing(state, low, line, atol, lambda again: [again.expr(s) for s in put])
    if cmp is None:
        return ""
    shown = ", ".join(f"{render(k)} ≈ {render(v)}" for k, v in used.items())
    return f"{cmp.method}, with the rounded value{'s' if len(used) > 1 else ''} the text " \
        f"stated ({shown})"


def approximations(state, line: int, text: str) -> dict[Node, Node]:
    """The expressions the section gives a value with `≈` before the formula `text` on `line`:
    the first member of a chain whose last member is a number or a tuple of numbers and
    whose last relation is `≈` (`σ(2) ≈ 0.88`, `ŷ = σ(0.5) ≈ 0.622`), the latest for each."""
    from checker.derive.errors import Unreadable
    from checker.derive.statement import parse_statements

    start = max((h for h in state.headings if h <= line), default=0)
    out: dict[Node, Node] = {}
    for at in sorted(k for k in state.texts if start <= k <= line):
        for written in state.texts[at]:
            if at == line and written == text:
                return out  # (the step's own formula and those after it: not before it)
            if "\\approx" not in written and "≈" not in written:
                continue  # (no value stated rounded: not read)
            try:
                segments = parse_statements(written, state.ctx.known)
            except (Unreadable, RecursionError):
                continue
            for s in segments:
                rel = s.relation
                if s.error is not None or rel is None or len(rel.members) < 2 or \
                        rel.ops[-1] != "≈" or _numbers(rel.members[0]) or \
                        not _numbers(rel.members[-1]):
                    continue
                out[rel.members[0]] = rel.members[-1]
    return out


def _numbers(node: Node) -> bool:
    """A number or a tuple of numbers as written (`0.88`, `(0.09, 0.24, 0.67)`, `-0.3`)."""
    return not any(isinstance(n, (Sym, Call)) for n in walk(node)) and \
        any(isinstance(n, Num) for n in walk(node))


def _agreeing(state, low, line: int, atol: float, read, matrices: bool = True):
    """The comparison of the two sides `read` gives in a fresh reading of the step (as `low`
    made it), at the bound values, when both are numbers (or, with `matrices`, arrays of
    numbers) that agree; else None (also when they cannot be read so)."""
    from checker.derive.equivalence import compare
    from checker.derive.meaning import Lowering

    try:
        again = Lowering(state.ctx, line, calls=low.calls, wrt=low.wrt,
                         free_index=dict(low.free_index))
        lv, rv = (state.ctx.at_bound_values(v, line) for v in read(again))
        if getattr(lv, "free_symbols", None) or getattr(rv, "free_symbols", None) or \
                (not matrices and getattr(lv, "is_Matrix", False)):
            return None
        cmp = compare(lv, rv, state.ctx, atol=atol)
    except Exception:  # noqa: BLE001 - not readable that way: the exact verdict stands
        return None
    return cmp if cmp.agree else None
