r"""1-D convolution and cross-correlation, 2-D cross-correlation, with SciPy's modes and a stride.

The results equal ``scipy.signal.convolve``, ``scipy.signal.correlate`` and
``scipy.signal.correlate2d`` for real inputs, subsampled as ``[::stride]``:

- ``full``: every overlap of ``w`` with ``x``, length ``n + k - 1``;
- ``valid``: only complete overlaps, length ``|n - k| + 1``;
- ``same``: length ``n``, the centre of ``full``. For an even kernel the centre is ambiguous
  and SciPy's two functions differ: ``correlate`` and ``convolve`` start at ``(k - 1) // 2``
  (the zero padding is one position longer on the left), ``correlate2d`` starts at ``k // 2``
  (longer on the right and below, as Keras pads, and as the lecture's 2-D picture shows).

Each mode is the centred part of ``full``. Every output position is one row of a
``sliding_window_view`` of the zero-padded input, multiplied by the kernel in one product.
"""

from __future__ import annotations

import numpy as np


def correlate1d(x: np.ndarray, w: np.ndarray, mode: str = "valid", stride: int = 1) -> np.ndarray:
    r"""Cross-correlation: slide ``w`` over ``x`` unflipped, ``out[j] = sum_i x[j + i] w[i]``.

    This is what a convolutional layer computes. The lecture's example:
    ``correlate1d([2, 8, 3, 7, 1, 2, 0, 4, 5], [2, 1, 5, 3])`` is ``[48, 57, 24, 25, 16, 39]``.

    Args:
        x: shape ``(n,)``, the signal.
        w: shape ``(k,)``, the kernel.
        mode: ``'valid'``, ``'full'`` or ``'same'``, as in ``scipy.signal.correlate``.
        stride: keep every ``stride``-th output position, starting with the first.

    Returns:
        shape ``(ceil(length / stride),)`` where ``length`` is ``n - k + 1`` (valid, when
        ``n >= k``), ``n + k - 1`` (full) or ``n`` (same); float64.
    """
    # TODO
    raise NotImplementedError(
        "correlate1d: 1-D cross-correlation with padding and stride, see lecture section "
        "'패딩과 스트라이드 이해 (padding and stride)'"
    )


def convolve1d(x: np.ndarray, w: np.ndarray, mode: str = "valid", stride: int = 1) -> np.ndarray:
    r"""Convolution: correlation with the flipped kernel, ``out[j] = sum_i x[j + i] w[k-1-i]``.

    The lecture's example: ``convolve1d([2, 8, 3, 7, 1, 2, 0, 4, 5], [2, 1, 5, 3])`` is
    ``[63, 48, 49, 28, 21, 20]`` (first entry ``2*3 + 8*5 + 3*1 + 7*2``).

    Args:
        x: shape ``(n,)``, the signal.
        w: shape ``(k,)``, the kernel.
        mode: ``'valid'``, ``'full'`` or ``'same'``, as in ``scipy.signal.convolve``.
        stride: keep every ``stride``-th output position, starting with the first.

    Returns:
        shape ``(ceil(length / stride),)``, lengths as in :func:`correlate1d`; float64.
    """
    # TODO
    raise NotImplementedError(
        "convolve1d: 1-D convolution with padding and stride, see lecture section "
        "'합성곱 구현 (implementing convolution)'"
    )


def correlate2d(x: np.ndarray, w: np.ndarray, mode: str = "valid", stride: int = 1) -> np.ndarray:
    r"""2-D cross-correlation, ``out[r, c] = sum_{i,j} x[r + i, c + j] w[i, j]``.

    The lecture's example: ``x = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]``, ``w = [[2, 0], [0, 0]]``
    gives ``[[2, 4], [8, 10]]`` (valid) and ``2 * x`` (same: zeros padded below and right).

    Args:
        x: shape ``(h, w)``, the image.
        w: shape ``(kh, kw)``, the kernel.
        mode: ``'valid'``, ``'full'`` or ``'same'``, as in ``scipy.signal.correlate2d``;
            ``'valid'`` needs ``x`` at least as large as ``w`` in both dimensions, or the
            other way round.
        stride: the same stride along both axes; keeps ``out[::stride, ::stride]``.

    Returns:
        shape ``(ceil(out_h / stride), ceil(out_w / stride))`` with ``out_h``, ``out_w`` per
        axis as the lengths in :func:`correlate1d`; float64.
    """
    # TODO
    raise NotImplementedError(
        "correlate2d: 2-D cross-correlation with padding and stride, see lecture section "
        "'2차원 배열에서 합성곱 수행 (convolution of 2-D arrays)'"
    )
