"""Linear regression by per-sample SGD: the lecture's diabetes example and hand-computed steps."""

from __future__ import annotations

import numpy as np
import pytest

from checker.data import load_diabetes_feature
from solutions import linear_regression as lr


@pytest.mark.parametrize(
    ("x", "w", "b", "expected"),
    [
        ([0.0, 1.0, -2.0], 1.0, 1.0, [1.0, 2.0, -1.0]),
        ([0.5], 2.0, -1.0, [0.0]),
        ([3.0, 4.0], 0.0, 7.0, [7.0, 7.0]),
    ],
)
def test_predict(x: list[float], w: float, b: float, expected: list[float]) -> None:
    out = lr.predict(np.array(x), w, b)
    assert out.dtype == np.float64
    np.testing.assert_allclose(out, expected)


@pytest.mark.parametrize(
    ("x_i", "y_i", "w", "b", "lr_", "expected"),
    [
        (2.0, 3.0, 1.0, 1.0, 0.1, (1.0, 1.0)),  # prediction exact: no change
        (1.0, 0.0, 1.0, 1.0, 0.5, (0.0, 0.0)),  # err 2: w -= 0.5*2*1, b -= 0.5*2
        (-2.0, 1.0, 0.5, 0.0, 0.1, (0.1, 0.2)),  # err -2: w -= 0.1*(-2)*(-2), b += 0.2
    ],
)
def test_sgd_step_by_hand(
    x_i: float, y_i: float, w: float, b: float, lr_: float, expected: tuple[float, float]
) -> None:
    assert lr.sgd_step(x_i, y_i, w, b, lr_) == pytest.approx(expected)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_sgd_step_is_a_gradient_step(seed: int) -> None:
    rng = np.random.default_rng(seed)
    x_i, y_i, w, b = rng.normal(size=4)
    h, rate = 1e-6, 0.1

    def loss(w_: float, b_: float) -> float:
        return 0.5 * (w_ * x_i + b_ - y_i) ** 2

    dw = (loss(w + h, b) - loss(w - h, b)) / (2 * h)
    db = (loss(w, b + h) - loss(w, b - h)) / (2 * h)
    new_w, new_b = lr.sgd_step(x_i, y_i, w, b, rate)
    assert (new_w, new_b) == pytest.approx((w - rate * dw, b - rate * db), rel=1e-7)


def test_fit_is_per_sample_sgd_in_data_order() -> None:
    x, y = load_diabetes_feature(2)
    w, b = 1.0, 1.0
    for x_i, y_i in zip(x, y):  # the lecture's loop, written out
        err = (x_i * w + b) - y_i
        w, b = w - 0.01 * err * x_i, b - 0.01 * err
    assert lr.fit(x, y) == pytest.approx((w, b), rel=1e-12)


@pytest.mark.parametrize(
    ("lr_", "epochs", "expected"),
    [
        (0.01, 1, (9.819118656205625, 151.355907135603)),
        # the lecture's second cell (rate 1, 100 epochs in all): the line through the data
        (1.0, 100, (913.5973364346786, 123.39414383177173)),
    ],
)
def test_fit_lecture_diabetes(lr_: float, epochs: int, expected: tuple[float, float]) -> None:
    x, y = load_diabetes_feature(2)
    assert lr.fit(x, y, lr=lr_, epochs=epochs) == pytest.approx(expected, rel=1e-9)


def test_fit_does_not_modify_inputs() -> None:
    x, y = np.array([1.0, 2.0]), np.array([2.0, 4.0])
    lr.fit(x, y, epochs=3)
    np.testing.assert_array_equal(x, [1.0, 2.0])
    np.testing.assert_array_equal(y, [2.0, 4.0])
