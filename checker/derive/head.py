"""Tests of a chain's head that applies a function: the entries of a function the text never
defines (`LN(x)_i = ...`: its definition, entry by entry), and a function name used with
another number of arguments than its definition has (`H(P)`, then `H(P, Q) = ...`: another
function of that name). Asked by the role table (`roles.py`), as the tests in `link.py`."""

from __future__ import annotations

from checker.derive import vocabulary
from checker.derive.context import function_valued
from checker.derive.link import Link
from checker.derive.tree import Call, Entry, Sym, walk


def entry_of_new_function(k: Link) -> bool:
    """`LN(x)_i = ...`: the head is an entry of a function applied to names, a function
    neither known (softmax(z)_j = ... is a claim about softmax) nor defined, nor used in the
    value, at a letter index (a rule for every entry): a numbered entry (`f(z)_1 = 0.7`) is
    a value claimed for one entry, not a definition of the function."""
    head = k.head
    call = head.arg if isinstance(head, Entry) else None
    return isinstance(call, Call) and not call.order and bool(call.args) and \
        all(isinstance(i, str) and i.isalpha() for i in head.index) and \
        all(isinstance(a, Sym) for a in call.args) and \
        vocabulary.row(call.name) is None and vocabulary.row("\\" + call.name) is None and \
        call.name not in vocabulary.FUNCTIONS and k.state.ctx.get(call.name, k.line) is None and \
        not any(isinstance(n, Call) and n.name == call.name for n in walk(k.value))


def other_arity(k: Link) -> bool:
    """`H(P, Q) = ...` where H is defined with one parameter (the entropy, then the cross
    entropy): the head applies the name to names, with another number of them than any
    definition of it has."""
    head = k.head
    if not isinstance(head, Call) or head.order or k.definition is None or \
            not all(isinstance(a, Sym) for a in head.args):
        return False
    return all(len(d.params) != len(head.args) and not function_valued(d.body)
               for d in k.state.ctx.history.get(k.definition.key, [k.definition]))
    # (φ = Φ', then φ(x) = ...: the function's value at x, a claim about it)
