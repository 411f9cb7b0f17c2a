"""What a chain derived about a statistic: `\\mathbb{E}[y^2] = \\frac{x^2}{p^2}\\mathbb{E}[m^2] =
\\frac{x^2}{p}` with every link holding, then at the example's values "With $p = 0.8$, $x = 2$:
$\\mathbb{E}[y^2] = 4/0.8 = 5$". A statistic's rules rest on assumptions this checker does not
model, so the later step alone is undecided; but the text proved its general value a few lines
above, and the step is that value at the example's numbers. Read with the derived value (while
no name of the statistic's argument has been defined again since), a step that agrees holds;
this reading never fails one."""

from __future__ import annotations

from dataclasses import replace

from checker.derive import vocabulary
from checker.derive.equivalence import Comparison, compare
from checker.derive.meaning import Lowering
from checker.derive.member import is_numeric
from checker.derive.render import render
from checker.derive.tree import Call, Node, Sym, walk


def derived(head: Node, value: Node, verdicts: list[str]) -> bool:
    """A chain from a statistic at an argument (`E[y^2]`, `Var(z)`) to an expression in names,
    every step of it holding: a value the text derived for that statistic there."""
    return isinstance(head, Call) and not head.order and bool(head.args) and \
        bool(vocabulary.statistic(head.name)) and not is_numeric(value) and \
        bool(verdicts) and all(v == "holds" for v in verdicts)


def _in_force(ctx, args: tuple[Node, ...], at: int, line: int) -> bool:
    """No name the statistic's argument writes was defined again between `at` and `line`."""
    for node in (n for a in args for n in walk(a) if isinstance(n, Sym)):
        definition = ctx.lookup(node, line)
        if definition is not None and at < definition.line <= line:
            return False
    return True


def with_derived(claim) -> Comparison | None:
    """The claim's sides read with the statistics' values derived above it (State.derived),
    compared: the comparison, its method naming what it used, when they agree; else None."""
    state, ctx, line = claim.state, claim.ctx, claim.line
    used = {key: [(at, v) for at, v in found if at < line and _in_force(ctx, key[1], at, line)]
            for key, found in state.derived.items()}
    used = {key: found for key, found in used.items() if found}
    if not used:
        return None
    merged = {**ctx.statistics}
    for key, found in used.items():
        merged[key] = [*merged.get(key, []), *found]
    again = replace(ctx, statistics=merged)
    try:
        low = Lowering(again, line, calls=claim.low.calls, wrt=claim.low.wrt,
                       free_index=dict(claim.low.free_index))
        lv, rv = (again.at_bound_values(low.expr(side, hold=claim.held), line)
                  for side in claim.sides)
        cmp = compare(lv, rv, again, atol=claim.atol)
    except Exception:  # noqa: BLE001 - not readable so: the step stays as it was
        return None
    if not cmp.agree:
        return None
    written = {(n.name, n.args) for side in claim.sides for n in walk(side)
               if isinstance(n, Call)}
    shown = {key: found for key, found in used.items() if key in written} or used
    said = "; ".join(f"{render(Call(name, args))} = {render(found[-1][1])} (line {found[-1][0]})"
                     for (name, args), found in sorted(shown.items(), key=lambda kv: kv[1][-1][0]))
    return replace(cmp, method=f"{cmp.method}, with the value{'s' if ';' in said else ''} "
                               f"derived above: {said}")
