"""The conv2d vectorisation points come only from what the grader measures from outside the
student's process (checker/grade/timing.py): vectorised code earns them, loops over pixels do
not, and no forged measurement wins them back (each row was once a false pass, or is one the
old in-process timer allowed: replacing the runner's timer, a cache, a rigged yardstick)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from checker.grade import checks, clock, runner, timing
from tests.grade.conv2d_variants import LOOPS, VECTORISED, source

ROOT = Path(__file__).parents[2]
SOLUTION = (ROOT / "solutions" / "conv2d.py").read_text()
SLOW = """
import time as _t
_fast = conv2d_forward


def conv2d_forward(x, *args, **kwargs):  # as slow as loops, on the timed runs' images only
    if x.shape[1] >= 100:
        begun = _t.process_time()
        while _t.process_time() - begun < 0.2:  # CPU time: the grader's clock (a sleep costs nothing)
            pass
    return _fast(x, *args, **kwargs)
"""
FORGED = {
    "a cache": SLOW + """
_memo = {}
_slow = conv2d_forward


def conv2d_forward(x, w, b, strides=(1, 1), padding="valid"):
    key = (x.tobytes(), w.tobytes(), b.tobytes(), str(strides), padding)
    if key not in _memo:
        _memo[key] = _slow(x, w, b, strides, padding)
    return _memo[key]
""",
    "a rigged yardstick": SLOW + """
_ones = np.ones
np.ones = lambda *a, **k: _ones(*a, **{**k, "dtype": object})  # once slowed the in-process yardstick
""",
    "the runner's timer replaced": SLOW + """
import sys as _sys
_runner = _sys.modules.get("runner")
if _runner is not None:  # the old in-process timer's place: report the end before the work is done
    _call = _runner._finish
    def _early(call_id, record, progress):
        _runner._announce(progress, "E " + call_id)
        _call(call_id, record, progress)
    _runner._finish = _early
""",
    "answers from a helper thread after the end line": SLOW + """
import sys as _sys, threading as _threading, os as _os
_runner = _sys.modules.get("runner")
if _runner is not None:
    _write = _runner._finish
    def _early(call_id, record, progress):
        _runner._announce(progress, "E " + call_id)  # claims the end at once; the record comes later
        _threading.Thread(target=_write, args=(call_id, record, progress)).start()
    _runner._finish = _early
""",
    "a wrong result fast": """
_exact = conv2d_forward


def conv2d_forward(x, w, b, strides=(1, 1), padding="valid"):  # right on small images only
    if x.shape[1] >= 100:
        return np.zeros(x.shape[:3] + w.shape[3:]) + b, None
    return _exact(x, w, b, strides, padding)
""",
}
# the worker lets go of a timed run's value once the grader has read it: kept, each later run
# computed on memory new to the process, and the kernel's page faults counted in its time
LET_GO = """
import weakref as _weakref
_kept, _returned = conv2d_forward, []


def conv2d_forward(x, *args, **kwargs):  # fails when an earlier timed run's output is still alive
    if x.shape[1] >= 100 and any(alive() is not None for alive in _returned):
        raise RuntimeError("the worker still holds an earlier run's value")
    out, cache = _kept(x, *args, **kwargs)
    if x.shape[1] >= 100:
        _returned.append(_weakref.ref(out))
    return out, cache
"""
ROWS = [pytest.param(SOLUTION, 2.0, id="the solution")]
ROWS += [pytest.param(SOLUTION + source(VECTORISED[name]), 2.0, id=name)
         for name in ("einsum over windows", "loop over kernel offsets")]
ROWS += [pytest.param(SOLUTION + source(LOOPS[name]), 0.0, id=name)
         for name in ("loop over images and pixels", "loop over pixels with einsum")]
ROWS += [pytest.param(SOLUTION + tail, 0.0, id=name) for name, tail in FORGED.items()]
ROWS += [pytest.param(SOLUTION + LET_GO, 2.0, id="no earlier run's value held")]


@pytest.mark.parametrize(("code", "points"), ROWS)
def test_vectorisation_points(tmp_path: Path, code: str, points: float) -> None:
    (tmp_path / "conv2d.py").write_text(code)
    (result,) = checks.grade(tmp_path, seed=1, only=("conv2d",)).exercises
    (timing,) = [c for c in result.checks if c.name.endswith(": vectorised")]
    assert timing.score == points, timing.message


def test_a_loop_is_explained_by_its_line_count(tmp_path: Path) -> None:
    (tmp_path / "conv2d.py").write_text(SOLUTION + source(LOOPS["loop over pixels with einsum"]))
    (result,) = checks.grade(tmp_path, seed=1, only=("conv2d",)).exercises
    (timing,) = [c for c in result.checks if c.name.endswith(": vectorised")]
    assert "a Python loop per output pixel" in timing.message, timing.message
    assert "loops over kernel offsets or channels are fine" in timing.message


LATE = 0.5  # seconds the grader takes to read each line, as on a machine busy with other jobs


def test_a_grader_that_reads_late_measures_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The clock stops where the call ended, not where the grader read its end line: the worker
    waits for the grader's "read", and only its CPU time counts (the wall clock less the run delay
    counted the worker's wait for the next hand-over, and the solution lost its points under load)."""
    sampled = clock.sample
    measured: list[float | None] = []

    def late(pid: int | None) -> clock.Sample:
        time.sleep(LATE)
        return sampled(pid)

    def kept(case: Any, tag: str, out: dict[str, Any], *rest: Any) -> Any:
        measured.extend(o.seconds for name, o in out.items() if name.startswith(f"{tag}T"))
        return result(case, tag, out, *rest)

    result = timing.result
    monkeypatch.setattr(clock, "sample", late)
    monkeypatch.setattr(timing, "result", kept)
    (tmp_path / "conv2d.py").write_text(SOLUTION)
    (graded,) = checks.grade(tmp_path, seed=1, only=("conv2d",)).exercises
    (vectorised,) = [c for c in graded.checks if c.name.endswith(": vectorised")]
    assert vectorised.passed, vectorised.message
    assert len(measured) == timing.REPEAT and all(s is not None and s < LATE / 2 for s in measured), measured


GRID = np.arange(24.0).reshape(2, 3, 4)
LAYOUTS = {  # value -> whether the runner may write it as it is (no copy)
    "a transposed view (the solution's conv2d output)": (GRID.transpose(0, 2, 1), False),
    "every other row": (GRID[:, ::2], False),
    "C order": (GRID, True),
    "Fortran order": (np.asfortranarray(GRID), True),
    "a number": (np.float64(2.5), False),
}


@pytest.mark.parametrize(("value", "as_is"), LAYOUTS.values(), ids=list(LAYOUTS))
def test_an_output_is_written_in_one_piece(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: Any,
                                           as_is: bool) -> None:
    """A held call's outputs are written before its end line, inside its measured CPU time: a
    strided output is copied once and written whole (NumPy writes a strided view piece by piece:
    the solution's transposed conv2d output cost 2.3 ms to write, not 0.6 ms), the same values."""
    written: list[np.ndarray] = []
    write = runner._write_array

    def kept(f: Any, array: np.ndarray, **kwargs: Any) -> None:
        written.append(array)
        write(f, array, **kwargs)

    monkeypatch.setattr(runner, "_write_array", kept)
    runner._save(str(tmp_path / "out.npy"), value)
    assert written[0].flags.c_contiguous or written[0].flags.f_contiguous
    assert (written[0] is value) == as_is
    np.testing.assert_array_equal(np.load(tmp_path / "out.npy"), value)
