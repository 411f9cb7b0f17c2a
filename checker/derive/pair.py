"""`±` and `∓`: a formula that writes them makes two claims, one with every `±` read as `+`
(and every `∓` as `-`), the other with the signs swapped, as notes write a pair of roots
(`λ = (9 \\pm \\sqrt{17})/2 = 4.5 \\pm \\sqrt{17}/2`), a Taylor pair (`f(x \\pm h) = f(x) \\pm
h f'(x) + ...`) or an interval (`0.015 \\pm 1.96 \\cdot 0.00438 \\approx 0.015 \\pm 0.0086`).

A link between two members that both write `±` is read in both branches, each a statement of
its own (both hold when the writer is right). A link between a member with `±` and one
without it is not one claim: `λ = 3 \\pm \\sqrt5` names the pair, `\\eta g/|g| = \\pm\\eta`
says "one of the two, by the sign of g", `... \\Rightarrow [0.0064, 0.0236]` gives the
interval. Such a link is kept unread with that reason, except where a new name names the pair
(`naming`: a definition, no claim), for the pair of values written after it (`3 \\pm
\\sqrt5 \\approx 5.236,\\ 0.764`) and for the interval written as the chain's last member
(`0.2 \\pm 0.124 \\Rightarrow (0.076, 0.324)`, `\\approx [0.0064, 0.0236]`: its two ends):
when both branches are plain numbers, the larger claimed value goes with the larger branch,
whichever order the writer chose.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from checker.derive.errors import Unreadable
from checker.derive.lexeme import Token
from checker.derive.tree import Bin, Call, Matrix, Neg, Node, Num, Relation, Shape, Sym

SIGNS = {"±": ("+", "-"), "∓": ("-", "+")}
ENDS = {"=", "≈", "⇒"}  # the links that give an interval's ends (`\\Rightarrow (0.076, 0.324)`)

UNPAIRED = (("a link between two members that both write `\\pm` (each read once with +, once "
             "with -)"),
            ("a member with `\\pm` beside one without it (`λ = 3 \\pm \\sqrt5`, "
             "`η g/|g| = \\pm η`): whether the pair or one of its values is meant is not read; "
             "write the two values as two claims (`λ_1 = 3 + \\sqrt5 \\approx 5.236`, "
             "`λ_2 = 3 - \\sqrt5 \\approx 0.764`) to have them checked"))


SPREAD = ("`\\pm` read as a sign (two claims, each `\\pm` as + in one, as - in the other)",
          ("`\\pm` as an uncertainty (a value `\\pm` its spread) combined with another or "
           "subtracted (`(92.3 \\pm 0.4) - (90.1 \\pm 0.3) = 2.2 \\pm 0.7`): spreads combine "
           "as intervals, not as one common sign, so the step is not read; write the interval's "
           "ends as claims (`92.7 - 89.8 = 2.9`) to have them checked"))


def spread(tokens: list[Token]) -> bool:
    """Whether the tokens write `±` as an uncertainty that sign branches misread: some `±`
    before a plain number (a spread, `92.3 \\pm 0.4`), and in one member (between relation
    symbols at the top level) two `±`, or one inside a group that is subtracted, negated or
    divided by (`1 - (0.92 \\pm 0.01)`, `\\frac{6.0}{2.0 \\pm 0.1}`). A pair of roots
    (`\\frac{-b \\pm \\sqrt\\Delta}{2a}`) and a Taylor pair (`f(x) \\pm h f'(x)`) are not."""
    if not any(_spread_at(tokens, k) for k in range(len(tokens))):
        return False
    count, depth = 0, 0
    against: list[bool] = []  # for each open group: is it subtracted, negated or a divisor
    frac_groups: list[int] = []  # after \frac: the groups still to open (2: numerator next)
    for k, t in enumerate(tokens):
        if t.kind == "cmd" and t.value in {"frac", "dfrac", "tfrac"}:
            frac_groups.append(2)
            continue
        if t.kind == "open":
            before = tokens[k - 1] if k else None
            flips = before is not None and before.kind == "op" and before.value in {"-", "/"}
            if frac_groups and depth == len(against):
                frac_groups[-1] -= 1
                flips = flips or frac_groups[-1] == 0  # the denominator
                if frac_groups[-1] == 0:
                    frac_groups.pop()
            against.append(flips or (bool(against) and against[-1]))
            depth += 1
        elif t.kind == "close":
            depth = max(depth - 1, 0)
            if against:
                against.pop()
        elif t.kind == "rel" and depth == 0:
            count = 0
        elif t.kind == "op" and t.value in SIGNS:
            count += 1
            if count >= 2 or (against and against[-1]):
                return True
    return False


def _spread_at(tokens: list[Token], k: int) -> bool:
    """Token k is a `±` right before a plain number (`\\pm 0.4`, not `\\pm 0.4x`)."""
    return tokens[k].kind == "op" and tokens[k].value in SIGNS and k + 1 < len(tokens) and \
        tokens[k + 1].kind == "num" and (k + 2 == len(tokens) or tokens[k + 2].kind in {
            "close", "rel", "sep"} or (tokens[k + 2].kind == "op" and tokens[k + 2].value in {
                "+", "-", ",", ";", "/"}))


@dataclass(frozen=True)
class Reading:
    """What a formula with `±` claims: the chains read in each branch, and whether some link
    was left unread (UNPAIRED)."""

    pieces: tuple[Relation, ...]
    unpaired: bool
    spent: bool = False  # the lone value after the formula (`, 0.764`) was paired here


def signed(tokens: list[Token]) -> bool:
    """Whether the tokens write `±` or `∓`."""
    return any(t.kind == "op" and t.value in SIGNS for t in tokens)


def branch(tokens: list[Token], which: int) -> list[Token]:
    """The tokens with every `±`/`∓` read as its sign in branch `which` (0: `±` as +)."""
    return [Token("op", SIGNS[t.value][which], t.pos, t.bare)
            if t.kind == "op" and t.value in SIGNS else t for t in tokens]


def lone_value(tokens: list[Token]) -> Node | None:
    """The number a statement is made of alone (`0.764`, `-0.162` after a comma), or None."""
    values = [t.value for t in tokens]
    rest = tokens[1:] if values[:1] in (["-"], ["+"]) else tokens
    if len(rest) != 1 or rest[0].kind != "num" or _value(Num(rest[0].value)) is None:
        return None
    return Neg(Num(rest[0].value)) if values[:1] == ["-"] else Num(rest[0].value)


def reading(plus: Relation, minus: Relation, after: list[Token] | None,
            defined: frozenset[str] = frozenset()) -> Reading:
    """The claims of a chain read in both branches (`plus`, `minus`: the same chain with `±`
    read as + and as -). `after` is the statement that follows it, when the chain ends a
    comma list (its lone value may be the pair's second); `defined`, the names the text has
    defined as values so far (a name among them is never read as naming a pair)."""
    members = len(plus.members)
    if len(minus.members) != members or plus.ops != minus.ops:
        raise Unreadable(*UNPAIRED)
    two = [plus.members[k] != minus.members[k] for k in range(members)]
    pieces: list[Relation] = []
    unpaired, spent = False, False
    # λ = 3 ± √5, a new name given the pair: a definition, no claim (never both branches as
    # definitions in turn: the second would be read as a claim against the first)
    first = 1 if naming(plus, two, defined) else 0  # the first link that may be left unread
    start = 0
    for k in range(1, members + 1):
        if k < members and two[k] == two[k - 1] and two[k]:
            continue
        if k - start >= 2 and two[start]:
            pieces += [_slice(plus, start, k), _slice(minus, start, k)]
        start = k
    for k in range(first, members - 1):
        if two[k] != two[k + 1]:
            unpaired = True
    ends = interval_ends(plus.members[-1]) if members >= 2 and two[-2] and not two[-1] and \
        plus.ops[-1] in ENDS else None
    if ends is not None and None not in (_value(plus.members[-2]), _value(minus.members[-2])) \
            and not _outward(ends, plus.members[-2], minus.members[-2]):
        pieces += _ends(plus, minus, members, ends)
        unpaired = any(two[k] != two[k + 1] for k in range(first, members - 2))
    elif members >= 2 and two[-2] and not two[-1] and after is not None:
        second = lone_value(after)
        values = [_value(m) for m in (plus.members[-1], second, plus.members[-2],
                                      minus.members[-2])]
        if second is not None and None not in values:
            high, low = (plus.members[-1], second) if values[0] >= values[1] else \
                (second, plus.members[-1])  # type: ignore[operator]
            top, bottom = (plus, minus) if values[2] >= values[3] else (minus, plus)  # type: ignore
            pieces += [_ending(top, members, high), _ending(bottom, members, low)]
            spent = True
            unpaired = any(two[k] != two[k + 1] for k in range(first, members - 2))
    return Reading(tuple(pieces), unpaired, spent)


def interval_ends(node: Node) -> tuple[Node, Node] | None:
    """The two ends of an interval written as a pair of plain numbers, `(0.076, 0.324)` or
    `[0.0064, 0.0236]` (a row of two), or None."""
    if isinstance(node, Shape) and len(node.dims) == 2:
        ends = node.dims
    elif isinstance(node, Matrix) and len(node.rows) == 1 and len(node.rows[0]) == 2 and \
            not node.elided_rows:
        ends = node.rows[0]
    else:
        return None
    return (ends[0], ends[1]) if None not in (_value(ends[0]), _value(ends[1])) else None


def _outward(ends: tuple[Node, Node], one: Node, other: Node) -> bool:
    """Whether the written ends are the branches rounded outward at the digits shown (0.076,
    0.324 written (0.07, 0.33)), as a conservative interval is, and not to the nearest: then
    which rounding the writer meant is not read."""
    values = sorted((_value(one), _value(other)))  # type: ignore[type-var]
    written = sorted(ends, key=_value)  # type: ignore[arg-type]
    places = [_places(end) for end in written]
    if None in places:
        return False
    nearest = all(abs(_value(end) - v) <= 0.5 * 10 ** -p + 1e-12  # type: ignore[operator]
                  for end, v, p in zip(written, values, places))
    low, high = (_value(end) for end in written)
    out = math.floor(values[0] * 10 ** places[0] + 1e-9) / 10 ** places[0], \
        math.ceil(values[1] * 10 ** places[1] - 1e-9) / 10 ** places[1]
    return not nearest and math.isclose(low, out[0], abs_tol=1e-12) and \
        math.isclose(high, out[1], abs_tol=1e-12)  # type: ignore[arg-type]


def _places(node: Node) -> int | None:
    """The decimal places a plain number is written to (`0.33`: 2), or None."""
    if isinstance(node, Neg):
        return _places(node.arg)
    if not isinstance(node, Num) or not node.text.replace(".", "", 1).isdigit():
        return None
    return len(node.text.split(".")[1]) if "." in node.text else 0


def _ends(plus: Relation, minus: Relation, members: int,
          ends: tuple[Node, Node]) -> list[Relation]:
    """The interval's ends as claims of the branches: the larger end with the larger branch
    (`\\Rightarrow` read as `\\approx`: the ends are the branches' values as rounded)."""
    high, low = ends if _value(ends[0]) >= _value(ends[1]) else (ends[1], ends[0])  # type: ignore
    top, bottom = (plus, minus) if _value(plus.members[-2]) >= _value(minus.members[-2]) \
        else (minus, plus)  # type: ignore[operator]
    op = "≈" if plus.ops[-1] == "⇒" else plus.ops[-1]
    return [replace(_ending(top, members, high), ops=(op,)),
            replace(_ending(bottom, members, low), ops=(op,))]


def naming(plus: Relation, two: list[bool], defined: frozenset[str]) -> bool:
    """Whether the chain's first link names the pair (`λ = 3 \\pm \\sqrt5`, `λ_{1,2} =
    \\frac{9 \\pm \\sqrt{17}}{2}`, `x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}`): a plain name
    the text has not defined as a value, written alone before an `=` and a member with `±`. That
    link defines the name as the pair, as `λ_1 = 3 + \\sqrt5` defines λ_1: no claim, so not
    left unread; the links after it are read as before. A name the text defined stays unread:
    `u = \\pm η` after `u = -η g/|g|` says "one of the two, by the sign of g"."""
    head = plus.members[0] if plus.members else None
    return len(two) >= 2 and not two[0] and two[1] and plus.ops[0] == "=" and \
        isinstance(head, Sym) and head.name not in defined


def _slice(rel: Relation, start: int, end: int) -> Relation:
    lines = rel.lines[start:end - 1] if rel.lines else ()
    return Relation(rel.members[start:end], rel.ops[start:end - 1], lines)


def _ending(rel: Relation, members: int, value: Node) -> Relation:
    """The chain's last `±` member and the claimed value that goes with its branch."""
    lines = rel.lines[-1:] if rel.lines else ()
    return Relation((rel.members[members - 2], value), rel.ops[-1:], lines)


def _value(node: Node) -> float | None:
    """A member made of numbers, + - * / ^ and square roots, as a float; None otherwise."""
    try:
        return _evaluate(node)
    except (ValueError, ZeroDivisionError, OverflowError, TypeError):
        return None


def _evaluate(node: Node) -> float | None:
    if isinstance(node, Num):
        return float(node.text)
    if isinstance(node, Neg):
        inner = _evaluate(node.arg)
        return None if inner is None else -inner
    if isinstance(node, Call) and node.name == "sqrt" and len(node.args) == 1 and not node.order:
        inner = _evaluate(node.args[0])
        return None if inner is None else math.sqrt(inner)
    if isinstance(node, Bin) and node.op in {"+", "-", "*", "/", "^"}:
        left, right = _evaluate(node.left), _evaluate(node.right)
        if left is None or right is None:
            return None
        found = {"+": left + right, "-": left - right, "*": left * right,
                 "/": left / right if right else math.nan, "^": left ** right}[node.op]
        return found if isinstance(found, float) and math.isfinite(found) else None
    return None
