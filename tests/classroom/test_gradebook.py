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


@pytest.mark.parametrize(("n", "text"), [(0, "0 submissions"), (1, "1 submission"), (2, "2 submissions")])
def test_counts_are_said_in_the_right_number(n: int, text: str) -> None:
    from checker.classroom.gradebook import counted

    assert counted(n) == text


def test_the_error_document_of_one_run_is_named_as_such(tmp_path: Path) -> None:
    """`grader check alice/ --format json > alice.json 2>&1` that could not grade leaves the error
    document there: the usage error says so and quotes its message (was: `KeyError: 'submission'`)."""
    error = {"version": 1, "error": {"exit_code": 2, "kind": "usage", "message": "error: expected at least one "
                                     "exercise module (e.g. dense.py); received none in alice."}}
    (tmp_path / "alice.json").write_text(json.dumps(error))
    result = runner.invoke(app, ["gradebook", str(tmp_path / "alice.json")])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "alice.json, the error `grader check` printed when it could not grade" in result.output
    assert "received none in alice" in result.output and "KeyError" not in result.output


@pytest.mark.parametrize("out", ["missing/gradebook.csv", "."])
def test_an_out_that_cannot_be_written_is_a_usage_error(tmp_path: Path, out: str) -> None:
    """A folder that does not exist, or a folder given as the file: exit 2 and what to do (was: exit 3,
    an internal error about a temporary file)."""
    (tmp_path / "ann.json").write_text(json.dumps(to_json(REPORT)))
    result = runner.invoke(app, ["gradebook", str(tmp_path / "ann.json"), "--out", str(tmp_path / out)])
    assert result.exit_code == 2, result.output
    assert "expected a file for --out that can be written" in result.output and "e.g. --out gradebook.csv" in result.output
    assert "internal" not in result.output and list(tmp_path.iterdir()) == [tmp_path / "ann.json"]  # no temporary left
