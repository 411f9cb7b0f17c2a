"""Dense layer in the CS231n affine style: inputs reshaped to rows, dx reshaped back."""

import numpy as np


def dense_forward(x, w, b):
    """x: (N, d_1, ..., d_k) -> rows of D = d_1 * ... * d_k; w: (D, M); b: (M,)."""
    N = x.shape[0]
    out = x.reshape(N, -1).dot(w) + b
    cache = {"x": x, "w": w, "b": b}
    return out, cache


def dense_backward(dout, cache):
    x, w = cache["x"], cache["w"]
    N = x.shape[0]
    dx = dout.dot(w.T).reshape(x.shape)
    dw = x.reshape(N, -1).T.dot(dout)
    db = np.sum(dout, axis=0, keepdims=True).reshape(-1)
    return dx, dw, db
