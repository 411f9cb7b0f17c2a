"""Max and average pooling (``keras.layers.MaxPooling2D`` / ``AveragePooling2D``), NHWC.

Both are computed from the pool_h * pool_w strided views of the padded input, one per
position inside the window (a loop over window positions, never over pixels). The backward
adds each view's share of the gradient back into place, so overlapping windows
(stride < pool) accumulate, as in TensorFlow.
"""

from __future__ import annotations

import numpy as np

from .conv2d import _pads, _pair


def _tap(xp: np.ndarray, i: int, j: int, strides: tuple[int, int], out_hw: tuple[int, int]):
    """The (N, ho, wo, C) view of ``xp`` that window position (i, j) covers at every output."""
    (sh, sw), (ho, wo) = strides, out_hw
    return xp[:, i : i + sh * (ho - 1) + 1 : sh, j : j + sw * (wo - 1) + 1 : sw]


def _geometry(x: np.ndarray, pool_size, strides, padding: str):
    """Window, strides, output size and (top, bottom, left, right) padding, TensorFlow's rule."""
    ph, pw = _pair(pool_size)
    sh, sw = _pair(pool_size if strides is None else strides)
    ho, top, bottom = _pads(x.shape[1], ph, sh, padding)
    wo, left, right = _pads(x.shape[2], pw, sw, padding)
    return (ph, pw), (sh, sw), (ho, wo), ((0, 0), (top, bottom), (left, right), (0, 0))


def max_pool_forward(
    x: np.ndarray,
    pool_size: int | tuple[int, int] = 2,
    strides: int | tuple[int, int] | None = None,
    padding: str = "valid",
) -> tuple[np.ndarray, tuple]:
    """Maximum over each pooling window, per channel.

    Args:
        x: images, shape (N, H, W, C).
        pool_size: an int or a pair (ph, pw).
        strides: an int, a pair (sh, sw), or None for ``pool_size`` (Keras' default).
        padding: 'valid' or 'same' (TensorFlow's rule; padded cells never win).

    Returns:
        out: shape (N, ho, wo, C).
        cache: what ``max_pool_backward`` needs (the padded input and out, shapes).
    """
    (ph, pw), (sh, sw), (ho, wo), pads = _geometry(x, pool_size, strides, padding)
    xp = np.pad(x, pads, constant_values=-np.inf) if padding == "same" else x
    # the maximum is separable: over the window's rows first (whole image rows, read in
    # long runs), then over its columns: ph + pw - 2 passes instead of ph * pw - 1
    out = _window_max(_window_max(xp, 1, ph, sh, ho), 2, pw, sw, wo)
    # the backward finds each window's winner again by comparing with out: cheaper than
    # tracking it here, and the input is kept by reference, not copied
    return out, (xp, out, (ph, pw), (sh, sw), pads, x.shape)


def _window_max(x: np.ndarray, axis: int, window: int, stride: int, size: int) -> np.ndarray:
    """Maximum over ``window`` neighbours along one axis, at ``size`` starts ``stride`` apart;
    a new array in x's memory order."""
    span = stride * (size - 1) + 1
    taps = [x[(slice(None),) * axis + (slice(k, k + span, stride),)] for k in range(window)]
    out = np.maximum(taps[0], taps[-1])  # one pass saved against copying taps[0] first
    for tap in taps[1:-1]:
        np.maximum(out, tap, out=out)
    return out


def max_pool_backward(dout: np.ndarray, cache: tuple) -> np.ndarray:
    r"""Gradient through ``max_pool_forward``: each window's gradient goes to its maximum.

    With the window $\Omega_{n,i,j,c}$ of the output $Y_{n,i,j,c}$ and the position
    $m_{n,i,j,c}$ of its first maximum in row-major order (how TensorFlow breaks ties):

    $$Y_{n,i,j,c} = \max_{(u,v) \in \Omega_{n,i,j,c}} X_{n,u,v,c}$$

    $$\frac{\partial L}{\partial X_{n,u,v,c}} = \sum_{i,j} [(u,v) = m_{n,i,j,c}] \frac{\partial L}{\partial Y_{n,i,j,c}}$$

    The sum matters when windows overlap (stride < pool size).

    Args:
        dout: upstream gradient, shape (N, ho, wo, C).
        cache: from ``max_pool_forward``.

    Returns:
        dx: shape (N, H, W, C).
    """
    xp, out, (ph, pw), strides, pads, x_shape = cache
    out_hw = dout.shape[1:3]
    # the first position (row-major) equal to the window's maximum takes the gradient;
    # on a tie the earlier position wins, as in TensorFlow
    unclaimed = np.ones_like(out, dtype=bool)  # like out: same memory order
    tiles = _tiles(xp.shape, (ph, pw), strides, out_hw)  # every cell in exactly one window
    dxp = np.empty_like(xp) if tiles else np.zeros_like(xp)  # like xp: same memory order
    for k in range(ph * pw):
        if k < ph * pw - 1:
            wins = np.equal(_tap(xp, k // pw, k % pw, strides, out_hw), out)
            wins &= unclaimed
            unclaimed ^= wins
        else:  # no earlier position held the maximum, so the last one does
            wins = unclaimed
        view = _tap(dxp, k // pw, k % pw, strides, out_hw)
        if tiles:
            np.multiply(dout, wins, out=view)
        else:
            view += dout * wins
    return _crop(dxp, pads, x_shape)


def avg_pool_forward(
    x: np.ndarray,
    pool_size: int | tuple[int, int] = 2,
    strides: int | tuple[int, int] | None = None,
    padding: str = "valid",
) -> tuple[np.ndarray, tuple]:
    """Mean over each pooling window, per channel; padded cells are not counted.

    Args:
        x: images, shape (N, H, W, C).
        pool_size: an int or a pair (ph, pw).
        strides: an int, a pair (sh, sw), or None for ``pool_size`` (Keras' default).
        padding: 'valid' or 'same' (TensorFlow's rule: each window is divided by the
            number of real, unpadded cells in it).

    Returns:
        out: shape (N, ho, wo, C).
        cache: what ``avg_pool_backward`` needs (the per-window counts, shapes).
    """
    (ph, pw), strides, out_hw, pads = _geometry(x, pool_size, strides, padding)
    xp = np.pad(x, pads) if padding == "same" else x
    real = np.pad(np.ones((1, x.shape[1], x.shape[2], 1), dtype=x.dtype), pads)
    total, count = 0, 0
    for k in range(ph * pw):
        total = total + _tap(xp, k // pw, k % pw, strides, out_hw)
        count = count + _tap(real, k // pw, k % pw, strides, out_hw)
    return total / count, (count, (ph, pw), strides, pads, x.shape)


def avg_pool_backward(dout: np.ndarray, cache: tuple) -> np.ndarray:
    r"""Gradient through ``avg_pool_forward``: each window shares its gradient equally.

    With the window $\Omega_{i,j}$ of output $Y_{n,i,j,c}$ and $|\Omega_{i,j}|$ the number
    of real (unpadded) cells in it:

    $$Y_{n,i,j,c} = \frac{1}{|\Omega_{i,j}|} \sum_{(u,v) \in \Omega_{i,j}} X_{n,u,v,c}$$

    $$\frac{\partial L}{\partial X_{n,u,v,c}} = \sum_{i,j} \frac{[(u,v) \in \Omega_{i,j}]}{|\Omega_{i,j}|} \frac{\partial L}{\partial Y_{n,i,j,c}}$$

    Args:
        dout: upstream gradient, shape (N, ho, wo, C).
        cache: from ``avg_pool_forward``.

    Returns:
        dx: shape (N, H, W, C).
    """
    count, (ph, pw), strides, pads, x_shape = cache
    share = dout / count
    dxp = np.zeros(_padded_shape(x_shape, pads), dtype=share.dtype)
    for k in range(ph * pw):
        _tap(dxp, k // pw, k % pw, strides, dout.shape[1:3])[...] += share
    return _crop(dxp, pads, x_shape)


def _tiles(padded_shape: tuple, pool: tuple, strides: tuple, out_hw: tuple) -> bool:
    """Whether the windows tile the (padded) input exactly: no overlap, no cell left out."""
    return pool == strides and padded_shape[1:3] == (pool[0] * out_hw[0], pool[1] * out_hw[1])


def _padded_shape(x_shape: tuple, pads: tuple) -> tuple:
    return tuple(size + before + after for size, (before, after) in zip(x_shape, pads))


def _crop(xp: np.ndarray, pads: tuple, x_shape: tuple) -> np.ndarray:
    """The unpadded interior of a padded (N, H', W', C) array."""
    (top, _), (left, _) = pads[1], pads[2]
    return xp[:, top : top + x_shape[1], left : left + x_shape[2]]
