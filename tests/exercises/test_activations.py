"""ReLU, sigmoid, tanh: against Keras, a gradient check, huge inputs, untouched inputs."""

from __future__ import annotations

import numpy as np
import pytest

from solutions import activations
from tests.exercises.layercheck import assert_close, keras_reference, numeric_gradient, read_only

NAMES = ["relu", "sigmoid", "tanh"]
SHAPES = [(1, 5), (3, 4), (2, 3, 4, 2)]


def _pair(name: str):
    return getattr(activations, f"{name}_forward"), getattr(activations, f"{name}_backward")


def _inputs(seed: int, shape: tuple[int, ...]) -> np.ndarray:
    """Normal values with some exact zeros and some huge magnitudes mixed in."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=shape) * 3
    flat = x.reshape(-1)
    flat[::4] = 0.0
    flat[1::5] = rng.choice([-1e3, 1e3, -40.0, 40.0], size=flat[1::5].shape)
    return x


@pytest.mark.keras
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("shape", SHAPES)
def test_matches_keras(name: str, shape: tuple[int, ...]) -> None:
    km = keras_reference()
    x = _inputs(0, shape)
    dout = np.random.default_rng(1).normal(size=shape)
    out_k, dx_k, _ = km.forward_and_grads(km.activation_model(name, shape[1:]), x, dout)
    forward, backward = _pair(name)
    out, cache = forward(x)
    assert_close(out, out_k)
    assert_close(backward(dout, cache), dx_k)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("shape", SHAPES)
def test_gradient_check(name: str, shape: tuple[int, ...]) -> None:
    rng = np.random.default_rng(2)
    x = rng.normal(size=shape)
    x[np.abs(x) < 1e-3] = 0.5  # keep centred differences away from ReLU's kink
    dout = rng.normal(size=shape)
    forward, backward = _pair(name)
    analytic = backward(dout, forward(x)[1])
    assert_close(analytic, numeric_gradient(lambda: forward(x)[0], x, dout), 1e-7)


@pytest.mark.parametrize("name", NAMES)
def test_huge_inputs_stay_finite(name: str) -> None:
    x = np.array([-1e308, -1e4, -745.0, 0.0, 745.0, 1e4, 1e308])
    forward, backward = _pair(name)
    out, cache = forward(x)  # an overflow warning would fail the test (warnings are errors)
    assert np.all(np.isfinite(out)) and np.all(np.isfinite(backward(np.ones_like(x), cache)))


@pytest.mark.parametrize("name, x, expected", [
    ("relu", [-2.0, 0.0, 3.0], [0.0, 0.0, 1.0]),  # 0 at the kink, as in TensorFlow
    ("sigmoid", [0.0], [0.25]),
    ("tanh", [0.0], [1.0]),
])
def test_known_derivatives(name: str, x: list[float], expected: list[float]) -> None:
    forward, backward = _pair(name)
    x_arr = np.array(x)
    assert_close(backward(np.ones_like(x_arr), forward(x_arr)[1]), np.array(expected), 1e-15)


@pytest.mark.parametrize("name", NAMES)
def test_backward_leaves_inputs_alone(name: str) -> None:
    forward, backward = _pair(name)
    x = _inputs(3, (4, 3))
    cache = read_only(forward(x)[1])
    assert backward(read_only(np.ones_like(x)), cache).shape == x.shape
