"""Known code mistakes get their diagnosis: one-line edits of the solutions, graded seeded."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from checker.grade.checks import grade
from checker.grade.compare import compare

ROOT = Path(__file__).parents[2]
SUM = "a sum where a mean was due (off by the batch size"


@pytest.mark.parametrize(
    ("exercise", "old", "new", "needle"),
    [
        pytest.param("softmax", "np.float64)) / m", "np.float64))", f"{SUM} 5)", id="softmax backward without / m"),
        pytest.param("logistic_regression", "dw = x.T @ err / m", "dw = x.T @ err", f"{SUM} 6)",
                     id="logistic gradients without / m"),
        pytest.param("softmax", "/ log_probs.shape[0]", "", f"{SUM} 5)", id="cross_entropy summed"),
        pytest.param("convolution", "return _correlate(x, w, mode, stride)\n",
                     "return _correlate(x, w[::-1], mode, stride)\n", "kernel flipped (convolution instead",
                     id="correlate1d kernel flipped"),
        pytest.param("convolution", "return _correlate(x, w[::-1], mode, stride)",
                     "return _correlate(x, w, mode, stride)", "kernel not flipped (cross-correlation instead",
                     id="convolve1d kernel not flipped"),
        pytest.param("convolution", "return _correlate(x, w, mode, stride, round_up=True)",
                     "return _correlate(x, w[::-1, ::-1], mode, stride, round_up=True)",
                     "kernel flipped (convolution instead", id="correlate2d kernel flipped"),
    ],
)
@pytest.mark.parametrize("seed", [0, 7])
def test_mistake_is_diagnosed(tmp_path: Path, exercise: str, old: str, new: str, needle: str, seed: int) -> None:
    good = (ROOT / "solutions" / f"{exercise}.py").read_text()
    assert good.count(old) >= 1
    index = good.index(old)
    (tmp_path / f"{exercise}.py").write_text(good[:index] + new + good[index + len(old):])
    (result,) = grade(tmp_path, seed=seed, only=(exercise,)).exercises
    assert result.status == "failed"
    assert needle in result.first_failure, result.first_failure


@pytest.mark.parametrize(
    ("factor", "batch", "needle"),
    [
        (4.0, 4, "a sum where a mean was due (off by the batch size 4)"),
        (0.25, 4, "a mean where a sum was due (off by the batch size 4)"),
        (4.0, 1, "max abs error"),  # batch unknown: no guess
        (3.0, 4, "max abs error"),
    ],
)
def test_scale_diagnosis(factor: float, batch: int, needle: str) -> None:
    expected = np.random.default_rng(0).normal(size=(4, 3))
    result = compare("dx", expected, expected * factor, rtol=1e-6, atol=1e-9, batch=batch)
    assert not result.passed and needle in result.message
    if needle == "max abs error":
        assert "looks like" not in result.message
