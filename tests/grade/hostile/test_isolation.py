"""Hostile submissions against the sandbox's walls: each attack runs in the child and, when it
succeeds (it reached the network, a peer's files, the grader's environment, state an earlier
child left...), sabotages its own result, so a leak shows as lost points. Each asserts the score
it deserves (full marks: the attack was contained and the code is otherwise right), and that
nothing is left behind on the host: no files in /tmp, /var/tmp, /dev/shm, no System V objects,
no processes, no mounts. Bubblewrap mode as root (CI) and as an ordinary user; the fallback
protects less (the README's safety model), and the rows it cannot pass are marked."""

from __future__ import annotations

import ctypes
import os
import signal
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import checker
from checker.grade import forkserver
from checker.grade.checks import grade
from checker.grade.isolation import Limits

ROOT = Path(__file__).parents[3]
GOOD = (ROOT / "solutions" / "dense.py").read_text()
MARK = f"hostile{os.getpid()}"
KEY = 0x6B1D0000 + os.getpid() % 0xFFFF  # the System V key the attacks use
SECRET = f"secret-{os.getpid()}-token"
TIMEOUT = 3.0
LAST: list[str] = []

# the good dense.py, whose forward is wrong exactly when `_leaked()` is true
HEAD = GOOD + """
import ctypes, os, socket, sys, time
_good = dense_forward
_libc = ctypes.CDLL(None, use_errno=True)


_found = []


def dense_forward(x, w, b):  # the attack runs once per child (the centred differences call this often)
    if not _found:
        _found.append(_leaked())
    return _good(x, w, b + 1.0) if _found[0] else _good(x, w, b)
"""

ATTACKS = {
    "network": """
def _leaked():
    try:
        with socket.create_connection(("127.0.0.1", {port}), timeout=1) as s:
            s.sendall(repr(_good).encode())
        return True
    except OSError:
        return False
""",
    "the grader's environment": """
def _leaked():
    if any("{secret}" in v for v in os.environ.values()):
        return True
    for pid in os.listdir("/proc") if os.path.isdir("/proc") else []:
        for name in ("environ", "cmdline"):
            try:
                if b"{secret}" in open(f"/proc/{{pid}}/{{name}}", "rb").read():
                    return True
            except OSError:
                pass
    return False
""",
    "ptrace and memory of other processes": """
def _leaked():
    mine = {{os.getpid()}}
    for pid in (int(p) for p in os.listdir("/proc") if p.isdigit()) if os.path.isdir("/proc") else []:
        if pid in mine:
            continue
        if _libc.ptrace(16, pid, 0, 0) == 0:  # PTRACE_ATTACH
            return True
        try:
            open(f"/proc/{{pid}}/mem", "rb").close()
            return True
        except OSError:
            pass
    return False
""",
    "reading peers and the grader": """
def _leaked():
    for path in ({peer!r}, {data!r}, {solutions!r}):
        try:
            open(path, "rb").read(16)
            return True
        except OSError:
            pass
    return False
""",
    "new namespaces and mounts": """
def _leaked():
    if _libc.unshare(0x10000000) == 0:  # CLONE_NEWUSER: a tmpfs of its own would escape the memory limit
        return True
    return _libc.mount(b"none", b"/tmp", b"tmpfs", 0, None) == 0
""",
    "stopping and killing every process it sees": """
import signal
def _leaked():
    for pid in (int(p) for p in os.listdir("/proc") if p.isdigit()) if os.path.isdir("/proc") else []:
        if pid != os.getpid():
            for sig in (signal.SIGSTOP, signal.SIGKILL):
                try:
                    os.kill(pid, sig)
                except OSError:
                    pass
    return False
""",
    "filling /dev/shm and /tmp": """
def _leaked():
    for folder in ("/dev/shm", "/tmp"):
        try:
            with open(f"{{folder}}/{mark}-fill", "wb") as f:
                for _ in range(64):
                    f.write(bytes(4 << 20))  # 256 MiB: more than the child's private tmpfs holds
            return True
        except OSError:
            pass
    return False
""",
}

# written by a first run, looked for by a second: nothing may pass from one child to the next
PLANT = """
def _leaked():
    for folder in ("/tmp", "/var/tmp", "/dev/shm", os.environ.get("HOME", "/"), os.getcwd(), "..", "/"):
        try:
            open(os.path.join(folder, "{mark}-planted"), "w").write("x")
        except OSError:
            pass
    shmget = _libc.shmget
    shmget.restype = ctypes.c_int
    segment = shmget({key}, 256 << 20, 0o1666)  # IPC_CREAT, 256 MiB, never removed
    if segment >= 0:
        _libc.shmat.restype = ctypes.c_void_p
        address = _libc.shmat(segment, None, 0)
        if address not in (None, ctypes.c_void_p(-1).value):
            ctypes.memset(address, 1, 64 << 20)
    try:
        first = os.fork()  # a daemon that outlives the check
    except OSError:  # a child is one process (the sandbox's seccomp filter)
        return False
    if first == 0:
        os.setsid()
        if os.fork() == 0:
            _libc.prctl(15, b"{mark}", 0, 0, 0)  # PR_SET_NAME
            time.sleep(60)
        os._exit(0)
    return False
"""
LOOK = """
def _leaked():
    for folder in ("/tmp", "/var/tmp", "/dev/shm", os.environ.get("HOME", "/"), os.getcwd(), "..", "/"):
        if os.path.exists(os.path.join(folder, "{mark}-planted")):
            return True
    _libc.shmget.restype = ctypes.c_int
    return _libc.shmget({key}, 0, 0) >= 0
"""


def _residue() -> list[str]:
    """What an attack could have left on the host."""
    found = [str(p) for folder in ("/tmp", "/var/tmp", "/dev/shm") for p in Path(folder).glob(f"{MARK}*")]
    for kind in ("shm", "msg", "sem"):
        try:
            rows = Path(f"/proc/sysvipc/{kind}").read_text().splitlines()[1:]
        except OSError:
            continue
        found += [f"System V {kind} {row.split()[0]}" for row in rows if row.split() and int(row.split()[0]) == KEY]
    for comm in Path("/proc").glob("[0-9]*/comm"):
        try:
            if comm.read_text().strip() == MARK[:15]:
                found.append(f"process {comm.parent.name}")
        except OSError:
            continue
    found += [line for line in Path("/proc/self/mountinfo").read_text().splitlines() if MARK in line]
    return found


def _tree(pid: int) -> list[int]:
    """`pid` and its descendants."""
    found = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [p for child in task.read_text().split() for p in _tree(int(child))]
    return found


@pytest.fixture(autouse=True)
def _clean_up() -> Iterator[None]:
    """What a contained attack never leaves, removed anyway once the assertions have run (in the
    fallback, which the attacks get through, they do leave it)."""
    yield
    for path in (p for folder in ("/tmp", "/var/tmp", "/dev/shm") for p in Path(folder).glob(f"{MARK}*")):
        path.unlink(missing_ok=True)
    libc = ctypes.CDLL(None, use_errno=True)
    segment = libc.shmget(KEY, 0, 0)
    if segment >= 0:
        libc.shmctl(segment, 0, None)  # IPC_RMID


@pytest.fixture
def listener() -> Iterator[tuple[int, list[bytes]]]:
    """A TCP server on the host's loopback that records what reaches it."""
    server = socket.create_server(("127.0.0.1", 0))
    got: list[bytes] = []

    def serve() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            with conn:
                got.append(conn.recv(1000) or b"(connected)")

    stop = threading.Event()
    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], got
    stop.set()
    thread.join()
    server.close()


def _grade(folder: Path, code: str, walls: bool = True) -> tuple[float, float, float]:
    """Score, maximum and seconds; with `walls`, an expected failure in the fallback (which has none)."""
    (folder / "dense.py").write_text(code)
    start = time.monotonic()
    report = grade(folder, seed=1, only=("dense",), limits=Limits(timeout=TIMEOUT, memory_mb=1024))
    if walls and not report.sandbox.startswith("bubblewrap") and not os.environ.get("GRADER_NO_XFAIL"):
        pytest.xfail(f"the fallback does not protect against this (README, safety model): {report.sandbox}")
    (exercise,) = report.exercises
    LAST[:] = [c.message for c in exercise.checks if not c.passed][:2]
    return exercise.score, exercise.max_score, time.monotonic() - start


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_an_attack_is_contained(tmp_path: Path, name: str, listener: tuple[int, list[bytes]],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    port, reached = listener
    monkeypatch.setenv("GRADER_HOSTILE_SECRET", SECRET)
    peer = tmp_path / "peer" / "dense.py"
    peer.parent.mkdir()
    peer.write_text(GOOD)
    data = Path(checker.__file__).parent / "reference" / "data" / "manifest.json"
    attack = ATTACKS[name].format(port=port, secret=SECRET, mark=MARK, peer=str(peer), data=str(data),
                                  solutions=str(ROOT / "solutions" / "dense.py"))
    (tmp_path / "sub").mkdir()
    score, most, elapsed = _grade(tmp_path / "sub", HEAD + attack)
    assert reached == [], reached
    assert score == most, f"{name}: the attack got through ({score}/{most})"
    assert elapsed < 6 * TIMEOUT + 10, f"{name} took {elapsed:.1f} s"
    assert _residue() == []


def test_nothing_passes_from_one_run_to_the_next(tmp_path: Path) -> None:
    for step, code in (("plant", PLANT), ("look", LOOK)):
        (tmp_path / step).mkdir()
        score, most, _ = _grade(tmp_path / step, HEAD + code.format(mark=MARK, key=KEY))
        assert score == most, f"{step}: {score}/{most}"
    time.sleep(0.2)
    assert _residue() == []


def test_a_stopped_fork_server_is_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A server that stops answering (SIGSTOP, as code that reaches it in the fallback can send) is
    killed and replaced: the grading finishes, with full marks."""
    monkeypatch.setattr(forkserver, "REPLY_SECONDS", 2.0)
    real = forkserver.ForkServer.spawn
    stopped: list[int] = []

    def spawn(self: forkserver.ForkServer, request: dict, fds: tuple[int, ...]) -> forkserver.Child:
        if not stopped and self._process is not None:
            for pid in _tree(self._process.pid):  # bwrap and the warden inside
                os.kill(pid, signal.SIGSTOP)
                stopped.append(pid)
        return real(self, request, fds)

    monkeypatch.setattr(forkserver.ForkServer, "spawn", spawn)
    (tmp_path / "sub").mkdir()
    score, most, elapsed = _grade(tmp_path / "sub", GOOD, walls=False)
    assert stopped and score == most and elapsed < 20, (score, most, elapsed, LAST)
