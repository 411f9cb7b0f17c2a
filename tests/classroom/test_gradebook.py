"""`grader gradebook`: per-submission JSON files merged into one CSV; reports read back from JSON."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.classroom.gradebook import Entry, from_json, render_csv
from checker.cli import app
from checker.grade.report import to_json
from checker.grade.results import CheckResult, ExerciseResult, GradeReport

runner = CliRunner()
REPORT = GradeReport(7, (
    ExerciseResult("dense", 5 / 3, 2.0, "failed", (CheckResult("a", True, 5 / 3, 1.0), CheckResult("b", False, 0.0, 1.0,
                                                                                                   "wrong", line=4)),
                   ("note",), file="dense.py"),
    ExerciseResult("derivations/x", 3.0, 3.0, "passed", (CheckResult("steps", True, 3.0, 3.0),)),
))


def test_reports_survive_their_json() -> None:
    back = from_json(json.loads(json.dumps(to_json(REPORT))))
    assert to_json(back) == to_json(REPORT)


@pytest.mark.parametrize(
    ("entries", "rows"),
    [
        ([Entry("ann", REPORT)], [["submission", "score", "max_score", "dense", "derivations/x"],
                                 ["ann", repr(REPORT.score), "5.0", repr(5 / 3), "3.0"]]),
        ([Entry("=cmd()", None, "could not read, x")], [["submission", "score", "max_score"],
                                                        ["'=cmd()", "error: could not read, x", ""]]),
        ([Entry("a", GradeReport(1, REPORT.exercises[1:])), Entry("b", REPORT)],
         [["submission", "score", "max_score", "derivations/x", "dense"], ["a", "3.0", "3.0", "3.0", ""],
          ["b", repr(REPORT.score), "5.0", "3.0", repr(5 / 3)]]),
    ],
)
def test_csv_rows(entries: list[Entry], rows: list[list[str]]) -> None:
    assert list(csv.reader(io.StringIO(render_csv(entries)))) == rows


def test_gradebook_command(tmp_path: Path) -> None:
    (tmp_path / "ann.json").write_text(json.dumps(to_json(REPORT)))
    (tmp_path / "bob.error.json").write_text(json.dumps({"version": 1, "submission": "bob", "error": "no files",
                                                         "internal": False}))
    result = runner.invoke(app, ["gradebook", str(tmp_path / "ann.json"), str(tmp_path / "bob.error.json"),
                                 "--out", str(tmp_path / "gradebook.csv")])
    assert result.exit_code == 0 and "2 submissions (1 graded, 1 could not be)" in result.output
    rows = list(csv.reader(io.StringIO((tmp_path / "gradebook.csv").read_text())))
    assert [r[:2] for r in rows] == [["submission", "score"], ["ann", repr(REPORT.score)], ["bob", "error: no files"]]
    assert runner.invoke(app, ["gradebook", str(tmp_path)]).output == (tmp_path / "gradebook.csv").read_text()


@pytest.mark.parametrize("content", ["not json", '{"version": 2, "exercises": []}', '{"version": 1}', "[]"])
def test_a_file_that_is_not_a_report_is_a_usage_error(tmp_path: Path, content: str) -> None:
    (tmp_path / "x.json").write_text(content)
    result = runner.invoke(app, ["gradebook", str(tmp_path / "x.json")])
    assert result.exit_code == 2 and "expected a grading report" in result.output and "x.json" in result.output
