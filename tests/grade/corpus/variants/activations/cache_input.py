"""Activations that cache the input x and recompute what the backward needs from it."""

from __future__ import annotations

import numpy as np


def relu_forward(x: np.ndarray):
    return np.where(x > 0, x, 0.0), x


def relu_backward(dout: np.ndarray, cache: np.ndarray) -> np.ndarray:
    return np.where(cache > 0, dout, 0.0)


def _sigmoid(x):
    return np.exp(-np.logaddexp(0.0, -x))


def sigmoid_forward(x: np.ndarray):
    return _sigmoid(x), x


def sigmoid_backward(dout: np.ndarray, cache: np.ndarray) -> np.ndarray:
    s = _sigmoid(cache)
    return dout * s * (1 - s)


def tanh_forward(x: np.ndarray):
    return np.tanh(x), x


def tanh_backward(dout: np.ndarray, cache: np.ndarray) -> np.ndarray:
    return dout / np.cosh(cache) ** 2
