"""Linear regression written with plain Python loops and floats, as in a first notebook."""

import numpy as np


def predict(x, w, b):
    return np.array([w * float(xi) + b for xi in x])


def sgd_step(x_i, y_i, w, b, lr):
    y_hat = w * x_i + b
    # L = 1/2 (y_hat - y)^2 -> dL/dw = (y_hat - y) x, dL/db = y_hat - y
    dw = (y_hat - y_i) * x_i
    db = y_hat - y_i
    w = w - lr * dw
    b = b - lr * db
    return float(w), float(b)


def fit(x, y, w=1.0, b=1.0, lr=0.01, epochs=1):
    for epoch in range(epochs):
        for i in range(len(x)):
            w, b = sgd_step(float(x[i]), float(y[i]), w, b, lr)
    return float(w), float(b)
