"""Convolutions from sliding_window_view: pad for the mode, take every window, contract with w."""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _pad_widths(shape, kernel, mode, extra_before):
    widths = []
    for k in kernel:
        if mode == "valid":
            widths.append((0, 0))
        elif mode == "full":
            widths.append((k - 1, k - 1))
        elif mode == "same":
            before = k // 2 if extra_before else (k - 1) // 2
            widths.append((before, k - 1 - before))
        else:
            raise ValueError(f"unknown mode {mode!r}")
    return widths


def correlate1d(x, w, mode="valid", stride=1):
    x, w = np.asarray(x, dtype=np.float64), np.asarray(w, dtype=np.float64)
    xp = np.pad(x, _pad_widths(x.shape, w.shape, mode, extra_before=True))
    return (sliding_window_view(xp, len(w)) @ w)[::stride]


def convolve1d(x, w, mode="valid", stride=1):
    return correlate1d(x, np.flip(w), mode, stride)


def correlate2d(x, w, mode="valid", stride=1):
    x, w = np.asarray(x, dtype=np.float64), np.asarray(w, dtype=np.float64)
    xp = np.pad(x, _pad_widths(x.shape, w.shape, mode, extra_before=False))
    windows = sliding_window_view(xp, w.shape)[::stride, ::stride]
    return np.einsum("rcij,ij->rc", windows, w)
