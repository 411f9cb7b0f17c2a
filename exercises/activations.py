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
    # TODO
    raise NotImplementedError(
        "relu_forward: the ReLU activation, "
        "see lecture section '3. 렐루(ReLU, Rectified Linear Unit)'"
    )


def relu_backward(dout: np.ndarray, cache: np.ndarray) -> np.ndarray:
    """Gradient through ``relu_forward``; at exactly 0 the gradient is 0, as in TensorFlow.

    Derive the gradient first and write the derivation here, one equation per
    ``$$...$$`` block, names defined before they are used (the derivation checker
    reads this docstring).

    Args:
        dout: upstream gradient, shape S.
        cache: ``x`` from ``relu_forward``, shape S.

    Returns:
        dx: shape S.
    """
    # TODO
    raise NotImplementedError(
        "relu_backward: the derivative of ReLU, "
        "see lecture section '3. 렐루(ReLU, Rectified Linear Unit)'"
    )


def sigmoid_forward(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Logistic sigmoid ``1 / (1 + exp(-x))``, without overflow for large ``|x|``.

    Args:
        x: inputs, any shape S.

    Returns:
        out: shape S, values in [0, 1]; cache: ``out`` (shape S).
    """
    # TODO
    raise NotImplementedError(
        "sigmoid_forward: the sigmoid activation, without overflow, "
        "see lecture section '1. 시그모이드 함수 (Sigmoid Function)'"
    )


def sigmoid_backward(dout: np.ndarray, cache: np.ndarray) -> np.ndarray:
    """Gradient through ``sigmoid_forward``, from the saved output.

    Derive the gradient first and write the derivation here, one equation per
    ``$$...$$`` block, names defined before they are used (the derivation checker
    reads this docstring).

    Args:
        dout: upstream gradient, shape S.
        cache: ``out`` from ``sigmoid_forward``, shape S.

    Returns:
        dx: shape S.
    """
    # TODO
    raise NotImplementedError(
        "sigmoid_backward: the derivative of the sigmoid, "
        "see lecture section '1. 시그모이드 함수 (Sigmoid Function)'"
    )


def tanh_forward(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Hyperbolic tangent, element-wise.

    Args:
        x: inputs, any shape S.

    Returns:
        out: shape S, values in [-1, 1]; cache: ``out`` (shape S).
    """
    # TODO
    raise NotImplementedError(
        "tanh_forward: the tanh activation, "
        "see lecture section '2. 하이퍼 볼릭 탄젠트(tanh)'"
    )


def tanh_backward(dout: np.ndarray, cache: np.ndarray) -> np.ndarray:
    """Gradient through ``tanh_forward``, from the saved output.

    Derive the gradient first and write the derivation here, one equation per
    ``$$...$$`` block, names defined before they are used (the derivation checker
    reads this docstring).

    Args:
        dout: upstream gradient, shape S.
        cache: ``out`` from ``tanh_forward``, shape S.

    Returns:
        dx: shape S.
    """
    # TODO
    raise NotImplementedError(
        "tanh_backward: the derivative of tanh, "
        "see lecture section '2. 하이퍼 볼릭 탄젠트(tanh)'"
    )
