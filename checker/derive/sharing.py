"""Names listed as sharing a value: `f_t = i_t = o_t = σ(0) = 0.5` in a worked example.

Writers of worked examples list several names before the value they all take
(`f_t = i_t = o_t = σ(0) = 0.5`, "all three gates are 0.5"). The `=` between two of the names
says both take the value that follows, not that one name's definition equals the other's:
the LSTM gates f_t = σ(W_f x + b_f) and i_t = σ(W_i x + b_i) are equal only at the example's
inputs, which the text may give in words ("all pre-activations are 0"). Compared as an identity
at free values the two differ, whether the writer was right or not.

So a failing step between two bare names, in a chain that goes on to a written number, is
undecided when either name still depends on a value the text did not bind: the reading the
step has is uncertain. Names whose values the text bound are compared as before (`a = b = 3`
with a = 2, b = 3 bound still fails), and the names' links to the value are checked as usual.
"""

from __future__ import annotations

from dataclasses import replace

from checker.derive.meaning import Lowering
from checker.derive.member import is_numeric
from checker.derive.render import render
from checker.derive.result import Step
from checker.derive.state import State
from checker.derive.tree import Node, Sym


def _unbound(state: State, name: Node, line: int) -> bool:
    """The name's value at `line` still depends on something the text did not bind (or could
    not be read as a number at all)."""
    try:
        got = state.ctx.at_bound_values(Lowering(state.ctx, line).expr(name), line)
    except Exception:  # noqa: BLE001 - a name not read as a number: not known to be bound
        return True
    return bool(getattr(got, "free_symbols", True))


def listed_names(chain: list[Node] | tuple[Node, ...], i: int, end: int) -> bool:
    """`chain[i] = chain[i + 1]` joins two bare names of a list that goes on to a written
    number (`f_t = i_t = o_t = σ(0) = 0.5`)."""
    return isinstance(chain[i], Sym) and isinstance(chain[i + 1], Sym) and \
        i + 1 < end and is_numeric(chain[end])


def shared(step: Step, chain, i: int, end: int, state: State, line: int) -> Step:
    """A failing step between two listed names (listed_names) whose values are not bound:
    undecided, saying what the writer can add; any other step as it is."""
    if step.verdict != "fails" or not listed_names(chain, i, end) or not (
            _unbound(state, chain[i], line) or _unbound(state, chain[i + 1], line)):
        return step
    why = (f"could not decide: {render(chain[i])} = {render(chain[i + 1])} lists names that "
           f"share the value {render(chain[end])}; their definitions agree only at the "
           "example's inputs, which the text does not give as equations (write the inputs, "
           "or one equation per name)")
    return replace(step, verdict="undecided", method=why, counterexample=None, diagnosis=None)
