"""GitHub Actions: workflow commands that put failures on the diff, and the step summary.

When `GITHUB_ACTIONS=true`, `grader check` and `grader derive` append their Markdown summary to
the file `$GITHUB_STEP_SUMMARY` names and print `::error file=...,line=...,title=...::message`
lines. Student code may print anything, and the runner reads commands from what a step prints:
a report is printed between `::stop-commands::<token>` and `::<token>::`, so nothing in it is
taken as a command. GitHub shows at most 10 error and 10 warning annotations per step: the first
ones are kept for real mistakes (exercises that failed) before skeletons not yet written. A
derivation step that does not hold is an error; one that could not be read or decided is a
warning (it does not fail the run), an error with `--strict` (it does).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from checker.derive.result import FileReport
from checker.grade.results import GradeReport

SHOWN = 10  # annotations of each kind (error, warning) GitHub shows for one step
TITLE = {"fails": "step does not hold", "unreadable": "step could not be read", "undecided": "step could not be decided"}


@dataclass(frozen=True)
class Annotation:
    title: str
    message: str
    file: str = ""  # relative to the repository root; "" for none
    line: int | None = None
    kind: str = "error"  # or "warning"


def active(env: Mapping[str, str]) -> bool:
    return env.get("GITHUB_ACTIONS") == "true"


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(annotation: Annotation, kind: str | None = None) -> str:
    """The workflow command line for one annotation (as `kind`, default its own)."""
    kind = kind or annotation.kind
    properties = {"file": annotation.file, "line": "" if annotation.line is None else str(annotation.line),
                  "title": annotation.title}
    listed = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items() if value)
    return f"::{kind} {listed}::{escape_data(annotation.message)}"


def relative(path: Path, env: Mapping[str, str]) -> str:
    """`path` as GitHub names files: relative to the workspace (the checkout) when inside it."""
    root = Path(env.get("GITHUB_WORKSPACE") or os.getcwd()).resolve()
    resolved = path.resolve()
    return resolved.relative_to(root).as_posix() if resolved.is_relative_to(root) else resolved.as_posix()


def check_annotations(report: GradeReport, folder: str) -> list[Annotation]:
    """One annotation per exercise and place: its failed checks at one line share one (the first
    one's message, with how many more); exercises that failed come before those not yet written.
    What its passing checks noted (an input changed in place: no points) is a warning on its file."""
    found = []
    for exercise in sorted(report.exercises, key=lambda e: e.status != "failed"):
        failed = [c for c in exercise.checks if not c.passed]
        places: dict[int | None, list[str]] = {}
        for check in failed:
            places.setdefault(check.line, []).append(check.name)
        file = f"{folder.rstrip('/')}/{exercise.file}" if exercise.file and folder not in ("", ".") else exercise.file
        for line, names in places.items():
            first = next(c for c in failed if c.line == line)
            more = f" (+{len(names) - 1} more failed checks)" if len(names) > 1 else ""
            found.append(Annotation(f"{exercise.name}: {first.name}{more}", first.message, file, line))
        found += [Annotation(f"{exercise.name}: note", remark, file, kind="warning") for remark in exercise.remarks]
    return found


def derive_annotations(reports: list[FileReport], env: Mapping[str, str], strict: bool = False) -> list[Annotation]:
    """One annotation per step that does not hold (an error), could not be read or decided (a
    warning; with `strict` an error), at its line; in a notebook the message names the cell."""
    found = []
    for report in reports:
        file = relative(Path(report.path), env)
        for step in report.steps:
            if step.verdict == "holds":
                continue
            why = "; ".join(filter(None, (step.method, step.diagnosis and f"likely: {step.diagnosis}")))
            where = f"cell {step.cell}, line {step.line}: " if step.cell else ""
            kind = "error" if step.verdict == "fails" or strict else "warning"
            found.append(Annotation(TITLE[step.verdict], f"{where}{step.source.strip()[:200]}: {why}",
                                    file, None if step.cell else step.line, kind))
    return sorted(found, key=lambda a: a.kind != "error")  # stable: errors first, each kind in file order


def commands(annotations: list[Annotation]) -> list[str]:
    """Workflow command lines: the first SHOWN errors and warnings (GitHub drops the rest), then a
    warning saying how many more there are (it takes a warning's place when it needs one)."""
    errors = [a for a in annotations if a.kind == "error"]
    warnings = [a for a in annotations if a.kind != "error"]
    noted = len(errors) > SHOWN or len(warnings) > SHOWN
    shown = errors[:SHOWN] + warnings[:SHOWN - 1 if noted else SHOWN]  # the note is a warning too
    lines = [command(a) for a in shown]
    more = len(annotations) - len(shown)
    if more:
        lines.append(command(Annotation("more failures", f"{more} more failures: see the job summary or run the "
                                        "command with --verbose", kind="warning")))
    return lines


def fenced(text: str) -> str:
    """`text` printed so that the runner takes nothing in it as a workflow command."""
    token = secrets.token_hex(16)
    return f"::stop-commands::{token}\n{text.rstrip(chr(10))}\n::{token}::\n"


def append_summary(markdown: str, env: Mapping[str, str]) -> None:
    """Add `markdown` to the step summary file, when there is one (a write error is not fatal)."""
    path = env.get("GITHUB_STEP_SUMMARY")
    if not path:
        return
    try:
        with open(path, "a", encoding="utf-8") as f:
            f.write(markdown + "\n")
    except OSError:
        pass
