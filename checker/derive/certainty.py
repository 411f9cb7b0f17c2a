"""Is a step's reading certain? A reading that involved a guess can hold, but never fail.

Every symbol's meaning should be fixed by the text or by the notation. When it was not (a
name whose meaning changed a few lines above, a δ_{ij} that may be the Kronecker delta, a
function applied to one symbol that may be a product), a step that does not hold as read is
reported `undecided`, with the guess and what the writer can add to settle it.

Each rule is one function from the step (its two sides as written) and the document's state
to the guesses it finds; adding a source of doubt is one row in RULES.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import sympy as sp

from checker.derive import vocabulary
from checker.derive.render import render
from checker.derive.state import State
from checker.derive.tree import Call, Deriv, Node, Prime, Sym, walk
from checker.derive.unknown import Applied


@dataclass(frozen=True)
class Guess:
    what: str  # the guess, in the text's notation
    advice: str  # what the writer can add to settle it


def _symbols(sides: tuple[Node, ...]) -> list[Sym]:
    return [n for side in sides for n in walk(side) if isinstance(n, Sym)]


def _changed_meaning(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """y = w_1x_1 + ... after y was used as the label: later steps read y (also inside the
    definitions they use, such as a loss in terms of y) in its new meaning."""
    out = []
    for sym in state.reached(sides, line, functions=True):
        since, until = state.changed.get(sym.name, (None, 0))
        if since is not None and since <= line < until:
            out.append(Guess(f"{render(sym)} read with the meaning line {since} gave it",
                             f"if {render(sym)} keeps its earlier meaning, use a new name on "
                             f"line {since}"))
    return out


def _contested(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """o = ⌊(i + 2p - k)/s⌋ + 1, then o = (i - 1)s - 2p + k two lines below (another layer's
    row): which value a later step means is a guess."""
    for sym in state.reached(sides, line, functions=True):
        since = state.contested.get(sym.name)
        definition = state.ctx.get(sym.name, line)
        if since is not None and since < line and definition is not None:
            return [Guess(f"{render(sym)} read as defined on line {definition.line}, though "
                          f"line {since} gives it another value",
                          f"use a new name on line {since}")]
    return []


def _kronecker(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """δ_{ij} that the text does not define: possibly the Kronecker delta."""
    for sym in _symbols(sides):
        if sym.base == "delta" and len(sym.index) == 2 and \
                state.ctx.lookup(sym, line) is None and \
                all(len(str(i)) == 1 and str(i).isalpha() for i in sym.index):
            return [Guess(f"{render(sym)} read as a variable, though it may be the Kronecker "
                          "delta (1 if the indices are equal, else 0)",
                          "write the two cases separately (i = j and i ≠ j)")]
    return []


def _word_as_variable(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """`\\operatorname{sech}^2 u`, `\\mathrm{Var} X`, `erf x`: a word of three or more letters the
    text never defines nor binds, read as one variable multiplied by what follows. It may be a
    function written without parentheses, or a quantity the text names elsewhere in words."""
    from checker.derive.vocabulary import GREEK_DISPLAY

    for sym in _symbols(sides):
        word = sym.base
        if len(word) >= 3 and word.isascii() and word.isalpha() and word not in GREEK_DISPLAY \
                and state.ctx.lookup(sym, line) is None \
                and not state.ctx.bound({sym.name}, line, True):
            return [Guess(f"{render(sym)} read as one variable (it is not defined in the text)",
                          f"if {word} is a function, write its argument in parentheses "
                          f"(`\\operatorname{{{word}}}(u)`); if a quantity, define it")]
    return []


def _constant_member(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """`s_t = t g^2` for s_t = s_{t-1} + g_t^2 "if the gradient stays g": a bare name whose
    family (g_t) the step reaches through a definition. The text may mean every g_t equal to
    g; read as a name of its own, a failing step proves nothing."""
    direct = {sym.name for sym in _symbols(sides)}
    reached = state.reached(sides, line)
    wrt = {n.var.name for side in sides for n in walk(side) if isinstance(n, Deriv)}
    for sym in _symbols(sides):
        if sym.index or sym.sup or state.ctx.lookup(sym, line) is not None or \
                state.ctx.bound({sym.name}, line, True) or sym.name in state.ctx.shapes or \
                sym.name in wrt:
            continue  # Z beside Z_{ij}: a matrix and its entries; w in ∂L/∂w: what it varies
        member = next((r for r in reached if r.index and r.stem == sym.stem and
                       r.name not in direct), None)
        if member is not None:
            return [Guess(f"{render(sym)} read as a name of its own, though the text's "
                          f"{render(member)} may be {render(sym)} at every index",
                          f"say so in a directive (`<!-- grader: define {render(member)} = "
                          f"{render(sym)} -->`)")]
    return []


_CALLED = re.compile(r"(\\[A-Za-z]+|(?<![A-Za-z\\])[A-Z]|[\u0391-\u03a9\u03b1-\u03c9])\s*(?:\\left)?\(")
_FUNCTION_LETTERS = {"Phi", "Psi", "Gamma", "Omega", "phi", "varphi", "psi"}  # Φ(x), φ(x)...


def called_as_product(sides: tuple[Node, ...], state: State, line: int, text: str) -> list[Guess]:
    """`Φ(x)`, `P(x)`, `\\psi(z)` read as a product (Φ·x): a capital letter or a letter usually
    naming a function, written before parentheses, that the text never defines. It may be a
    function (the normal CDF Φ, a probability P); as a product, a failing step proves nothing."""
    from checker.derive.vocabulary import GREEK_DISPLAY

    read = {sym.base for sym in _symbols(sides)}
    for m in _CALLED.finditer(text):
        base = m.group(1).lstrip("\\")
        if not base.isascii():  # Φ(x) typed in Unicode: the letter's name as read (Phi)
            base = next((n for n, c in GREEK_DISPLAY.items() if c == base and n in read), base)
        if base not in read or not (base in _FUNCTION_LETTERS or (len(base) == 1 and base.isupper())):
            continue
        sym = Sym(base)
        if state.ctx.lookup(sym, line) is None and state.ctx.shape_of(sym.name) is None:
            shown = render(sym)
            return [Guess(f"{shown}(…) read as {shown} times (…) ({shown} is not defined in the "
                          "text)", f"if {shown} is a function, define it (`<!-- grader: define "
                          f"{m.group(1)}(x) = ... -->`)")]
    return []


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
    other = any(n.base != "·" for n in _symbols(sides))  # σ bare beside x: is it σ(x)?
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


_CAPITALS = re.compile(r"(?<![A-Za-z\\])([A-Z]{2,4})(?![A-Za-z])")


def capitals_as_product(sides: tuple[Node, ...], state: State, line: int,
                        text: str) -> list[Guess]:
    """`OH = (H + 2P - FH)/S + 1`: capitals written together (OH, FH, FN) read as a product of
    one-letter names. Conv-size notes use them as names (output height, filter height); a
    product of matrices (XW) is read as one only when the text gives them shapes."""
    read = {sym.base for sym in _symbols(sides) if not sym.index and not sym.sup}
    for m in _CAPITALS.finditer(text):
        run = m.group(1)
        if not set(run) <= read:
            continue
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
    for sym in _symbols(sides):
        if not sym.index or sym.stem not in entries or state.ctx.lookup(sym, line) is not None:
            continue
        whole = Sym(sym.base, (), sym.sup, sym.accents)
        definition = state.ctx.lookup(whole, line)
        if definition is not None and definition.line <= line:  # also earlier on its line
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
    for sym in _symbols(sides):
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
    syms = _symbols(sides)
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
                              f"{''.join(sym.index)}}}}}`)")]
    return []


_SENTENCE = re.compile(r"(?:[.!?。！？]\s|\n\s*\n)")


def said_in_words(sides: tuple[Node, ...], before: str, conditions: bool) -> list[Guess]:
    """What the prose right before a formula says it is, when that is no identity: a claim
    stated under a condition in words ("If $A$ is symmetric, ..."; `conditions`: whether a
    condition the checker can apply was read), or an equation to solve ("Setting the
    gradient to zero gives", "令梯度为 0"). As an identity, a failing step proves nothing."""
    sentence = _SENTENCE.split(before)[-1].strip()
    words = sentence.replace("$", " ").lower()  # (formulas are shown as `$`)
    first = re.match(r"\W*(\w+(?: if)?)", words)
    if first and first.group(1) in vocabulary.CUES_BEFORE and not conditions and \
            re.search(r"[^\W\d_]{2,}", words[first.end():]):
        shown = sentence.replace("$", "…")
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        return [Guess(f"stated under a condition in words (\u201c{shown}\u201d), which this "
                      "checker cannot apply", "state it as a directive (`<!-- grader: assume "
                      "... -->`) or write the general case")]
    derivative = any(isinstance(n, Deriv) for side in sides for n in walk(side))
    tail = before[-80:].lower()
    if not derivative and any(cue in tail for cue in vocabulary.CUES_EQUATION):
        return [Guess("the text introduces it as an equation to solve (a condition on its "
                      "unknowns), not an identity", "if it is meant as an identity, say so; "
                      "else nothing to do")]
    return []


_SHIFTED = re.compile(r"^[A-Za-z][+-]\d+$")  # t-1, k+1: an index one step away


def _recurrence(state: State) -> set[str]:
    """The families a time recurrence defines through each other (a_t = w h_{t-1} + ...,
    h_t = tanh(a_t)): the keys held plain inside another's definition to end the expansion,
    when one of the definitions reaches a member one step away (h_{t-1}). Layers defined
    through each other by letters alone (x_j = Σ_i y_i w_ji, y_j = σ(x_j)) are no recurrence."""
    definitions = [d for ds in state.ctx.history.values() for d in ds if d.frozen]
    shifted = any(_SHIFTED.match(str(i)) for d in definitions for n in walk(d.body)
                  if isinstance(n, Sym) for i in n.index)
    return {key for d in definitions for key in d.frozen} if shifted else set()


_BOLD = r"\\(?:mathbf|boldsymbol|bm|pmb|vec)\s*\{\s*%s\s*\}"


def _bold(sym: Sym, text: str) -> bool | None:
    """Whether `text` writes sym's base in bold (`\\boldsymbol{\\lambda}`), plain, or not at
    all (None)."""
    spelling = re.escape(("\\" + sym.base) if len(sym.base) > 1 else sym.base)
    bold = re.search(_BOLD % spelling, text) is not None
    plain = re.search(spelling + r"(?![A-Za-z])", re.sub(_BOLD % spelling, " ", text))
    return True if bold else (False if plain else None)


def typeface_changed(sides: tuple[Node, ...], state: State, line: int, text: str) -> list[Guess]:
    """`\\boldsymbol{\\lambda} = \\exp(X\\theta)` after `\\lambda = e^{\\theta^\\top x}`: the
    defined name written in bold here and plain in its definition (or the other way round).
    Bold marks a vector (the λ of every example), plain a number: the reading drops the font,
    so whether this restates the definition or names another quantity is a guess."""
    head = sides[0]
    definition = state.ctx.lookup(head, line) if isinstance(head, Sym) else None
    if definition is None or definition.line >= line:
        return []
    here = _bold(head, text)  # type: ignore[arg-type]
    there = {_bold(head, t) for t in state.texts.get(definition.line, [])} - {None}  # type: ignore[arg-type]
    if here is None or not there or here in there:
        return []
    shown = render(head)
    return [Guess(f"{shown} written {'bold' if here else 'plain'} here and "
                  f"{'plain' if here else 'bold'} where line {definition.line} defines it: "
                  "perhaps another quantity (a vector of them)",
                  f"use another name, or the same typeface as on line {definition.line}")]


def recurrent_names(sides: tuple[Node, ...], state: State, line: int) -> frozenset[str]:
    """The names of families defined through each other (a_t = w h_{t-1} + ..., h_t =
    tanh(a_t)) that the text has used, when the step differentiates: held fixed, they give
    the local reading of its derivatives (∂a_t/∂w = h_{t-1}). Empty otherwise."""
    frozen = _recurrence(state)
    derivs = [n for side in sides for n in walk(side) if isinstance(n, Deriv)]
    if not frozen or not derivs:
        return frozenset()
    for d in derivs:  # only ∂(a state)/∂(...): a loss built from the states is not local
        target = d.num if d.num is not None else d.operand
        found = state.ctx.lookup(target, line) if isinstance(target, Sym) else None
        if found is None or (found.key not in frozen and not found.frozen):
            return frozenset()
    names = {name for name, sym in state.ctx.symbols.items()
             if (d := state.ctx.lookup(sym, line)) is not None and d.key in frozen}
    return frozenset(names | frozen) if names else frozenset()


def held_in_a_cycle(sides: tuple[Node, ...], state: State, line: int,
                    free: set[str]) -> list[Guess]:
    """`a_t = w h_{t-1} + u x_t`, `h_t = tanh(a_t)`: names defined through each other (a
    recurrence) are read with one of them as a plain variable inside the other's definition
    (to end the expansion). A step that reads h_1 as a variable there and through its
    definition elsewhere (∂a_t/∂w = h_{t-1}: a local derivative, or one through time?) took a
    guess."""
    frozen = _recurrence(state)
    if not frozen or not any(isinstance(n, (Deriv, Prime)) or (isinstance(n, Call) and n.order)
                             for side in sides for n in walk(side)):
        return []  # without a derivative, both readings give one value
    held = []
    for name in sorted(free):
        sym = state.ctx.symbols.get(name)
        definition = state.ctx.lookup(sym, line) if sym is not None else None
        if definition is not None and definition.key in frozen:
            held.append(render(sym))  # type: ignore[arg-type]
    if not held:
        return []
    return [Guess(f"{', '.join(held)} read as a variable inside a definition it is defined "
                  "through (a recurrence), and through its own definition elsewhere: a "
                  "derivative may be meant locally (earlier states held) or through time",
                  "say which in words, or write the step with the states expanded")]


def stated_beside_definition(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """`∂L/∂S = (P - Y)/N` stated, L defined in terms of P and Y only (P is the softmax of S's
    rows in words): a step reading L by its definition, and ∂L/∂S by the statement, reads L two
    ways, and the path through S is missing from one of them."""
    for d in (n for side in sides for n in walk(side) if isinstance(n, Deriv)):
        if not isinstance(d.num, Sym) or state.ctx.lookup(d.num, line) is None:
            continue
        if not any(at < line for at, _ in state.ctx.facts.get((d.num.name, d.var.name), ())):
            continue  # stated above this line (this line's own claim is what is checked)
        syms = state.reached((d.num,), line)
        wholes = tuple(Sym(s.base, (), s.sup, s.accents) for s in syms if s.index)
        reached = {s.stem for s in syms + state.reached(wholes, line)}  # E_i: E's entry
        if d.var.stem not in reached:
            shown = f"∂{render(d.num)}/∂{render(d.var)}"
            return [Guess(f"{render(d.num)} as defined does not reach {render(d.var)}, though "
                          f"the text states {shown}: the text relates them in words",
                          f"write how {render(d.num)} depends on {render(d.var)} as a formula")]
    return []


def one_example(names: set[str], state: State) -> dict[str, str]:
    """x beside x_1 as the only member of x's family in a step (one example, m = 1, written
    both ways): the other reading, x as x_1. SymPy name → SymPy name; {} when none."""
    symbols = [state.ctx.symbols[n] for n in names if n in state.ctx.symbols]
    members: dict[str, list[str]] = {}
    for s in symbols:
        if s.index:
            members.setdefault(s.stem, []).append(s.name)
    return {s.name: members[s.stem][0] for s in symbols
            if not s.index and not s.sup and len(members.get(s.stem, [])) == 1}


def _derivative_through_numbers(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """∂L/∂w_1 in a worked example whose definitions were written at its numbers (`a =
    σ(0.1)` for a = σ(z) at z = 0.1, then `L = -\log a`): as written, L does not depend on w_1,
    so its derivative would be 0, which is not what the writer means."""
    from checker.derive.meaning import Lowering

    for node in (n for side in sides for n in walk(side)):
        if not (isinstance(node, Deriv) and isinstance(node.num, Sym)
                and isinstance(node.var, Sym)):
            continue
        if state.ctx.lookup(node.num, line) is None or \
                not state.ctx.bound({node.var.name}, line):
            continue
        try:
            low = Lowering(state.ctx, line)
            body, var = low.expr(node.num), low.expr(node.var)
        except Exception:  # noqa: BLE001 - unreadable here: the step says so elsewhere
            continue
        if isinstance(var, sp.Symbol) and not isinstance(body, sp.MatrixBase) and \
                var not in getattr(body, "free_symbols", {var}):
            shown, by = render(node.num), render(node.var)
            return [Guess(f"{shown} as written does not depend on {by} (its definitions "
                          f"use the example's numbers), so ∂{shown}/∂{by} would be 0",
                          f"define {shown} in terms of {by} (`a = σ(z)`, not `a = σ(0.1)`)")]
    return []


def whole_beside_entries(sides: tuple[Node, ...], state: State, line: int,
                         free: set[str]) -> list[Guess]:
    """`‖Z - Y‖_F^2 = Σ_i Σ_j (Z_{ij} - Y_{ij})^2` with Y never given a shape or a meaning: Y is
    read as one number (left free in the values: no shape was found for it) and its Y_{ij} as
    variables of their own, so the sides cannot agree, though the writer surely means Y's
    entries."""
    ctx = state.ctx
    syms = _symbols(sides)
    wholes = {(s.base, s.sup, s.accents): s for s in syms if not s.index}
    for sym in syms:
        whole = wholes.get((sym.base, sym.sup, sym.accents))
        if not sym.index or whole is None or whole.name not in free or \
                whole.name in ctx.tuples or ctx.lookup(whole, line) is not None or \
                ctx.lookup(sym, line) is not None or ctx.bound({whole.name}, line, True):
            continue
        return [Guess(f"{render(whole)} read as one number beside {render(sym)} read as a variable "
                      f"of its own: the text gives {render(whole)} no shape to tie its entries to",
                      f"declare its shape (`<!-- grader: shape {render(whole)} (rows, columns) "
                      "-->`)")]
    return []


def _variant_in_force(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """`W_out = 56 - 5 + 1` at K = 3, after `K' = D(K - 1) + 1` (the dilated kernel): the text
    names a variant K' of a name the step uses at the example's value, and substitutes it for
    K where it applies; evaluating with K's own value is a guess."""
    ctx = state.ctx
    reached = state.reached(sides, line)
    for sym in reached:
        if sym.sup or not ctx.bound({sym.name}, line, True):
            continue
        for primes in ("'", "''"):
            variant = replace(sym, sup=primes)
            if variant in reached:
                continue  # the step is about the variant itself (h' = (r/p)h at h = 4)
            if ctx.lookup(variant, line) is not None or ctx.bound({variant.name}, line, True):
                return [Guess(f"{render(sym)} read at its value in the example, though the text "
                              f"also gives {render(variant)}, which it may have put in its place",
                              f"write the step with {render(variant)}, or give {render(sym)} the "
                              "value it has here")]
    return []


def _prime_on_a_value(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """`L' = -\\ln(...)` after `L = -\\ln p_0`: a prime on a name the text defines as a value
    (not a function of written arguments) is read as its derivative by the one variable it
    is written in; notes also prime a name for its value after a step (z' = z - g, the new
    loss L'). Given a number (a worked example's value), which one is a guess; `y' = 3x^2`
    for y = x^3 is the derivative."""
    numbers = [not any(isinstance(n, (Sym, Deriv, Prime)) for n in walk(side)) for side in sides]
    for k, side in enumerate(sides):
        node = side
        if not (isinstance(node, Prime) and isinstance(node.arg, Sym)) or \
                not any(numbers[:k] + numbers[k + 1:]):
            continue
        definition = state.ctx.lookup(node.arg, line)
        if definition is not None and not definition.params:
            shown = render(node.arg)
            return [Guess(f"{shown}' read as the derivative of {shown} (defined as a value on "
                          f"line {definition.line}), though a prime may name a new value "
                          f"({shown} after a step)",
                          f"write d{shown}/d… for the derivative, or a new name for the value")]
    return []


def _stated_prime(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """`x\Phi'(x) = x\varphi(x)` where the text states `\Phi'(x) = \varphi(x)` and never defines
    Φ: the checker reads Φ as an unknown function and does not put the stated derivative in
    for Φ' (nor its derivative for Φ''), so sides that differ as read may agree by it."""
    for sym in state.reached(sides, line, functions=True):
        stated = state.stated_primes.get(sym.name)
        if stated is not None and stated != line and state.ctx.get(sym.name, line) is None:
            shown = render(sym)
            return [Guess(f"{shown} not defined in the text, and its derivative stated on line "
                          f"{stated} (which this checker does not put in for {shown}')",
                          f"define {shown} (`<!-- grader: define ... -->`), or write the step "
                          f"with the stated derivative in place of {shown}'")]
    return []


Rule = Callable[[tuple[Node, ...], State, int], list[Guess]]
# (δ_{ij} undefined is read as the Kronecker delta by the lowering (meaning.kronecker), and a
# step with two free indices is checked with them equal and apart: no guess left)
RULES: tuple[Rule, ...] = (_changed_meaning, _word_as_variable, _constant_member,
                          _contested, _derivative_through_numbers, _prime_on_a_value,
                          _variant_in_force, _stated_prime)


def guesses(sides: tuple[Node, ...], state: State, line: int, text: str = "",
            free: frozenset[str] = frozenset(), indices: frozenset[str] = frozenset(),
            around: list[str] | None = None) -> list[Guess]:
    """The guesses the reading of a step (its sides as written, its formula's text, the names
    left free in its values, the index letters it gave values to) involved."""
    return [g for rule in RULES for g in rule(sides, state, line)] + \
        typeface_changed(sides, state, line, text) + \
        called_as_product(sides, state, line, text) + \
        used_both_ways(sides, state, line, text, around or []) + \
        capitals_as_product(sides, state, line, text) + \
        entry_of_a_whole(sides, state, line, set(free)) + \
        whole_beside_entries(sides, state, line, set(free)) + \
        function_as_value(sides, state, line, set(free)) + \
        index_is_a_quantity(sides, state, line, set(indices)) + \
        held_in_a_cycle(sides, state, line, set(free)) + \
        stated_beside_definition(sides, state, line)


# --- guesses seen in the values: the sides as read, and how they compared -------------------

def _applications(value) -> dict[str, set]:
    """Each function the text never defines (an unknown function: `L(w)`, `Var(x)`, `Φ(x)`),
    with the arguments it is applied at on this side, its derivatives' included."""
    out: dict[str, set] = {}
    if not isinstance(value, sp.Basic):
        return out
    for call in value.atoms(Applied):
        out.setdefault(call.signature.name, set()).add(call.args)
    return out


def _unknown_applied_apart(lv, rv, cmp, shown: Callable[[str], str]) -> list[Guess]:
    """`Var(ab) = Σ_i Var(a_i b_i)`, `Φ(-x) = 1 - Φ(x)`, `GELU'(x) = Φ(x) + xφ(x)`: the sides
    apply a function the text never defines at different arguments, or one side uses a
    function the other does not. Whether they agree depends on what the function is (its
    linearity, a symmetry, φ = Φ'), which the text does not say: no counterexample is certain.
    Applications at the same arguments on both sides (`d/dx e^{g(x)} = g(x) e^{g(x)}`) decide."""
    left, right = _applications(lv), _applications(rv)
    apart = sorted(n for n in set(left) | set(right) if left.get(n) != right.get(n))
    if not apart:
        return []
    names = ", ".join(shown(n) for n in apart)
    return [Guess(f"{names} not defined in the text, and applied at different arguments on the "
                  "two sides (whether they agree depends on what it is)",
                  f"define {shown(apart[0])} (`<!-- grader: define ... -->`) or state the property "
                  "the step uses")]


def _agreement(cmp) -> tuple[np.ndarray, np.ndarray] | None:
    """(where the sides agree, where they have opposite signs) at the sample points."""
    if cmp is None or cmp.samples is None:
        return None
    left, right, _ = cmp.samples
    left, right = np.asarray(left, dtype=float), np.asarray(right, dtype=float)
    if left.shape != right.shape or left.ndim != 1 or not len(left):
        return None
    scale = np.maximum(np.maximum(np.abs(left), np.abs(right)), 1.0)
    return np.abs(left - right) <= 1e-7 * scale, np.abs(left + right) <= 1e-7 * scale


def _sign_of(cmp, same: np.ndarray) -> tuple[str, str] | None:
    """The name whose sign tells the points where the sides agree from the others, and that
    sign (`>` or `<`)."""
    for name, values in sorted(cmp.samples[2].items()):
        values = np.asarray(values, dtype=float)
        if values.shape != same.shape:
            continue
        if np.all((values > 0) == same):
            return name, ">"
        if np.all((values < 0) == same):
            return name, "<"
    return None


def _on_some_region(lv, rv, cmp, shown: Callable[[str], str]) -> list[Guess]:
    """`ηg/√(tg²) = η/√t`, `√(w²) = w`: the sides agree at some points and have opposite signs
    at all the others (a square root of a square, an absolute value, a sign left out). Such a
    step holds where a name has one sign, which writers often assume without saying so. A step
    whose own cases name the regions (`{1 if r > 0; -1 if r < 0}`), or a piecewise function
    that differs otherwise (`max(0, z)` for `z`), still fails."""
    found = _agreement(cmp)
    if found is None:
        return []
    same, flipped = found
    if not (0 < same.sum() < len(same) and np.all(same | flipped)):
        return []
    if any(isinstance(v, sp.Basic) and v.has(sp.Piecewise) for v in (lv, rv)):
        return []
    sign = _sign_of(cmp, same)
    where = f"{shown(sign[0])} {sign[1]} 0" if sign else "a name has one sign"
    assume = f"{shown(sign[0])} {sign[1]} 0" if sign else "g > 0"
    return [Guess(f"the sides agree at {int(same.sum())} of {len(same)} points and have opposite "
                  f"signs at the others: the step holds where {where} only",
                  f"if the text assumes it, state it before the step (`<!-- grader: assume "
                  f"{assume} -->`)")]


def _inactive_piece(lv, rv, cmp, shown: Callable[[str], str]) -> list[Guess]:
    """A hinge's gradient written for its active side (`∂/∂a max(0, d⁺ - d⁻ + m) = 2(a - p) -
    2(a - n)`), `ReLU'(z) = 1`: the sides agree at some points, and at all the others one side is
    0 where a max, a step or cases switch a piece off. The step holds where that piece is on,
    which such derivations often leave unsaid."""
    found = _agreement(cmp)
    if found is None or not any(isinstance(v, sp.Basic) and v.has(sp.Max, sp.Heaviside, sp.Piecewise)
                                for v in (lv, rv)):
        return []
    same, _ = found
    left, right = (np.asarray(v, dtype=float) for v in cmp.samples[:2])
    off = (np.abs(left) <= 1e-12) | (np.abs(right) <= 1e-12)
    if not (0 < same.sum() < len(same) and np.all(same | off)):
        return []
    return [Guess(f"the sides agree at {int(same.sum())} of {len(same)} points, and at the others "
                  "one side is 0 where a max or a step switches a piece off: the step holds "
                  "where that piece is on",
                  "state the condition beside the step (`\\quad \\text{if } z > 0`, with the "
                  "max's argument for z)")]


def on_binary_values(lv, rv, binary: set[str]) -> list[Guess]:
    """`r_i^2 = r_i` for a mask `r_i \\sim \\mathrm{Bernoulli}(q)`: the sides agree wherever the
    names the text says are 0 or 1 take those values (the step holds: sampled elsewhere, the
    sides differ, which proves nothing)."""
    if not binary or not all(isinstance(v, sp.Expr) for v in (lv, rv)):
        return []
    names = sorted((x for x in (lv - rv).free_symbols if str(x).split("_")[0] in binary), key=str)
    if not names or len(names) > 3:
        return []
    for values in itertools.product((0, 1), repeat=len(names)):
        if sp.simplify((lv - rv).subs(dict(zip(names, values)))) != 0:
            return []
    shown = ", ".join(sorted({str(x).split("_")[0] for x in names}))
    return [Guess(f"holds for {shown} in {{0, 1}}, the values the text gives it", "")]


ValueRule = Callable[..., list[Guess]]
VALUE_RULES: tuple[ValueRule, ...] = (_unknown_applied_apart, _on_some_region, _inactive_piece)


def value_guesses(lv, rv, cmp, shown: Callable[[str], str]) -> list[Guess]:
    """The guesses a failing step's values show (`shown` renders a SymPy name in the text's
    notation)."""
    return [g for rule in VALUE_RULES for g in rule(lv, rv, cmp, shown)]
