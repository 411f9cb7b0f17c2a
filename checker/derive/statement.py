"""A formula → its statements: split at `\\quad`, `,`, `\\\\` and text such as `if`.

Each statement is a relation chain (`a = b = c`, `A ⇒ B`); a statement that starts with a
relation symbol continues the previous formula; one after `\\text{if}` is only a condition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from checker.derive import acronym, pair, remnant
from checker.derive.errors import Unreadable
from checker.derive.extent import times_shapes
from checker.derive.glyph import prepare
from checker.derive.lexeme import Token, matching
from checker.derive.lexer import tokenize
from checker.derive.marking import unit_marks, units_of
from checker.derive.notation import CONDITIONAL, NOTHING, Names, Parser, unit
from checker.derive.partial import partials
from checker.derive.partition import (
    _drop_aligned,
    _named,
    _reasons,
    _split,
    _system,
    half_open,
)
from checker.derive.sets import named_set, set_operation
from checker.derive.shorthand import shorthand
from checker.derive.tag import untagged
from checker.derive.tree import Call, Const, Node, Num, Relation, Sym, walk
from checker.derive.unit import counting_word

_RATIO = (": a ratio `a : b` is not read (write it as a fraction `a/b`), nor a colon after "
          "anything but a label (write `\\text{C1}: ...` or the label in prose)")


PROPORTIONAL = "∝"
_UNPROPORTIONAL = (
    "a relation this checker decides (=, ≈, <, ≤)",
    "`\\propto` (proportional to: equal up to a factor constant in the variable, which is not "
    "checked; the equalities after it are): write the constant, `p(θ) = c \\cdot θ^2`, to have "
    "the link checked")


@dataclass(frozen=True)
class Segment:
    """One statement of a formula: a relation chain, whether it is only a condition, and the
    conditions that restrict it (`... \\quad \\text{if } x > 0`, `... \\quad i = j`)."""

    relation: Relation
    condition: bool = False
    continues: bool = False  # the segment started with a relation symbol (`= ...`)
    offset: int = 0  # lines from the formula's first line to this statement's
    given: tuple[Relation, ...] = ()
    error: Unreadable | None = None  # this statement could not be read (the others can)
    source: str = ""  # its text, as written
    head: Node | None = None  # of a statement that could not be read: its first member, read
    last: Node | None = None  # and its last member, read: what a `= ...` after it goes on from
    units: tuple[str, ...] = ()  # each member's unit word (`2\\,\\text{B}`), "" for none
    chained: bool = False  # of one that could not be read: its relations are all `=` or `≈`


def parse_statements(text: str, known: Names = NOTHING) -> list[Segment]:
    """A formula → its statements, split at `\\quad`, `,`, `\\\\` and text such as `if`; a
    statement that cannot be read is kept with its error, the others are read."""
    text = prepare(text)  # token positions refer to this text
    tokens = times_shapes(_reasons(untagged(_drop_aligned(_system(
        acronym.joined(tokenize(text), known.runs))))), text)
    marks, tokens = unit_marks(tokens, known.kelvin)  # 1.5 \text{ GiB}, 0.01\ \text{m}^3
    tokens = [t for k, t in enumerate(tokens) if not counting_word(tokens, k)]  # 640 params
    tokens = [_named(tokens, k) for k in range(len(tokens))]  # \text{rel. error} = ...
    if tokens and tokens[0].kind == "open" and tokens[0].value == "\\{" and \
            tokens[-1].kind == "close" and tokens[-1].value == "\\}":
        tokens = tokens[1:-1]  # { w = w - \alpha ... }: an update rule in set braces
    known = unit(known, tokens)
    segments: list[Segment] = []
    chunks = [(c, cond) for c, cond in _split(tokens) if c]
    chunks = _asides(chunks, text)
    spent: set[int] = set()
    for k, (chunk, condition) in enumerate(chunks):
        if half_open(chunk) or named_set(chunk):
            continue  # B_1 = [0, 1/3), A = {1, 2, 4}: a set defined (sets are not steps)
        continues = chunk[0].kind == "rel"
        offset = text[:chunk[0].pos].count("\n")
        end = chunks[k + 1][0][0].pos if k + 1 < len(chunks) else len(text)
        source = text[chunk[0].pos:end].strip()
        body = chunk[1:] if continues else chunk
        if k in spent:  # the second of a pair of values (`3 \pm \sqrt5 \approx 5.24, 0.76`)
            continue
        try:
            if pair.signed(body) and not condition and pair.spread(body):
                raise Unreadable(*pair.SPREAD)  # (92.3 ± 0.4) - (90.1 ± 0.3): no sign branches
            if pair.signed(body) and not condition:  # x = 2 \pm \sqrt3: two claims
                after = chunks[k + 1][0] if k + 1 < len(chunks) else None
                signs = pair.reading(_read(pair.branch(body, 0), known),
                                     _read(pair.branch(body, 1), known), after, known.plain)
                if signs.spent:
                    spent.add(k + 1)
                if signs.unpaired or continues:
                    segments.append(Segment(Relation((), ()), condition, continues, offset,
                                            error=Unreadable(*pair.UNPAIRED), source=source))
                for rel in signs.pieces:
                    lines = tuple(text[:pos].count("\n") for pos in rel.lines)
                    segments.append(Segment(replace(rel, lines=lines), condition, False, offset,
                                            source=source))
                continue
            rel = _read(body, known)
        except Unreadable as err:
            segments.append(Segment(Relation((), ()), condition, continues, offset,
                                    error=set_operation(chunk, err) or err, source=source,
                                    head=remnant.head(body, known),
                                    last=remnant.last(body, known),
                                    chained=remnant.chained(body)))
            tail = None if condition else remnant.tail(body, known)
            if tail is not None:  # ∇_z = ½(0.5, -0.7) ≈ (0.25, -0.35): the rest still claims
                lines = tuple(text[:pos].count("\n") for pos in tail.lines)
                segments.append(Segment(replace(tail, lines=lines), offset=offset, source=source,
                                        units=remnant.tail_units(body, marks,
                                                                 len(tail.members))))
            continue
        pieces = [(rel, continues)]
        if PROPORTIONAL in rel.ops:  # p(θ) ∝ θ^2·θ^3 = θ^5: the ∝ unread, the equalities read
            segments.append(Segment(Relation((), ()), condition, continues, offset,
                                    error=Unreadable(*_UNPROPORTIONAL), source=source,
                                    head=rel.members[0], last=rel.members[-1]))
            pieces = [(r, continues and k == 0) for k, r in enumerate(_apart(rel))
                      if len(r.members) >= 2]
        for rel, continues in pieces:
            rel = partials(shorthand(rel, known), known)
            lines = tuple(text[:pos].count("\n") for pos in rel.lines)
            if continues:
                lines = (text[:chunk[0].pos].count("\n"),) + lines
                rel = Relation((None,) + rel.members, (chunk[0].value,) + rel.ops)  # type: ignore
            rel = replace(rel, lines=lines)  # the line (from the formula's first) of each symbol
            units = units_of(chunk, marks, len(rel.members)) if marks and len(pieces) == 1 and \
                PROPORTIONAL not in rel.ops else ()
            if not condition and segments and (_index_condition(rel, segments[-1].relation) or
                                               _value_condition(rel, segments[-1].relation)):
                condition = True  # ∂a_i/∂z_j = a_i(1 - a_i) \quad i = j;  σ'(x) = 1/4 \quad x = 0
            if condition and segments and not segments[-1].condition and \
                    segments[-1].error is None:
                last = segments[-1]
                segments[-1] = replace(last, given=last.given + (rel,))
            segments.append(Segment(rel, condition, continues, offset, source=source, units=units))
            head = rel.members[0] if rel.members and rel.ops[:1] == ("=",) else None
            if isinstance(head, Call) and not head.order and head.name not in known.functions:
                # u(x) = ..., \qquad g(x) = x u(x): u is a function for the statements after it
                known = replace(known, functions=known.functions | {head.name})
    return segments


# the one relation of a condition or a value set apart in parentheses (never `:=`, which
# defines, nor a relation with words around it, `(δ_i := 0 \\text{ outside } ...)`)
ASIDE = [[op] for op in ("=", "≠", "<", ">", "≤", "≥")]


def _asides(chunks: list[tuple[list[Token], bool]],
            text: str) -> list[tuple[list[Token], bool]]:
    """Each relation in parentheses set apart after a statement (`\\quad (\\gamma = 0.9)`, or
    spaced off at its end: `\\lambda \\operatorname{sign}(w)\\ (w \\ne 0)`) made a condition
    of its own (_aside); `P(X = 1)`, written against its name, stays a call."""
    out: list[tuple[list[Token], bool]] = []
    for chunk, cond in chunks:
        if out and _aside(chunk):
            out.append((chunk[1:-1], True))
            continue
        start = next((j for j in range(1, len(chunk)) if chunk[j].kind == "open" and
                      chunk[j].value == "(" and matching(chunk, j) == len(chunk) - 1), None)
        if start is not None and _aside(chunk[start:]) and \
                re.search(r"\\(?:[ ,;:]|quad|qquad)", text[chunk[start - 1].pos:chunk[start].pos]):
            out += [(chunk[:start], cond), (chunk[start + 1:-1], True)]
            continue
        out.append((chunk, cond))
    return out


def _aside(chunk: list[Token]) -> bool:
    """`\\ (w \\ne 0)`, `\\quad (\\gamma = 0.9)`: a relation in parentheses set apart after a
    statement, the condition it holds under or the value it is made at (as `\\quad x = 0`
    is), never a statement of its own."""
    return len(chunk) >= 5 and chunk[0].kind == "open" and chunk[0].value == "(" and \
        matching(chunk, 0) == len(chunk) - 1 and \
        [t.value for t in chunk if t.kind == "rel"] in ASIDE and chunk[1].kind != "rel" and \
        chunk[-2].kind != "rel" and not any(t.kind == "text" or (t.kind == "open" and
                                                                 t.value == "(") for t in chunk[1:]) \
        and _readable(chunk[1:-1])


def _readable(body: list[Token]) -> bool:
    """Whether the tokens read as one relation (an aside that does not stays where it is),
    its own: a relation inside an indicator's braces (`u\\,(\\tau - \\mathbb 1\\{u < 0\\})`)
    is part of a factor, and the parentheses hold no relation at all."""
    try:
        return len(_read(body, NOTHING).ops) == 1
    except (Unreadable, RecursionError):
        return False


def _read(body: list[Token], known: Names) -> Relation:
    """One statement's tokens, all of them, as a relation chain."""
    p = Parser(body, known)
    rel = p.relation()
    if _epoch_head(rel):  # η(e) = ...: e is the function's argument, not Euler's e
        p = Parser(body, replace(known, values=known.values | {"e"}))
        rel = p.relation()
    if not p.done():
        t = p.peek()
        raise Unreadable("an operator or the end of the formula", CONDITIONAL
                         if t.value == "∣" else f"`{t.value}`" + (
                             _RATIO if t.value == ":" else ""))  # type: ignore[union-attr]
    return rel


def single_statement(text: str) -> Relation | None:
    """The one statement `text` makes, read exactly (`name = expression` in prose or a
    where-clause); None when it is unreadable, a condition, or several statements."""
    try:
        segments = parse_statements(text)
    except (Unreadable, RecursionError):
        return None
    if len(segments) != 1 or segments[0].error is not None or segments[0].condition:
        return None
    return segments[0].relation


def _apart(rel: Relation) -> list[Relation]:
    """A chain's pieces between its `∝` links (`f = 3x^2 ∝ x^2 = x·x`: f = 3x^2, x^2 = x·x)."""
    pieces, start = [], 0
    for k, op in enumerate(rel.ops + (PROPORTIONAL,)):
        if op == PROPORTIONAL:
            pieces.append(Relation(rel.members[start:k + 1], rel.ops[start:k],
                                   rel.lines[start:k]))
            start = k + 1
    return pieces


def _epoch_head(rel: Relation) -> bool:
    head = rel.members[0] if rel.members else None
    return isinstance(head, Call) and rel.ops[:1] in (("=",), (":=",)) and \
        any(isinstance(a, Const) and a.name == "e" for a in head.args)


def _index_condition(rel: Relation, before: Relation) -> bool:
    """`i = j`, `k \\ne i` after a statement whose symbols carry those indices."""
    if len(rel.members) != 2 or rel.ops[0] not in {"=", "≠"} or not all(
            isinstance(m, Sym) and not m.index and len(m.base) == 1 for m in rel.members):
        return False
    indices = {str(i) for m in before.members if m is not None for n in walk(m)
               if isinstance(n, Sym) for i in n.index}
    return all(m.base in indices for m in rel.members)  # type: ignore[union-attr]


def _value_condition(rel: Relation, before: Relation) -> bool:
    """`\\sigma(x) \\approx 0.5 \\quad x = 0`, `f'(x) = 1/4,\\ x = 0`: a name set to a number right
    after a claim about an expression in that name (not after a definition or a binding such
    as `L = (wx - y)^2, x = 3`, which bind x for what follows): the point the claim is made at."""
    if len(rel.members) != 2 or rel.ops != ("=",) or not isinstance(rel.members[0], Sym) or \
            not isinstance(rel.members[1], Num) or len(before.members) < 2:
        return False
    head = before.members[0]
    if head is None or isinstance(head, (Sym, Num)) or all(isinstance(m, (Sym, Num)) for m in before.members):
        return False  # L = ..., x = 3: a definition, then a binding
    name = rel.members[0].name
    if _parameter_value(name, before):
        return False
    return any(isinstance(n, Sym) and n.name == name for m in before.members if m is not None
               for n in walk(m))


def _parameter_value(name: str, before: Relation) -> bool:
    """`f(x) = \\max(ax, x), \\qquad a = 0.01`, `p(t) = e^{-\\lambda t},\\ \\lambda = 2`: a
    function defined in its arguments, then a number for a name of its body that is not one of
    them: the definition's parameter, set for what follows (not the point of a claim, which
    sets an argument: `\\sigma'(x) = 1/4 \\quad x = 0`)."""
    head = before.members[0]
    if len(before.members) != 2 or before.ops[0] not in {"=", ":="} or \
            not isinstance(head, Call) or head.order or not head.args:
        return False
    arguments = {a.name for a in head.args if isinstance(a, Sym)}
    return len(arguments) == len(head.args) and name not in arguments
