"""Minibatches, accuracy and the SGD loop, driven by a tiny softmax-regression model."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from checker.data import load_digits_28
from solutions import softmax as sm
from solutions import training


class SoftmaxRegression:
    """The smallest model of the training protocol: logits = x W + b on flattened inputs."""

    def __init__(self, n_in: int, n_classes: int, seed: int) -> None:
        rng = np.random.default_rng(seed)
        self.w = rng.normal(scale=0.01, size=(n_in, n_classes))
        self.b = np.zeros(n_classes)
        self.steps = 0

    def forward(self, x: np.ndarray) -> np.ndarray:
        return x.reshape(len(x), -1) @ self.w + self.b

    def sgd_step(self, xb: np.ndarray, yb: np.ndarray, lr: float) -> float:
        flat = xb.reshape(len(xb), -1)
        logits = flat @ self.w + self.b
        onehot = np.eye(self.w.shape[1])[yb]
        dlogits = sm.softmax_cross_entropy_backward(logits, onehot)
        self.w -= lr * flat.T @ dlogits
        self.b -= lr * dlogits.sum(axis=0)
        self.steps += 1
        return sm.cross_entropy(logits, onehot)


@pytest.mark.parametrize(
    ("n", "batch_size", "sizes"),
    [
        (10, 3, [3, 3, 3, 1]),
        (10, 5, [5, 5]),
        (10, 10, [10]),
        (10, 64, [10]),
        (1, 1, [1]),
        (4, 1, [1, 1, 1, 1]),
    ],
)
def test_iterate_minibatches_covers_every_sample_once(
    n: int, batch_size: int, sizes: list[int]
) -> None:
    x = np.arange(n * 2).reshape(n, 2)
    y = np.arange(n)
    batches = list(training.iterate_minibatches(x, y, batch_size, np.random.default_rng(0)))
    assert [len(xb) for xb, _ in batches] == sizes
    seen = np.concatenate([yb for _, yb in batches])
    assert sorted(seen) == list(range(n))
    for xb, yb in batches:
        np.testing.assert_array_equal(xb, x[yb])  # inputs stay with their targets


def test_iterate_minibatches_is_shuffled_and_seeded() -> None:
    x = y = np.arange(100)

    def order(seed: int) -> list[int]:
        rng = np.random.default_rng(seed)
        return [int(v) for _, yb in training.iterate_minibatches(x, y, 7, rng) for v in yb]

    assert order(1) == order(1)
    assert order(1) != order(2)
    assert order(1) != list(range(100))


@pytest.mark.parametrize(
    ("x", "y", "batch_size", "match"),
    [
        (np.zeros(3), np.zeros(4), 2, "len\\(x\\)=3, len\\(y\\)=4"),
        (np.zeros(3), np.zeros(3), 0, "Received: 0"),
        (np.zeros(3), np.zeros(3), 2.0, "Received: 2.0"),
    ],
)
def test_iterate_minibatches_rejects(x, y, batch_size, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        list(training.iterate_minibatches(x, y, batch_size, np.random.default_rng(0)))


@pytest.mark.parametrize(
    ("logits", "labels", "expected"),
    [
        ([[0.1, 0.9], [0.8, 0.2]], [1, 0], 1.0),
        ([[0.1, 0.9], [0.8, 0.2]], [0, 0], 0.5),
        ([[5.0, 1.0, 2.0]], [2], 0.0),
        ([[1e4, -1e4, 0], [-1, -2, -0.5], [0, 3, 1], [2, 1, 0]], [0, 2, 0, 0], 0.75),
    ],
)
def test_accuracy(logits: list[list[float]], labels: list[int], expected: float) -> None:
    result = training.accuracy(np.array(logits), np.array(labels))
    assert isinstance(result, float)
    assert result == expected


@pytest.mark.parametrize(
    ("logits", "labels"), [(np.zeros((2, 3)), np.zeros(3, int)), (np.zeros(3), np.zeros(3, int))]
)
def test_accuracy_rejects_shapes(logits: np.ndarray, labels: np.ndarray) -> None:
    with pytest.raises(ValueError, match="Received: logits.shape="):
        training.accuracy(logits, labels)


@pytest.fixture(scope="module")
def digits():
    return load_digits_28(test_fraction=0.25, seed=0)


def test_train_softmax_regression_on_digits(digits) -> None:
    model = SoftmaxRegression(28 * 28, 10, seed=0)
    history = training.train(
        model, digits.x_train, digits.y_train, digits.x_test, digits.y_test,
        epochs=5, batch_size=32, lr=0.5, seed=0,
    )
    assert isinstance(history, training.History)
    assert len(history.losses) == len(history.val_accuracy) == 5
    assert model.steps == 5 * int(np.ceil(len(digits.x_train) / 32))
    assert history.losses[-1] < history.losses[0]
    assert history.val_accuracy[-1] >= 0.9
    final = training.accuracy(model.forward(digits.x_test), digits.y_test)
    assert history.val_accuracy[-1] == final


def test_train_is_seeded(digits) -> None:
    def run(seed: int) -> training.History:
        model = SoftmaxRegression(28 * 28, 10, seed=0)
        return training.train(
            model, digits.x_train[:200], digits.y_train[:200], digits.x_test, digits.y_test,
            epochs=2, batch_size=16, lr=0.1, seed=seed,
        )

    assert run(3) == run(3)
    assert run(3).losses != run(4).losses


class _ConstantLossModel:
    """Loss per step = batch size, so the sample-weighted epoch mean is known exactly."""

    def __init__(self) -> None:
        self.forward_sizes: list[int] = []

    def forward(self, x: np.ndarray) -> np.ndarray:
        self.forward_sizes.append(len(x))
        return np.tile([0.0, 1.0], (len(x), 1))

    def sgd_step(self, xb: np.ndarray, yb: np.ndarray, lr: float) -> float:
        return float(len(xb))


def test_epoch_loss_is_the_mean_over_samples() -> None:
    x, y = np.zeros((10, 1)), np.ones(10, dtype=int)
    history = training.train(
        _ConstantLossModel(), x, y, x[:4], y[:4], epochs=2, batch_size=4, lr=0.1, seed=0
    )
    # batches of 4, 4, 2: (4*4 + 4*4 + 2*2) / 10
    assert history.losses == (3.6, 3.6)
    assert history.val_accuracy == (1.0, 1.0)


def test_validation_runs_in_chunks() -> None:
    model = _ConstantLossModel()
    x_val = np.zeros((2500, 1))
    y_val = np.arange(2500) % 2  # the model always predicts class 1
    history = training.train(
        model, x_val[:3], y_val[:3], x_val, y_val, epochs=1, batch_size=3, lr=0.1, seed=0
    )
    assert history.val_accuracy == (0.5,)
    assert max(model.forward_sizes) < 2500 and sum(model.forward_sizes) == 2500


def test_history_is_frozen() -> None:
    history = training.History(losses=(1.0,), val_accuracy=(0.5,))
    with pytest.raises(dataclasses.FrozenInstanceError):
        history.losses = (2.0,)  # type: ignore[misc]
