"""Linear regression with NumPy scalars, augmented assignment and a while loop over epochs."""

from __future__ import annotations

import numpy as np


def predict(x: np.ndarray, w: float, b: float) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    return np.add(np.multiply(w, x), b)


def sgd_step(x_i: float, y_i: float, w: float, b: float, lr: float) -> tuple[float, float]:
    error = predict(np.array([x_i]), w, b)[0] - y_i
    grad_w, grad_b = error * x_i, error
    w -= lr * grad_w
    b -= lr * grad_b
    return float(w), float(b)


def fit(x, y, w=1.0, b=1.0, lr=0.01, epochs=1):
    pairs = list(zip(np.asarray(x, dtype=float), np.asarray(y, dtype=float)))
    epoch = 0
    while epoch < epochs:
        for xi, yi in pairs:
            w, b = sgd_step(xi, yi, w, b, lr)
        epoch += 1
    return float(w), float(b)
