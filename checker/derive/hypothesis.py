"""A number (or an expression) for a name that is no claim about it: the values of a new case
listed together (a rebinding), what a counterfactual sentence says another method would give, and
another model's meaning in a counterfactual sentence. roles.py asks these before a formula that
sets a defined name is checked against its definition.
"""

from __future__ import annotations

from checker.derive.errors import Unreadable
from checker.derive.member import is_numeric
from checker.derive.state import State
from checker.derive.statement import parse_statements
from checker.derive.tree import Call, Deriv, Node, Sym


def rebound_alongside(state: State, head: Node, value: Node, line: int) -> bool:
    """`δ = 1, r = 3` where the text linked δ to r (`|r| = δ`): a number for a defined name,
    followed in the same formula (or listed after it in its sentence) by a number for a name its definition reaches. The formula
    lists the values of a new case, each given, none computed from the others: the head is
    rebound, never checked against the old link at the old value of r. A value computed after
    its inputs (`w = 2, x = 1: z = 3` for z = wx) stays a claim (its inputs come first)."""
    if not (isinstance(head, Sym) and is_numeric(value)):
        return False
    definition = state.definition_of(head, line)
    if definition is None:
        return False
    reached = {s.name for s in state.reached((definition.body,), line)} - {head.name}
    if not reached:
        return False
    if reached & state.alongside:  # "with $δ = 1.5$, $r = -2$"
        return True
    for text in state.texts.get(line, ()):
        try:
            pairs = [tuple(seg.relation.members) for seg in parse_statements(text, state.ctx.known)
                     if seg.error is None and not seg.condition and
                     len(seg.relation.members) == 2]
        except (Unreadable, RecursionError):
            continue
        heads = [k for k, (name, _) in enumerate(pairs) if name == head]
        if heads and any(isinstance(name, Sym) and name.name in reached and
                         given is not None and is_numeric(given)
                         for name, given in pairs[heads[0] + 1:]):
            return True
    return False


def hypothetical(state: State, head: Node, value: Node, line: int) -> bool:
    """"plain SGD would be at $w_3 = (1 - 0.2)^3 = 0.512$": in a counterfactual sentence
    (setting.aside_ends) that gives none of the example's names a new value, a number for a
    name the example defines is what another method or case would give, never the example's
    value: no claim about the name (the arithmetic after it is still checked). A sentence that
    changes the example's values ("With $w = 2$ instead, $\\hat y = \\sigma(2)$") is checked
    at them (state.bind keeps them for the sentence)."""
    at_numbers = isinstance(head, Call) and all(is_numeric(a) for a in head.args)
    if not (line < state.aside and (isinstance(head, (Sym, Deriv)) or at_numbers) and
            is_numeric(value)) or \
            isinstance(head, (Sym, Call)) and state.definition_of(head, line) is None:
        return False  # (a derivative: "without the 1/m you'd get ∂J/∂w = -25"; a function
        # the text defines, at numbers: "with two in parallel, R(50) = 1 - (1 - 0.90)^2")
    return not any(at == state.aside for found in state.ctx.bindings.values()
                   for at, _, _ in found)


def other_model(state: State, head: Node, value: Node, line: int) -> bool:
    """"without the skip connection ($y = F(x)$) the gradient would be 0", "if instead $\\hat y
    = \\tanh(z)$ then ...": in a counterfactual sentence, an expression for a name the text
    defines gives another model's meaning, which the text may leave with the sentence or go on
    with (a "tanh version" section): which one later steps mean is a guess."""
    return line < state.aside and isinstance(head, Sym) and not is_numeric(value) and \
        state.definition_of(head, line) is not None
