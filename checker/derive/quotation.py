"""A formula quoted as wrong: what it changed is forgotten (`changed`), and a later step that
fails on a name it had defined is checked again with that formula's values (`as_quoted`): a step
that fails either way fails; one that fails only as read is undecided (`doubted`)."""

from __future__ import annotations

import copy
import re
from dataclasses import replace

from checker.derive.context import Context
from checker.derive.markdown import Formula
from checker.derive.progress import Walk
from checker.derive.result import Step
from checker.derive.segment import segment
from checker.derive.statement import Segment


def as_quoted(w: Walk, seg: Segment, f: Formula, before, n: int) -> list[Step]:
    """The steps of `seg` that fail also when checked with the names a formula quoted as
    wrong defined as that formula had them (`before`: the walk before `seg`): those fail
    however the quoting cue is read."""
    if before is None or w.unquoted is None or \
            not any(s.verdict == "fails" for s in w.steps[n:]):
        return []
    now = (w.state.__dict__.copy(), w.block_exprs, w.previous, w.trail,
           w.steps)
    try:
        w.state.__dict__.update(before[0])
        w.block_exprs, w.previous, w.trail = before[1:]
        definitions, bindings = w.unquoted
        ctx = w.state.ctx
        for key in w.quoted_away:
            for table, alt in ((ctx.definitions, definitions), (ctx.bindings, bindings)):
                for k in [k for k in alt if re.split(r"[_(^]", k, maxsplit=1)[0] == key]:
                    table[k] = copy.deepcopy(alt[k])
        w.steps = []
        segment(w, seg, f)
        return [s for s in w.steps if s.verdict == "fails"]
    except Exception:  # noqa: BLE001 - a second reading that cannot be made decides nothing
        return []
    finally:
        w.state.__dict__.clear()
        w.state.__dict__.update(now[0])
        w.block_exprs, w.previous, w.trail, w.steps = now[1:]


def doubted(w: Walk, step: Step, seg: Segment) -> Step:
    """A failing step that uses a name a formula quoted as wrong had defined (or given a
    value), checked under the values before that formula: if the text's cue was misread
    (the formula was asserted after all), the step may hold. Never a false alarm from it."""
    if step.verdict != "fails":
        return step
    nodes = tuple(m for rel in (seg.relation, *seg.given) for m in rel.members
                  if m is not None)
    reached = {s.base for s in w.state.reached(nodes, step.line, functions=True)}
    lines = sorted(line for stem, line in w.quoted_away.items()
                   if stem in reached and line < step.line)
    if not lines:
        return step
    return replace(step, verdict="undecided", recovers=None, method=(
        f"could not decide: it uses a name the text may have quoted as wrong on line "
        f"{lines[-1]} (that formula's value was not kept; if the text meant it, this step is "
        f"checked against the wrong value); as read: {step.method}"))


def changed(before: Context, after: Context) -> set[str]:
    """The stems of the names whose definition or bound values differ between two states."""
    keys = {k for k in before.definitions.keys() | after.definitions.keys()
            if before.definitions.get(k) != after.definitions.get(k)}
    keys |= {k for k in before.bindings.keys() | after.bindings.keys()
             if before.bindings.get(k) != after.bindings.get(k)}
    return {re.split(r"[_(^]", k, maxsplit=1)[0] for k in keys}


