"""2-D convolution layer (cross-correlation, as ``keras.layers.Conv2D``): forward and backward.

Layout is Keras': images NHWC, kernels (kh, kw, c_in, c_out). The forward is im2col (a
strided window view copied into one matrix) followed by one matrix product; the backward is
two matrix products and col2im, a loop over the kh * kw kernel taps (never over pixels).
"""

from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _pair(value: int | tuple[int, int]) -> tuple[int, int]:
    """``2`` -> ``(2, 2)``; a pair stays as it is."""
    return (value, value) if isinstance(value, (int, np.integer)) else tuple(value)


def _pads(size: int, window: int, stride: int, padding: str) -> tuple[int, int, int]:
    """Output size and (before, after) padding of one axis, exactly as TensorFlow does.

    'valid': no padding, ``out = (size - window) // stride + 1``. 'same': ``out =
    ceil(size / stride)``, the total padding split with the extra row/column after.
    """
    if padding == "valid":
        return (size - window) // stride + 1, 0, 0
    if padding == "same":
        out = -(-size // stride)
        total = max((out - 1) * stride + window - size, 0)
        return out, total // 2, total - total // 2
    raise ValueError(f"padding must be 'valid' or 'same'; received padding={padding!r}")


def _tap(xp: np.ndarray, i: int, j: int, strides: tuple[int, int], out_hw: tuple[int, int]):
    """The (N, ho, wo, C) view of ``xp`` that kernel tap (i, j) sees at every output pixel."""
    (sh, sw), (ho, wo) = strides, out_hw
    return xp[:, i : i + sh * (ho - 1) + 1 : sh, j : j + sw * (wo - 1) + 1 : sw]


def conv2d_forward(
    x: np.ndarray,
    w: np.ndarray,
    b: np.ndarray,
    strides: int | tuple[int, int] = (1, 1),
    padding: str = "valid",
) -> tuple[np.ndarray, tuple]:
    """Cross-correlate a batch of images with a bank of filters, add a bias per filter.

    Args:
        x: images, shape (N, H, W, c_in).
        w: kernels, shape (kh, kw, c_in, c_out) (Keras' ``Conv2D.kernel``).
        b: bias, shape (c_out,).
        strides: an int or a pair (sh, sw).
        padding: 'valid' (none) or 'same' (TensorFlow's: output ceil(H / sh) by
            ceil(W / sw), the odd padding row/column at the bottom/right).

    Returns:
        out: shape (N, ho, wo, c_out).
        cache: what ``conv2d_backward`` needs (the im2col matrix, w, shapes).
    """
    kh, kw, c_in, c_out = w.shape
    n, h, wd, _ = x.shape
    sh, sw = _pair(strides)
    ho, top, bottom = _pads(h, kh, sh, padding)
    wo, left, right = _pads(wd, kw, sw, padding)
    xp = np.pad(x, ((0, 0), (top, bottom), (left, right), (0, 0))) if padding == "same" else x
    # (N, H', W', c_in, kh, kw) window view -> one row per output pixel, columns (kh, kw, c_in)
    windows = sliding_window_view(xp, (kh, kw), axis=(1, 2))[:, ::sh, ::sw][:, :ho, :wo]
    windows = windows.transpose(0, 1, 2, 4, 5, 3)
    if c_in == 1:  # NumPy copies faster without a trailing length-1 axis
        windows = windows[..., 0]
    cols = windows.reshape(n * ho * wo, kh * kw * c_in)
    out = cols @ w.reshape(kh * kw * c_in, c_out) + b
    return out.reshape(n, ho, wo, c_out), (cols, w, xp.shape, (sh, sw), (top, left), x.shape)


def conv2d_backward(dout: np.ndarray, cache: tuple) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    r"""Gradients of a loss through ``conv2d_forward``.

    Name the im2col matrix of the padded input $C$ (one row per output pixel $(n, i, j)$,
    one column per kernel tap and channel $(p, q, c)$), the kernel reshaped to a
    $(k_h k_w c_{in}) \times c_{out}$ matrix $W$, the bias $b$, and the output reshaped to
    the $(N h_o w_o) \times c_{out}$ matrix $Y$. The convolution is then one matrix product:

    $$Y = C W + b$$

    $$\frac{\partial L}{\partial W} = C^T \frac{\partial L}{\partial Y}$$

    $$\frac{\partial L}{\partial b} = \mathbf{1}^T \frac{\partial L}{\partial Y}$$

    $$\frac{\partial L}{\partial C} = \frac{\partial L}{\partial Y} W^T$$

    Each padded input pixel $X_{n,u,v,c}$ was copied into $C$ once per tap that covers
    it, so its gradient sums those copies (col2im), with strides $s_h, s_w$:

    $$\frac{\partial L}{\partial X_{n,u,v,c}} = \sum_{i,j,p,q} [s_h i + p = u] [s_w j + q = v] \frac{\partial L}{\partial C_{(n,i,j),(p,q,c)}}$$

    and the gradient of the unpadded input is the interior of that array.

    Args:
        dout: upstream gradient, shape (N, ho, wo, c_out).
        cache: from ``conv2d_forward``.

    Returns:
        dx: shape (N, H, W, c_in); dw: shape (kh, kw, c_in, c_out); db: shape (c_out,).
    """
    cols, w, padded_shape, strides, (top, left), x_shape = cache
    kh, kw, _, c_out = w.shape
    n, ho, wo, _ = dout.shape
    dy = dout.reshape(n * ho * wo, c_out)
    dxp = np.zeros(padded_shape, dtype=dy.dtype)
    for i in range(kh):  # col2im, tap by tap: tap (i, j)'s columns of dL/dC are dY W_ij^T
        for j in range(kw):
            _tap(dxp, i, j, strides, (ho, wo))[...] += (dy @ w[i, j].T).reshape(n, ho, wo, -1)
    return (dxp[:, top : top + x_shape[1], left : left + x_shape[2]], *_param_grads(dout, cache))


def _param_grads(dout: np.ndarray, cache: tuple) -> tuple[np.ndarray, np.ndarray]:
    """``(dw, db)`` of ``conv2d_backward`` alone: a first layer needs no input gradient."""
    cols, w = cache[:2]
    dy = dout.reshape(-1, w.shape[-1])
    return (cols.T @ dy).reshape(w.shape), np.ones(len(dy), dtype=dy.dtype) @ dy
