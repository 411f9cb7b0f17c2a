"""Softmax with [:, None] broadcasting (no keepdims), copies made before in-place edits."""

import numpy as np


def softmax(z):
    z = np.array(z, dtype=np.float64)  # a copy: edited in place below
    if z.ndim == 1:
        z -= z.max()
        np.exp(z, out=z)
        return z / z.sum()
    z -= z.max(axis=1)[:, None]
    np.exp(z, out=z)
    z /= z.sum(axis=1)[:, None]
    return z


def cross_entropy(logits, y_onehot):
    z = np.atleast_2d(logits).astype(np.float64)
    y = np.atleast_2d(y_onehot)
    shifted = z - z.max(axis=1)[:, None]
    # -log softmax_c = log(sum_k exp(s_k)) - s_c
    per_row = np.log(np.exp(shifted).sum(axis=1)) - (y * shifted).sum(axis=1)
    return float(per_row.mean())


def softmax_cross_entropy_backward(logits, y_onehot):
    probs = softmax(logits)
    probs -= y_onehot
    probs /= len(np.atleast_2d(logits))
    return probs
