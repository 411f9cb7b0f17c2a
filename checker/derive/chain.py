"""Where a chain `A = B = C` stands, and recovery from a wrong step: in `A = B = C` with B wrong
and C right, the mistake is in A = B, not in B = C. In a chain of approximations `A ≈ B ≈ C`
every member approximates the first: `σ'(5) ≈ 0.9933 × 0.0067 ≈ 0.0066` rounds σ'(5), not the
product shown (0.006655 rounds to 0.0067), so a link B ≈ C whose sides differ by their
rounding, where A ≈ B held and A ≈ C holds, is no slip (`approximates_the_first`)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from checker.derive import step as steps_
from checker.derive.markdown import Formula
from checker.derive.render import render
from checker.derive.result import Step
from checker.derive.state import State
from checker.derive.tree import Call, Deriv, Node, Sym, walk


@dataclass(frozen=True)
class Trail:
    """Where a chain `A = B = C` (and its `= ...` continuations) stands: the last expression
    that held, its line, and the line of the step that went wrong since (None: on track)."""

    anchor: Node
    line: int
    astray: int | None = None
    origin: Node | None = None  # the chain's first expression, while every link held


def follow(state: State, step: Step, trail: Trail | None, left: Node, where: int, right: Node,
            f: Formula) -> tuple[Step, Trail | None]:
    """In `A = B = C` with B wrong and C right, B = C is false as written, but the mistake
    is in A = B: say so (and mark the step `recovers`), instead of blaming a right line."""
    if step.verdict not in {"holds", "fails"}:
        return step, None  # not known either way: the next step starts afresh
    if trail is None or (trail.astray is None and trail.anchor is not left):
        trail = Trail(left, where)
    if trail.astray is None and step.verdict == "fails" and trail.origin is not None:
        step = approximates_the_first(state, step, trail, right, f)
    if trail.astray is None:
        return step, (Trail(right, f.line, origin=trail.origin or trail.anchor)
                      if step.verdict == "holds" else replace(trail, astray=f.line))
    if step.verdict == "holds":
        return step, trail  # still following from the wrong expression
    again = steps_.check(state, trail.anchor, right, f)
    if again.verdict != "holds":
        return step, trail
    wrong = "the previous step on this line" if trail.astray == f.line else \
        f"the step on line {trail.astray}"
    note = (f"this line's {render(right)} agrees with {render(trail.anchor)} on line "
            f"{trail.line}, the last expression that held: the mistake is in {wrong}, "
            "not here")
    return replace(step, diagnosis=note, recovers=trail.line), Trail(right, f.line)


def approximates_the_first(state: State, step: Step, trail: Trail, right: Node,
                           f: Formula) -> Step:
    """A failing link `B ≈ C` of `A ≈ B ≈ C` (A ≈ B held): when C approximates A, the chain's
    first expression, to C's own digits, the writer rounded A's value, not B's (two roundings
    of one value may differ by a unit in the last digit); the link holds so. Only for `≈`
    (an `=` link claims B's value itself), and only when A is closed (`closed`): a name in it
    may be read at values the writer has left (p_1 at another T), so C's agreement with it
    would prove nothing."""
    if step.relation != "≈" or trail.origin is None or not closed(state, trail.origin, f.line):
        return step
    again = steps_.check(state, trail.origin, right, f, approx=True)
    if again.verdict != "holds":
        return step
    return replace(step, verdict="holds", counterexample=None, diagnosis=None,
                   method=f"{again.method}: {render(right)} approximates "
                          f"{render(trail.origin)}, the chain's first expression (line "
                          f"{trail.line}); it and {step.lhs} are two roundings of one value")


def closed(state: State, node: Node, line: int) -> bool:
    """An expression of numbers and functions the text does not define (σ'(5), 1 - 0.7616²,
    tanh'(1)): its value is the same whatever the text has bound."""
    for n in walk(node):
        if isinstance(n, (Sym, Deriv)):
            return False
        if isinstance(n, Call) and state.ctx.get(n.name, line) is not None:
            return False
    return True
