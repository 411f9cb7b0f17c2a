r"""Linear regression with one feature, trained by stochastic gradient descent.

The lecture's example: the diabetes data set, feature 2 (body-mass index) against the disease
progression target, with ``w = b = 1.0`` at the start and one update per sample, in data order.
"""

from __future__ import annotations

import numpy as np


def predict(x: np.ndarray, w: float, b: float) -> np.ndarray:
    r"""Predict ``y_hat = w * x + b`` for every sample.

    Args:
        x: shape ``(n,)``, one feature per sample.
        w: scalar weight.
        b: scalar bias.

    Returns:
        ``y_hat``, shape ``(n,)``, float64.
    """
    # TODO
    raise NotImplementedError(
        "predict: linear regression prediction, see lecture section "
        "'선형 회귀 역전파 구현 (linear regression, backpropagation implementation)'"
    )


def sgd_step(x_i: float, y_i: float, w: float, b: float, lr: float) -> tuple[float, float]:
    r"""One gradient-descent update on a single sample with the loss ``1/2 (y_hat - y)^2``.

    $$L = \frac{1}{2}(\hat{y} - y)^2$$

    $$\hat{y} = wx + b$$

    $$\frac{\partial L}{\partial w} = \frac{\partial L}{\partial \hat{y}}\frac{\partial \hat{y}}{\partial w} = (\hat{y} - y)x$$

    $$\frac{\partial L}{\partial b} = \frac{\partial L}{\partial \hat{y}}\frac{\partial \hat{y}}{\partial b} = \hat{y} - y$$

    Args:
        x_i: scalar, the sample's feature.
        y_i: scalar, the sample's target.
        w: scalar weight before the update.
        b: scalar bias before the update.
        lr: scalar learning rate.

    Returns:
        ``(w, b)`` after the update, two Python floats.
    """
    # TODO
    raise NotImplementedError(
        "sgd_step: gradient of the squared error, one SGD step, see lecture section "
        "'선형 회귀 역전파 구현 (linear regression, backpropagation implementation)'"
    )


def fit(
    x: np.ndarray,
    y: np.ndarray,
    w: float = 1.0,
    b: float = 1.0,
    lr: float = 0.01,
    epochs: int = 1,
) -> tuple[float, float]:
    r"""Train by per-sample SGD: ``epochs`` passes over the data, in data order, no shuffling.

    Args:
        x: shape ``(n,)``, one feature per sample.
        y: shape ``(n,)``, targets.
        w: scalar initial weight.
        b: scalar initial bias.
        lr: scalar learning rate.
        epochs: number of passes over the data.

    Returns:
        ``(w, b)`` after training, two Python floats.
    """
    # TODO
    raise NotImplementedError(
        "fit: per-sample SGD over the diabetes data, see lecture section "
        "'선형 회귀 역전파 구현 (linear regression, backpropagation implementation)'"
    )
