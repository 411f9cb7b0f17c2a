"""Grading reports: pure functions of a `GradeReport` (table text, JSON document)."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from checker.grade.results import GradeReport
from checker.grade.transport import printable

SCHEMA_VERSION = 1
TEXT = 4000  # characters of a message or note at most


def _text(value: str) -> str:
    """A message or note as a report carries it: what the submission wrote there (a notebook's line,
    a syntax error's line, a child's output) with control characters and lone surrogates escaped."""
    return printable(value, TEXT)


def points(value: float) -> str:
    """Points as the table shows them: rounded to 2 decimals, no trailing zeros (1.67, 0.5, 3)."""
    return f"{round(value, 2):g}"


def to_json(report: GradeReport) -> dict[str, Any]:
    """The documented, versioned schema (version 1); "notes" (a later addition) lists what
    --verbose shows under an exercise, the file choice first; "hidden": true (also later) marks
    an instructor's hidden check, ordinary checks omit it. Points stay unrounded floats."""
    return {
        "version": SCHEMA_VERSION,
        "seed": report.seed,
        "score": report.score,
        "max_score": report.max_score,
        "exercises": [
            {"name": e.name, "score": e.score, "max_score": e.max_score, "status": e.status,
             "checks": [{"name": c.name, "passed": c.passed, "score": c.score, "max_score": c.max_score,
                         "message": _text(c.message), **({"hidden": True} if c.hidden else {})} for c in e.checks],
             "notes": [_text(n) for n in (*filter(None, (e.notice,)), *e.notes)]}
            for e in report.exercises
        ],
    }


def render_json(report: GradeReport) -> str:
    return json.dumps(to_json(report), indent=2)


def render_table(report: GradeReport, verbose: bool = False, width: int = 120) -> str:
    """One row per exercise (points/max, status, first failure); `verbose`: every check."""
    table = Table(show_lines=False)
    for column in ("exercise", "points", "status", "first failure"):
        table.add_column(column, overflow="fold")
    for e in report.exercises:
        table.add_row(e.name, f"{points(e.score)}/{points(e.max_score)}", e.status, escape(_text(e.first_failure)))
        if e.notice:
            table.add_row("", "", "note", escape(_text(e.notice)))
        if verbose:
            for c in e.checks:
                table.add_row(f"  {c.name}", f"{points(c.score)}/{points(c.max_score)}", "ok" if c.passed else "FAIL",
                              escape(_text(c.message)))
            for note in e.notes:
                table.add_row("", "", "note", escape(_text(note)))
    console = Console(width=width, record=True, force_terminal=False, color_system=None)
    with console.capture() as capture:
        console.print(table)
        console.print(f"score {points(report.score)}/{points(report.max_score)}  seed {report.seed}  (rerun: --seed {report.seed})")
        console.print(f"sandbox: {report.sandbox}")
    return capture.get()
