"""Logistic regression as the textbook writes it: sigmoid 1 / (1 + exp(-z)) typed as is (exp
overflows to inf for very negative z, and 1 / inf is the right 0), a matrix-form gradient."""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-np.asarray(z, dtype=float)))


def binary_cross_entropy(a, y, eps=1e-12):
    a = np.clip(a, eps, 1 - eps)
    return float(np.mean(-y * np.log(a) - (1 - y) * np.log(1 - a)))


def gradients(x, y, w, b, l1=0.0, l2=0.0):
    m = x.shape[0]
    a = sigmoid(np.dot(x, w) + b)
    dz = a - y
    dw = np.dot(x.T, dz) / m + l1 * np.sign(w) + l2 * w
    db = np.sum(dz) / m
    return dw, float(db)


def fit(x, y, lr=0.1, epochs=100, l1=0.0, l2=0.0, seed=0):
    rng = np.random.default_rng(seed)
    w = np.ones(x.shape[1])
    b = 0.0
    losses = []
    for _ in range(epochs):
        perm = rng.permutation(len(y))
        for k in range(len(perm)):
            i = perm[k]
            dw, db = gradients(x[i : i + 1], y[i : i + 1], w, b, l1, l2)
            w = w - lr * dw
            b = b - lr * db
        losses.append(binary_cross_entropy(sigmoid(np.dot(x, w) + b), y)
                      + l1 * np.sum(np.abs(w)) + l2 * np.sum(w ** 2) / 2)
    return w, b, losses


def predict(x, w, b):
    probs = sigmoid(np.dot(x, w) + b)
    return np.array([1 if p >= 0.5 else 0 for p in probs], dtype=np.int64)
