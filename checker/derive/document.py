"""A Markdown document → a verdict for every step of every derivation in it.

Reading order matters: definitions are in force from their line on; stated derivatives of
undefined names (facts) may be used before or after their line; a formula that starts
with `=` continues the previous one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from checker.derive.assumption import AssumptionReading
from checker.derive.context import Context
from checker.derive.equivalence import Timeout, time_limit
from checker.derive.errors import ShapeMismatch, Undecided, Unreadable
from checker.derive.markdown import Formula, read_headings, read_math
from checker.derive.meaning import Lowering, real
from checker.derive.render import render
from checker.derive.result import FileReport, Step
from checker.derive.roles import (
    is_label,
    is_name,
    is_numeric,
    is_shape_product,
    is_update,
    mentions,
    merge_shapes,
    show,
)
from checker.derive.statement import Segment, parse_statements
from checker.derive.step import StepChecks, Trail
from checker.derive.tree import Bin, Call, Deriv, Node, Num, Shape, Sym, walk
from checker.derive.unknown import note_derivatives

EQUALITY = {"=", "≈", ":=", "≡"}
IMPLICATION = {"⇒", "⇔", "⇐"}
FORMULA_SECONDS = 6.0  # a formula's own work (definitions), and its steps up to 2 s each
RECENT_LINES = 40  # a name defined this recently is a claim when written again
_RELATION_TEXT = re.compile(r"=|\\approx|\\Rightarrow|\\Longrightarrow|\\implies")


@dataclass
class _Previous:
    members: list[Node]  # candidates for the left side of a continuation, best first
    block: int
    line: int = 0  # where members[0] was written


class DocumentChecker(StepChecks, AssumptionReading):
    def __init__(self, source: str, path: str = "<text>", locked: int = 0) -> None:
        self.source = source
        self.path = path
        self.locked = locked  # from this line on, names defined or used before it keep their meaning
        self.locked_names: set[str] = set()  # the names of the formulas before `locked`
        self.ctx = Context()
        self.steps: list[Step] = []
        self.previous: _Previous | None = None
        self.trail: Trail | None = None  # how the last chain stands (see StepChecks._follow)
        self.block_exprs: dict[int, list[Node]] = {}
        self.seen: dict[str, set[int]] = {}  # free variables, and the lines they were used on
        self.headings: list[int] = []

    # -- driver --------------------------------------------------------------------------
    def run(self) -> FileReport:
        formulas, directives = read_math(self.source)
        self.headings = read_headings(self.source)
        pending = sorted(directives, key=lambda d: d.line)
        self._collect_facts(formulas)
        for formula in formulas:
            while pending and pending[0].line <= formula.line:
                self._directive(pending.pop(0))
            self._guarded(formula)
        return FileReport(self.path, tuple(self.steps))

    def _guarded(self, f: Formula) -> None:
        """One formula, within a time limit, and never a traceback: whatever goes wrong is
        reported on its line and the rest of the document is still checked."""
        token = None
        try:
            with time_limit(FORMULA_SECONDS) as token:
                self._formula(f)
        except Timeout as fired:
            if fired.token is not token:
                raise
            self.steps.append(Step(f.line, "undecided", "", "",
                                   f"could not decide: the formula took more than "
                                   f"{FORMULA_SECONDS:g} s", source=f.text))
            self.previous = None
        except RecursionError:
            self.steps.append(Step(f.line, "undecided", "", "", "could not decide: the "
                                   "definitions nest too deeply", source=f.text))
            self.previous = None
        except Exception as err:  # noqa: BLE001 - a checker bug must not cost the report
            self.steps.append(Step(f.line, "undecided", "", "",
                                   f"could not decide: internal error {type(err).__name__} "
                                   "(please report this formula)", source=f.text))
            self.previous = None

    def _collect_facts(self, formulas: list[Formula]) -> None:
        for f in formulas:
            try:
                segments = parse_statements(f.text)
            except (Unreadable, RecursionError):
                continue
            for seg in segments:
                members = seg.relation.members
                note_derivatives(self.ctx.differentiated, [m for m in members if m is not None],
                                 f.line + seg.offset)
                if f.line < self.locked:
                    self.locked_names.update(n.name for m in members for n in walk(m) if isinstance(n, Sym))
                if members and isinstance(members[0], Deriv) and members[0].num is not None \
                        and len(members) >= 2 and set(seg.relation.ops) <= EQUALITY \
                        and not (self.locked and f.line >= self.locked and members[0].num.name in self.locked_names):
                    # (under `locked`, a derivative of a template name is derived, never stated)
                    key = (members[0].num.name, members[0].var.name)
                    self.ctx.facts.setdefault(key, []).append((f.line, members[-1]))

    # -- one formula ---------------------------------------------------------------------
    def _formula(self, f: Formula) -> None:
        if self._assumption(f.text, f.line, quiet=True):
            return  # y_1 + y_2 + y_3 = 1, y \in \{0, 1\}: what the text assumes, not a step
        try:
            segments = parse_statements(f.text, self.ctx.known)
        except Unreadable as err:
            if _RELATION_TEXT.search(f.text):
                self.steps.append(Step(f.line, "unreadable", "", "",
                                       f"could not read: expected {err.expected}, "
                                       f"found {err.received}", source=f.text))
            self.previous = None
            return
        except RecursionError:
            self.steps.append(Step(f.line, "unreadable", "", "",
                                   "could not read: the formula is nested too deeply",
                                   source=f.text))
            return
        for seg in merge_shapes(segments):
            self._segment(seg, f)

    def _segment(self, seg: Segment, f: Formula) -> None:
        if seg.offset:  # a statement on a later line of a multi-line $$ block
            f = replace(f, line=f.line + seg.offset)
        rel = seg.relation
        trail, self.trail = self.trail, None  # only a continuation carries it on
        if seg.condition:
            return
        members, ops = list(rel.members), list(rel.ops)
        if members[0] is None:  # `= ...` continues the previous formula
            candidates = self._continuation(f)
            if not candidates:
                self.steps.append(Step(f.line, "unreadable", "", "",
                                       "could not read: a formula starting with `=` and no "
                                       "formula before it to continue", source=f.text))
                return
            members[0] = candidates[0]
        else:
            candidates = []
        if len(members) == 2 and ops == ["⇒"] and isinstance(members[0], Sym) and \
                isinstance(members[1], Shape):  # X ⇒ (364, 30): the lecture declares a shape
            if members[0].base[:1].isupper():  # capitals are matrices; ŷ ⇒ (364, 1) is a note
                self.ctx.declare_shape(members[0].name,
                                       tuple(render(x) for x in members[1].dims))
            return
        if all(isinstance(m, Shape) or is_shape_product(m) for m in members) and \
                set(ops) <= EQUALITY | IMPLICATION:
            self._shapes(members, "", "", f)  # (m,n)(n,k) => (m,k)
            return
        # split at implications and other relations: each piece is a chain of equalities
        piece: list[Node] = [members[0]]
        pieces: list[tuple[list[Node], str]] = []
        for op, m in zip(ops, members[1:]):
            if op in EQUALITY:
                piece.append(m)
            else:
                pieces.append((piece, op))
                piece = [m]
        pieces.append((piece, ""))
        for k, (chain, after) in enumerate(pieces):
            before = pieces[k - 1][1] if k else ""
            if after in IMPLICATION and len(chain) == 2 and k + 1 < len(pieces) and \
                    len(pieces[k + 1][0]) == 2 and not self._is_definition(chain, f.line):
                # log(p/(1-p)) = z ⇒ p = σ(z): a premise and its consequence
                self.steps.append(self._implication(chain, pieces[k + 1][0], f))
                pieces[k + 1] = ([], pieces[k + 1][1])
                continue
            if not chain:
                continue
            if {before, after} & {"→", "<", ">", "≤", "≥", "≠", "∈"} or after == "←":
                continue  # a limit, an assignment arrow or an inequality: not an identity
            if any(isinstance(m, Shape) or is_shape_product(m) for m in chain):
                self._shapes(chain, before, after, f)
                continue
            # after ⇒ an equation is a consequence to check, never a new definition
            self._chain(chain, f, candidates if k == 0 else [], consequence=before in IMPLICATION,
                        trail=trail if k == 0 and candidates else None)
        last = pieces[-1][0][-1] if pieces[-1][0] else members[-1]
        exprs = self.block_exprs.setdefault(f.block, [])
        if len(members) == 1:
            exprs.append(members[0])
        self.previous = _Previous([last] + exprs[::-1], f.block, f.line)

    def _continuation(self, f: Formula) -> list[Node]:
        if self.previous is None:
            return []
        seen, out = set(), []
        for m in self.previous.members + self.block_exprs.get(self.previous.block, [])[::-1]:
            if id(m) not in seen:
                seen.add(id(m))
                out.append(m)
        return out

    # -- chains of equalities ------------------------------------------------------------
    def _chain(self, chain: list[Node], f: Formula, candidates: list[Node],
               consequence: bool = False, trail: Trail | None = None) -> None:
        start, end, fallback = 0, len(chain) - 1, False
        first, last = chain[0], chain[-1]
        if end == 0:
            return
        bare = [m for m in chain if isinstance(m, Deriv) and m.num is None and m.operand is None]
        if bare:
            self.steps.append(Step(f.line, "unreadable", show(chain[0]), show(chain[-1]),
                                   f"could not read: the operator ∂/∂{show(bare[0].var)} "
                                   "has nothing to apply to", source=f.text))
            return
        if not candidates and is_name(first) and not consequence:
            role = self._role(first, chain[1], f.line)
            if role == "condition" and end == 1:
                return
            if role in {"assign", "define", "condition"}:
                if role == "define":
                    self._define(first, chain[1], f.line)
                start = 1
            fallback = role == "claim-or-define"
        elif not candidates and is_label(first, chain[1:]):
            start = 1
        if end > start and is_name(last) and not self._fixed(last, f.line) and self._relabel(last, f.line) and \
                not any(mentions(m, last) for m in chain[:-1]) and \
                not isinstance(chain[-2], Deriv) and not self._seen(last):
            self._define(last, chain[-2], f.line)
            end -= 1
        elif end == 1 and start == 0 and is_name(last) and self._undefined(last) and not self._fixed(last, f.line) and \
                not mentions(first, last) and not candidates and \
                not isinstance(first, Deriv) and not self._seen(last):
            self._define(last, first, f.line)
            return
        for i in range(start, end):
            options = candidates if (i == 0 and candidates) else [chain[i]]
            tried: list[Step | None] = []
            for left in options:
                tried.append(self._check(left, chain[i + 1], f, fallback=fallback and i == 0))
                if tried[-1] is None or tried[-1].verdict == "holds":
                    break
            step = tried[-1]
            if step is None:  # the claim was really a definition
                self._define(chain[0], chain[1], f.line)
                continue
            if candidates and i == 0 and step.verdict != "holds":
                # no candidate holds: report the step against the first one, already checked
                left, step = candidates[0], tried[0]
            where = self.previous.line if candidates and i == 0 and self.previous else f.line
            step, trail = self._follow(step, trail, left, where, chain[i + 1], f)
            self.steps.append(step)
        self.trail = trail

    def _is_definition(self, chain: list[Node], line: int) -> bool:
        return is_name(chain[0]) and self._role(chain[0], chain[1], line) in {"define", "assign"}

    def _role(self, name: Node, value: Node, line: int) -> str:
        if isinstance(name, Sym) and is_update(name, value):
            return "assign"
        if self._fixed(name, line):
            return "claim"  # an exercise's answer cannot redefine the template's names: checked instead
        definition = self._definition_of(name)
        if isinstance(value, Num) and (definition is None or
                                       not self._recent(definition.line, line)):
            return "condition"  # "Cost = 0 if y = 1": a value the text considers, not a name
        if is_numeric(value) and not isinstance(value, Num):
            return "define"  # z_1 = ... = 2.20 labels a number
        if definition is None:
            # p = (1 - p)e^z is an equation to solve, not a definition of p
            if mentions(value, name):
                return "claim"
            try:
                expanded = Lowering(self.ctx, line).expr(value)
            except ShapeMismatch:
                return "claim"  # Q = AB with non-conforming shapes: report it as a step
            except (Undecided, Unreadable, TypeError, ValueError, RecursionError):
                return "define"
            if isinstance(name, Sym) and real(name.name) in getattr(
                    expanded, "free_symbols", set()):
                return "claim"
            if self._seen(name):
                return "claim"  # a name already used as a variable is not defined again
            return "define"
        if isinstance(value, Bin) and value.op in "+-" and value.left == definition.body:
            return "define"  # L = (the old L) + α Σ|w_i|: the loss gets a penalty term
        old = definition.body
        if isinstance(old, Bin) and old.op in "+-" and old.left == value:
            return "define"  # back to the loss without its penalty term
        if self._recent(definition.line, line):
            return "claim"
        return "define"

    def _recent(self, defined: int, line: int) -> bool:
        """A definition this close, in the same section, is what a restatement is checked
        against; after a heading, or far behind, the name may mean something new."""
        return line - defined <= RECENT_LINES and \
            not any(defined < h <= line for h in self.headings)

    def _relabel(self, name: Node, line: int) -> bool:
        """`... = z` names the value: z is new, or its old meaning is far behind."""
        definition = self._definition_of(name)
        if definition is None:
            return True
        return not self._recent(definition.line, line)

    def _seen(self, name: Node) -> bool:
        """A variable the text has already used freely in several steps (the label y) is not
        redefined by `y = w_1x_1 + ...`; a name used once before its definition is defined."""
        return isinstance(name, Sym) and len(self.seen.get(name.name, ())) >= 3

    def _definition_of(self, name: Node):
        if isinstance(name, Sym):
            return self.ctx.lookup(name)
        if isinstance(name, Call):
            return self.ctx.definitions.get(name.name)
        return None

    def _undefined(self, node: Node) -> bool:
        return self._definition_of(node) is None

    def _fixed(self, name: Node, line: int) -> bool:
        """Under `locked`: a name the text defined or used before that line keeps its meaning."""
        if not self.locked or line < self.locked:
            return False
        definition = self._definition_of(name)
        if definition is not None and getattr(definition, "line", line) < self.locked:
            return True
        return isinstance(name, Sym) and name.name in self.locked_names

    def _define(self, name: Node, body: Node, line: int) -> None:
        if self._fixed(name, line):
            return
        if isinstance(name, Sym):
            self.ctx.define(name, body, line)
        elif isinstance(name, Call):
            params = tuple(a for a in name.args if isinstance(a, Sym))
            body_syms = {n.name: n for n in walk(body) if isinstance(n, Sym)}
            fixed = []
            for p in params:
                if p.name not in body_syms:  # f(x) = 1 + e^{-x_j}: x means x_j
                    same = [s for s in body_syms.values() if s.base == p.base and s.index]
                    if len(same) == 1:
                        self.ctx.aliases[p.name] = (same[0], name.name)
                        p = same[0]
                fixed.append(p)
            self.ctx.define(Sym(name.name), body, line, tuple(fixed))

def check_text(source: str, path: str = "<text>", locked: int = 0) -> FileReport:
    """Check every step of `source`; with `locked`, names defined before that line cannot be
    defined again from it on (an exercise's answer under its template's definitions)."""
    return DocumentChecker(source, path, locked).run()
