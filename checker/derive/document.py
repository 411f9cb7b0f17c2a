"""A Markdown document → a verdict for every step of every derivation in it.

Reading order matters: definitions are in force from their line on; stated derivatives of
undefined names (facts) may be used before or after their line; a formula that starts
with `=` continues the previous one. What each formula is comes from the rule tables of
`roles.py`; this walker has one handler per role.
"""

from __future__ import annotations

import copy
import re
import signal
from dataclasses import dataclass, replace

from checker.derive import implication, stance, vocabulary
from checker.derive import step as steps_
from checker.derive.assumption import read_assumption, read_directive
from checker.derive.binding import bold_constant
from checker.derive.budget import UNLIMITED, Budget
from checker.derive.chain import Trail, follow
from checker.derive.clause import where_clause
from checker.derive.conformance import spaces
from checker.derive.context import Context
from checker.derive.deadline import TIMER, Timeout
from checker.derive.declared import prose_shapes
from checker.derive.ellipsis import pattern_breaks
from checker.derive.errors import BrokenPattern, Unreadable
from checker.derive.expectation import read_randomness
from checker.derive.facts import collect_facts, locked_names
from checker.derive.guard import Place, failure, guarded
from checker.derive.link import Link
from checker.derive.markdown import Formula, read_headings, read_math, read_plain
from checker.derive.member import (
    bindable,
    binds_all,
    binds_tuple,
    binds_vector,
    is_name,
    is_numeric,
    mentions,
    names_entries,
    names_the_value,
)
from checker.derive.notes import plain_formulas
from checker.derive.prose import one_hot
from checker.derive.render import render
from checker.derive.result import STEPS_PER_FORMULA, FileReport, Step
from checker.derive.roles import (
    EQUALITY,
    IMPLICATION,
    Role,
    classify,
    classify_piece,
    classify_statement,
    contested,
    guessed_meaning,
)
from checker.derive.setting import Setting, settings
from checker.derive.shape import merge_shapes, nonconforming, shape_steps
from checker.derive.state import State, example_starts
from checker.derive.statement import Segment, parse_statements, single_statement
from checker.derive.table import table_claims
from checker.derive.tree import Call, Deriv, Node, Relation, Shape, Sym, walk

FORMULA_SECONDS = 6.0  # a formula's own work (definitions), and its steps up to 2 s each
_RELATION_TEXT = re.compile(r"=|\\approx|\\Rightarrow|\\Longrightarrow|\\implies")


@dataclass
class _Previous:
    members: list[Node]  # candidates for the left side of a continuation, best first
    block: int
    line: int = 0  # where members[0] was written
    variables: tuple[Sym, ...] = ()  # what its chain differentiates by (∂J/∂w = ... : w)


class _Walk:
    """One pass through a document: the state, the steps so far, the chain in progress."""

    def __init__(self, state: State, budget: Budget = UNLIMITED) -> None:
        self.state = state
        self.budget = budget  # the file's (and the run's) time, beyond each formula's own
        self.first = 0  # where the formula under way began reporting steps
        self.steps: list[Step] = []
        self.previous: _Previous | None = None
        self.trail: Trail | None = None  # how the last chain stands (see chain.follow)
        self.block_exprs: dict[int, list[Node]] = {}
        self.given: tuple[Relation, ...] = ()  # the prose's conditions on this formula
        self.announced = False  # the prose announces this formula as a definition
        self.piece = False  # the prose states this formula for a region of a variable
        self.act = stance.Act.ASSERTED  # what the writer does with it: asserts, quotes, asks...
        self.last: tuple[Formula | None, Formula | None] = (None, None)  # (before, current)
        # the names a formula quoted as wrong defined or gave values, then forgotten: stem ->
        # that formula's line (a later step that fails on them may read the cue wrongly)
        self.quoted_away: dict[str, int] = {}
        self.unquoted: tuple[dict, dict] | None = None  # their definitions and values as quoted

    def formula(self, f: Formula, setting: Setting = Setting()) -> None:  # noqa: B008 - frozen
        """One formula, within a time limit, and never a traceback: whatever goes wrong is
        reported on its line and the rest of the document is still checked."""
        self.last = (self.last[1], f)
        seconds, late = FORMULA_SECONDS, f": the formula took more than {FORMULA_SECONDS:g} s"
        if self.budget.left() < seconds:
            seconds, late = self.budget.left(), f": {self.budget.stopped()}"

        def failed(err: BaseException) -> None:
            self.steps.append(failure(err, Place(f.line, source=f.text), late,
                                      "(an internal error: please report this formula)"))
            self.previous = None

        if setting.condition:
            return  # "... when $y = 1$": read as a condition of the statement before it
        self.given = setting.given
        self.announced = setting.announced
        self.piece = setting.piece
        self.act = setting.act
        self.first = len(self.steps)
        premise = setting.premise
        if premise is not None:  # `= 0$, so $wx = y$`: does it follow from that equation?
            guarded(seconds, lambda: self._consequence(f, premise), failed)
            return
        if setting.act is not stance.Act.QUOTED:
            guarded(seconds, lambda: self._formula(f), failed)
            return
        # a formula quoted as wrong establishes nothing: checked, then forgotten (a question
        # may define what it asks about: "why is the gradient of $f(x) = ...$ ...?")
        saved = copy.deepcopy((self.state.__dict__, self.block_exprs))
        try:
            guarded(seconds, lambda: self._formula(f), failed)
        finally:
            for stem in _changed(saved[0]["ctx"], self.state.ctx):
                self.quoted_away.setdefault(stem, f.line)
            if self.quoted_away:  # what the state would be had the text asserted it
                self.unquoted = (copy.deepcopy(self.state.ctx.definitions),
                                 copy.deepcopy(self.state.ctx.bindings))
            self.state.__dict__.update(saved[0])
            self.block_exprs, self.previous, self.trail = saved[1], None, None

    def _consequence(self, f: Formula, premise: Formula) -> None:
        step = implication.consequence(self.state, premise, f)
        if step is None:
            self._formula(f)  # `w = y/x`: names the solution, read as any formula is
        else:
            self.steps.append(step)
            self.previous = None

    def _formula(self, f: Formula) -> None:
        if read_assumption(f.text, self.state.ctx):
            return  # y_1 + y_2 + y_3 = 1: what the text assumes, not a step
        try:
            known = self.state.ctx.known
            own = self.state.heads.get((f.line, f.text), frozenset()) - known.plain
            if own - known.functions:  # G(x) = xΦ(x), Φ(x) = ...: Φ is a function here too
                known = replace(known, functions=known.functions | own)
            segments = parse_statements(f.text, known)
        except Unreadable as err:
            if _RELATION_TEXT.search(f.text):
                self.steps.append(failure(err, Place(f.line, source=f.text), ""))
            self.previous = None
            return
        except RecursionError:
            self.steps.append(Step(f.line, "unreadable", "", "", "could not read: the formula "
                                   "is nested too deeply", source=f.text))
            return
        for name, dims in spaces(segments):  # X \in \mathbb{R}^{m \times n}
            self.state.ctx.declare_shape(name, dims)
        known = len(self.steps)
        both = stance.marked_both(f.text)  # `a = b ✗ \qquad a = c ✓`: each statement its own
        for seg in merge_shapes(segments):
            n = len(self.steps)
            before = copy.deepcopy((self.state.__dict__, self.block_exprs, self.previous,
                                    self.trail)) if self.quoted_away else None
            self._segment(seg, f)
            how = stance.segment_act(self.act, seg.source) if both else self.act
            self.steps[n:] = [stance.reported(s, how) for s in self.steps[n:]]
            if self.quoted_away and how.asserts and seg.error is None:
                failing = {(s.lhs, s.rhs) for s in self._as_quoted(seg, f, before, n)}
                self.steps[n:] = [s if (s.lhs, s.rhs) in failing else self._doubted(s, seg)
                                  for s in self.steps[n:]]
        if not any(BrokenPattern.method in s.method for s in self.steps[known:]):
            # a slip in a matrix written with elisions is a mistake wherever the matrix stands
            self.steps.extend(stance.reported(Step(f.line, "fails", render(grid), "",
                                                   BrokenPattern.method, diagnosis=why,
                                                   source=f.text), self.act)
                              for grid, why in pattern_breaks(segments))

    def _as_quoted(self, seg: Segment, f: Formula, before, n: int) -> list[Step]:
        """The steps of `seg` that fail also when checked with the names a formula quoted as
        wrong defined as that formula had them (`before`: the walk before `seg`): those fail
        however the quoting cue is read."""
        if before is None or self.unquoted is None or \
                not any(s.verdict == "fails" for s in self.steps[n:]):
            return []
        now = (self.state.__dict__.copy(), self.block_exprs, self.previous, self.trail,
               self.steps)
        try:
            self.state.__dict__.update(before[0])
            self.block_exprs, self.previous, self.trail = before[1:]
            definitions, bindings = self.unquoted
            ctx = self.state.ctx
            for key in self.quoted_away:
                for table, alt in ((ctx.definitions, definitions), (ctx.bindings, bindings)):
                    for k in [k for k in alt if re.split(r"[_(^]", k, maxsplit=1)[0] == key]:
                        table[k] = copy.deepcopy(alt[k])
            self.steps = []
            self._segment(seg, f)
            return [s for s in self.steps if s.verdict == "fails"]
        except Exception:  # noqa: BLE001 - a second reading that cannot be made decides nothing
            return []
        finally:
            self.state.__dict__.clear()
            self.state.__dict__.update(now[0])
            self.block_exprs, self.previous, self.trail, self.steps = now[1:]

    def _doubted(self, step: Step, seg: Segment) -> Step:
        """A failing step that uses a name a formula quoted as wrong had defined (or given a
        value), checked under the values before that formula: if the text's cue was misread
        (the formula was asserted after all), the step may hold. Never a false alarm from it."""
        if step.verdict != "fails":
            return step
        nodes = tuple(m for rel in (seg.relation, *seg.given) for m in rel.members
                      if m is not None)
        reached = {s.base for s in self.state.reached(nodes, step.line, functions=True)}
        lines = sorted(line for stem, line in self.quoted_away.items()
                       if stem in reached and line < step.line)
        if not lines:
            return step
        return replace(step, verdict="undecided", recovers=None, method=(
            f"could not decide: it uses a name the text may have quoted as wrong on line "
            f"{lines[-1]} (that formula's value was not kept; if the text meant it, this step is "
            f"checked against the wrong value); as read: {step.method}"))

    def _segment(self, seg: Segment, f: Formula) -> None:
        # a step is reported on the line of its `=` (a statement can run over several lines)
        lines = [f.line + k for k in seg.relation.lines]
        if seg.offset:  # a statement on a later line of a multi-line $$ block
            f = replace(f, line=f.line + seg.offset)
        if seg.error is not None:  # this statement cannot be read; the others are
            if _RELATION_TEXT.search(seg.source):
                self.steps.append(failure(seg.error, Place(f.line, source=seg.source), ""))
                if not seg.continues:  # E[h'] = E[r]/p h unread: a `= p/p h` after it goes
                    self.previous = None  # on with it, not with an earlier formula
            return  # a `= ...` after it continues from the last expression that was read
        trail, self.trail = self.trail, None  # only a continuation carries it on
        if seg.condition:
            return  # `\text{if } y = 1`: restricts the statement before it, is not a step
        given = seg.given + self.given
        members, ops = list(seg.relation.members), list(seg.relation.ops)
        candidates: list[Node] = []
        if members[0] is None and _continues_prose(f):  # "mean $= 0.325$": the value of a
            if len(members) > 2:  # quantity named in words; "평균 $= (1 + 3)/2 = 2$": the
                self._pieces(members[1:], ops[1:], [], None, f, given, lines[1:])  # rest holds
            return
        if members[0] is None:  # `= ...` continues the previous formula
            candidates = self._continuation()
            lone = _after_lone(f, self.last[0], self.state)
            if lone is not None:  # "$\tanh'$ ($\approx 0.42$)": that expression's value
                self.last = (self.last[0], self.last[0])  # "(≈ 0.42, ≈ 0.0099)": both
                if not lone:
                    return
                candidates = lone
            if not candidates:
                self.steps.append(Step(f.line, "unreadable", "", "",
                                       "could not read: a formula starting with `=` and no "
                                       "readable formula before it to continue", source=f.text))
                if len(members) == 2:  # `= p/p h` after an unread line: `= h` goes on from it
                    self.previous = _Previous([members[1]], f.block, f.line, ())
                return
            members[0] = candidates[0]
        if binds_tuple(members, ops, f.line, self.state):
            for name, value in zip(members[0].dims, members[1].dims):  # type: ignore[union-attr]
                self.state.bind(name, value, f.line)  # type: ignore[arg-type]
            return
        if binds_vector(members, ops, f.line, self.state):
            self._bind_vector(members[0], members[1], f.line,  # type: ignore[arg-type]
                              approx=ops[0] == "≈")
            if len(members) > 2:  # ỹ = (0.9 + 0.0333, ...) ≈ (0.9333, ...): the rest is checked
                self._pieces(members[1:], ops[1:], [], None, f, seg.given + self.given, lines[1:])
            return
        role = classify_statement(members, ops)
        if role is Role.SHAPE:
            name, shape = members
            if name.base[:1].isupper():  # type: ignore[union-attr]  # ŷ ⇒ (364, 1): a note
                self.state.ctx.declare_shape(name.name,  # type: ignore[union-attr]
                                             tuple(render(x) for x in shape.dims))  # type: ignore
            return
        if role is Role.SHAPE_RULE:
            self.steps.extend(shape_steps(members, f.line, f.text))
            return
        self._pieces(members, ops, candidates, trail, f, given, lines)

    def _pieces(self, members: list[Node], ops: list[str], candidates: list[Node],
                trail: Trail | None, f: Formula, given: tuple[Relation, ...],
                lines: list[int] | None = None) -> None:
        """Split at implications and other relations: each piece is a chain of equalities
        (with the line of each of its `=`)."""
        lines = lines if lines and len(lines) == len(ops) else [f.line] * len(ops)
        piece: list[Node] = [members[0]]
        pieces: list[tuple[list[Node], str]] = []
        links: list[list[int]] = [[]]
        approx: list[list[bool]] = [[]]  # which links are `≈`
        for op, m, at in zip(ops, members[1:], lines):
            if op in EQUALITY:
                piece.append(m)
                links[-1].append(at)
                approx[-1].append(op == "≈")
            else:
                pieces.append((piece, op))
                piece = [m]
                links.append([])
                approx.append([])
        pieces.append((piece, ""))
        updates = []  # w ← w - 0.1·5 = 1: the new value holds once the formula is checked
        for k, (chain, after) in enumerate(pieces):
            if not chain:
                continue  # the consequence of an implication, already checked
            before = pieces[k - 1][1] if k else ""
            following = pieces[k + 1][0] if k + 1 < len(pieces) else None
            role = classify_piece(chain, before, after, following,
                                  lambda c: self._defines(c, f.line))
            if role is Role.IMPLICATION:
                self.steps.append(implication.implication(self.state, chain, following, f))  # type: ignore[arg-type]
                pieces[k + 1] = ([], pieces[k + 1][1])
            elif role is Role.SHAPE_RULE:
                self.steps.extend(shape_steps(chain, f.line, f.text))
            elif role is Role.CHAIN:
                self._chain(chain, f, candidates if k == 0 else [],
                            consequence=before in IMPLICATION,
                            trail=trail if k == 0 and candidates else None, given=given,
                            links=links[k], approx=approx[k])
            if after == "←" and len(chain) == 1 and following:  # w ← 1.5 - 0.1·0.73 = 1.43
                updates.append((chain[0], following))
        for name, values in updates:
            self._updated(name, values, f.line)
        last = pieces[-1][0][-1] if pieces[-1][0] else members[-1]
        exprs = self.block_exprs.setdefault(f.block, [])
        if len(members) == 1:
            exprs.append(members[0])
        variables = tuple(n.var for m in members if m is not None for n in walk(m)
                          if isinstance(n, Deriv))
        if candidates and self.previous is not None:
            variables += self.previous.variables  # `= ...` goes on with the same chain
        named = [pieces[-1][0][-2]] if len(pieces[-1][0]) > 1 and names_entries(last) else []
        self.previous = _Previous(named + [last] + exprs[::-1], f.block, f.line, variables)

    def _continuation(self) -> list[Node]:
        if self.previous is None:
            return []
        seen, out = set(), []
        for m in self.previous.members + self.block_exprs.get(self.previous.block, [])[::-1]:
            if id(m) not in seen:
                seen.add(id(m))
                out.append(m)
        return out

    def _defines(self, chain: list[Node], line: int) -> bool:
        if not is_name(chain[0]):
            return False
        link = Link(chain[0], chain[1], tuple(chain[1:]), line, self.state)
        return classify(link) in {Role.DEFINITION, Role.UPDATE}

    # -- a chain of equalities: one handler per role of its head ---------------------------
    def _chain(self, chain: list[Node], f: Formula, candidates: list[Node],
               consequence: bool = False, trail: Trail | None = None,
               given: tuple[Relation, ...] = (), links: list[int] | None = None,
               approx: list[bool] | None = None) -> None:
        if len(chain) < 2:
            return
        bare = [m for m in chain if isinstance(m, Deriv) and m.num is None and m.operand is None]
        if bare:
            self.steps.append(Step(f.line, "unreadable", render(chain[0]), render(chain[-1]),
                                   f"could not read: the operator ∂/∂{render(bare[0].var)} "
                                   "has nothing to apply to", source=f.text))
            return
        if not candidates and not consequence and binds_all(chain, f.line, self.state):
            for name in chain[:-1]:
                self.state.bind(name, chain[-1], f.line,  # type: ignore[arg-type]
                                vector=bold_constant(f.text, name))
            return
        link = Link(chain[0], chain[1], tuple(chain[1:]), f.line, self.state,
                    continued=bool(candidates), consequence=consequence,
                    announced=self.announced, piece=self.piece)
        role = classify(link)
        guessed = role is Role.DEFINITION and guessed_meaning(link)
        if role is Role.CLAIM and contested(link):
            self.state.contested.setdefault(chain[0].name, f.line)  # type: ignore[union-attr]
        start, end = 0, len(chain) - 1
        if role is Role.CONDITION and end == 1:
            return  # `z = 0` considered for a case: nothing to check
        if role is Role.DEFINITION:
            self.state.define(chain[0], chain[1], f.line)
            self._conforms(chain[0], chain[1], f)
            if guessed or (link.piece and isinstance(chain[0], Call)):
                self.state.guessed(chain[0], f.line)  # (a piece: the rest is not written)
        if role is Role.BINDING:
            self.state.bind(chain[0], chain[1], f.line,  # type: ignore[arg-type]
                            vector=bold_constant(f.text, chain[0]))
        if role is Role.STATISTIC:
            self.state.ctx.statistics.setdefault((chain[0].name, chain[0].args),  # type: ignore
                                                 []).append((f.line, chain[1]))
        if role in {Role.DEFINITION, Role.UPDATE, Role.CONDITION, Role.LABEL, Role.BINDING,
                    Role.STATISTIC}:
            start = 1  # the rest of the chain is checked from the head's value on
        if names_the_value(chain, start, f.line, self.state):
            self.state.define(chain[-1], chain[-2], f.line)  # `... = z` names the value
            end -= 1
        variables = tuple(n.var for m in chain + candidates[:1] for n in walk(m)
                          if isinstance(n, Deriv))
        if candidates and self.previous is not None:
            variables += self.previous.variables
        whole = f
        for i in range(start, end):
            f = replace(whole, line=links[i]) if links and i < len(links) else whole
            if len(self.steps) - self.first >= STEPS_PER_FORMULA:  # issue 10 §6
                self.steps.append(Step(f.line, "undecided", render(chain[i]), render(chain[end]),
                                       f"could not decide: the formula has {end - i} more "
                                       f"steps; at most {STEPS_PER_FORMULA} steps of one formula "
                                       "are checked (split it into several formulas)",
                                       source=f.text))
                break
            options = candidates if (i == 0 and candidates) else [chain[i]]
            tried: list[Step] = []
            for left in options:
                tried.append(steps_.check(self.state, left, chain[i + 1], f, variables,
                                          given, approx[i] if approx and i < len(approx)
                                          else None))
                if tried[-1].verdict == "holds":
                    break
            step = tried[-1]
            if candidates and i == 0 and step.verdict != "holds":
                # no candidate holds: report the step against the first one, already checked
                left, step = candidates[0], tried[0]
            prev = self.previous
            where = prev.line if candidates and i == 0 and prev else f.line
            step, trail = follow(self.state, step, trail, left, where, chain[i + 1], f)
            self.steps.append(step)
        self.trail = trail
        if role is Role.UPDATE:
            self._updated(chain[0], chain[1:], f.line)

    def _conforms(self, name: Node, body: Node, f: Formula) -> None:
        """A definition whose product cannot conform at any sizes (declared shapes): it fails."""
        why = nonconforming(self.state.ctx, f.line, body,
                            lambda sym: self.state.ctx.lookup(sym, f.line))
        if why is not None:
            self.steps.append(Step(f.line, "fails", render(name), render(body),
                                   "matrix shapes", diagnosis=why, source=f.text))

    def _updated(self, name: Node, values: list[Node], line: int) -> None:
        """An update with numbers (`w := w - αg = 2 - 0.05·6 = 1.7`): from here on the
        worked example goes on with the new value, if the name had one."""
        number = next((v for v in values if is_numeric(v)), None)
        if number is not None and isinstance(name, Sym) and \
                self.state.ctx.bound({name.name}, line):
            if isinstance(number, Shape) and name.name in self.state.ctx.tuples:
                self._bind_vector(name, number, line)  # a ← a - 0.5(0.2, -0.8) = (0.9, 0.4)
            else:
                self.state.bind(name, number, line)

    def _bind_vector(self, name: Sym, value: Shape, line: int, approx: bool = False) -> None:
        """`x = (1, 2, 6)`: the entries x_1, x_2, x_3, and x the vector of them (`≈`: each
        written rounded); x_0, x_1, x_2 where the text counts x's entries from 0 (it writes
        x_0, and gives x_0 no value of its own)."""
        first = name.index + ("0",)
        start = 0 if name.base in self.state.zero_based and \
            not self.state.ctx.bound({replace(name, index=first).name}, line) else 1
        for k, entry in enumerate(value.dims, start=start):
            self.state.bind(replace(name, index=(str(k),)), entry, line, approx=approx)
        self.state.bind(name, value, line, approx=approx)
        self.state.ctx.tuples.add(name.name)


_PIECE = re.compile(r"\s*(?:->|→|,|;)\s*")
_WORD = re.compile(f"[{vocabulary.HANGUL_CJK}]+")


def plain_definitions(source: str) -> list[tuple[int, Node, Node]]:
    """Definitions written in prose without dollars (`z = w*x + b, a = sigmoid(z)`, `x -> z1 =
    w1*x -> a1 = sigmoid(z1)`): each piece that reads exactly as `name = expression` with names
    in it. Only definitions: nothing in prose is ever checked."""
    out: list[tuple[int, Node, Node]] = []
    named: set[str] = set()
    for line, text in read_plain(source):
        for piece in _PIECE.split(text):
            if piece.count("=") != 1 or \
                    set(re.findall(r"[A-Za-z]+", piece.lower())) & vocabulary.PROSE_WORDS:
                continue
            left, _, right = piece.partition("=")
            if set(_WORD.findall(right)) - named:
                continue  # "y = 1 인데 a": a word that is no name defined here: prose
            named |= set(_WORD.findall(left))
            relation = single_statement(piece)
            members = relation.members if relation is not None else ()
            if len(members) == 2 and isinstance(members[0], Sym) and \
                    not is_numeric(members[1]) and not mentions(members[1], members[0]):
                out.append((line, members[0], members[1]))
    return out


_PROSE_VALUE = re.compile(r"(?<![\w\\./∂'^_])([A-Za-z\u0370-\u03ff](?:_\d)?)\s*=\s*([-−]?\d+(?:\.\d+)?)"
                          r"(?![\w.]|\s*[-+*/^·×(])")


def prose_values(f: Formula) -> list[tuple[Sym, Node]]:
    """Values a learner gives outside math right before a formula (`x = 2, w = 0.5, b = −1:
    so $z = ...$`): a list of at least two `name = number`, each name one letter (with a
    digit index). One such value alone in prose is not read (`the answer = 3`)."""
    found = _PROSE_VALUE.findall(f.before.split("$")[-1])
    if len(found) < 2:
        return []
    out = []
    for name, number in found:
        relation = single_statement(f"{name} = {number.replace('−', '-')}")
        members = relation.members if relation is not None else ()
        if len(members) == 2 and isinstance(members[0], Sym) and is_numeric(members[1]):
            out.append((members[0], members[1]))
    return out


def _after_lone(f: Formula, before: Formula | None, state: State) -> list[Node] | None:
    """An inline `≈ 0.42` right after an inline expression with no relation of its own
    ("the slope $\tanh'$ ($\approx 0.42$)") gives that expression's value, not a step of the
    formula before it: [the expression], [] when it cannot be read, None otherwise."""
    if f.display or before is None or before.display or before.block != f.block or \
            _RELATION_TEXT.search(before.text):
        return None
    try:
        segments = parse_statements(before.text, state.ctx.known)
    except (Unreadable, RecursionError):
        return []
    members = segments[0].relation.members if len(segments) == 1 and \
        segments[0].error is None else ()
    return [members[0]] if len(members) == 1 and members[0] is not None else []


def _changed(before: Context, after: Context) -> set[str]:
    """The stems of the names whose definition or bound values differ between two states."""
    keys = {k for k in before.definitions.keys() | after.definitions.keys()
            if before.definitions.get(k) != after.definitions.get(k)}
    keys |= {k for k in before.bindings.keys() | after.bindings.keys()
             if before.bindings.get(k) != after.bindings.get(k)}
    return {re.split(r"[_(^]", k, maxsplit=1)[0] for k in keys}


def _continues_prose(f: Formula) -> bool:
    """An inline `= ...` right after a word that names a quantity ("mean $= 0.325$"), not after
    a formula or a connective ("so $= 2$")."""
    if f.display:
        return False
    words = f.before.split("$")[-1].strip(" ,:;").lower()
    return bool(words) and any(c.isalpha() for c in words) and \
        not any(words.endswith(cue) for cue in vocabulary.CUES_CONTINUING)


def read_text(source: str, locked: int = 0,
              budget: Budget = UNLIMITED) -> tuple[list[Step], State]:
    """Every step of `source`, and the state the reading ended in; a formula reached once the
    time `budget` is spent is undecided, with that reason (budget.py)."""
    formulas, directives = read_math(source)
    notes = [] if formulas else plain_formulas(source)  # notes typed without any `$`
    formulas = sorted((formulas or notes) + table_claims(source), key=lambda f: f.line)
    if budget.spent:
        return _out_of_time(formulas, budget), State()
    state = State(headings=read_headings(source), examples=example_starts(source),
                  locked=locked)
    if locked:
        state.locked_names = locked_names(formulas, locked)
    prose = settings(formulas)
    # what a formula quoted as wrong or asked says is no fact (stance.py)
    collect_facts([f for f, s in zip(formulas, prose) if s.act.asserts], state)
    state.ctx.normalised.update(one_hot(formulas))  # "label $y$ one-hot"
    state.ctx.randomness = read_randomness(source)  # m ~ Bernoulli(p), "independent"
    walk_ = _Walk(state, budget)
    # directives, and shapes declared in prose ("$X$ is $(m, n)$"), each from its line on
    pending = sorted(directives + prose_shapes(source), key=lambda d: d.line)
    plain = [] if notes else plain_definitions(source)  # notes: their lines are formulas
    enclosing = signal.getitimer(TIMER)[0] if hasattr(signal, "getitimer") else 0
    read_early: set[int] = set()  # "$$...$$ where $a_i = ...$": read before the formula

    def read(f: Formula, setting: Setting = Setting()) -> None:  # noqa: B008 - frozen
        try:
            walk_.formula(f, setting)
        except Timeout:
            if enclosing:
                raise  # a caller's own limit
            # a limit that fired as its guard was being left: still this formula's
            walk_.steps.append(failure(Timeout(None), Place(f.line, source=f.text),
                                       f": the formula took more than {FORMULA_SECONDS:g} s"))

    for k, (formula, setting) in enumerate(zip(formulas, prose)):
        if budget.spent:
            walk_.steps.extend(_out_of_time(formulas[k:], budget))
            break
        if k in read_early:
            continue
        for j in where_clause(formulas, k, state):
            read_early.add(j)
            read(replace(formulas[j], line=formula.line))
        while plain and plain[0][0] <= formula.line:
            line, name, body = plain.pop(0)
            if state.definition_of(name, line) is None:
                state.define(name, body, line)
        while pending and pending[0].line <= formula.line:
            walk_.steps.extend(read_directive(pending.pop(0), state))
        for name, value in prose_values(formula):
            if bindable(name, formula.line, state):
                state.bind(name, value, formula.line)
        state.texts.setdefault(formula.line, []).append(formula.text)
        read(formula, setting)
    for directive in pending:  # after the last formula: nothing left to apply them to, but
        walk_.steps.extend(read_directive(directive, state))  # a wrong one is still said
    return walk_.steps, state


def check_text(source: str, path: str = "<text>", locked: int = 0,
               budget: Budget = UNLIMITED) -> FileReport:
    """Check every step of `source`; with `locked`, names defined before that line cannot be
    defined again from it on (an exercise's answer under its template's definitions)."""
    return FileReport(path, tuple(read_text(source, locked, budget)[0]))


def _out_of_time(formulas: list[Formula], budget: Budget) -> list[Step]:
    """The formulas the budget did not reach: undecided, each on its line."""
    return [Step(f.line, "undecided", "", "", f"could not decide: {budget.reason()}",
                 source=f.text) for f in formulas if _RELATION_TEXT.search(f.text)]
