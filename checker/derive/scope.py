"""How long the values a worked example binds hold, as the reading moves through the text
(`bind`, on a `State`): a value holds to its section's or numbered example's end; a value
given anew ends the values computed from the old one (`_supersede`); a counterfactual aside's
values end with its sentence (`_restore`); a general paragraph or a region ends an example's
values (`release`) and "back to our example" brings them back (`come_back`); a case given for
a defined name sets its inputs' values aside on its line (`_inputs`). (Where they are
stored, and which are in force at a line: valuation.py.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from checker.derive.matrix import Sized
from checker.derive.meaning import Lowering
from checker.derive.rounding import half_unit, rounded, written_number, written_rounding
from checker.derive.tree import Node, Sym, walk

if TYPE_CHECKING:
    from checker.derive.state import State


def bind(state: State, name: Sym, value: Node, line: int, until: int | None = None,
         approx: bool = False, vector: bool = False, case: bool = False) -> None:
    """`x = 3`, `m_0 = v_0 = 0`: the value later steps are evaluated at, up to `until`
    (else to the end of the section; without a heading, for state.RECENT_LINES lines), with the
    rounding it was written with (rounding.py): a number given `≈`, shown with 3 or more
    significant digits, or stated for a computed name, is off by up to half a unit in its
    last digit; an expression, by what its rounded numbers allow. `vector`: the value is
    written bold (`\\mathbf{0}`), a vector of that number as long as its use needs. `case`: the
    value of a case the prose gives ("With $C = 10^{21}$:", "at $x = 2$"), for a defined name:
    it stands for the name (given_instead), even where the definition gives another value at
    the example's values (C = 120N^2 at the N of an earlier example)."""
    number = Lowering(state.ctx, line).expr(value)
    if isinstance(number, Sized):  # `\\mathbf{w} = \\mathbf{1}`: ones, as long as needed
        number, vector = number.factor, True
    end = state.values_end(line)
    text = written_number(value)
    if text is not None:
        computed = approx or rounded(text) or state.definition_of(name, line) is not None
        off = half_unit(text) if computed else 0.0
    else:
        off = written_rounding(value, lambda v: state.value_at(v, line))
    defined = state.definition_of(name, line) is not None
    instead = defined and (case or state.value_at(name, line) is None)  # or gives another
    before = state.ctx.bound({name.name}, line, stale=False).get(name.name)
    earlier = next((b for b in reversed(state.ctx.bindings.get(name.name, []))
                    if b[0] <= line and (b[2] is None or line < b[2])), None)
    cut = []
    if before is not None and before != number:
        cut = _supersede(state, name.name, line)
    state.bound_names[name.name] = name
    state.ctx.bind(name.name, number, line, min(until, end) if until else end, off, instead)
    if vector:
        state.ctx.constant_vectors.add((name.name, line))
    if line < state.aside and earlier is not None and before != number:
        _restore(state, [(name.name, earlier), *cut], state.aside)
    elif case and until is not None and before != number:  # a case its sentence supposes
        _restore(state, [*([(name.name, earlier)] if earlier is not None else []), *cut], until)
        inputs = _inputs(state, name, line)
        if inputs:  # 当 $m = 10$ 时 ... $a + b = 20$, m = (a + b)/2 after a = 4, b = 8
            set_aside(state, inputs, line)


def _restore(state: State, values: list[tuple[str, tuple]], at: int) -> None:
    """`(With $w = 2$ instead, the output would be ...)`: a counterfactual aside gives its
    values for its own sentence; from `at` on, the values in force before it hold again (as
    written: their rounding, standing for their definition). The aside's value stays in
    force under them, so a step that holds only at it still holds there
    (binding.earlier_values), and none fails for it."""
    for name, (line, value, until) in values:
        if until is not None and until <= at:
            continue
        state.ctx.bind(name, value, at, until, state.ctx.rounding.get((name, line), 0.0),
                       (name, line) in state.ctx.instead)
        if (name, line) in state.ctx.constant_vectors:
            state.ctx.constant_vectors.add((name, at))


def release(state: State, bases: frozenset[str] | None, line: int,
            keeps: Callable[[object], bool] = lambda value: False) -> None:
    """The text moves on from a worked example at `line`: "For $x > 0$ ...", a paragraph
    that opens "In general": the values bound before it for those names (by their base
    letter; None: every name) stop holding there -- unless `keeps` them (a value inside the
    region: "Since $z > 0$" with z = 1.5 checks the example, it does not leave it). They
    stay known as an earlier example's values, so a step that fails only on them is
    undecided, never failed; "Back to our example" brings them back (`come_back`)."""
    for name, found in state.ctx.bindings.items():
        base = state.bound_names.get(name, state.ctx.symbols.get(name, Sym(name))).base
        if bases is not None and base not in bases:
            continue
        ended = [(at, value, until) for at, value, until in found
                 if at < line and (until is None or line < until)]
        if any(keeps(value) for _, value, _ in ended):
            continue
        state.released.extend((name, (at, value, until)) for at, value, until in ended)
        found[:] = [(at, value, line) if at < line and (until is None or line < until)
                    else (at, value, until) for at, value, until in found]


def come_back(state: State, line: int) -> None:
    """"Back to our example", "이 예에서", "在这个例子中" at `line`: the values the text
    ended by a region or a general paragraph hold again from there, for the names given
    no value since."""
    back = [(name, bound) for name, bound in state.released
            if not any(at < line and (until is None or line < until)
                       for at, _, until in state.ctx.bindings.get(name, []))]
    state.released = [r for r in state.released if r not in back]
    _restore(state, back, line)


def carry_over(state: State, line: int) -> None:
    """"Same values as above", "이전과 같은 값", "数据同上" at `line`: the values an earlier
    section or numbered example bound, ended only by its end, hold again from there to this
    section's end, for the names given no value in force here; a value ended by a newer one,
    by a region, or computed from a name this section gives anew stays ended."""
    back = []
    for name, found in state.ctx.bindings.items():
        if any(at <= line and (until is None or line < until) for at, _, until in found):
            continue
        at, value, until = next(((a, v, u) for a, v, u in reversed(found) if a < line),
                                (None, None, None))
        if at is None or until is None or until != state.values_end(at):
            continue
        if not any(_depends(state, name, other, line) for other in _given(state, until, line)):
            back.append((name, at, value))
    for name, at, value in back:
        state.ctx.bind(name, value, line, state.values_end(line),
                       state.ctx.rounding.get((name, at), 0.0), (name, at) in state.ctx.instead)
        if (name, at) in state.ctx.constant_vectors:
            state.ctx.constant_vectors.add((name, line))


def set_aside(state: State, names: set[str], line: int) -> None:
    """"$x = z$ 이면 항상 $k = e^0 = 1$", "if $w = v$": the line supposes values of its own for
    names the example gives values (two of them set equal): on that line the example's values
    of those names are an earlier example's (a step that fails only on them is undecided, one
    that holds at them holds); from the next line on they hold again. A line whose sentence
    goes on (a colon, no full stop) goes on into the display right below it ("If $\\mu_1 = \\mu_2$, the two
    distributions coincide:" then `$$\\frac{(\\mu_1 - \\mu_2)^2}{2} = 0$$`): set aside through it."""
    last = display_after_colon(state.prose, line)
    for name in names:
        found = state.ctx.bindings.get(name, [])
        for k, (at, value, until) in enumerate(list(found)):
            if at <= line and (until is None or line < until):
                found[k] = (at, value, line)
                state.ctx.bind(name, value, last + 1, until,
                               state.ctx.rounding.get((name, at), 0.0),
                               (name, at) in state.ctx.instead)
                if (name, at) in state.ctx.constant_vectors:
                    state.ctx.constant_vectors.add((name, last + 1))


def _inputs(state: State, name: Sym, line: int) -> set[str]:
    """The names bound at `line` that the definition of `name` reads (a, b of m = (a + b)/2):
    a case value given for the defined name (当 m = 10 时) supposes other values for them, which
    the sentence does not give; the example's values are set aside on its line."""
    definition = state.definition_of(name, line)
    body = getattr(definition, "body", None)
    if body is None:
        return set()
    names = {n.name for n in walk(body) if isinstance(n, Sym)} - {name.name}
    return set(state.ctx.bound(names, line, stale=False))


def display_after_colon(source: str, line: int) -> int:
    """The last line of the display that a line whose sentence goes on introduces (a colon, or
    no full stop: "두 분포가 같으므로"; blank lines between allowed), or `line` itself when
    its sentence ends there or no display follows."""
    lines = source.split("\n")
    if not 0 < line <= len(lines) or not lines[line - 1].strip() or \
            lines[line - 1].rstrip().endswith((".", "。", "!", "?", "！", "？", "$$")):
        return line  # (the sentence ended: what follows is no longer under its condition)
    k = line
    while k < len(lines) and not lines[k].strip():
        k += 1
    if k >= len(lines) or not lines[k].lstrip().startswith(("$$", "\\[", "\\begin")):
        return line
    opened = lines[k].strip()
    if opened.startswith("$$") and opened.count("$$") >= 2 or \
            opened.startswith("\\[") and opened.endswith("\\]"):
        return k + 1  # one line: `$$...$$`
    for j in range(k + 1, len(lines)):
        if lines[j].strip().endswith(("$$", "\\]")) or lines[j].strip().startswith("\\end"):
            return j + 1
    return line


def _given(state: State, start: int, line: int) -> set[str]:
    """The names given a value from `start` on that is in force at `line`."""
    return {name for name, found in state.ctx.bindings.items()
            if any(start <= at <= line and (until is None or line < until)
                   for at, _, until in found)}


def _supersede(state: State, changed: str, line: int) -> list[tuple[str, tuple]]:
    """`At $T = 1$: $p ≈ (0.665, ...)$`, then `At $T = 2$`: the values given for a quantity
    that depends on a name (a function of it, p_i(T); a definition that reaches it) were
    computed at that name's old value, so they end where it is given another (from here on
    they are an earlier example's values: a step that fails on them is undecided). The
    values ended, each with the binding it had."""
    cut = []
    for name, found in state.ctx.bindings.items():
        if name == changed or not found:
            continue
        at, value, until = found[-1]
        if at < line and (until is None or line < until) and \
                _depends(state, name, changed, line):
            cut.append((name, found[-1]))
            found[-1] = (at, value, line)
    return cut


def _depends(state: State, name: str, on: str, line: int) -> bool:
    """The quantity `name` is a function of `on`, or defined through it (at `line`)."""
    sym = state.bound_names.get(name, Sym(name))
    definitions = [state.definition_of(sym, line)]
    key = state.ctx.function_stems.get(sym.stem)
    if key is not None:
        definitions.append(state.ctx.get(key, line))
    return any(on in {p.name for p in d.params} or
               on in {s.name for s in state.reached((d.body,), line)}
               for d in definitions if d is not None)
