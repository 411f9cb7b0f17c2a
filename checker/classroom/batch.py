"""`grader check A B C [--each DIR] [--jobs N] [--out DIR] [--resume]`: many submissions, one
student each, named by their folder.

Submissions are graded `jobs` at a time by worker processes (`pool.py`); each keeps its own
sandbox, seed (`--seed N` gives every one seed N; else each draws its own, recorded in its
report) and isolation. With `--out DIR`, `DIR/<name>.json` (the schema-version-1 report) is
written the moment a submission finishes, `DIR/<name>.error.json` when it could not be graded,
and `DIR/gradebook.csv` when all are done; `--resume` skips submissions whose report is there
and valid. Ctrl-C: the running submissions finish (and are written), no new one starts; a
second Ctrl-C stops them at once. Exit codes: 0 every submission passed (or reached
`--min-score`), 1 not, 2 usage error, 3 the grader failed for every submission, 130 interrupted.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import tempfile
import time
from collections.abc import Mapping
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checker.classroom.archive import unpack
from checker.classroom.gradebook import (
    ERROR_SUFFIX,
    Entry,
    counted,
    from_json,
    read_entry,
    render_csv,
    write_atomic,
)
from checker.classroom.pool import Done, Job, Pool, warm
from checker.classroom.progress import Display
from checker.classroom.summary import render_summary, render_summary_markdown
from checker.errors import GraderError, InputFileError, UsageError, bad_timeout, unknown_format
from checker.grade.report import render_table, to_json
from checker.report import github
from checker.report.error import FORMATS
from checker.report.junit import render_junit_batch
from checker.report.output import Output, failed

GRADEBOOK = "gradebook.csv"


@dataclass(frozen=True)
class Options:
    """How every submission is graded (as `grader check` options)."""

    seed: int | None = None
    timeout: float = 10.0
    only: tuple[str, ...] = ()
    hidden: Path | None = None
    min_score: float | None = None


def submissions(folders: list[Path], each: Path | None, label: Path | None = None) -> list[tuple[str, Path]]:
    """(name, folder) of every submission: the folders given, then every folder inside `each` (hidden
    ones, starting with `.` or `_`, left out), in order; names must differ. The folder graded is the
    one inside that holds the exercises (`bundle.locate`). `label`: what messages call `each` (the
    .zip export it was unpacked from)."""
    from checker.classroom.bundle import holds, locate

    found = []
    for folder in folders:
        if not folder.is_dir():
            raise UsageError("a folder of exercise modules per submission", f"{folder} ("
                             f"{'a file' if folder.is_file() else 'nothing there'})", "Check the path.")
        found.append((folder.resolve().name, locate(folder)))
    if each is not None:
        if not each.is_dir():
            raise UsageError("a folder of submission folders for --each", f"{each} (not a folder)", "Check the path.")
        shown = label or each
        if holds(each):
            raise UsageError("a folder of submission folders for --each (one per student)",
                             f"{shown}, which holds exercise files itself", f"Grade one submission with "
                             f"`grader check {shown}`, or pass the folder that holds the students' folders.")
        inner = sorted(p for p in each.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))
        if not inner:
            files = sorted(p.name for p in each.iterdir() if p.is_file())
            raise UsageError("submission folders inside --each", f"none in {shown}" + (
                f", only files ({', '.join(files[:3])}{', ...' if len(files) > 3 else ''})" if files else ""),
                "Put one folder per student there (its name names the student); flat exports of files are "
                "not read.")
        found += [(p.name, locate(p)) for p in inner]  # the folder inside that holds the exercises
    if not found:
        raise UsageError("at least one submission folder", "none", "Run `grader check submission/` or `--each DIR`.")
    names = [name for name, _ in found]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise UsageError("one folder name per student", f"{', '.join(twice)} more than once",
                         "Rename the folders: each name names a student in the gradebook.")
    return found


def _validate(options: Options) -> None:
    """Errors every submission would have, found once before any grading starts."""
    from checker.grade import catalogue, hidden
    from checker.grade.store import verify

    unknown = [n for n in options.only if n not in catalogue.BY_NAME]
    if unknown:
        raise UsageError(f"one of {', '.join(catalogue.BY_NAME)}", ", ".join(unknown), "Fix the --only name.")
    if options.timeout <= 0:
        raise bad_timeout(options.timeout)
    manifest = verify()
    if options.hidden is not None:
        hidden.read(options.hidden, manifest)


def _writable(out: Path) -> None:
    """Make the --out folder, or say why it cannot be one."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError("a folder for --out that can be written", f"{out} ({error.strerror}: {error.filename})",
                         "Name another folder for the reports.") from None


def _resumed(out: Path, name: str) -> Entry | None:
    """An earlier run's valid report of this submission, if there is one."""
    path = out / f"{name}.json"
    if not path.is_file():
        return None
    try:
        entry = read_entry(path)
    except InputFileError:
        return None
    return entry if entry.report is not None else None


def _record(out: Path | None, entry: Entry, report: dict[str, Any] | None) -> None:
    """Write a finished submission's file at once (whole or not at all), and drop a stale one."""
    if out is None:
        return
    if report is not None:
        write_atomic(out / f"{entry.name}.json", json.dumps(report, indent=2) + "\n")
        (out / f"{entry.name}{ERROR_SUFFIX}").unlink(missing_ok=True)
    else:
        write_atomic(out / f"{entry.name}{ERROR_SUFFIX}", json.dumps(
            {"version": 1, "submission": entry.name, "error": entry.error, "internal": entry.internal}, indent=2) + "\n")


def _entry(done: Done) -> Entry:
    report = from_json(done.report) if done.report is not None else None
    return Entry(done.name, report, done.error, done.internal, done.seconds)


def _grade_all(pool: Pool, jobs: list[Job], out: Path | None, display: Display) -> tuple[dict[str, Entry], bool]:
    """Grade `jobs` on the pool's workers; the entries, and whether Ctrl-C stopped the run."""
    interrupts = [0]
    previous = signal.signal(signal.SIGINT, lambda signum, frame: interrupts.__setitem__(0, interrupts[0] + 1))
    finished: dict[str, Entry] = {}
    announced, stopped = False, False
    try:
        pool.start(jobs)
        while pool.pending():
            if interrupts[0] >= 2:
                stopped = True
                break
            if interrupts[0] == 1 and not announced:
                waiting = pool.close_queue()
                announced = True
                display.say(f"interrupted: finishing {counted(len(pool.busy()), 'running submission')} ({len(waiting)} not "
                            "started); Ctrl-C again to stop them now")
            for done in pool.poll():
                entry = _entry(done)
                _record(out, entry, done.report)
                finished[entry.name] = entry
                display.finished(entry)
            display.update(pool.running())
    finally:
        pool.close(now=stopped)
        signal.signal(signal.SIGINT, previous)
    return finished, interrupts[0] > 0


def _render(entries: list[Entry], fmt: str, seconds: float, size: int, verbose: bool) -> str:
    if fmt == "json":
        return json.dumps({"version": 1, "submissions": [
            {"submission": e.name, **({"report": to_json(e.report)} if e.report else
                                      {"error": e.error, "internal": e.internal})} for e in entries]}, indent=2)
    if fmt == "junit":
        return render_junit_batch([(e.name, e.report if e.report else e.error) for e in entries], seconds)
    if fmt == "markdown":
        return render_summary_markdown(entries, seconds, size)
    tables = [f"== {e.name}\n{render_table(e.report, verbose=False)}" for e in entries if verbose and e.report]
    return "\n".join([*tables, render_summary(entries, seconds, size)])


def _code(entries: list[Entry], min_score: float | None) -> int:
    if entries and all(e.internal for e in entries):
        return 3
    ok = all(e.report is not None and (e.report.all_passed or (min_score is not None and e.report.score >= min_score))
             for e in entries)
    return 0 if ok else 1


def batch(folders: list[Path], each: Path | None, options: Options, jobs: int | None = None, out: Path | None = None,
          resume: bool = False, fmt: str = "table", verbose: bool = False, env: Mapping[str, str] | None = None,
          display: Display | None = None) -> Output:
    """What `grader check` prints for several submissions (see the module docstring). `each`: a
    folder of submission folders, or a .zip export of one (`archive.py`)."""
    with ExitStack() as stack:  # an export's unpacked copy lives as long as the batch
        return _batch(stack, folders, each, options, jobs, out, resume, fmt, verbose,
                      os.environ if env is None else env, display)


def _batch(stack: ExitStack, folders: list[Path], each: Path | None, options: Options, jobs: int | None,
           out: Path | None, resume: bool, fmt: str, verbose: bool, env: Mapping[str, str],
           display: Display | None) -> Output:
    if fmt not in FORMATS:
        return failed("table", f"error: {unknown_format(fmt, FORMATS)}", 2)
    if fmt == "gradescope":
        return failed(fmt, "error: expected one submission with --format gradescope (a results.json describes one "
                           "student); received several. Grade each in its own container (`grader gradescope build`), "
                           "or use --format json or junit here.", 2)
    start = time.monotonic()
    try:
        if jobs is not None and jobs < 1:
            raise UsageError("--jobs of at least 1", str(jobs), "Give how many submissions to grade at once.")
        if resume and out is None:
            raise UsageError("--out DIR with --resume", "no --out", "Name the folder of the earlier run's reports.")
        label = each
        if each is not None and each.is_file():
            each = unpack(each, Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="grader-export-"))))
        found = submissions(folders, each, label)
        _validate(options)
        if out is not None:
            _writable(out)
    except GraderError as error:
        return failed(fmt, f"error: {error}", error.exit_code)
    earlier = {name: entry for name, _ in found if resume and out is not None
               for entry in [_resumed(out, name)] if entry is not None}
    todo = [Job(name, str(path), options.seed if options.seed is not None else secrets.randbelow(10**6),
                options.timeout, options.only, str(options.hidden) if options.hidden else None)
            for name, path in found if name not in earlier]
    size = max(1, min(jobs or len(os.sched_getaffinity(0)), len(todo) or 1))
    finished: dict[str, Entry] = {}
    interrupted = False
    if todo:
        warm()
    pool = Pool(size) if todo else None  # forked before the display draws anything
    with display or Display(len(todo)) as shown:
        if earlier:
            shown.say(f"resumed: {counted(len(earlier))} already graded in {out}")
        if pool is not None:
            finished, interrupted = _grade_all(pool, todo, out, shown)
    entries = [earlier.get(name) or finished[name] for name, _ in found if name in earlier or name in finished]
    seconds = time.monotonic() - start
    if interrupted and len(entries) < len(found):  # a Ctrl-C after the last one started changes nothing
        left = len(found) - len(entries)
        note = f"interrupted: {len(entries)} of {counted(len(found))} graded, {left} not" + (
            f"; their reports are in {out}: rerun with --resume to grade the rest" if out else "")
        return Output(_render(entries, fmt, seconds, size, verbose), note + "\n", 130)
    if out is not None:
        write_atomic(out / GRADEBOOK, render_csv(entries))
    text = _render(entries, fmt, seconds, size, verbose)
    if github.active(env):
        github.append_summary(render_summary_markdown(entries, seconds, size), env)
    return Output(text if text.endswith("\n") else text + "\n", "", _code(entries, options.min_score))
