"""Fully connected (Dense) layer: forward and backward, kernels laid out as Keras stores them."""

from __future__ import annotations

import numpy as np


def dense_forward(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, tuple]:
    """Affine map of a batch of rows, as ``keras.layers.Dense`` without activation.

    Args:
        x: inputs, shape (N, n_in).
        w: kernel, shape (n_in, n_out) (Keras' ``layer.kernel``).
        b: bias, shape (n_out,).

    Returns:
        out: shape (N, n_out), ``x @ w + b``.
        cache: ``(x, w)``, what ``dense_backward`` needs.
    """
    # TODO
    raise NotImplementedError(
        "dense_forward: a dense layer as a matrix product, "
        "see lecture section '행렬곱의 미분(MatMul)'"
    )


def dense_backward(dout: np.ndarray, cache: tuple) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Gradients of a loss through ``dense_forward``.

    Derive the gradient first and write the derivation here, one equation per
    ``$$...$$`` block, names defined before they are used (the derivation checker
    reads this docstring).

    Args:
        dout: upstream gradient, shape (N, n_out).
        cache: ``(x, w)`` from ``dense_forward``; x shape (N, n_in), w shape (n_in, n_out).

    Returns:
        dx: shape (N, n_in); dw: shape (n_in, n_out); db: shape (n_out,).
    """
    # TODO
    raise NotImplementedError(
        "dense_backward: backpropagation through a matrix product, "
        "see lecture section '행렬곱의 미분(MatMul)'"
    )
