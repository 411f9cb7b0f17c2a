"""Worker processes that grade one submission at a time each.

The workers are forked from the batch's process after it has imported the grader, NumPy and
the derivation checker (SymPy), so each submission pays for none of that; every submission
still gets its own sandbox (fork server, scratch area, uids), seed and derivation process, as a
single `grader check` does. A job and its result travel as JSON lines on pipes. A worker that
dies (out of memory, killed) costs only its current submission, which is reported as an
internal error, and is replaced. Workers ignore Ctrl-C (the batch decides); SIGTERM makes one
stop at once, closing its sandbox.
"""

from __future__ import annotations

import importlib
import json
import os
import select
import signal
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.errors import GraderError


@dataclass(frozen=True)
class Job:
    name: str
    path: str
    seed: int
    timeout: float
    only: tuple[str, ...]
    hidden: str | None


@dataclass(frozen=True)
class Done:
    """A finished job: the report's JSON (schema version 1), or why there is none."""

    name: str
    report: dict[str, Any] | None
    error: str = ""
    internal: bool = False  # the grader failed, not the submission
    seconds: float = 0.0


def warm() -> None:
    """Import what every grading run needs once, before the workers are forked: the grader, NumPy
    and the derivation checker with SymPy (~0.3 s of every single `grader check`)."""
    for module in ("checker.grade.checks", "checker.derivations.exercise"):
        importlib.import_module(module)


def _grade(job: Job) -> Done:
    from checker.grade.checks import grade
    from checker.grade.report import to_json

    start = time.monotonic()
    try:
        report = grade(Path(job.path), seed=job.seed, timeout=job.timeout, only=job.only,
                       hidden_dir=Path(job.hidden) if job.hidden else None)
    except GraderError as error:
        return Done(job.name, None, str(error), False, time.monotonic() - start)
    except Exception as error:  # noqa: BLE001  a bug in the grader: this submission's row says so
        where = traceback.extract_tb(error.__traceback__)[-1:]
        place = f" at {where[0].filename.rsplit('/', 1)[-1]}:{where[0].lineno}" if where else ""
        return Done(job.name, None, f"internal grader error ({type(error).__name__}: {error}{place})", True,
                    time.monotonic() - start)
    return Done(job.name, to_json(report), seconds=time.monotonic() - start)


def _stop(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def _serve(jobs: int, results: int) -> None:
    """A worker's loop: a job line in, a result line out, until the job pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop)
    with os.fdopen(jobs, "r", encoding="utf-8") as incoming, os.fdopen(results, "w", encoding="utf-8") as outgoing:
        for line in incoming:
            record = json.loads(line)
            done = _grade(Job(**{**record, "only": tuple(record["only"])}))
            outgoing.write(json.dumps(done.__dict__) + "\n")
            outgoing.flush()


@dataclass
class _Worker:
    pid: int
    jobs: Any  # text file: job lines to the worker
    results: Any  # binary file: result lines from it
    job: Job | None = None
    buffer: bytes = b""
    started: float = 0.0


@dataclass
class Pool:
    """`size` workers: `start(jobs)`, then `poll()` while `pending()`."""

    size: int
    workers: list[_Worker] = field(default_factory=list)
    queue: list[Job] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.workers = [self._fork() for _ in range(self.size)]

    def _fork(self) -> _Worker:
        job_read, job_write = os.pipe()
        result_read, result_write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker: it leaves through os._exit, never through the batch's code
            code = 0
            try:
                os.close(job_write)
                os.close(result_read)
                for other in self.workers:  # the other workers' pipes are not this one's
                    other.jobs.close()
                    other.results.close()
                _serve(job_read, result_write)
            except BaseException:  # noqa: BLE001  KeyboardInterrupt (SIGTERM) or a broken pipe
                code = 1
            finally:
                os._exit(code)
        os.close(job_read)
        os.close(result_write)
        return _Worker(pid, os.fdopen(job_write, "w", encoding="utf-8"), os.fdopen(result_read, "rb", buffering=0))

    def busy(self) -> list[Job]:
        return [w.job for w in self.workers if w.job is not None]

    def running(self) -> list[tuple[str, float]]:
        """(name, when it started: time.monotonic()) of each job being graded."""
        return [(w.job.name, w.started) for w in self.workers if w.job is not None]

    def start(self, jobs: list[Job]) -> None:
        self.queue = list(jobs)

    def pending(self) -> bool:
        return bool(self.queue or self.busy())

    def poll(self, tick: float = 0.25) -> list[Done]:
        """Hand out jobs to idle workers; the results that arrive within `tick` seconds."""
        for worker in list(self.workers):
            if worker.job is None and self.queue:
                job = self.queue.pop(0)
                try:
                    worker.jobs.write(json.dumps({**job.__dict__, "only": list(job.only)}) + "\n")
                    worker.jobs.flush()
                except OSError:  # it died while idle: a new one takes the job
                    self.queue.insert(0, job)
                    self._replace(worker)
                    continue
                worker.job, worker.started = job, time.monotonic()
        reading = {w.results.fileno(): w for w in self.workers if w.job is not None}
        ready, _, _ = select.select(list(reading), [], [], tick) if reading else ([], [], [])
        return [done for fd in ready for done in self._read(reading[fd])]

    def _read(self, worker: _Worker) -> list[Done]:
        data = worker.results.read(1 << 20)
        if not data:  # the worker died during its job
            return [self._died(worker)]
        worker.buffer += data
        found = []
        while b"\n" in worker.buffer:
            line, worker.buffer = worker.buffer.split(b"\n", 1)
            worker.job = None
            found.append(Done(**json.loads(line)))
        return found

    def _died(self, worker: _Worker) -> Done:
        _, status = os.waitpid(worker.pid, 0)
        code = os.waitstatus_to_exitcode(status)
        job = worker.job
        assert job is not None
        why = f"signal {signal.Signals(-code).name}" if code < 0 else f"exit code {code}"
        done = Done(job.name, None, f"internal grader error (the grading process died: {why}; out of memory?)",
                    True, time.monotonic() - worker.started)
        self._replace(worker, reaped=True)
        return done

    def _replace(self, worker: _Worker, reaped: bool = False) -> None:
        """A new worker in place of one that died."""
        for stream in (worker.jobs, worker.results):
            try:
                stream.close()
            except OSError:
                pass
        if not reaped:
            os.waitpid(worker.pid, 0)
        self.workers[self.workers.index(worker)] = self._fork()

    def close_queue(self) -> list[Job]:
        """Hand out no more jobs; the ones that were waiting."""
        waiting, self.queue = self.queue, []
        return waiting

    def close(self, now: bool = False) -> None:
        """End the workers: after their current job, or (`now`) at once (SIGTERM: each closes its sandbox)."""
        for worker in self.workers:
            if now and worker.job is not None:
                os.kill(worker.pid, signal.SIGTERM)
            worker.jobs.close()
        for worker in self.workers:
            worker.results.close()
            os.waitpid(worker.pid, 0)
        self.workers = []
