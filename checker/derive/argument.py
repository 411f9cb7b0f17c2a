"""The argument of a function written without parentheses: `\\sin 2\\theta`, `\\cos 0.3\\pi`,
`\\log 2\\pi\\sigma^2`, `\\cos \\omega t`.

As people write it, the argument is the product written against the function, up to the next
operator, relation, function name, big operator (`\\sum`) or derivative: `\\sin 2\\theta` is
sin(2θ), `\\sin x \\cos y` is sin(x)·cos(y), `\\log x \\cdot y` is log(x)·y. After a number
(`\\sin 2\\theta`, `\\log 2\\pi\\sigma^2`) that reading is the only one in use, unless the
product ends at `/` or at another function's name (`\\sin 2\\pi t/T`, `\\exp 2\\ln 3`: the
argument may go on); after anything else (`\\cos \\omega t`, `\\log x(1 - x)`) the writer may
have meant the first factor alone. Such a call is marked `loose`, and its other readings (the
shorter extent, the first factor alone; the longer one, through `/` and the next function) are
the readings a step that differs as read is checked under (`loose_arguments`): it fails only
when it differs under every one of them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import replace
from typing import TYPE_CHECKING

from checker.derive.guess import Guess
from checker.derive.tree import Bin, Call, Const, Node, Num, Sym, walk

if TYPE_CHECKING:
    from checker.derive.definition import Definition
    from checker.derive.notation import Parser
    from checker.derive.state import State

_BIG = {"sum", "prod", "begin", "int"}  # a big operator starts a factor of its own
# the extent each loose argument is read with, by its mark (`Call.loose`): "short" (the first
# factor alone) or "long" (on through `/` and the next function); as written when unmarked
_EXTENTS: ContextVar[dict[int, str] | None] = ContextVar("extents", default=None)


def unbracketed(p: Parser) -> tuple[Node, int]:
    """The argument of a function word not followed by `(`, and, when its extent is a guess,
    its mark (1 + where it starts in the text; else 0)."""
    t = p.peek()
    mark = (t.pos + 1) if t is not None else 0
    extent = (_EXTENTS.get() or {}).get(mark, "")
    factors = [p.power()]
    while extent != "short" and (_continues(p) or extent == "long" and _next_function(p)):
        factors.append(p.power())
    node = factors[0]
    for f in factors[1:]:
        node = Bin("*", node, f)
    while extent == "long" and p.at("op", "/"):
        p.take()
        node = Bin("/", node, p.power())
    first, rest = factors[0], factors[1:]
    certain = (not rest or (isinstance(first, Num) and all(_plain(f) for f in rest))) and \
        not p.at("op", "/") and not _next_function(p)
    return node, 0 if certain and not extent else mark


def _next_function(p: Parser) -> bool:
    """The next token names a function (`\\ln`, `\\operatorname{erf}`, `f(`): the argument
    before it may end there or take it in (`\\exp 2\\ln 3`)."""
    t = p.peek()
    return t is not None and (t.kind == "word" or t.kind in {"letter", "greek"} and
                              p.at("open", "(", 1) and
                              (t.value in p.functions or t.value in {"f", "g", "h"}))


def _continues(p: Parser) -> bool:
    """The next token is a factor that belongs to the argument (a name, a number, a bracket,
    a fraction), not a function's name, a big operator, a derivative or a word."""
    if not p.starts_factor():
        return False
    t = p.peek()
    assert t is not None
    if t.kind in {"word", "ellipsis"} or (t.kind == "cmd" and t.value in _BIG):
        return False
    if t.kind == "op":  # ∂, ∇ (a derivative), |x| and ‖x‖ beside the argument: unclear
        return False
    # \log x f(x): the next function's name
    return not (t.kind in {"letter", "greek"} and p.at("open", "(", 1) and
                (t.value in p.functions or t.value in {"f", "g", "h"}))


def _plain(node: Node) -> bool:
    """A name or constant, perhaps raised to a power: `\\pi`, `\\theta`, `\\sigma^2`, `x_i`."""
    if isinstance(node, Bin) and node.op == "^":
        node = node.left
    return isinstance(node, (Sym, Const))


def loose_arguments(sides: tuple[Node, ...], state: State, line: int,
                    text: str) -> list[Guess]:
    """A function whose argument, written without parentheses, was read as the product after
    it (`\\cos \\omega t` as cos(ωt)) in the step or in a definition it reaches: the writer may
    have meant a shorter or a longer one. The guess's readings: the step's sides under the
    other extents of its own loose calls, or, when only definitions it reaches have some, the
    step in a context with those definitions read so (none when both have them)."""
    from checker.derive.render import render

    own = [n for side in sides for n in walk(side) if isinstance(n, Call) and n.loose]
    defined = _loose_definitions(sides, state, line)
    loose = own or [c for d in defined for c in walk(d.body) if isinstance(c, Call) and c.loose]
    if not loose:
        return []
    shown = render(loose[0])
    readings = tuple(_readings(sides, state, line, text, own)) if not defined else \
        tuple(_redefined(sides, state, line, defined)) if not own else ()
    return [Guess(f"{shown}: the argument written without parentheses read as the whole "
                  "product after the function",
                  f"write the argument in parentheses (`\\{loose[0].name}(...)`)", readings)]


def _loose_definitions(sides: tuple[Node, ...], state: State, line: int) -> list[Definition]:
    """The definitions the step reaches (through names and functions, up to 40) whose bodies
    have a loose call."""
    from checker.derive.structure import definitions_reached

    return [d for d in definitions_reached(sides, state, line)
            if any(isinstance(n, Call) and n.loose for n in walk(d.body))]


def _redefined(sides: tuple[Node, ...], state: State, line: int,
               defined: list[Definition]) -> Iterator[tuple]:
    """The step's sides, each in a context where the definitions it reaches are read with the
    other extents of their loose calls, every combination (all, or none when one cannot be
    read again or is not found in its text)."""
    from checker.derive.attempt import widened

    texts = []  # for each definition: its text and where its body stands among the members
    for d in defined:
        place = next(((t, read.index(d.body)) for t in state.texts.get(d.line, [])
                      if (read := _members(t, state, d.line, {})) and d.body in read), None)
        if place is None:
            return
        texts.append(place)
    marks = [(k, c.loose) for k, d in enumerate(defined)
             for c in {n.loose: n for n in walk(d.body) if isinstance(n, Call) and n.loose}.values()]
    if len(marks) > _MOST:
        return
    out = []
    for choice in itertools.product(("", "short", "long"), repeat=len(marks)):
        if not any(choice):
            continue
        ctx = widened(state.ctx)
        for k, d in enumerate(defined):
            extents = {mark: c for (j, mark), c in zip(marks, choice) if j == k and c}
            if not extents:
                continue
            at, again = texts[k][1], _members(texts[k][0], state, d.line, extents)
            if again is None or at >= len(again):
                return
            ctx.define(d.name, again[at], line, d.params)
        out.append((*sides, ctx))
    yield from out


_MOST = 2  # loose calls in one step whose extents are tried in every combination


def _readings(sides: tuple[Node, ...], state: State, line: int, text: str,
              calls: list[Call]) -> Iterator[tuple[Node, ...]]:
    """The step's sides with its loose calls read with the other extents, each combination
    (all of them, or none when one cannot be read or the sides are not found in the text)."""
    marks = sorted({c.loose for c in calls})
    read = _members(text, state, line, {})
    if read is None or len(marks) > _MOST:
        return
    places = [next((i for i, m in enumerate(read) if m == side), None) for side in sides]
    if any(p is None and any(isinstance(n, Call) and n.loose for n in walk(side))
           for p, side in zip(places, sides)):
        return  # a side from another formula (`= ...` continuing one) with a loose call
    out = []
    for choice in itertools.product(("", "short", "long"), repeat=len(marks)):
        if not any(choice):
            continue
        again = _members(text, state, line, {m: c for m, c in zip(marks, choice) if c})
        if again is None or len(again) != len(read):
            return
        alternative = tuple(side if p is None else again[p] for p, side in zip(places, sides))
        if alternative != sides and alternative not in out:
            out.append(alternative)
    yield from out


def _members(text: str, state: State, line: int, extents: dict[int, str]) -> list[Node] | None:
    """The members of every relation of the formula `text` (on `line`), read with `extents`
    for its loose arguments; None when it cannot be read so."""
    from checker.derive.statement import parse_statements

    known = state.ctx.known  # as the document reads the formula (formula._formula)
    own = state.heads.get((line, text), frozenset()) - known.plain
    if own - known.functions:
        known = replace(known, functions=known.functions | own)
    token = _EXTENTS.set(extents)
    try:
        segments = parse_statements(text, known)
    except Exception:  # noqa: BLE001 - unreadable so: that reading is not known
        return None
    finally:
        _EXTENTS.reset(token)
    return [m for s in segments for m in s.relation.members]
