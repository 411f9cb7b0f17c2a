"""Logistic regression: a two-branch stable sigmoid and per-sample loops for the gradients."""

import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(-np.abs(z))  # never overflows
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def binary_cross_entropy(a, y, eps=1e-12):
    a = np.minimum(np.maximum(np.asarray(a, dtype=np.float64), eps), 1 - eps)
    y = np.asarray(y, dtype=np.float64)
    losses = -(y * np.log(a) + (1 - y) * np.log(1 - a))
    return float(losses.sum() / len(losses))


def gradients(x, y, w, b, l1=0.0, l2=0.0):
    m, d = x.shape
    dw = np.zeros(d)
    db = 0.0
    for i in range(m):
        a_i = sigmoid(x[i] @ w + b)
        dw += (a_i - y[i]) * x[i]
        db += a_i - y[i]
    dw = dw / m + l1 * np.sign(w) + l2 * w
    return dw, float(db / m)


def fit(x, y, lr=0.1, epochs=100, l1=0.0, l2=0.0, seed=0):
    rng = np.random.default_rng(seed)
    n, d = x.shape
    w, b = np.ones(d), 0.0
    history = []
    for epoch in range(epochs):
        order = rng.permutation(n)
        for i in order:
            dw, db = gradients(x[i : i + 1], y[i : i + 1], w, b, l1, l2)
            w = w - lr * dw
            b = b - lr * db
        loss = binary_cross_entropy(sigmoid(x @ w + b), y)
        loss += l1 * np.abs(w).sum() + 0.5 * l2 * (w ** 2).sum()
        history.append(float(loss))
    return w, b, history


def predict(x, w, b):
    return (sigmoid(x @ w + b) >= 0.5).astype(np.int64)
