"""Names a text may use by convention without defining them, read as plain variables: `I`
added to or subtracted from an expression (`I - \\eta A`, `X^\\top X + \\lambda I`) is the
identity, and `\\bar{x}` beside the family `x_i` is its mean. Read as a variable, such a name
makes a failing step prove nothing: each rule gives the guess (certainty.guesses collects
them), so the step may hold, never fail."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.derive.guess import Guess, written_symbols
from checker.derive.tree import Bin, Neg, Node, Sym, walk

if TYPE_CHECKING:
    from checker.derive.state import State


def _undefined(sym: Sym, state: State, line: int) -> bool:
    """The text neither defines sym nor gives it a value or a shape."""
    return state.ctx.lookup(sym, line) is None and state.ctx.shape_of(sym.name) is None and \
        not state.ctx.bound({sym.name}, line, True)


def _summed(node: Node) -> list[Node]:
    """The terms of the sums and differences in node, each without its sign."""
    out: list[Node] = []
    for n in walk(node):
        if isinstance(n, Bin) and n.op in "+-":
            out.extend(t.arg if isinstance(t, Neg) else t for t in (n.left, n.right))
    return out


def _is_identity_term(term: Node) -> bool:
    """`I`, or `I` scaled by a factor (`\\lambda I`, `2I`): a term that is the identity."""
    if isinstance(term, Sym):
        return term == Sym("I")
    if isinstance(term, Bin) and term.op == "*":
        return _is_identity_term(term.left) or _is_identity_term(term.right)
    return False


def identity(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """`(I - \\eta A) e_k`, `X^\\top X + \\lambda I`: I added or subtracted, never defined by the
    text, read as a variable; the text may mean the identity."""
    if not _undefined(Sym("I"), state, line):
        return []
    if any(_is_identity_term(t) for side in sides for t in _summed(side)):
        return [Guess("I read as a variable (the text does not define it), though added to an "
                      "expression it may be the identity matrix",
                      "define it (`<!-- grader: define I = ... -->`), or write the identity's "
                      "size (`I_n`) and the matrices' shapes")]
    return []


def mean(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """`\\sum_i (x_i - \\bar{x})^2`: x̄ beside the family x_i, never defined by the text, read as
    a variable of its own; the text may mean the family's mean."""
    written = written_symbols(sides)
    families = {s.stem for s in written if s.index}
    for sym in written:
        if sym.accents[:1] == ("bar",) and not sym.index and \
                replace_accent(sym).stem in families and \
                not _through_family(sym, state, line):
            from checker.derive.render import render

            shown = render(sym)
            return [Guess(f"{shown} read as a variable (the text does not define it), though "
                          f"beside the family {render(replace_accent(sym))}_i it may be their "
                          "mean", f"define it (`{shown} = \\frac{{1}}{{n}}\\sum_i ...`)")]
    return []


def _through_family(sym: Sym, state: State, line: int) -> bool:
    """sym's definitions reach a member of the family under its accent (x̄ = Σ_i x_i / n); a
    value (`\\bar x = 4`, an example's) or another name (`\\hat\\mu = \\bar x`) does not."""
    stem = replace_accent(sym).stem
    return any(r.stem == stem and r.index for r in state.reached((sym,), line))


def replace_accent(sym: Sym) -> Sym:
    """x̄ → x: the name under its outermost accent."""
    return Sym(sym.base, sym.index, sym.sup, sym.accents[1:])


def conventions(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """Every guess a conventional name in the step takes."""
    return identity(sides, state, line) + mean(sides, state, line)
