r"""Logistic regression: sigmoid, binary cross entropy, gradients with L1/L2, SGD training.

The lecture's example is the breast-cancer data set (30 features), standardised with the
training set's statistics, trained one sample at a time in a shuffled order each epoch.
"""

from __future__ import annotations

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    r"""The logistic function ``1 / (1 + exp(-z))``, element-wise, without overflow.

    Written as ``exp(-log(1 + exp(-z)))`` with ``np.logaddexp``, which never overflows: for
    ``z = -1e4`` it underflows quietly to 0 instead of warning.

    Args:
        z: any shape.

    Returns:
        ``a``, same shape as ``z``, values in ``[0, 1]``, float64.
    """
    # TODO
    raise NotImplementedError(
        "sigmoid: the sigmoid function, numerically stable, see lecture section "
        "'시그모이드 함수 (Sigmoid function)'"
    )


def binary_cross_entropy(a: np.ndarray, y: np.ndarray, eps: float = 1e-12) -> float:
    r"""Mean of ``-(y log(a) + (1 - y) log(1 - a))`` with ``a`` clipped to ``[eps, 1 - eps]``.

    Args:
        a: shape ``(n,)``, predicted probabilities.
        y: shape ``(n,)``, labels 0 or 1.
        eps: clipping margin that keeps the logarithms finite.

    Returns:
        The mean loss, a Python float.
    """
    # TODO
    raise NotImplementedError(
        "binary_cross_entropy: the logistic loss, see lecture section "
        "'Logistic regression cost function'"
    )


def gradients(
    x: np.ndarray,
    y: np.ndarray,
    w: np.ndarray,
    b: float,
    l1: float = 0.0,
    l2: float = 0.0,
) -> tuple[np.ndarray, float]:
    r"""Batch-mean gradients of the binary cross entropy, plus the L1 and L2 penalties.

    For one sample and one weight (every weight ``w_i`` has the same form with ``x_i``), the
    loss ``J`` adds the penalties ``l1 |w|`` (alpha_1) and ``l2 / 2 w^2`` (alpha_2):

    $$L = -(y\log(a) + (1-y)\log(1-a))$$

    $$a = \sigma(z)$$

    $$z = wx + b$$

    $$J = L + \alpha_1 |w| + \frac{\alpha_2}{2} w^2$$

    $$\frac{\partial L}{\partial a} = -\left(\frac{y}{a} - \frac{1-y}{1-a}\right)$$

    $$\frac{\partial a}{\partial z} = a(1-a)$$

    $$\frac{\partial L}{\partial z} = \frac{\partial L}{\partial a}\frac{\partial a}{\partial z} = a - y$$

    $$\frac{\partial L}{\partial w} = \frac{\partial L}{\partial z}\frac{\partial z}{\partial w} = (a - y)x$$

    $$\frac{\partial J}{\partial w} = (a - y)x + \alpha_1 \operatorname{sign}(w) + \alpha_2 w$$

    $$\frac{\partial J}{\partial b} = \frac{\partial L}{\partial z}\frac{\partial z}{\partial b} = a - y$$

    Over a batch of ``m`` samples: ``dw = X^T (a - y) / m + l1 sign(w) + l2 w`` and
    ``db = mean(a - y)``; the bias is not regularised.

    Args:
        x: shape ``(m, d)``, features.
        y: shape ``(m,)``, labels 0 or 1.
        w: shape ``(d,)``, weights.
        b: scalar bias.
        l1: L1 strength (alpha in ``alpha * sum|w|``).
        l2: L2 strength (alpha in ``alpha / 2 * sum w^2``).

    Returns:
        ``(dw, db)``: ``dw`` shape ``(d,)``, ``db`` a Python float.
    """
    # TODO
    raise NotImplementedError(
        "gradients: gradients of the logistic loss with L1/L2 terms, see lecture section "
        "'L1 규제의 미분 / L2 규제의 미분 (derivative of L1/L2 regularisation)'"
    )


def fit(
    x: np.ndarray,
    y: np.ndarray,
    lr: float = 0.1,
    epochs: int = 100,
    l1: float = 0.0,
    l2: float = 0.0,
    seed: int = 0,
) -> tuple[np.ndarray, float, list[float]]:
    r"""Per-sample SGD from ``w = 1, b = 0``, in a freshly shuffled order every epoch.

    The order comes from ``np.random.default_rng(seed).permutation`` once per epoch, so the
    same seed gives the same result.

    Args:
        x: shape ``(n, d)``, standardised features.
        y: shape ``(n,)``, labels 0 or 1.
        lr: learning rate.
        epochs: number of passes over the data.
        l1: L1 strength, as in :func:`gradients`.
        l2: L2 strength, as in :func:`gradients`.
        seed: seed of the shuffling.

    Returns:
        ``(w, b, losses)``: ``w`` shape ``(d,)``, ``b`` a Python float, ``losses`` one float
        per epoch: the training set's mean binary cross entropy after that epoch plus the
        penalties ``l1 * sum|w| + l2 / 2 * sum w^2``.
    """
    # TODO
    raise NotImplementedError(
        "fit: logistic regression by SGD, see lecture section "
        "'로지스틱 회귀 (Logistic Regression)'"
    )


def predict(x: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    r"""Class 1 where ``sigmoid(x w + b) >= 0.5``, else class 0.

    Args:
        x: shape ``(n, d)``, features.
        w: shape ``(d,)``, weights.
        b: scalar bias.

    Returns:
        shape ``(n,)``, int64 labels 0 or 1.
    """
    # TODO
    raise NotImplementedError(
        "predict: thresholding at 0.5, see lecture section "
        "'Sigmoid 함수 사용 이유 (threshold classifier output at 0.5)'"
    )
