"""Softmax and cross entropy one sample at a time (a loop over rows), max subtracted per row."""

import math

import numpy as np


def _softmax_row(row):
    shifted = row - np.max(row)
    e = np.exp(shifted)
    return e / e.sum()


def softmax(z):
    z = np.asarray(z, dtype=np.float64)
    if z.ndim == 1:
        return _softmax_row(z)
    out = np.zeros_like(z)
    for i in range(z.shape[0]):
        out[i] = _softmax_row(z[i])
    return out


def cross_entropy(logits, y_onehot):
    logits = np.atleast_2d(logits)
    y_onehot = np.atleast_2d(y_onehot)
    total = 0.0
    for row, target in zip(logits, y_onehot):
        shifted = row - np.max(row)
        log_norm = math.log(float(np.sum(np.exp(shifted))))
        total += -float(np.dot(target, shifted - log_norm))
    return total / len(logits)


def softmax_cross_entropy_backward(logits, y_onehot):
    probs = np.atleast_2d(softmax(logits))
    y = np.atleast_2d(y_onehot)
    m = probs.shape[0]
    grads = np.zeros_like(probs)
    for i in range(m):
        grads[i] = (probs[i] - y[i]) / m
    return grads.reshape(np.shape(logits))
