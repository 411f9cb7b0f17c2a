"""A quantity a derivative's result is written in, which the text gives numbers but no meaning.

"$\\ell = -s_{12}/\\tau + \\log\\sum_k e^{s_{1k}/\\tau}$ ...
$\\frac{\\partial \\ell}{\\partial \\tau} =
\\frac{s_{12} - \\sum_k p_{1k}s_{1k}}{\\tau^2}$" with `p_{12} = 4.953/7.264 ≈ 0.682` worked out
before: p stands for the softmax probabilities, said in words ("it is just softmax cross-entropy")
or left to the reader. Read as free names, the p's make the result differ from the derivative of
ℓ, which never mentions them; the step holds by what they stand for, which the text does not
write. `unexplained` names such a family: written on the side without the derivative only, an
indexed family none of whose entries the text defines by an expression, some entry of which it
gives a number; the step is undecided with that guess, never failing.
"""

from __future__ import annotations

from checker.derive.guess import Guess, written_symbols
from checker.derive.member import is_numeric
from checker.derive.render import render
from checker.derive.state import State
from checker.derive.tree import Node, is_derivative, walk


def _derivative(side: Node) -> bool:
    return any(is_derivative(n) for n in walk(side))


def unexplained(sides: tuple[Node, ...], state: State, line: int, free: set[str]) -> list[Guess]:
    """The guess that a family only the result side writes (p_{1k}) means what the text never
    defines (see the module's note); [] when there is none."""
    if len(sides) != 2 or _derivative(sides[0]) == _derivative(sides[1]):
        return []
    taken, result = sides if _derivative(sides[0]) else sides[::-1]
    reached = {s.stem for s in state.reached((taken,), line)}
    ctx = state.ctx
    for sym in written_symbols((result,)):
        if not sym.index or sym.stem in reached:
            continue
        entries = [d for d in ctx.definitions.values() if d.name.index and
                   d.name.stem == sym.stem and d.line <= line]
        numbered = [name for name in ctx.bindings if _stem(ctx, name) == sym.stem and
                    ctx.bound({name}, line)]
        if not any(ctx.family(name) == sym.stem for name in free) or \
                not (numbered or any(is_numeric(d.body) for d in entries)) or \
                any(not is_numeric(d.body) for d in entries):
            continue
        return [Guess(f"{render(sym)} read as a free name: the text gives some of its entries "
                      "numbers but never says what it is in terms of the names the derivative "
                      "is taken through", f"define it (`{render(sym)} = ...`)")]
    return []


def _stem(ctx, name: str) -> str:
    """The family a bound name belongs to (`p_12`: p)."""
    sym = ctx.symbols.get(name)
    return sym.stem if sym is not None else name.split("_", 1)[0]
