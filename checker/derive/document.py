"""A Markdown document → a verdict for every step of every derivation in it.

Reading order matters: definitions are in force from their line on; stated derivatives of
undefined names (facts) may be used before or after their line; a formula that starts
with `=` continues the previous one. What each formula is comes from the rule tables of
`roles.py`. The walk (`progress.Walk`) goes formula by formula here, statement by statement in
`segment.py`, chain by chain in `equality.py` (one handler per role); a formula quoted as wrong
is forgotten (`quotation.py`); definitions and values outside math come from `plaintext.py`.
"""

from __future__ import annotations

import copy
import signal
from dataclasses import replace

from checker.derive import implication, label, stance
from checker.derive.assumption import read_assumption, read_directive
from checker.derive.binding import point_values
from checker.derive.budget import UNLIMITED, Budget
from checker.derive.clause import where_clause
from checker.derive.conformance import spaces
from checker.derive.deadline import TIMER, Timeout
from checker.derive.declared import prose_shapes
from checker.derive.ellipsis import pattern_breaks
from checker.derive.errors import BrokenPattern, Unreadable
from checker.derive.facts import collect_facts, locked_names
from checker.derive.guard import Place, failure, guarded
from checker.derive.lexer import indices
from checker.derive.markdown import Directive, Formula, read_headings, read_math
from checker.derive.member import bindable
from checker.derive.notes import plain_formulas
from checker.derive.plaintext import plain_definitions, plain_values, prose_values
from checker.derive.progress import Walk
from checker.derive.prose import one_hot
from checker.derive.quotation import as_quoted, changed, doubted
from checker.derive.randomness import read_randomness
from checker.derive.render import render
from checker.derive.result import FileReport, Step
from checker.derive.segment import RELATION_TEXT, segment
from checker.derive.setting import Setting, settings
from checker.derive.shape import merge_shapes
from checker.derive.state import State, example_starts, labelled_paragraphs
from checker.derive.statement import parse_statements
from checker.derive.table import table_claims

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
    w.piece = setting.piece
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
        w.previous = None
        return
    except RecursionError:
        w.steps.append(Step(f.line, "unreadable", "", "", "could not read: the formula "
                            "is nested too deeply", source=f.text))
        return
    for name, dims in spaces(segments):  # X \in \mathbb{R}^{m \times n}
        w.state.ctx.declare_shape(name, dims)
    known = len(w.steps)
    both = stance.marked_both(f.text)  # `a = b ✗ \qquad a = c ✓`: each statement its own
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



def read_text(source: str, locked: int = 0,
              budget: Budget = UNLIMITED) -> tuple[list[Step], State]:
    """Every step of `source`, and the state the reading ended in; a formula reached once the
    time `budget` is spent is undecided, with that reason (budget.py)."""
    formulas, directives = read_math(source)
    notes = [] if formulas else plain_formulas(source)  # notes typed without any `$`
    formulas = sorted((formulas or notes) + table_claims(source), key=lambda f: f.line)
    if budget.spent:
        return _out_of_time(formulas, budget), State()
    with label.reading(indices(f.text for f in formulas)):  # n_{in}: one reading per text
        return _read(source, formulas, directives, notes, locked, budget)


def _read(source: str, formulas: list[Formula], directives: list[Directive], notes: list[Formula],
          locked: int, budget: Budget) -> tuple[list[Step], State]:
    state = State(headings=read_headings(source), examples=example_starts(source),
                  locked=locked, labelled=labelled_paragraphs(source))
    if locked:
        state.locked_names = locked_names(formulas, locked)
    for f in formulas:
        state.blocks.setdefault(f.block, []).append(f.text)
    prose = settings(formulas)
    # what a formula quoted as wrong or asked says is no fact (stance.py)
    collect_facts([f for f, s in zip(formulas, prose) if s.act.asserts], state)
    state.ctx.normalised.update(one_hot(formulas))  # "label $y$ one-hot"
    state.ctx.randomness = read_randomness(source)  # m ~ Bernoulli(p), "independent"
    walk_ = Walk(state, budget)
    # directives, and shapes declared in prose ("$X$ is $(m, n)$"), each from its line on
    pending = sorted(directives + prose_shapes(source), key=lambda d: d.line)
    plain = [] if notes else plain_definitions(source)  # notes: their lines are formulas
    given = [] if notes else plain_values(source)  # "x = 2, y = 5 일 때": from there on
    enclosing = signal.getitimer(TIMER)[0] if hasattr(signal, "getitimer") else 0
    read_early: set[int] = set()  # "$$...$$ where $a_i = ...$": read before the formula

    def read(f: Formula, setting: Setting = Setting()) -> None:  # noqa: B008 - frozen
        try:
            read_formula(walk_, f, setting)
        except Timeout:
            if enclosing:
                raise  # a caller's own limit
            # a limit that fired as its guard was being left: still this formula's
            walk_.steps.append(failure(Timeout(None), Place(f.line, source=f.text),
                                       f": the formula took more than {FORMULA_SECONDS:g} s"))

    for k, (formula, setting) in enumerate(zip(formulas, prose)):
        if budget.spent:
            walk_.steps.extend(_out_of_time(formulas[k:], budget))
            break
        if k in read_early:
            continue
        for j in where_clause(formulas, k, state):
            read_early.add(j)
            read(replace(formulas[j], line=formula.line))
        while plain and plain[0][0] <= formula.line:
            line, name, body = plain.pop(0)
            if state.definition_of(name, line) is None:
                state.define(name, body, line)
        while pending and pending[0].line <= formula.line:
            walk_.steps.extend(read_directive(pending.pop(0), state))
        state.aside = setting.aside  # a counterfactual sentence: its values end with it
        while given and given[0][0] <= formula.line:
            line, name, value = given.pop(0)
            if bindable(name, line, state):
                state.bind(name, value, line)
        for name, value in prose_values(formula) + \
                point_values(formula, formulas[k - 1] if k else None, state):
            if bindable(name, formula.line, state):
                state.bind(name, value, formula.line)
        state.texts.setdefault(formula.line, []).append(formula.text)
        read(formula, setting)
    for directive in pending:  # after the last formula: nothing left to apply them to, but
        walk_.steps.extend(read_directive(directive, state))  # a wrong one is still said
    return walk_.steps, state


def check_text(source: str, path: str = "<text>", locked: int = 0,
               budget: Budget = UNLIMITED) -> FileReport:
    """Check every step of `source`; with `locked`, names defined before that line cannot be
    defined again from it on (an exercise's answer under its template's definitions)."""
    return FileReport(path, tuple(read_text(source, locked, budget)[0]))


def _out_of_time(formulas: list[Formula], budget: Budget) -> list[Step]:
    """The formulas the budget did not reach: undecided, each on its line."""
    return [Step(f.line, "undecided", "", "", f"could not decide: {budget.reason()}",
                 source=f.text) for f in formulas if RELATION_TEXT.search(f.text)]
