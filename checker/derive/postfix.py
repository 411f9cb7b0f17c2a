"""What follows a factor in the notation (`notation.py`'s Parser, read as a function of the
parser like atom.py and script.py): superscripts and subscripts, primes, `!`, an indicator's
condition, a function applied or an expectation's brackets, each applying to the factor before
it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from checker.derive import antiderivative, atom, bracket, call, juxtaposition, script
from checker.derive.tree import Bin, Call, Node, Num, Prime, Sym

if TYPE_CHECKING:
    from checker.derive.notation import Parser


def power(p: Parser) -> Node:
    """A factor (atom.primary) and what follows it, left to right, until nothing more applies to
    it: `^` and `_` scripts (either order: σ^2_B is σ_B^2), an expectation's subscript (E_q[X]),
    Markdown's escaped underscore (y\\_hat), primes (f'(x) at x; W' a new name; (f(g(x)))'),
    `!`, the indicator 1[...], a call f(x), E[X]."""
    start = p.i
    node = atom.primary(p)
    raised = False  # the last script raised a name to a number: σ^2 in σ^2_B
    while True:
        after_power, raised = raised, False
        if p.at("op", "^"):
            p.take()
            node = script.superscript(p, node)
            raised = script.raised_name(node)
        elif p.at("op", "_") and call.expectation_follows(p, node):
            node = call.expectation(p)  # E_q[X], \mathbb{E}_{z \sim q}[f(z)]
        elif p.at("op", "_") and after_power and isinstance(node, Bin):
            p.take()  # σ^2_B is σ_B^2: scripts on one base, in either order
            node = Bin("^", script.subscript(p, node.left), node.right)
        elif p.at("op", "_") and (between := antiderivative.bracket_between(p, node, start)) is not None:
            node = between  # \Big[x^3 + x^2\Big]_0^1: F(1) - F(0)
        elif p.at("op", "_"):
            p.take()
            node = script.subscript(p, node)
        elif p.at("op", "\\_") and isinstance(node, Sym):
            p.take()  # y\_hat, y\_pred: a name typed with Markdown's escaped underscore
            node = script.joined(p, node)
        elif p.at("op", "'"):
            order = p.primes()
            if p.at("open", "(") and isinstance(node, Sym):
                node = Call(node.name, call.call_args(p), order)  # f'(x): f' at x
            elif script.new_name(p, node):
                node = replace(node, sup=node.sup + "'" * order)  # W' = γW/s: a new name
            else:
                node = Prime(node, order)  # (f(g(x)))': the whole expression
        elif p.at("op", "!"):
            p.take()
            node = Call("factorial", (node,))  # y!
        elif isinstance(node, Num) and node.text == "1" and bracket.condition_follows(p):
            node = bracket.indicator(p)
        elif p.at("open", "(") and isinstance(node, Sym):
            found = juxtaposition.applied(p, node, start)
            if found is None:
                return node
            node = found
        elif p.at("open", "[") and isinstance(node, Sym) and node.base == "E" and \
                not node.index and not node.sup and not node.accents:
            node = Call("E", call.call_args(p, "[", "]"))  # E[X], E[X \mid Y]: a statistic
        else:
            return node
