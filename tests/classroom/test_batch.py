"""Batch grading: several submissions, worker processes, files as each finishes, the gradebook."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.classroom.batch import Options, batch
from checker.classroom.gradebook import Entry
from checker.classroom.progress import Display
from checker.cli import app

ROOT = Path(__file__).parents[2]
DENSE = (ROOT / "solutions" / "dense.py").read_text()
ONLY = Options(seed=3, only=("dense",))
runner = CliRunner()


def _class(tmp_path: Path, **students: str | None) -> Path:
    """A folder of submission folders: name -> dense.py source (None: an empty folder)."""
    folder = tmp_path / "submissions"
    for name, code in students.items():
        (folder / name).mkdir(parents=True)
        if code is not None:
            (folder / name / "dense.py").write_text(code)
    return folder


class Watch(Display):
    """A plain display that records, as each submission finishes, which report files exist."""

    def __init__(self, total: int, out: Path | None = None, interrupt_after: int = 0) -> None:
        super().__init__(total, io.StringIO(), live=False)
        self.out, self.interrupt_after, self.seen = out, interrupt_after, {}

    def finished(self, entry: Entry) -> None:
        super().finished(entry)
        if self.out is not None:
            self.seen[entry.name] = sorted(p.name for p in self.out.iterdir())
        if self.done == self.interrupt_after:
            os.kill(os.getpid(), signal.SIGINT)


def test_gradebook_rows_and_files_written_as_each_finishes(tmp_path: Path) -> None:
    folder = _class(tmp_path, ann=DENSE, ben=DENSE.replace("x.T @ dout", "(x.T @ dout).T"), cid=None)
    out = tmp_path / "out"
    watch = Watch(3, out)
    result = batch([], folder, ONLY, jobs=2, out=out, display=watch)
    assert result.code == 1  # ben fails a check, cid has nothing to grade
    rows = list(csv.reader(io.StringIO((out / "gradebook.csv").read_text())))
    assert rows[0] == ["submission", "score", "max_score", "dense"]
    assert rows[1] == ["ann", "2.0", "2.0", "2.0"]
    assert rows[2][0] == "ben" and float(rows[2][1]) < 2.0 and rows[2][2] == "2.0"
    assert rows[3][0] == "cid" and rows[3][1].startswith("error: expected at least one exercise module") \
        and rows[3][2:] == ["", ""]
    assert {name: f"{name}.json" in files or f"{name}.error.json" in files for name, files in watch.seen.items()} \
        == {"ann": True, "ben": True, "cid": True}
    assert "gradebook.csv" not in watch.seen["ann"] and "gradebook.csv" not in watch.seen["ben"]
    report = json.loads((out / "ann.json").read_text())
    assert report["version"] == 1 and report["seed"] == 3 and report["score"] == 2.0
    assert "3 submissions" in result.stdout and "could not grade cid" in result.stdout


def test_each_submission_draws_its_own_seed(tmp_path: Path) -> None:
    folder = _class(tmp_path, a=DENSE, b=DENSE, c=DENSE)
    out = tmp_path / "out"
    assert batch([], folder, Options(only=("dense",)), jobs=2, out=out, display=Watch(3)).code == 0
    seeds = {json.loads((out / f"{n}.json").read_text())["seed"] for n in "abc"}
    assert len(seeds) > 1  # three draws from a million agree with probability 1e-12


def test_interrupt_keeps_what_finished_and_resume_grades_the_rest(tmp_path: Path) -> None:
    folder = _class(tmp_path, a=DENSE, b=DENSE, c=DENSE)
    out = tmp_path / "out"
    stopped = batch([], folder, ONLY, jobs=1, out=out, display=Watch(3, interrupt_after=1))
    assert stopped.code == 130 and "rerun with --resume" in stopped.stderr
    assert sorted(p.name for p in out.glob("*.json")) == ["a.json"] and not (out / "gradebook.csv").exists()
    (out / "b.json").write_text('{"version": 1, "truncated')  # a broken file is graded again
    before = (out / "a.json").stat().st_mtime_ns
    watch = Watch(2)
    resumed = batch([], folder, ONLY, jobs=2, out=out, resume=True, display=watch)
    assert resumed.code == 0 and watch.done == 2  # b and c only
    assert (out / "a.json").stat().st_mtime_ns == before
    rows = list(csv.reader(io.StringIO((out / "gradebook.csv").read_text())))
    assert [r[0] for r in rows[1:]] == ["a", "b", "c"] and all(r[1] == "2.0" for r in rows[1:])


def test_an_internal_error_is_a_row_and_a_dead_worker_is_replaced(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from checker.grade import checks

    real = checks.grade

    def flaky(directory: Path, **kwargs: object) -> object:
        if directory.name == "bug":
            raise RuntimeError("a bug in the grader")
        if directory.name == "dies":
            os.kill(os.getpid(), signal.SIGKILL)
        return real(directory, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(checks, "grade", flaky)  # the workers are forked from this process: they see it
    folder = _class(tmp_path, bug=DENSE, dies=DENSE, ok=DENSE, ok2=DENSE)
    out = tmp_path / "out"
    result = batch([], folder, ONLY, jobs=2, out=out, display=Watch(4))
    assert result.code == 1
    rows = {r[0]: r for r in csv.reader(io.StringIO((out / "gradebook.csv").read_text()))}
    assert rows["bug"][1].startswith("error: internal grader error (RuntimeError: a bug in the grader")
    assert rows["dies"][1].startswith("error: internal grader error (the grading process died: signal SIGKILL")
    assert rows["ok"][1] == rows["ok2"][1] == "2.0"
    error = json.loads((out / "bug.error.json").read_text())
    assert error == {"version": 1, "submission": "bug", "error": rows["bug"][1].removeprefix("error: "),
                     "internal": True}


def test_exit_3_only_when_every_submission_fails_to_grade(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from checker.grade import checks

    monkeypatch.setattr(checks, "grade", lambda directory, **kwargs: 1 / 0)
    folder = _class(tmp_path, a=DENSE, b=DENSE)
    assert batch([], folder, ONLY, jobs=2, display=Watch(2)).code == 3


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (["check", "{a}", "{a}"], 2, "one folder name per student"),
        (["check", "{a}", "/nonexistent"], 2, "nothing there"),
        (["check", "--each", "{empty}"], 2, "submission folders inside --each"),
        (["check", "--each", "{a}"], 2, "which holds exercise files itself. Grade one submission with `grader check"),
        (["check", "{a}", "{b}", "--out", "{a}/dense.py/out"], 2, "a folder for --out that can be written"),
        (["check", "{a}", "{b}", "--resume"], 2, "--out DIR with --resume"),
        (["check", "{a}", "{b}", "--jobs", "0"], 2, "--jobs of at least 1"),
        (["check", "{a}", "{b}", "--only", "nosuch"], 2, "Fix the --only name"),
        (["check", "{a}", "{b}", "--format", "gradescope"], 2, "one submission with --format gradescope"),
        (["check", "{a}", "{b}", "--only", "dense", "--seed", "1"], 0, "2 submissions"),
        (["check", "{a}", "{b}", "--only", "dense", "--seed", "1", "--verbose"], 0, "== b\n"),
        (["check", "{a}", "{wrong}", "--only", "dense", "--seed", "1"], 1, "most failed checks"),
        (["check", "{a}", "{wrong}", "--only", "dense", "--seed", "1", "--min-score", "0"], 0, "2 submissions"),
    ],
)
def test_batch_command_line(tmp_path: Path, args: list[str], code: int, needle: str) -> None:
    folder = _class(tmp_path, a=DENSE, b=DENSE, wrong=DENSE.replace("x.T @ dout", "(x.T @ dout).T"))
    (tmp_path / "empty").mkdir()
    paths = {"a": str(folder / "a"), "b": str(folder / "b"), "wrong": str(folder / "wrong"),
             "empty": str(tmp_path / "empty")}
    result = runner.invoke(app, [a.format(**paths) for a in args])
    assert result.exit_code == code, result.output
    assert needle in result.output


@pytest.mark.parametrize("fmt", ["json", "junit", "markdown"])
def test_batch_formats(tmp_path: Path, fmt: str) -> None:
    import xml.etree.ElementTree as ET

    folder = _class(tmp_path, a=DENSE, b=None)
    result = batch([], folder, ONLY, jobs=1, fmt=fmt, display=Watch(2))
    assert result.code == 1
    if fmt == "json":
        document = json.loads(result.stdout)
        assert [s["submission"] for s in document["submissions"]] == ["a", "b"]
        assert document["submissions"][0]["report"]["score"] == 2.0 and "error" in document["submissions"][1]
    elif fmt == "junit":
        root = ET.fromstring(result.stdout)
        assert [s.get("name") for s in root] == ["a: dense", "b"] and root.get("errors") == "1"
        # the student's run, timed by the grader's clock, survives the worker's JSON (never 0.000)
        assert float(root[0].get("time")) > 0 and all(float(c.get("time")) > 0 for c in root[0].iter("testcase"))
    else:
        assert "| a | 2/2 | yes |" in result.stdout and "| b | | could not grade |" in result.stdout


def test_the_terminal_display_shows_progress(tmp_path: Path) -> None:
    folder = _class(tmp_path, a=DENSE, b=None)
    stream = io.StringIO()
    result = batch([], folder, ONLY, jobs=1, display=Display(2, stream, live=True))
    shown = stream.getvalue()
    assert result.code == 1 and "grading" in shown and "2/2" in shown and "a: 2/2 passed" in shown
    assert "b: could not grade" in shown and "failures 1" in shown


def test_a_worker_that_died_while_idle_is_replaced(tmp_path: Path) -> None:
    from checker.classroom.pool import Job, Pool

    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "dense.py").write_text(DENSE)
    pool = Pool(1)
    os.kill(pool.workers[0].pid, signal.SIGKILL)
    os.waitid(os.P_PID, pool.workers[0].pid, os.WEXITED | os.WNOWAIT)  # dead, not yet reaped
    pool.start([Job("a", str(tmp_path / "a"), 1, 10.0, ("dense",), None)])
    results = []
    while pool.pending():
        results += pool.poll()
    pool.close()
    assert [(r.name, r.report["score"] if r.report else r.error) for r in results] == [("a", 2.0)]


def test_batch_summary_under_github_actions(tmp_path: Path) -> None:
    folder = _class(tmp_path, a=DENSE, b=None)
    summary = tmp_path / "summary.md"
    result = batch([], folder, ONLY, jobs=1, display=Watch(2),
                   env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    assert result.code == 1 and summary.read_text().startswith("### grader check: batch")
    assert "| a | 2/2 | yes |" in summary.read_text()


@pytest.mark.parametrize(("columns", "lines"), [(None, 1), ("80", 2), ("160", 1)])
def test_the_summary_follows_the_width_of_the_check_table(monkeypatch: pytest.MonkeyPatch, columns: str | None,
                                                          lines: int) -> None:
    """Like `grader check`'s table: 120 columns in a file or log (not rich's 80), else COLUMNS."""
    from checker.classroom.summary import render_summary

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    text = render_summary([Entry("a", None, "no exercise"), Entry("b", None, "no exercise")], 1.0, 2)
    headline = "2 submissions in 1.0 s (2 at a time): 0 passed every check, 0 did not, 2 could not be graded"
    assert len(headline) > 80
    assert " ".join(text.splitlines()[:lines]) == headline


def test_stopping_now_ends_a_worker_grading_a_hung_submission(tmp_path: Path) -> None:
    """The second Ctrl-C: a grading run waits for its threads, which wait for the hung call, until
    the call's timeout (here an hour, every check): close(now=True) still ends the worker."""
    from checker.classroom.pool import Job, Pool

    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "dense.py").write_text(DENSE.replace("return x @ w + b, (x, w)", "while True:\n        pass"))
    pool = Pool(1)
    pool.start([Job("a", str(tmp_path / "a"), 1, 3600.0, ("dense",), None)])
    assert pool.poll(tick=1.0) == [] and pool.busy()  # grading, the call hung
    worker = pool.workers[0].pid
    pool.close(now=True, grace=0.5)
    with pytest.raises(ChildProcessError):
        os.waitpid(worker, os.WNOHANG)  # ended and reaped
