"""Progress on stderr. A batch's (`Display`): a rich display on a terminal (done/total, the
submissions being graded, elapsed and remaining time, failures so far), one line per finished
submission otherwise (CI logs, files); redrawn by the batch's loop, with no thread of its own, so
worker processes can still be forked safely. A single `grader check`'s (`Exercises`), on a
terminal only."""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

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
                                     console=Console(file=self.stream), auto_refresh=False, transient=False,
                                     redirect_stdout=False, redirect_stderr=False)
            self.progress.start()
            self.task = self.progress.add_task("grading", total=self.total, status="")
        return self

    def update(self, running: list[tuple[str, float]]) -> None:
        """Redraw; `running`: (name, time.monotonic() when it started) of the submissions being graded."""
        if self.progress is not None:
            clock = time.monotonic()
            now = ", ".join(f"{name} ({clock - began:.0f} s)" for name, began in running[:3]) + (
                " ..." if len(running) > 3 else "")
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


class _Running(ProgressColumn):
    """The exercises being graded and for how long, as of each redraw."""

    def __init__(self, running: dict[str, float]) -> None:
        super().__init__()
        self.running = running

    def render(self, task: Task) -> Text:
        now = time.monotonic()
        items = sorted(self.running.items(), key=lambda item: item[1])[:3]
        return Text("now: " + ", ".join(f"{name} ({now - began:.0f} s)" for name, began in items) if items else "")


class Exercises:
    """A single `grader check` on a terminal: exercises done/total, elapsed time, and the ones being
    graded with how long each has taken (a hanging function is seen, not silent). A `progress` for
    `grade()`, called from its grading threads; it starts drawing at the first event, once grading
    has forked what it forks, and never lets a drawing problem reach the grading."""

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total, self.stream = total, stream or sys.stderr
        self.running: dict[str, float] = {}
        self.lock = threading.Lock()
        self.progress: Progress | None = None
        self.task: TaskID | None = None

    def __call__(self, name: str, result: object) -> None:
        with self.lock:
            try:
                if self.progress is None:
                    self.progress = Progress(TextColumn("grading"), BarColumn(), MofNCompleteColumn(),
                                             TimeElapsedColumn(), _Running(self.running),
                                             console=Console(file=self.stream), transient=True, refresh_per_second=4)
                    self.progress.start()
                    self.task = self.progress.add_task("grading", total=self.total)
                if result is None:
                    self.running[name] = time.monotonic()
                else:
                    self.running.pop(name, None)
                    if self.task is not None:
                        self.progress.update(self.task, advance=1)
            except Exception:  # noqa: BLE001, S110  the display is a convenience; grading goes on
                pass

    def close(self) -> None:
        with self.lock:
            if self.progress is not None:
                self.progress.stop()
