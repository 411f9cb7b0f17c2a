"""Each chain of equalities handled by the role of its head (`read_chain`): a definition, a
binding, an update, a condition, a claim checked step by step; an update's and a vector's values
bound (`update.py`). A statement is split at implications and other relations into these chains
in `piece.py` (`read_pieces`)."""

from __future__ import annotations

from dataclasses import replace

from checker.derive import (
    caption,
    case,
    closure,
    curve,
    measure,
    point,
    preimage,
    reciprocal,
    rubric,
    unit,
)
from checker.derive import step as steps_
from checker.derive.alias import middle_alias, names_by_value, without
from checker.derive.binding import bold_constant
from checker.derive.chain import Trail, follow
from checker.derive.conjunction import listed_after
from checker.derive.consequence import derived
from checker.derive.equation import first_order
from checker.derive.grid import members
from checker.derive.instantiation import substituted
from checker.derive.introduction import solved_for
from checker.derive.link import Link, gradient_name
from checker.derive.markdown import Formula
from checker.derive.member import (
    binds_all,
    is_numeric,
    names_the_value,
    new_function,
    new_name,
    unoriented,
)
from checker.derive.occasion import beside_definition, cased, opens_with, recaptioned
from checker.derive.outcome import stated_value
from checker.derive.prime import given_primed
from checker.derive.progress import Walk
from checker.derive.render import render
from checker.derive.result import STEPS_PER_FORMULA, Step
from checker.derive.roles import (
    CURVE,
    GIVEN_MEASURE,
    INTRODUCED,
    NAMED_QUANTITY,
    NUMBER_SUPPOSED,
    PLAIN_BINDING,
    SQUARE_SUPPOSED,
    Role,
    classify,
    contested,
    guessed_meaning,
    reason,
)
from checker.derive.rounding import written_number
from checker.derive.shape import nonconforming
from checker.derive.sharing import shared
from checker.derive.stance import Act
from checker.derive.supposition import put_into_formula, worded_case
from checker.derive.system import of_system
from checker.derive.tree import Call, Deriv, Node, Relation, Sym, walk
from checker.derive.update import updated

# -- a chain of equalities: one handler per role of its head ---------------------------

def through_placeholder(chain: list[Node], line: int, state) -> Node:
    """The value a definition chain gives its head: its first member, or its last when the
    first is written only in names the text never defines nor binds and the last no longer
    writes (`o(x) = e^{s} = e^{1 + 2x}`, s the score said in words: o is e^{1 + 2x};
    placeholder.py keeps the link through s undecided)."""
    if len(chain) < 3:
        return chain[1]
    head = {n.name for n in walk(chain[0]) if isinstance(n, Sym)}
    last = {n.name for n in walk(chain[-1]) if isinstance(n, Sym)}
    ctx = state.ctx
    written = [n for n in walk(chain[1]) if isinstance(n, Sym)]
    passing = [n for n in written if n.name not in head | last
               and ctx.lookup(n, line) is None and not ctx.bound({n.name}, line)
               and ctx.shape_of(n.name) is None]
    # (every name of the first value passes: `\hat v_1 = (1 - β_2) g_1^2/(1 - β_2) = g_1`,
    # β_2 given later, defines \hat v_1 by its first value, g_1 written there too)
    # (and the end is in the head's own arguments, `o(x) = ... = e^{1 + 2x}`: not a worked
    # example's number, `D = 2Σ_i p_i g_i/(...) = 4/5.1 ≈ 0.784`, with p_i a tuple's entries)
    if not head - {getattr(chain[0], "name", "")} & last:
        return chain[1]
    return chain[-1] if passing and len(passing) == len(written) else chain[1]


def read_chain(w: Walk, chain: list[Node], f: Formula, candidates: list[Node],
               consequence: bool = False, trail: Trail | None = None,
               given: tuple[Relation, ...] = (), links: list[int] | None = None,
               approx: list[bool] | None = None) -> None:
    if len(chain) < 2:
        return
    if not candidates:
        w.named = None  # a new chain: the named quantity of the last one is done (closure.py)
    named = gradient_name(chain[0], chain[1])  # `d y_i = ∂L/∂y_i`: the name dy_i
    chain = chain if named is None else [named, *chain[1:]]
    named = given_primed(chain, f.line, w.state) if not candidates else None
    chain = chain if named is None else [named, *chain[1:]]  # d' = 65.6: a second case's d
    inverse = reciprocal.introduced(chain, f.line, w.state) if not candidates and \
        not consequence else None
    if inverse is not None:  # `1/R = 1/R_1 + 1/R_2 = 1/3`: R defined, the rest claimed
        w.state.define(*inverse, f.line, until=w.state.section_end(f.line))
        read_chain(w, chain[1:], f, [], trail=trail, given=given,
                   links=links[1:] if links else links, approx=approx[1:] if approx else approx)
        return
    bare = [m for m in chain if isinstance(m, Deriv) and m.num is None and m.operand is None]
    if bare:
        w.steps.append(Step(f.line, "unreadable", render(chain[0]), render(chain[-1]),
                            f"could not read: the operator ∂/∂{render(bare[0].var)} "
                            "has nothing to apply to", source=f.text))
        rest = chain[1:]
        if bare == [chain[0]] and len(rest) > 1 and all(is_numeric(m) for m in rest):
            read_chain(w, rest, f, [])  # ∇_z = ½(0.51, -0.69) ≈ (0.25, -0.35): numbers claim
        return
    if not candidates and not consequence and point.looked_at(f, chain):
        if all(isinstance(m, Sym) for m in chain):
            w.state.set_aside({m.name for m in chain}, f.line)  # type: ignore[union-attr]
        return  # `$q = p$ 에서 0`: a point considered, q keeps its meaning
    pin = preimage.pinned(w.state, chain, f, w.supposes) if not candidates and \
        not consequence else None
    if pin is not None:  # `σ(z) = 0.8 인 점에서`: the z there, for its paragraph
        w.state.bind(pin[0], pin[1], f.line, until=w.state.paragraph_end(f.line))
        if preimage.reached(f):  # `η_t = 0.05 가 되는 시점은 $t = 1$`: the answer is checked
            w.state.asked[pin[0].name] = (f.block, f.before.count("$"),
                                          float(pin[1].text))  # type: ignore[union-attr]
        return
    if not candidates and not consequence and len(chain) == 2 and preimage.reached(f) and (
            isinstance(chain[0], Call) or w.state.definition_of(chain[0], f.line) is not None):
        return  # `η_t = 0.05 가 되는 시점`: a value asked about, pinning nothing here (not
        # "train until $T = 100$": a plain name's value)
    answer = preimage.answered(w.state, chain, f) if not candidates else None
    if answer is not None:
        w.steps.append(answer)
    if not candidates and not consequence and binds_all(chain, f.line, w.state):
        for name in chain[:-1]:
            w.state.stated.pop(getattr(name, "name", ""), None)  # a new value: not the rounded one
            w.state.bind(name, chain[-1], f.line,  # type: ignore[arg-type]
                         vector=bold_constant(f.text, name), approx=bool(approx and approx[-1]))
        return
    if not candidates and not consequence and len(chain) == 2 and \
            isinstance(chain[0], Sym) and put_into_formula(f.before, f.after):
        if is_numeric(chain[1]) and w.sentence_end > f.line:  # "take $x = 3$ in (2)": its
            w.state.bind(chain[0], chain[1], f.line, until=w.sentence_end, case=True)  # sentence
        return  # "取 $A = I$ 代入公式 2": a special case put into a formula, no new meaning
    link = Link(chain[0], chain[1], tuple(chain[1:]), f.line, w.state,
                continued=bool(candidates), consequence=consequence,
                announced=w.announced, concluded=w.concluded, piece=w.piece,
                listed=listed_after(f.before) and beside_definition(w, chain[0]),
                recaptioned=recaptioned(w, chain[0], f), case=cased(f.lead or f.before),
                opened=opens_with(f.lead or f.before),
                cases=case.piece_near(f), supposed=w.supposes,
                by_list=w.listed, worded=worded_case(f.before),
                curve=not candidates and not consequence and curve.named(f.before, chain))
    role = classify(link)
    if role is Role.DEFINITION and w.act is Act.LIMIT and \
            w.state.definition_of(chain[0], f.line) is not None:
        role = Role.CLAIM  # "when $A\\beta \\gg 1$, $G \\approx 1/\\beta$": G in that regime, a
        # claim about the G defined (undecided in the limit, stance.py), never a new meaning
    if not candidates and role is Role.LABEL and reason(link) == NAMED_QUANTITY and \
            (head := closure.named_head(chain[0])) is not None:
        w.named = (head, f.line)  # its closed form, where the chain reaches one, defines it
    grid = members(chain[0], chain[1], f.line, w.state) if role is Role.BINDING and \
        reason(link) == PLAIN_BINDING and len(chain) == 2 and not (
            link.case or link.supposed or link.opened or link.announced or link.cases or
            link.worded or f.line < w.state.aside) else None  # (a case, or another system's)
    if grid is not None:  # `O = [0 0; -2 -3]` after O_{ij} = ...: its members, claimed
        chain = [grid, *chain[1:]]
        link, role = replace(link, head=grid), Role.CLAIM
    if role is Role.DEFINITION:
        w.defined = (f, str(chain[0]))
        if caption.of(f.lead):
            w.captions[f.line] = caption.of(f.lead)  # type: ignore[assignment]
    guessed = role is Role.DEFINITION and guessed_meaning(link)
    if role is Role.CLAIM and contested(link):
        w.state.contested.setdefault(chain[0].name, f.line)  # type: ignore[union-attr]
        w.state.rivals.setdefault(chain[0].name, link.value)  # type: ignore[union-attr]
    start, end = 0, len(chain) - 1
    if role is Role.CONDITION and end == 1:
        if link.supposed and all(isinstance(m, Sym) for m in chain):
            w.state.set_aside({m.name for m in chain}, f.line)  # type: ignore[union-attr]
        if reason(link) == CURVE:  # the circle x^2 + y^2 = 25: its section's steps may use it
            w.state.curves.append((f.line, chain[0], chain[1]))
        if reason(link) == GIVEN_MEASURE:  # ‖w‖ = 2.0: the number for later steps
            measure.record(chain[0], chain[1], f.line, w.state)  # type: ignore[arg-type]
        if reason(link) == NUMBER_SUPPOSED and w.sentence_end > f.line:  # its sentence's case
            w.state.bind(chain[0], chain[1], f.line, until=w.sentence_end,  # type: ignore
                         case=True)
        return  # `z = 0` considered for a case: nothing to check
    if role is Role.DEFINITION:
        w.state.define(chain[0], through_placeholder(chain, f.line, w.state), f.line,
                       until=w.state.paragraph_end(f.line)
                       if reason(link) == SQUARE_SUPPOSED else None)
        if isinstance(chain[0], Sym) and approx and approx[-1] and \
                written_number(chain[-1]) is not None:  # `ŷ = σ(wx) ≈ 0.622`
            w.state.stated.setdefault(chain[0].name, []).append((f.line, chain[-1]))
        conforms(w, chain[0], chain[1], f)
        if guessed or (link.piece and isinstance(chain[0], Call)) or w.alternatives:
            w.state.guessed(chain[0], f.line)  # (a piece: the rest is not written)
        if guessed and not (link.piece and isinstance(chain[0], Call)) and \
                not w.alternatives:  # a whole new meaning or the old one restated: two readings
            w.state.redefined[getattr(chain[0], "name", "")] = f.line
    if role is Role.BINDING and reason(link) == INTRODUCED:  # `1 - α = 0.9`: α = 1 - 0.9
        w.state.bind(*solved_for(chain[0], chain[1], w.state, f.line), f.line)  # type: ignore
    elif role is Role.BINDING:
        w.state.stated.pop(getattr(chain[0], "name", ""), None)  # (stated again below)
        analysis = rubric.case_of(w.state, chain, f)  # `$k=1$:` beside `$k<1$:`, `$k>1$:`
        w.state.bind(chain[0], chain[1], f.line,  # type: ignore[arg-type]
                     until=analysis.until if analysis else None,
                     vector=bold_constant(f.text, chain[0]), case=link.case or bool(analysis),
                     approx=bool(approx and approx[0]))  # `p ≈ 0.33`: given rounded
        if analysis is not None and analysis.closed:
            w.state.ctx.cased.add((chain[0].name, f.line))  # type: ignore[union-attr]
        given_in = unit.prefixed(f.after) if len(chain) == 2 else None
        if given_in is not None:  # `$B = 1$ MHz`: the text may compute in Hz
            w.state.ctx.prefixed[chain[0].name] = (f.line, *given_in)  # type: ignore[union-attr]
        if unoriented(chain[0], chain[1]):  # `v_0 = (1, 0)`: a tuple, neither row nor column
            w.state.ctx.tuples.add(chain[0].name)  # type: ignore[union-attr]
    if role is Role.STATISTIC:
        w.state.ctx.statistics.setdefault((chain[0].name, chain[0].args),  # type: ignore
                                          []).append((f.line, chain[1]))
    if role in {Role.DEFINITION, Role.UPDATE, Role.CONDITION, Role.LABEL, Role.BINDING,
                Role.STATISTIC}:
        start = 1  # the rest of the chain is checked from the head's value on
    if role is Role.DEFINITION and end >= 2 and new_function(chain[1], chain[2], f.line, w.state):
        w.state.define(chain[1], chain[2], f.line)  # s = cos(a, b) = aᵀb/(‖a‖‖b‖): cos too
        start = 2
    elif role is Role.DEFINITION and end >= 2 and new_name(chain[1], f.line, w.state):
        w.state.define(chain[1], chain[2], f.line)  # d_k = d_v = d_{model}/h: d_v too
        start = 2
    if names_the_value(chain, start, f.line, w.state):
        w.state.define(chain[-1], chain[-2], f.line)  # `... = z` names the value
        w.state.named[getattr(chain[-1], "name", "")] = f.line
        end -= 1
    for i in range(end - 1, start, -1):  # `A = g = B`: a new name g for A's value (alias.py)
        if middle_alias(chain, i, f.line, w.state):
            w.state.define(chain[i], chain[i - 1], f.line)
            chain, links, approx = without(chain, i, links, approx)
            end -= 1
    variables = tuple(n.var for m in chain + candidates[:1] for n in walk(m)
                      if isinstance(n, Deriv) and not n.written)  # (z_x: at some point)
    if candidates and w.previous is not None:
        variables += w.previous.variables
    whole = f
    for i in range(start, end):
        f = replace(whole, line=links[i]) if links and i < len(links) else whole
        if len(w.steps) - w.first >= STEPS_PER_FORMULA:  # issue 10 §6
            w.steps.append(Step(f.line, "undecided", render(chain[i]), render(chain[end]),
                                f"could not decide: the formula has {end - i} more "
                                f"steps; at most {STEPS_PER_FORMULA} steps of one formula "
                                "are checked (split it into several formulas)",
                                source=f.text))
            break
        options = candidates if (i == 0 and candidates) else [chain[i]]
        tried: list[Step] = []
        for left in options:
            tried.append(steps_.check(w.state, left, chain[i + 1], f,
                                      () if first_order(chain[:end + 1], i) else variables,
                                      given, approx[i] if approx and i < len(approx)
                                      else None))
            if tried[-1].verdict == "holds":
                break
        step = tried[-1]
        if candidates and i == 0 and step.verdict != "holds":
            # no candidate holds: report the step against the first one, already checked
            left, step = candidates[0], tried[0]
        step = shared(step, chain, i, end, w.state, f.line)  # f_t = i_t = σ(0) = 0.5
        if step.verdict == "undecided" and not (candidates and i == 0) and \
                substituted(chain[i], chain[i + 1], f.line, w.state):
            continue  # `k^2 C_{in} = 3 \cdot 3 \cdot 64`: numbers put in, no result
        if step.verdict == "fails" and names_by_value(chain, i, f.line, w.state):
            w.state.define(chain[i], chain[i + 1], f.line)  # `... = z = wᵀx + b` (alias.py)
            trail = None
            continue
        step = of_system(step, chain, f.line, w.state)  # `2x = λ`, `2y = λ`: equations
        step = curve.on_curve(step, chain[i], chain[i + 1], f.line, w.state)
        prev = w.previous
        where = prev.line if candidates and i == 0 and prev else f.line
        step, trail = follow(w.state, step, trail, left, where, chain[i + 1], f)
        w.steps.append(step)
    w.trail = trail
    if role is Role.CLAIM and derived(chain[0], chain[-1], [s.verdict for s in w.steps[w.first:]]):
        w.state.derived.setdefault((chain[0].name, chain[0].args),  # type: ignore[union-attr]
                                   []).append((whole.line, chain[-1]))
    if role is Role.BINDING and isinstance(chain[0], Sym) and len(chain) >= 3 and approx and \
            approx[-1] and written_number(chain[-1]) is not None and \
            "fails" not in (s.verdict for s in w.steps[w.first:]):
        # `p = e^{-1} ≈ 0.37`: later steps may go on from the rounded value (not a wrong one)
        w.state.stated.setdefault(chain[0].name, []).append((whole.line, chain[-1]))
    value = stated_value(w.state, chain, w.steps[w.first:], whole.line,
                         new=role is Role.DEFINITION) \
        if role in (Role.CLAIM, Role.DEFINITION) else None
    if value is not None:  # `δ_2 = (h_2 - y)(1 - h_2^2) ≈ 0.2536`: its value (outcome.py)
        w.state.bind(chain[0], value, whole.line,  # type: ignore[arg-type]
                     approx=bool(approx and approx[-1]))
    if w.named is not None and "fails" not in (s.verdict for s in w.steps[w.first:]):
        closure.record(w.state, w.named[0], chain[-1], whole.line, w.named[1])
    if role is Role.UPDATE:
        updated(w.state, chain[0], chain[1:], f.line)


def conforms(w: Walk, name: Node, body: Node, f: Formula) -> None:
    """A definition whose product cannot conform at any sizes (declared shapes): it fails."""
    why = nonconforming(w.state.ctx, f.line, body,
                        lambda sym: w.state.ctx.lookup(sym, f.line))
    if why is not None:
        w.steps.append(Step(f.line, "fails", render(name), render(body),
                            "matrix shapes", diagnosis=why, source=f.text))
