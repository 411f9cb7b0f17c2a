r"""Minibatch SGD for any model with ``forward`` and ``sgd_step``: batches, loop, accuracy.

A model is anything with these two methods (``LeNet5`` and ``ConvNet`` in ``lenet.py`` are):

- ``model.forward(x) -> logits``, ``x`` shape ``(m, ...)``, logits shape ``(m, n_classes)``;
- ``model.sgd_step(xb, yb, lr) -> loss``: one update on a batch with integer labels ``yb``
  of shape ``(m,)``; returns the batch's mean loss before the update, as a float.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

import numpy as np


class Model(Protocol):
    """What :func:`train` needs of a model."""

    def forward(self, x: np.ndarray) -> np.ndarray: ...

    def sgd_step(self, xb: np.ndarray, yb: np.ndarray, lr: float) -> float: ...


@dataclass(frozen=True)
class History:
    """Per-epoch record of a :func:`train` run.

    Attributes:
        losses: one float per epoch, the mean training loss over that epoch's batches,
            weighted by batch size (so it is the mean over samples).
        val_accuracy: one float per epoch, accuracy on the validation set after that epoch.
    """

    losses: tuple[float, ...]
    val_accuracy: tuple[float, ...]


def iterate_minibatches(
    x: np.ndarray, y: np.ndarray, batch_size: int, rng: np.random.Generator
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    r"""Yield ``(xb, yb)`` batches in an order shuffled by ``rng.permutation``.

    Every sample appears exactly once; the last batch holds the remainder when ``batch_size``
    does not divide ``n``. The same ``rng`` state gives the same batches.

    Args:
        x: shape ``(n, ...)``, inputs, samples first.
        y: shape ``(n, ...)``, targets, samples first.
        batch_size: samples per batch, at least 1.
        rng: a ``numpy.random.Generator``, e.g. ``np.random.default_rng(seed)``.

    Yields:
        ``(xb, yb)`` with shapes ``(b, ...)``, ``b = batch_size`` except maybe for the last.
    """
    # TODO
    raise NotImplementedError(
        "iterate_minibatches: shuffled minibatches, see lecture section "
        "'미니배치 경사 하강법 (minibatch gradient descent)'"
    )


def accuracy(logits: np.ndarray, labels: np.ndarray) -> float:
    r"""Fraction of rows whose largest logit is at the true label.

    Args:
        logits: shape ``(m, n_classes)`` (probabilities work as well).
        labels: shape ``(m,)``, integer class labels.

    Returns:
        A Python float in ``[0, 1]``.
    """
    # TODO
    raise NotImplementedError(
        "accuracy: classification accuracy, see lecture section "
        "'미니배치 경사 하강법 (minibatch gradient descent)'"
    )


def train(
    model: Model,
    x: np.ndarray,
    y: np.ndarray,
    x_val: np.ndarray,
    y_val: np.ndarray,
    *,
    epochs: int,
    batch_size: int,
    lr: float,
    seed: int,
) -> History:
    r"""Train ``model`` in place by minibatch SGD; record loss and validation accuracy.

    One ``np.random.default_rng(seed)`` shuffles every epoch (see
    :func:`iterate_minibatches`), so a seeded model and the same seed repeat a run exactly.

    Args:
        model: has ``forward(x) -> logits`` and ``sgd_step(xb, yb, lr) -> float``.
        x: shape ``(n, ...)``, training inputs.
        y: shape ``(n,)``, integer training labels.
        x_val: shape ``(n_val, ...)``, validation inputs.
        y_val: shape ``(n_val,)``, integer validation labels.
        epochs: number of passes over the training data.
        batch_size: samples per SGD step.
        lr: learning rate.
        seed: seed of the shuffling.

    Returns:
        The :class:`History`: one training loss and one validation accuracy per epoch.
    """
    # TODO
    raise NotImplementedError(
        "train: the minibatch SGD training loop, see lecture section "
        "'미니배치 경사 하강법 (minibatch gradient descent)'"
    )
