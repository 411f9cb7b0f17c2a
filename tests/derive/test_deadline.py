"""CPU time limits survive the places where Python drops an exception (checker.derive.deadline).

A CI run once failed this way: a test library's gc callback was running when the limit's signal
arrived, Python printed "Exception ignored in gc_callback" and the step went on unbounded.
"""

from __future__ import annotations

import gc
import sys
import time

import pytest

from checker.derive import diagnosis, step
from checker.derive.deadline import Timeout, in_finalizer, spare, time_limit
from checker.derive.document import check_text


def busy(seconds: float) -> None:
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


@pytest.fixture
def unraisable(monkeypatch):
    """What Python dropped as 'Exception ignored in ...' during the test."""
    dropped: list = []
    monkeypatch.setattr(sys, "unraisablehook", dropped.append)
    return dropped


class Slow:
    def __del__(self):
        busy(0.15)


def in_gc_callback() -> None:
    calls = []

    def callback(phase, info):
        if phase == "start" and not calls:
            calls.append(phase)
            busy(0.15)

    gc.callbacks.append(callback)
    try:
        gc.collect()
    finally:
        gc.callbacks.remove(callback)


def in_del() -> None:
    slow = Slow()
    del slow


def swallowed() -> None:
    try:
        busy(0.15)
    except BaseException:  # noqa: BLE001 - the careless code this guards against
        pass


@pytest.mark.parametrize("where", [in_gc_callback, in_del, swallowed],
                         ids=["gc callback", "__del__", "except BaseException"])
def test_a_limit_that_fires_where_python_drops_exceptions_still_ends_the_work(where, unraisable):
    with pytest.raises(Timeout) as fired:
        with time_limit(0.05) as token:
            where()  # the limit runs out in here
            busy(2.0)  # and must still end this
    assert fired.value.token is token
    assert unraisable == []


def test_the_repeat_is_disarmed_when_the_limit_is_left():
    with pytest.raises(Timeout):
        with time_limit(0.02):
            busy(1.0)
    busy(0.2)  # a second signal here would kill the process (SIGPROF's default action)


@pytest.mark.parametrize("code, expected", [
    ("def __del__(self): return sys._getframe()", True),
    ("def method(self): return sys._getframe()", False),
])
def test_in_finalizer_reads_the_frames(code, expected):
    namespace = {"sys": sys}
    exec(code, namespace)  # noqa: S102 - a frame with the given function's name
    frame = next(v for k, v in namespace.items() if callable(v) and k != "sys")(None)
    assert in_finalizer(frame) is expected


@pytest.mark.parametrize("enclosing, seconds, reserve, expected", [
    (None, 1.2, 0.3, 1.2),  # no limit in force: the bonus's own
    (10.0, 1.2, 0.3, 1.2),  # time enough: its own
    (1.0, 1.2, 0.3, 0.7),   # less: what leaves the reserve to the enclosing limit
    (0.2, 1.2, 0.3, -0.1),  # none
])
def test_spare_leaves_the_reserve_to_the_limit_in_force(enclosing, seconds, reserve, expected):
    if enclosing is None:
        assert spare(seconds, reserve) == seconds
        return
    with time_limit(enclosing):
        assert spare(seconds, reserve) == pytest.approx(expected, abs=0.05)


def test_a_diagnosis_that_runs_long_never_costs_the_step_its_verdict(monkeypatch):
    # the step's limit nearly used when its failure is explained: the explanation gets what
    # is left but the reserve, and the step still fails (it came back undecided by time in CI)
    monkeypatch.setattr(step, "STEP_SECONDS", 1.0)
    monkeypatch.setattr(diagnosis, "gather", lambda *args: busy(5.0))
    found = check_text("$$x = 2$$\n\n$$x^2 + 1 = 6$$").steps[-1]
    assert found.verdict == "fails", found


def test_a_limit_left_behind_does_not_disarm_the_later_ones():
    # an entry whose deadline passed long ago (a limit never exited) is no limit in force: kept,
    # every later limit looked enclosed and never armed (a CI run hung in test_matrix so)
    from checker.derive import deadline
    deadline._ACTIVE.append((object(), time.process_time() - 5))
    with pytest.raises(Timeout):
        with time_limit(0.2):
            busy(2.0)
    assert deadline._ACTIVE == []
