"""2-D convolution layer (cross-correlation, as ``keras.layers.Conv2D``): forward and backward.

Layout is Keras': images NHWC, kernels (kh, kw, c_in, c_out). The forward is im2col (a
strided window view copied into one matrix) followed by one matrix product; the backward is
matrix products and col2im, a loop over the kh kernel rows (never over pixels). Arrays are
copied in the order that reads memory in long runs; for one input channel that makes the
output channel-major in memory (an (N, ho, wo, c_out) view of an (N, c_out, ho, wo) array),
so the pooling after a first convolution works along contiguous image rows.
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
    # channel-last memory: each window's (q, c) entries form runs of kw * c_in numbers
    xp = np.ascontiguousarray(x)
    if padding == "same":  # zeros around a copy of x (cheaper than np.pad)
        xp = np.zeros((n, h + top + bottom, wd + left + right, c_in), dtype=x.dtype)
        xp[:, top : top + h, left : left + wd] = x
    # (N, H', W', c_in, kh, kw) window view -> the im2col matrix C, one row per output pixel
    # (n, i, j), one column per tap and channel (p, q, c); copied in the order that reads
    # xp in long runs: C row by row, or for one channel C^T row by row (runs of pixels).
    windows = sliding_window_view(xp, (kh, kw), axis=(1, 2))[:, ::sh, ::sw][:, :ho, :wo]
    # The product follows the copy's orientation: Y = C W (channel-last output), or for
    # one channel Y_n^T = W^T C_n^T image by image (small products: OpenBLAS' AVX-512
    # kernels run them without repacking C, 3x faster for a first layer's few filters;
    # its AVX2 kernels about even), returned as an (N, ho, wo, c_out) view of
    # (N, c_out, ho, wo) memory (the pooling after it then slices along image rows).
    # The cache keeps C image by image, as (N, taps * c_in, ho * wo) (a view for c_in > 1).
    if c_in > 1:
        cols = windows.transpose(0, 1, 2, 4, 5, 3).reshape(n * ho * wo, -1)
        out = (cols @ w.reshape(-1, c_out) + b).reshape(n, ho, wo, c_out)
        cols_t = cols.reshape(n, ho * wo, -1).transpose(0, 2, 1)
    else:
        cols_t = windows.transpose(0, 4, 5, 3, 1, 2).reshape(n, -1, ho * wo)
        out_t = np.matmul(w.reshape(-1, c_out).T, cols_t)
        out_t += b[:, None]
        out = out_t.reshape(n, c_out, ho, wo).transpose(0, 2, 3, 1)
    return out, (cols_t, w, xp.shape, (sh, sw), (top, left), x.shape)


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
    _, w, (n, hp, wp, _), (sh, sw), (top, left), x_shape = cache
    kh, kw, c_in, c_out = w.shape
    ho, wo = dout.shape[1:3]
    # col2im on the padded input's grid: dL/dY spread so that output pixel (i, j) sits at
    # (s_h i, s_w j), zeros elsewhere (and a zero row above and below), each image's grid
    # flattened. Tap (p, q)'s columns of dL/dC = dL/dY W^T then land on the input shifted
    # by p * W' + q. One product sums the kw shifts by q, from the grid shifted by q = 0 ..
    # kw - 1 (a width-wise im2col of dL/dY); the kh shifts by p * W' are added after it.
    # One product per image (small products, see conv2d_forward); dL/dX comes out as an
    # (N, H, W, c_in) view of (N, c_in, H, W) memory, the layout of a first convolution's.
    grid = np.zeros((n, c_out, sh * ho + 2, wp), dtype=dout.dtype)
    grid[:, :, 1 : 1 + sh * ho : sh, : sw * (wo - 1) + 1 : sw] = dout.transpose(0, 3, 1, 2)
    grid = grid.reshape(n, c_out, -1)
    run = sh * ho * wp + kw - 1  # flat positions that one kernel row reaches
    shifted = np.stack([grid[:, :, wp - q : wp - q + run] for q in range(kw)], axis=1)
    w_rows = w.transpose(0, 2, 1, 3).reshape(kh * c_in, kw * c_out)  # (p, c) by (q, o)
    rows = np.matmul(w_rows, shifted.reshape(n, kw * c_out, run)).reshape(n, kh, c_in, run)
    dxp = np.zeros((n, c_in, (sh * ho + kh) * wp), dtype=dout.dtype)
    for p in range(kh):
        dxp[:, :, p * wp : p * wp + run] += rows[:, p]
    dxp = dxp[:, :, : hp * wp].reshape(n, c_in, hp, wp).transpose(0, 2, 3, 1)
    return (dxp[:, top : top + x_shape[1], left : left + x_shape[2]], *_param_grads(dout, cache))


def _param_grads(dout: np.ndarray, cache: tuple) -> tuple[np.ndarray, np.ndarray]:
    """``(dw, db)`` of ``conv2d_backward`` alone: a first layer needs no input gradient.

    Both sums over the output pixels are taken image by image, then over the images:
    C^T dL/dY = sum_n C_n^T dL/dY_n (small products, see ``conv2d_forward``).
    """
    cols_t, w = cache[:2]
    n, ho, wo, c_out = dout.shape
    dy = dout.reshape(n, ho * wo, c_out)  # a view for NHWC or (N, c_out, ho, wo) memory
    dw = np.matmul(cols_t, dy).sum(axis=0).reshape(w.shape)
    return dw, (np.ones(ho * wo, dtype=dy.dtype) @ dy).sum(axis=0)
