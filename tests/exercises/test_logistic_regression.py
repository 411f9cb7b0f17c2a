"""Logistic regression: stable sigmoid, clipped BCE, gradients with L1/L2, the breast-cancer fit."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.special import expit

from checker.data import load_breast_cancer_split
from solutions import logistic_regression as logreg


@pytest.fixture(scope="module")
def cancer():
    return load_breast_cancer_split(test_fraction=0.2, seed=42)


@pytest.mark.parametrize(
    "z",
    [
        np.array([0.0]),
        np.array([-1e4, -710.0, -50.0, -1.0, 1.0, 50.0, 710.0, 1e4]),
        np.linspace(-30, 30, 61),
        np.arange(-6.0, 6.0).reshape(3, 4),
    ],
)
def test_sigmoid_matches_scipy_without_warnings(z: np.ndarray) -> None:
    a = logreg.sigmoid(z)  # filterwarnings=error: an overflow warning fails the test
    assert a.shape == z.shape
    np.testing.assert_allclose(a, expit(z), rtol=1e-14, atol=1e-300)
    np.testing.assert_allclose(logreg.sigmoid(-z), 1.0 - a, atol=1e-15)


@pytest.mark.parametrize(("z", "expected"), [(1e4, 1.0), (-1e4, 0.0), (0.0, 0.5)])
def test_sigmoid_extremes(z: float, expected: float) -> None:
    assert logreg.sigmoid(np.array([z]))[0] == expected


@pytest.mark.parametrize(
    ("a", "y", "expected"),
    [
        ([0.5], [1], np.log(2.0)),
        ([0.5, 0.5], [0, 1], np.log(2.0)),
        ([0.9, 0.2], [1, 0], -(np.log(0.9) + np.log(0.8)) / 2),
        ([1.0], [1], -np.log1p(-1e-12)),  # clipped: log(1 - eps), not log(1)
        ([0.0], [1], -np.log(1e-12)),  # clipped: finite, not inf
        ([1.0], [0], -np.log(1.0 - (1.0 - 1e-12))),
    ],
)
def test_binary_cross_entropy(a: list[float], y: list[int], expected: float) -> None:
    loss = logreg.binary_cross_entropy(np.array(a), np.array(y))
    assert isinstance(loss, float)
    assert loss == pytest.approx(expected, rel=1e-12)


def _objective(x, y, w, b, l1, l2) -> float:
    a = expit(x @ w + b)
    bce = -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
    return bce + l1 * np.sum(np.abs(w)) + l2 / 2 * np.sum(w * w)


@pytest.mark.parametrize(
    ("m", "d", "l1", "l2", "seed"),
    [
        (1, 1, 0.0, 0.0, 0),
        (5, 3, 0.0, 0.0, 1),
        (8, 4, 0.1, 0.0, 2),
        (8, 4, 0.0, 0.3, 3),
        (6, 2, 0.2, 0.5, 4),
    ],
)
def test_gradients_centred_difference(m: int, d: int, l1: float, l2: float, seed: int) -> None:
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(m, d))
    y = rng.integers(0, 2, size=m).astype(float)
    w = rng.uniform(0.2, 1.0, size=d) * rng.choice([-1, 1], size=d)  # away from 0: |w| is smooth
    b = float(rng.normal())
    dw, db = logreg.gradients(x, y, w, b, l1=l1, l2=l2)
    assert dw.shape == (d,) and isinstance(db, float)
    h = 1e-6
    for i in range(d):
        e = np.zeros(d)
        e[i] = h
        up, down = _objective(x, y, w + e, b, l1, l2), _objective(x, y, w - e, b, l1, l2)
        numeric = (up - down) / (2 * h)
        assert dw[i] == pytest.approx(numeric, rel=1e-6, abs=1e-9)
    numeric_b = (_objective(x, y, w, b + h, l1, l2) - _objective(x, y, w, b - h, l1, l2)) / (2 * h)
    assert db == pytest.approx(numeric_b, rel=1e-6, abs=1e-9)


def test_gradients_lecture_form_one_sample() -> None:
    x, y, w, b = np.array([[2.0, -1.0]]), np.array([1.0]), np.array([0.5, 0.25]), 0.1
    a = expit(2.0 * 0.5 - 0.25 + 0.1)
    dw, db = logreg.gradients(x, y, w, b, l1=0.5, l2=2.0)
    np.testing.assert_allclose(dw, (a - 1.0) * x[0] + 0.5 * np.sign(w) + 2.0 * w, rtol=1e-14)
    assert db == pytest.approx(a - 1.0, rel=1e-14)


@pytest.mark.parametrize(
    ("z", "expected"), [([-3.0, -1e-9, 0.0, 1e-9, 3.0], [0, 0, 1, 1, 1])]
)
def test_predict_threshold(z: list[float], expected: list[int]) -> None:
    x = np.array(z).reshape(-1, 1)
    np.testing.assert_array_equal(logreg.predict(x, np.array([1.0]), 0.0), expected)


@pytest.mark.parametrize(("l1", "l2"), [(0.0, 0.0), (0.001, 0.0), (0.0, 0.01)])
def test_fit_breast_cancer(cancer, l1: float, l2: float) -> None:
    # the lecture's setting: 100 epochs of per-sample SGD
    w, b, losses = logreg.fit(cancer.x_train, cancer.y_train, epochs=100, l1=l1, l2=l2, seed=0)
    assert w.shape == (30,) and isinstance(b, float) and len(losses) == 100
    assert losses[-1] < losses[0]
    accuracy = np.mean(logreg.predict(cancer.x_test, w, b) == cancer.y_test)
    assert accuracy >= 0.95


def test_fit_is_seeded(cancer) -> None:
    first = logreg.fit(cancer.x_train, cancer.y_train, epochs=3, seed=7)
    again = logreg.fit(cancer.x_train, cancer.y_train, epochs=3, seed=7)
    other = logreg.fit(cancer.x_train, cancer.y_train, epochs=3, seed=8)
    np.testing.assert_array_equal(first[0], again[0])
    assert first[2] == again[2]
    assert not np.array_equal(first[0], other[0])


@pytest.mark.parametrize(("l1", "l2"), [(0.01, 0.0), (0.0, 0.1)])
def test_regularisation_shrinks_weights(cancer, l1: float, l2: float) -> None:
    plain, _, _ = logreg.fit(cancer.x_train, cancer.y_train, epochs=10, seed=0)
    shrunk, _, _ = logreg.fit(cancer.x_train, cancer.y_train, epochs=10, l1=l1, l2=l2, seed=0)
    assert np.sum(np.abs(shrunk)) < np.sum(np.abs(plain))
