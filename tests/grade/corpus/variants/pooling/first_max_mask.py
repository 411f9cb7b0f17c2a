"""Pooling with window masks: (window == max) narrowed to the first maximum with a cumulative
sum, as TensorFlow breaks ties; the scatter loops over the pool's positions."""

import numpy as np


def _pair(v):
    try:
        a, b = v
    except TypeError:
        a = b = v
    return a, b


def _prep(x, pool_size, strides, padding, fill):
    ph, pw = _pair(pool_size)
    sh, sw = _pair(strides if strides is not None else pool_size)
    n, h, w, c = x.shape
    if padding == "same":
        ho, wo = -(-h // sh), -(-w // sw)
        th = max((ho - 1) * sh + ph - h, 0)
        tw = max((wo - 1) * sw + pw - w, 0)
        top, left = th // 2, tw // 2
        xp = np.full((n, h + th, w + tw, c), fill, dtype=float)
        xp[:, top : top + h, left : left + w] = x
    else:
        ho, wo = (h - ph) // sh + 1, (w - pw) // sw + 1
        top = left = 0
        xp = x
    taps = [xp[:, i : i + sh * (ho - 1) + 1 : sh, j : j + sw * (wo - 1) + 1 : sw]
            for i in range(ph) for j in range(pw)]
    return np.stack(taps, axis=-1), (ph, pw, sh, sw, ho, wo, top, left, xp.shape, x.shape)


def _scatter(per_tap, geo):
    ph, pw, sh, sw, ho, wo, top, left, padded_shape, x_shape = geo
    dxp = np.zeros(padded_shape)
    for k in range(ph * pw):
        i, j = divmod(k, pw)
        dxp[:, i : i + sh * (ho - 1) + 1 : sh, j : j + sw * (wo - 1) + 1 : sw] += per_tap[..., k]
    return dxp[:, top : top + x_shape[1], left : left + x_shape[2]]


def max_pool_forward(x, pool_size=2, strides=None, padding="valid"):
    stacked, geo = _prep(x, pool_size, strides, padding, -np.inf)
    out = stacked.max(axis=-1)
    mask = stacked == out[..., None]
    first = mask & (np.cumsum(mask, axis=-1) == 1)
    return out, (first, geo)


def max_pool_backward(dout, cache):
    first, geo = cache
    return _scatter(first * dout[..., None], geo)


def avg_pool_forward(x, pool_size=2, strides=None, padding="valid"):
    stacked, geo = _prep(x, pool_size, strides, padding, 0.0)
    ones, _ = _prep(np.ones(x.shape[:3] + (1,)), pool_size, strides, padding, 0.0)
    count = ones.sum(axis=-1)
    return stacked.sum(axis=-1) / count, (count, geo)


def avg_pool_backward(dout, cache):
    count, geo = cache
    ph, pw = geo[0], geo[1]
    share = np.repeat((dout / count)[..., None], ph * pw, axis=-1)
    return _scatter(share, geo)
