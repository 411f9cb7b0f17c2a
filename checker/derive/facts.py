"""What the whole document establishes before its formulas are walked in order: the functions
each formula defines, what each name is applied to and differentiated by, stated derivatives,
the families counted from 0, bounds stated beside formulas (`\\qquad λ > 0`), and, under an
exercise's template, the names it fixed."""

from __future__ import annotations

from checker.derive import vocabulary
from checker.derive.condition import INTERVAL, restriction
from checker.derive.dependence import note_derivatives
from checker.derive.errors import Unreadable
from checker.derive.framing import binary_names
from checker.derive.markdown import Formula
from checker.derive.notation import Names
from checker.derive.origin import bracketed
from checker.derive.piece import EQUALITY
from checker.derive.span import note_indices
from checker.derive.state import State
from checker.derive.statement import parse_statements
from checker.derive.trajectory import unknowns
from checker.derive.tree import Call, Deriv, Node, Num, Shift, Sum, Sym, walk


def locked_names(formulas: list[Formula], locked: int) -> set[str]:
    names: set[str] = set()
    for f in formulas:
        if f.line >= locked:
            continue
        try:
            segments = parse_statements(f.text)
        except (Unreadable, RecursionError):
            continue
        names.update(n.name for seg in segments for m in seg.relation.members
                     for n in walk(m) if isinstance(n, Sym))
    return names


def _counted_from_zero(members: list[Node]) -> set[str]:
    """The bases whose entries the text counts from 0: written at index 0 (x_0), or indexed by
    a sum's index that starts at 0 (Σ_{k=0} w_k)."""
    nodes = [n for m in members for n in walk(m)]
    bases = {n.base for n in nodes if isinstance(n, Sym) and n.index == ("0",)}
    for total in (n for n in nodes if isinstance(n, Sum) and n.lo == Num("0") and n.index):
        bases |= {n.base for n in walk(total.body)
                  if isinstance(n, Sym) and n.index == (total.index,)}
    return bases


def collect_facts(formulas: list[Formula], state: State) -> None:
    """Stated derivatives (`∂a/∂z = a(1-a)`), and what each name is differentiated by, are
    known throughout the document."""
    for f in formulas:
        state.math.setdefault(f.block, []).append(f.text)
        state.binary |= binary_names(f.text)
        state.bracketed |= bracketed(f.text)
        try:  # (∇L is read by w once the text has written L(w))
            segments = parse_statements(f.text, Names(applied=state.ctx.known.applied,
                                                      runs=state.ctx.runs))
        except (Unreadable, RecursionError):
            continue
        heads = frozenset(seg.relation.members[0].name for seg in segments
                          if seg.relation.members and isinstance(seg.relation.members[0], Call)
                          and not seg.relation.members[0].order
                          and seg.relation.members[0].name not in vocabulary.FUNCTIONS
                          and tuple(seg.relation.ops[:1]) in (("=",), (":=",)))
        state.ctx.proportional |= {
            seg.head.name for seg in segments if seg.error is not None and
            isinstance(seg.head, Call) and not seg.head.order and
            seg.head.name not in vocabulary.FUNCTIONS and "\\propto" in str(seg.error) and
            all(isinstance(a, Sym) for a in seg.head.args)}  # p(x) ∝ e^{-x^2/2}: p of x
        if heads:  # the functions the formula itself defines (`Φ(x) = ...`)
            state.heads[(f.line, f.text)] = heads
        for call in (n for seg in segments for m in seg.relation.members if m is not None
                     for n in walk(m)):
            if isinstance(call, Call) and not call.order and call.name not in \
                    vocabulary.FUNCTIONS and all(isinstance(a, Sym) for a in call.args):
                # L(w), not L(0): what L is a function of (a point does not say)
                state.ctx.applied.setdefault(call.name, set()).add(
                    tuple(a.name for a in call.args))  # type: ignore[union-attr]
        for seg in segments:
            members = seg.relation.members
            note_derivatives(state.ctx.differentiated, [m for m in members if m is not None],
                             f.line + seg.offset)
            state.zero_based |= _counted_from_zero([m for m in members if m is not None])
            state.alike += _alike([m for m in members if m is not None])
            note_indices(state.ctx.indices, state.ctx.arity,
                         [m for m in members if m is not None], state.ctx.from_zero)
            state.ctx.solved |= unknowns([m for m in members if m is not None],
                                         tuple(seg.relation.ops))
            state.ctx.primed |= {n.name for m in members if m is not None for n in walk(m)
                                 if isinstance(n, Call) and n.order and n.args and
                                 n.name not in vocabulary.FUNCTIONS}
            state.bounds += [(f.line + seg.offset, rel) for rel in seg.given + (
                seg.relation,) if rel.ops and all(op in INTERVAL for op in rel.ops) and
                not restriction((rel,)).unapplied]  # `\qquad λ > 0`, `λ > 0 일 때`
            head = members[0] if members and seg.relation.ops[:1] == ("=",) else None
            if isinstance(head, Sym) and head.index:  # E_0 = 0.5: a sequence's member
                state.ctx.scripted.add(head.name)
            if isinstance(head, Call) and head.order and head.name not in vocabulary.FUNCTIONS:
                state.stated_primes.setdefault(head.name, f.line + seg.offset)  # Φ'(x) = φ(x)
                if len(members) >= 2 and all(isinstance(a, Sym) and not a.index for a in head.args):
                    state.ctx.primes.setdefault(head.name, []).append(
                        (f.line + seg.offset, head.order, head.args, f.text))
            stated = stated_derivative(members, tuple(seg.relation.ops))
            if stated is not None and set(seg.relation.ops) <= EQUALITY \
                    and not (state.locked and f.line >= state.locked
                             and stated.num.name in state.locked_names):
                # (under `locked`, a derivative of a template name is derived, never stated)
                by = stated.var.name + (f"^{stated.power}" if stated.power > 1
                                        else "")  # ∂L/∂σ² is not ∂L/∂σ
                key = (stated.num.name, by)
                state.ctx.facts.setdefault(key, []).append((f.line, members[-1]))


def _alike(members: list[Node]) -> list[frozenset[str]]:
    """The bases a formula indexes by one same letter (`w_k = N/(K n_k)`: w and n); none in a
    recurrence (`h_t = tanh(w h_{t-1} + u x_t)`: h_0 is the state before x_1)."""
    nodes = [n for m in members for n in walk(m)]
    if any(isinstance(n, Sym) and any(isinstance(i, Shift) for i in n.index) for n in nodes):
        return []
    by_letter: dict[str, set[str]] = {}
    for n in nodes:
        if isinstance(n, Sym) and len(n.index) == 1 and isinstance(n.index[0], str) and \
                len(n.index[0]) == 1 and n.index[0].isalpha():
            by_letter.setdefault(n.index[0], set()).add(n.base)
    return [frozenset(b) for b in by_letter.values() if len(b) > 1]


def stated_derivative(members: list, ops: tuple = ()) -> Deriv | None:
    """The derivative a chain of equalities states the value of: its first member (`∂L/∂y =
    [1, -1, 2]`), or its second after a name for it (`g = ∂L/∂y = [1, -1, 2]`, exact links
    only: a rounded value for a named derivative, `q_1 = ∂E/∂z_1 ≈ 0.3113`, is outcome.py's,
    substituted to its digits), with a value after it; None otherwise."""
    for k, member in enumerate(members[:2 if all(op == "=" for op in ops) else 1]):
        if isinstance(member, Deriv) and member.num is not None and len(members) > k + 1:
            return member
        if not isinstance(member, Sym):
            return None
    return None
