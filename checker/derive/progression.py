"""Sums written out with an ellipsis: `t_1 + t_2 + \\dots + t_n` → Σ_{κ=1}^{n} t_κ, and
`1 + ρ + \\dots + ρ^{t-1}` → Σ_{κ=0}^{t-1} ρ^κ.

The two terms before the dots show the pattern (they differ only in one index, 1 then 2; or
they are consecutive powers of one base); the term after them shows where it ends.
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
    powers = _powers(first, second, last)
    if powers is not None:
        terms, template, lo, hi_node = terms[:-2], *powers
        total: Node = Sum(template, ELIDED, lo, hi_node)
        for t in reversed(terms):
            total = Bin("+", t, total)
        return total
    template = _generalise(first, second, "1", "2")
    hi = _index_value(template, last)
    if template is None or hi is None:
        raise Unreadable("terms that differ only in an index around `\\dots`",
                         "terms of different forms")
    total = Sum(template, ELIDED, Num("1"), Num(hi) if hi.isdigit() else Sym(hi))
    rest = terms[:-2]
    for t in reversed(rest):
        total = Bin("+", t, total)
    return total


def _powers(first: Node, second: Node, last: Node) -> tuple[Node, Node, Node] | None:
    """`1 + ρ + ρ^2 + ⋯ + ρ^{t-1}`, `β + β^2 + ⋯ + β^n`: two consecutive powers of one base
    before the dots (1 is its 0th power, the base alone its first) and a power of it after
    them: the template b^κ, and κ's first and last values; None for any other pattern."""
    a, b = _power(first), _power(second)
    if a is None or b is None or not isinstance(last, Bin) or last.op != "^":
        return None
    base = b[0] if b[0] is not None else a[0]
    if base is None or a[0] not in (None, base) or b[0] != base or last.left != base or \
            not isinstance(a[1], int) or b[1] != a[1] + 1:
        return None
    if isinstance(last.right, Num) and (not last.right.text.isdigit() or
                                        int(last.right.text) <= b[1]):
        return None  # ρ + ρ^2 + ⋯ + ρ^2: no progression
    return Bin("^", base, Sym(ELIDED)), Num(str(a[1])), last.right


def _power(term: Node) -> tuple[Node | None, int] | None:
    """(base, exponent) of 1 (any base, 0), b^k with a whole k, or a name b (its 1st power)."""
    if term == Num("1"):
        return None, 0
    if isinstance(term, Bin) and term.op == "^" and isinstance(term.right, Num) and \
            term.right.text.isdigit():
        return term.left, int(term.right.text)
    if isinstance(term, (Sym, Const)):
        return term, 1
    return None


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
