"""Following one sandboxed child: its progress lines, its keeper's reports, its time limits.

The worker announces each call's start and end on the progress pipe; those lines come from the
student's process, so they only steer time limits: a start is accepted only for the next call
in plan order after the previous one ended, and an end announced before the call's record
exists stops the child (forged lines cannot stretch its life). The keeper's status pipe (which
the worker never holds) carries what counts: the yardstick times and the worker's wait status.
A held call's arrays are written and handed over ("go" on the hand-over pipe) when its start is
accepted; its time is the grader's own clock from then to its end line, and its record is read
at that moment (what the child does later cannot change it).
"""

from __future__ import annotations

import dataclasses
import json
import os
import select
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from checker.grade.transport import Outcome


@dataclass
class Run:
    """What one child did: calls started and ended (in plan order), held calls' times and
    records, the keeper's yardsticks and the worker's wait status, and how it ended."""

    order: list[str]
    started: list[str] = field(default_factory=list)
    ended: set[str] = field(default_factory=set)
    fate: str = ""  # exit, timeout, forged
    seconds: dict[str, float] = field(default_factory=dict)
    read: dict[str, Outcome] = field(default_factory=dict)
    yardsticks: dict[str, float] = field(default_factory=dict)
    wait_status: int | None = None
    failure: str = ""  # the keeper could not make the child

    def start(self, call_id: str) -> bool:
        """Whether `call_id` is the next call of the plan (and the one before it ended)."""
        if len(self.started) >= len(self.order) or self.order[len(self.started)] != call_id:
            return False
        if self.started and self.started[-1] not in self.ended:
            return False
        self.started.append(call_id)
        return True

    def outcome(self, call_id: str, read: Callable[[str], Outcome]) -> Outcome:
        """The call's outcome: read at its end (held calls) or now, with the grader's measurements."""
        got = self.read.get(call_id) or read(call_id)
        if call_id in self.seconds and got.status == "ok":
            got = dataclasses.replace(got, seconds=self.seconds[call_id], proxy_seconds=self.yardsticks.get(call_id))
        return got


@dataclass
class Pipes:
    """The grader's ends of one child's pipes, and its keeper's pidfd (-1: already gone)."""

    progress: int
    status: int
    control: int
    keeper: int


def _lines(buffer: bytes, data: bytes) -> tuple[list[bytes], bytes]:
    *lines, rest = (buffer + data).split(b"\n")
    return lines, rest


def watch(pipes: Pipes, order: list[str], timeouts: dict[str, float], budget: float,
          has_record: Callable[[str], bool], hand_over: Callable[[str], bool], read: Callable[[str], Outcome]) -> Run:
    """Follow the child until its keeper ends or a time limit passes (`fate`).

    `has_record(id)`: whether the call's record exists; `hand_over(id)`: write a held call's
    arrays (False for a call that is not held); `read(id)`: read a call's outcome.
    """
    run = Run(order)
    start = time.monotonic()
    deadline = start + timeouts["__import__"]
    clocks: dict[str, float] = {}
    buffers = {pipes.progress: b"", pipes.status: b""}
    open_fds = {pipes.progress, pipes.status}

    def progress(lines: list[bytes]) -> float | None:
        new_deadline = None
        for line in lines:
            kind, _, call_id = line.decode(errors="replace").partition(" ")
            if kind == "S" and run.start(call_id):
                now = time.monotonic()
                if hand_over(call_id):
                    clocks[call_id] = now
                new_deadline = now + timeouts[call_id]
            elif kind == "E" and run.started and run.started[-1] == call_id and call_id not in run.ended:
                if call_id in clocks:
                    run.seconds[call_id] = time.monotonic() - clocks[call_id]
                    run.read[call_id] = read(call_id)
                run.ended.add(call_id)
                if not has_record(call_id):
                    run.fate = "forged"
        return new_deadline

    def status(lines: list[bytes]) -> None:
        for line in lines:
            kind, _, rest = line.decode(errors="replace").partition(" ")
            try:
                if kind == "Y":
                    run.yardsticks.update({str(k): float(v) for k, v in json.loads(rest).items()})
                elif kind == "W":
                    run.wait_status = int(rest)
                elif kind == "X":
                    run.failure = rest[:300]
            except (ValueError, AttributeError):
                continue

    def drain(fd: int) -> None:
        data = os.read(fd, 65536)
        if not data:
            open_fds.discard(fd)
        lines, buffers[fd] = _lines(buffers[fd], data)
        if fd == pipes.status:
            status(lines)
            return
        nonlocal deadline
        deadline = progress(lines) or deadline

    while not run.fate:
        left = min(deadline, start + budget) - time.monotonic()
        if left <= 0:
            run.fate = "timeout"
            break
        watched = [*open_fds, *([pipes.keeper] if pipes.keeper >= 0 else [])]
        ready = select.select(watched, [], [], left)[0] if pipes.keeper >= 0 else watched
        for fd in ready:
            if fd in open_fds:
                drain(fd)
        if pipes.keeper < 0 or pipes.keeper in ready:
            while open_fds and (ready := select.select(list(open_fds), [], [], 0)[0]):
                for fd in ready:
                    drain(fd)
            for fd, rest in buffers.items():
                (status if fd == pipes.status else progress)([rest])
            run.fate = run.fate or "exit"
    return run
