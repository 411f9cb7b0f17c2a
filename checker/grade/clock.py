"""The time a held call took, as the kernel measures the worker process from outside.

The grader samples the worker's CPU clock (every thread it ran; a worker is one process, see
syscalls.py, so no helper computes for it) when it hands a held call its arrays and when the
result that carries the call's work is read (watch.py); the worker waits between the two (it
does nothing after that end until the grader has read it: runner.py), so the difference is the
CPU time of that call alone. A verdict then does not depend on how busy the machine is or how
late the grader reads a line: neither the time other jobs held the cores nor the time the
worker waited for the grader counts (the wall clock less the run delay did count the second,
and a solution lost its vectorisation points under load). Waiting costs nothing and earns
nothing: a call that sleeps is as fast as its computation. When the worker cannot be read
(gone before its end was read, or not Linux), the wall clock counts alone.
"""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    """The worker at one moment: seconds of wall clock and of its CPU time (None: unknown)."""

    wall: float
    cpu: float | None = None


def worker(keeper: int) -> int | None:
    """The worker's pid as the grader sees it (the only child of the keeper, whose pidfd is
    `keeper`), or None."""
    try:
        with open(f"/proc/self/fdinfo/{keeper}") as f:
            host = next(int(line.split()[1]) for line in f if line.startswith("Pid:"))
        with open(f"/proc/{host}/task/{host}/children") as f:
            children = f.read().split()
    except (OSError, StopIteration, ValueError, IndexError):
        return None
    return int(children[0]) if len(children) == 1 and host > 0 else None


def sample(pid: int | None) -> Sample:
    """`pid`'s clocks now (the wall clock alone for None or a process that cannot be read)."""
    wall = time.monotonic()
    if pid is None:
        return Sample(wall)
    try:
        return Sample(wall, time.clock_gettime(((~pid) << 3) | 2))  # the process's CPU clock (CPUCLOCK_SCHED)
    except (OSError, ValueError, OverflowError):
        return Sample(wall)


def took(start: Sample, end: Sample) -> float:
    """Seconds between two samples of one worker: its CPU time, else the wall clock."""
    if start.cpu is None or end.cpu is None:
        return end.wall - start.wall
    return end.cpu - start.cpu
