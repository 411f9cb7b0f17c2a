"""Grading results → Gradescope's `results.json` (the autograder specification's output format).

One test per check, named `<exercise>: <check>` and numbered `<exercise>.<check>` in order, with
its points, `status` passed/failed and the message as `output` (plain text); an instructor's
hidden checks are `after_published` (their messages name no input anyway), every other test is
`visible`. The top-level `output` gives the score, the seed (to rerun) and each exercise's
notes; `stdout_visibility` is `hidden` (the grader's own log is for the instructor);
`extra_data` keeps the schema version, seed and per-exercise points.
"""

from __future__ import annotations

import math
from typing import Any

from checker.grade.report import points
from checker.grade.results import GradeReport

FORMAT = "text"  # messages may hold anything student code printed: never rendered as Markdown/HTML


def to_results(report: GradeReport) -> dict[str, Any]:
    tests = []
    for i, exercise in enumerate(report.exercises, start=1):
        for j, check in enumerate(exercise.checks, start=1):
            tests.append({
                "name": f"{exercise.name}: {check.name}", "name_format": FORMAT, "number": f"{i}.{j}",
                "score": check.score, "max_score": check.max_score, "status": "passed" if check.passed else "failed",
                "output": check.message or ("passed" if check.passed else "failed"), "output_format": FORMAT,
                "tags": [exercise.name], "visibility": "after_published" if check.hidden else "visible",
            })
    lines = [(f"score {points(report.score)}/{points(report.max_score)}  seed {report.seed} "
              f"(to rerun: grader check <folder> --seed {report.seed})")]
    for exercise in report.exercises:
        lines.append(f"{exercise.name}: {points(exercise.score)}/{points(exercise.max_score)} {exercise.status}")
        lines += [f"  note: {note}" for note in (*filter(None, (exercise.notice,)), *exercise.remarks, *exercise.notes)]
    return {
        "score": report.score, "execution_time": math.ceil(report.seconds), "output": "\n".join(lines),
        "output_format": FORMAT, "test_output_format": FORMAT, "test_name_format": FORMAT,
        "visibility": "visible", "stdout_visibility": "hidden",
        "extra_data": {"version": 1, "seed": report.seed, "max_score": report.max_score,
                       "exercises": {e.name: {"score": e.score, "max_score": e.max_score, "status": e.status}
                                     for e in report.exercises}},
        "tests": tests,
    }


def error_results(message: str, code: int) -> dict[str, Any]:
    """A submission that could not be graded: score 0 and the reason, so Gradescope shows why."""
    what = "could not grade this submission" if code == 2 else "failed (an internal error; tell your instructor)"
    return {"score": 0.0, "output": f"The grader {what}:\n{message}", "output_format": FORMAT,
            "visibility": "visible", "stdout_visibility": "hidden", "extra_data": {"version": 1, "exit_code": code},
            "tests": []}
