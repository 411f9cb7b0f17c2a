r"""Softmax over classes and the cross-entropy loss for one-hot targets.

Samples are rows and classes are columns, as Keras' ``Dense(n_classes)`` produces them.
Both functions subtract each row's maximum first, so logits as large as ``1e4`` neither
overflow nor give an infinite loss.
"""

from __future__ import annotations

import numpy as np


def _log_softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - np.max(logits, axis=-1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))


def softmax(z: np.ndarray) -> np.ndarray:
    r"""Row-wise ``exp(z_i) / sum_c exp(z_c)``, computed as ``exp(z_i - max(z))`` first.

    Args:
        z: shape ``(m, n_classes)`` (or ``(n_classes,)`` for one sample), logits.

    Returns:
        Same shape as ``z``, float64; every row sums to 1.
    """
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


def cross_entropy(logits: np.ndarray, y_onehot: np.ndarray) -> float:
    r"""Mean over rows of ``-sum_c y_c log(softmax(z)_c)``, with a stable log-sum-exp.

    ``log softmax(z)_c = z_c - max(z) - log(sum_k exp(z_k - max(z)))``, so no probability is
    ever rounded to 0 before its logarithm is taken.

    Args:
        logits: shape ``(m, n_classes)`` (or ``(n_classes,)`` for one sample).
        y_onehot: same shape as ``logits``, one-hot targets.

    Returns:
        The mean loss, a Python float.
    """
    log_probs = _log_softmax(np.atleast_2d(np.asarray(logits, dtype=np.float64)))
    y = np.atleast_2d(np.asarray(y_onehot, dtype=np.float64))
    return float(-np.sum(y * log_probs) / log_probs.shape[0])


def softmax_cross_entropy_backward(logits: np.ndarray, y_onehot: np.ndarray) -> np.ndarray:
    r"""Gradient of :func:`cross_entropy` (the batch mean) with respect to the logits.

    For one sample with three classes, target ``y`` one-hot so ``y_1 + y_2 + y_3 = 1``
    (the derivative with respect to ``z_2`` and ``z_3`` has the same form):

    $$L = -(y_1\log(a_1) + y_2\log(a_2) + y_3\log(a_3))$$

    $$a_1 = \frac{e^{z_1}}{e^{z_1} + e^{z_2} + e^{z_3}}$$

    $$a_2 = \frac{e^{z_2}}{e^{z_1} + e^{z_2} + e^{z_3}}$$

    $$a_3 = \frac{e^{z_3}}{e^{z_1} + e^{z_2} + e^{z_3}}$$

    $$\frac{\partial a_1}{\partial z_1} = a_1(1 - a_1)$$

    $$\frac{\partial a_2}{\partial z_1} = -a_2 a_1$$

    $$\frac{\partial a_3}{\partial z_1} = -a_3 a_1$$

    $$\frac{\partial L}{\partial z_1} = \frac{\partial L}{\partial a_1}\frac{\partial a_1}{\partial z_1} + \frac{\partial L}{\partial a_2}\frac{\partial a_2}{\partial z_1} + \frac{\partial L}{\partial a_3}\frac{\partial a_3}{\partial z_1}$$

    $$\frac{\partial L}{\partial z_1} = \left(-\frac{y_1}{a_1}\right)a_1(1 - a_1) + \left(-\frac{y_2}{a_2}\right)(-a_2 a_1) + \left(-\frac{y_3}{a_3}\right)(-a_3 a_1)$$

    $$\frac{\partial L}{\partial z_1} = a_1(y_1 + y_2 + y_3) - y_1 = a_1 - y_1$$

    The loss is the mean over ``m`` rows, so each row's gradient ``a - y`` is divided by ``m``.

    Args:
        logits: shape ``(m, n_classes)`` (or ``(n_classes,)`` for one sample, ``m = 1``).
        y_onehot: same shape as ``logits``, one-hot targets.

    Returns:
        ``dlogits``, same shape as ``logits``: ``(softmax(logits) - y_onehot) / m``.
    """
    logits = np.asarray(logits, dtype=np.float64)
    m = np.atleast_2d(logits).shape[0]
    return (softmax(logits) - np.asarray(y_onehot, dtype=np.float64)) / m
