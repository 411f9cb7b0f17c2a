"""Pooling as a student writes it: a loop over the output positions (CS231n style), NHWC."""

import numpy as np


def _setup(x, pool_size, strides, padding):
    ph, pw = (pool_size, pool_size) if isinstance(pool_size, int) else pool_size
    if strides is None:
        strides = (ph, pw)
    sh, sw = (strides, strides) if isinstance(strides, int) else strides
    N, H, W, C = x.shape
    if padding == "same":
        Ho, Wo = -(-H // sh), -(-W // sw)
        pad_h = max((Ho - 1) * sh + ph - H, 0)
        pad_w = max((Wo - 1) * sw + pw - W, 0)
        pads = (pad_h // 2, pad_h - pad_h // 2, pad_w // 2, pad_w - pad_w // 2)
    else:
        Ho, Wo = (H - ph) // sh + 1, (W - pw) // sw + 1
        pads = (0, 0, 0, 0)
    return ph, pw, sh, sw, Ho, Wo, pads


def max_pool_forward(x, pool_size=2, strides=None, padding="valid"):
    ph, pw, sh, sw, Ho, Wo, (t, bo, le, r) = _setup(x, pool_size, strides, padding)
    xp = np.pad(x, ((0, 0), (t, bo), (le, r), (0, 0)), constant_values=-np.inf)
    N, _, _, C = x.shape
    out = np.zeros((N, Ho, Wo, C))
    for i in range(Ho):
        for j in range(Wo):
            window = xp[:, i * sh:i * sh + ph, j * sw:j * sw + pw, :]
            out[:, i, j, :] = np.max(window, axis=(1, 2))
    return out, (x, xp, (ph, pw, sh, sw, Ho, Wo, (t, bo, le, r)))


def max_pool_backward(dout, cache):
    x, xp, (ph, pw, sh, sw, Ho, Wo, (t, bo, le, r)) = cache
    N, H, W, C = x.shape
    dxp = np.zeros_like(xp)
    for i in range(Ho):
        for j in range(Wo):
            window = xp[:, i * sh:i * sh + ph, j * sw:j * sw + pw, :].reshape(N, ph * pw, C)
            first = np.argmax(window, axis=1)  # the first maximum, as TensorFlow
            mask = np.zeros_like(window)
            np.put_along_axis(mask, first[:, None, :], 1.0, axis=1)
            dxp[:, i * sh:i * sh + ph, j * sw:j * sw + pw, :] += mask.reshape(N, ph, pw, C) * dout[:, i:i + 1, j:j + 1, :]
    return dxp[:, t:t + H, le:le + W, :]


def avg_pool_forward(x, pool_size=2, strides=None, padding="valid"):
    ph, pw, sh, sw, Ho, Wo, (t, bo, le, r) = _setup(x, pool_size, strides, padding)
    xp = np.pad(x, ((0, 0), (t, bo), (le, r), (0, 0)))
    ones = np.pad(np.ones(x.shape[1:3]), ((t, bo), (le, r)))
    N, _, _, C = x.shape
    out = np.zeros((N, Ho, Wo, C))
    counts = np.zeros((Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            counts[i, j] = ones[i * sh:i * sh + ph, j * sw:j * sw + pw].sum()
            out[:, i, j, :] = xp[:, i * sh:i * sh + ph, j * sw:j * sw + pw, :].sum(axis=(1, 2)) / counts[i, j]
    return out, (x, counts, (ph, pw, sh, sw, Ho, Wo, (t, bo, le, r)))


def avg_pool_backward(dout, cache):
    x, counts, (ph, pw, sh, sw, Ho, Wo, (t, bo, le, r)) = cache
    N, H, W, C = x.shape
    dxp = np.zeros((N, H + t + bo, W + le + r, C))
    for i in range(Ho):
        for j in range(Wo):
            dxp[:, i * sh:i * sh + ph, j * sw:j * sw + pw, :] += dout[:, i:i + 1, j:j + 1, :] / counts[i, j]
    return dxp[:, t:t + H, le:le + W, :]
