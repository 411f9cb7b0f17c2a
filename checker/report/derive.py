"""`grader derive FILES`: check, render (table, json, markdown), choose the exit code; under GitHub
Actions also the step summary and one annotation per step that does not hold."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from checker.errors import GraderError, unknown_format
from checker.report import github
from checker.report.markdown import render_derive_markdown
from checker.report.output import Output, failed, publish

FORMATS = ("table", "json", "markdown")


def derive_output(files: list[Path], fmt: str = "table", verbose: bool = True, strict: bool = False,
                  env: Mapping[str, str] | None = None, width: int | None = None,
                  file_seconds: float = 60.0, run_seconds: float = 300.0) -> Output:
    """What `grader derive` prints: exit 0 no step fails (with `strict`: every step holds), 1 not,
    2 usage error. `file_seconds` / `run_seconds`: time budgets per file and for all (0: none)."""
    from checker.derive import derive
    from checker.derive.report import render_json, render_table

    env = os.environ if env is None else env
    if fmt not in FORMATS:
        return failed("table", f"error: {unknown_format(fmt, FORMATS)}", 2)
    try:
        reports = derive(files, file_seconds=file_seconds, run_seconds=run_seconds)
    except GraderError as error:
        return failed(fmt, f"error: {error}", error.exit_code)
    bad = {"fails", "unreadable", "undecided"} if strict else {"fails"}
    code = 1 if any(s.verdict in bad for r in reports for s in r.steps) else 0
    markdown = render_derive_markdown(reports)
    if fmt == "json":
        text = render_json(reports)
    elif fmt == "markdown":
        text = markdown
    else:  # rich only for the table (derive/report.py says why)
        from rich.console import Console

        from checker.grade.report import terminal_width

        console = Console(width=width or terminal_width())  # colours on a terminal; 120 columns in a file or log
        with console.capture() as capture:
            render_table(reports, console, verbose=verbose)
        text = capture.get()
    out = publish(text, fmt, markdown, github.derive_annotations(reports, env, strict), env, code)
    return Output(out.stdout, out.stderr + "".join(_no_steps(r.path) for r in reports if not r.steps), out.code)


def _no_steps(path: str) -> str:
    """The note for a file in which no step was found: 0 steps is not "every step holds"."""
    return (f"note: no step found in {path}: expected formulas with =, \\approx or \\Rightarrow between "
            "dollars ($...$, $$...$$), in \\[...\\] or in ```math blocks (a file with no math delimiters "
            "at all: lines that are wholly formulas). Put each step in $$...$$.\n")
