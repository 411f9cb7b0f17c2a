"""Max and average pooling (``keras.layers.MaxPooling2D`` / ``AveragePooling2D``), NHWC.

Both are computed from the pool_h * pool_w strided views of the padded input, one per
position inside the window (a loop over window positions, never over pixels). The backward
adds each view's share of the gradient back into place, so overlapping windows
(stride < pool) accumulate, as in TensorFlow.
"""

from __future__ import annotations

import numpy as np


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
        cache: what ``max_pool_backward`` needs (which window position won, shapes).
    """
    # TODO
    raise NotImplementedError(
        "max_pool_forward: max pooling, "
        "see lecture section '풀링 연산'"
    )


def max_pool_backward(dout: np.ndarray, cache: tuple) -> np.ndarray:
    """Gradient through ``max_pool_forward``: each window's gradient goes to its maximum.

    Derive the gradient first and write the derivation here, one equation per
    ``$$...$$`` block, names defined before they are used (the derivation checker
    reads this docstring).

    Args:
        dout: upstream gradient, shape (N, ho, wo, C).
        cache: from ``max_pool_forward``.

    Returns:
        dx: shape (N, H, W, C).
    """
    # TODO
    raise NotImplementedError(
        "max_pool_backward: the gradient of max pooling, "
        "see lecture section '풀링 연산'"
    )


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
    # TODO
    raise NotImplementedError(
        "avg_pool_forward: average pooling, "
        "see lecture section '풀링 연산'"
    )


def avg_pool_backward(dout: np.ndarray, cache: tuple) -> np.ndarray:
    """Gradient through ``avg_pool_forward``: each window shares its gradient equally.

    Derive the gradient first and write the derivation here, one equation per
    ``$$...$$`` block, names defined before they are used (the derivation checker
    reads this docstring).

    Args:
        dout: upstream gradient, shape (N, ho, wo, C).
        cache: from ``avg_pool_forward``.

    Returns:
        dx: shape (N, H, W, C).
    """
    # TODO
    raise NotImplementedError(
        "avg_pool_backward: the gradient of average pooling, "
        "see lecture section '풀링 연산'"
    )
