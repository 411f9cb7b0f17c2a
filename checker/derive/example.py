"""Guesses about worked examples and the values the text gives: one example beside a family,
derivatives through names written at numbers, a variant or a prime on a value in force, a stated
derivative of a function the text never defines. Each is one function of a step's sides and the
document's state to the guesses it finds (certainty.guesses collects them)."""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from checker.derive import phrase
from checker.derive.guess import Guess, written_symbols
from checker.derive.regex import Regex
from checker.derive.render import render
from checker.derive.state import State
from checker.derive.tree import Deriv, Node, Prime, Sym, walk


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


def derivative_through_numbers(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """∂L/∂w_1 in a worked example whose definitions were written at its numbers (`a =
    σ(0.1)` for a = σ(z) at z = 0.1, then `L = -\\log a`): as written, L does not depend on w_1,
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
            # (read as inside ∂/∂var: a member given a value stands for its family's definition)
            body = low.expr(node.num, hold=frozenset({node.var.name}))
            var = low.expr(node.var)
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
    syms = written_symbols(sides)
    wholes = {(s.base, s.sup, s.accents): s for s in syms if not s.index}
    for sym in syms:
        whole = wholes.get((sym.base, sym.sup, sym.accents))
        if not sym.index or whole is None or whole.name not in free or \
                whole.name in ctx.tuples or ctx.lookup(whole, line) is not None or \
                ctx.lookup(sym, line) is not None or ctx.bound({whole.name}, line, True) or \
                _identically_distributed(sides, whole, state):
            continue
        return [Guess(f"{render(whole)} read as one number beside {render(sym)} read as a variable "
                      f"of its own: the text gives {render(whole)} no shape to tie its entries to",
                      f"declare its shape (`<!-- grader: shape {render(whole)} (rows, columns) "
                      "-->`)")]
    return []


def variant_in_force(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
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
            given = ctx.lookup(variant, line)
            if given is not None and given.line == line and given.body in sides:
                continue  # the chain that defines it (R' = R + K(S - E) = 1424): from R's value
            if given is not None or ctx.bound({variant.name}, line, True):
                return [Guess(f"{render(sym)} read at its value in the example, though the text "
                              f"also gives {render(variant)}, which it may have put in its place",
                              f"write the step with {render(variant)}, or give {render(sym)} the "
                              "value it has here")]
    return []


# words on a formula's line that give a primed name a meaning of its own ("$y'$ instead denotes
# the shifted output", "the new loss", "재정의", "새로운", "重新定义", "表示"): a prime there may name
# a new value built from the old (`y' = y + 1`), not the derivative
_NEW_MEANING = Regex(r"\b(?:denot(?:es?|ing)|instead|new|re-?defin\w*|reus\w*|stands? for|"
                     r"write|writes|written|after (?:the|one|a) (?:step|update))\b|"
                     r"나타낸|새로운|새\s|재정의|다시 정의|대신|重新定义|表示|记作|记为|新的|改为",
                     re.IGNORECASE)


def prime_on_a_value(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """`L' = -\\ln(...)` after `L = -\\ln p_0`: a prime on a name the text defines as a value
    (not a function of written arguments) is read as its derivative by the one variable it
    is written in; notes also prime a name for its value after a step (z' = z - g, the new
    loss L'). Given a number (a worked example's value), which one is a guess; `y' = 3x^2`
    for y = x^3 is the derivative. So is a value built from the old one (`y' = y + 1`) on a
    line whose words give the prime a meaning (`_NEW_MEANING`: "y' instead denotes ...")."""
    numbers = [not any(isinstance(n, (Sym, Deriv, Prime)) for n in walk(side)) for side in sides]
    lines = state.prose.split("\n")
    worded = 0 < line <= len(lines) and bool(_NEW_MEANING.search(lines[line - 1]))
    for k, side in enumerate(sides):
        node = side
        if not (isinstance(node, Prime) and isinstance(node.arg, Sym)):
            continue
        others = sides[:k] + sides[k + 1:]
        built = worded and any(n == node.arg for o in others for n in walk(o))
        if not any(numbers[:k] + numbers[k + 1:]) and not built:
            continue
        definition = state.ctx.lookup(node.arg, line)
        if definition is not None and not definition.params:
            shown = render(node.arg)
            return [Guess(f"{shown}' read as the derivative of {shown} (defined as a value on "
                          f"line {definition.line}), though a prime may name a new value "
                          f"({shown} after a step)",
                          f"write d{shown}/d… for the derivative, or a new name for the value")]
    return []


def stated_prime(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """`x\\Phi'(x) = x\\varphi(x)` where the text states `\\Phi'(x) = \\varphi(x)` (only further down,
    or in a form not put in) and never defines Φ: the checker puts a stated derivative in
    for Φ' (and its derivative for Φ'') on the lines after the statement only, so sides that
    differ as read here may agree by it."""
    for sym in state.reached(sides, line, functions=True):
        stated = state.stated_primes.get(sym.name)
        used = any(at < line for at, *_ in state.ctx.primes.get(sym.name, ()))
        if stated is not None and stated != line and not used and \
                state.ctx.get(sym.name, line) is None:
            shown = render(sym)
            return [Guess(f"{shown} not defined in the text, and its derivative stated on line "
                          f"{stated} (which this checker does not put in for {shown}')",
                          f"define {shown} (`<!-- grader: define ... -->`), or write the step "
                          f"with the stated derivative in place of {shown}'")]
    return []


# a formula that writes a number for a name ("pad 를 1 로 바꾸면 $OH = OW = 4$ 이고"): the new value
_WRITES_NUMBER = Regex(r"=\s*-?\d+(?:\.\d+)?\s*$")
# what makes a side an expression, not a name (`3a + 3b`, `2\cdot w`), outside braces
_WORKED = Regex(r"^\s*\d|[+*/]|\s-\s|\\(?:cdot|times|frac|sum|sqrt)")


def _writes_value(text: str) -> bool:
    """`OH = OW = 4`, `\eta = 0.1`, `w_{t+1} = 0.9`: names written equal to a number, a new
    value; not an equation of them (`3a + 3b = 10`, the normal equation of new data), which
    leaves the names' values unwritten."""
    if not _WRITES_NUMBER.search(text):
        return False
    sides = text.split("=")[:-1]
    flat = [re.sub(r"\{[^{}]*\}", "", side) for side in sides]
    return all(side.strip() and not _WORKED.search(side) for side in flat)
# a new value in words, outside the formulas (`$` in the prose): "the stride to 2", "2로",
# "改为2", "变成 2"
_VALUE_IN_WORDS = Regex(r"\bto\s+-?\d|\d\s*(?:으로|로)|(?:为|成)\s*-?\d")


def _names_any(text: str, values: dict) -> bool:
    """Does a formula's text write one of the names (SymPy names: `w`, `OH`, `eta`)?"""
    words = set(re.findall(r"[A-Za-z]+", text.replace("\\", " ")))
    return any(str(name).split("_")[0] in words for name in values)


def changed_in_words(before: str, values: dict, block: list[str] = ()) -> list[Guess]:
    """"one gradient step moves $w$ to $(0.4, -0.7)$, after which $yw^\\top x = 1.0$": the
    sentence before the step says a value changed (phrase.CHANGING), in words the checker does
    not bind; checked at the example's earlier values, a step that differs proves nothing.
    A verb of change right before the formula ("the loss becomes $L = (wx - 1)^2 = 16$",
    "损失变为 $...$") has the formula as its complement: the step states what the value
    becomes, worked out from the values before it, and is checked at them. So is a step after a
    formula of the sentence, past the words of change, that writes a name's new number
    (`block`: the formulas of the step's paragraph, in order)."""
    if not values:
        return []
    sentence = re.split(r"(?<=[.!?。！？])\s", before.strip())[-1].lower()
    ending = sentence.rstrip(" :,，：")
    cue = next((c for c in phrase.CHANGING if (c in sentence if not c.isascii() else re.search(
        r"(?<![a-z])" + re.escape(c) + r"(?![a-z])", sentence)) and not (
            c in phrase.CHANGING_INTO and ending.endswith(c))), None)
    if cue is None:
        return []
    at = sentence.find(cue) if not cue.isascii() else \
        re.search(r"(?<![a-z])" + re.escape(cue) + r"(?![a-z])", sentence).start()
    count = before.count("$")
    written = block[count - sentence[at:].count("$"):count]
    if any(_writes_value(text) and _names_any(text, values) for text in written) and \
            not _VALUE_IN_WORDS.search(sentence[at:]):
        return []  # (a number written for a name the step is not checked at, `η = 0.1`
        # "unchanged" beside "after the update", says nothing of the changed value; but one
        # change written and another in words, "the padding to $p = 1$ and the stride to 2",
        # leaves a value unwritten)
    return [Guess(f"checked at the example's values ({', '.join(sorted(values))}), though the "
                  f"sentence says a value changed (\u201c{cue}\u201d) without writing it as "
                  "`name = value`", "write the new value (`$w = ...$`)")]


def constant_member(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """`s_t = t g^2` for s_t = s_{t-1} + g_t^2 "if the gradient stays g": a bare name whose
    family (g_t) the step reaches through a definition. The text may mean every g_t equal to
    g; read as a name of its own, a failing step proves nothing (constancy.py reads it so when
    the text says so)."""
    found = constant_pair(sides, state, line)
    if found is None or _identically_distributed(sides, found[0], state):
        return []
    sym, member = found
    return [Guess(f"{render(sym)} read as a name of its own, though the text's "
                  f"{render(member)} may be {render(sym)} at every index",
                  f"say so in a directive (`<!-- grader: define {render(member)} = "
                  f"{render(sym)} -->`)")]


def _identically_distributed(sides: tuple[Node, ...], sym: Sym, state: State) -> bool:
    """Whether the text says its variables are identically distributed (i.i.d.) and the step
    writes `sym` only inside statistics (Var(w) beside w_i): the variance of any member, as the
    expectation algebra reads it, not a value the members may share."""
    from checker.derive import vocabulary
    from checker.derive.tree import Call

    randomness = state.ctx.randomness
    if randomness is None or not randomness.identical:
        return False
    total = sum(1 for side in sides for n in walk(side) if isinstance(n, Sym) and n == sym)
    inside = sum(1 for side in sides for c in walk(side)
                 if isinstance(c, Call) and vocabulary.statistic(c.name)
                 for n in walk(c) if isinstance(n, Sym) and n == sym)
    return total > 0 and inside == total


def constant_pair(sides: tuple[Node, ...], state: State, line: int) -> tuple[Sym, Sym] | None:
    """(g, g_t): the bare name the step writes and the member of its family the step reaches
    through a definition (never one it writes itself), or None."""
    direct = {sym.name for sym in written_symbols(sides)}
    reached = state.reached(sides, line)
    wrt = {n.var.name for side in sides for n in walk(side) if isinstance(n, Deriv)}
    for sym in written_symbols(sides):
        bound = bool(state.ctx.bound({sym.name}, line, True))
        if sym.index or sym.sup or state.ctx.lookup(sym, line) is not None or \
                sym.name in state.ctx.shapes or sym.name in wrt:
            continue  # w in ∂L/∂w: what it varies
        member = next((r for r in reached if r.index and r.stem == sym.stem and
                       r.name not in direct and (not bound or _in_time(r, line, state))),
                      None)  # Z bound beside Z_{ij}: a matrix and its entries
        if member is not None:
            return sym, member
    return None


def _in_time(member: Sym, line: int, state: State) -> bool:
    """g_t, g_{t+1}: a member of a family over time steps (its index t or τ, or shifted),
    with no value of its own: beside a bare g the example gives a value ("if the gradient
    stays g at the second step"), g may be every g_t."""
    return all(str(i) in {"t", "τ", "tau"} or getattr(i, "letter", None) in {"t", "τ", "tau"}
               for i in member.index) and not state.ctx.bound({member.name}, line, True)
