"""Softmax and cross entropy: the lecture's worked examples, large logits, the gradient."""

from __future__ import annotations

import numpy as np
import pytest

from solutions import softmax as sm
from solutions.logistic_regression import sigmoid


@pytest.mark.parametrize(
    ("p", "z"),
    [(0.9, 2.20), (0.8, 1.39), (0.7, 0.85), (0.5, 0.00), (0.2, -1.39), (0.1, -2.20)],
)
def test_lecture_inverse_sigmoid(p: float, z: float) -> None:
    # the lecture: z = -log(1/y_hat - 1), printed to two decimals
    exact = -np.log(1 / p - 1)
    assert round(exact, 2) == z
    assert sigmoid(np.array([exact]))[0] == pytest.approx(p, rel=1e-14)


@pytest.mark.parametrize(
    ("z", "expected"),
    [
        ([2.20, 1.39, 0.85], [0.59, 0.26, 0.15]),  # car 59%, plane 26%, rocket 15%
        ([0.00, -1.39, -2.20], [0.74, 0.18, 0.08]),  # car 74%, plane 18%, rocket 8%
    ],
)
def test_lecture_softmax_examples(z: list[float], expected: list[float]) -> None:
    probs = sm.softmax(np.array([z]))
    np.testing.assert_array_equal(np.round(probs, 2), [expected])
    np.testing.assert_array_equal(np.round(sm.softmax(np.array(z)), 2), expected)  # one sample


@pytest.mark.parametrize(
    "z",
    [
        np.array([[1e4, 0.0, -1e4]]),
        np.array([[1e4, 1e4, 1e4], [-1e4, -1e4, 1e4]]),
        np.array([[800.0, 799.0], [-800.0, -801.0]]),
    ],
)
def test_softmax_large_logits_no_overflow(z: np.ndarray) -> None:
    probs = sm.softmax(z)  # filterwarnings=error: overflow would fail here
    assert np.all(np.isfinite(probs))
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, rtol=1e-15)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_softmax_shift_invariant_and_matches_formula(seed: int) -> None:
    z = np.random.default_rng(seed).normal(size=(4, 5))
    expected = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    np.testing.assert_allclose(sm.softmax(z), expected, rtol=1e-14)
    np.testing.assert_allclose(sm.softmax(z + 100.0), expected, rtol=1e-12)


@pytest.mark.parametrize(
    ("logits", "labels", "expected"),
    [
        ([[0.0, 0.0]], [0], np.log(2.0)),
        ([[1e4, 0.0, -1e4]], [0], 0.0),
        ([[1e4, 0.0, -1e4]], [2], 2e4),  # finite: computed with log-sum-exp
        ([[0.0, 1e4], [1e4, 0.0]], [0, 0], 5e3),
        ([[2.20, 1.39, 0.85]], [0], -np.log(np.exp(2.20) / np.exp([2.20, 1.39, 0.85]).sum())),
    ],
)
def test_cross_entropy(logits: list[list[float]], labels: list[int], expected: float) -> None:
    logits_ = np.array(logits)
    loss = sm.cross_entropy(logits_, np.eye(logits_.shape[1])[labels])
    assert isinstance(loss, float)
    assert loss == pytest.approx(expected, rel=1e-12, abs=1e-12)


@pytest.mark.parametrize(("m", "c", "seed"), [(1, 2, 0), (1, 3, 1), (4, 3, 2), (7, 10, 3)])
def test_backward_centred_difference(m: int, c: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    logits = rng.normal(scale=2.0, size=(m, c))
    y = np.eye(c)[rng.integers(0, c, size=m)]
    grad = sm.softmax_cross_entropy_backward(logits, y)
    assert grad.shape == (m, c)
    h = 1e-6
    numeric = np.zeros_like(logits)
    for index in np.ndindex(logits.shape):
        shift = np.zeros_like(logits)
        shift[index] = h
        up, down = sm.cross_entropy(logits + shift, y), sm.cross_entropy(logits - shift, y)
        numeric[index] = (up - down) / (2 * h)
    np.testing.assert_allclose(grad, numeric, rtol=1e-6, atol=1e-8)


@pytest.mark.parametrize(
    ("a", "label", "err"), [(0.1, 0, -0.9), (0.5, 0, -0.5), (0.9, 0, -0.1)]
)
def test_backward_is_a_minus_y(a: float, label: int, err: float) -> None:
    # the lecture: err = a - y for the true class, e.g. (0.1 - 1) = -0.9
    rest = (1.0 - a) / 2
    logits = np.log(np.array([[a, rest, rest]]))
    grad = sm.softmax_cross_entropy_backward(logits, np.eye(3)[[label]])
    np.testing.assert_allclose(grad, [[err, rest, rest]], rtol=1e-12)


@pytest.mark.parametrize("seed", [0, 1])
def test_one_sample_as_a_vector(seed: int) -> None:
    rng = np.random.default_rng(seed)
    logits, y = rng.normal(size=4), np.eye(4)[rng.integers(0, 4)]
    as_row = sm.cross_entropy(logits[np.newaxis], y[np.newaxis])
    assert sm.cross_entropy(logits, y) == pytest.approx(as_row, rel=1e-15)
    grad = sm.softmax_cross_entropy_backward(logits, y)
    assert grad.shape == (4,)
    np.testing.assert_allclose(grad, sm.softmax_cross_entropy_backward(logits[None], y[None])[0])


def test_backward_large_logits_and_batch_mean() -> None:
    logits = np.array([[1e4, 0.0, -1e4], [0.0, 0.0, 0.0]])
    y = np.eye(3)[[2, 0]]
    grad = sm.softmax_cross_entropy_backward(logits, y)
    expected = [[0.5, 0.0, -0.5], [(1 / 3 - 1) / 2, 1 / 6, 1 / 6]]
    np.testing.assert_allclose(grad, expected, rtol=1e-14)
