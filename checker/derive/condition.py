"""Conditions: what restricts a step (`\\text{if } x > 0`, `\\quad i = j`, "... when $y = 1$"),
what the prose around a formula says about it ("if", "when", "이면", "일 때", "时") is
`framing.py`'s; how it joins a formula to the one before ("i.e.", "so", "and") `conjunction.py`'s.

A condition is never a step. It restricts the statement it belongs to: an index equality
(`i = j`) gives both letters one value, a value (`y = 1`) is substituted, an inequality
(`x > 0`) limits where the step is sampled. A condition this checker cannot apply is named,
so that a step that fails under it is `undecided`, never `fails`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.derive.tree import Neg, Node, Num, Relation, Sym

INTERVAL = {"<": (False, True), "≤": (False, True), ">": (True, False), "≥": (True, False)}
@dataclass(frozen=True)
class Restriction:
    indices: dict[str, int] = field(default_factory=dict)  # i = j: one value for both
    values: dict[Sym, Node] = field(default_factory=dict)  # y = 1, y = ŷ
    intervals: dict[Sym, tuple[float, float]] = field(default_factory=dict)  # x > 0
    unapplied: tuple[str, ...] = ()  # conditions read but not applied

    def __bool__(self) -> bool:
        return bool(self.indices or self.values or self.intervals or self.unapplied)


def restriction(given: tuple[Relation, ...]) -> Restriction:
    indices: dict[str, int] = {}
    values: dict[Sym, Node] = {}
    intervals: dict[Sym, tuple[float, float]] = {}
    unapplied: list[str] = []
    for rel in given:
        members, ops = rel.members, rel.ops
        if len(members) == 2 and ops == ("=",) and all(_index(m) for m in members):
            value = 1 + len(set(indices.values()))  # i = j: one value, on every axis
            indices.setdefault(members[0].base, value)  # type: ignore[union-attr]
            indices[members[1].base] = indices[members[0].base]  # type: ignore[union-attr]
        elif len(members) == 2 and ops == ("≠",) and all(_index(m) for m in members):
            continue  # free index letters get distinct values anyway
        elif len(members) == 2 and ops == ("=",) and isinstance(members[0], Sym):
            values[members[0]] = members[1]
        elif all(op in INTERVAL for op in ops) and _interval(members, ops, intervals):
            continue
        else:
            shown = [_shown(members[0])] + [part for op, m in zip(ops, members[1:])
                                            for part in (op, _shown(m))]
            unapplied.append(" ".join(filter(None, shown)))
    return Restriction(indices, values, intervals, tuple(unapplied))


def _index(node: Node | None) -> bool:
    return isinstance(node, Sym) and not node.index and not node.accents and len(node.base) == 1


def _number(node: Node | None) -> float | None:
    if isinstance(node, Num):
        return float(node.text)
    if isinstance(node, Neg) and isinstance(node.arg, Num):
        return -float(node.arg.text)
    return None


def _interval(members, ops, intervals: dict[Sym, tuple[float, float]]) -> bool:
    """x > 0, 0 < x < 1, x ≤ -1: where x is sampled. A side left open stays infinite, so that
    `δ > 0` is sampled as any other name is, at magnitudes 0.2..5 (sample.domain), never
    across (0, 1000): there a threshold δ exceeds every |r| drawn beside it, and a wrong
    branch `|r| > δ` of a piecewise step is never visited."""
    names = [m for m in members if isinstance(m, Sym)]
    if len(names) != 1:
        return False
    sym = names[0]
    lo, hi = intervals.get(sym, (-float("inf"), float("inf")))
    k = members.index(sym)
    for j, op in enumerate(ops):
        other = members[j + 1] if j == k else members[j] if j + 1 == k else None
        if other is None:
            continue
        bound = _number(other)
        if bound is None:
            return False
        sym_left = j == k
        below = INTERVAL[op][0] if sym_left else INTERVAL[op][1]  # sym > bound
        if below:
            lo = max(lo, bound)
        else:
            hi = min(hi, bound)
    if lo >= hi:
        return False
    intervals[sym] = (lo, hi)
    return True


def _shown(node) -> str:
    from checker.derive.render import render
    return render(node) if node is not None else ""
