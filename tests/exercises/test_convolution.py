"""1-D/2-D convolution and correlation: the lecture's examples and scipy.signal as the oracle."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
import scipy.signal
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from solutions import convolution as conv

X = [2, 8, 3, 7, 1, 2, 0, 4, 5]
W = [2, 1, 5, 3]
MODES = ("valid", "full", "same")
IMAGE_SHAPES = st.tuples(st.integers(1, 8), st.integers(1, 8))


@pytest.mark.parametrize(
    ("func", "mode", "expected"),
    [
        (conv.convolve1d, "valid", [63, 48, 49, 28, 21, 20]),
        (conv.correlate1d, "valid", [48, 57, 24, 25, 16, 39]),
        (conv.correlate1d, "full", [6, 34, 51, 48, 57, 24, 25, 16, 39, 29, 13, 10]),
        (conv.correlate1d, "same", [34, 51, 48, 57, 24, 25, 16, 39, 29]),
    ],
)
def test_lecture_1d(func, mode: str, expected: list[int]) -> None:
    out = func(np.array(X), np.array(W), mode=mode)
    assert out.dtype == np.float64
    np.testing.assert_array_equal(out, expected)


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("valid", [[2, 4], [8, 10]]),
        ("same", [[2, 4, 6], [8, 10, 12], [14, 16, 18]]),  # zeros padded right and below
    ],
)
def test_lecture_2d(mode: str, expected: list[list[int]]) -> None:
    x = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
    w = np.array([[2, 0], [0, 0]])
    np.testing.assert_array_equal(conv.correlate2d(x, w, mode=mode), expected)


def test_lecture_2d_stride() -> None:
    # the lecture: a 7x7 input, a 3x3 filter, stride 2 give a 3x3 output
    x = np.arange(49.0).reshape(7, 7)
    out = conv.correlate2d(x, np.ones((3, 3)), mode="valid", stride=2)
    assert out.shape == (3, 3)
    assert out[0, 0] == x[:3, :3].sum() and out[2, 2] == x[4:, 4:].sum()


CASES_1D = [
    (n, k, mode, stride)
    for (n, k), mode, stride in itertools.product(
        [(1, 1), (5, 1), (5, 2), (9, 4), (8, 3), (7, 7), (3, 5), (2, 6), (10, 4)], MODES, (1, 2, 3)
    )
]


@pytest.mark.parametrize(("n", "k", "mode", "stride"), CASES_1D)
def test_1d_against_scipy(n: int, k: int, mode: str, stride: int) -> None:
    rng = np.random.default_rng(1000 * n + 10 * k + stride)
    x, w = rng.normal(size=n), rng.normal(size=k)
    for ours, oracle in [
        (conv.correlate1d, scipy.signal.correlate),
        (conv.convolve1d, scipy.signal.convolve),
    ]:
        expected = oracle(x, w, mode=mode)[::stride]
        out = ours(x, w, mode=mode, stride=stride)
        assert out.shape == expected.shape
        np.testing.assert_allclose(out, expected, rtol=1e-12, atol=1e-12)


CASES_2D = [
    (x_shape, w_shape, mode, stride)
    for (x_shape, w_shape), mode, stride in itertools.product(
        [
            ((3, 3), (2, 2)),
            ((5, 7), (3, 2)),  # non-square image and kernel
            ((6, 4), (1, 4)),
            ((4, 4), (4, 4)),
            ((7, 7), (3, 3)),
            ((2, 3), (4, 5)),  # kernel larger than the image
            ((1, 1), (1, 1)),
        ],
        MODES,
        (1, 2, 3),
    )
]


@pytest.mark.parametrize(("x_shape", "w_shape", "mode", "stride"), CASES_2D)
def test_2d_against_scipy(x_shape, w_shape, mode: str, stride: int) -> None:
    rng = np.random.default_rng(sum(x_shape) * 100 + sum(w_shape) * 10 + stride)
    x, w = rng.normal(size=x_shape), rng.normal(size=w_shape)
    expected = scipy.signal.correlate2d(x, w, mode=mode)[::stride, ::stride]
    out = conv.correlate2d(x, w, mode=mode, stride=stride)
    assert out.shape == expected.shape
    np.testing.assert_allclose(out, expected, rtol=1e-12, atol=1e-12)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    x=arrays(np.float64, st.integers(1, 12), elements=st.floats(-100, 100)),
    w=arrays(np.float64, st.integers(1, 6), elements=st.floats(-100, 100)),
    mode=st.sampled_from(MODES),
    stride=st.integers(1, 4),
)
def test_1d_against_scipy_generated(x, w, mode: str, stride: int) -> None:
    np.testing.assert_allclose(
        conv.correlate1d(x, w, mode, stride),
        scipy.signal.correlate(x, w, mode=mode)[::stride],
        rtol=1e-9,
        atol=1e-9,
    )


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    x=arrays(np.float64, IMAGE_SHAPES, elements=st.floats(-9, 9)),
    kernel_shape=st.tuples(st.integers(1, 4), st.integers(1, 4)),
    mode=st.sampled_from(("full", "same")),
    stride=st.integers(1, 3),
)
def test_2d_against_scipy_generated(x, kernel_shape, mode: str, stride: int) -> None:
    w = np.arange(1.0, 1.0 + np.prod(kernel_shape)).reshape(kernel_shape)
    np.testing.assert_allclose(
        conv.correlate2d(x, w, mode, stride),
        scipy.signal.correlate2d(x, w, mode=mode)[::stride, ::stride],
        rtol=1e-9,
        atol=1e-9,
    )


def test_2d_valid_needs_one_input_to_contain_the_other() -> None:
    x, w = np.ones((3, 5)), np.ones((4, 2))
    with pytest.raises(ValueError):
        scipy.signal.correlate2d(x, w, mode="valid")
    with pytest.raises(ValueError, match="Received: x.shape=\\(3, 5\\), w.shape=\\(4, 2\\)"):
        conv.correlate2d(x, w, mode="valid")


@pytest.mark.parametrize(
    ("func", "x", "w", "kwargs", "match"),
    [
        (conv.correlate1d, [1.0, 2.0], [1.0], {"mode": "circular"}, "mode='circular'"),
        (conv.convolve1d, [1.0, 2.0], [1.0], {"stride": 0}, "stride=0"),
        (conv.correlate1d, [1.0, 2.0], [1.0], {"stride": 1.5}, "stride=1.5"),
        (conv.correlate1d, [[1.0, 2.0]], [1.0], {}, "1-D"),
        (conv.correlate2d, [1.0, 2.0], [[1.0]], {}, "2-D"),
        (conv.correlate1d, [], [1.0], {}, "non-empty"),
    ],
)
def test_invalid_arguments(func, x, w, kwargs, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        func(np.array(x), np.array(w), **kwargs)


@pytest.mark.parametrize("func", [conv.correlate1d, conv.convolve1d])
def test_inputs_not_modified(func) -> None:
    x, w = np.array(X, dtype=float), np.array(W, dtype=float)
    func(x, w, mode="same")
    np.testing.assert_array_equal(x, X)
    np.testing.assert_array_equal(w, W)
