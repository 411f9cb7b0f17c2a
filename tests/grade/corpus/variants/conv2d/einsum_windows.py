"""Conv2D with sliding_window_view and np.einsum; dx gathered back one kernel tap at a time."""

from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _pad_amounts(size: int, k: int, s: int, padding: str) -> tuple[int, int, int]:
    if padding == "valid":
        return (size - k) // s + 1, 0, 0
    out = int(np.ceil(size / s))
    need = max(0, (out - 1) * s + k - size)
    return out, need // 2, need - need // 2


def conv2d_forward(x, w, b, strides=(1, 1), padding="valid"):
    if isinstance(strides, int):
        strides = (strides, strides)
    sh, sw = strides
    kh, kw, _, _ = w.shape
    ho, t, bo = _pad_amounts(x.shape[1], kh, sh, padding)
    wo, l, r = _pad_amounts(x.shape[2], kw, sw, padding)
    xp = np.pad(x, ((0, 0), (t, bo), (l, r), (0, 0)))
    win = sliding_window_view(xp, (kh, kw), axis=(1, 2))[:, ::sh, ::sw][:, :ho, :wo]
    out = np.einsum("nhwcij,ijco->nhwo", win, w, optimize=True) + b
    return out, (x, w, xp, (sh, sw), (t, l))


def conv2d_backward(dout, cache):
    x, w, xp, (sh, sw), (t, l) = cache
    kh, kw, _, _ = w.shape
    _, ho, wo, _ = dout.shape
    win = sliding_window_view(xp, (kh, kw), axis=(1, 2))[:, ::sh, ::sw][:, :ho, :wo]
    dw = np.einsum("nhwcij,nhwo->ijco", win, dout, optimize=True)
    db = np.einsum("nhwo->o", dout)
    dxp = np.zeros_like(xp)
    for i in range(kh):
        for j in range(kw):
            dxp[:, i : i + sh * (ho - 1) + 1 : sh, j : j + sw * (wo - 1) + 1 : sw, :] += dout @ w[i, j].T
    dx = dxp[:, t : t + x.shape[1], l : l + x.shape[2], :]
    return dx, dw, db
