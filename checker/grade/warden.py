"""The fork server and each child's keeper; runs in the sandbox, never imported by the grader.

Runs as `python -I warden.py FD SITES NEST` beside `runner.py` (SITES: a JSON list of the grader's
site-packages folders, added before NumPy is imported; NEST: "1" inside the bubblewrap world,
"0" in the fallback). It imports NumPy once, then serves requests on the control socket FD;
nothing from a submission ever runs in it. Each request forks three processes:

* the *holder* C: with NEST, unshares user, mount, PID, IPC, network, UTS and cgroup namespaces
  (it maps its uid to root of the new user namespace), forks the keeper, tells the server the
  keeper's pid and waits for it. It dies with the server.
* the *keeper* G: PID 1 of the child's namespaces. It builds the child's view of the world
  (NEST): its own work directory at /.grader/work and the package at /.grader/package (read-only), private
  size-capped tmpfs at /tmp, /var/tmp and /dev/shm, the world's scratch area and /proc covered
  (a /proc of its own PID namespace where the kernel allows), SysV shared memory capped, no
  further user namespaces; times the yardstick a timed plan needs (no student code has run in
  it), before it forks the worker and again when the worker has ended; reports the worker's
  wait status and CPU time on its status pipe, which the worker never holds; and when the
  worker ends, kills whatever the worker left behind.
* the *worker* W: its own session, stdio on the log, the progress pipe (fd 3) and the hand-over
  pipe (fd 4); resource limits; with NEST every capability dropped for good (bounding set,
  locked securebits), as root in the fallback a fresh uid; no_new_privs; the grader's seccomp
  filter (one process, no namespaces or mounts: syscalls.py, copied beside this file); then
  `runner.run_plan`.

The kernel calls that build a child's view and take its privileges live in `enclosure.py`,
copied beside this file with `runner.py` and `syscalls.py`.
"""

import json
import os
import resource
import select
import signal
import site
import socket
import sys
import time
import traceback

if __name__ == "__main__":  # the grader's site-packages (a venv's): NumPy and what else is installed there
    for _folder in json.loads(sys.argv[2]):
        site.addsitedir(_folder)
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # runner.py (-I leaves this folder out)

import numpy as np
import numpy.random  # noqa: F401  NumPy loads it lazily: once here, not in every child

import enclosure
import runner
import syscalls
from enclosure import PACKAGE, SCRATCH, WORK

FILTER = syscalls.program()


def _line(fd, deadline):
    """One line from `fd` before `deadline` (monotonic seconds); "" on time-out or end of file."""
    text = b""
    while not text.endswith(b"\n"):
        if not select.select([fd], [], [], max(0.0, deadline - time.monotonic()))[0]:
            return ""
        chunk = os.read(fd, 64)
        if not chunk:
            return ""
        text += chunk
    return text.decode().strip()


def _yardstick(plan):
    """Best-of-five CPU seconds (this thread's: what other jobs on the machine do not change), for
    each timed call (keyed by id), of what vectorised code must at least do: build the im2col
    matrix of its images (`proxy`: images and kernel shapes) and multiply it by the kernel."""
    found, done = {}, {}
    for call in plan["calls"]:
        proxy = call.get("proxy")
        if not proxy:
            continue
        key = json.dumps(proxy)
        if key not in done:
            (n, h, w, c), (kh, kw, _, o) = proxy["images"], proxy["kernel"]
            images, kernel = np.ones((n, h + kh - 1, w + kw - 1, c)), np.ones((kh * kw * c, o))
            best = float("inf")
            for _ in range(5):
                start = time.thread_time()
                windows = np.lib.stride_tricks.sliding_window_view(images, (kh, kw), axis=(1, 2))
                np.ascontiguousarray(windows).reshape(n * h * w, -1) @ kernel
                best = min(best, time.thread_time() - start)
            done[key] = best
        found[call["id"]] = done[key]
    return found


def _worker(request, progress, log, control, nest):
    """In the worker: own session, fds 0-4, limits, no privileges; then the plan (never returns)."""
    os.setsid()
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    os.dup2(log, 1)
    os.dup2(log, 2)
    os.dup2(progress, 3)
    os.dup2(control, 4)
    os.closerange(5, 1 << 16)
    for name, soft, hard in request["limits"]:
        resource.setrlimit(getattr(resource, name), (soft, hard))
    uid = request.get("uid")
    if nest:
        enclosure.drop_capabilities()
    elif uid is not None:
        os.setgroups([])
        os.setgid(uid)
        os.setuid(uid)
    enclosure.no_new_privs()
    enclosure.die_with_parent()  # after the uid change that clears it
    work = WORK if nest else request["work"]
    os.chdir(work)
    os.environ["HOME"] = work
    np.random.seed()  # as in a fresh process, not the server's state
    if FILTER is not None:  # one process, no namespaces, mounts or kernel interfaces (syscalls.py)
        syscalls.install(FILTER)
    runner.run_plan(3, 4, PACKAGE if nest else request["package"])


def _keeper(request, fds, nest):
    """PID 1 of the child's namespaces (see the module docstring); never returns."""
    progress, log, control, status = fds
    enclosure.die_with_parent()
    enclosure.undumpable()
    try:
        if nest:
            enclosure.enclose(request["work"])
        if request.get("probe"):
            os._exit(0)
        with open(os.path.join(WORK if nest else request["work"], "plan.json")) as f:
            plan = json.load(f)
        sticks = _yardstick(plan)
    except BaseException as error:  # noqa: BLE001  the child could not be made: say why
        os.write(status, f"X {type(error).__name__}: {error}"[:300].encode() + b"\n")
        os._exit(1)
    if sticks:
        os.write(status, ("Y " + json.dumps(sticks) + "\n").encode())
    worker = os.fork()
    if worker == 0:
        try:
            os.close(status)
            _worker(request, progress, log, control, nest)
        except BaseException:  # noqa: BLE001  a worker never returns to the keeper's code
            traceback.print_exc()
        os._exit(70)
    for fd in (progress, log, control):
        os.close(fd)
    while True:
        try:
            pid, wait_status, usage = os.wait4(-1, 0)
        except ChildProcessError:
            os._exit(0)
        if pid == worker:
            break
    if nest:  # PID 1: whatever the worker left running dies now (ESRCH: nothing was left)
        try:
            os.kill(-1, signal.SIGKILL)
        except ProcessLookupError:
            pass
    if sticks:  # the yardstick again, after the timed calls (the grader keeps the smaller)
        os.write(status, ("Y " + json.dumps(_yardstick(plan)) + "\n").encode())
    os.write(status, f"W {wait_status} {usage.ru_utime + usage.ru_stime!r}\n".encode())  # the worker's CPU time
    if nest:
        while True:
            try:
                os.waitpid(-1, 0)
            except ChildProcessError:
                break
    os._exit(0)


def _holder(request, fds, nest, tell, hear):
    """The child's first process: its namespaces (mapped by the server, which `tell` and `hear`
    talk to), then the keeper, whose pid goes to `tell`; it ends with the keeper's exit code."""
    enclosure.die_with_parent()
    if nest:
        if os.getuid() == 0:  # as root (the server kept CAP_SETGID): no supplementary group goes along
            os.setgroups([])
        enclosure.unshare()
        os.write(tell, b"U\n")
        if _line(hear, time.monotonic() + 10) != "mapped":
            os._exit(73)
        os.setresgid(0, 0, 0)  # become the mapped ids (as root: the fresh uid, not the host's root)
        os.setresuid(0, 0, 0)
        enclosure.die_with_parent()
    keeper = os.fork()
    if keeper == 0:
        try:
            os.close(tell)
            _keeper(request, fds, nest)
        except BaseException:  # noqa: BLE001
            traceback.print_exc()
        os._exit(71)
    os.write(tell, f"{keeper}\n".encode())
    os.close(tell)
    for fd in fds:
        os.close(fd)
    try:
        code = os.waitstatus_to_exitcode(os.waitpid(keeper, 0)[1])
    except ChildProcessError:
        code = 0
    os._exit(code if code >= 0 else 128 - code)


def _spawn(request, fds, nest):
    """Fork a holder, map its user namespace; its pid and the keeper's (each told within 10 s)."""
    tell_r, tell_w = os.pipe()
    hear_r, hear_w = os.pipe()
    holder = os.fork()
    if holder == 0:
        try:
            os.close(tell_r)
            os.close(hear_w)
            _holder(request, fds, nest, tell_w, hear_r)
        except BaseException:  # noqa: BLE001
            traceback.print_exc()
        os._exit(72)
    for fd in (tell_w, hear_r, *fds):
        os.close(fd)
    deadline = time.monotonic() + 10
    try:
        if nest and _line(tell_r, deadline) == "U":
            enclosure.map_ids(holder, request.get("uid"))
            os.write(hear_w, b"mapped\n")
        keeper = _line(tell_r, deadline)
    except OSError:
        keeper = ""
    finally:
        os.close(tell_r)
        os.close(hear_w)
    return holder, int(keeper) if keeper.isdigit() else None


def _probe(nest, uid):
    """Whether a child can be made here ("" when it can): a trial holder and keeper."""
    if not nest:
        return ""
    os.makedirs(f"{SCRATCH}/probe", exist_ok=True)
    read_fd, write_fd = os.pipe()
    holder, _ = _spawn({"work": "probe", "probe": True, "uid": uid}, [os.dup(write_fd) for _ in range(4)], nest)
    os.close(write_fd)
    code = os.waitstatus_to_exitcode(os.waitpid(holder, 0)[1])
    why = os.read(read_fd, 400).decode(errors="replace").removeprefix("X ").strip()
    os.close(read_fd)
    os.rmdir(f"{SCRATCH}/probe")
    return "" if code == 0 else (why or f"the trial child ended with exit code {code}")


def serve(control, nest, probe_uid):
    """Answer `{"spawn": {...}}` (with progress, log, hand-over and status fds) with the holder's
    and keeper's pids and pidfds, `{"reap": pid}` with the holder's wait status. The first
    message says whether children can be made (`{"ready": "" or why not}`) and carries a
    descriptor of the scratch area, where the grader writes the package and each child's files."""
    sock = socket.socket(fileno=control)
    root = os.open(SCRATCH if nest else ".", os.O_RDONLY | os.O_DIRECTORY)
    socket.send_fds(sock, [json.dumps({"ready": _probe(nest, probe_uid)}).encode()], [root])
    os.close(root)
    while True:
        message, fds, _, _ = socket.recv_fds(sock, 1 << 16, 4)
        if not message:
            os._exit(0)
        request = json.loads(message)
        if "reap" in request:
            try:
                status = os.waitpid(request["reap"], 0)[1]
            except ChildProcessError:
                status = None
            sock.send(json.dumps({"status": status}).encode())
            continue
        holder, keeper = _spawn(request["spawn"], fds, nest)
        handles = []
        for pid in (holder, keeper):
            try:
                handles.append(os.pidfd_open(pid))
            except (OSError, TypeError):  # already gone (its status tells why), or never told
                break
        socket.send_fds(sock, [json.dumps({"pid": holder, "keeper": keeper}).encode()], handles)
        for fd in handles:
            os.close(fd)


if __name__ == "__main__":
    _config = json.loads(sys.argv[3])
    serve(int(sys.argv[1]), _config["nest"], _config.get("probe_uid"))
