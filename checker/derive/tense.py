"""A step the prose places before the latest update of a name it uses.

A worked example binds a name, updates it (`w ← w - ηg = (0.87, -0.87)`), then looks back:
"Geometric margin before the step: $2/\\lVert w\\rVert = 2/\\sqrt 2$". Read at the latest values
the step is wrong; at the ones the text gave before the update it holds. The prose of the
step's own clause (the text since the formula before it in its paragraph) says which time it
is about, with a cue of an earlier time (EARLIER): "before the step / update / iteration",
"initially", "the old / previous / original", "at t = 0", "업데이트 전", "이전", "초기",
"更新前", "之前", "初始", "原来".

`at_an_earlier_binding` reads such a failing step again with the latest binding of each name
it uses that was bound more than once taken back (one, then two, then three bindings back):
the first reading that holds decides it (holds, saying at which values). A step that holds at
none of the values the text gave still fails: whichever time it is about, it is wrong there.
"""

from __future__ import annotations

import re
from dataclasses import replace

from checker.derive.attempt import Attempt, reread
from checker.derive.context import Context
from checker.derive.equivalence import Comparison, compare
from checker.derive.meaning import Lowering
from checker.derive.regex import Regex
from checker.derive.traversal import free_symbols, symbols_of

EARLIER = Regex(
    r"\bbefore\s+(?:the\s+|this\s+|that\s+|each\s+|any\s+|an?\s+|its\s+)?(?:first\s+|one\s+)?"
    r"(?:gradient\s+|sgd\s+|optimi[sz]er\s+)?(?:step|update|updating|iteration|move|training|"
    r"descent)|\b(?:initial(?:ly)?|at\s+(?:the\s+)?start|at\s+initiali[sz]ation|old|previous"
    r"(?:ly)?|prior\s+to|original(?:ly)?|at\s+t\s*=\s*0|at\s+step\s+0|at\s+iteration\s+0)\b|"
    r"업데이트\s*(?:이\s*)?전|갱신\s*전|스텝\s*전|이전|초기|처음|원래|"
    r"更新(?:之)?前|之前|初始|原来|原先|上一步|一开始|最初", re.IGNORECASE)
_BACK = 3  # how many bindings back a step may look


def placed_earlier(before: str) -> bool:
    """Does the prose of a formula's own clause (`before`: its paragraph's text up to it,
    formulas shown as $) place it at an earlier time?"""
    return bool(EARLIER.search(before.split("$")[-1]))


def _rolled_back(ctx: Context, names: set[str], line: int, back: int) -> Context | None:
    """A copy of ctx in which each of `names` bound more than `back` times by `line` has its
    latest `back` bindings taken back (the one before them in force until they ended); None
    when no name has so many."""
    bindings, changed = dict(ctx.bindings), False
    for name in names:
        held = [b for b in ctx.bindings.get(name, []) if b[0] <= line]
        if len(held) <= back:
            continue
        kept = held[:-back]
        at, value, _ = kept[-1]
        bindings[name] = [*kept[:-1], (at, value, held[-1][2])]
        changed = True
    return replace(ctx, bindings=bindings) if changed else None


def _reread(attempt: Attempt, ctx: Context) -> Comparison:
    """The step read again in `ctx`: as the judge read it (its conditions, shapes), and, when
    that differs, plainly (a fresh reading at its line, as its numbers are read)."""
    again = reread(attempt, ctx)
    if again.agree:
        return again
    plain = [ctx.at_bound_values(Lowering(ctx, attempt.line).expr(n, hold=attempt.held),
                                 attempt.line) for n in (attempt.left, attempt.right)]
    return compare(*plain, ctx, atol=attempt.atol)


def at_an_earlier_binding(attempt: Attempt) -> tuple[str, str] | None:
    """A failing step whose clause places it before the latest update: does it hold at the
    values the text bound before (one, two, three bindings back)?"""
    if not attempt.ctx.bindings or not placed_earlier(attempt.f.before):
        return None
    ctx = attempt.ctx
    low = Lowering(ctx, attempt.line)
    used = {str(s) for n in (attempt.left, attempt.right) for s in
            symbols_of(low.expr(n, hold=attempt.held))}
    stems = {ctx.symbols[n].stem if n in ctx.symbols else n for n in used}
    names = {k for k in ctx.bindings
             if k in used or (ctx.symbols[k].stem if k in ctx.symbols else k) in stems}
    for back in range(1, _BACK + 1):
        earlier = _rolled_back(ctx, names, attempt.line, back)
        if earlier is None:
            return None
        again = _reread(attempt, earlier)
        if again.agree:
            lines = sorted({b[0] for n in names for b in earlier.bindings.get(n, [])
                            if b[0] <= attempt.line}, reverse=True)
            moved = {n for n in names if len(ctx.bindings.get(n, [])) > back}
            whole = {n for n in moved if n not in ctx.symbols or
                     ctx.symbols[n].stem in (n, None) or ctx.symbols[n].stem not in moved}
            shown = ", ".join(sorted(earlier.shown(n) for n in whole))
            where = f" (bound on line {lines[0]})" if lines else ""
            return "holds", (f"{again.method}, at the values {shown} had before the latest "
                             f"update{where}: the prose places the step before it")
    return None


def at_the_initial_value(attempt: Attempt) -> tuple[str, str] | None:
    """`w_t = (1 - η)^t w_0 = 0.5^t · 4` after "initial value $w = 4$": a failing step with a
    name's 0th member (w_0, θ_0) free, neither bound nor defined, where the text bound the
    plain name (w) before: the writer's w_0 is w's first value. Read so, does the step hold?"""
    ctx, line = attempt.ctx, attempt.line
    free = {str(s): s for v in (attempt.lv, attempt.rv) for s in free_symbols(v, ())}
    swap, said = {}, []
    for name, symbol in free.items():
        sym = ctx.symbols.get(name)
        if sym is None or sym.index != ("0",) or ctx.bound({name}, line):
            continue
        plain = sym.name_at(())
        first = [b for b in ctx.bindings.get(plain, []) if b[0] <= line]
        if first and not getattr(first[0][1], "is_Matrix", False):
            swap[symbol] = first[0][1]
            said.append(f"{ctx.shown(name)} = {first[0][1]} ({ctx.shown(plain)}'s first value, "
                        f"line {first[0][0]})")
    if not swap:
        return None
    try:
        lv, rv = (ctx.at_bound_values(v.xreplace(swap), line) for v in (attempt.lv, attempt.rv))
        again = compare(lv, rv, ctx, atol=attempt.atol)
    except Exception:  # noqa: BLE001 - not comparable so: no claim either way
        return None
    if not again.agree:
        return None
    return "holds", f"{again.method}, with {', '.join(said)}"
