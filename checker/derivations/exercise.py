"""Derivation exercises: a student's Markdown answer → its steps' verdicts and whether it
reaches the target.

An exercise file (`exercises/derivations/*.md`) gives the definitions, the target in a
comment `<!-- target: LaTeX equation -->`, and a heading `## Your steps` under which the
student writes one step per `$$...$$` line. The answer passes when it has steps, every step
holds, and the last formula ends at the target: its last member has no derivative left and
the checker finds it equal to the target's right side under the file's definitions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.derive.budget import UNLIMITED, Budget
from checker.derive.document import check_text
from checker.derive.markdown import read_math
from checker.derive.result import GIVEN, Step
from checker.errors import InputFileError

ANSWER_HEADING = "## Your steps"
_TARGET = re.compile(r"<!--\s*target:\s*(.*?)\s*-->", re.S)
_DERIVATIVE = re.compile(r"\\partial|\\frac\{d\}|\\frac\{d[a-zA-Z]|'")


@dataclass(frozen=True)
class ExerciseResult:
    target: str  # the target equation as written in the exercise
    steps: tuple[Step, ...]  # the answer's steps, in order
    reaches_target: bool  # the last line's chain starts at the target's left side and ends at its right
    final: str  # the last member of the answer's last formula ("" without one)
    starts: bool = True  # the chain of the last line starts from the target's left side

    @property
    def counted(self) -> tuple[Step, ...]:
        """The steps that check the answer: all but the derivatives taken as given (of a name
        the text never defines), which state a value and check nothing."""
        return tuple(s for s in self.steps if not taken_as_given(s))

    @property
    def first_wrong(self) -> Step | None:
        """The first counted step that does not hold (fails, unreadable or undecided)."""
        return next((s for s in self.counted if s.verdict != "holds"), None)

    @property
    def passed(self) -> bool:
        return bool(self.counted) and self.first_wrong is None and self.reaches_target


def taken_as_given(step: Step) -> bool:
    return step.verdict == "undecided" and step.method.startswith(GIVEN)


def credited(step: Step) -> bool:
    """A step that is not a mistake: one that holds, or one that does not hold as written but
    returns to the last expression that held (`recovers`): the mistake before it already
    counts, and one mistake costs once."""
    return step.verdict == "holds" or step.recovers is not None


def _split_top_level(latex: str) -> list[str]:
    """`a = \\frac{b}{c} = d` → ["a", "\\frac{b}{c}", "d"]: `=` outside braces only."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(latex):
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if ch == "=" and depth == 0:
            parts.append(latex[start:i])
            start = i + 1
    parts.append(latex[start:])
    return [p.strip() for p in parts]


def _equal(preamble: str, left: str, right: str) -> bool:
    if " ".join(left.split()) == " ".join(right.split()):
        return True
    steps = check_text(f"{preamble}\n\n$${left} = {right}$$\n").steps
    return bool(steps) and steps[-1].verdict == "holds"


def check_exercise(source: str, path: str = "<answer>",
                   budget: Budget = UNLIMITED) -> ExerciseResult:
    """Check a filled-in derivation exercise (the whole Markdown file), within `budget`."""
    target = _TARGET.search(source)
    if target is None or ANSWER_HEADING not in source:
        raise InputFileError(f"a derivation exercise with `<!-- target: ... -->` and a "
                             f"`{ANSWER_HEADING}` heading", f"{path} without them",
                             "Start from the template in exercises/derivations/.")
    head = source[:source.index(ANSWER_HEADING)]
    answer_line = head.count("\n") + 1
    steps = tuple(s for s in check_text(source, path, locked=answer_line, budget=budget).steps if s.line > answer_line)
    formulas = [f for f in read_math(source)[0] if f.line > answer_line]
    final = _split_top_level(formulas[-1].text)[-1] if formulas else ""
    goal_left, *_, goal = _split_top_level(target.group(1))
    start = ""  # the first member of the chain the last line belongs to (`$$= ...$$` lines continue one)
    for formula in formulas:
        first = _split_top_level(formula.text)[0]
        start = start if not first and start else first
    starts = bool(_DERIVATIVE.search(start)) and _equal(head, start, goal_left)
    reaches = starts and bool(final) and not _DERIVATIVE.search(final) and _equal(head, final, goal)
    return ExerciseResult(target.group(1), steps, reaches, final, starts)
