"""The time a held call took, as the kernel measures the worker process from outside.

The grader samples the worker when it hands a held call its arrays and when the result that
carries the call's work is read (watch.py): the wall clock, the worker's CPU clock (every
thread it ran; a worker is one process, see syscalls.py) and how long its thread waited for a
core while it could have run (the run delay of /proc/<pid>/schedstat). A call took
max(CPU time, wall time - run delay): what it computed plus what it waited for other than a
core (sleep, I/O), not the time other jobs on the machine held the cores. So a verdict does not
flip when the machine is busy, as one read off the wall clock did. When the worker cannot be
read (gone, or no schedstat), the wall clock counts alone.
"""

from __future__ import annotations

import contextlib
import os
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    """The worker at one moment: seconds of wall clock, CPU time and run delay (None: unknown)."""

    wall: float
    cpu: float | None = None
    delay: float | None = None


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
    cpu = delay = None
    with contextlib.suppress(OSError, ValueError, OverflowError):
        cpu = time.clock_gettime(((~pid) << 3) | 2)  # the process's CPU clock (CPUCLOCK_SCHED)
    with contextlib.suppress(OSError, ValueError, IndexError):
        fd = os.open(f"/proc/{pid}/schedstat", os.O_RDONLY)
        try:
            fields = os.read(fd, 128).split()
        finally:
            os.close(fd)
        delay = int(fields[1]) / 1e9 if int(fields[0]) or int(fields[1]) else None  # all 0: not kept
    return Sample(wall, cpu, delay)


def took(start: Sample, end: Sample) -> float:
    """Seconds between two samples of one worker: max(CPU, wall - run delay), else the wall clock."""
    wall = end.wall - start.wall
    if start.cpu is None or end.cpu is None:
        return wall
    waited = end.delay - start.delay if start.delay is not None and end.delay is not None else 0.0
    return max(end.cpu - start.cpu, min(wall, wall - waited))
