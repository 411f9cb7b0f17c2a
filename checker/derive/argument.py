"""The argument of a function written without parentheses: `\\sin 2\\theta`, `\\cos 0.3\\pi`,
`\\log 2\\pi\\sigma^2`, `\\cos \\omega t`.

As people write it, the argument is the product written against the function, up to the next
operator, relation, function name, big operator (`\\sum`) or derivative: `\\sin 2\\theta` is
sin(2θ), `\\sin x \\cos y` is sin(x)·cos(y), `\\log x \\cdot y` is log(x)·y. After a number
(`\\sin 2\\theta`, `\\log 2\\pi\\sigma^2`) that reading is the only one in use; after anything
else (`\\cos \\omega t`, `\\log x(1 - x)`) the writer may have meant the first factor alone, so
the call is marked `loose`, and a step reading it can hold but never fail (`loose_arguments`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.derive.guess import Guess
from checker.derive.tree import Bin, Call, Const, Node, Num, Sym, walk

if TYPE_CHECKING:
    from checker.derive.notation import Parser
    from checker.derive.state import State

_BIG = {"sum", "prod", "begin", "int"}  # a big operator starts a factor of its own


def unbracketed(p: Parser) -> tuple[Node, bool]:
    """The argument of a function word not followed by `(`, and whether its extent is a
    guess (`loose`)."""
    factors = [p.power()]
    while _continues(p):
        factors.append(p.power())
    node = factors[0]
    for f in factors[1:]:
        node = Bin("*", node, f)
    first, rest = factors[0], factors[1:]
    certain = not rest or (isinstance(first, Num) and all(_plain(f) for f in rest))
    return node, not certain


def _continues(p: Parser) -> bool:
    """The next token is a factor that belongs to the argument (a name, a number, a bracket,
    a fraction), not a function's name, a big operator, a derivative or a word."""
    if not p.starts_factor():
        return False
    t = p.peek()
    assert t is not None
    if t.kind in {"word", "ellipsis"} or (t.kind == "cmd" and t.value in _BIG):
        return False
    if t.kind == "op":  # ∂, ∇ (a derivative), |x| and ‖x‖ beside the argument: unclear
        return False
    # \log x f(x): the next function's name
    return not (t.kind in {"letter", "greek"} and p.at("open", "(", 1) and
                (t.value in p.functions or t.value in {"f", "g", "h"}))


def _plain(node: Node) -> bool:
    """A name or constant, perhaps raised to a power: `\\pi`, `\\theta`, `\\sigma^2`, `x_i`."""
    if isinstance(node, Bin) and node.op == "^":
        node = node.left
    return isinstance(node, (Sym, Const))


def loose_arguments(sides: tuple[Node, ...], state: State, line: int,
                    text: str) -> list[Guess]:
    """A function whose argument, written without parentheses, was read as the product after
    it (`\\cos \\omega t` as cos(ωt)) in the step or in a definition it reaches: the writer may
    have meant the first factor alone."""
    from checker.derive.render import render
    from checker.derive.structure import reached

    for _, _, nodes in reached(sides, state, line, text):
        for node in (n for side in nodes for n in walk(side)):
            if isinstance(node, Call) and node.loose:
                shown = render(node)
                return [Guess(f"{shown}: the argument written without parentheses read as "
                              "the whole product after the function",
                              f"write the argument in parentheses (`\\{node.name}(...)`)")]
    return []
