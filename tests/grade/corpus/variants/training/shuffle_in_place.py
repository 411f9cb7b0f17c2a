"""Minibatches from rng.shuffle of an index array (the same order as rng.permutation), the
epoch loss as a size-weighted average of the batch losses."""

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class History:
    losses: tuple
    val_accuracy: tuple


def iterate_minibatches(x, y, batch_size, rng):
    assert len(x) == len(y)
    indices = np.arange(len(x))
    rng.shuffle(indices)
    for start in range(0, len(indices), batch_size):
        excerpt = indices[start : start + batch_size]
        yield x[excerpt], y[excerpt]


def accuracy(logits, labels):
    return float((logits.argmax(axis=1) == labels).mean())


def train(model, x, y, x_val, y_val, *, epochs, batch_size, lr, seed):
    rng = np.random.default_rng(seed)
    losses, accs = [], []
    for _ in range(epochs):
        batch_losses, sizes = [], []
        for xb, yb in iterate_minibatches(x, y, batch_size, rng):
            batch_losses.append(model.sgd_step(xb, yb, lr))
            sizes.append(len(yb))
        losses.append(float(np.average(batch_losses, weights=sizes)))
        accs.append(accuracy(model.forward(x_val), y_val))
    return History(tuple(losses), tuple(accs))
