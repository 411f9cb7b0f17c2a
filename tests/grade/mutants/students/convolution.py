"""1-D and 2-D convolution as a student writes them: pad for 'full', slide, cut the mode out."""

import numpy as np


def _full1d(x, w):
    k = len(w)
    xp = np.concatenate([np.zeros(k - 1), x, np.zeros(k - 1)])
    return np.array([np.dot(xp[i:i + k], w) for i in range(len(x) + k - 1)])


def _cut(full, n, k, mode, start_same):
    if mode == "full":
        return full
    if mode == "valid":
        length = abs(n - k) + 1
        start = min(n, k) - 1
        return full[start:start + length]
    return full[start_same:start_same + n]


def correlate1d(x, w, mode="valid", stride=1):
    x, w = np.asarray(x, dtype=float), np.asarray(w, dtype=float)
    full = _full1d(x, w)
    return _cut(full, len(x), len(w), mode, (len(w) - 1) // 2)[::stride]


def convolve1d(x, w, mode="valid", stride=1):
    x, w = np.asarray(x, dtype=float), np.asarray(w, dtype=float)
    full = _full1d(x, w[::-1])
    return _cut(full, len(x), len(w), mode, (len(w) - 1) // 2)[::stride]


def correlate2d(x, w, mode="valid", stride=1):
    x, w = np.asarray(x, dtype=float), np.asarray(w, dtype=float)
    (h, wd), (kh, kw) = x.shape, w.shape
    xp = np.pad(x, ((kh - 1, kh - 1), (kw - 1, kw - 1)))
    full = np.zeros((h + kh - 1, wd + kw - 1))
    for i in range(full.shape[0]):
        for j in range(full.shape[1]):
            full[i, j] = np.sum(xp[i:i + kh, j:j + kw] * w)
    rows = _cut(np.arange(full.shape[0]), h, kh, mode, kh // 2)
    cols = _cut(np.arange(full.shape[1]), wd, kw, mode, kw // 2)
    return full[np.ix_(rows, cols)][::stride, ::stride]
