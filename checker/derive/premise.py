"""The statistics a text states as premises (`\\mathrm{Var}(w_i) = \\sigma_w^2`, `\\mathbb{E}[r_i]
= q`) and the parameters of its distributions, valued on a step's line as the step's own names
are there; expectation.py uses them only ever to make a step hold."""

from __future__ import annotations

import sympy as sp

from checker.derive import vocabulary


def parameter(ctx, line: int, text: str) -> sp.Expr | None:
    """A distribution's parameter as written (`q`, `1 - p`), valued on a line as the step's own
    names are there: definitions expanded (q = 1 - p), bound values substituted (p = 0.8)."""
    from checker.derive.meaning import Lowering
    from checker.derive.notation import parse_expression

    try:
        return ctx.at_bound_values(Lowering(ctx, line).expr(parse_expression(text)), line)
    except Exception:  # noqa: BLE001 - a parameter not read: its moments stay unknown
        return None


def statements(ctx, line: int, bound: bool = False) -> tuple[tuple[str, sp.Expr, sp.Expr], ...]:
    """The expectations and variances the text states before a line (`\\mathrm{Var}(w_i) =
    \\sigma_w^2`, `\\mathbb{E}[r_i] = q`), each its last statement: (E or Var, argument,
    value), valued there as the step's names are: in one reading, so that two labels (σ_w, σ_x)
    stay two names. `bound`: the index letters of each argument (i in w_i) read as bound, as a
    step's sum binds them (Σ_i Var(w_i x_i)), so the labels are numbered as there."""
    from checker.derive.meaning import Lowering
    from checker.derive.moment import STATISTIC_NAMES
    from checker.derive.tree import Sym, walk

    found = []
    low = Lowering(ctx, line)
    for (name, args), said in ctx.statistics.items():
        kind = STATISTIC_NAMES.get(name) or vocabulary.statistic(name)
        before = [value for at, value in said if at <= line]
        if kind not in ("E", "Var") or len(args) != 1 or not before:
            continue
        env = {i: 1 for n in walk(args[0]) if isinstance(n, Sym) for i in n.index
               if isinstance(i, str) and i.isalpha() and len(i) == 1} if bound else {}
        try:
            found.append((kind, low.expr(args[0], env=env), low.expr(before[-1], env=env)))
        except Exception:  # noqa: BLE001 - a statement not read is not used
            continue
    return tuple(found)


def instances(said, names) -> tuple[tuple[str, sp.Expr, sp.Expr], ...]:
    """Each statement of a family member (Var(w_2) = σ², read from Var(w_i) = σ²) also for
    the members the step writes (w_1, w_3: every i), the same index throughout."""
    out = list(said)
    written = {}
    for n in names:
        stem, _, index = n.name.partition("_")
        if index.isdigit():
            written.setdefault(stem, set()).add(index)
    for kind, arg, value in said:
        members = {}
        for a in arg.free_symbols:
            stem, _, index = a.name.partition("_")
            if index.isdigit() and stem in written:
                members.setdefault(index, set()).add(stem)
        if len(members) != 1:
            continue
        (index, stems), = members.items()
        for other in set.intersection(*(written[st] for st in stems)) - {index}:
            swap = {sp.Symbol(f"{st}_{index}", real=True): sp.Symbol(f"{st}_{other}", real=True)
                    for st in stems}
            out.append((kind, arg.xreplace(swap), sp.sympify(value).xreplace(swap)))
    return tuple(out)
