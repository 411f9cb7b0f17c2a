"""Grading, step 5: verdicts into points, and an exercise's status.

A case's variant is worth half its points (a scenario with one variant: all of a step's), shared
by its parts: a layer's forward and backward earn theirs apart. A failed part of a case whose
function usually calls another case's (`Case.relies`) that fails too says so. A timed case adds
its vectorisation check (timing.py), which counts when the forward is right or has a named mistake. An exercise's status
comes from its checks: passed; not implemented (nothing passed, and every failure is code not
written yet or what relies on it); failed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from checker.grade import timing
from checker.grade.compare import Comparison
from checker.grade.judge import Part
from checker.grade.plan import Check
from checker.grade.results import CheckResult
from checker.grade.specs import Case, Exercise, Scenario
from checker.grade.transport import Outcome


def total(exercise: Exercise) -> float:
    """The exercise's maximum (a timed case's vectorisation points come on top of its own)."""
    return sum(c.points * (2 if c.timed else 1) for c in exercise.cases)


def scenario_results(check: Check, judged: dict[str, Comparison],
                     spent: Callable[[str], float | None] = lambda step: None) -> list[CheckResult]:
    """One result per step with points; `spent(step id)`: the wall time of the step's calls."""
    found, scenario = [], cast(Scenario, check.case)
    for step in scenario.steps:
        if step.id in judged and step.points:
            verdict, points = judged[step.id], step.points * check.share
            found.append(CheckResult(f"{scenario.name}: {step.label or step.id} ({check.label})", verdict.passed,
                                     points if verdict.passed else 0.0, points, verdict.message,
                                     blocked=verdict.blocked, seconds=spent(step.id)))
    return found


def case_results(check: Check, parts: list[Part], failing: set[str], hidden: bool,
                 where: Callable[[str], int | None] = lambda fn: None,
                 spent: Callable[[str], float | None] = lambda part: None, file: str = "") -> list[CheckResult]:
    """One result per part of a case's variant; `failing`: the cases with a failed part so far;
    `where(function)`: a failing check's line in the student's `file` (place.py), which a result
    of the wrong shape names in its message too; `spent(part)`: the wall time of the part's calls."""
    case = cast(Case, check.case)
    points = case.points * check.share / len(parts)
    relied = next((name for name in case.relies if name in failing), "")
    found = []
    for part in parts:
        verdict = part.verdict
        if relied and not verdict.passed and not verdict.blocked:
            verdict = Comparison(False, f"{verdict.message}; {relied} fails its own check, and {case.fn} usually "
                                 "calls it: fix that first", verdict.hint, verdict.detail)
        message = f"{case.name}: {verdict.message}" if hidden and not verdict.passed else verdict.message
        culprit = case.backward if part.part == "backward" else case.fn  # the function whose values were wrong
        line = None if verdict.passed else where(culprit)
        if verdict.shapes and line is not None and file:
            message += f" ({culprit} in {file}, line {line})"
        found.append(CheckResult(f"{case.name}{': ' + part.part if part.part else ''} ({check.label})",
                                 verdict.passed, points if verdict.passed else 0.0, points, message, hidden,
                                 verdict.blocked, line, spent(part.part)))
    return found


def timed(check: Check, forward: Comparison, out: dict[str, Outcome], data: Any) -> CheckResult:
    """The vectorisation check of a timed case's reference variant."""
    return timing.result(cast(Case, check.case), check.tag, out, forward, data)


def status(checks: list[CheckResult]) -> str:
    """passed; not implemented (nothing passed, and every check found code not written yet or
    relied on such code); failed."""
    failed = [c for c in checks if not c.passed]
    if not failed:
        return "passed"
    if all(c.blocked for c in failed) and not any(c.passed for c in checks):
        return "not implemented"
    return "failed"
