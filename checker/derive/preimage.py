"""A point given by a function's value there, not by its argument.

"$\\sigma(z) = 0.8$ 인 점에서 $\\sigma'(z) = \\sigma(z)(1 - \\sigma(z)) = 0.16$", "当 $\\sigma(x) =
0.5$ 时，$\\sigma'(x) = 0.25$", "at a point where $\\tanh(z) = 0.5$": the prose supposes the value
of a known function at its argument, which picks out the argument's value (the preimage) for the
rest of the paragraph; it states nothing to check. Read as a claim, `σ(z) = 0.8` holds at one z
only, and `σ'(z) = 0.16` after it would be read at every z and fail.

`pinned` gives the argument and its value when the function's reading, at the values the text
binds, leaves exactly that one name free and the equation has exactly one real solution (σ,
tanh, e^x, a line); two solutions (`tanh²(z) = 0.25`) or none pin nothing, and the formula is
read as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import sympy as sp

from checker.derive.inversion import single_root
from checker.derive.meaning import Lowering
from checker.derive.member import is_numeric
from checker.derive.tree import Bin, Call, Node, Num, Sym, walk

if TYPE_CHECKING:
    from checker.derive.markdown import Formula
    from checker.derive.state import State

# words right after the formula, or right before it, that make its value a point looked at
_AFTER = re.compile(r"\s*(?:(?:인|이\s*되는|가\s*되는)\s*(?:점|곳|지점|경우)\s*에서|인\s*점|"
                    r"에서|일\s*때|이면|时|的时候|处|處|的点)")
_BEFORE = re.compile(r"(?:(?:^|\s)(?:at|when|whenever|where|if)|当|在|若|如果)\s*$",
                     re.IGNORECASE)


def cued(f: Formula, supposed: bool) -> bool:
    """The prose around the formula makes it a point considered or a case supposed."""
    prose = f.before.rsplit("$", 1)[-1] if "$" in f.before else f.before
    return supposed or bool(_AFTER.match(f.after) or _BEFORE.search(prose))


def pinned(state: State, chain: list[Node], f: Formula, supposed: bool
           ) -> tuple[Sym, Node] | None:
    """`σ(z) = 0.8` in running text, cued as a point (`cued`): the argument z and the value
    that gives σ that value (ln 4), or None."""
    if len(chain) != 2 or not cued(f, supposed):
        return None
    head, value = chain
    if not is_numeric(value):
        return None
    defined = state.definition_of(head, line=f.line) if isinstance(head, Sym) else None
    if isinstance(head, Call) and not head.order:  # σ(z) = 0.8: its argument, bound or not
        expression, ranging = head, frozenset(n.name for a in head.args for n in walk(a)
                                              if isinstance(n, Sym))
    elif defined is not None and not defined.params and _curved(defined.body):
        expression, ranging = defined.body, frozenset()  # ŷ = 0.8, ŷ = σ(z): z, if unbound
    else:
        return None
    inputs = {n.name: n for n in walk(expression) if isinstance(n, Sym)}
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
