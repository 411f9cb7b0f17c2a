"""Logistic regression: sigmoid as exp(z - log(1 + e^z)), log1p in the loss, X^T dot err."""

from __future__ import annotations

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    z = np.asarray(z, dtype=np.float64)
    return np.exp(z - np.logaddexp(0.0, z))


def binary_cross_entropy(a: np.ndarray, y: np.ndarray, eps: float = 1e-12) -> float:
    p = np.clip(np.asarray(a, dtype=np.float64), eps, 1 - eps)
    y = np.asarray(y, dtype=np.float64)
    return float(-(y * np.log(p) + (1 - y) * np.log1p(-p)).mean())


def gradients(x, y, w, b, l1=0.0, l2=0.0):
    a = sigmoid(x.dot(w) + b)
    err = a - y
    dw = x.T.dot(err) / len(y)
    dw += l1 * np.sign(w) + l2 * w
    db = err.sum() / len(y)
    return dw, float(db)


def fit(x, y, lr=0.1, epochs=100, l1=0.0, l2=0.0, seed=0):
    gen = np.random.default_rng(seed)
    w = np.ones(x.shape[1], dtype=np.float64)
    b = 0.0
    losses = []
    for _ in range(epochs):
        for i in gen.permutation(x.shape[0]):
            dw, db = gradients(x[[i]], y[[i]], w, b, l1=l1, l2=l2)
            w, b = w - lr * dw, b - lr * db
        reg = l1 * np.linalg.norm(w, 1) + l2 / 2 * np.linalg.norm(w) ** 2
        losses.append(float(binary_cross_entropy(sigmoid(x.dot(w) + b), y) + reg))
    return w, b, losses


def predict(x, w, b):
    return np.where(sigmoid(x.dot(w) + b) >= 0.5, 1, 0)
