"""CPU time limits for SymPy work: `with time_limit(s) as token:` raises Timeout(token).

SymPy has no cancellation, so a limit is a signal (SIGPROF, the process's CPU time) whose
handler raises. Two things can lose that exception, and a lost one leaves a step running
unbounded (a worker once ran 15 CPU minutes on one step):
- the signal arrives while Python runs a gc callback or a `__del__`: Python prints
  "Exception ignored in ..." and drops whatever they raise (a test library's gc callback did
  this in CI). The handler then defers: it re-arms the timer and raises once that code has
  returned;
- some code catches BaseException and goes on. The handler re-arms the timer before raising, so
  a swallowed Timeout is raised again; the limit's own exit disarms it.
"""

from __future__ import annotations

import gc
import os
import signal
import threading
import time
from contextlib import contextmanager


class Timeout(BaseException):
    """A time limit ran out. A BaseException, so that no `except Exception` in SymPy or here
    swallows it; `token` says which limit fired, so each handler catches only its own."""

    def __init__(self, token: object) -> None:
        super().__init__("time limit")
        self.token = token


TIMER, TIMER_SIGNAL = signal.ITIMER_PROF, signal.SIGPROF  # the process's CPU time
DEFER_SECONDS = 0.01  # CPU time after which a deferred signal is tried again
REPEAT_SECONDS = 0.05  # CPU time after which a swallowed Timeout is raised again
STALE_SECONDS = 1.0  # CPU time past its deadline after which a limit is no longer in force

# the limits in force: (token, CPU deadline), outermost first; a forked child has none (its
# CPU clock and timers start afresh)
_ACTIVE: list[tuple[object, float]] = []
os.register_at_fork(after_in_child=_ACTIVE.clear)


def _expired(now: float) -> object | None:
    """The outermost limit whose deadline has passed: its Timeout is the one to raise."""
    return next((token for token, deadline in _ACTIVE if now >= deadline), None)


def in_finalizer(frame) -> bool:
    """Whether `frame` runs inside a gc callback or a `__del__`, where Python drops what is
    raised instead of passing it on."""
    callbacks = {getattr(callback, "__code__", None) for callback in gc.callbacks}
    while frame is not None:
        if frame.f_code in callbacks or frame.f_code.co_name == "__del__":
            return True
        frame = frame.f_back
    return False


def remaining() -> float | None:
    """CPU seconds left before the nearest limit in force runs out (None when none is)."""
    if not _ACTIVE or threading.current_thread() is not threading.main_thread():
        return None
    now = time.process_time()
    _prune(now)
    return min(d for _, d in _ACTIVE) - now if _ACTIVE else None


def spare(seconds: float, reserve: float) -> float:
    """What work that is only a bonus (a diagnosis, a hint) may take: `seconds`, or less, so that
    `reserve` CPU seconds stay for what the limit in force guards. Nested in a limit with less
    time left, a plain `time_limit(seconds)` does not arm (the enclosing one binds), and the bonus
    would use the enclosing limit up: what it had decided would be lost with it. <= 0: no time."""
    left = remaining()
    return seconds if left is None else min(seconds, left - reserve)


def _quiet() -> None:
    """Block the limits' signal, stop the timer and drop a signal already on its way. A Timeout
    raised before the block holds (the handler of a limit that ran out) is set aside: the limit
    being left re-arms the timer for the limits still in force, which raise their own."""
    while True:
        try:
            signal.pthread_sigmask(signal.SIG_BLOCK, {TIMER_SIGNAL})
            break
        except Timeout:
            continue
    signal.setitimer(TIMER, 0)
    signal.sigtimedwait({TIMER_SIGNAL}, 0)


def _prune(now: float) -> None:
    """Drop limits whose deadline passed STALE_SECONDS ago: a limit in force has raised its
    Timeout long before (and again every REPEAT_SECONDS), so such an entry was left behind by a
    limit never exited (a generator abandoned inside one); kept, it would make every later limit
    look enclosed and never arm."""
    _ACTIVE[:] = [(token, deadline) for token, deadline in _ACTIVE
                  if now - deadline < STALE_SECONDS]


@contextmanager
def time_limit(seconds: float):
    """Raise Timeout(token) after `seconds` of this process's CPU time (ITIMER_PROF: other jobs
    on a loaded machine do not make a step run out of time, so a verdict does not depend on the
    load); yields the token (main thread only; elsewhere no limit is applied). An enclosing
    shorter limit stays the binding one, and an enclosing limit that ran out is never lost: the
    signal may arrive while an inner limit's handler is installed (it fired just as the inner
    one was entered), so every handler raises the Timeout of the outermost limit whose deadline
    has passed, checked against the deadlines, not against the timer."""
    token = object()
    if threading.current_thread() is not threading.main_thread() or seconds <= 0:
        yield token
        return
    start = time.process_time()
    _prune(start)
    deadline = start + seconds
    enclosing = min((d for _, d in _ACTIVE), default=None)
    if enclosing is not None and enclosing <= deadline:
        yield token  # the enclosing limit ends first (or has ended: its signal is on its way)
        return

    def fire(signum, frame):
        if in_finalizer(frame):
            signal.setitimer(TIMER, DEFER_SECONDS)
            return
        signal.setitimer(TIMER, REPEAT_SECONDS)
        raise Timeout(_expired(time.process_time()) or token)

    entry = (token, deadline)
    old = None
    try:
        old = signal.signal(TIMER_SIGNAL, fire)
        _ACTIVE.append(entry)
        signal.setitimer(TIMER, seconds)
        yield token
    finally:
        _quiet()  # (a signal on its way must not cut the cleanup short: an entry left in
        # _ACTIVE would make every later limit look enclosed by a deadline long past)
        try:
            if entry in _ACTIVE:
                _ACTIVE.remove(entry)
            if old is not None:
                signal.signal(TIMER_SIGNAL, old)
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {TIMER_SIGNAL})
        if _ACTIVE and callable(old):  # (never armed under the default action, which would
            # end the process: limits left out of order keep no handler to re-arm for)
            left = min(d for _, d in _ACTIVE) - time.process_time()
            signal.setitimer(TIMER, max(left, 1e-3))
