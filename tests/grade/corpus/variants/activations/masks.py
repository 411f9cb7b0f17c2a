"""Activations with boolean masks; the backward copies dout before zeroing (never in place)."""

import numpy as np


def relu_forward(x):
    out = x * (x > 0)
    return out, x


def relu_backward(dout, cache):
    dx = dout.copy()
    dx[cache <= 0] = 0
    return dx


def sigmoid_forward(x):
    out = np.empty_like(x, dtype=float)
    pos = x >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-x[pos]))
    exp_x = np.exp(x[~pos])
    out[~pos] = exp_x / (1.0 + exp_x)
    return out, out


def sigmoid_backward(dout, cache):
    s = cache
    return dout * s * (1.0 - s)


def tanh_forward(x):
    # tanh(x) = 2 sigma(2x) - 1
    s, _ = sigmoid_forward(2.0 * x)
    t = 2.0 * s - 1.0
    return t, t


def tanh_backward(dout, cache):
    return dout * (1.0 - cache ** 2)
