"""Max and average pooling with naive loops over images, output pixels and channels.

The style of CS231n's max_pool_forward_naive, in NHWC and with Keras' options.
"""

import numpy as np


def _pair(v):
    if isinstance(v, int):
        return v, v
    return tuple(v)


def _pads(size, window, stride, padding):
    # 출력 크기와 (앞, 뒤) 패딩: TensorFlow 규칙
    if padding == "valid":
        return (size - window) // stride + 1, 0, 0
    out = -(-size // stride)
    total = max((out - 1) * stride + window - size, 0)
    return out, total // 2, total - total // 2


def _setup(x, pool_size, strides, padding):
    ph, pw = _pair(pool_size)
    sh, sw = _pair(pool_size if strides is None else strides)
    ho, top, bottom = _pads(x.shape[1], ph, sh, padding)
    wo, left, right = _pads(x.shape[2], pw, sw, padding)
    return (ph, pw), (sh, sw), (ho, wo), ((0, 0), (top, bottom), (left, right), (0, 0))


def max_pool_forward(x, pool_size=2, strides=None, padding="valid"):
    (ph, pw), (sh, sw), (ho, wo), pads = _setup(x, pool_size, strides, padding)
    xp = np.pad(x, pads, constant_values=-np.inf)
    n, _, _, ch = x.shape
    out = np.zeros((n, ho, wo, ch))
    for i in range(n):
        for r in range(ho):
            for c in range(wo):
                for k in range(ch):
                    out[i, r, c, k] = np.max(xp[i, r * sh : r * sh + ph, c * sw : c * sw + pw, k])
    return out, (x, pool_size, strides, padding)


def max_pool_backward(dout, cache):
    x, pool_size, strides, padding = cache
    (ph, pw), (sh, sw), (ho, wo), pads = _setup(x, pool_size, strides, padding)
    xp = np.pad(x, pads, constant_values=-np.inf)
    dxp = np.zeros(xp.shape)
    n, _, _, ch = x.shape
    for i in range(n):
        for r in range(ho):
            for c in range(wo):
                for q in range(ch):
                    window = xp[i, r * sh : r * sh + ph, c * sw : c * sw + pw, q]
                    k = int(np.argmax(window))
                    dxp[i, r * sh + k // pw, c * sw + k % pw, q] += dout[i, r, c, q]
    top, left = pads[1][0], pads[2][0]
    return dxp[:, top : top + x.shape[1], left : left + x.shape[2]]


def avg_pool_forward(x, pool_size=2, strides=None, padding="valid"):
    (ph, pw), (sh, sw), (ho, wo), pads = _setup(x, pool_size, strides, padding)
    xp = np.pad(x, pads)
    real = np.pad(np.ones(x.shape[1:3]), pads[1:3])  # 1 where a cell is real, 0 where padded
    n, _, _, ch = x.shape
    out = np.zeros((n, ho, wo, ch))
    for i in range(n):
        for r in range(ho):
            for c in range(wo):
                count = real[r * sh : r * sh + ph, c * sw : c * sw + pw].sum()
                out[i, r, c] = xp[i, r * sh : r * sh + ph, c * sw : c * sw + pw].sum(axis=(0, 1)) / count
    return out, (x, pool_size, strides, padding)


def avg_pool_backward(dout, cache):
    x, pool_size, strides, padding = cache
    (ph, pw), (sh, sw), (ho, wo), pads = _setup(x, pool_size, strides, padding)
    real = np.pad(np.ones(x.shape[1:3]), pads[1:3])
    dxp = np.zeros(np.pad(x, pads).shape)
    for r in range(ho):
        for c in range(wo):
            count = real[r * sh : r * sh + ph, c * sw : c * sw + pw].sum()
            dxp[:, r * sh : r * sh + ph, c * sw : c * sw + pw] += dout[:, r : r + 1, c : c + 1] / count
    top, left = pads[1][0], pads[2][0]
    return dxp[:, top : top + x.shape[1], left : left + x.shape[2]]
