"""The seccomp filter every worker installs (checker/grade/syscalls.py): what it refuses, and that
what a grading child needs (threads, files, pipes, a socket pair, NumPy) still works."""

from __future__ import annotations

import ctypes
import errno
import os
import platform
import socket
import threading

import numpy as np
import pytest

from checker.grade import syscalls

pytestmark = pytest.mark.skipif(syscalls.program() is None, reason=f"no filter for {platform.machine()}")
_libc = ctypes.CDLL(None, use_errno=True)
COLUMN = list(syscalls.ARCH_OF).index(syscalls.MACHINES.get(platform.machine().lower(), "x86_64"))


def _syscall(name: str, *args: int) -> int:
    """The raw system call's errno (0 when it succeeded)."""
    result = _libc.syscall(syscalls.NUMBERS[name][COLUMN], *(ctypes.c_long(a) for a in args))
    return 0 if result >= 0 else ctypes.get_errno()


def _errno(action) -> int:
    try:
        action()
    except OSError as error:
        return error.errno or -1
    return 0


def _thread() -> None:
    done = []
    thread = threading.Thread(target=lambda: done.append(float(np.ones((50, 50)).sum())))
    thread.start()
    thread.join()
    assert done == [2500.0]


def _pair() -> None:
    a, b = socket.socketpair()
    a.send(b"x")
    assert b.recv(1) == b"x"


def _abstract() -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as s:
        s.sendto(b"x", "\0grader-test-nobody-listens")


def _file() -> None:
    with open("/proc/self/status", "rb") as f:
        assert f.read(4)


ROWS = [  # what is tried, and the errno it gets (0: it works)
    ("os.fork", os.fork, errno.EPERM),
    ("a thread", _thread, 0),
    ("a file", _file, 0),
    ("a socket pair", _pair, 0),
    ("os.memfd_create", lambda: os.memfd_create("x"), errno.EPERM),
    ("an AF_INET socket", lambda: socket.socket(socket.AF_INET), errno.EPERM),
    ("an AF_UNIX socket sending to an address", _abstract, errno.EPERM),
    ("unshare(CLONE_NEWUSER)", lambda: _raise(_syscall("unshare", 0x10000000)), errno.EPERM),
    ("clone3", lambda: _raise(_syscall("clone3", 0, 0)), errno.ENOSYS),
    ("clone with CLONE_NEWNS|CLONE_THREAD", lambda: _raise(_syscall("clone", 0x20000 | 0x10000, 0, 0, 0, 0)),
     errno.EPERM),
    ("shmget", lambda: _raise(_syscall("shmget", 0, 1 << 20, 0o1600)), errno.EPERM),
    ("io_uring_setup", lambda: _raise(_syscall("io_uring_setup", 1, 0)), errno.EPERM),
    ("ptrace(PTRACE_TRACEME)", lambda: _raise(_syscall("ptrace", 0, 0, 0, 0)), errno.EPERM),
    ("perf_event_open", lambda: _raise(_syscall("perf_event_open", 0, 0, -1, -1, 0)), errno.EPERM),
    ("userfaultfd", lambda: _raise(_syscall("userfaultfd", 0)), errno.EPERM),
    ("keyctl", lambda: _raise(_syscall("keyctl", 0, 0)), errno.EPERM),
]


def _raise(number: int) -> None:
    if number:
        raise OSError(number, os.strerror(number))


@pytest.mark.parametrize(("what", "action", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_the_filter(what: str, action, expected: int) -> None:
    """In a forked process with the filter installed (after no_new_privs, as the worker does)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 99
        try:
            os.close(read)
            assert _libc.prctl(38, 1, 0, 0, 0) == 0  # PR_SET_NO_NEW_PRIVS
            syscalls.install(syscalls.program())
            code = _errno(action)
        finally:
            os.write(write, str(code).encode())
            os._exit(0)
    os.close(write)
    got = os.read(read, 16)
    os.close(read)
    os.waitpid(pid, 0)
    assert int(got) == expected, f"{what}: errno {got.decode()}, expected {expected}"


@pytest.mark.parametrize("machine", ["x86_64", "aarch64", "arm64", "AMD64"])
def test_a_program_for_each_known_machine(machine: str) -> None:
    code = syscalls.program(machine)
    assert code is not None and len(code) % 8 == 0 and len(code) // 8 < 4096  # BPF_MAXINSNS


def test_no_program_for_an_unknown_machine() -> None:
    assert syscalls.program("riscv64") is None
