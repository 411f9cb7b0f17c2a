"""A Markdown document → a verdict for every step of every derivation in it.

Reading order matters: definitions are in force from their line on; stated derivatives of
undefined names (facts) may be used before or after their line; a formula that starts
with `=` continues the previous one. What each formula is comes from the rule tables of
`roles.py`. The walk (`progress.Walk`) goes formula by formula here (each one read in
`formula.py`), statement by statement in `segment.py`, chain by chain in `equality.py` (one
handler per role); a formula quoted as wrong is forgotten (`quotation.py`); definitions and
values outside math come from `plaintext.py`.
"""

from __future__ import annotations

import signal
from dataclasses import replace

from checker.derive import (
    acronym,
    conjugate,
    count,
    equation,
    increment,
    iterate,
    label,
    lettering,
    orthogonality,
    policy,
    relation,
    roots,
    sentence,
    temperature,
    unit,
)
from checker.derive.assumption import read_directive
from checker.derive.brace import named_parts
from checker.derive.budget import UNLIMITED, Budget
from checker.derive.clause import where_clause
from checker.derive.dataset import data_values
from checker.derive.deadline import TIMER, Timeout
from checker.derive.declared import prose_shapes
from checker.derive.dependence import differentiated_by, note_derivatives
from checker.derive.episode import inside_region
from checker.derive.facts import collect_facts, locked_names
from checker.derive.formula import FORMULA_SECONDS, read_formula
from checker.derive.guard import Place, failure, guarded
from checker.derive.imaginary import imaginary, indexes_anywhere
from checker.derive.lexer import indices
from checker.derive.markdown import Directive, Formula, heading_levels, read_math
from checker.derive.member import bindable
from checker.derive.notes import plain_formulas
from checker.derive.passage import example_starts, labelled_paragraphs
from checker.derive.plaintext import (
    caption_values,
    plain_definitions,
    plain_values,
    prose_values,
    renews,
)
from checker.derive.point import point_values
from checker.derive.progress import Walk
from checker.derive.prose import (
    Called,
    called_definition,
    called_functions,
    named_formulas,
    named_gradients,
    one_hot,
)
from checker.derive.randomness import read_randomness
from checker.derive.reckoning import plain_sums
from checker.derive.result import FileReport, Step
from checker.derive.segment import RELATION_TEXT
from checker.derive.setting import Setting, settings
from checker.derive.state import State
from checker.derive.statement import single_statement
from checker.derive.table import table_claims
from checker.derive.target import bind_true_class
from checker.derive.tree import Deriv, Node, Shape
from checker.derive.update import bind_vector


def read_text(source: str, locked: int = 0,
              budget: Budget = UNLIMITED) -> tuple[list[Step], State]:
    """Every step of `source`, and the state the reading ended in; a formula reached once the
    time `budget` is spent is undecided, with that reason (budget.py)."""
    formulas, directives = read_math(source)
    notes = [] if formulas else plain_formulas(source)  # notes typed without any `$`
    sums = plain_sums(source, formulas or notes)  # `... : 2·3 = 6` in a sentence
    formulas = sorted((formulas or notes) + sums + table_claims(source) + data_values(source),
                      key=lambda f: f.line)
    formulas = [unit.outside(f) for f in formulas]  # `= 1.5 \text{bits}`: as if after it
    if budget.spent:
        return _out_of_time(formulas, budget), State()
    with label.reading(indices(f.text for f in formulas)), \
            iterate.reading(iterate.iterated(f.text for f in formulas)):  # w^{k+1}: which one
        return _read(source, formulas, directives, notes, locked, budget)


def _read(source: str, formulas: list[Formula], directives: list[Directive], notes: list[Formula],
          locked: int, budget: Budget) -> tuple[list[Step], State]:
    state = State(levels=heading_levels(source), examples=example_starts(source),
                  locked=locked, labelled=labelled_paragraphs(source), prose=source)
    if locked:
        state.locked_names = locked_names(formulas, locked)
    for f in formulas:
        state.blocks.setdefault(f.block, []).append(f.text)
    prose = settings(formulas)
    # capitals written together as one name (OH, FH), unless their letters stand alone in the
    # math or in the shapes declared (`<!-- grader: shape A (2, 3) -->`, "X is (m, n)")
    texts = [f.text for f in formulas] + [d.text for d in directives + prose_shapes(source)]
    state.ctx.runs, state.ctx.alone = acronym.names(texts), acronym.standing(texts)
    state.ctx.runs |= lettering.parameters(texts)  # `PE(pos) = [\sin pos, ...]`: pos, one name
    state.ctx.delta_alone = increment.standing(texts)  # ("call this $\\Delta$": a matrix)
    # π = (0.5, 0.5): a vector named π (not in a text that applies π too: π(a|s) stays a call)
    state.ctx.pi_named = policy.named(source) and not policy.applied(source)
    # what a formula quoted as wrong or asked says is no fact (stance.py)
    collect_facts([f for f, s in zip(formulas, prose) if s.act.asserts], state)
    state.ctx.normalised.update(one_hot(formulas))  # "label $y$ one-hot"
    state.ctx.counted = count.counted(source)  # "With $K$ classes"
    state.ctx.imaginary = imaginary(source)  # 2 + 3i, e^{iθ}, "complex numbers"
    state.ctx.kelvin = temperature.speaks_of(source)  # `T = 300\ \text{K}`: kelvin
    if state.ctx.imaginary:  # z = a + bi: a bar over z is its conjugate (conjugate.py)
        math = " ; ".join(f.text for f in formulas)
        state.ctx.complex_letters = conjugate.letters(math)
        state.ctx.complex_parts = conjugate.parts(math) if conjugate.paired(math) else frozenset()
    state.ctx.i_indexes = state.ctx.imaginary and \
        any(indexes_anywhere(f.text) for f in formulas)  # and x_i, Σ_i elsewhere
    state.ctx.pi_applied = policy.applied(source)  # π(a|s): π is a function too
    state.ctx.randomness = read_randomness(source)  # m ~ Bernoulli(p), "independent"
    walk_ = Walk(state, budget)
    # directives, and shapes declared in prose ("$X$ is $(m, n)$"), each from its line on
    pending = sorted(directives + prose_shapes(source) + orthogonality.stated(source),
                     key=lambda d: d.line)
    plain = [] if notes else plain_definitions(source)  # notes: their lines are formulas
    formula_lines = {f.line for f in notes}  # notes: values on their prose lines only
    given = [g for g in plain_values(source) if g[0] not in formula_lines]  # "x = 2 일 때"
    given = sorted(given + roots.values(source, single_statement), key=lambda g: g[0])
    named_equations = roots.equations(source)
    chains = list(plain)  # (a chain's later links may renew an earlier name: plaintext.renews)
    # "let $p$ be the sigmoid of $z$", "let me call it $S_i$": definitions in prose, guesses
    called = sorted(called_functions(formulas) + named_formulas(formulas) +
                    named_gradients(formulas), key=lambda c: c.line)
    for c in called:  # "let $dY$ denote the upstream gradient": L is differentiated by Y
        if isinstance(c.body, Deriv):
            note_derivatives(state.ctx.differentiated, [c.body], c.line)
    enclosing = signal.getitimer(TIMER)[0] if hasattr(signal, "getitimer") else 0
    read_early: set[int] = set()  # "$$...$$ where $a_i = ...$": read before the formula
    joined = sentence.runs(formulas)  # `$A = B$, i.e. $C = D$, so $x = e$`
    solved: dict[int, tuple[Formula, tuple | None]] = {}  # → the equation it is from
    texts = [f.text for f in formulas]

    def read(f: Formula, setting: Setting = Setting()) -> None:  # noqa: B008 - frozen
        try:
            read_formula(walk_, f, setting)
        except Timeout:
            if enclosing:
                raise  # a caller's own limit
            # a limit that fired as its guard was being left: still this formula's
            walk_.steps.append(failure(Timeout(None), Place(f.line, source=f.text),
                                       f": the formula took more than {FORMULA_SECONDS:g} s"))

    state.ctx.displays = {f.line + k: f.line for f in formulas if f.display
                          for k in range(f.text.count("\n") + 1)}
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
            if state.definition_of(name, line) is None or renews(chains, line, body):
                state.define(name, body, line)
        if setting.act.asserts and not setting.condition:
            for name, part in named_parts(formula.text, state.ctx.known):  # \underbrace{..}_{w'}
                if state.definition_of(name, formula.line) is None and \
                        not state.ctx.bound({name.name}, formula.line):
                    state.define(name, part, formula.line)
        while called and called[0].line <= formula.line:
            read_called(state, called.pop(0), [f.text for f in formulas])
        while pending and pending[0].line <= formula.line:
            walk_.steps.extend(read_directive(pending.pop(0), state))
        state.aside = setting.aside  # a counterfactual sentence: its values end with it
        state.alongside = setting.alongside  # "with $δ = 1$, $r = 3$": one case's values
        state.values_after = setting.values_after
        if setting.returns:  # "Back to our example": its values hold again
            state.come_back(formula.line)
        if setting.same:  # "Same values as above": an earlier section's values hold here
            state.carry_over(formula.line)
        if setting.moves_on != frozenset():  # `$x > 0$`, "In general, ...": the example ends
            state.release(setting.moves_on, formula.line,
                          keeps=lambda value, region=setting.region: region is not None
                          and inside_region(region, value))
        while given and given[0][0] <= formula.line:
            line, name, value = given.pop(0)
            if bindable(name, line, state):
                if isinstance(value, Shape):  # `x = (2, 4, 6, 8)` in a sentence: a vector
                    bind_vector(state, name, value, line)
                else:
                    state.bind(name, value, line)
        for name, value in prose_values(formula) + \
                point_values(formula, formulas[k - 1] if k else None, state):
            if bindable(name, formula.line, state):
                state.bind(name, value, formula.line)
        for name, value in caption_values(formula):  # `**T = 2:** $z/T = ...$`: this line
            if bindable(name, formula.line, state):
                state.bind(name, value, formula.line, until=formula.line + 1)
        state.texts.setdefault(formula.line, []).append(formula.text)
        state.introduced[formula.line] = sentence.introduction(formulas, k)
        if k in solved:  # derived from an equation the text solves: checked as such (then
            step = _solved(walk_, formula, *solved[k])  # read as before for what it defines,
            n = len(walk_.steps)  # its own steps replaced)
            read(formula, setting)
            walk_.steps[n:] = [step] if step is not None else walk_.steps[n:]
            continue
        if (formula.line, formula.text) in named_equations:  # "the roots α, β of x² - 5x + 3 = 0"
            continue
        after = [formulas[j] for j in joined.get(k, ())]
        found = guarded(2.0, lambda f=formula, a=after: equation.recognise(  # type: ignore[misc]
            state, f, a, setting.equation), lambda _: None) \
            if after and (not setting.condition or setting.equation) and setting.act.asserts \
            else None
        if found is not None:  # an equation, not an identity: the steps after it say so
            solved.update((j, (formula, found) if isinstance(found, tuple) else
                           (formulas[j - 1], None)) for j in joined[k])
            n = len(walk_.steps)
            read(formula, setting)  # (what it defines, as before; no step of its own,
            link = relation.chained(state, formula)  # (a chain's other links: its own)
            if setting.premise is None:  # unless it follows from an equation before it)
                walk_.steps[n:] = [] if link is None else \
                    [s for s in walk_.steps[n:] if (s.lhs, s.rhs) != link]
            continue
        read(formula, setting)
        bind_true_class(state, formula, texts)  # "the correct class is the third": y = e_3
    for directive in pending:  # after the last formula: nothing left to apply them to, but
        walk_.steps.extend(read_directive(directive, state))  # a wrong one is still said
    return walk_.steps, state


def read_called(state: State, c: Called, texts: list[str]) -> None:
    """A name the prose calls an activation or gives the formula above, not defined in math:
    that definition from here on, a guess (steps reading it may hold, never fail: state.guessed)
    unless the text leaves no other referent (`Called.certain`)."""
    if state.definition_of(c.name, c.line) is not None or \
            state.ctx.get(c.name.name, c.line) is not None:
        return
    found = called_definition(c, differentiated_by(state.ctx, c.name), texts)
    if found is not None:
        state.define(found[0], found[1], c.line)
        if not c.certain:
            state.guessed(found[0], c.line)


def _solved(w: Walk, f: Formula, head: Formula, solution: tuple[Node, Node] | None
            ) -> Step | None:
    """A formula derived from the equation `head` (solved by `solution`, if known), checked as
    an equation, when it states one `A = B`."""
    return guarded(FORMULA_SECONDS, lambda: equation.follower(
        w.state, head, solution, f), lambda err: failure(  # type: ignore[arg-type]
            err, Place(f.line, source=f.text), " in time", "while checking it as an equation"))


def check_text(source: str, path: str = "<text>", locked: int = 0,
               budget: Budget = UNLIMITED) -> FileReport:
    """Check every step of `source`; with `locked`, names defined before that line cannot be
    defined again from it on (an exercise's answer under its template's definitions)."""
    return FileReport(path, tuple(read_text(source, locked, budget)[0]))


def _out_of_time(formulas: list[Formula], budget: Budget) -> list[Step]:
    """The formulas the budget did not reach: undecided, each on its line."""
    return [Step(f.line, "undecided", "", "", f"could not decide: {budget.reason()}",
                 source=f.text) for f in formulas if RELATION_TEXT.search(f.text)]
