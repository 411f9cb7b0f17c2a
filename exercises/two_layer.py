r"""A two-layer network for binary classification: sigmoid hidden layer, sigmoid output, BCE.

Matrices as in the lecture and in Keras: samples are rows, ``W1`` is ``(n_in, n_hidden)``,
``W2`` is ``(n_hidden, 1)``, so ``Z1 = X W1 + b1`` and ``Z2 = A1 W2 + b2``.
"""

from __future__ import annotations

import numpy as np

Params = dict[str, np.ndarray]
Cache = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def init_params(n_in: int, n_hidden: int, seed: int) -> Params:
    r"""Weights from a standard normal distribution (seeded), biases zero.

    Args:
        n_in: number of input features.
        n_hidden: number of hidden units.
        seed: seed of ``np.random.default_rng``.

    Returns:
        ``{"w1": (n_in, n_hidden), "b1": (n_hidden,), "w2": (n_hidden, 1), "b2": (1,)}``,
        float64 arrays.
    """
    # TODO
    raise NotImplementedError(
        "init_params: parameters of a two-layer network, see lecture section "
        "'정방향 계산을 행렬 곱셈으로 표현 (forward pass as matrix products)'"
    )


def forward(x: np.ndarray, params: Params) -> tuple[np.ndarray, Cache]:
    r"""``A1 = sigmoid(X W1 + b1)``, ``A2 = sigmoid(A1 W2 + b2)``.

    Args:
        x: shape ``(m, n_in)``.
        params: as returned by :func:`init_params`.

    Returns:
        ``(a2, cache)``: ``a2`` shape ``(m, 1)``, the probabilities of class 1; ``cache`` the
        tuple ``(x, a1, a2, w2)`` that :func:`backward` needs (``a1`` shape ``(m, n_hidden)``).
    """
    # TODO
    raise NotImplementedError(
        "forward: two-layer forward pass in matrix form, see lecture section "
        "'정방향 계산을 행렬 곱셈으로 표현 (forward pass as matrix products)'"
    )


def backward(y: np.ndarray, cache: Cache) -> Params:
    r"""Gradients of the mean binary cross entropy with respect to all four parameters.

    For one sample and one path through hidden unit ``j`` (scalar notation):

    $$L = -(y\log(a_2) + (1-y)\log(1-a_2))$$

    $$a_2 = \sigma(z_2)$$

    $$z_2 = w_2 a_1 + b_2$$

    $$a_1 = \sigma(z_1)$$

    $$z_1 = w_1 x + b_1$$

    $$\frac{\partial L}{\partial z_2} = \frac{\partial L}{\partial a_2}\frac{\partial a_2}{\partial z_2} = a_2 - y$$

    $$\frac{\partial L}{\partial w_2} = \frac{\partial L}{\partial z_2}\frac{\partial z_2}{\partial w_2} = (a_2 - y)a_1$$

    $$\frac{\partial L}{\partial b_2} = \frac{\partial L}{\partial z_2}\frac{\partial z_2}{\partial b_2} = a_2 - y$$

    $$\frac{\partial L}{\partial z_1} = \frac{\partial L}{\partial z_2}\frac{\partial z_2}{\partial a_1}\frac{\partial a_1}{\partial z_1} = (a_2 - y)w_2 a_1(1 - a_1)$$

    $$\frac{\partial L}{\partial w_1} = \frac{\partial L}{\partial z_1}\frac{\partial z_1}{\partial w_1} = (a_2 - y)w_2 a_1(1 - a_1)x$$

    $$\frac{\partial L}{\partial b_1} = \frac{\partial L}{\partial z_1}\frac{\partial z_1}{\partial b_1} = (a_2 - y)w_2 a_1(1 - a_1)$$

    Over a batch of ``m`` rows this is the lecture's matrix form:
    ``dW2 = A1^T (A2 - Y) / m``, ``db2 = mean(A2 - Y)``,
    ``dW1 = X^T ((A2 - Y) W2^T * A1 * (1 - A1)) / m`` (``*`` element-wise),
    ``db1 = mean over rows of ((A2 - Y) W2^T * A1 * (1 - A1))``.

    Args:
        y: shape ``(m, 1)`` (or ``(m,)``), labels 0 or 1.
        cache: from :func:`forward`.

    Returns:
        ``{"w1": (n_in, n_hidden), "b1": (n_hidden,), "w2": (n_hidden, 1), "b2": (1,)}``.
    """
    # TODO
    raise NotImplementedError(
        "backward: two-layer backpropagation in matrix form, see lecture section "
        "'다층 신경망 backprop 이해 (backprop in a multilayer network)'"
    )


def loss(a2: np.ndarray, y: np.ndarray, eps: float = 1e-12) -> float:
    r"""Mean binary cross entropy, ``a2`` clipped to ``[eps, 1 - eps]``.

    Args:
        a2: shape ``(m, 1)``, probabilities from :func:`forward`.
        y: shape ``(m, 1)`` (or ``(m,)``), labels 0 or 1.
        eps: clipping margin.

    Returns:
        The mean loss, a Python float.
    """
    # TODO
    raise NotImplementedError(
        "loss: the logistic loss, see lecture section "
        "'Logistic regression cost function'"
    )


def fit(
    x: np.ndarray,
    y: np.ndarray,
    n_hidden: int = 10,
    lr: float = 0.1,
    epochs: int = 100,
    batch_size: int = 32,
    seed: int = 0,
) -> tuple[Params, list[float]]:
    r"""Minibatch gradient descent; the last, smaller batch of an epoch is used too.

    The initial weights are ``init_params(n_in, n_hidden, seed)``; a separate
    ``np.random.default_rng(seed)`` draws a new permutation of the samples every epoch, so the
    same seed gives the same result.

    Args:
        x: shape ``(n, n_in)``, standardised features.
        y: shape ``(n,)`` or ``(n, 1)``, labels 0 or 1.
        n_hidden: number of hidden units.
        lr: learning rate.
        epochs: number of passes over the data.
        batch_size: samples per update.
        seed: seed of the initialisation and of the shuffling.

    Returns:
        ``(params, losses)``: the trained parameters and the training set's mean binary cross
        entropy after each epoch.
    """
    # TODO
    raise NotImplementedError(
        "fit: minibatch gradient descent, see lecture section "
        "'미니배치 경사 하강법 (minibatch gradient descent)'"
    )


def predict(x: np.ndarray, params: Params) -> np.ndarray:
    r"""Class 1 where the network's probability is at least 0.5, else class 0.

    Args:
        x: shape ``(n, n_in)``.
        params: as returned by :func:`init_params` or :func:`fit`.

    Returns:
        shape ``(n,)``, int64 labels 0 or 1.
    """
    # TODO
    raise NotImplementedError(
        "predict: thresholding at 0.5, see lecture section "
        "'Sigmoid 함수 사용 이유 (threshold classifier output at 0.5)'"
    )
