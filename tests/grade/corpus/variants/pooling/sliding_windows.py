"""Pooling from a sliding_window_view of the padded input; on a tie the LAST maximum of a
window takes the gradient (any single maximum is a valid route)."""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _as_pair(v):
    return (int(v), int(v)) if np.ndim(v) == 0 else (int(v[0]), int(v[1]))


def _plan(x, pool_size, strides, padding):
    ph, pw = _as_pair(pool_size)
    sh, sw = _as_pair(pool_size if strides is None else strides)
    sizes, pads = [], [(0, 0)]
    for size, k, s in ((x.shape[1], ph, sh), (x.shape[2], pw, sw)):
        if padding == "valid":
            sizes.append((size - k) // s + 1)
            pads.append((0, 0))
        else:
            out = -(-size // s)
            total = max((out - 1) * s + k - size, 0)
            sizes.append(out)
            pads.append((total // 2, total - total // 2))
    pads.append((0, 0))
    return (ph, pw), (sh, sw), tuple(sizes), pads


def _windows(a, pool, strides, out_hw):
    v = sliding_window_view(a, pool, axis=(1, 2))[:, :: strides[0], :: strides[1]]
    return v[:, : out_hw[0], : out_hw[1]]  # (N, ho, wo, C, ph, pw)


def _scatter(per_tap, pool, strides, out_hw, padded_shape):
    """Add per_tap[..., p, q] back at the input cell under tap (p, q) of every window."""
    (ph, pw), (sh, sw), (ho, wo) = pool, strides, out_hw
    dxp = np.zeros(padded_shape)
    for p in range(ph):
        for q in range(pw):
            dxp[:, p : p + sh * (ho - 1) + 1 : sh, q : q + sw * (wo - 1) + 1 : sw] += per_tap[..., p, q]
    return dxp


def _unpad(dxp, pads, x_shape):
    t, l = pads[1][0], pads[2][0]
    return dxp[:, t : t + x_shape[1], l : l + x_shape[2]]


def max_pool_forward(x, pool_size=2, strides=None, padding="valid"):
    pool, st, out_hw, pads = _plan(x, pool_size, strides, padding)
    xp = np.pad(x, pads, constant_values=-np.inf)
    out = _windows(xp, pool, st, out_hw).max(axis=(4, 5))
    return out, (xp, pool, st, out_hw, pads, x.shape)


def max_pool_backward(dout, cache):
    xp, (ph, pw), st, out_hw, pads, x_shape = cache
    win = _windows(xp, (ph, pw), st, out_hw)
    flat = win.reshape(*win.shape[:4], ph * pw)
    last = ph * pw - 1 - np.argmax(flat[..., ::-1], axis=-1)  # index of the last maximum
    onehot = np.arange(ph * pw) == last[..., None]
    per_tap = (onehot * dout[..., None]).reshape(*win.shape)
    return _unpad(_scatter(per_tap, (ph, pw), st, out_hw, xp.shape), pads, x_shape)


def avg_pool_forward(x, pool_size=2, strides=None, padding="valid"):
    pool, st, out_hw, pads = _plan(x, pool_size, strides, padding)
    xp = np.pad(x, pads)
    ones = np.pad(np.ones((1, x.shape[1], x.shape[2], 1)), pads)
    count = _windows(ones, pool, st, out_hw).sum(axis=(4, 5))  # real cells per window
    out = _windows(xp, pool, st, out_hw).sum(axis=(4, 5)) / count
    return out, (count, pool, st, out_hw, pads, x.shape, xp.shape)


def avg_pool_backward(dout, cache):
    count, pool, st, out_hw, pads, x_shape, padded_shape = cache
    share = (dout / count)[..., None, None] * np.ones(pool)
    return _unpad(_scatter(share, pool, st, out_hw, padded_shape), pads, x_shape)
