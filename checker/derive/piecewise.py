"""Cases (`\\begin{cases}`): each branch's value where its condition (`y = 1`, `0 < x ≤ 1`,
`i \\neq j` of indices, or `otherwise`) holds, entry by entry over a matrix; where two written
conditions hold at once the function is undefined there, never the first branch's value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sympy as sp

from checker.derive import matrix
from checker.derive.errors import Undecided, Unreadable
from checker.derive.tree import Cases, Node, Relation, Sym

if TYPE_CHECKING:
    from checker.derive.walker import Walker


RELATIONS = {"=": sp.Eq, "≠": sp.Ne, "<": sp.Lt, ">": sp.Gt, "≤": sp.Le, "≥": sp.Ge}


def cases(w: Walker, node: Cases) -> sp.Expr:
    values = [w.go(value) for value, _ in node.branches]  # (their indices first)
    tests = [_condition_values(w, cond) for _, cond in node.branches]
    parts = values + [v for t in tests if t is not None for v in t[1]]
    shapes = {p.shape for p in parts if matrix.is_matrix(p)}
    if not shapes:
        pieces = [(v, _holds(t)) for v, t in zip(values, tests)]
        return sp.Piecewise(*_overlap(tests), *pieces, (sp.nan, True))
    if len(shapes) > 1:
        raise Undecided("cases over matrices of different shapes")
    # `1 if Z_1 > 0, 0 otherwise` of a matrix Z_1 (ReLU's mask): entry by entry
    rows, cols = shapes.pop()

    def at(v, r: int, c: int):
        return v[r, c] if matrix.is_matrix(v) else v

    return sp.Matrix(rows, cols, lambda r, c: sp.Piecewise(*(
        (at(v, r, c), _holds(None if t is None else (t[0], [at(m, r, c) for m in t[1]])))
        for v, t in zip(values, tests)), (sp.nan, True)))


def case_index(w: Walker, node: Node | None) -> sp.Expr | None:
    """`i = j`, `i \\neq j` in a case's condition (the softmax Jacobian's entries): the
    letters index the pieces' values, so they compare as the indices they are (and the
    step is checked with them equal and apart, as for δ_ij)."""
    if not (isinstance(node, Sym) and len(node.base) == 1 and not node.index and
            not node.accents and not node.sup):
        return None
    value = w.env.get(node.base, w.low.free_index.get(node.base))
    return None if value is None else sp.Integer(value)


def condition(w: Walker, cond: Relation | None) -> sp.Basic:
    """A case's condition: y = 1, x > 0, 0 < x ≤ 1 (a chain: each pair), or none
    (`otherwise`)."""
    return _holds(_condition_values(w, cond))


def _overlap(tests: list) -> list[tuple[sp.Basic, sp.Basic]]:
    """Where two written conditions hold at once (`u > λ` and `u < -λ` at λ < 0), the cases
    are no partition: the writer means values where they are one (λ ≥ 0), so the function is
    undefined there (not the first branch's value)."""
    written = [_holds(t) for t in tests if t is not None]
    both = [sp.And(a, b) for k, a in enumerate(written) for b in written[k + 1:]]
    both = [b for b in both if b is not sp.false]
    return [(sp.nan, sp.Or(*both))] if both else []


def _holds(test: tuple[tuple[str, ...], list] | None) -> sp.Basic:
    """A condition's relations between its members' values (None: `otherwise`)."""
    if test is None:
        return sp.true
    ops, values = test
    return sp.And(*(RELATIONS[op](a, b) for op, a, b in zip(ops, values, values[1:])))


def _condition_values(w: Walker, cond: Relation | None) -> tuple[tuple[str, ...], list] | None:
    """A case's condition as its relations and its members' values (None: `otherwise`)."""
    if cond is None:
        return None
    if not cond.ops or any(op not in RELATIONS for op in cond.ops) or \
            any(m is None for m in cond.members):
        raise Unreadable("a condition such as y = 1 or x > 0", " ".join(cond.ops))
    indices = [case_index(w, m) for m in cond.members]
    if all(i is not None for i in indices) and set(cond.ops) <= {"=", "≠"}:
        w.low.kroneckers += 1
        values = indices
    else:
        values = [w.go(m) for m in cond.members]
    return tuple(cond.ops), values
