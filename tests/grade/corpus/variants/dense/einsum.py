"""Dense layer with einsum (index notation as in the lecture: n = sample, i = input, o = output)."""

import numpy as np


def dense_forward(x, w, b):
    out = np.einsum("ni,io->no", x, w) + b
    cache = (x, w)
    return out, cache


def dense_backward(dout, cache):
    x, w = cache
    dx = np.einsum("no,io->ni", dout, w)
    dw = np.einsum("ni,no->io", x, dout)
    db = np.einsum("no->o", dout)
    return dx, dw, db
