"""The gradebook: one CSV row per submission, `submission,score,max_score,<exercise>...`.

One column per exercise, in the order the reports list them (the union over all submissions),
points unrounded. A submission that could not be graded has its reason in the score column
(`error: ...`) and every other cell empty: it is not a 0. Text cells (names, reasons) that a
spreadsheet would run as a formula (starting with = + - @) are prefixed with `'`.

The per-submission files a batch writes are read back here (`grader gradebook`, `--resume`):
`<name>.json`, the schema-version-1 report, and `<name>.error.json` for one that could not be
graded (`{"version": 1, "submission": ..., "error": ..., "internal": ...}`).
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checker.errors import InputFileError, UsageError
from checker.grade.results import CheckResult, ExerciseResult, GradeReport

ERROR_SUFFIX = ".error.json"


@dataclass(frozen=True)
class Entry:
    """One submission of a batch: its report, or why there is none."""

    name: str
    report: GradeReport | None
    error: str = ""
    internal: bool = False  # the grader failed, not the submission
    seconds: float = 0.0
    resumed: bool = False  # read back from an earlier run's file

    @property
    def passed(self) -> bool:
        return self.report is not None and self.report.all_passed


def counted(n: int, noun: str = "submission") -> str:
    """`1 submission`, `2 submissions`."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def from_json(document: dict[str, Any]) -> GradeReport:
    """A report back from its JSON (schema version 1); raises KeyError/TypeError/ValueError if it is not one."""
    if not isinstance(document, dict) or document.get("version") != 1 or not isinstance(document.get("exercises"), list):
        raise ValueError("not a version-1 grading report")
    exercises = []
    for e in document["exercises"]:
        checks = tuple(CheckResult(c["name"], bool(c["passed"]), float(c["score"]), float(c["max_score"]),
                                   str(c["message"]), bool(c.get("hidden", False)), line=c.get("line"),
                                   seconds=float(c["seconds"]) if c.get("seconds") is not None else None)
                       for c in e["checks"])
        exercises.append(ExerciseResult(e["name"], float(e["score"]), float(e["max_score"]), e["status"], checks,
                                        tuple(e.get("notes", ())), file=e.get("file", ""),
                                        seconds=float(e.get("seconds", 0.0))))
    return GradeReport(int(document["seed"]), tuple(exercises))


def read_entry(path: Path) -> Entry:
    """A submission's file: a report (`<name>.json`) or a failure (`<name>.error.json`)."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(document, dict) and isinstance(document.get("error"), dict):  # one run's usage/internal error
            raise InputFileError("a grading report (`grader check --format json`, or a batch's <name>.json)",
                                 f"{path}, the error `grader check` printed when it could not grade "
                                 f"({document['error'].get('message', '')})",
                                 "Fix that and grade the submission again, or leave the file out.")
        if isinstance(document, dict) and "error" in document and "exercises" not in document:
            return Entry(str(document["submission"]), None, str(document["error"]), bool(document.get("internal")),
                         resumed=True)
        return Entry(path.name.removesuffix(".json"), from_json(document), resumed=True)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise InputFileError("a grading report (`grader check --format json`, or a batch's <name>.json)",
                             f"{path} ({type(error).__name__}: {error})", "Pass the JSON files a batch wrote.") from None


def read_entries(paths: list[Path]) -> list[Entry]:
    """Entries from files, or from the .json files in a folder (gradebook.csv and the like are skipped)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(path.glob("*.json"))
        elif path.exists():
            files.append(path)
        else:
            raise UsageError("JSON reports", f"{path}, which does not exist", "Check the path.")
    if not files:
        raise UsageError("at least one JSON report", "none", "Run `grader gradebook results/*.json --out gradebook.csv`.")
    return [read_entry(f) for f in files]


def _text(value: str) -> str:
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def render_csv(entries: list[Entry]) -> str:
    """The gradebook as CSV text (header `submission,score,max_score,<exercise>...`)."""
    exercises: list[str] = []
    for entry in entries:
        for e in entry.report.exercises if entry.report else ():
            if e.name not in exercises:
                exercises.append(e.name)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["submission", "score", "max_score", *exercises])
    for entry in entries:
        if entry.report is None:
            writer.writerow([_text(entry.name), _text(f"error: {entry.error}"), "", *[""] * len(exercises)])
            continue
        scores = {e.name: repr(e.score) for e in entry.report.exercises}
        writer.writerow([_text(entry.name), repr(entry.report.score), repr(entry.report.max_score),
                         *(scores.get(name, "") for name in exercises)])
    return out.getvalue()


def write_atomic(path: Path, text: str) -> None:
    """Write `path` so that it is either whole or absent, even if the process dies midway."""
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def gradebook(paths: list[Path], out: Path | None) -> tuple[str, int]:
    """`grader gradebook`: merge per-submission JSON files; the CSV (printed, or written to `out`)."""
    entries = read_entries(paths)
    text = render_csv(entries)
    if out is None:
        return text, 0
    try:
        write_atomic(out, text)
    except OSError as error:
        raise UsageError("a file for --out that can be written", f"{out} ({error.strerror})",
                         "Name a file in a folder that exists, e.g. --out gradebook.csv.") from None
    graded = sum(e.report is not None for e in entries)
    return f"wrote {out}: {counted(len(entries))} ({graded} graded, {len(entries) - graded} could not be)\n", 0
