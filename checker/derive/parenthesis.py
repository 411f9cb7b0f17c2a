"""A name written before parentheses: a function applied, or a product? `Φ(x)` for a letter
the text never defines (`called_as_product`), `H(0)` for a name defined by an expression of other
names (`defined_name_at_a_value`), `R(P)` for one whose definition reaches P. Read as a product,
a failing step proves nothing: each is a guess (certainty.guesses collects them)."""

from __future__ import annotations

import re

from checker.derive.guess import Guess, written_symbols
from checker.derive.member import is_numeric
from checker.derive.render import render
from checker.derive.state import State
from checker.derive.structure import reached
from checker.derive.tree import Node, Sym, walk

_CALLED = re.compile(r"(\\[A-Za-z]+|(?<![A-Za-z\\])[A-Z]|[\u0391-\u03a9\u03b1-\u03c9])\s*(?:\\left)?\(")
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
_AT_NUMBER = re.compile(r"(\\[A-Za-z]+|(?<![A-Za-z\\])[A-Za-z])(?:_(?:\{\s*(\w+)\s*\}|(\w)))?\s*"
                        r"(?:\\left)?\(\s*(-?\d+(?:\.\d+)?)\s*(?:\\right)?\)")


def defined_name_at_a_value(sides: tuple[Node, ...], state: State, line: int,
                            text: str) -> list[Guess]:
    """`H(0) = 0.25(1 + 4 + 1 + 1)` after `H = \\nabla^2_\\theta J = X^\\top S X`: a name the text
    defines by an expression of other names (no argument list of its own), written before a
    number in parentheses in the step itself. As a product (H·0) it is read as written; but
    writers put a quantity that depends on a variable at a point that way (the Hessian at
    θ = 0), and which variable is meant is not written: a failing step proves nothing."""
    read = {(sym.base, sym.index): sym for sym in written_symbols(sides)}
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
        return [Guess(f"{m.group(0)} read as {shown} times the number ({shown} is defined on "
                      f"line {definition.line} as {render(definition.body)}, which depends on "
                      "other names: it may mean its value at a point)",
                      f"name the variable at that value (`{shown}|_{{x = {m.group(4)}}}` for "
                      f"its variable x), or define {shown} as a function (`{shown}(x) = ...`)")]
    return _of_its_variable(read, state, line, text)


# a name before one plain name in parentheses (`R(P)`, `\pi(s)`)
_OF_NAME = re.compile(r"(\\[A-Za-z]+|(?<![A-Za-z\\])[A-Za-z])(?:_(?:\{\s*(\w+)\s*\}|(\w)))?\s*"
                      r"(?:\\left)?\(\s*(\\?[A-Za-z]+)\s*(?:\\right)?\)")


def _of_its_variable(read: dict, state: State, line: int, text: str) -> list[Guess]:
    """`R(P) = 200P - 10P^2` after `R = PQ` and `Q = 200 - 10P`: a name the text defines by an
    expression (no argument list of its own) that depends on the name in the parentheses, as
    written: the quantity as a function of that variable, or the product R·P? A guess."""
    for m in _OF_NAME.finditer(text):
        index = m.group(2) or m.group(3)
        sym = read.get((m.group(1).lstrip("\\"), (index,) if index else ()))
        arg = m.group(4).lstrip("\\")
        definition = state.ctx.lookup(sym, line) if sym is not None else None
        if definition is None or definition.params or \
                arg not in {n.base for n in state.reached((definition.body,), line)}:
            continue
        shown = render(sym)
        return [Guess(f"{m.group(0)} read as {shown} times {m.group(4)} ({shown} is defined on "
                      f"line {definition.line} as {render(definition.body)}, which depends on "
                      f"{m.group(4)}: it may mean {shown} as a function of it)",
                      f"define {shown} as a function (`{shown}({m.group(4)}) = ...`)")]
    return []


def _a_given_vector(state: State, sym: Sym, line: int) -> bool:
    """The example gives sym a vector of numbers (`P = (0.5, 0.25, 0.25)`): `P(x)` is its
    entry at x (function.distribution_at), not a product."""
    value = state.ctx.bound({sym.name}, line).get(sym.name)
    return getattr(value, "is_Matrix", False) and 1 in value.shape
