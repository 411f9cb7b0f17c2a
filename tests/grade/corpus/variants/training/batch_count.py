"""Minibatches counted with ceil(n / batch_size); accuracy with count_nonzero; a plain
class for the history."""

import math

import numpy as np


class History:
    def __init__(self, losses, val_accuracy):
        self.losses = tuple(losses)
        self.val_accuracy = tuple(val_accuracy)

    def __repr__(self):
        return f"History(losses={self.losses}, val_accuracy={self.val_accuracy})"


def iterate_minibatches(x, y, batch_size, rng):
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    n = x.shape[0]
    perm = rng.permutation(n)
    n_batches = math.ceil(n / batch_size)
    for i in range(n_batches):
        idx = perm[i * batch_size : (i + 1) * batch_size]
        yield x[idx], y[idx]


def accuracy(logits, labels):
    predicted = np.argmax(logits, axis=-1)
    return np.count_nonzero(predicted == labels) / len(labels)


def train(model, x, y, x_val, y_val, *, epochs, batch_size, lr, seed):
    rng = np.random.default_rng(seed)
    losses, val_acc = [], []
    for epoch in range(epochs):
        seen, running = 0, 0.0
        for xb, yb in iterate_minibatches(x, y, batch_size, rng):
            loss = model.sgd_step(xb, yb, lr)
            running += loss * xb.shape[0]
            seen += xb.shape[0]
        losses.append(running / seen)
        val_acc.append(accuracy(model.forward(x_val), y_val))
        print(f"epoch {epoch + 1}/{epochs}: loss {losses[-1]:.4f}, val acc {val_acc[-1]:.3f}")
    return History(losses, val_acc)
