"""2-D convolution layer (cross-correlation, as ``keras.layers.Conv2D``): forward and backward.

Layout is Keras': images NHWC, kernels (kh, kw, c_in, c_out). The forward is im2col (a
strided window view copied into one matrix) followed by one matrix product; the backward is
two matrix products and col2im, a loop over the kh * kw kernel taps (never over pixels).
"""

from __future__ import annotations

import numpy as np


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
    # TODO
    raise NotImplementedError(
        "conv2d_forward: multi-channel convolution with padding and stride, "
        "see lecture section 'Convolution Layer - 계산'"
    )


def conv2d_backward(dout: np.ndarray, cache: tuple) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Gradients of a loss through ``conv2d_forward``.

    Derive the gradient first and write the derivation here, one equation per
    ``$$...$$`` block, names defined before they are used (the derivation checker
    reads this docstring).

    Args:
        dout: upstream gradient, shape (N, ho, wo, c_out).
        cache: from ``conv2d_forward``.

    Returns:
        dx: shape (N, H, W, c_in); dw: shape (kh, kw, c_in, c_out); db: shape (c_out,).
    """
    # TODO
    raise NotImplementedError(
        "conv2d_backward: backpropagation through a convolution, "
        "see lecture section 'Convolution Layer - 계산'"
    )
