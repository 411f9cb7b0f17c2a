"""A point given by a function's value there, not by its argument.

"$\\sigma(z) = 0.8$ 인 점에서 $\\sigma'(z) = \\sigma(z)(1 - \\sigma(z)) = 0.16$", "当 $\\sigma(x) =
0.5$ 时，$\\sigma'(x) = 0.25$", "at a point where $\\tanh(z) = 0.5$": the prose supposes the value
of a known function at its argument, which picks out the argument's value (the preimage) for the
rest of the paragraph; it states nothing to check. Read as a claim, `σ(z) = 0.8` holds at one z
only, and `σ'(z) = 0.16` after it would be read at every z and fail.

A value the prose says is reached at some time ("$η_t = 0.05$ 가 되는 시점", "reaches $η_t =
0.02$ at", `reached`) picks out that time the same way, through any definition (η_t = 0.1/(1 +
t)); when it pins nothing, the equation is still a question, and nothing is checked.

`pinned` gives the argument and its value when the function's reading, at the values the text
binds, leaves exactly that one name free and the equation has exactly one real solution (σ,
tanh, e^x, a line); two solutions (`tanh²(z) = 0.25`) or none pin nothing, and the formula is
read as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive.equivalence import digits_tolerance
from checker.derive.inversion import single_root
from checker.derive.meaning import Lowering
from checker.derive.member import is_numeric
from checker.derive.regex import Regex
from checker.derive.render import render
from checker.derive.result import Counterexample, Step
from checker.derive.tree import Bin, Call, Node, Num, Sym, walk

if TYPE_CHECKING:
    from checker.derive.markdown import Formula
    from checker.derive.state import State

# words right after the formula, or right before it, that make its value a point looked at
_AFTER = Regex(r"\s*(?:(?:인|이\s*되는|가\s*되는)\s*(?:점|곳|지점|경우)\s*에서|인\s*점|"
               r"에서|일\s*때|이면|时|的时候|处|處|的点)")
_BEFORE = Regex(r"(?:(?:^|\s)(?:at|when|whenever|where|if)|当|在|若|如果)\s*$",
                re.IGNORECASE)
# words that make the value one reached at some time or point, asked for, not claimed: "$η_t =
# 0.05$ 가 되는 시점", "$L = 0.1$ 이 되려면", "使 $η_t = 0.05$ 的 t", "reaches $η_t = 0.02$ at", "the
# step when $v_t = 0.5$"
_REACHED_AFTER = Regex(
    r"\s*(?:(?:이|가|으로|로)\s*(?:되는|될|떨어지는|줄어드는|도달하는)\s*(?:시점|순간|때|시각|"
    r"지점|스텝|반복|에폭|step|epoch|t|k|n)|(?:이|가)\s*되려면|(?:이|가)\s*되도록|[을를]\s*만족하는|"
    r"的\s*(?:时刻|时间|步数|那一步|迭代|[tkn](?![A-Za-z]))|时刻)", re.IGNORECASE)
_REACHED_BEFORE = Regex(
    r"(?:(?:^|\s)(?:reach(?:es|ed)?|drops? to|falls? to|hits?|until|till|"
    r"the (?:time|step|epoch|iteration|moment|round|point) (?:when|at which|where)|"
    r"(?:time|step|epoch|iteration|moment) (?:t|k|n) (?:when|at which|where|such that)|"
    r"when does|by when)|使得?|要使|直到|达到)\s*$", re.IGNORECASE)


def reached(f: Formula) -> bool:
    """The prose makes the formula a value reached at a time or point the text asks about
    (`_REACHED_AFTER`, `_REACHED_BEFORE`): an equation to solve for that time, not a claim."""
    if f.display:
        return False
    prose = f.before.rsplit("$", 1)[-1] if "$" in f.before else f.before
    return bool(_REACHED_AFTER.match(f.after) or _REACHED_BEFORE.search(prose))


def cued(f: Formula, supposed: bool) -> bool:
    """The prose around the formula makes it a point considered or a case supposed."""
    prose = f.before.rsplit("$", 1)[-1] if "$" in f.before else f.before
    return supposed or bool(_AFTER.match(f.after) or _BEFORE.search(prose))


def pinned(state: State, chain: list[Node], f: Formula, supposed: bool
           ) -> tuple[Sym, Node] | None:
    """`σ(z) = 0.8` in running text, cued as a point (`cued`): the argument z and the value
    that gives σ that value (ln 4), or None."""
    arrived = reached(f)
    if len(chain) != 2 or not (arrived or cued(f, supposed)):
        return None
    head, value = chain
    if not is_numeric(value):
        return None
    defined = state.definition_of(head, line=f.line) if isinstance(head, Sym) else None
    if isinstance(head, Call) and not head.order:  # σ(z) = 0.8: its argument, bound or not
        expression, ranging = head, frozenset(n.name for a in head.args for n in walk(a)
                                              if isinstance(n, Sym))
    elif defined is not None and not defined.params and (arrived or _curved(defined.body)):
        expression, ranging = defined.body, frozenset()  # ŷ = 0.8, ŷ = σ(z): z, if unbound
    else:
        return None
    inputs = {n.name: n for n in walk(expression) if isinstance(n, Sym)}
    time = [str(k) for k in getattr(head, "index", ())]
    if arrived and len(time) == 1 and time[0] in inputs:  # η_t = 0.05 reached: t, bound or not
        ranging = ranging | {time[0]}
    ctx, line = state.ctx, f.line
    try:
        low = Lowering(ctx, line)
        body = ctx.at_bound_values(low.expr(expression), line, ranging=ranging)
        number = ctx.at_bound_values(low.expr(value), line)
    except Exception:  # noqa: BLE001 - a formula not read here pins nothing
        return None
    unknowns = getattr(body, "free_symbols", set())
    if len(unknowns) != 1 or getattr(body, "is_Matrix", False) or \
            getattr(number, "free_symbols", True):
        return None
    (unknown,) = unknowns
    name = inputs.get(str(unknown))
    if name is None or state.definition_of(name, line) is not None:
        return None  # (a name built from others: its inputs are what a value would pin)
    root = _root(body, number, unknown)
    return None if root is None else (name, Num(root))  # (z bound before: pinned again)


def answered(state: State, chain: list[Node], f: Formula) -> Step | None:
    """`t = 1` right after "$η_t = 0.05$ 가 되는 시점은", in its paragraph: the answer to the question
    the value reached asked, checked against the value it pinned. A whole number within one
    of a value that is not whole is a step count rounded (the first step past it): undecided."""
    if len(chain) != 2 or not isinstance(chain[0], Sym) or \
            chain[0].name not in state.asked or not isinstance(chain[1], Num):
        return None
    block, before, root = state.asked.pop(chain[0].name)
    if f.block != block or f.before.count("$") != before + 1:
        return None  # (not the formula right after the question, in its paragraph)
    at = f.line
    text = chain[1].text
    try:
        said = float(text)
    except ValueError:
        return None
    shown = digits_tolerance([text]) if "." in text else 1e-9
    lhs, rhs = render(chain[0]), text
    if abs(said - root) <= shown + 1e-9 * max(1.0, abs(root)):
        return Step(f.line, "holds", lhs, rhs, f"solves the equation on line {at} "
                    f"({lhs} = {root:.6g})", source=f.text)
    if "." not in text and abs(said - root) < 1:
        return Step(f.line, "undecided", lhs, rhs, f"could not decide: the equation on line "
                    f"{at} gives {lhs} = {root:.6g}; {text} may be the whole step reached "
                    "first, as counted in the text", source=f.text)
    return Step(f.line, "fails", lhs, rhs, f"the equation on line {at} gives {lhs} = "
                f"{root:.6g}, not {text}", Counterexample({}, said, root), source=f.text)


def _curved(body: Node) -> bool:
    """A definition through a function or a power (ŷ = σ(z), η_t = η_0γ^t): a value for the
    name picks its input. Arithmetic of names (β = 1 - ε) is left to the binding rules, which
    read a number for it as the name's new value."""
    return any(isinstance(n, Call) or isinstance(n, Bin) and n.op == "^" for n in walk(body))


def _root(body: sp.Expr, number: sp.Expr, unknown: sp.Symbol) -> str | None:
    """The one real solution of body = number, written out, or None."""
    root = single_root(body, number, unknown)
    try:
        return None if root is None else repr(float(sp.N(root, 20)))
    except (TypeError, ValueError):
        return None
