"""One formula of a document, read within a time limit and never with a traceback: its statements
in turn (`segment.py`), a formula that follows from a premise (`implication.py`), and a formula
quoted as wrong, checked and then forgotten (`quotation.py`).
"""

from __future__ import annotations

import copy
from dataclasses import replace

from checker.derive import implication, omission, stance
from checker.derive.assumption import read_assumption
from checker.derive.column import implied_columns
from checker.derive.conformance import spaces
from checker.derive.ellipsis import pattern_breaks
from checker.derive.errors import BrokenPattern, Unreadable
from checker.derive.guard import Place, failure, guarded
from checker.derive.margin import margin_shapes
from checker.derive.mark import marked_both
from checker.derive.markdown import Formula
from checker.derive.progress import Walk
from checker.derive.quotation import as_quoted, changed, doubted
from checker.derive.render import render
from checker.derive.resolution import solve_anew
from checker.derive.result import Step
from checker.derive.segment import RELATION_TEXT, segment
from checker.derive.setting import Setting
from checker.derive.shape import certain, merge_shapes
from checker.derive.statement import parse_statements

FORMULA_SECONDS = 6.0  # a formula's own work (definitions), and its steps up to 2 s each


def read_formula(w: Walk, f: Formula, setting: Setting = Setting()) -> None:  # noqa: B008 - frozen
    """One formula, within a time limit, and never a traceback: whatever goes wrong is
    reported on its line and the rest of the document is still checked."""
    w.last = (w.last[1], f)
    seconds, late = FORMULA_SECONDS, f": the formula took more than {FORMULA_SECONDS:g} s"
    if w.budget.left() < seconds:
        seconds, late = w.budget.left(), f": {w.budget.stopped()}"

    def failed(err: BaseException) -> None:
        w.steps.append(failure(err, Place(f.line, source=f.text), late,
                               "(an internal error: please report this formula)"))
        w.previous = None

    if setting.condition:
        return  # "... when $y = 1$": read as a condition of the statement before it
    w.given = setting.given
    w.announced = setting.announced
    w.concluded = setting.concluded
    w.piece = setting.piece
    w.alternatives = setting.alternatives
    w.supposes = setting.supposes
    w.sentence_end = setting.sentence_end
    w.listed = setting.listed
    w.act = setting.act
    w.first = len(w.steps)
    premise = setting.premise
    if premise is not None:  # `= 0$, so $wx = y$`: does it follow from that equation?
        guarded(seconds, lambda: _consequence(w, f, premise), failed)
        return
    if setting.act is not stance.Act.QUOTED:
        guarded(seconds, lambda: _formula(w, f), failed)
        return
    # a formula quoted as wrong establishes nothing: checked, then forgotten (a question
    # may define what it asks about: "why is the gradient of $f(x) = ...$ ...?")
    saved = copy.deepcopy((w.state.__dict__, w.block_exprs))
    try:
        guarded(seconds, lambda: _formula(w, f), failed)
    finally:
        for stem in changed(saved[0]["ctx"], w.state.ctx):
            w.quoted_away.setdefault(stem, f.line)
        if w.quoted_away:  # what the state would be had the text asserted it
            w.unquoted = (copy.deepcopy(w.state.ctx.definitions),
                          copy.deepcopy(w.state.ctx.bindings))
        w.state.__dict__.update(saved[0])
        w.block_exprs, w.previous, w.trail = saved[1], None, None


def _consequence(w: Walk, f: Formula, premise: Formula) -> None:
    step = implication.consequence(w.state, premise, f)
    if step is None:
        _formula(w, f)  # `w = y/x`: names the solution, read as any formula is
    else:
        w.steps.append(step)
        w.previous = None


def _formula(w: Walk, f: Formula) -> None:
    if read_assumption(f.text, w.state.ctx):
        return  # y_1 + y_2 + y_3 = 1: what the text assumes, not a step
    try:
        known = w.state.ctx.known
        own = w.state.heads.get((f.line, f.text), frozenset()) - known.plain
        if own - known.functions:  # G(x) = xΦ(x), Φ(x) = ...: Φ is a function here too
            known = replace(known, functions=known.functions | own)
        segments = parse_statements(f.text, known)
    except Unreadable as err:
        if RELATION_TEXT.search(f.text):
            w.steps.append(failure(err, Place(f.line, source=f.text), ""))
        name = omission.head(f.text)
        if name is not None:  # `I = \int e^x \sin x\,dx`: I is the text's, though unread
            w.state.unread.setdefault(name, f.line)
        w.previous = None
        return
    except RecursionError:
        w.steps.append(Step(f.line, "unreadable", "", "", "could not read: the formula "
                            "is nested too deeply", source=f.text))
        return
    for name, dims, both in spaces(segments):  # X \in \mathbb{R}^{m \times n}
        if not both and dims[1] == "1" and any(
                len(s) == 2 and s[0] == "1" and s[1] != "1" and n in w.state.ctx.rows
                for n, s in w.state.ctx.shapes.items()):
            dims = ("1", dims[0])  # ℝ^n in a text that keeps its vectors as rows (the words
            # beside one said so, declared.py): a row (1, n), not the column it is by default;
            # ℝ^{n×1} written out is the column the writer wrote, whatever the others are, and
            # ℝ^{1×n} written out (a one-unit layer's weights) is one matrix of one row
        w.state.ctx.declare_shape(name, dims)
    for name, dims in margin_shapes(segments, w.state.ctx.is_dimension, lambda body: certain(
            w.state.ctx, body, lambda sym: w.state.ctx.lookup(sym, f.line))):
        if name not in w.state.ctx.shapes:  # dZ = A - Y \qquad (1, m)
            w.state.ctx.declare_shape(name, dims)
    for name, dims in implied_columns(w.state, f.line):  # z = Wx, W ∈ ℝ^{K×d}, z_i: x ∈ ℝ^d
        w.state.ctx.declare_shape(name, dims)
    solve_anew(w.state, segments, f.line)  # `... ⇒ d_i = -10`, d_i = 15 before: a new case
    known = len(w.steps)
    both = marked_both(f.text)  # `a = b ✗ \qquad a = c ✓`: each statement its own
    for seg in merge_shapes(segments):
        n = len(w.steps)
        before = copy.deepcopy((w.state.__dict__, w.block_exprs, w.previous,
                                w.trail)) if w.quoted_away else None
        segment(w, seg, f)
        how = stance.segment_act(w.act, seg.source) if both else w.act
        w.steps[n:] = [stance.reported(s, how) for s in w.steps[n:]]
        if w.quoted_away and how.asserts and seg.error is None:
            failing = {(s.lhs, s.rhs) for s in as_quoted(w, seg, f, before, n)}
            w.steps[n:] = [s if (s.lhs, s.rhs) in failing else doubted(w, s, seg)
                           for s in w.steps[n:]]
    if not any(BrokenPattern.method in s.method for s in w.steps[known:]):
        # a slip in a matrix written with elisions is a mistake wherever the matrix stands
        w.steps.extend(stance.reported(Step(f.line, "fails", render(grid), "",
                                            BrokenPattern.method, diagnosis=why,
                                            source=f.text), w.act)
                       for grid, why in pattern_breaks(segments))
