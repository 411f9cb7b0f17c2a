"""Element-wise activations (ReLU, sigmoid, tanh): forward and backward pairs.

Every function works on arrays of any shape; the cache is whatever the backward needs.
"""

from __future__ import annotations

import numpy as np


def relu_forward(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """ReLU, ``max(0, x)`` element-wise.

    Args:
        x: inputs, any shape S.

    Returns:
        out: shape S; cache: ``x`` (shape S).
    """
    return np.maximum(x, 0), x


def relu_backward(dout: np.ndarray, cache: np.ndarray) -> np.ndarray:
    r"""Gradient through ``relu_forward``; at exactly 0 the gradient is 0, as in TensorFlow.

    With the input $x$, the output $y$ and the indicator $[x > 0]$:

    $$y = \max(0, x)$$

    $$\frac{\partial L}{\partial x} = \frac{\partial L}{\partial y} \odot [x > 0]$$

    Args:
        dout: upstream gradient, shape S.
        cache: ``x`` from ``relu_forward``, shape S.

    Returns:
        dx: shape S.
    """
    return dout * (cache > 0)


def sigmoid_forward(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Logistic sigmoid ``1 / (1 + exp(-x))``, without overflow for large ``|x|``.

    Args:
        x: inputs, any shape S.

    Returns:
        out: shape S, values in [0, 1]; cache: ``out`` (shape S).
    """
    z = np.exp(-np.abs(x))  # in (0, 1]: never overflows
    out = np.where(x >= 0, 1 / (1 + z), z / (1 + z))
    return out, out


def sigmoid_backward(dout: np.ndarray, cache: np.ndarray) -> np.ndarray:
    r"""Gradient through ``sigmoid_forward``, from the saved output.

    With the input $x$ and the output $s$:

    $$s = \frac{1}{1 + e^{-x}}$$

    $$\frac{\partial s}{\partial x} = s (1 - s)$$

    $$\frac{\partial L}{\partial x} = \frac{\partial L}{\partial s} \odot s \odot (1 - s)$$

    Args:
        dout: upstream gradient, shape S.
        cache: ``out`` from ``sigmoid_forward``, shape S.

    Returns:
        dx: shape S.
    """
    return dout * cache * (1 - cache)


def tanh_forward(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Hyperbolic tangent, element-wise.

    Args:
        x: inputs, any shape S.

    Returns:
        out: shape S, values in [-1, 1]; cache: ``out`` (shape S).
    """
    out = np.tanh(x)
    return out, out


def tanh_backward(dout: np.ndarray, cache: np.ndarray) -> np.ndarray:
    r"""Gradient through ``tanh_forward``, from the saved output.

    With the input $x$ and the output $t$:

    $$t = \tanh(x)$$

    $$\frac{\partial t}{\partial x} = (1 - t)(1 + t)$$

    $$\frac{\partial L}{\partial x} = \frac{\partial L}{\partial t} \odot (1 - t^2)$$

    Args:
        dout: upstream gradient, shape S.
        cache: ``out`` from ``tanh_forward``, shape S.

    Returns:
        dx: shape S.
    """
    return dout * (1 - cache * cache)
