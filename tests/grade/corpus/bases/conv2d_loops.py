"""Conv2D with loops over images and output pixels (CS231n's conv_forward_naive, in NHWC).

Correct values, but a Python loop per output pixel: the base of the loop-style mutants, and
itself the 'not vectorised' mutant.
"""

import numpy as np


def _pads(size, window, stride, padding):
    """Output size, padding before, padding after (TensorFlow puts the odd one after)."""
    if padding == "same":
        out = (size + stride - 1) // stride
        extra = max(window + stride * (out - 1) - size, 0)
        before = extra // 2
        return out, before, extra - before
    return (size - window) // stride + 1, 0, 0


def conv2d_forward(x, w, b, strides=(1, 1), padding="valid"):
    sh, sw = (strides, strides) if isinstance(strides, int) else strides
    n, h, wd, c_in = x.shape
    kh, kw, _, c_out = w.shape
    ho, top, bottom = _pads(h, kh, sh, padding)
    wo, left, right = _pads(wd, kw, sw, padding)
    xp = np.pad(x, ((0, 0), (top, bottom), (left, right), (0, 0)))
    out = np.zeros((n, ho, wo, c_out))
    for i in range(n):
        for r in range(ho):
            for c in range(wo):
                window = xp[i, r * sh : r * sh + kh, c * sw : c * sw + kw, :]
                for f in range(c_out):
                    out[i, r, c, f] = np.sum(window * w[:, :, :, f]) + b[f]
    cache = (x, w, b, (sh, sw), (top, bottom, left, right))
    return out, cache


def conv2d_backward(dout, cache):
    x, w, b, (sh, sw), (top, bottom, left, right) = cache
    n, h, wd, c_in = x.shape
    kh, kw, _, c_out = w.shape
    _, ho, wo, _ = dout.shape
    xp = np.pad(x, ((0, 0), (top, bottom), (left, right), (0, 0)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    db = np.zeros_like(b)
    for i in range(n):
        for r in range(ho):
            for c in range(wo):
                window = xp[i, r * sh : r * sh + kh, c * sw : c * sw + kw, :]
                dw += np.einsum("hwc,o->hwco", window, dout[i, r, c])
                db += dout[i, r, c]
                dxp[i, r * sh : r * sh + kh, c * sw : c * sw + kw] += w @ dout[i, r, c]
    return dxp[:, top : top + h, left : left + wd], dw, db
