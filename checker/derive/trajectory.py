"""Trajectories: the unknown of a differential equation (rule "values of a solution"): `y' = -2y`,
`y'' + y = 0`, `\\dot x = -x`, `\\frac{dy}{dt} = ky` make y a function of its variable, so
`y(0) = 1`, `y(0.1) \\approx 0.82` are its values at a number (an initial value, a step of
Euler's or Heun's method), never y times 0 or times 0.1 (rule "a value at a number"). A name
applied to the number 0 is never a product either: nobody writes `y \\cdot 0` as `y(0)`."""

from __future__ import annotations

from checker.derive.tree import Deriv, Neg, Node, Num, Sym, walk

_PRIMES = frozenset({"'", "''", "'''"})
_DOTS = frozenset({"dot", "ddot"})


def unknowns(members: list[Node], ops: tuple[str, ...]) -> set[str]:
    """The names a relation writes as the unknown of a differential equation: primed or dotted
    with no argument (`y'`, `\\dot x`), or differentiated at an equation's head by another name
    whose other side mentions them again (`\\frac{dy}{dt} = -ky`: not `\\frac{dL}{dw} = 2w`)."""
    names = {n.base for m in members for n in walk(m)
             if isinstance(n, Sym) and not n.index and _plain_letter(n.base) and
             (n.sup in _PRIMES and not n.accents or
              n.accents and n.accents[0] in _DOTS and not n.sup)}
    head = members[0] if members and ops[:1] == ("=",) else None
    if isinstance(head, Deriv) and isinstance(head.num, Sym) and head.operand is None and \
            _plain_letter(head.num.base) and not head.num.index and \
            head.var.base != head.num.base and \
            any(isinstance(n, Sym) and n.base == head.num.base and not n.index
                for m in members[1:] if m is not None for n in walk(m)):
        names.add(head.num.base)
    return names


def _plain_letter(base: str) -> bool:
    return len(base) == 1 and base.isalpha() and base.islower()


def at_number(sym: Sym, arg: Node, solved: frozenset[str]) -> bool:
    """`y(0)`, `y(0.1)`, `x(-1)`: a function's value at a number, when the name is the unknown
    of a differential equation the text writes, or the number is 0."""
    number = arg.arg if isinstance(arg, Neg) else arg
    if not isinstance(number, Num):
        return False
    if sym.base in solved and not sym.index and not sym.accents and not sym.sup:
        return True
    return _zero(number) and not isinstance(arg, Neg)


def _zero(number: Num) -> bool:
    try:
        return float(number.text) == 0
    except ValueError:
        return False
