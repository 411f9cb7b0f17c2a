"""GitHub Actions: the step summary file, `::error` annotations at the student's lines, reports
fenced by stop-commands; usage errors in the requested format (the command line's own too)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.grade.check import check
from checker.report.derive import derive_output
from checker.report.github import Annotation, command, commands

ROOT = Path(__file__).parents[2]
DENSE = (ROOT / "solutions" / "dense.py").read_text()
runner = CliRunner()


@pytest.mark.parametrize(
    ("annotation", "line"),
    [
        (Annotation("dense: batch 4", "max abs error 3.2\nat 100%", "sub/dense.py", 12),
         "::error file=sub/dense.py,line=12,title=dense: batch 4::max abs error 3.2%0Aat 100%25"),
        (Annotation("a, b: c", "x", "", None), "::error title=a%2C b%3A c::x"),
    ],
)
def test_workflow_command_escaping(annotation: Annotation, line: str) -> None:
    expected = line.replace("title=dense: batch 4", "title=dense%3A batch 4")
    assert command(annotation) == expected


@pytest.mark.parametrize(
    ("errors", "warnings", "shown", "note"),
    [
        (13, 0, (10, 0), "3 more failures"),  # GitHub shows 10 of each kind per step
        (3, 2, (3, 2), None),
        (0, 10, (0, 10), None),
        (12, 4, (10, 4), "2 more failures"),
        (2, 12, (2, 9), "3 more failures"),  # the note takes a warning's place
        (10, 10, (10, 10), None),
    ],
)
def test_at_most_ten_of_each_kind_then_a_note(errors: int, warnings: int, shown: tuple[int, int],
                                              note: str | None) -> None:
    given = [Annotation(f"w{i}", "m", kind="warning") for i in range(warnings)]
    given += [Annotation(f"e{i}", "m") for i in range(errors)]
    lines = commands(given)
    assert lines[:shown[0]] == [f"::error title=e{i}::m" for i in range(shown[0])]
    assert lines[shown[0]:sum(shown)] == [f"::warning title=w{i}::m" for i in range(shown[1])]
    if note is None:
        assert len(lines) == sum(shown)
    else:
        assert len(lines) == sum(shown) + 1 and lines[-1].startswith("::warning title=more failures::" + note)


def _github(tmp_path: Path) -> dict[str, str]:
    return {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md"),
            "GITHUB_WORKSPACE": str(tmp_path)}


def test_check_under_github_actions(tmp_path: Path) -> None:
    student = tmp_path / "work"
    student.mkdir()
    wrong = DENSE.replace("return x @ w + b, (x, w)", "return x @ w - b, (x, w)")
    (student / "dense.py").write_text(wrong)
    forward = wrong.splitlines().index(next(t for t in wrong.splitlines() if t.startswith("def dense_forward"))) + 1
    out = check(student, seed=1, only=("dense", "conv2d"), env=_github(tmp_path), width=100)
    assert out.code == 1
    lines = out.stdout.splitlines()
    token = re.fullmatch(r"::stop-commands::([0-9a-f]{32})", lines[0]).group(1)
    end = lines.index(f"::{token}::")
    assert re.search(r"score [0-9.]+/9\b", "\n".join(lines[1:end]))  # the report, where nothing is a command
    annotations = lines[end + 1:]
    assert annotations[0].startswith(f"::error file=work/dense.py,line={forward},title=dense%3A ")
    assert "more failed checks" in annotations[0]  # every check of dense fails at the same def
    assert annotations[1].startswith("::error title=conv2d%3A conv2d::no conv2d.py")  # not submitted: no file
    summary = (tmp_path / "summary.md").read_text()
    assert summary.startswith("### grader check work: 1/9 points") and "| dense (dense.py) | 1/2 | failed |" in summary


@pytest.mark.parametrize("fmt", ["json", "junit", "gradescope"])
def test_documents_stay_clean_under_github_actions(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "dense.py").write_text(DENSE.replace("x.T @ dout", "(x.T @ dout).T"))
    out = check(tmp_path, seed=1, only=("dense",), fmt=fmt, env=_github(tmp_path))
    if fmt == "junit":
        ET.fromstring(out.stdout)
    else:
        json.loads(out.stdout)
    assert out.stderr.startswith("::error file=dense.py,line=") and (tmp_path / "summary.md").exists()


def test_derive_under_github_actions(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("Let $z = wx + b$.\n\n$$\\frac{\\partial z}{\\partial w} = 2x$$\n")
    out = derive_output([notes], env=_github(tmp_path))
    assert out.code == 1
    assert out.stdout.splitlines()[-1].startswith("::error file=notes.md,line=3,title=step does not hold::")
    assert (tmp_path / "summary.md").read_text().startswith("### grader derive: ") and "notes.md" in out.stdout


READ, HOLD = "line=1,title=step could not be read", "line=5,title=step does not hold"


@pytest.mark.parametrize(
    ("strict", "lines"),
    [
        (False, [f"::error file=notes.md,{HOLD}", f"::warning file=notes.md,{READ}"]),  # errors first
        (True, [f"::error file=notes.md,{READ}", f"::error file=notes.md,{HOLD}"]),  # --strict: both fail the run
    ],
)
def test_derive_annotations_by_verdict(tmp_path: Path, strict: bool, lines: list[str]) -> None:
    """A step that could not be read does not fail the run: a warning, not an error (but with --strict)."""
    notes = tmp_path / "notes.md"
    notes.write_text("$$\\int_x x\\,dx = 1$$\n\nLet $z = wx + b$.\n\n$$\\frac{\\partial z}{\\partial w} = 2x$$\n")
    out = derive_output([notes], env=_github(tmp_path), strict=strict)
    assert [line.split("::")[1] for line in out.stdout.splitlines()[-2:]] == [line.strip(":") for line in lines]


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["check", "/nonexistent", "--format", "{fmt}"], 2),
        (["check", "{dir}", "--format", "{fmt}", "--seed", "abc"], 2),  # the command line's own error
        (["check", "{dir}", "--format={fmt}", "--no-such-option"], 2),
        (["check", "{dir}", "--format", "{fmt}", "--timeout", "0"], 2),
    ],
)
@pytest.mark.parametrize("fmt", ["json", "junit", "gradescope"])
def test_usage_errors_in_the_requested_format(tmp_path: Path, args: list[str], code: int, fmt: str) -> None:
    result = runner.invoke(app, [a.format(dir=tmp_path, fmt=fmt) for a in args])
    assert result.exit_code == code
    assert result.stdout == ""
    if fmt == "json":
        assert json.loads(result.stderr)["error"]["exit_code"] == code
    elif fmt == "junit":
        assert ET.fromstring(result.stderr).get("errors") == "1"
    else:
        assert json.loads(result.stderr)["score"] == 0.0


@pytest.mark.parametrize("args", [["derive", "/nonexistent.md", "--format", "json"],
                                  ["derive", "--format", "json", "--no-such-option", "x.md"]])
def test_derive_usage_errors_in_json(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and result.stdout == ""
    assert json.loads(result.stderr)["error"]["kind"] == "usage"
