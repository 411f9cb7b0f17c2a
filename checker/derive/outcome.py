"""The number a worked chain arrives at, as the value of the name it is about.

A worked example names its intermediate values as it goes: `δ_2 = (h_2 - y)(1 - h_2^2) ≈
0.5068 × 0.5004 ≈ 0.2536`, `p_0 = e^2/(e^2 + e + e^{0.1}) ≈ 0.659`, then substitutes them
(`δ_2 h_1 ≈ 0.2536 × 0.7616`). A chain read as a claim (or as a new meaning) whose head is a
plain name and whose last member is a written number states that name's value, when nothing
else gives it one: its definition is a derivative nobody expanded, or names without values.
From there on, in the example's scope (scope.bind), steps use that number, off by what its
digits allow when it was written `≈` or with 3+ significant digits (rounding.py): a step
within that holds, a slip beyond it fails at the values named.

Not when a step of the chain failed (a wrong number is no value to go on from), nor when the
name's definition gives it a value at the bound values (the steps were checked against it),
nor when it agrees, to its digits, with a value bound before (the more precise one stays:
`h_1 = tanh(1)`, then `h_1 = ... ≈ 0.76`), nor for a head that is not a plain name
(`∂L/∂w ≈ 0.193` names no value a later step substitutes by that name).
"""

from __future__ import annotations

import numpy as np

from checker.derive.result import Step
from checker.derive.rounding import written_number
from checker.derive.state import State
from checker.derive.tree import Neg, Node, Sym


def stated_value(state: State, chain: list[Node], steps: list[Step], line: int,
                 new: bool = False) -> Node | None:
    """The number `chain` (`head = ... = number`, at least one member between) states for its
    head, which has no value at `line` yet; None when it states none to go on from. `new`:
    the chain gives the head a new meaning (`δ_1 = δ_2 w (1 - h_1^2) ≈ 0.0533` after a
    first, wrong `δ_1 ≈ 0.1065`): a value it had before is no longer its value, and its new
    definition (`chain[1]`) must give none."""
    head = chain[0]
    if not isinstance(head, Sym) or len(chain) < 3 or written_number(chain[-1]) is None:
        return None
    if any(s.verdict == "fails" for s in steps):
        return None
    bound = bool(state.ctx.bound({head.name}, line))
    if new and state.value_at(chain[1], line) is not None:
        return None  # its new definition gives its value
    if not new and not bound and state.value_at(head, line) is not None:
        return None  # its definition gives its value: the chain was checked against it
    if bound and agrees(state.value_at(head, line), chain[-1]):
        return None  # the value bound before, to these digits: it stays, as precise as it was
    return chain[-1]  # (a value bound before is superseded: the text goes on from this one)


def agrees(before, number: Node) -> bool:
    """A value bound before (a number, or None) is `number` to the digits it is written with
    (`h_1 = tanh(1)`, then `h_1 = ... ≈ 0.76`)."""
    text = written_number(number)
    if before is None or text is None or np.ndim(before):
        return False
    claimed = -float(text) if isinstance(number, Neg) else float(text)
    return abs(float(before) - claimed) <= 0.5 * 10 ** -len(text.split(".")[1]) + 1e-12 \
        if "." in text else abs(float(before) - claimed) <= 0.5
