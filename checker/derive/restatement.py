"""A name given another formula earlier in the step's paragraph, then used by the step.

"Entry by entry, $f = \\sum_i a_i x_i^2$ and $\\partial f/\\partial x_i = 2a_i x_i$", after
`f(x) = x^\\top A x` with A diagonal: the first formula writes f in names the checker cannot
tie to the old ones (a_i for A's diagonal), so it is undecided (a new meaning, or a
restatement?); the second then leans on it. Read with f's old definition it differs; read
with the formula the paragraph just gave f it holds. Which meaning the writer uses is the same
guess as before: the step is undecided, never failed.

`restated_before` (a reading of alternative.READINGS) takes the statements before the step in
its own formula and in the formulas before it in its paragraph, `NAME = body` with NAME a name
the step reaches, defined before with another body; with each as NAME's definition it reads the
step again.
"""

from __future__ import annotations

from checker.derive.attempt import Attempt, reread, widened
from checker.derive.lookahead import _holds_step, _relations
from checker.derive.render import render
from checker.derive.tree import Relation, Sym, walk


def _earlier_relations(attempt: Attempt) -> list[Relation]:
    """The statements before the step: in its own formula, then in its paragraph's formulas
    before it (nearest first)."""
    f, state, known = attempt.f, attempt.state, attempt.ctx.known
    own = _relations(f.text, known)
    mine = next((k for k, rel in enumerate(own) if _holds_step(rel, attempt.left, attempt.right)),
                None)
    out = list(reversed(own[:mine])) if mine is not None else []
    block = state.blocks.get(f.block, [])
    if f.text in block:
        out += [rel for text in reversed(block[:block.index(f.text)])
                for rel in reversed(_relations(text, known))]
    return out


def restated_before(attempt: Attempt) -> tuple[str, str] | None:
    """Does the step hold with a name it reaches as its paragraph wrote it just before?"""
    ctx, line = attempt.ctx, attempt.line
    reached = {s.name for s in attempt.state.reached((attempt.left, attempt.right), line)}
    for rel in _earlier_relations(attempt)[:6]:
        if rel.ops not in (("=",), (":=",)) or len(rel.members) != 2:
            continue
        head, body = rel.members
        if not isinstance(head, Sym) or head.name not in reached or head == attempt.left or \
                not any(isinstance(n, Sym) for n in walk(body)):
            continue  # (`h = 3` for h = e^w: a value at a point, not another formula for h)
        now = ctx.lookup(head, line)
        if now is None or now.body == body:
            continue
        again_ctx = widened(ctx)
        again_ctx.define(head, body, line)
        try:
            again = reread(attempt, again_ctx)
        except Exception:  # noqa: BLE001 - not readable so: no claim either way
            continue
        if again.agree:
            shown = f"{render(head)} = {render(body)}"
            return "undecided", (
                f"could not decide: as read it does not hold, but it does with {shown} as the "
                f"paragraph writes it just before ({again.method}), while {render(head)} was "
                f"defined on line {now.line} as {render(now.body)}; say which is meant (a new "
                "name for the new form, or show that the two agree)")
    return None
