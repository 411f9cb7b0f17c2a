r"""A two-layer network for binary classification: sigmoid hidden layer, sigmoid output, BCE.

Matrices as in the lecture and in Keras: samples are rows, ``W1`` is ``(n_in, n_hidden)``,
``W2`` is ``(n_hidden, 1)``, so ``Z1 = X W1 + b1`` and ``Z2 = A1 W2 + b2``.
"""

from __future__ import annotations

import numpy as np

Params = dict[str, np.ndarray]
Cache = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return np.exp(-np.logaddexp(0.0, -z))


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
    rng = np.random.default_rng(seed)
    return {
        "w1": rng.standard_normal((n_in, n_hidden)),
        "b1": np.zeros(n_hidden),
        "w2": rng.standard_normal((n_hidden, 1)),
        "b2": np.zeros(1),
    }


def forward(x: np.ndarray, params: Params) -> tuple[np.ndarray, Cache]:
    r"""``A1 = sigmoid(X W1 + b1)``, ``A2 = sigmoid(A1 W2 + b2)``.

    Args:
        x: shape ``(m, n_in)``.
        params: as returned by :func:`init_params`.

    Returns:
        ``(a2, cache)``: ``a2`` shape ``(m, 1)``, the probabilities of class 1; ``cache`` the
        tuple ``(x, a1, a2, w2)`` that :func:`backward` needs (``a1`` shape ``(m, n_hidden)``).
    """
    x = np.asarray(x, dtype=np.float64)
    a1 = _sigmoid(x @ params["w1"] + params["b1"])
    a2 = _sigmoid(a1 @ params["w2"] + params["b2"])
    return a2, (x, a1, a2, params["w2"])


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
    x, a1, a2, w2 = cache
    m = x.shape[0]
    err2 = a2 - np.asarray(y, dtype=np.float64).reshape(a2.shape)
    err1 = (err2 @ w2.T) * a1 * (1.0 - a1)
    return {
        "w1": x.T @ err1 / m,
        "b1": err1.sum(axis=0) / m,
        "w2": a1.T @ err2 / m,
        "b2": err2.sum(axis=0) / m,
    }


def loss(a2: np.ndarray, y: np.ndarray, eps: float = 1e-12) -> float:
    r"""Mean binary cross entropy, ``a2`` clipped to ``[eps, 1 - eps]``.

    Args:
        a2: shape ``(m, 1)``, probabilities from :func:`forward`.
        y: shape ``(m, 1)`` (or ``(m,)``), labels 0 or 1.
        eps: clipping margin.

    Returns:
        The mean loss, a Python float.
    """
    a = np.clip(np.asarray(a2, dtype=np.float64), eps, 1.0 - eps)
    y = np.asarray(y, dtype=np.float64).reshape(a.shape)
    return float(-np.mean(y * np.log(a) + (1.0 - y) * np.log(1.0 - a)))


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
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64).reshape(-1, 1)
    params = init_params(x.shape[1], n_hidden, seed)
    rng = np.random.default_rng(seed)
    losses = []
    for _ in range(epochs):
        order = rng.permutation(x.shape[0])
        for start in range(0, x.shape[0], batch_size):
            batch = order[start : start + batch_size]
            _, cache = forward(x[batch], params)
            grads = backward(y[batch], cache)
            for name in params:
                params[name] -= lr * grads[name]
        losses.append(loss(forward(x, params)[0], y))
    return params, np.array(losses)


def predict(x: np.ndarray, params: Params) -> np.ndarray:
    r"""Class 1 where the network's probability is at least 0.5, else class 0.

    Args:
        x: shape ``(n, n_in)``.
        params: as returned by :func:`init_params` or :func:`fit`.

    Returns:
        shape ``(n,)``, int64 labels 0 or 1.
    """
    a2, _ = forward(x, params)
    return (a2[:, 0] >= 0.5).astype(np.int64)
