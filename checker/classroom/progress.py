"""Progress of a batch on stderr: a rich display on a terminal (done/total, the submissions being
graded, elapsed and remaining time, failures so far), one line per finished submission
otherwise (CI logs, files). Redrawn by the batch's loop: no thread of its own, so worker
processes can still be forked safely."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from checker.classroom.gradebook import Entry
from checker.grade.report import points


def _line(entry: Entry) -> str:
    if entry.report is None:
        return f"{entry.name}: could not grade: {entry.error}"
    report = entry.report
    verdict = "passed" if entry.passed else "failed"
    return f"{entry.name}: {points(report.score)}/{points(report.max_score)} {verdict} ({entry.seconds:.1f} s)"


class Display:
    """`with Display(total) as d: d.update(running); d.finished(entry)`."""

    def __init__(self, total: int, stream: TextIO | None = None, live: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.total, self.done, self.failures = total, 0, 0
        self.live = self.stream.isatty() if live is None else live
        self.start = time.monotonic()
        self.progress: Progress | None = None

    def __enter__(self) -> Display:  # noqa: PYI034
        if self.live:
            self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                     TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(),
                                     TextColumn("{task.fields[status]}"),
                                     console=Console(file=self.stream), auto_refresh=False, transient=False)
            self.progress.start()
            self.task = self.progress.add_task("grading", total=self.total, status="")
        return self

    def update(self, running: list[str]) -> None:
        if self.progress is not None:
            now = ", ".join(running[:3]) + (" ..." if len(running) > 3 else "")
            self.progress.update(self.task, status=f"failures {self.failures}  now: {now}")
            self.progress.refresh()

    def finished(self, entry: Entry) -> None:
        self.done += 1
        self.failures += not entry.passed
        if self.progress is not None:
            self.progress.console.print(_line(entry), markup=False, highlight=False)
            self.progress.update(self.task, advance=1)
            self.progress.refresh()
        else:
            self.stream.write(f"[{self.done}/{self.total}] {_line(entry)}\n")
            self.stream.flush()

    def say(self, text: str) -> None:
        if self.progress is not None:
            self.progress.console.print(text, markup=False, highlight=False)
        else:
            self.stream.write(text + "\n")
            self.stream.flush()

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()
