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
        pytest.param("logistic_regression", "+ l1 * np.sign(w) + l2 * w", "+ (l1 * np.sign(w) + l2 * w) / m",
                     "the penalties divided by the batch size too", id="penalties averaged"),
        pytest.param("logistic_regression", "+ l1 * np.sign(w) + l2 * w", "+ l1 * np.sign(w) + 2 * l2 * w",
                     "L2 term 2 l2 w", id="L2 gradient doubled"),
        pytest.param("logistic_regression", "+ l1 * np.sign(w) + l2 * w", "- l1 * np.sign(w) + l2 * w",
                     "L1 term with the wrong sign", id="L1 sign flipped"),
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
        (4.0, 1, "off by the same factor 4 everywhere"),  # batch unknown: no guess at its cause
        (3.0, 4, "off by the same factor 3 everywhere"),
    ],
)
def test_scale_diagnosis(factor: float, batch: int, needle: str) -> None:
    expected = np.random.default_rng(0).normal(size=(4, 3))
    result = compare("dx", expected, expected * factor, rtol=1e-6, atol=1e-9, batch=batch)
    assert not result.passed and needle in result.message
    assert ("batch size" in result.message) == (factor in (batch, 1 / batch))


def test_a_summed_data_term_is_told_apart_from_the_penalties(tmp_path: Path) -> None:
    """With L1/L2 terms the plain batch-size ratio no longer fits; the stored mistake does."""
    good = (ROOT / "solutions" / "logistic_regression.py").read_text()
    (tmp_path / "logistic_regression.py").write_text(good.replace("dw = x.T @ err / m", "dw = x.T @ err", 1))
    (result,) = grade(tmp_path, seed=0, only=("logistic_regression",)).exercises
    messages = {c.name.split(" (")[0]: c.message for c in result.checks if not c.passed}
    assert f"{SUM} 6)" in messages["gradients"]
    assert "the data term summed over the batch where its mean was due" in messages["gradients l1 l2"]
