"""Linear regression with one feature, per-sample SGD in data order (a student's version)."""

import numpy as np


def predict(x, w, b):
    return w * np.asarray(x, dtype=float) + b


def sgd_step(x_i, y_i, w, b, lr):
    y_hat = w * x_i + b
    error = y_hat - y_i
    grad_w = error * x_i
    grad_b = error
    w = w - lr * grad_w
    b = b - lr * grad_b
    return float(w), float(b)


def fit(x, y, w=1.0, b=1.0, lr=0.01, epochs=1):
    for epoch in range(epochs):
        for i in range(len(x)):
            w, b = sgd_step(x[i], y[i], w, b, lr)
    return float(w), float(b)
