"""Two-layer sigmoid network: shapes, centred-difference gradients, minibatch training."""

from __future__ import annotations

import numpy as np
import pytest

from checker.data import load_breast_cancer_split
from solutions import two_layer


def _bce(a: np.ndarray, y: np.ndarray) -> float:
    return float(-np.mean(y * np.log(a) + (1 - y) * np.log(1 - a)))


@pytest.mark.parametrize(("n_in", "n_hidden"), [(1, 1), (3, 5), (30, 10)])
def test_init_params_shapes_and_seed(n_in: int, n_hidden: int) -> None:
    params = two_layer.init_params(n_in, n_hidden, seed=3)
    shapes = {name: value.shape for name, value in params.items()}
    assert shapes == {"w1": (n_in, n_hidden), "b1": (n_hidden,), "w2": (n_hidden, 1), "b2": (1,)}
    again = two_layer.init_params(n_in, n_hidden, seed=3)
    for name in params:
        assert params[name].dtype == np.float64
        np.testing.assert_array_equal(params[name], again[name])
    np.testing.assert_array_equal(params["b1"], 0.0)


@pytest.mark.parametrize("m", [1, 4])
def test_forward_shapes_and_values(m: int) -> None:
    rng = np.random.default_rng(0)
    params = two_layer.init_params(3, 4, seed=0)
    x = rng.normal(size=(m, 3))
    a2, _ = two_layer.forward(x, params)
    hidden = 1 / (1 + np.exp(-(x @ params["w1"] + params["b1"])))
    expected = 1 / (1 + np.exp(-(hidden @ params["w2"] + params["b2"])))
    assert a2.shape == (m, 1)
    np.testing.assert_allclose(a2, expected, rtol=1e-13)


@pytest.mark.parametrize(
    ("m", "n_in", "n_hidden", "y_shape", "seed"),
    [(1, 2, 3, "column", 0), (5, 3, 4, "flat", 1), (8, 4, 2, "column", 2), (6, 1, 1, "flat", 3)],
)
def test_backward_centred_difference(
    m: int, n_in: int, n_hidden: int, y_shape: str, seed: int
) -> None:
    rng = np.random.default_rng(seed)
    params = two_layer.init_params(n_in, n_hidden, seed=seed)
    params = {name: p + rng.normal(scale=0.1, size=p.shape) for name, p in params.items()}
    x = rng.normal(size=(m, n_in))
    y = rng.integers(0, 2, size=(m, 1)).astype(float)
    _, cache = two_layer.forward(x, params)
    grads = two_layer.backward(y if y_shape == "column" else y[:, 0], cache)
    h = 1e-6
    for name, value in params.items():
        assert grads[name].shape == value.shape, name
        numeric = np.zeros_like(value)
        for index in np.ndindex(value.shape):
            for sign in (1, -1):
                shifted = {k: v.copy() for k, v in params.items()}
                shifted[name][index] += sign * h
                numeric[index] += sign * _bce(two_layer.forward(x, shifted)[0], y) / (2 * h)
        np.testing.assert_allclose(grads[name], numeric, rtol=1e-6, atol=1e-9, err_msg=name)


def test_loss_is_clipped_mean_bce() -> None:
    a2 = np.array([[0.5], [1.0], [0.0]])
    y = np.array([1.0, 1.0, 0.0])
    assert two_layer.loss(a2, y) == pytest.approx(np.log(2) / 3, rel=1e-9)
    assert np.isfinite(two_layer.loss(np.array([[0.0]]), np.array([1.0])))


@pytest.fixture(scope="module")
def cancer():
    return load_breast_cancer_split(test_fraction=0.2, seed=42)


@pytest.mark.parametrize(
    ("batch_size", "lr", "epochs"),
    [(32, 0.1, 50), (455, 1.0, 500), (1000, 1.0, 500)],  # minibatch; one batch; batch > n
)
def test_fit_breast_cancer(cancer, batch_size: int, lr: float, epochs: int) -> None:
    params, losses = two_layer.fit(
        cancer.x_train, cancer.y_train, lr=lr, epochs=epochs, batch_size=batch_size, seed=0
    )
    assert len(losses) == epochs and losses[-1] < losses[0]
    predicted = two_layer.predict(cancer.x_test, params)
    assert predicted.shape == cancer.y_test.shape
    assert np.mean(predicted == cancer.y_test) >= 0.93


def test_fit_is_seeded(cancer) -> None:
    first, first_losses = two_layer.fit(cancer.x_train, cancer.y_train, epochs=2, seed=5)
    again, again_losses = two_layer.fit(cancer.x_train, cancer.y_train, epochs=2, seed=5)
    assert first_losses == again_losses
    for name in first:
        np.testing.assert_array_equal(first[name], again[name])
