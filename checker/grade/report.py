"""Grading reports: pure functions of a `GradeReport` (table text, JSON document)."""

from __future__ import annotations

import json
import os
import re
from typing import TYPE_CHECKING, Any

from checker.grade.results import GradeReport

if TYPE_CHECKING:  # rich is loaded by the functions that draw (a table, the width): the
    from rich.console import Console  # JSON and Markdown outputs never need it

SCHEMA_VERSION = 1
HEADER = ("exercise", "points", "status", "first failure")
PIPE_WIDTH = 120  # a file or a CI log has no width of its own
MESSAGE_MIN = 40  # characters the message column needs for the table layout
NAME_MIN = 40  # characters a long exercise or check name may fold to in the table


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def printable(text: str) -> str:
    """`text` with control characters (a terminal's escape sequences included: student code may
    print anything) shown as `\\xNN`; tabs and line breaks stay. Also what XML 1.0 can hold."""
    return _CONTROL.sub(lambda found: f"\\x{ord(found.group(0)):02x}", text)


def points(value: float) -> str:
    """Points as the table shows them: rounded to 2 decimals, no trailing zeros (1.67, 0.5, 3)."""
    return f"{round(value, 2):g}"


def to_json(report: GradeReport) -> dict[str, Any]:
    """The documented, versioned schema (version 1); "notes" (a later addition) lists what
    --verbose shows under an exercise, the file choice first; "hidden": true (also later) marks
    an instructor's hidden check, ordinary checks omit it; "file" (later: the graded file, when
    there is one) and a failing check's "line" (later: its place in that file, when it has one);
    "seconds" (later: an exercise's grading time, and a check's: the wall time of the student's
    calls it judged, on the grader's clock, when it judged any).
    Points stay unrounded floats; messages and notes are `printable` (they may quote the submission)."""
    return {
        "version": SCHEMA_VERSION,
        "seed": report.seed,
        "score": report.score,
        "max_score": report.max_score,
        "exercises": [
            {"name": e.name, "score": e.score, "max_score": e.max_score, "status": e.status,
             "checks": [{"name": c.name, "passed": c.passed, "score": c.score, "max_score": c.max_score,
                         "message": printable(c.message), **({"hidden": True} if c.hidden else {}),
                         **({"line": c.line} if c.line is not None else {}),
                         **({"seconds": round(c.seconds, 6)} if c.seconds is not None else {})} for c in e.checks],
             "notes": [printable(n) for n in (*filter(None, (e.notice,)), *e.notes)],
             **({"file": e.file} if e.file else {}), "seconds": round(e.seconds, 3)}
            for e in report.exercises
        ],
    }


def render_json(report: GradeReport) -> str:
    return json.dumps(to_json(report), indent=2)


def terminal_width() -> int:
    """The terminal's width (or `COLUMNS`); PIPE_WIDTH when the output is not a terminal."""
    from rich.console import Console

    console = Console()
    return console.width if console.is_terminal or os.environ.get("COLUMNS") else PIPE_WIDTH


def render_table(report: GradeReport, verbose: bool = False, width: int | None = None) -> str:
    """One row per exercise (points/max, status, first failure); `verbose`: every check. The table
    fills `width` (default: the terminal's); when its message column would be narrower than
    MESSAGE_MIN, each message goes on its own indented lines under its row instead (80 columns)."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    width = width or terminal_width()
    rows: list[tuple[str, str, str, str]] = []
    for e in report.exercises:
        rows.append((e.name, f"{points(e.score)}/{points(e.max_score)}", e.status, e.first_failure))
        if e.notice:
            rows.append(("", "", "note", e.notice))
        rows += [("", "", "note", remark) for remark in e.remarks]
        if verbose:
            rows += [(f"  {c.name}", f"{points(c.score)}/{points(c.max_score)}", "ok" if c.passed else "FAIL", c.message)
                     for c in e.checks]
            rows += [("", "", "note", note) for note in e.notes]
    fixed = [max(len(r[i]) for r in [HEADER, *rows]) for i in range(3)]
    console = Console(width=width, record=True, force_terminal=False, color_system=None)
    with console.capture() as capture:
        # 13: a 4-column table's borders and padding; a long name may fold down to NAME_MIN
        if width - min(fixed[0], NAME_MIN) - fixed[1] - fixed[2] - 13 >= MESSAGE_MIN:
            table = Table(show_lines=False)
            for column in HEADER:
                table.add_column(column, overflow="fold")
            for row in rows:
                table.add_row(*(escape(printable(cell)) for cell in row))
            console.print(table)
        else:
            _stacked(console, rows, fixed)
        console.print(f"score {points(report.score)}/{points(report.max_score)}  seed {report.seed}  (rerun: --seed {report.seed})")
        console.print(f"sandbox: {report.sandbox}")
    return "".join(line.rstrip() + "\n" for line in capture.get().splitlines())


def _stacked(console: Console, rows: list[tuple[str, str, str, str]], fixed: list[int]) -> None:
    """Narrow terminals: name, points and status on one line, the message indented below it."""
    from rich.padding import Padding
    from rich.text import Text

    first = min(fixed[0], max(12, console.width - fixed[1] - fixed[2] - 4))
    console.print(Text(f"{HEADER[0]:<{first}}  {HEADER[1]:<{fixed[1]}}  {HEADER[2]}"))
    for name, score, status, message in rows:
        name, message = printable(name), printable(message)
        line = Text(f"{name:<{first}}  {score:<{fixed[1]}}  {status}")
        line.overflow = "fold"
        console.print(line)
        if message:
            indent = 6 if name.startswith("  ") or not name else 4
            console.print(Padding(Text(message, overflow="fold"), (0, 0, 0, indent)))
