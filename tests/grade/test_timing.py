"""The conv2d vectorisation points: slow code loses them, and neither a cache nor a slowed-down
yardstick wins them back (runner._time: new images per timed run, numpy bound before student code)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checker.grade import checks

ROOT = Path(__file__).parents[2]
SLOW = """
import time as _t
_fast = conv2d_forward


def conv2d_forward(x, *args, **kwargs):  # as slow as loops, on the timed case's images only
    if x.shape == (4, 20, 20, 3):
        _t.sleep(0.05)
    return _fast(x, *args, **kwargs)
"""
MEMO = SLOW + """

_memo = {}
_slow = conv2d_forward


def conv2d_forward(x, w, b, strides=(1, 1), padding="valid"):
    key = (x.tobytes(), w.tobytes(), b.tobytes(), str(strides), padding)
    if key not in _memo:
        _memo[key] = _slow(x, w, b, strides, padding)
    return _memo[key]
"""
PATCH = SLOW + """

import sys as _sys
_ones = np.ones


def _rigged_ones(*args, **kwargs):  # slows the yardstick down when the timer builds it
    if _sys._getframe(1).f_code.co_name == "_time":
        return _ones(*args, dtype=object)
    return _ones(*args, **kwargs)


np.ones = _rigged_ones
"""


@pytest.mark.parametrize(("tail", "points"), [("", 2.0), (SLOW, 0.0), (MEMO, 0.0), (PATCH, 0.0)],
                         ids=["vectorised", "slow", "slow with a cache", "slow with a rigged yardstick"])
def test_vectorisation_points(tmp_path: Path, tail: str, points: float) -> None:
    shutil.copy(ROOT / "solutions" / "conv2d.py", tmp_path / "conv2d.py")
    (tmp_path / "conv2d.py").write_text((tmp_path / "conv2d.py").read_text() + tail)
    (result,) = checks.grade(tmp_path, seed=1, only=("conv2d",)).exercises
    (timing,) = [c for c in result.checks if c.name.endswith(": vectorised")]
    assert timing.score == points, timing.message
