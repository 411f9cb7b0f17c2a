"""Conv2D by im2col with precomputed index arrays (the CS231n 'fast layers' idea, in NHWC):
gather every window with one fancy index, one matrix product; col2im with np.add.at."""

import numpy as np


def _same_pads(size, k, s):
    out = (size + s - 1) // s
    total = max((out - 1) * s + k - size, 0)
    return out, total // 2, total - total // 2


def _geometry(x_shape, w_shape, strides, padding):
    _, h, wd, _ = x_shape
    kh, kw, _, _ = w_shape
    sh, sw = (strides, strides) if np.isscalar(strides) else strides
    if padding == "same":
        ho, top, bottom = _same_pads(h, kh, sh)
        wo, left, right = _same_pads(wd, kw, sw)
    elif padding == "valid":
        ho, wo = (h - kh) // sh + 1, (wd - kw) // sw + 1
        top = bottom = left = right = 0
    else:
        raise ValueError(f"padding must be 'valid' or 'same', got {padding!r}")
    # rows[i, j, p, q], cols[i, j, p, q]: the padded pixel under tap (p, q) of output (i, j)
    rows = (np.arange(ho) * sh)[:, None, None, None] + np.arange(kh)[None, None, :, None]
    cols = (np.arange(wo) * sw)[None, :, None, None] + np.arange(kw)[None, None, None, :]
    return (ho, wo), ((0, 0), (top, bottom), (left, right), (0, 0)), rows, cols


def conv2d_forward(x, w, b, strides=(1, 1), padding="valid"):
    kh, kw, c_in, c_out = w.shape
    (ho, wo), pads, rows, cols = _geometry(x.shape, w.shape, strides, padding)
    xp = np.pad(x, pads)
    patches = xp[:, rows, cols, :]  # (N, ho, wo, kh, kw, c_in)
    col = patches.reshape(-1, kh * kw * c_in)
    out = col @ w.reshape(-1, c_out) + b
    cache = (x.shape, w, col, pads, rows, cols)
    return out.reshape(x.shape[0], ho, wo, c_out), cache


def conv2d_backward(dout, cache):
    x_shape, w, col, pads, rows, cols = cache
    kh, kw, c_in, c_out = w.shape
    n, ho, wo, _ = dout.shape
    d2 = dout.reshape(-1, c_out)
    dw = (col.T @ d2).reshape(w.shape)
    db = d2.sum(axis=0)
    dcol = (d2 @ w.reshape(-1, c_out).T).reshape(n, ho, wo, kh, kw, c_in)
    padded_shape = tuple(s + a + b for s, (a, b) in zip(x_shape, pads))
    dxp = np.zeros(padded_shape)
    np.add.at(dxp, (slice(None), rows, cols), dcol)  # windows overlap: contributions add up
    (top, _), (left, _) = pads[1], pads[2]
    dx = dxp[:, top : top + x_shape[1], left : left + x_shape[2], :]
    return dx, dw, db
