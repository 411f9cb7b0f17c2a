"""A parameter the text introduces through an expression of it: `1 - \\alpha = 0.9` (a target
coverage), `1 - \\beta = 0.8` (a test's power), `2k = 6`, `k - 1 = 1`.
The sentence gives α its value (α = 1 - 0.9) without writing `α = 0.1`; the steps after it
that use α are worked at that value, as a reader works them.

Read so only when the reading is the only one: the expression is affine in exactly one name
(written once; numbers besides it, no other name, nor a constant such as π or e, which may be
a misread function or name), that name appears here for the first time (no definition, no
value, written in no earlier formula, once in this one, never as a word such as a unit `B`;
not a counting letter n, N, m beside data tuples: observation.py reads those),
and numbers alone stand on the other side.
An equation whose unknown is written twice (`x + 4x = 5`), an expression set to zero (`2w -
6 = 0`: a stationary point, a root, which the text solves: alternative.py reads the steps
after it), one beside a consequence, or an unknown the text used before stays what it was (a
claim, an equation to solve)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.derive.lexer import tokenize
from checker.derive.observation import COUNTS
from checker.derive.tree import Bin, Neg, Node, Num, Sym, walk

if TYPE_CHECKING:
    from checker.derive.state import State


def _known(node: Node) -> bool:
    """A number, or arithmetic of numbers: no other name (`K^2 C = 3 \\cdot 3 \\cdot 64` at
    K = 5 puts numbers in for names, a claim), no constant (`π(a_2)` read as π times a_2,
    `w_{new}` as w_n times e times w, are no settings)."""
    return all(isinstance(n, (Num, Bin, Neg)) for n in walk(node))


def _first_here(state: State, name: Sym, line: int) -> bool:
    """name, a letter written once in the formulas up to this one (this one's, alone), never
    a word (`\\text{B}`, a unit) anywhere in them."""
    count = 0
    for at, texts in state.texts.items():
        if at > line:
            continue
        for text in texts:
            try:
                tokens = tokenize(text)
            except Exception:  # noqa: BLE001 - an unreadable formula: it may name it
                return False
            for t in tokens:
                if t.value == name.base and t.kind == "word":
                    return False
                if t.value == name.base and t.kind in {"letter", "greek"}:
                    count += 1 if at == line else 2
    return count == 1


def _inverted(node: Node, value: Node, state: State, line: int) -> tuple[Sym, Node] | None:
    """The one name of an affine expression, and its value where node equals value."""
    if isinstance(node, Sym):
        return node, value
    if isinstance(node, Neg):
        return _inverted(node.arg, Neg(value), state, line)
    if not isinstance(node, Bin) or node.op not in "+-*/" or len(node.op) != 1:
        return None
    left, right = (_known(side) for side in (node.left, node.right))
    if left == right:
        return None  # the name on both sides, or on neither
    if node.op == "+":
        return _inverted(node.right, Bin("-", value, node.left), state, line) if left else \
            _inverted(node.left, Bin("-", value, node.right), state, line)
    if node.op == "-":
        return _inverted(node.right, Bin("-", node.left, value), state, line) if left else \
            _inverted(node.left, Bin("+", value, node.right), state, line)
    if node.op == "*":
        return _inverted(node.right, Bin("/", value, node.left), state, line) if left else \
            _inverted(node.left, Bin("/", value, node.right), state, line)
    return None if left else _inverted(node.left, Bin("*", value, node.right), state, line)


def solved_for(head: Node, value: Node, state: State, line: int) -> tuple[Sym, Node] | None:
    """(name, its value) when `head = value` introduces a parameter through an expression of
    it (see the module's note), else None."""
    if isinstance(head, Sym) or value == Num("0") or \
            not all(isinstance(n, (Num, Bin, Neg)) for n in walk(value)):
        return None  # (a number: `\\hat x(cx) = \\hat x(x)` is an identity in c, no setting)
    names = [n for n in walk(head) if isinstance(n, Sym)]
    unknown = [n for n in names if not state.ctx.bound({n.name}, line)]
    if len(unknown) != 1 or sum(n == unknown[0] for n in names) != 1:
        return None
    (name,) = unknown
    if name.name in COUNTS and state.ctx.bound(set(state.ctx.tuples), line, stale=False):
        return None  # n, N, m beside data: the data's count, or another (observation.py)
    if state.definition_of(name, line) is not None or name.name in state.seen or \
            not _first_here(state, name, line) or \
            any(name.name in {n.name for n in walk(d.body) if isinstance(n, Sym)}
                for d in _definitions(state, line)):
        return None
    found = _inverted(head, value, state, line)
    return found if found is not None and found[0] == name else None


def _definitions(state: State, line: int) -> list:
    """The definitions the text made before line."""
    return [d for d in state.ctx.definitions.values() if d.line < line]
