"""Logistic regression as a student writes it: np.where sigmoid, log(a + eps), an index shuffle."""

import numpy as np


def sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + np.exp(-np.abs(z))))


def binary_cross_entropy(a, y, eps=1e-12):
    a, y = np.asarray(a, dtype=float), np.asarray(y, dtype=float)
    return float(np.mean(-y * np.log(a + eps) - (1 - y) * np.log(1 - a + eps)))


def gradients(x, y, w, b, l1=0.0, l2=0.0):
    m = len(y)
    a = sigmoid(np.dot(x, w) + b)
    dz = a - y
    dw = np.dot(x.T, dz) / m + l1 * np.sign(w) + l2 * w
    db = np.sum(dz) / m
    return dw, float(db)


def fit(x, y, lr=0.1, epochs=100, l1=0.0, l2=0.0, seed=0):
    rng = np.random.default_rng(seed)
    n, d = x.shape
    w, b = np.ones(d), 0.0
    history = []
    for epoch in range(epochs):
        idx = np.arange(n)
        rng.shuffle(idx)
        for i in idx:
            dw, db = gradients(x[i:i + 1], y[i:i + 1], w, b, l1, l2)
            w -= lr * dw
            b -= lr * db
        loss = binary_cross_entropy(sigmoid(x @ w + b), y)
        loss += l1 * np.abs(w).sum() + 0.5 * l2 * (w ** 2).sum()
        history.append(loss)
    return w, b, history


def predict(x, w, b):
    return (sigmoid(x @ w + b) >= 0.5).astype(int)
