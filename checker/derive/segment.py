"""One statement of a formula (`segment`): the line of each `=`, a statement that cannot be
read, a continuation (`= ...`) and what it continues, a tuple or vector of values bound, a
shape noted, and the rest handed to its pieces (equality.py)."""

from __future__ import annotations

import re
from dataclasses import replace

from checker.derive import bias, denomination, einstein, mention, metric, phrase, window
from checker.derive.occasion import cased
from checker.derive.errors import Unreadable
from checker.derive.arrangement import arrangement
from checker.derive.guard import Place, failure
from checker.derive.markdown import Formula
from checker.derive.meaning import Lowering
from checker.derive.member import binds_tuple, binds_vector, is_numeric
from checker.derive.piece import classify_statement, read_pieces
from checker.derive.progress import Previous, Walk
from checker.derive.regex import Regex
from checker.derive.render import render
from checker.derive.result import Step
from checker.derive.roles import Role
from checker.derive.roster import listed_members
from checker.derive.shape import shape_steps
from checker.derive.state import State
from checker.derive.statement import Segment, parse_statements
from checker.derive.tree import Call, Node, Sym
from checker.derive.update import bind_vector

RELATION_TEXT = Regex(r"=|\\approx|\\Rightarrow|\\Longrightarrow|\\implies")


# a series that goes on without end: the last term an elision, before any closing brackets
_ENDLESS = Regex(r"[+-]\s*(?:\\cdots|\\dots|\\ldots|⋯|…)\s*(?:(?:\\(?:right|[bB]ig+[lr]?))?\s*[)\]]\s*)*$")


def unread_meaning(w: Walk, seg: Segment, line: int) -> None:
    """`v_t = μv_{t-1} - η∇f(θ_{t-1} + μv_{t-1})` unreadable after v_t was defined: the name may
    take a new meaning there (Nesterov after momentum), so from that line its old one is a
    guess: steps that read it can hold, never fail. A new name so defined is recorded as
    unread (omission.py): read as a free variable later, that is a guess too. A defined
    function written again as a series that goes on without end (`f(x) = \\frac{4}{\\pi}(\\sin x
    + \\frac{\\sin 3x}{3} + \\cdots)`, unread for its elision) is its expansion: it keeps its
    meaning (a new function is never given by terms left unwritten)."""
    if seg.head is not None and w.state.definition_of(seg.head, line) is not None:
        if not (isinstance(seg.head, Call) and _ENDLESS.search(seg.source)):
            w.state.guessed(seg.head, line)
    elif isinstance(seg.head, Sym):  # `I = \int e^x \sin x\,dx`: I is the text's (omission.py)
        w.state.unread.setdefault(seg.head.name, line)


def unread_value(w: Walk, seg: Segment, line: int) -> None:
    """`ε = Σ_i w_i 1[y_i ≠ h(x_i)] = 3 × 0.1 = 0.3` unreadable in its middle: a new name (no
    definition, no value yet) whose statement chains it by `=` and `≈` to a number is given that
    number, the example's value, for the steps after it (its own links to the unread members
    stay unread; the chain after them is checked as its own statement)."""
    head = seg.head
    if not (seg.chained and isinstance(head, Sym) and seg.last is not None and
            is_numeric(seg.last)) or w.state.definition_of(head, line) is not None or \
            w.state.ctx.bound({head.name}, line):
        return
    w.state.bind(head, seg.last, line, approx=bool(re.search(r"\\approx|≈", seg.source)))


def segment(w: Walk, seg: Segment, f: Formula) -> None:
    # a step is reported on the line of its `=` (a statement can run over several lines)
    lines = [f.line + k for k in seg.relation.lines]
    if seg.offset:  # a statement on a later line of a multi-line $$ block
        f = replace(f, line=f.line + seg.offset)
    if seg.error is not None:  # this statement cannot be read; the others are
        if RELATION_TEXT.search(seg.source):
            if listed_members(seg.source, w.state.ctx.known) is None:  # not w = (w_1, …, w_d)
                w.steps.append(failure(seg.error, Place(f.line, source=seg.source), ""))
            unread_meaning(w, seg, f.line)
            unread_value(w, seg, f.line)
            if seg.last is not None:  # a = (1, \dots) = 2 + 3 unread: a `= 5` after it goes
                w.previous = Previous([seg.last], f.block, f.line, ())  # on from 2 + 3
            elif not seg.continues:  # E[h'] = E[r]/p h unread: a `= p/p h` after it goes
                w.previous = None  # on with it, not with an earlier formula
        return  # a `= ...` after it continues from the last expression that was read
    trail, w.trail = w.trail, None  # only a continuation carries it on
    if seg.condition:
        return  # `\text{if } y = 1`: restricts the statement before it, is not a step
    given = seg.given + w.given
    members, ops = list(seg.relation.members), list(seg.relation.ops)
    if einstein.declared(w.state.prose):  # x_i x_i: Σ_i x_i x_i, in Einstein's notation
        members = [einstein.summed(m) for m in members]
    candidates: list[Node] = []
    if members[0] is None and _continues_prose(f):  # "mean $= 0.325$": the value of a
        if len(members) > 2:  # quantity named in words; "평균 $= (1 + 3)/2 = 2$": the
            denomination.in_units(w, seg.units[1:], members[1:], ops[1:], ([], None), f,
                                  given, lines[1:], seg.source)  # the rest holds
        name = (mention.named(w.state, f.before, f.line) or
                mention.converted(w.state, f, w.last[0])) if is_numeric(members[-1]) else None
        if name is not None:  # "for SNR $= 0.01$": the math's \mathrm{SNR}, given its value;
            # "$v = 72$ km/h $= 20$ m/s": v in the unit the text computes in
            w.state.bind(name, members[-1], f.line, case=cased(f.lead or f.before),
                         approx=ops[-1] == "≈")
        return
    if members[0] is None and opens_cell(f):
        return  # `| $2/768$ | $\approx 0.0510$ |`: the row's value in another column
    if members[0] is None:  # `= ...` continues the previous formula
        candidates = _continuation(w)
        lone = _after_lone(f, w.last[0], w.state)
        if lone is not None:  # "$\tanh'$ ($\approx 0.42$)": that expression's value
            w.last = (w.last[0], w.last[0])  # "(≈ 0.42, ≈ 0.0099)": both
            if not lone:
                return
            candidates = lone
        if not candidates:
            w.steps.append(Step(f.line, "unreadable", "", "",
                                "could not read: a formula starting with `=` and no "
                                "readable formula before it to continue", source=f.text))
            if len(members) == 2:  # `= p/p h` after an unread line: `= h` goes on from it
                w.previous = Previous([members[1]], f.block, f.line, ())
            return
        members[0] = candidates[0]
    if binds_tuple(members, ops, f.line, w.state):
        for name, value in zip(members[0].dims, members[1].dims):  # type: ignore[union-attr]
            w.state.bind(name, value, f.line)  # type: ignore[arg-type]
        return
    if binds_vector(members, ops, f.line, w.state):
        bind_vector(w.state, members[0], members[1], f.line,  # type: ignore[arg-type]
                    approx=ops[0] == "≈")
        if len(members) > 2:  # ỹ = (0.9 + 0.0333, ...) ≈ (0.9333, ...): the rest is checked
            read_pieces(w, members[1:], ops[1:], [], None, f, seg.given + w.given, lines[1:])
        return
    layout = arrangement(members, ops)
    if layout is not None:  # (∂f/∂X)_{ij} = ∂f/∂X_{ij}: the convention, no step
        w.state.ctx.layout = layout
        return
    role = classify_statement(members, ops)
    if role is Role.SHAPE:
        name, shape = members
        if name.base[:1].isupper():  # type: ignore[union-attr]  # ŷ ⇒ (364, 1): a note
            w.state.ctx.declare_shape(name.name,  # type: ignore[union-attr]
                                      tuple(render(x) for x in shape.dims))  # type: ignore
        return
    if role is Role.SHAPE_RULE:
        w.steps.extend(shape_steps(members, f.line, f.text))
        return
    if not candidates and _wrong_metric(w, seg, members, ops, f, lines[0] if lines else f.line):
        denomination.in_units(w, seg.units[1:], members[1:], ops[1:], ([], None), f, given,
                              lines[1:], seg.source)
        return  # `F_1 = (P + R)/2 = 0.825`: the formula is reported, its arithmetic checked
    at = _term_missing(w, members, ops, f, lines) if not candidates else None
    if at is not None:  # "(편향 포함): $3·3·8·16 = 1152$": the count is reported, the rest read
        denomination.in_units(w, seg.units[at + 1:], members[at + 1:], ops[at + 1:],
                              ([], None), f, given, lines[at + 1:], seg.source)
        return
    denomination.in_units(w, seg.units, members, ops, (candidates, trail), f, given, lines,
                          seg.source)


def _wrong_metric(w: Walk, seg: Segment, members: list[Node], ops: list[str], f: Formula,
                  line: int) -> bool:
    """A head naming a standard metric (metric.py) with another formula in its own inputs:
    the step is reported as failing (True), else nothing is (False)."""
    if len(members) < 2 or ops[0] != "=" or not isinstance(members[0], Sym):
        return False
    for found in metric.head_metrics(render(members[0])):
        spelled = metric.template(found, metric.right_text(seg.source), w.state.prose)
        if spelled is None:
            continue
        try:
            low = Lowering(w.state.ctx, line)
            standard, every, *mirror = (low.expr(parse_statements(text, w.state.ctx.known)[0]
                                                 .relation.members[0])
                                        for text in (spelled.text, spelled.every) +
                                        ((spelled.mirror,) if spelled.mirror else ()))
            written = low.expr(members[1])
        except Exception:  # noqa: BLE001 - a formula not read is not compared
            continue
        if metric.differs(written, standard, every, mirror[0] if mirror else None):
            w.steps.append(Step(line, "fails", render(members[0]), render(members[1]),
                                f"not the formula of the metric named: {found.shown}, and "
                                f"{render(members[1])} is not it (the arithmetic after it "
                                f"does not change that); write the standard formula, or "
                                f"use a name of your own for another quantity",
                                source=f.text, relation="="))
            return True
    return False


def _term_missing(w: Walk, members: list[Node], ops: list[str], f: Formula, lines: list[int]
                  ) -> int | None:
    """A count whose words say what it counts, written without one of its terms: a parameter
    count said to include the biases as a product of the layer's sizes (bias.py), an output
    size as the count of a window's moves without its + 1 (window.py). The step from it is
    reported as failing, and its member's position returned; None when there is none."""
    at = 1 if isinstance(members[0], Sym) and ops[:1] == ["="] else 0
    if len(members) < at + 2 or ops[at] not in ("=", "≈"):
        return None
    product, found = bias.factors(members[at]), window.moves(members[at])  # type: ignore
    if product is None and found is None:
        return None
    lead, after = bias.line_of(f.before, True), bias.line_of(f.after, False)
    after += " " + _rest_of_line(w, f)  # a later formula's `+ 1`, `+ 16` shows there
    above = w.state.prose.split("\n")[max(0, f.line - 6):f.line - 1]
    nearby = "\n".join(above + [f.before]).replace("{,}", "")
    why = None
    if product is not None and bias.claims_bias(lead, after) and \
            bias.leaves_out(product, nearby):
        why = (f"a count said to include the biases is a product of the layer's sizes alone "
               f"({render(members[at])}), which counts the weights only (received); the "
               f"biases add one per output unit (expected): add them, or say the count is "
               f"without biases")
    elif found is not None:
        why = window.one_short(found, lead, after, nearby)
    if why is None:
        return None
    w.steps.append(Step(lines[at] if at < len(lines) else f.line, "fails",
                        render(members[at]), render(members[at + 1]),  # type: ignore[arg-type]
                        why, source=f.text, relation=ops[at]))
    return at


def _rest_of_line(w: Walk, f: Formula) -> str:
    """The source of the formula's line after it, later formulas as written (`, so $14 + 1 =
    15$`); empty when the formula is not found on its line."""
    lines = w.state.prose.split("\n")
    line = lines[f.line - 1] if 0 < f.line <= len(lines) else ""
    at = line.find(f.text) if f.text else -1
    return line[at + len(f.text):] if at >= 0 else ""


def opens_cell(f: Formula) -> bool:
    """An inline `≈ 0.0510` or `= 0.64` that opens a cell of a Markdown table: a cell boundary
    `|` stands between it and the formula before it, whose value it need not be (`| variance |
    std |` over `| $2/768$ | $\approx 0.0510$ |`: the column gives another quantity of the
    row, here the root). Which one only the header says, so no step is read."""
    return not f.display and f.before.lstrip().startswith("|") and \
        "|" in f.before.split("$")[-1]


def _continuation(w: Walk) -> list[Node]:
    if w.previous is None:
        return []
    seen, out = set(), []
    for m in w.previous.members + w.block_exprs.get(w.previous.block, [])[::-1]:
        if id(m) not in seen:
            seen.add(id(m))
            out.append(m)
    return out


def _after_lone(f: Formula, before: Formula | None, state: State) -> list[Node] | None:
    """An inline `≈ 0.42` right after an inline expression with no relation of its own
    ("the slope $\tanh'$ ($\approx 0.42$)") gives that expression's value, not a step of the
    formula before it: [the expression], [] when it cannot be read, None otherwise."""
    if f.display or before is None or before.display or before.block != f.block or \
            RELATION_TEXT.search(before.text):
        return None
    try:
        segments = parse_statements(before.text, state.ctx.known)
    except (Unreadable, RecursionError):
        return []
    members = segments[0].relation.members if len(segments) == 1 and \
        segments[0].error is None else ()
    return [members[0]] if len(members) == 1 and members[0] is not None else []




def _after_aside(before: str) -> bool:
    """The prose right before an inline `= ...` closes a parenthesis opened before the formula
    ahead of it ("4 B + 4 B (Adam $m$, $v$) $= 16$ B", "the total (with $a$ bound) $= 5$"):
    that formula is part of an aside, and the `=` gives the value of what the words before
    the aside state, never the aside's last name."""
    parts = before.split("$")  # (the formulas before it in the paragraph: a bare `$` each)
    tail = parts[-1].strip()
    if len(parts) < 2 or not tail or set(tail) - set(")）"):
        return False
    prose = "".join(parts[:-1])
    return prose.count("(") + prose.count("（") - prose.count(")") - prose.count("）") \
        >= len(tail)


def _continues_prose(f: Formula) -> bool:
    """An inline `= ...` right after a word that names a quantity ("mean $= 0.325$"), not after
    a formula or a connective ("so $= 2$")."""
    if f.display:
        return False
    if _after_aside(f.before):
        return True
    words = f.before.split("$")[-1].strip(" ,:;").lower()
    return bool(words) and any(c.isalpha() for c in words) and \
        not any(words.endswith(cue) for cue in phrase.CONTINUING)


