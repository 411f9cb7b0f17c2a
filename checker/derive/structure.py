"""Guesses about a formula's structure: a function or a product (`Φ(x)`, `OH`), a whole or its
entries (`q` beside `q_k`), an index or a quantity (`σ_w`). Each is one function of a step's
sides and the document's state to the guesses it finds (certainty.guesses collects them)."""

from __future__ import annotations

import re

from checker.derive.guess import Guess, written_symbols
from checker.derive.regex import Regex
from checker.derive.render import render
from checker.derive.state import State
from checker.derive.tree import Abs, Bin, Call, Integral, Lim, Node, Norm, Num, Sum, Sym, rewrite, walk
from checker.derive.whole import of_members


def definitions_reached(sides: tuple[Node, ...], state: State, line: int):
    """The definitions the step's sides reach, through names and the functions the text defines
    (`J(w) = ...`), nearest first, each once: up to 40 names."""
    seen: set[str] = set()
    todo = list(sides)
    while todo and len(seen) < 40:
        for node in walk(todo.pop()):
            if not isinstance(node, (Sym, Call)) or node.name in seen:
                continue
            seen.add(node.name)
            definition = state.ctx.lookup(node, line) if isinstance(node, Sym) else \
                state.ctx.get(node.name, line)
            if definition is None:
                continue
            yield definition
            todo.append(definition.body)


def reached(sides: tuple[Node, ...], state: State, line: int, text: str
            ) -> list[tuple[int, str, tuple[Node, ...]]]:
    """The step's text and sides, then the text and body of each definition they reach, nearest
    first (`GELU'(0) = 0.5` reaches `GELU(x) = xΦ(x)`): (line, text, nodes), up to 40 names."""
    found = [(line, text, sides)]
    for definition in definitions_reached(sides, state, line):
        found.extend((definition.line, t, (definition.body,))
                     for t in state.texts.get(definition.line, []))
    return found


_NOT_A_VALUE = r"(?:'|′|\\prime)*\s*(?:[(_^$},.]|\\left|\\right|\\[bB]igg?[lr]?|$)"


def used_both_ways(sides: tuple[Node, ...], state: State, line: int, text: str,
                   around: list[str]) -> list[Guess]:
    """`σ(1 + e^{-x}) = 1` and `σ' = σ e^{-x}/(1 + e^{-x})` beside `σ(x) = 1/(1 + e^{-x})`: a
    name that the formula, or the formulas of its paragraph (`around`), use both as a function
    (applied to a parenthesis) and as a value (σ times e^{-x}). Read as applied, the
    parenthesis may be a factor; read as a variable, the name may be the function's value: a
    failing step proves nothing."""
    from checker.derive.vocabulary import GREEK_DISPLAY

    math = [text] + around
    other = any(n.base != "·" for n in written_symbols(sides))  # σ bare beside x: is it σ(x)?
    names = {n.name for side in sides for n in walk(side) if isinstance(n, Call) and
             (len(n.name) == 1 or n.name in GREEK_DISPLAY) and  # not tanh u, log x
             (Sym("·") in n.args and other or  # σ written bare, read as σ(·)
              not all(isinstance(a, Sym) for a in n.args))}  # (σ(x) is an application)
    for name in sorted(names):
        spelled = re.escape(name if len(name) == 1 else f"\\{name}")
        head = rf"(?<![A-Za-z\\]){spelled}(?![A-Za-z])"
        applied = re.compile(rf"{head}\s*(?:'|′|\\prime)*\s*(?:\\left|\\[bB]igg?l?)?\(")
        value = re.compile(rf"{head}(?!{_NOT_A_VALUE})")
        if any(applied.search(m) for m in math) and any(value.search(m) for m in math):
            shown = render(Sym(name))
            return [Guess(f"{shown} used both as a function ({shown}(…)) and as a value "
                          f"({shown} times …) around this step: which one it is here is a guess",
                          f"write `{shown} \\cdot (…)` for a product, and {shown}'s argument "
                          "for the function's value")]
    return []


_CAPITALS = Regex(r"(?<![A-Za-z\\])([A-Z]{2,4})(?![A-Za-z])")


def capitals_as_product(sides: tuple[Node, ...], state: State, line: int,
                        text: str) -> list[Guess]:
    """Capitals written together (`MN`) read as a product of one-letter names, which the
    document does not settle: a run with a letter never written alone is one name
    (acronym.py, OH, FH); one whose letters are each written alone is a product; a guess is
    left only where the letters are split (e.g. some alone in a prose shape only)."""
    read = {sym.base for sym in written_symbols(sides) if not sym.index and not sym.sup}
    for m in _CAPITALS.finditer(text):
        run = m.group(1)
        if not set(run) <= read or set(run) <= state.ctx.alone:
            continue  # (each letter written alone elsewhere: a product, no guess)
        if all(_is_number(state, c, line) for c in run) or \
                any(state.ctx.shape_of(c) is not None or state.ctx.lookup(Sym(c), line)
                    is not None for c in run):
            continue  # numbers (a product), or names the text defines (matrices)
        return [Guess(f"{run} read as the product {'·'.join(run)}",
                      f"if {run} is one name, write it as one (`\\mathit{{{run}}}`, "
                      f"`{run[0]}_{{{run[1:]}}}`)")]
    return []


def _is_number(state: State, name: str, line: int) -> bool:
    """A name the text binds to a number (H = 28): a size, not a matrix."""
    return bool(state.ctx.bound({name}, line, True))


def entry_of_a_whole(sides: tuple[Node, ...], state: State, line: int, free: set[str]) -> list[Guess]:
    """`q = \\operatorname{softmax}(z)` (q defined as a whole), then `\\log q_k = ...`: the text
    never says what q_k is, so it is read as a free variable, though it is surely q's k-th
    entry. `free`: the names left free in the step's values (an entry tied to its matrix, as
    Z_{ij} to Z = XW, is not)."""
    entries = {state.ctx.symbols[n].stem for n in free
               if n in state.ctx.symbols and state.ctx.symbols[n].index}
    for sym in written_symbols(sides):
        if not sym.index or sym.stem not in entries or state.ctx.lookup(sym, line) is not None:
            continue
        whole = Sym(sym.base, (), sym.sup, sym.accents)
        definition = state.ctx.lookup(whole, line)
        if definition is not None and definition.line <= line and \
                not of_members(definition, whole):  # (also earlier on its line)
            return [Guess(f"{render(sym)} read as a variable of its own, though {render(whole)} is "
                          f"defined as a whole on line {definition.line}",
                          f"define the entries (`{render(sym)} = ...`)")]
    return []


def function_as_value(sides: tuple[Node, ...], state: State, line: int,
                      free: set[str]) -> list[Guess]:
    """`c` after `c(a, b) = aᵀb/(‖a‖‖b‖)`: a name the text defines as a function, written
    without its arguments and left a free variable by the reading. The writer surely means
    the function's value at its arguments; read as a name of its own, a failing step proves
    nothing."""
    called = {n.name for side in sides for n in walk(side) if isinstance(n, Call)}
    for sym in written_symbols(sides):
        if sym.index or sym.sup or sym.name in called or sym.name not in free:
            continue
        definition = state.ctx.get(sym.name, line)
        if definition is not None and definition.params and sym not in definition.params:
            args = ", ".join(render(p) for p in definition.params)
            return [Guess(f"{render(sym)} read as a variable of its own, though line "
                          f"{definition.line} defines it as a function {render(sym)}({args})",
                          f"write its arguments (`{render(sym)}({args})`)")]
    return []


def index_is_a_quantity(sides: tuple[Node, ...], state: State, line: int,
                        indices: set[str]) -> list[Guess]:
    """`σ_w`, `σ_x`, `n_{in}`: a subscript read as index letters (σ at some w-th index)
    though a letter of it is a quantity of the text (the family w_i, the count n), which
    makes it a label (the σ of w, the fan-in). `indices`: the letters the reading gave values
    to. A step that also writes the letter alone (w_t and β^t) reads it one way throughout;
    letters that only index (i, j, t) are no quantity: the text writes no w_i-like family of
    them."""
    syms = written_symbols(sides)
    alone = {s.base for s in syms if not s.index and not s.accents}
    ctx = state.ctx
    quantities = {s.base for s in ctx.symbols.values() if s.index and not s.accents} | \
        set(ctx.shapes)  # families (w_1, w_2, ...) and matrices: i, j, t index them
    for sym in syms:
        for letter in sym.index:
            if letter in indices and letter not in alone and letter in quantities and \
                    ctx.lookup(sym, line) is None:
                base = render(Sym(sym.base))
                return [Guess(f"{render(sym)} read as {base} at an index {letter}, though "
                              f"{letter} is a quantity of the text (the subscript may be a label)",
                              f"if it is a label, write it as text (`{base}_{{\\text{{"
                              f"{''.join(sym.index)}}}}}`)", (_as_label(sides, sym),))]
    return []


def index_written_once(sides: tuple[Node, ...], state: State, line: int,
                       indices: set[str]) -> list[Guess]:
    """`k_s`, `v_f`, `k_c`: a one-letter subscript the reading gave a value to (k_s read as k_2,
    beside k_1 and k_2 given numbers) that the step writes nowhere else: not alone, not in
    another name's subscript, not as a sum's, integral's or limit's variable. Nothing in the step
    ties it to an index, and a writer's label (k_s the springs in series, v_f the final speed)
    reads the same (`k_串`, in Chinese script, is always a label: script.py); when the family
    has members the text gives numbers, the member's number
    decides the step, so the step hinges on the guess. A name written twice (`x_i^2 = 3x_i`)
    is a claim of every member. `indices`: as index_is_a_quantity's."""
    syms = written_symbols(sides)
    nodes = [n for side in sides for n in walk(side)]
    variables = {n.index for n in nodes if isinstance(n, Sum) and n.index} | \
        {n.var for n in nodes if isinstance(n, (Integral, Lim))}
    ctx = state.ctx
    for sym in dict.fromkeys(syms):
        letter = sym.index[0] if len(sym.index) == 1 else None
        if type(letter) is not str or len(letter) != 1 or not letter.isalpha() or syms.count(sym) > 1 or \
                letter not in indices or letter in variables or ctx.lookup(sym, line) is not None or \
                sym.name in ctx.bindings:  # (R_L = 6: a name the text gives a value, as written)
            continue
        if any(s != sym and (any(letter in str(i) for i in s.index) or (not s.index and s.base == letter))
               for s in syms):
            continue
        members = {m.name for m in ctx.symbols.values() if m.base == sym.base and m.sup == sym.sup
                   and m.accents == sym.accents and len(m.index) == 1 and str(m.index[0]).isdigit()}
        if not ctx.bound(members, line):
            continue
        base = render(Sym(sym.base))
        return [Guess(f"{render(sym)} read as {base} at an index {letter} the step writes nowhere "
                      f"else, beside members of {base} given numbers (the subscript may be a label)",
                      f"if it is a label, give it its own name (`{base}_{{\\mathrm{{{letter}}}}}`) "
                      "and a value")]  # (read as a label, the step would define it: no reading to compare)
    return []


def _as_label(sides: tuple[Node, ...], sym: Sym) -> tuple[Node, ...]:
    """The step's sides with `sym` (d_k) read as a label: one name of its own, whose letters
    take no value (`d_{\\text{k}}`, named as written), the guess's other reading."""
    label = Sym(f"{sym.base}_{','.join(sym.index)}", (), sym.sup, sym.accents)
    return tuple(rewrite(side, lambda n: label if n == sym else None) for side in sides)


# `1/2m`, `a/2b`, `1/2\sigma`: a number after a slash with a name written right against it
# (not the exponent mark of a number in e-notation: `14e9/2e12` divides by 2·10^12)
_SLASH_NUMBER_NAME = Regex(r"((?<![\w}])\w+|[)}])\s*/\s*(\d+(?:\.\d+)?)"
                           r"((?![eE][-+]?\d)[A-Za-z]|\\(?!cdot|times|sum|prod|frac|left|right|quad|qquad)[A-Za-z]+)")


def _a_name(written: str) -> bool:
    """What follows the number may be a factor: a letter, or a command the vocabulary does not
    know or knows as a name (σ, log, π, \\mathbf{x}); not a relation, an operator or spacing
    (`1/2.6\\approx 0.42`: the number ends the side, no product is written)."""
    from checker.derive.vocabulary import BY_SPELLING, Kind

    row = BY_SPELLING.get(written) if written.startswith("\\") else None
    return row is None or row.kind in (Kind.LETTER, Kind.FUNCTION, Kind.NAME, Kind.CONSTANT,
                                       Kind.FONT, Kind.ACCENT)


def slash_before_product(sides: tuple[Node, ...], state: State, line: int,
                         text: str) -> list[Guess]:
    r"""`(1/2m)\sum_i ...`: read by precedence as (1/2)·m, though writers nearly always mean
    1/(2m). The step, or a definition it reaches (`J = (1/2m)Σ...` above `dJ/dw = (1/m)Σ...`),
    writes a number after a slash with a name right after it: which one is meant is a guess."""
    found, where = None, line
    for where, written, _ in reached(sides, state, line, text):
        found = next((m for m in _SLASH_NUMBER_NAME.finditer(written)
                      if _a_name(m.group(3))), None)
        if found is not None:
            break
    if found is None:
        return []
    a, b, c = found.groups()
    a = "(…)" if a in ")}" else a
    at = "here" if where == line else f"on line {where}"
    other = _regrouped(sides, text) if where == line else None
    return [Guess(f"`{a}/{b}{c}` {at} read as ({a}/{b})·{c}, by precedence; if it means "
                  f"{a}/({b}{c}), the step may hold",
                  f"write the fraction with \\frac (`\\frac{{{a}}}{{{b}{c}}}`) or with parentheses",
                  (other[0],) if other else (),
                  settled=f"read as {other[1]} it does not hold either: it fails whichever "
                  "way the slash groups" if other else "")]


def _regrouped(sides: tuple[Node, ...], text: str) -> tuple[tuple[Node, ...], str] | None:
    """The step's sides with its one `a/2m` read the other way, a/(2m), and that part as
    read so: the guess's other reading, when the step's own text writes exactly one slash before a number and no
    `\\frac` (`(1/2)m`, `\\frac{1}{2}m` read alike would be regrouped too); else None."""
    if "frac" in text or len(re.findall(r"/\s*\d", text)) != 1 or \
            sum(1 for m in _SLASH_NUMBER_NAME.finditer(text) if _a_name(m.group(3))) != 1:
        return None
    changed = []

    def regroup(node):
        if isinstance(node, Bin) and node.op == "*" and isinstance(node.left, Bin) and \
                node.left.op == "/" and isinstance(node.left.right, Num):
            changed.append(Bin("/", rewrite(node.left.left, regroup),
                               Bin("*", node.left.right, rewrite(node.right, regroup))))
            return changed[-1]
        return None

    out = tuple(rewrite(side, regroup) for side in sides)
    return (out, render(changed[0])) if len(changed) == 1 else None


def undefined_side(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """`|S_g| = (C/G) H W` after "where S_g holds the C/G channels of group g": one side the
    size of one thing (|S|, ‖S‖) the text never defines, binds or gives a shape, not reached
    by the other side. The step says what that size is (a set's, named in prose), a
    definition in all but form: read as a claim about any value, it proves nothing. A lone
    undefined name (a label y) stays a variable, and expressions in free names are other
    rules'."""
    if len(sides) != 2:
        return []
    for one, other in (sides, sides[::-1]):
        if not (isinstance(one, (Abs, Norm)) and isinstance(one.arg, Sym)):
            continue  # the size of one thing (|S_g|, ‖G‖); a lone name (a label y) is a variable
        names = {n for n in walk(one) if isinstance(n, Sym)}
        reached = state.reached((other,), line)  # (through definitions: r_2 reaches g_t)
        theirs = {n.name for n in reached} | {n.base for n in reached if n.index}
        if not any(isinstance(n, Sym) for n in walk(other)) or any(
                n.name in theirs or n.index and n.base in theirs or
                state.ctx.lookup(n, line) is not None or state.ctx.bound({n.name}, line) or
                state.ctx.shape_of(n.name) is not None for n in names):
            continue
        shown = render(one)
        return [Guess(f"{shown} is written only with names the text never defines, so the "
                      "step may say what it is, not claim a value",
                      f"define {shown} before (`<!-- grader: define ... -->`)")]
    return []
