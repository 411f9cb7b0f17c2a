"""conv2d as a student writes it: TensorFlow's padding by hand, a loop over the kernel taps."""

import numpy as np


def _pads(size, k, s, padding):
    if padding == "valid":
        return (size - k) // s + 1, 0, 0
    out = (size + s - 1) // s
    total = max((out - 1) * s + k - size, 0)
    return out, total // 2, total - total // 2


def conv2d_forward(x, w, b, strides=(1, 1), padding="valid"):
    if isinstance(strides, int):
        strides = (strides, strides)
    sh, sw = strides
    N, H, W, C = x.shape
    KH, KW, _, F = w.shape
    Ho, pad_top, pad_bottom = _pads(H, KH, sh, padding)
    Wo, pad_left, pad_right = _pads(W, KW, sw, padding)
    xp = np.pad(x, ((0, 0), (pad_top, pad_bottom), (pad_left, pad_right), (0, 0)))
    out = np.zeros((N, Ho, Wo, F))
    for p in range(KH):
        for q in range(KW):
            patch = xp[:, p:p + sh * Ho:sh, q:q + sw * Wo:sw, :]  # (N, Ho, Wo, C)
            out += np.tensordot(patch, w[p, q], axes=([3], [0]))
    out += b
    cache = (x, xp, w, strides, (pad_top, pad_left))
    return out, cache


def conv2d_backward(dout, cache):
    x, xp, w, strides, pads = cache
    sh, sw = strides
    pad_top, pad_left = pads
    N, H, W, C = x.shape
    KH, KW, _, F = w.shape
    _, Ho, Wo, _ = dout.shape
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    for p in range(KH):
        for q in range(KW):
            patch = xp[:, p:p + sh * Ho:sh, q:q + sw * Wo:sw, :]
            dw[p, q] = np.tensordot(patch, dout, axes=([0, 1, 2], [0, 1, 2]))
            dxp[:, p:p + sh * Ho:sh, q:q + sw * Wo:sw, :] += np.tensordot(dout, w[p, q], axes=([3], [1]))
    db = dout.sum(axis=(0, 1, 2))
    dx = dxp[:, pad_top:pad_top + H, pad_left:pad_left + W, :]
    return dx, dw, db
