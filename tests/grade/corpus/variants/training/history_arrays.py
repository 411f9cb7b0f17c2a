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

_EVAL_CHUNK = 1000  # rows per forward pass when measuring accuracy, to bound memory


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
    if len(x) != len(y):
        raise ValueError(
            f"iterate_minibatches: expected as many targets as inputs. "
            f"Received: len(x)={len(x)}, len(y)={len(y)}"
        )
    is_int = isinstance(batch_size, (int, np.integer)) and not isinstance(batch_size, bool)
    if not is_int or batch_size < 1:
        raise ValueError(
            f"iterate_minibatches: expected an integer batch_size >= 1. Received: {batch_size!r}"
        )
    order = rng.permutation(len(x))
    for start in range(0, len(x), batch_size):
        batch = order[start : start + batch_size]
        yield x[batch], y[batch]


def accuracy(logits: np.ndarray, labels: np.ndarray) -> float:
    r"""Fraction of rows whose largest logit is at the true label.

    Args:
        logits: shape ``(m, n_classes)`` (probabilities work as well).
        labels: shape ``(m,)``, integer class labels.

    Returns:
        A Python float in ``[0, 1]``.
    """
    logits = np.asarray(logits)
    labels = np.asarray(labels)
    if logits.ndim != 2 or labels.shape != logits.shape[:1] or len(labels) == 0:
        raise ValueError(
            "accuracy: expected logits of shape (m, n_classes) and labels of shape (m,), m > 0. "
            f"Received: logits.shape={logits.shape}, labels.shape={labels.shape}"
        )
    return float(np.mean(np.argmax(logits, axis=1) == labels))


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
    rng = np.random.default_rng(seed)
    losses: list[float] = []
    val_accuracy: list[float] = []
    for _ in range(epochs):
        total = 0.0
        for xb, yb in iterate_minibatches(x, y, batch_size, rng):
            total += float(model.sgd_step(xb, yb, lr)) * len(xb)
        losses.append(total / len(x))
        chunks = range(0, len(x_val), _EVAL_CHUNK)
        logits = np.concatenate([model.forward(x_val[i : i + _EVAL_CHUNK]) for i in chunks])
        val_accuracy.append(accuracy(logits, y_val))
    return History(losses=np.array(losses), val_accuracy=np.array(val_accuracy))
