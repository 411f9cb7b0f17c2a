"""Conv2D as a sum over the kernel's taps: for each (p, q), one strided slice of the padded
images times the (c_in, c_out) matrix w[p, q]. A loop over kh * kw taps, never over pixels."""

import numpy as np


def _out_and_pads(n_in, k, s, padding):
    if padding == "same":
        n_out = -(-n_in // s)
        pad = max((n_out - 1) * s + k - n_in, 0)
        return n_out, (pad // 2, pad - pad // 2)
    return (n_in - k) // s + 1, (0, 0)


def conv2d_forward(x, w, b, strides=(1, 1), padding="valid"):
    sh, sw = (strides, strides) if isinstance(strides, int) else tuple(strides)
    kh, kw, c_in, c_out = w.shape
    ho, pad_h = _out_and_pads(x.shape[1], kh, sh, padding)
    wo, pad_w = _out_and_pads(x.shape[2], kw, sw, padding)
    xp = np.pad(x, ((0, 0), pad_h, pad_w, (0, 0)), mode="constant")
    out = np.zeros((x.shape[0], ho, wo, c_out)) + b
    for p in range(kh):
        for q in range(kw):
            tap = xp[:, p : p + sh * (ho - 1) + 1 : sh, q : q + sw * (wo - 1) + 1 : sw, :]
            out += tap @ w[p, q]
    return out, (xp, w, (sh, sw), pad_h, pad_w, x.shape)


def conv2d_backward(dout, cache):
    xp, w, (sh, sw), pad_h, pad_w, x_shape = cache
    kh, kw, c_in, c_out = w.shape
    n, ho, wo, _ = dout.shape
    dxp = np.zeros(xp.shape)
    dw = np.zeros(w.shape)
    flat = dout.reshape(-1, c_out)
    for p in range(kh):
        for q in range(kw):
            rows = slice(p, p + sh * (ho - 1) + 1, sh)
            cols = slice(q, q + sw * (wo - 1) + 1, sw)
            dw[p, q] = xp[:, rows, cols, :].reshape(-1, c_in).T @ flat
            dxp[:, rows, cols, :] += dout @ w[p, q].T
    db = flat.sum(axis=0)
    h, wd = x_shape[1], x_shape[2]
    return dxp[:, pad_h[0] : pad_h[0] + h, pad_w[0] : pad_w[0] + wd, :], dw, db
