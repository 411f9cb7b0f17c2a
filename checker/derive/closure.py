"""A named quantity's closed form: `D_{KL}(\\mathcal{N}(μ, σ^2) \\| \\mathcal{N}(0, 1)) =
\\mathbb{E}_q[...] = ... = ½(μ^2 + σ^2 - 1 - \\log σ^2)`. The head names the quantity (a function
the text never defines, of distributions or models it never defines: `link.named_quantity`),
and the chain (in one formula or continued with `= ...` below it) ends in a formula of the
names the head's arguments carry (μ, σ) only: what the writer says the quantity is. A later
`∂D_{KL}/∂μ` reads D_{KL} so, instead of a derivative stated of a name nothing defines.

The reading is certain: the head's arguments fix which names the quantity depends on, and the
closed form uses no other name, no derivative and no function the checker does not know (a
form still under an expectation or a sum is no closed form and defines nothing).
"""

from __future__ import annotations

from checker.derive import vocabulary
from checker.derive.tree import Call, Deriv, Integral, Lim, Node, Sum, Sym, walk


def named_head(head: Node) -> Call | None:
    """The head of a chain that names a quantity (role LABEL by `link.named_quantity`) when it
    is a function application (`D_{KL}(P \\| Q)`), else None."""
    return head if isinstance(head, Call) and not head.order else None


def the_name(head: Call) -> Sym:
    """The name the quantity goes by without its arguments: D_{KL} for D_{KL}(P ‖ Q)."""
    return head.of if head.of is not None else Sym(head.name)


def closed_form(head: Call, value: Node) -> bool:
    """`value` is written in the names the head's arguments carry (at least one of them),
    numbers and functions the checker knows: no other name, no derivative, no sum, integral
    or limit, no expectation nor unknown function (`E_q[log q/p]` is not yet the closed form)."""
    carried = {n.name for a in head.args for n in walk(a) if isinstance(n, Sym)}
    names = set()
    for n in walk(value):
        if isinstance(n, (Deriv, Sum, Integral, Lim)):
            return False
        if isinstance(n, Call) and (n.order or n.name not in vocabulary.FUNCTIONS or
                                    vocabulary.statistic(n.name)):
            return False
        if isinstance(n, Sym):
            names.add(n.name)
    return bool(names) and names <= carried


def record(state, head: Call, value: Node, line: int, since: int) -> bool:
    """Define the quantity's bare name by its closed form `value` (written on `line`, in the
    chain begun on line `since`), when it is one and nothing before that chain defines the
    name (the text's own definition stays); whether it did."""
    name = the_name(head)
    known = state.ctx.get(name.name, line)
    if not closed_form(head, value) or known is not None and known.line < since and \
            state.closures.get(name.name) != known.line:
        return False
    state.define(name, value, line, until=state.scope_end(line))  # (its section's steps)
    state.closures[name.name] = line
    return True
