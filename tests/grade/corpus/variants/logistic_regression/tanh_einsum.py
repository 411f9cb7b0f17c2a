"""Logistic regression: sigmoid through tanh, einsum gradients, the loss chosen per label."""

import numpy as np


def sigmoid(z):
    # sigma(z) = (1 + tanh(z / 2)) / 2: tanh saturates at +-1, so nothing overflows
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=np.float64)))


def binary_cross_entropy(a, y, eps=1e-12):
    a = np.clip(a, eps, 1.0 - eps)
    per_sample = np.where(np.asarray(y) == 1, -np.log(a), -np.log(1.0 - a))
    return float(np.mean(per_sample))


def gradients(x, y, w, b, l1=0.0, l2=0.0):
    err = sigmoid(np.einsum("md,d->m", x, w) + b) - y
    m = len(err)
    dw = np.einsum("md,m->d", x, err) / m
    if l1:
        dw = dw + l1 * np.sign(w)
    if l2:
        dw = dw + l2 * w
    return dw, float(err.mean())


def fit(x, y, lr=0.1, epochs=100, l1=0.0, l2=0.0, seed=0):
    x, y = np.array(x, float), np.array(y, float)
    n, d = x.shape
    shuffler = np.random.default_rng(seed)
    w, b, losses = np.full(d, 1.0), 0.0, []
    for epoch in range(epochs):
        for i in shuffler.permutation(n):
            xi, yi = x[i][None, :], y[i : i + 1]
            dw, db = gradients(xi, yi, w, b, l1, l2)
            w -= lr * dw
            b -= lr * db
        penalty = l1 * np.sum(np.abs(w)) + l2 / 2 * np.dot(w, w)
        losses.append(binary_cross_entropy(sigmoid(x @ w + b), y) + penalty)
    return w, b, losses


def predict(x, w, b):
    return np.where(x @ w + b >= 0, 1, 0).astype(np.int64)
