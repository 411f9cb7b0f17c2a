"""A name written before parentheses: a function applied, or a product? `Φ(x)` for a letter
the text never defines (`called_as_product`), `H(0)` for a name defined by an expression of other
names (`defined_name_at_a_value`), `R(P)` for one whose definition reaches P. Read as a product,
a failing step proves nothing: each is a guess (certainty.guesses collects them)."""

from __future__ import annotations

import re
from collections.abc import Callable

from checker.derive.guess import Guess, written_symbols
from checker.derive.member import is_numeric
from checker.derive.regex import Regex
from checker.derive.render import render
from checker.derive.state import State
from checker.derive.structure import reached
from checker.derive.tree import At, Bin, Neg, Node, Num, Relation, Sym, rewrite, walk

_CALLED = Regex(r"(\\[A-Za-z]+|(?<![A-Za-z\\])[A-Z]|[\u0391-\u03a9\u03b1-\u03c9])\s*(?:\\left)?\(")
_FUNCTION_LETTERS = {"Phi", "Psi", "Gamma", "Omega", "phi", "varphi", "psi"}  # Φ(x), φ(x)...


def called_as_product(sides: tuple[Node, ...], state: State, line: int, text: str) -> list[Guess]:
    """`Φ(x)`, `P(x)`, `\\psi(z)` read as a product (Φ·x): a capital letter or a letter usually
    naming a function, written before parentheses, that the text never defines. It may be a
    function (the normal CDF Φ, a probability P); as a product, a failing step proves nothing.
    So also for a step reaching a definition written so (`GELU'(0) = 0.5` after
    `GELU(x) = xΦ(x)`)."""
    from checker.derive.vocabulary import GREEK_DISPLAY

    for where, written, nodes in reached(sides, state, line, text):
        read = {sym.base for sym in written_symbols(nodes)}
        for m in _CALLED.finditer(written):
            base = m.group(1).lstrip("\\")
            if not base.isascii():  # Φ(x) typed in Unicode: the letter's name as read (Phi)
                base = next((n for n, c in GREEK_DISPLAY.items() if c == base and n in read),
                            base)
            if base not in read or not (base in _FUNCTION_LETTERS or
                                        (len(base) == 1 and base.isupper())):
                continue
            sym = Sym(base)
            if state.ctx.lookup(sym, line) is None and state.ctx.shape_of(sym.name) is None \
                    and not _a_given_vector(state, sym, line):
                shown = render(sym)
                at = "" if where == line else f" on line {where}"
                return [Guess(f"{shown}(…){at} read as {shown} times (…) ({shown} is not "
                              "defined in the text)", f"if {shown} is a function, define it "
                              f"(`<!-- grader: define {m.group(1)}(x) = ... -->`)")]
    return []


# a name before a number in parentheses (`H(0)`, `\\Sigma(1.5)`, `h(-2)`, `\\gamma_1(0)`: the
# subscript, a group, is the member's)
_AT_NUMBER = Regex(r"(\\[A-Za-z]+|(?<![A-Za-z\\])[A-Za-z])(?:_(?:\{\s*(\w+)\s*\}|(\w)))?\s*"
                   r"(?:\\left)?\(\s*(-?\d+(?:\.\d+)?)\s*(?:\\right)?\)")


def defined_name_at_a_value(sides: tuple[Node, ...], state: State, line: int,
                            text: str) -> list[Guess]:
    """`H(0) = 0.25(1 + 4 + 1 + 1)` after `H = \\nabla^2_\\theta J = X^\\top S X`: a name the text
    defines by an expression of other names (no argument list of its own), written before a
    number in parentheses in the step itself. As a product (H·0) it is read as written; but
    writers put a quantity that depends on a variable at a point that way (the Hessian at
    θ = 0), and which variable is meant is not written: a failing step proves nothing."""
    read = {(sym.base, sym.index): sym for sym in written_symbols(sides)}
    found = _at_numbers(sides, read, state, line, text) + \
        _of_its_variable(sides, read, state, line, text)
    return next(([g] for g in found if g.stated), found[:1])


def _at_numbers(sides: tuple[Node, ...], read: dict, state: State, line: int,
                text: str) -> list[Guess]:
    found = []
    for m in _AT_NUMBER.finditer(text):
        base = m.group(1).lstrip("\\")
        index = m.group(2) or m.group(3)
        sym = read.get((base, (index,) if index else ()))
        if sym is None:
            continue
        definition = state.ctx.lookup(sym, line)
        if definition is None or definition.params or is_numeric(definition.body) or \
                not any(isinstance(n, Sym) for n in walk(definition.body)):
            continue
        shown = render(sym)
        found.append(Guess(
            f"{m.group(0)} read as {shown} times the number ({shown} is defined on line "
            f"{definition.line} as {render(definition.body)}, which depends on other names: it "
            "may mean its value at a point)", f"name the variable at that value (`{shown}|_{{x "
            f"= {m.group(4)}}}` for its variable x), or define {shown} as a function (`{shown}(x)"
            " = ...`)", **_at_its_variable(sides, state, line, sym, definition,
                                           lambda n, t=m.group(4): _number_text(n) == t,
                                           m.group(0))))
    return found


# a name before one plain name in parentheses (`R(P)`, `\pi(s)`)
_OF_NAME = Regex(r"(\\[A-Za-z]+|(?<![A-Za-z\\])[A-Za-z])(?:_(?:\{\s*(\w+)\s*\}|(\w)))?\s*"
                 r"(?:\\left)?\(\s*(\\?[A-Za-z]+)\s*(?:\\right)?\)")


def _of_its_variable(sides: tuple[Node, ...], read: dict, state: State, line: int,
                     text: str) -> list[Guess]:
    """`R(P) = 200P - 10P^2` after `R = PQ` and `Q = 200 - 10P`: a name the text defines by an
    expression (no argument list of its own) that depends on the name in the parentheses, as
    written: the quantity as a function of that variable, or the product R·P? A guess."""
    found = []
    for m in _OF_NAME.finditer(text):
        index = m.group(2) or m.group(3)
        sym = read.get((m.group(1).lstrip("\\"), (index,) if index else ()))
        arg = m.group(4).lstrip("\\")
        definition = state.ctx.lookup(sym, line) if sym is not None else None
        if definition is None or definition.params or \
                arg not in {n.base for n in state.reached((definition.body,), line)}:
            continue
        shown = render(sym)
        found.append(Guess(
            f"{m.group(0)} read as {shown} times {m.group(4)} ({shown} is defined on line "
            f"{definition.line} as {render(definition.body)}, which depends on {m.group(4)}: it "
            f"may mean {shown} as a function of it)", f"define {shown} as a function "
            f"(`{shown}({m.group(4)}) = ...`)",
            **_at_its_variable(sides, state, line, sym, definition,
                               lambda n, a=arg: isinstance(n, Sym) and n.base == a and
                               not n.index, m.group(0))))
    return found


def _number_text(n: Node) -> str | None:
    if isinstance(n, Num):
        return n.text
    return "-" + n.arg.text if isinstance(n, Neg) and isinstance(n.arg, Num) else None


def _at_its_variable(sides: tuple[Node, ...], state: State, line: int, sym: Sym, definition,
                     argument: Callable[[Node], bool], written: str) -> dict:
    """The reading the text decides for `y(0.4)` or `y(t)` when y's definition (`y = Ce^t - t -
    1`, C given) has one variable: the one name it reaches that is free here (neither defined
    nor given a value), or, every name being given a value, the one the text writes as y's
    argument (`y(t)`): y at that name's value (`y|_{t = 0.4}`), as Guess.stated. {} when it has
    none or several (which one is meant is not written), or the product y·0.4 is not found in
    the sides. A step that differs under it stays undecided (certainty.held_as_stated)."""
    names = {n.name: n for n in state.reached((definition.body,), line)
             if state.ctx.lookup(n, line) is None}
    free = [n for key, n in names.items() if not state.ctx.bound({key}, line)]
    # (every name given a value: the one the text writes as its argument, `y(t)`, somewhere)
    argued = [n for n in names.values() if any(
        re.search(rf"(?<![A-Za-z\\]){re.escape(render(sym))}'*\s*(?:\\left)?\(\s*"
                  rf"{re.escape(n.base)}\s*(?:\\right)?\)", t)
        for texts in state.texts.values() for t in texts)] if not free else []
    if len(free or argued) != 1 or len(sides) != 2:
        return {}
    (variable,) = free or argued
    values = []

    def at_point(n: Node) -> Node | None:
        if isinstance(n, Bin) and n.op == "*" and n.left == sym and argument(n.right):
            values.append(n.right)
            return sym if n.right == variable else At(sym, Relation((variable, n.right), ("=",)))
        return None

    read = tuple(rewrite(side, at_point) for side in sides)
    if not values:
        return {}
    shown, at = render(sym), render(variable)
    where = f"{shown} at {at} = {render(values[0])}" if values[0] != variable else shown
    return {"stated": (read[0], read[1], state.ctx),
            "why": f"{written} as {where} ({shown} is defined as an expression of {at} alone)"}


def _a_given_vector(state: State, sym: Sym, line: int) -> bool:
    """The example gives sym a vector of numbers (`P = (0.5, 0.25, 0.25)`): `P(x)` is its
    entry at x (function.distribution_at), not a product."""
    value = state.ctx.bound({sym.name}, line).get(sym.name)
    return getattr(value, "is_Matrix", False) and 1 in value.shape
