"""Sums written out with an ellipsis: `t_1 + t_2 + \\dots + t_n` → Σ_{κ=1}^{n} t_κ.

The two terms before the dots show the pattern (they differ only in one index, 1 then 2);
the term after them shows where it ends.
"""

from __future__ import annotations

from dataclasses import replace

from checker.derive.errors import Unreadable
from checker.derive.tree import Bin, Const, Node, Num, Sum, Sym

ELIDED = "κ"  # the index of a sum written out with dots


def elided_sum(terms: list[Node], last: Node) -> Node:
    """t_1 + t_2 + … + t_n → Σ_{k=1}^{n} t_k, when t_1, t_2, t_n differ only in one index."""
    if len(terms) < 2:
        raise Unreadable("two terms before `\\dots` to show the pattern", "fewer")
    first, second = terms[-2], terms[-1]
    template = _generalise(first, second, "1", "2")
    hi = _index_value(template, last)
    if template is None or hi is None:
        raise Unreadable("terms that differ only in an index around `\\dots`",
                         "terms of different forms")
    total: Node = Sum(template, ELIDED, Num("1"), Num(hi) if hi.isdigit() else Sym(hi))
    rest = terms[:-2]
    for t in reversed(rest):
        total = Bin("+", t, total)
    return total


def _generalise(a, b, va: str, vb: str):
    """The common form of a and b with the index va/vb replaced by κ, or None."""
    if type(a) is not type(b):
        return None
    if isinstance(a, Sym):
        if a.stem != b.stem or a.sup != b.sup or len(a.index) != len(b.index):
            return None
        index = []
        for x, y in zip(a.index, b.index):
            if x == y:
                index.append(x)
            elif (x, y) == (va, vb):
                index.append("κ")
            else:
                return None
        return replace(a, index=tuple(index))
    if isinstance(a, (Num, Const)):
        return a if a == b else None
    fields = {}
    for name, x in vars(a).items():
        y = getattr(b, name)
        if isinstance(x, tuple):
            if len(x) != len(y):
                return None
            items = [_generalise(i, j, va, vb) if not isinstance(i, str) else
                     (i if i == j else None)
                     for i, j in zip(x, y)]
            if any(i is None for i in items):
                return None
            fields[name] = tuple(items)
        elif x is None or isinstance(x, (str, int)):
            if x != y:
                return None
            fields[name] = x
        else:
            g = _generalise(x, y, va, vb)
            if g is None:
                return None
            fields[name] = g
    return type(a)(**fields)


def _index_value(template, node) -> str | None:
    """The value κ takes in node, if node is the template at one index value."""
    found: set[str] = set()

    def match(t, n) -> bool:
        if type(t) is not type(n):
            return False
        if isinstance(t, Sym):
            if t.stem != n.stem or t.sup != n.sup or len(t.index) != len(n.index):
                return False
            for x, y in zip(t.index, n.index):
                if x == "κ":
                    found.add(y)
                elif x != y:
                    return False
            return True
        if isinstance(t, (Num, Const)):
            return t == n
        for name, x in vars(t).items():
            y = getattr(n, name)
            if isinstance(x, tuple):
                if len(x) != len(y) or not all(
                        (i == j) if isinstance(i, str) else match(i, j) for i, j in zip(x, y)):
                    return False
            elif x is None or isinstance(x, (str, int)):
                if x != y:
                    return False
            elif not match(x, y):
                return False
        return True

    if template is None or not match(template, node) or len(found) != 1:
        return None
    return found.pop()
