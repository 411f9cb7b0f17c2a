"""1-D with np.correlate / np.convolve in 'full' mode, cropped; 2-D as shifted sums per tap."""

import numpy as np


def _crop(full, n, k, mode, later_centre):
    length = {"full": n + k - 1, "valid": abs(n - k) + 1, "same": n}[mode]
    start = (n + k - 1 - length + (1 if later_centre else 0)) // 2
    return full[start : start + length]


def correlate1d(x, w, mode="valid", stride=1):
    full = np.correlate(np.asarray(x, float), np.asarray(w, float), mode="full")
    return _crop(full, len(x), len(w), mode, False)[::stride]


def convolve1d(x, w, mode="valid", stride=1):
    full = np.convolve(np.asarray(x, float), np.asarray(w, float), mode="full")
    return _crop(full, len(x), len(w), mode, False)[::stride]


def correlate2d(x, w, mode="valid", stride=1):
    x = np.asarray(x, float)
    w = np.asarray(w, float)
    (h, wd), (kh, kw) = x.shape, w.shape
    padded = np.zeros((h + 2 * (kh - 1), wd + 2 * (kw - 1)))
    padded[kh - 1 : kh - 1 + h, kw - 1 : kw - 1 + wd] = x
    full = np.zeros((h + kh - 1, wd + kw - 1))
    for i in range(kh):  # one shifted copy of the image per kernel tap
        for j in range(kw):
            full += w[i, j] * padded[i : i + h + kh - 1, j : j + wd + kw - 1]
    rows = _crop(np.arange(h + kh - 1), h, kh, mode, True)
    cols = _crop(np.arange(wd + kw - 1), wd, kw, mode, True)
    return full[np.ix_(rows, cols)][::stride, ::stride]
