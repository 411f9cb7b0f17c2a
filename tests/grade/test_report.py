"""Reports are pure functions of the result dataclasses: points rounding, notes in every format."""

from __future__ import annotations

import pytest

from checker.grade.report import points, render_table, to_json
from checker.grade.results import CheckResult, ExerciseResult, GradeReport


@pytest.mark.parametrize(
    ("value", "shown"),
    [(5 / 3, "1.67"), (2 / 3, "0.67"), (3.0, "3"), (0.5, "0.5"), (76.5, "76.5"), (0.0, "0"), (0.125, "0.12")],
)
def test_points_are_rounded_to_two_decimals(value: float, shown: str) -> None:
    assert points(value) == shown


REPORT = GradeReport(4, (
    ExerciseResult("derivations/x", 5 / 3, 3.0, "failed", (
        CheckResult("reaches the target", True, 1.0, 1.0),
        CheckResult("step 1", True, 2 / 3, 2 / 3),
        CheckResult("step 2", False, 0.0, 2 / 3, "does not hold"),
        CheckResult("step 3", False, 0.0, 2 / 3, "does not hold"),
    ), ("skipped IPython line (cell 1, line 1): %time",), "both x.py and x.ipynb found: grading x.py"),
))


@pytest.mark.parametrize(
    ("verbose", "present", "absent"),
    [
        (False, ["1.67/3", "score 1.67/3", "note", "both x.py and x.ipynb"], ["1.66667", "skipped IPython", "0.666667"]),
        (True, ["1.67/3", "0.67/0.67", "skipped IPython line", "both x.py and x.ipynb"], ["1.66667", "0.666667"]),
    ],
)
def test_table_rounds_points_and_shows_notes(verbose: bool, present: list[str], absent: list[str]) -> None:
    text = render_table(REPORT, verbose=verbose, width=200)
    assert all(p in text for p in present), text
    assert not any(a in text for a in absent), text


def test_json_keeps_floats_and_lists_notes() -> None:
    (exercise,) = to_json(REPORT)["exercises"]
    assert exercise["score"] == 5 / 3 and exercise["checks"][1]["max_score"] == 2 / 3
    assert exercise["notes"] == ["both x.py and x.ipynb found: grading x.py", "skipped IPython line (cell 1, line 1): %time"]
