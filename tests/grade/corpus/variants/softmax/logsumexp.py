"""Softmax through an explicit log-sum-exp; the loss picks each row's target with argmax."""

import numpy as np


def _logsumexp(z):
    m = z.max(axis=-1, keepdims=True)
    return m + np.log(np.exp(z - m).sum(axis=-1, keepdims=True))


def softmax(z):
    z = np.asarray(z, dtype=float)
    return np.exp(z - _logsumexp(z))


def cross_entropy(logits, y_onehot):
    z = np.atleast_2d(np.asarray(logits, dtype=float))
    target = np.argmax(np.atleast_2d(y_onehot), axis=1)  # one-hot -> class index
    log_p = z - _logsumexp(z)
    return float(-np.mean(log_p[np.arange(len(z)), target]))


def softmax_cross_entropy_backward(logits, y_onehot):
    z = np.atleast_2d(np.asarray(logits, dtype=float))
    grad = softmax(z) - y_onehot
    grad /= z.shape[0]
    return grad.reshape(np.shape(logits))
