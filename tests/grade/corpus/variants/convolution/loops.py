"""1-D/2-D convolution and correlation with explicit loops; each mode as its own zero padding.

valid: no padding; full: k - 1 zeros on both sides; same: k - 1 zeros split so that the output
has the input's length (SciPy puts the extra zero on the left for correlate/convolve, on the
right/bottom for correlate2d).
"""

import numpy as np


def _pads(k, mode, late):
    if mode == "valid":
        return 0, 0
    if mode == "full":
        return k - 1, k - 1
    if mode == "same":
        left = (k - 1) // 2 if late else k // 2
        return left, k - 1 - left
    raise ValueError(f"mode must be 'valid', 'full' or 'same'; received {mode!r}")


def _corr1d(x, w, mode, stride, late=False):
    x = np.asarray(x, dtype=float)
    w = np.asarray(w, dtype=float)
    k = len(w)
    left, right = _pads(k, mode, late)
    xp = np.concatenate([np.zeros(left), x, np.zeros(right)])
    n_out = len(xp) - k + 1
    out = []
    for j in range(0, n_out, stride):
        total = 0.0
        for i in range(k):
            total += xp[j + i] * w[i]
        out.append(total)
    return np.array(out)


def correlate1d(x, w, mode="valid", stride=1):
    return _corr1d(x, w, mode, stride)


def convolve1d(x, w, mode="valid", stride=1):
    flipped = np.asarray(w, dtype=float)[::-1]
    return _corr1d(x, flipped, mode, stride)


def correlate2d(x, w, mode="valid", stride=1):
    x = np.asarray(x, dtype=float)
    w = np.asarray(w, dtype=float)
    kh, kw = w.shape
    top, bottom = _pads(kh, mode, late=True)
    left, right = _pads(kw, mode, late=True)
    xp = np.pad(x, ((top, bottom), (left, right)))
    rows = range(0, xp.shape[0] - kh + 1, stride)
    cols = range(0, xp.shape[1] - kw + 1, stride)
    out = np.zeros((len(rows), len(cols)))
    for a, r in enumerate(rows):
        for b, c in enumerate(cols):
            out[a, b] = np.sum(xp[r : r + kh, c : c + kw] * w)
    return out
