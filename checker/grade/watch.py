"""Following one sandboxed child: its progress lines, its keeper's reports, its time limits.

The worker announces each call's start and end on the progress pipe; those lines come from the
student's process, so they only steer time limits: a start is accepted only for the next call
in plan order after the previous one ended, and an end announced before the call's record
exists stops the child (forged lines cannot stretch its life). The keeper's status pipe (which
the worker never holds) carries what counts: the yardstick times and the worker's wait status.
A held call's arrays are written and handed over ("go" on the hand-over pipe) when its start is
accepted; its time runs from then until the result that carries its work ends (its own, or a
later call's: a trained model's weights), measured from outside the worker (clock.py), and that
result is read at that moment: what the child does later cannot change it. The worker waits
after that end line until the grader says "read" (runner.py), so nothing it does next, and no
delay of the grader's in reading the line, counts.
Every call's wall time (`walls`, for reports: JUnit's `time`) runs on the grader's own clock
from the moment it accepts the call's start line until it reads its end line (or the child's end:
a call that timed out or crashed); it is never a time limit's or a point's measure.
"""

from __future__ import annotations

import dataclasses
import json
import os
import select
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from checker.grade import clock
from checker.grade.transport import Outcome


@dataclass
class Run:
    """What one child did: calls started and ended (in plan order), held calls' times and
    records, the keeper's yardsticks and the worker's wait status, and how it ended."""

    order: list[str]
    started: list[str] = field(default_factory=list)
    ended: set[str] = field(default_factory=set)
    fate: str = ""  # exit, timeout, forged, tampered
    seconds: dict[str, float] = field(default_factory=dict)
    read: dict[str, Outcome] = field(default_factory=dict)
    yardsticks: dict[str, float] = field(default_factory=dict)
    wait_status: int | None = None
    failure: str = ""  # the keeper could not make the child
    walls: dict[str, float] = field(default_factory=dict)  # each call's wall seconds (grader's clock)
    began: dict[str, float] = field(default_factory=dict)  # when the grader accepted its start

    def start(self, call_id: str) -> bool:
        """Whether `call_id` is the next call of the plan (and the one before it ended)."""
        if len(self.started) >= len(self.order) or self.order[len(self.started)] != call_id:
            return False
        if self.started and self.started[-1] not in self.ended:
            return False
        self.started.append(call_id)
        self.began[call_id] = time.monotonic()
        return True

    def end(self, call_id: str) -> None:
        """The call ended (or the child did, for a call still running): its wall time stops now."""
        self.ended.add(call_id)
        self.walls.setdefault(call_id, time.monotonic() - self.began[call_id])

    def outcome(self, call_id: str, read: Callable[[str], Outcome]) -> Outcome:
        """The call's outcome: read at its end (held calls) or now, with the grader's measurements."""
        got = dataclasses.replace(self.read.get(call_id) or read(call_id), wall=self.walls.get(call_id))
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


def _say(control: int, line: str) -> None:
    """`line` on the hand-over pipe (nothing when the worker has ended: no one to tell)."""
    try:
        os.write(control, (line + "\n").encode())
    except OSError:
        pass


def watch(pipes: Pipes, order: list[str], timeouts: dict[str, float], budget: float,
          has_record: Callable[[str], bool], hand_over: Callable[[str], bool], read: Callable[[str], Outcome],
          stops: dict[str, str] | None = None) -> Run:
    """Follow the child until its keeper ends or a time limit passes (`fate`).

    `has_record(id)`: whether the call's record exists; `hand_over(id)`: write a held call's
    arrays (False for a call that is not held; OSError when the child's folder was tampered with:
    the child is stopped); `read(id)`: read a call's outcome; `stops`: for a held call, the call
    whose result carries its work (itself by default: a trained model's weights for a training),
    whose end stops its clock (clock.py) and whose result is read right then.
    """
    run = Run(order)
    start = time.monotonic()
    deadline = start + timeouts["__import__"]
    clocks: dict[str, clock.Sample] = {}
    exited: dict[str, clock.Sample] = {}  # held calls whose clock stopped after the worker ended
    exit_cpu: list[float] = []  # the worker's CPU time when it ended (the keeper's)
    stops = stops or {}
    worker: list[int | None] = []  # found at the first hand-over
    buffers = {pipes.progress: b"", pipes.status: b""}
    open_fds = {pipes.progress, pipes.status}

    def now() -> clock.Sample:
        if not worker:
            worker.append(clock.worker(pipes.keeper) if pipes.keeper >= 0 else None)
        return clock.sample(worker[0])

    def progress(lines: list[bytes]) -> float | None:
        new_deadline = None
        for line in lines:
            kind, _, call_id = line.decode(errors="replace").partition(" ")
            if kind == "S" and run.start(call_id):
                try:
                    held = hand_over(call_id)
                except OSError:  # the child replaced what the grader writes into (hold/<id>.bin a FIFO)
                    run.fate = "tampered"
                    return None
                if held:
                    clocks[call_id] = now()
                    _say(pipes.control, f"go {call_id}")
                new_deadline = time.monotonic() + timeouts[call_id]
            elif kind == "E" and run.started and run.started[-1] == call_id and call_id not in run.ended:
                ending = [h for h in clocks if stops.get(h, h) == call_id and h not in run.seconds]
                if ending or call_id in clocks:
                    end = now()
                    for h in ending:
                        if end.cpu is None and clocks[h].cpu is not None:  # the worker ended meanwhile: its
                            exited[h] = clocks[h]  # CPU time at its exit (the keeper's W line) counts
                        else:
                            run.seconds[h] = clock.took(clocks[h], end)
                    run.read[call_id] = read(call_id)
                if ending:  # sampled and read: the worker, waiting since its end line, may go on
                    _say(pipes.control, f"read {call_id}")
                run.end(call_id)
                if not has_record(call_id):
                    run.fate = "forged"
        return new_deadline

    def status(lines: list[bytes]) -> None:
        for line in lines:
            kind, _, rest = line.decode(errors="replace").partition(" ")
            try:
                if kind == "Y":  # timed before and after the worker ran: the smaller counts
                    for key, value in json.loads(rest).items():
                        run.yardsticks[str(key)] = min(float(value), run.yardsticks.get(str(key), float("inf")))
                elif kind == "W":
                    wait_status, _, cpu = rest.partition(" ")
                    run.wait_status, exit_cpu[:] = int(wait_status), [float(cpu)] if cpu else []
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
    for held, begun in exited.items():
        if exit_cpu and begun.cpu is not None:
            run.seconds[held] = exit_cpu[0] - begun.cpu
    for call_id in run.started:  # still running when the child ended (timed out, crashed)
        run.walls.setdefault(call_id, time.monotonic() - run.began[call_id])
    return run
