"""LeNet-5 and the lecture's Keras CNN, assembled from the layer functions.

A model holds its parameters only (in ``keras.Model.get_weights()`` order, Keras layout);
every forward pass returns its caches as a local list that the backward pass consumes.
``Network`` walks a list of layers; ``LeNet5`` and ``ConvNet`` only say which layers.
"""

from __future__ import annotations

import numpy as np

from .activations import (
    relu_backward,
    relu_forward,
    sigmoid_backward,
    sigmoid_forward,
    tanh_backward,
    tanh_forward,
)
from .conv2d import _param_grads, conv2d_backward, conv2d_forward
from .dense import dense_backward, dense_forward
from .pooling import avg_pool_backward, avg_pool_forward, max_pool_backward, max_pool_forward

_ACTIVATIONS = {
    "relu": (relu_forward, relu_backward),
    "sigmoid": (sigmoid_forward, sigmoid_backward),
    "tanh": (tanh_forward, tanh_backward),
}
_POOLINGS = {
    "max": (max_pool_forward, max_pool_backward),
    "avg": (avg_pool_forward, avg_pool_backward),
}


def _flatten_forward(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """NHWC -> (N, H*W*C), row-major: the order of ``keras.layers.Flatten``."""
    return x.reshape(len(x), -1), x


def _flatten_backward(dout: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Back to x's shape and memory order (channel-major after a convolution), so that the
    element-wise work of the layers below runs over arrays that share one layout."""
    dx = np.empty_like(x)
    dx[...] = dout.reshape(x.shape)
    return dx


def _conv(padding: str, first: bool = False):
    """A stride-1 convolution; the first layer skips the input gradient nobody uses."""
    def first_backward(dout: np.ndarray, cache: tuple) -> tuple:
        return (None, *_param_grads(dout, cache))

    backward = first_backward if first else conv2d_backward
    return (lambda x, w, b: conv2d_forward(x, w, b, 1, padding), backward, 2)


_DENSE = (dense_forward, dense_backward, 2)
_CHUNK = 32  # images per forward/backward pass in Network.loss_and_grads
_FLATTEN = (_flatten_forward, _flatten_backward, 0)


def _choice(table: dict, name: str, what: str) -> tuple:
    if name not in table:
        raise ValueError(f"{what} must be one of {sorted(table)}; received {what}={name!r}")
    return (*table[name], 0)


def _softmax_cross_entropy(logits: np.ndarray, labels: np.ndarray) -> tuple[float, np.ndarray]:
    """Mean cross entropy of softmax(logits) against integer labels, and its gradient.

    Stable for any finite logits: log-softmax is computed after subtracting each row's max.
    Shapes: logits (N, K), labels (N,) ints in [0, K); the gradient has shape (N, K).
    """
    rows = np.arange(len(labels))
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    dlogits = np.exp(log_probs)
    dlogits[rows, labels] -= 1
    return float(-log_probs[rows, labels].mean()), dlogits / len(labels)


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
        self.dtype = np.dtype(dtype)
        self._layers = layers
        rng = np.random.default_rng(seed)
        self._params = [
            self._glorot(rng, shape) if len(shape) > 1 else np.zeros(shape, self.dtype)
            for shape in shapes
        ]

    def _glorot(self, rng: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
        """Keras' glorot_uniform: U(-l, l), l = sqrt(6 / (fan_in + fan_out))."""
        receptive = int(np.prod(shape[:-2]))  # kh * kw for a conv kernel, 1 for dense
        limit = np.sqrt(6 / (receptive * (shape[-2] + shape[-1])))
        return rng.uniform(-limit, limit, shape).astype(self.dtype)

    def get_weights(self) -> list[np.ndarray]:
        """Copies of the parameters, in the order and shapes of Keras' ``get_weights()``."""
        return [p.copy() for p in self._params]

    def set_weights(self, weights: list[np.ndarray]) -> None:
        """Replace the parameters (e.g. with a Keras model's ``get_weights()``), copying them."""
        expected = [p.shape for p in self._params]
        received = [np.shape(w) for w in weights]
        if received != expected:
            raise ValueError(f"weights must have shapes {expected}; received {received}")
        self._params = [np.array(w, dtype=self.dtype) for w in weights]

    def _forward(self, x: np.ndarray) -> tuple[np.ndarray, list]:
        out, caches, k = np.asarray(x, dtype=self.dtype), [], 0
        for forward, _, n_params in self._layers:
            out, cache = forward(out, *self._params[k : k + n_params])
            caches.append(cache)
            k += n_params
        return out, caches

    def forward(self, x: np.ndarray) -> np.ndarray:
        """Logits, shape (N, 10), for images x of shape (N, 28, 28, 1)."""
        return self._forward(x)[0]

    def loss_and_grads(self, x: np.ndarray, labels: np.ndarray) -> tuple[float, list[np.ndarray]]:
        """Mean softmax cross entropy on (x (N, 28, 28, 1), labels (N,) ints) and its gradients.

        The gradients come in ``get_weights()`` order and shapes. A large batch is taken in
        chunks of 32 images: the mean over the batch is the chunks' means weighted
        by their sizes, and so is its gradient, while each chunk's intermediate arrays
        (25 numbers per pixel in the first convolution's im2col matrix) stay in the cache.
        """
        x, labels = np.asarray(x, dtype=self.dtype), np.asarray(labels)
        loss, grads = 0.0, []
        for start in range(0, len(x), _CHUNK):
            part = slice(start, start + _CHUNK)
            share = len(labels[part]) / len(labels)
            part_loss, part_grads = self._loss_and_grads(x[part], labels[part], share)
            loss += share * part_loss
            for grad, part_grad in zip(grads, part_grads):
                grad += part_grad
            grads = grads or part_grads
        return loss, grads

    def _loss_and_grads(self, x: np.ndarray, labels: np.ndarray,
                        share: float) -> tuple[float, list[np.ndarray]]:
        """One chunk's mean loss, and the gradients of ``share`` times it (backpropagation)."""
        logits, caches = self._forward(x)
        loss, grad = _softmax_cross_entropy(logits, labels)
        grad *= share
        grads: list[np.ndarray] = []
        for (_, backward, n_params), cache in zip(reversed(self._layers), reversed(caches)):
            if n_params:
                grad, *param_grads = backward(grad, cache)
                grads[:0] = param_grads
            else:
                grad = backward(grad, cache)
        return loss, grads

    def sgd_step(self, x: np.ndarray, labels: np.ndarray, lr: float) -> float:
        """One plain SGD step on a batch, in place; returns the loss before the step."""
        loss, grads = self.loss_and_grads(x, labels)
        for param, grad in zip(self._params, grads):
            param -= lr * grad
        return loss


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
        act, pool = _choice(_ACTIVATIONS, activation, "activation"), _choice(
            _POOLINGS, pooling, "pooling")
        # max pooling and ReLU commute exactly (ReLU is monotone and its gradient is 0 at
        # every tie it creates), so pooling first gives the same outputs and gradients
        # with a quarter of the ReLU work
        act_pool = [pool, act] if (activation, pooling) == ("relu", "max") else [act, pool]
        layers = [_conv("same", first=True), *act_pool, _conv("valid"), *act_pool, _FLATTEN,
                  _DENSE, act, _DENSE, act, _DENSE]
        shapes = [(5, 5, 1, 6), (6,), (5, 5, 6, 16), (16,), (400, 120), (120,),
                  (120, 84), (84,), (84, 10), (10,)]
        super().__init__(layers, shapes, seed, dtype)


class ConvNet(Network):
    """The lecture's Keras CNN for 28x28x1 images, 10 classes::

        Conv2D(10, 3, 'same', relu) -> MaxPool 2 -> Flatten -> Dense(100, relu) -> Dense(10)

    Args:
        seed: seeds the glorot-uniform kernels (biases start at zero).
        dtype: float64 (default) or float32.
    """

    def __init__(self, seed: int = 0, dtype=np.float64) -> None:
        """Choose the layers and the parameter shapes (see the class docstring)."""
        relu = _choice(_ACTIVATIONS, "relu", "activation")
        pool = _choice(_POOLINGS, "max", "pooling")
        layers = [_conv("same", first=True), pool, relu, _FLATTEN, _DENSE, relu, _DENSE]
        # (pool before ReLU: the same result, see LeNet5)
        shapes = [(3, 3, 1, 10), (10,), (1960, 100), (100,), (100, 10), (10,)]
        super().__init__(layers, shapes, seed, dtype)
