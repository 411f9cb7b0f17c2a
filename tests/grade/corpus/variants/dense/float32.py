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
    x, w, b = (np.asarray(a, dtype=np.float32) for a in (x, w, b))  # single precision, as Keras computes
    return x @ w + b, (x, w)


def dense_backward(dout: np.ndarray, cache: tuple) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    r"""Gradients of a loss through ``dense_forward``.

    With inputs $X$ (N rows), kernel $W$, bias $b$ broadcast over the rows, and the
    upstream gradient $\frac{\partial L}{\partial Y}$ of the same shape as the output $Y$:

    $$Y = XW + b$$

    $$\frac{\partial L}{\partial X} = \frac{\partial L}{\partial Y} W^T$$

    $$\frac{\partial L}{\partial W} = X^T \frac{\partial L}{\partial Y}$$

    $$\frac{\partial L}{\partial b} = \mathbf{1}^T \frac{\partial L}{\partial Y}$$

    (the bias gradient sums the upstream gradient over the batch rows).

    Args:
        dout: upstream gradient, shape (N, n_out).
        cache: ``(x, w)`` from ``dense_forward``; x shape (N, n_in), w shape (n_in, n_out).

    Returns:
        dx: shape (N, n_in); dw: shape (n_in, n_out); db: shape (n_out,).
    """
    x, w = cache
    return dout @ w.T, x.T @ dout, np.ones(len(dout), dtype=dout.dtype) @ dout
