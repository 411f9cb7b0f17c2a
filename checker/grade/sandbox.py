"""Run a plan of calls on a student's module in a sandboxed child process.

One child runs an exercise's calls in order (a python+numpy start costs ~0.1 s, so one
child per check would dominate the run). When a call hangs, crashes the child or ends the
process, that call fails with the reason and a fresh child runs the remaining calls,
re-running the calls they depend on (a forward whose cache a backward needs). Inputs go in as
`.npz` and results come back as `.npy`/JSON files that the grader reads only after the
child and all its descendants are dead (`transport.py` validates them).
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from checker.grade import isolation
from checker.grade.isolation import Limits
from checker.grade.transport import Rejected, read_array, read_json

RUNNER = Path(__file__).with_name("runner.py")
IMPORT_SECONDS = 10.0
Value = np.ndarray | Rejected | None


@dataclass(frozen=True)
class Call:
    """One call for the runner: `spec` is its JSON (id, fn, args, ...)."""

    id: str
    spec: dict[str, Any]
    timeout: float | None = None

    def deps(self) -> set[str]:
        found: set[str] = set()

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                if "ref" in node:
                    found.add(node["ref"])
                for value in node.values():
                    walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)

        walk(self.spec)
        return found


@dataclass(frozen=True, eq=False)
class Outcome:
    """What became of one call. status: ok, error, timeout, crashed, skipped."""

    id: str
    status: str
    message: str = ""
    traceback: tuple[str, ...] = ()
    outputs: tuple[Value, ...] = ()
    watched: tuple[Value, ...] = ()
    seconds: float | None = None
    proxy_seconds: float | None = None
    paths: tuple[str, ...] = ()  # where each output sits in a nested return value (keep "flat")


@dataclass
class _Run:
    started: list[str] = field(default_factory=list)
    ended: set[str] = field(default_factory=set)
    fate: str = ""


def _signal_name(code: int) -> str:
    try:
        return signal.Signals(-code).name
    except ValueError:
        return f"signal {-code}"


def _crash_message(fate: str, returncode: int, timeout: float, tail: str) -> tuple[str, str]:
    if fate == "timeout":
        return "timeout", f"timed out after {timeout:g} s (an infinite loop, or far too slow?)"
    if returncode < 0:
        name = _signal_name(returncode)
        why = {"SIGXCPU": "CPU time limit", "SIGKILL": "killed (memory or time limit)",
               "SIGSEGV": "crashed (stack overflow from deep recursion?)", "SIGXFSZ": "file size limit"}
        message = f"the process died: {name}, {why.get(name, 'crashed')}"
    else:
        message = f"the process ended during the call (exit code {returncode}; os._exit or exit in the code?)"
    tail = tail.strip().splitlines()[-1:] if tail.strip() else []
    return "crashed", message + (f"; last output: {tail[0][:200]}" if tail else "")


def _values(work: Path, described: Any, max_bytes: int) -> tuple[Value, ...]:
    if not isinstance(described, list):
        return ()
    values: list[Value] = []
    for item in described[:64]:
        kind = item.get("kind") if isinstance(item, dict) else None
        if kind == "none":
            values.append(None)
        elif kind == "array" and isinstance(item.get("file"), str) and "/" not in item["file"]:
            values.append(read_array(work / "out" / item["file"], max_bytes))
        else:
            what = item.get("type", "?") if isinstance(item, dict) else "?"
            why = str(item.get("why", ""))[:120] if isinstance(item, dict) else ""
            values.append(Rejected(f"a value of type {str(what)[:40]} that could not be sent back as a numeric array"
                                   + (f" ({why})" if why else "")))
    return tuple(values)


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _outcome(work: Path, call_id: str, max_bytes: int) -> Outcome:
    record = read_json(work / "out" / f"{call_id}.json")
    if record is None or record.get("id") != call_id:
        return Outcome(call_id, "crashed", "no readable result (was the output overwritten?)")
    if record.get("status") == "skipped":
        return Outcome(call_id, "skipped", str(record.get("message", ""))[:200])
    if record.get("status") != "ok":
        error = record.get("error") if isinstance(record.get("error"), dict) else {}
        lines = error.get("traceback") if isinstance(error.get("traceback"), list) else []
        return Outcome(call_id, "error", str(error.get("message", "error"))[:500], tuple(str(x)[:300] for x in lines[:8]))
    return Outcome(
        call_id, "ok", "",
        outputs=_values(work, record.get("outputs"), max_bytes),
        watched=_values(work, record.get("watched"), max_bytes),
        seconds=_number(record.get("seconds")), proxy_seconds=_number(record.get("proxy_seconds")),
        paths=tuple(str(p)[:80] for p in paths[:64]) if isinstance(paths := record.get("paths"), list) else (),
    )


class Sandbox:
    """A scratch area and a sandbox identity for one grading run."""

    def __init__(self, submission: Path, limits: Limits) -> None:
        self.limits = limits
        self.root = Path(tempfile.mkdtemp(prefix="grader-"))
        os.chmod(self.root, 0o711)
        self.uid = isolation.free_uid() if os.geteuid() == 0 else None
        self.hide = isolation.hidden_paths(submission) if self.uid is not None and isolation.can_hide() else []
        self.children = 0
        self.holder = self.root / "python"
        self.holder.mkdir(mode=0o755)
        self.python, self.python_env = isolation.python_for(self.holder if self.hide else None)

    def describe(self) -> str:
        return isolation.describe(self.uid, self.hide)

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    def _prepare(self, package: dict[str, str], module: str, calls: list[Call], inputs: dict[str, np.ndarray]) -> Path:
        self.children += 1
        work = self.root / f"work{self.children}"
        (work / "exercises").mkdir(parents=True)
        (work / "out").mkdir()
        (work / "exercises" / "__init__.py").write_text("")
        for name, code in package.items():
            (work / "exercises" / f"{name}.py").write_text(code, encoding="utf-8")
        shutil.copy(RUNNER, work / "runner.py")
        (work / "plan.json").write_text(json.dumps({"module": module, "calls": [{**c.spec, "deps": sorted(c.deps())} for c in calls]}))
        np.savez(work / "inputs.npz", **inputs)
        if self.uid is not None:
            for path in [work, *work.rglob("*")]:
                os.chown(path, self.uid, self.uid)
        return work

    def run(self, package: dict[str, str], module: str, calls: list[Call], inputs: dict[str, np.ndarray]) -> dict[str, Outcome]:
        """Outcomes of every call (plus `__import__`), restarting the child after a failure."""
        outcomes: dict[str, Outcome] = {}
        pending = list(calls)
        by_id = {c.id: c for c in calls}
        while pending:
            failed = {i for i, o in outcomes.items() if o.status != "ok"}
            hung = {str(by_id[i].spec.get("fn")) for i, o in outcomes.items() if o.status == "timeout" and i in by_id}
            send: list[Call] = []
            for call in pending:
                if str(call.spec.get("fn")) in hung:  # one wait per function is enough
                    outcomes[call.id] = Outcome(call.id, "timeout", f"skipped: {call.spec.get('fn')} timed out before")
                    failed.add(call.id)
                    continue
                bad = call.deps() & failed
                if bad:
                    outcomes[call.id] = Outcome(call.id, "skipped", f"needs {sorted(bad)[0]}, which failed")
                    failed.add(call.id)
                    continue
                for dep in sorted(call.deps(), key=list(by_id).index):
                    if dep not in {c.id for c in send}:
                        send.append(by_id[dep])
                send.append(call)
            if not send:
                break
            work = self._prepare(package, module, send, inputs)
            got = self._child(work, send)
            for call_id, outcome in got.items():
                if call_id in {c.id for c in pending} or call_id == "__import__":
                    outcomes.setdefault(call_id, outcome)
            if "__import__" not in got:
                outcomes["__import__"] = Outcome("__import__", "crashed", "the Python child did not start")
            if outcomes["__import__"].status != "ok":
                reason = f"the module could not be imported: {outcomes['__import__'].message}"
                for call in pending:
                    outcomes.setdefault(call.id, Outcome(call.id, "skipped", reason))
            elif not any(c.id in got for c in pending):
                first = next(c for c in send if c.id not in outcomes)
                outcomes[first.id] = Outcome(first.id, "crashed", "the child stopped before this call began")
            pending = [c for c in pending if c.id not in outcomes]
        return outcomes

    def _child(self, work: Path, send: list[Call]) -> dict[str, Outcome]:
        timeouts = {c.id: c.timeout or self.limits.timeout for c in send}
        timeouts["__import__"] = min(IMPORT_SECONDS, self.limits.timeout)
        budget = sum(timeouts.values())
        read_fd, write_fd = os.pipe()
        log = open(self.root / f"log{self.children}", "wb")
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(work), "LANG": "C.UTF-8",
               "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", **self.python_env}
        child = subprocess.Popen(
            [self.python, "-I", "runner.py", str(write_fd)], cwd=work, env=env, stdin=subprocess.DEVNULL,
            stdout=log, stderr=log, pass_fds=(write_fd,), start_new_session=True,
            preexec_fn=isolation.preexec(self.limits, int(budget) + 1, self.uid, self.hide, str(self.holder)),
        )
        os.close(write_fd)
        log.close()
        run = self._watch(child, read_fd, timeouts, budget)
        isolation.kill_all(child.pid, self.uid)
        os.close(read_fd)
        outcomes = {}
        tail = (self.root / f"log{self.children}").read_bytes()[-2000:].decode(errors="replace")
        for call_id in run.started:
            if call_id in run.ended:
                outcomes[call_id] = _outcome(work, call_id, self.limits.file_mb << 20)
            else:
                status, message = _crash_message(run.fate, child.returncode or 0, timeouts.get(call_id, 0), tail)
                outcomes[call_id] = Outcome(call_id, status, message)
                break
        return outcomes

    @staticmethod
    def _lines(run: _Run, lines: list[bytes], timeouts: dict[str, float]) -> float | None:
        """Record progress lines; the new deadline when a call started."""
        deadline = None
        for line in lines:
            kind, _, call_id = line.decode(errors="replace").partition(" ")
            if kind == "S" and call_id in timeouts and call_id not in run.started:
                run.started.append(call_id)
                deadline = time.monotonic() + timeouts[call_id]
            elif kind == "E" and call_id in run.started:
                run.ended.add(call_id)
        return deadline

    def _watch(self, child: subprocess.Popen[bytes], fd: int, timeouts: dict[str, float], budget: float) -> _Run:
        run = _Run()
        start = time.monotonic()
        deadline = start + timeouts["__import__"]
        pidfd = os.pidfd_open(child.pid)
        buffer = b""
        open_pipe = True
        try:
            while True:
                now = time.monotonic()
                left = min(deadline, start + budget) - now
                if left <= 0:
                    run.fate = "timeout"
                    break
                ready, _, _ = select.select([fd, pidfd] if open_pipe else [pidfd], [], [], left)
                if fd in ready:
                    data = os.read(fd, 65536)
                    open_pipe = bool(data)
                    buffer += data
                    *lines, buffer = buffer.split(b"\n")
                    deadline = self._lines(run, lines, timeouts) or deadline
                if pidfd in ready:
                    child.wait()
                    run.fate = "exit"
                    while open_pipe and select.select([fd], [], [], 0)[0]:
                        data = os.read(fd, 65536)
                        open_pipe = bool(data)
                        buffer += data
                    self._lines(run, buffer.split(b"\n"), timeouts)
                    break
        finally:
            os.close(pidfd)
        if run.fate == "timeout":
            isolation.kill_all(child.pid, self.uid)
            child.wait()
        return run
