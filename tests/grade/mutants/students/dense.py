"""Dense as in CS231n's affine layer (x.dot(w), np.sum over the batch)."""

import numpy as np


def dense_forward(x, w, b):
    out = x.dot(w) + b
    cache = (x, w, b)
    return out, cache


def dense_backward(dout, cache):
    x, w, b = cache
    dx = dout.dot(w.T)
    dw = x.T.dot(dout)
    db = np.sum(dout, axis=0)
    return dx, dw, db
