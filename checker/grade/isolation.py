"""Limits for every child, and the fallback's protections (no bubblewrap or user namespaces).

Always: resource limits (address space, CPU seconds, processes, open files, file size, no core
files), BLAS threads pinned to 1, an environment of a few plain variables, death with the
grader; the limits are applied in the worker itself (`warden.py`) before any student code is
read, and the grader's site-packages are where the child finds NumPy (`site_dirs`). In bubblewrap
mode everything else is namespaces (`world.py`, `warden.py`). In the fallback, as root, each
child runs as a fresh unprivileged uid (killed as a whole, fork bombs included) and, where the
kernel lets us make a mount namespace, the grader's package, its reference data, the source
checkout and the submission are covered by empty read-only tmpfs mounts in the fork server's
namespace (which the children inherit), and the scratch area is a size-capped tmpfs there. As an
ordinary user in the fallback the limits hold, but the child runs as that user and can read what
the user can read (the reference data included) and escape the kill by calling setsid.
"""

from __future__ import annotations

import ctypes
import os
import resource
import secrets
import signal
import site
import sys
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

import numpy

import checker

CLONE_NEWNS = 0x00020000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_BIND, MS_REC, MS_PRIVATE = 1, 2, 4, 8, 4096, 16384, 1 << 18
PREFIX = Path(sys.base_prefix).resolve()
VENV = Path(sys.prefix).resolve() if Path(sys.prefix).resolve() != PREFIX else None
PR_SET_PDEATHSIG = 1
MNT_DETACH = 2
SCRATCH_MB = 1024  # as root: the run's scratch area is a tmpfs of this size
_libc = ctypes.CDLL(None, use_errno=True)


@dataclass(frozen=True)
class Limits:
    """Per-child resource limits; `timeout` is the default wall-clock seconds per call."""

    timeout: float = 10.0
    memory_mb: int = 2048
    procs: int = 16
    file_mb: int = 64


def tasks_of(uid: int) -> list[int]:
    """Process ids whose real uid is `uid` (zombies left out: they hold no resources).

    Read as raw bytes (about twice as fast as text lines; it runs twice per child).
    """
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fd = os.open(f"/proc/{entry}/status", os.O_RDONLY)
            try:
                status = os.read(fd, 4096)
            finally:
                os.close(fd)
        except OSError:
            continue
        state, uids = status.find(b"\nState:\t"), status.find(b"\nUid:\t")
        if state < 0 or uids < 0 or status[state + 8:state + 9] in (b"Z", b"X"):
            continue
        if int(status[uids + 6:].split(b"\t", 1)[0]) == uid:
            found.append(int(entry))
    return found


def _threads_of(uid: int) -> int:
    total = 0
    for pid in tasks_of(uid):
        try:
            total += len(os.listdir(f"/proc/{pid}/task"))
        except OSError:
            continue
    return total


def free_uid(taken: Collection[int] = ()) -> int:
    """An unused uid for one child (root only), not in `taken` (this run's earlier children)."""
    for _ in range(100):
        uid = 61000 + secrets.randbelow(4000)
        if uid not in taken and not tasks_of(uid):
            return uid
    raise OSError("no free uid for the sandbox")


def hidden_paths(submission: Path, secret: tuple[Path, ...] = ()) -> list[str]:
    """What the child must not see: the grader, its data, the checkout, the submission, `secret`."""
    package = Path(checker.__file__).resolve().parent
    paths = [package, submission.resolve(), *(p.resolve() for p in secret)]
    checkout = package.parent
    needed = [Path(sys.executable).resolve(), Path(numpy.__file__).resolve(), Path(sys.prefix).resolve()]
    if (checkout / "pyproject.toml").exists():
        if any(checkout in p.parents for p in needed):
            paths += [checkout / name for name in ("solutions", "tests", ".git") if (checkout / name).is_dir()]
        else:
            paths = [checkout, *paths]
    return [str(p) for p in paths if p.is_dir()]


def site_dirs() -> list[str]:
    """The grader's own site-packages folders (a venv's, then the base installation's if the venv
    includes them): the child imports NumPy and whatever else is installed from there, as the
    grader does, not from the base interpreter's (which may have no NumPy at all)."""
    found = []
    for entry in [*site.getsitepackages(), str(Path(numpy.__file__).resolve().parents[1])]:
        path = Path(entry)
        if path.is_dir() and str(path) not in found:
            found.append(str(path))
    return found


def python_for(holder: Path | None) -> tuple[str, dict[str, str], list[str]]:
    """The interpreter the child runs, extra environment for it, and its site-packages folders.

    With a mount namespace the base Python installation is bind-mounted at `holder/base` and a
    venv at `holder/venv` (inside the scratch area), since they may live where the sandbox uid
    cannot go (pyenv under /root).
    """
    executable = Path(sys.executable).resolve()
    sites = site_dirs()
    if holder is None or PREFIX not in executable.parents:
        return str(executable), {}, sites
    moved = []
    for entry in sites:
        path = Path(entry).resolve()
        if VENV is not None and (path == VENV or VENV in path.parents):
            moved.append(str(holder / "venv" / path.relative_to(VENV)))
        elif path == PREFIX or PREFIX in path.parents:
            moved.append(str(holder / "base" / path.relative_to(PREFIX)))
        else:
            moved.append(entry)
    return str(holder / "base" / executable.relative_to(PREFIX)), {"LD_LIBRARY_PATH": str(holder / "base" / "lib")}, moved


def _hide(paths: list[str], holder: str) -> None:
    if _libc.unshare(CLONE_NEWNS) != 0:
        return
    _libc.mount(b"none", b"/", None, MS_REC | MS_PRIVATE, None)
    for path in paths:  # first, so that the bind mounts below carry the covers along (the grader may be in the venv)
        _libc.mount(b"none", path.encode(), b"tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, b"size=4k,mode=000")
    _libc.mount(str(PREFIX).encode(), f"{holder}/base".encode(), None, MS_BIND | MS_REC, None)
    if VENV is not None:
        _libc.mount(str(VENV).encode(), f"{holder}/venv".encode(), None, MS_BIND | MS_REC, None)


def mount_scratch(path: Path) -> bool:
    """Mount a SCRATCH_MB tmpfs at `path` (root with mount rights only); whether it was mounted.

    Children write many small files, which costs ~1 ms each on a disk file system and ~50 us
    on tmpfs; a tmpfs lives in memory, hence the cap on what a child can leave in it.
    """
    options = f"size={SCRATCH_MB}m,mode=0711".encode()
    return _libc.mount(b"none", str(path).encode(), b"tmpfs", MS_NOSUID | MS_NODEV, options) == 0


def unmount(path: Path) -> None:
    _libc.umount2(str(path).encode(), MNT_DETACH)


def can_hide() -> bool:
    """Whether this process may make mount namespaces (tested in a throwaway child)."""
    if os.geteuid() != 0:
        return False
    pid = os.fork()
    if pid == 0:
        os._exit(0 if _libc.unshare(CLONE_NEWNS) == 0 else 1)
    return os.waitpid(pid, 0)[1] == 0


def child_limits(limits: Limits, cpu_seconds: int, uid: int | None, mode: str,
                 filtered: bool = True) -> list[tuple[str, int, int]]:
    """The rlimits a worker sets before it drops its privileges: (resource name, soft, hard).

    Tasks (processes and threads) count per user namespace (Linux 5.14 and later): in bubblewrap
    mode a child's own, where the holder and keeper count too; in the fallback a fresh uid's (as
    root) or yours. Without the seccomp filter (`filtered`: syscalls.py), which keeps a child to
    one process, RLIMIT_NPROC does: 1, no new task at all (threads neither).
    """
    memory, files = limits.memory_mb << 20, limits.file_mb << 20
    procs = limits.procs + (3 if mode == "bwrap" else 0)
    if uid is None:  # your uid: before Linux 5.14 your other processes count too
        procs += _threads_of(os.getuid())
    if not filtered:
        procs = 1
    return [("RLIMIT_AS", memory, memory), ("RLIMIT_CPU", cpu_seconds, cpu_seconds + 1),
            ("RLIMIT_FSIZE", files, files), ("RLIMIT_CORE", 0, 0), ("RLIMIT_STACK", 64 << 20, 64 << 20),
            ("RLIMIT_NPROC", procs, procs), ("RLIMIT_NOFILE", 256, 256)]


def server_preexec(hide: list[str], holder: str, scratch: str) -> Callable[[], None]:
    """Run in the fork server between fork and exec (C calls only): hide paths, put the scratch
    area on a size-capped tmpfs of its own mount namespace (gone with the server), die with the
    grader."""

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if hide:
            _hide(hide, holder)
            if mount_scratch(Path(scratch)):
                os.chdir(scratch)
        _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)

    return apply


def describe(root_mode: bool, hide: list[str]) -> str:
    """The fallback's protections, and what is not protected (see the README's safety model)."""
    shared = "not protected: the network, /tmp and /dev/shm, System V IPC"
    if not root_mode:
        return (f"limits only; {shared}, your files (the child runs as you), your other processes, "
                "processes a submission detaches (setsid)")
    if hide:
        return f"a fresh unprivileged uid per child; grader, reference data and submission hidden; {shared}"
    return f"a fresh unprivileged uid per child; files protected by permissions only; {shared}"


def kill_all(pid: int | None, uid: int | None) -> None:
    """Kill the child's process group (when known) and, under a sandbox uid, every process of that uid."""
    try:
        if pid is not None:
            os.killpg(pid, signal.SIGKILL)
    except OSError:
        pass
    if uid is None:
        return
    for _ in range(200):
        pids = tasks_of(uid)
        if not pids:
            return
        for victim in pids:
            try:
                os.kill(victim, signal.SIGKILL)
            except OSError:
                pass
