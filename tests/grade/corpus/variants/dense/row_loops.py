"""Dense layer: matrix product forward, backward accumulated one sample (row) at a time."""

import numpy as np


def dense_forward(x, w, b):
    out = np.dot(x, w) + b
    return out, (x.copy(), w.copy())


def dense_backward(dout, cache):
    x, w = cache
    dx = np.zeros_like(x)
    dw = np.zeros_like(w)
    db = np.zeros(w.shape[1])
    for i in range(x.shape[0]):
        dx[i] = w @ dout[i]
        dw += np.outer(x[i], dout[i])
        db += dout[i]
    return dx, dw, db
