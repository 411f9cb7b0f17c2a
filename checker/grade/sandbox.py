"""Run a plan of calls on a student's module in a sandboxed child process.

One child runs an exercise's calls in order; children are forked by a fork server that has
imported NumPy once (`forkserver.py`), each with its own limits, uid (as root) and work
directory, so a child costs a few milliseconds, not a Python start. Several exercises' children
may run at once (one thread each in the grader). When a call hangs, crashes the child or ends the
process, that call fails with the reason and a fresh child runs the remaining calls,
re-running the calls they depend on (a forward whose cache a backward needs). Inputs go in as
raw bytes indexed in the plan's JSON and results come back as `.npy`/JSON files that the
grader reads only after the child and all its descendants are dead (`transport.py` validates
them).
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from checker.grade import isolation
from checker.grade.forkserver import ForkServer
from checker.grade.isolation import Limits
from checker.grade.transport import Budget, Outcome, printable, read_outcome

RUNNER = Path(__file__).with_name("runner.py")
IMPORT_SECONDS = 10.0


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


@dataclass
class _Run:
    """What a child announced: each call's start and end, accepted only in plan order."""

    order: list[str]
    started: list[str] = field(default_factory=list)
    ended: set[str] = field(default_factory=set)
    fate: str = ""

    def start(self, call_id: str) -> bool:
        """Whether `call_id` is the next call of the plan (and the one before it ended)."""
        if len(self.started) >= len(self.order) or self.order[len(self.started)] != call_id:
            return False
        if self.started and self.started[-1] not in self.ended:
            return False
        self.started.append(call_id)
        return True

    def end(self, call_id: str, out: Path) -> None:
        """The current call ended; an end announced before its record was written is a forgery
        (the runner writes the record first): the child is stopped."""
        if self.started and self.started[-1] == call_id:
            self.ended.add(call_id)
            if not (out / f"{call_id}.json").is_file() or (out / f"{call_id}.json").is_symlink():
                self.fate = "forged"


def _signal_name(code: int) -> str:
    try:
        return signal.Signals(-code).name
    except ValueError:
        return f"signal {-code}"


def _crash_message(fate: str, returncode: int | None, timeout: float, tail: str) -> tuple[str, str]:
    if fate == "timeout":
        return "timeout", f"timed out after {timeout:g} s (an infinite loop, or far too slow?)"
    if returncode is None:  # its exit status died with the fork server
        message = "the process was killed with the sandbox's fork server (did the submission's code kill it?)"
    elif returncode < 0:
        name = _signal_name(returncode)
        why = {"SIGXCPU": "CPU time limit", "SIGKILL": "killed (memory or time limit)",
               "SIGSEGV": "crashed (stack overflow from deep recursion?)", "SIGXFSZ": "file size limit"}
        message = f"the process died: {name}, {why.get(name, 'crashed')}"
    else:
        message = f"the process ended during the call (exit code {returncode}; os._exit or exit in the code?)"
    tail = tail.strip().splitlines()[-1:] if tail.strip() else []
    return "crashed", message + (f"; last output: {tail[0][:200]}" if tail else "")


class Sandbox:
    """A scratch area, a fork server and sandbox identities for one grading run (thread-safe)."""

    def __init__(self, submission: Path, limits: Limits, package: dict[str, str], secret: tuple[Path, ...] = ()) -> None:
        """`package`: the submission's exercise modules by name (written once, read-only for children);
        `secret`: more folders to hide (hidden checks' data)."""
        self.limits = limits
        self.root = Path(tempfile.mkdtemp(prefix="grader-"))
        self.root_mode = os.geteuid() == 0
        self.hide = isolation.hidden_paths(submission, secret) if self.root_mode and isolation.can_hide() else []
        self.tmpfs = bool(self.hide) and isolation.mount_scratch(self.root)
        self.children = 0
        self.uids: set[int] = set()
        self.lock = threading.Lock()
        try:
            self.server = self._start(package)
        except BaseException:
            self._remove()
            raise

    def _start(self, package: dict[str, str]) -> ForkServer:
        """Write the package (root-owned, so children cannot change it) and start the fork server."""
        os.chmod(self.root, 0o711)
        (self.root / "package" / "exercises").mkdir(parents=True)
        (self.root / "package" / "exercises" / "__init__.py").write_text("")
        for name, code in package.items():
            (self.root / "package" / "exercises" / f"{name}.py").write_text(code, encoding="utf-8")
        holder = self.root / "python"
        holder.mkdir(mode=0o755)
        for name in ("base", "venv"):
            (holder / name).mkdir(mode=0o755)
        python, python_env, sites = isolation.python_for(holder if self.hide else None)
        shutil.copy(RUNNER, self.root / "runner.py")
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(self.root), "LANG": "C.UTF-8",
               "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", **python_env,
               # a fresh process would mmap and zero every large temporary until glibc adapts (train: 0.9 s, not 0.35 s)
               "MALLOC_MMAP_THRESHOLD_": str(32 << 20), "MALLOC_TRIM_THRESHOLD_": str(128 << 20)}
        return ForkServer(python, self.root, env, isolation.server_preexec(self.hide, str(holder)), sites)

    def describe(self) -> str:
        return isolation.describe(self.root_mode, self.hide)

    def close(self) -> None:
        self.server.close()
        self._remove()

    def _remove(self) -> None:
        if self.tmpfs:
            isolation.unmount(self.root)
        shutil.rmtree(self.root, ignore_errors=True)

    def _identity(self) -> tuple[int, int | None]:
        """A new child's number and, as root, a uid no other child of this run has had."""
        with self.lock:
            self.children += 1
            uid = isolation.free_uid(self.uids) if self.root_mode else None
            if uid is not None:
                self.uids.add(uid)
            return self.children, uid

    @staticmethod
    def _prepare(work: Path, uid: int | None, module: str, calls: list[Call], inputs: dict[str, np.ndarray]) -> None:
        """The child's plan (calls, and where each input sits in `inputs.bin`) and its inputs' bytes,
        back to back (one file, no zip or header to parse: ~5 ms less per child than an .npz)."""
        work.mkdir(mode=0o700)  # children that run at the same time cannot read each other's files
        (work / "out").mkdir()
        index, offset = {}, 0
        for name, array in inputs.items():
            index[name] = {"dtype": array.dtype.str, "shape": list(array.shape), "offset": offset}
            offset += -(-array.nbytes // 64) * 64  # each array 64-byte aligned
        plan = {"module": module, "inputs": index, "calls": [{**c.spec, "deps": sorted(c.deps())} for c in calls]}
        (work / "plan.json").write_text(json.dumps(plan))
        with open(work / "inputs.bin", "wb") as f:
            for name, array in inputs.items():
                f.seek(index[name]["offset"])
                f.write(np.ascontiguousarray(array).data)
            f.truncate(offset)  # empty arrays at the end lie inside the file too
        if uid is not None:
            for path in [work, *work.rglob("*")]:
                os.chown(path, uid, uid)

    def run(self, module: str, calls: list[Call], inputs: dict[str, np.ndarray]) -> dict[str, Outcome]:
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
            got = self._child(module, send, inputs)
            for call_id, outcome in got.items():
                if call_id in {c.id for c in pending} or call_id == "__import__":
                    outcomes.setdefault(call_id, outcome)
            if "__import__" not in got:
                outcomes["__import__"] = Outcome("__import__", "crashed", "the Python child did not start")
            if outcomes["__import__"].status != "ok":
                failed_import = outcomes["__import__"]
                where = failed_import.traceback[-1].strip() if failed_import.traceback else ""
                reason = f"the module could not be imported: {failed_import.message}" + (f" ({where})" if where else "")
                for call in pending:
                    outcomes.setdefault(call.id, Outcome(call.id, "skipped", reason))
            elif not any(c.id in got for c in pending):
                first = next(c for c in send if c.id not in outcomes)
                outcomes[first.id] = Outcome(first.id, "crashed", "the child stopped before this call began")
            pending = [c for c in pending if c.id not in outcomes]
        return outcomes

    def _child(self, module: str, send: list[Call], inputs: dict[str, np.ndarray]) -> dict[str, Outcome]:
        """One child's outcomes; its work directory is gone afterwards (the scratch area stays small)."""
        number, uid = self._identity()
        work = self.root / f"work{number}"
        try:
            self._prepare(work, uid, module, send, inputs)
            log = tempfile.TemporaryFile(dir=self.root)  # noqa: SIM115  closed by the `with` below
        except OSError as error:  # a full scratch area (another child of this run filled it)
            shutil.rmtree(work, ignore_errors=True)
            return {"__import__": Outcome("__import__", "crashed", f"the child's files could not be written ({error})")}
        with log:
            try:
                return self._supervise(work, uid, send, log)
            finally:
                shutil.rmtree(work, ignore_errors=True)

    def _supervise(self, work: Path, uid: int | None, send: list[Call], log: Any) -> dict[str, Outcome]:
        timeouts = {c.id: c.timeout or self.limits.timeout for c in send}
        timeouts["__import__"] = min(IMPORT_SECONDS, self.limits.timeout)
        budget = sum(timeouts.values())
        read_fd, write_fd = os.pipe()
        try:
            limits = isolation.child_limits(self.limits, int(budget) + 1, uid)
            pid = self.server.spawn(work, self.root / "package", uid, limits, write_fd, log.fileno())
        finally:
            os.close(write_fd)
        run = self._watch(pid, uid, read_fd, ["__import__", *(c.id for c in send)], timeouts, budget, work / "out")
        isolation.kill_all(pid, uid)
        returncode = self.server.reap(pid)
        os.close(read_fd)
        outcomes = {}
        log.seek(max(0, os.fstat(log.fileno()).st_size - 2000))
        tail = printable(log.read(2000).decode(errors="replace"), 2000)
        wanted = {c.id: len(c.spec["keep"]) if isinstance(c.spec.get("keep"), list) else None for c in send}
        try:
            out = os.open(work / "out", os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
        except OSError:
            out = -1  # replaced by something else: every record is unreadable
        reading = Budget()
        for call_id in run.started:
            if call_id in run.ended:
                outcomes[call_id] = read_outcome(out, call_id, reading, wanted.get(call_id))
            else:
                status, message = _crash_message(run.fate, returncode, timeouts.get(call_id, 0), tail)
                outcomes[call_id] = Outcome(call_id, status, message)
                break
        if out >= 0:
            os.close(out)
        return outcomes

    @staticmethod
    def _lines(run: _Run, lines: list[bytes], timeouts: dict[str, float], out: Path) -> float | None:
        """Record progress lines (a start only for the next call in plan order: forged lines cannot
        stretch the child's life); the new deadline when a call started."""
        deadline = None
        for line in lines:
            kind, _, call_id = line.decode(errors="replace").partition(" ")
            if kind == "S" and run.start(call_id):
                deadline = time.monotonic() + timeouts[call_id]
            elif kind == "E":
                run.end(call_id, out)
        return deadline

    def _watch(self, pid: int, uid: int | None, fd: int, order: list[str], timeouts: dict[str, float],
               budget: float, out: Path) -> _Run:
        run = _Run(order)
        start = time.monotonic()
        deadline = start + timeouts["__import__"]
        pidfd = os.pidfd_open(pid)
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
                    deadline = self._lines(run, lines, timeouts, out) or deadline
                    if run.fate == "forged":
                        break
                if pidfd in ready:
                    run.fate = "exit"
                    while open_pipe and select.select([fd], [], [], 0)[0]:
                        data = os.read(fd, 65536)
                        open_pipe = bool(data)
                        buffer += data
                    self._lines(run, buffer.split(b"\n"), timeouts, out)
                    break
        finally:
            os.close(pidfd)
        if run.fate in ("timeout", "forged"):
            isolation.kill_all(pid, uid)
        return run
