"""The solution a text states for an equation it sets up (equation.py): which name it solves
for, and what value it gives.

A solution is the first link `x = e` of the formula after the equation. Its name is an unknown
of the equation: a name the text neither defines nor binds; a parameter the example bound to
another value, which the solution gives a new one (`t = 10,000` steps, then "$0.96^{t/T} = 0.5$
에서 $t = T\\ln 0.5/\\ln 0.96$"); or the unknown written with the mark of a solution, a star, a
hat, "opt" or "MLE" (`1 - ημ = ηL - 1`, giving `η^⋆ = 2/(L + μ)`; `k/q - (m - k)/(1 - q) = 0
⟹ \\hat q = k/m`). A name decorated otherwise (`q_0`, `\\tilde q` after an equation in q) may
name the solution or something else: `Solution.certain` is then False (it holds when it solves
the equation, and is never wrong for not solving it).

`stated` is the one rule, for a consequence after `⟹` (implication.py) and for a formula after
the equation's (equation.py): both check a solution by substitution (equation.solves).
`satisfies` checks a rounded value given for the unknown (`⟹ x ≈ 1.386`) the same way, to
the digits shown.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import sympy as sp

from checker.derive.errors import Undecided, Unreadable
from checker.derive.meaning import Lowering
from checker.derive.regex import Regex
from checker.derive.rounding import half_unit, tolerance
from checker.derive.state import State
from checker.derive.statement import parse_statements
from checker.derive.tree import Bin, Call, Const, Node, Num, Sym, walk

_MARKED_INDEX = {("opt",), ("o", "p", "t"), ("*",), ("⋆",)}
# a subscript or superscript word that names an estimate: q_{MLE}, \\hat θ_{MAP}, w^{LS}
_ESTIMATE = frozenset({"opt", "MLE", "mle", "ML", "MAP", "map", "LS", "OLS"})
_STARS = frozenset({"*", "⋆", "∗"})
_PM = Regex(r"\\(?:pm|mp)(?![A-Za-z])|±|∓")
_MEMBERS = Regex(r"=|\\approx(?![A-Za-z])|≈")


@dataclass(frozen=True)
class Solution:
    written: Sym  # as the text writes it: η^⋆
    name: Sym  # the unknown of the equation it gives: η
    value: Node
    alone: bool  # the formula states nothing else (`x = e`, one link)
    certain: bool = True  # the name is the unknown, or it bears a solution's mark (not q_0)


def unknown(sym: Node, state: State, line: int) -> bool:
    """A plain name the text neither defines nor binds at `line`: what an equation solves for."""
    return isinstance(sym, Sym) and state.ctx.lookup(sym, line) is None and \
        not state.ctx.bound({sym.name}, line)


def unmarked(sym: Sym) -> Sym:
    """η^⋆, η^*, \\hat η, η_opt, \\hat θ_{MLE} → η, θ: the unknown a solution's mark decorates
    (the name itself when it has no such mark)."""
    if sym.sup in _STARS or sym.sup in _ESTIMATE:
        sym = replace(sym, sup="")
    if sym.index in _MARKED_INDEX or len(sym.index) == 1 and sym.index[0] in _ESTIMATE:
        sym = replace(sym, index=())
    if sym.accents == ("hat",):
        sym = replace(sym, accents=())
    return sym


def undecorated(sym: Sym) -> Sym:
    """q_0, \\tilde q, \\bar q → q: a decoration that may mark a solution or another quantity
    (the name itself when it has none)."""
    if sym.index and all(i.isdigit() for i in sym.index) and not sym.sup:
        return replace(sym, index=())
    if sym.accents in {("tilde",), ("bar",)} and not sym.index and not sym.sup:
        return replace(sym, accents=())
    return sym


def _rebound(sym: Sym, value: Node, state: State, line: int) -> bool:
    """A parameter the example bound (no definition), given another value by the solution."""
    if state.ctx.lookup(sym, line) is not None:
        return False
    bound = state.ctx.bound({sym.name}, line).get(sym.name)
    if bound is None:
        return False
    try:
        low = Lowering(state.ctx, line)
        given = sp.sympify(state.ctx.at_bound_values(low.expr(value), line))
        if given.free_symbols:  # `log ȳ`, `T ln 0.5/ln 0.96`: an expression solved for, not
            return True  # the example's number
        return not bool(sp.Abs(given - sp.sympify(bound)) < 1e-9 * (1 + abs(bound)))
    except (Undecided, Unreadable, TypeError, ValueError, ZeroDivisionError, AttributeError):
        return False  # (not known to differ: the example's own value, perhaps)


def rooted(written: Node, value: Node | None) -> tuple[Node, Node | None]:
    """`σ̂² = v` as the solution `σ̂ = √v` (an equation in σ² is solved for σ² as for σ),
    `e^{θ̂} = v` as `θ̂ = log v`; any other `written = value` as it is."""
    if isinstance(written, Bin) and written.op == "^" and isinstance(written.left, Sym) and \
            isinstance(written.right, Num) and written.right.text == "2" and value is not None:
        return written.left, Call("sqrt", (value,))
    if value is not None and isinstance(written, Bin) and written.op == "^" and \
            isinstance(written.left, Const) and written.left.name == "e" and \
            isinstance(written.right, Sym):  # e^{θ̂} = ȳ: θ̂ = log ȳ (a log link's solution)
        return written.right, Call("log", (value,))
    if value is not None and isinstance(written, Call) and written.name == "exp" and \
            len(written.args) == 1 and isinstance(written.args[0], Sym) and not written.order:
        return written.args[0], Call("log", (value,))
    return written, value


def stated(written: Node, value: Node, state: State, names: set[str], line: int,
           alone: bool = True) -> Solution | None:
    """`written = value` as the solution of an equation in `names` (read at `line`, the
    equation's): for its unknown itself, a parameter it rebinds, or the unknown with a solution's
    mark (certain) or another decoration, or a marked name the equation itself contains (not
    certain: `w^* - u + λ = 0`, then `w^* = u - λ`, holds, and is never wrong for not
    solving); None when it is none of these (a definition of a new name, a name the text
    defined)."""
    written, value = rooted(written, value)
    if not isinstance(written, Sym) or value is None:
        return None
    for name, certain in ((unmarked(written), True), (undecorated(written), False)):
        if name.name not in names:
            continue
        if name != written and (state.ctx.lookup(written, line) is not None or
                                state.ctx.bound({written.name}, line)):
            return None  # η^⋆ the text defined or bound before: no solution given here
        if unknown(name, state, line) or _rebound(name, value, state, line):
            return Solution(written, name, value, alone, certain)
        return None
    return None


def solution(text: str, state: State, names: set[str], line: int) -> Solution | None:
    """The solution the formula `text` states for an equation in `names` (read at `line`, the
    equation's), or None. Both roots written at once in every member (`x = \\pm\\sqrt{2}
    \\approx \\pm 1.414`) are read at the upper sign: the root that solves the equation or shows
    it does not (the pair itself is pair.py's to read)."""
    if _PM.search(text):
        if not all(_PM.search(piece) for piece in _MEMBERS.split(text)[1:]):
            return None  # `x = 3 \\pm 2 = 5, 2`: the pair and a list (pair.py reads it)
        text = _PM.sub(lambda m: "+" if m.group(0) in ("\\pm", "±") else "-", text)
    try:
        segments = parse_statements(text, state.ctx.known)
    except (Unreadable, RecursionError):
        return None
    first = segments[0] if segments else None
    if first is None or first.error is not None or first.condition or first.continues:
        return None
    members, ops = first.relation.members, first.relation.ops
    if len(members) < 2 or ops[0] != "=":
        return None
    return stated(members[0], members[1], state, names, line,
                  len(segments) == 1 and len(members) == 2)


def satisfies(p, var, c_left, c_right, premise: list[Node], consequence: list[Node]
              ) -> str:
    """`e^x = 4 ⇒ x ≈ 1.386`, `cos A = 0.6667 ⇒ A ≈ 48.19°`: a number given for the unknown
    to the digits shown, which satisfies the premise `p = 0` as far as those digits and the
    premise's own rounded numbers allow (|p| at it within the premise's rounding plus |p'|
    times half a unit of its last digit): a solution, whichever branch (arccos has two). The
    words that say so, or ''."""
    if c_left != var or getattr(c_right, "free_symbols", ()) or \
            isinstance(c_right, sp.MatrixBase):
        return ""
    try:
        residual = complex(sp.N(p.xreplace({var: c_right})))
        slope = complex(sp.N(sp.diff(p, var).xreplace({var: c_right})))
    except (TypeError, ValueError):
        return ""
    half = tolerance(consequence[0], consequence[1], False) or 0.0
    decimals = [n for n in walk(consequence[1]) if isinstance(n, Num) and "." in n.text]
    if half <= 1e-9 and len(decimals) == 1 and float(decimals[0].text):  # 48.19·π/180
        half = half_unit(decimals[0].text) * abs(complex(sp.N(c_right))) / \
            abs(float(decimals[0].text))
    allowed = tolerance(premise[0], premise[1], False) + abs(slope) * half + 1e-12
    if half <= 1e-9 or abs(residual) > allowed:
        return ""  # (an exact number given: the solutions' comparison decides)
    return (f"the value given satisfies it to the digits shown (off by {abs(residual):.2g}, "
            f"within {allowed:.2g})")


def nearest(solutions: list, var, c_left, c_right) -> list:
    """The solutions for `var`, the one nearest the number a consequence `var = c_right`
    gives first (`cos A = 2/3`: acos(2/3), not 2π − acos(2/3), beside `A ≈ 41.81°`): the
    one a diagnosis names."""
    if c_left != var or getattr(c_right, "free_symbols", ()) or len(solutions) < 2:
        return solutions

    def distance(value) -> float:
        try:
            return abs(complex(sp.N(value - c_right)))
        except (TypeError, ValueError):
            return float("inf")
    return sorted(solutions, key=distance)
