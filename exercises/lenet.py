"""LeNet-5 and the lecture's Keras CNN, assembled from the layer functions.

A model holds its parameters only (in ``keras.Model.get_weights()`` order, Keras layout);
every forward pass returns its caches as a local list that the backward pass consumes.
``Network`` walks a list of layers; ``LeNet5`` and ``ConvNet`` only say which layers.
"""

from __future__ import annotations

import numpy as np


class Network:
    """A sequential network: its parameters and a fixed list of layers.

    Args:
        layers: one ``(forward, backward, n_params)`` triple per layer, in order:
            ``forward(x, *params) -> (out, cache)``; ``backward(dout, cache)`` returns
            ``dx`` when ``n_params == 0``, else ``(dx, *param_grads)``.
        shapes: the shape of every parameter, in ``get_weights()`` order; kernels (ndim
            >= 2) start glorot-uniform, biases (ndim 1) at zero, as in Keras.
        seed: seeds the kernels.
        dtype: float64 (default) or float32.
    """

    def __init__(self, layers: list, shapes: list, seed: int = 0, dtype=np.float64) -> None:
        """Keep the layers; initialise the parameters as Keras does (see the class docstring)."""
        # TODO
        raise NotImplementedError(
            "Network.__init__: a sequential network of layers, "
            "see lecture section '합성곱 신경망의 전체 구조'"
        )

    def get_weights(self) -> list[np.ndarray]:
        """Copies of the parameters, in the order and shapes of Keras' ``get_weights()``."""
        # TODO
        raise NotImplementedError(
            "Network.get_weights: a model's parameters in Keras' order, "
            "see lecture section '텐서플로를 이용한 구현'"
        )

    def set_weights(self, weights: list[np.ndarray]) -> None:
        """Replace the parameters (e.g. with a Keras model's ``get_weights()``), copying them."""
        # TODO
        raise NotImplementedError(
            "Network.set_weights: a model's parameters in Keras' order, "
            "see lecture section '텐서플로를 이용한 구현'"
        )

    def forward(self, x: np.ndarray) -> np.ndarray:
        """Logits, shape (N, 10), for images x of shape (N, 28, 28, 1)."""
        # TODO
        raise NotImplementedError(
            "Network.forward: the forward pass of a CNN, "
            "see lecture section '합성곱 신경망의 전체 구조'"
        )

    def loss_and_grads(self, x: np.ndarray, labels: np.ndarray) -> tuple[float, list[np.ndarray]]:
        """Mean softmax cross entropy on (x (N, 28, 28, 1), labels (N,) ints) and its gradients.

        The gradients come in ``get_weights()`` order and shapes.
        """
        # TODO
        raise NotImplementedError(
            "Network.loss_and_grads: backpropagation through a CNN with softmax cross entropy, "
            "see lecture section '합성곱 신경망의 전체 구조'"
        )

    def sgd_step(self, x: np.ndarray, labels: np.ndarray, lr: float) -> float:
        """One plain SGD step on a batch, in place; returns the loss before the step."""
        # TODO
        raise NotImplementedError(
            "Network.sgd_step: one step of stochastic gradient descent, "
            "see lecture section '합성곱 신경망의 전체 구조'"
        )


class LeNet5(Network):
    """LeNet-5 for 28x28x1 images, 10 classes, the same model as Keras'::

        Conv2D(6, 5, 'same') -> pool 2 -> Conv2D(16, 5, 'valid') -> pool 2 -> Flatten
        -> Dense(120) -> Dense(84) -> Dense(10) (logits)

    with ``activation`` after both convolutions and the first two dense layers.

    Args:
        activation: 'sigmoid' (as in the book), 'relu' or 'tanh'.
        pooling: 'avg' (LeNet's subsampling) or 'max'.
        seed: seeds the glorot-uniform kernels (biases start at zero).
        dtype: float64 (default) or float32.
    """

    def __init__(self, activation: str = "sigmoid", pooling: str = "avg", seed: int = 0,
                 dtype=np.float64) -> None:
        """Choose the layers and the parameter shapes (see the class docstring)."""
        # TODO
        raise NotImplementedError(
            "LeNet5.__init__: the LeNet-5 architecture, "
            "see lecture section 'LeNet-5'"
        )


class ConvNet(Network):
    """The lecture's Keras CNN for 28x28x1 images, 10 classes::

        Conv2D(10, 3, 'same', relu) -> MaxPool 2 -> Flatten -> Dense(100, relu) -> Dense(10)

    Args:
        seed: seeds the glorot-uniform kernels (biases start at zero).
        dtype: float64 (default) or float32.
    """

    def __init__(self, seed: int = 0, dtype=np.float64) -> None:
        """Choose the layers and the parameter shapes (see the class docstring)."""
        # TODO
        raise NotImplementedError(
            "ConvNet.__init__: the lecture's Keras CNN, "
            "see lecture section '텐서플로를 이용한 구현'"
        )
