"""Max and average pooling: against Keras (ties, overlapping windows, 'same' padding),
the tie rule and the 'same' averaging on small worked examples, a gradient check."""

from __future__ import annotations

import numpy as np
import pytest

from solutions import pooling
from tests.exercises.layercheck import assert_close, keras_reference, numeric_gradient, read_only

# (N, H, W, C, pool_size, strides, padding)
CASES = [
    pytest.param(1, 4, 4, 1, 2, None, "valid", id="batch1-2x2"),
    pytest.param(2, 5, 7, 2, 3, 2, "same", id="overlap-same"),
    pytest.param(2, 6, 5, 2, (2, 3), 1, "valid", id="overlap-nonsquare-pool"),
    pytest.param(1, 5, 5, 1, 3, 2, "same", id="3x3-stride2-same"),
    pytest.param(2, 7, 6, 3, 2, None, "valid", id="odd-size-drops-last-row"),
    pytest.param(2, 7, 6, 3, 2, None, "same", id="odd-size-same"),
    pytest.param(1, 6, 8, 1, (3, 2), (1, 3), "same", id="stride-larger-than-pool"),
]
KINDS = ["max", "avg"]


def _pair(kind: str):
    return getattr(pooling, f"{kind}_pool_forward"), getattr(pooling, f"{kind}_pool_backward")


@pytest.mark.keras
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("n, h, w, c, pool_size, strides, padding", CASES)
@pytest.mark.parametrize("values", ["ties", "distinct"])
def test_matches_keras(kind, n, h, w, c, pool_size, strides, padding, values) -> None:
    km = keras_reference()
    rng = np.random.default_rng(0)
    if values == "ties":  # small integers: most windows hold their maximum more than once
        x = rng.integers(-1, 2, size=(n, h, w, c)).astype(np.float64)
    else:
        x = rng.normal(size=(n, h, w, c))
    forward, backward = _pair(kind)
    out, cache = forward(x, pool_size, strides, padding)
    dout = rng.normal(size=out.shape)
    model = km.pooling_model(kind, (h, w, c), pool_size, strides, padding)
    out_k, dx_k, _ = km.forward_and_grads(model, x, dout)
    assert_close(out, out_k)
    assert_close(backward(dout, cache), dx_k)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("n, h, w, c, pool_size, strides, padding", CASES)
def test_gradient_check(kind, n, h, w, c, pool_size, strides, padding) -> None:
    rng = np.random.default_rng(1)
    x = rng.normal(size=(n, h, w, c))  # distinct values: the maximum is not at a kink
    forward, backward = _pair(kind)
    out, cache = forward(x, pool_size, strides, padding)
    dout = rng.normal(size=out.shape)
    numeric = numeric_gradient(lambda: forward(x, pool_size, strides, padding)[0], x, dout)
    assert_close(backward(dout, cache), numeric, 1e-7)


@pytest.mark.parametrize("pool_size, strides, expected", [
    # a constant image: every window is one big tie; TensorFlow (checked with GradientTape)
    # gives each window's gradient to its first cell in row-major order
    (2, 2, [[1, 0, 1, 0], [0, 0, 0, 0], [1, 0, 1, 0], [0, 0, 0, 0]]),
    (2, 1, [[1, 1, 1, 0], [1, 1, 1, 0], [1, 1, 1, 0], [0, 0, 0, 0]]),
    (3, 1, [[1, 1, 0, 0], [1, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]),
])
def test_max_ties_go_to_the_first_cell(pool_size, strides, expected) -> None:
    out, cache = pooling.max_pool_forward(np.full((1, 4, 4, 1), 7.0), pool_size, strides)
    dx = pooling.max_pool_backward(np.ones_like(out), cache)
    np.testing.assert_array_equal(dx[0, :, :, 0], expected)


def test_overlapping_max_windows_accumulate() -> None:
    x = np.array([[0.0, 1.0, 0.0], [0.0, 9.0, 0.0], [0.0, 0.0, 0.0]]).reshape(1, 3, 3, 1)
    out, cache = pooling.max_pool_forward(x, 2, 1)  # all four windows hold the 9
    assert pooling.max_pool_backward(np.ones_like(out), cache)[0, 1, 1, 0] == 4.0


def test_avg_same_divides_by_the_real_cells() -> None:
    """3x3 ones, pool 2 stride 2 'same': the edge windows hold 2 or 1 real cells, mean still 1."""
    out, cache = pooling.avg_pool_forward(np.ones((1, 3, 3, 1)), 2, 2, "same")
    np.testing.assert_array_equal(out[0, :, :, 0], np.ones((2, 2)))
    dx = pooling.avg_pool_backward(np.ones_like(out), cache)[0, :, :, 0]
    np.testing.assert_array_equal(dx, [[0.25, 0.25, 0.5], [0.25, 0.25, 0.5], [0.5, 0.5, 1.0]])


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("strides", [None, 1])
def test_backward_leaves_inputs_alone(kind: str, strides) -> None:
    forward, backward = _pair(kind)
    x = np.random.default_rng(2).normal(size=(2, 5, 4, 2))
    out, cache = forward(x, 2, strides, "same")
    assert backward(read_only(np.ones_like(out)), read_only(cache)).shape == x.shape
