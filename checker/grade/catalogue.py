"""What each exercise is checked on: its function cases and scenarios, as data.

Each `Case` is checked on a fixed reference input and on one seeded random input; each variant's
inputs come from the case's `make` (plain NumPy), its expected outputs from the reference
solutions (`grader refs build`). The scenarios are in models.py.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from checker.grade.models import BATCHES, HISTORY, TRAINING_RUN, TWO_LAYER, clipped, lenet_models
from checker.grade.specs import Case, Exercise, Make


def _normal(*shape: int) -> Make:
    return lambda rng: [rng.normal(size=shape)]


def _dense(n: int) -> Make:
    return lambda rng: [rng.normal(size=(n, 5)), rng.normal(size=(5, 3)), rng.normal(size=3)]


def _conv(n: int, h: int, w: int, k: tuple[int, int], c_in: int, c_out: int) -> Make:
    return lambda rng: [rng.normal(size=(n, h, w, c_in)), rng.normal(size=(*k, c_in, c_out)), rng.normal(size=c_out)]


def _ties(rng: np.random.Generator) -> list[Any]:
    return [rng.integers(0, 3, size=(2, 4, 6, 2)).astype(np.float64)]


def _logits(scale: float, targets: bool = True, offset: float = 0.0, apart: float = 0.0) -> Make:
    """Five rows of four logits, N(0, scale) + offset; with targets, one-hot labels. An offset of
    1000 overflows exp and nothing else; a scale of 1000 with each row's maximum at or below 0
    underflows probabilities to 0 and nothing else, so a non-finite result has one cause each."""
    def make(rng: np.random.Generator) -> list[Any]:
        labels = rng.integers(0, 4, size=5)
        z = rng.normal(size=(5, 4)) * scale
        if apart:  # each row's maximum `apart` below the last's: only each row's own max keeps them
            z = z - z.max(axis=1, keepdims=True) - apart * np.arange(len(z))[:, None]
        z = z + offset
        return [z, np.eye(4)[labels]][: 2 if targets else 1]

    return make


def _pairs(fn: str, mode: str, stride: int, shape: tuple[int, ...], kernel: tuple[int, ...]) -> Case:
    return Case(f"{fn} {mode} stride {stride}", fn,
                lambda rng: [rng.normal(size=shape), rng.normal(size=kernel)], {"mode": mode, "stride": stride})


def _layer(prefix: str, make: Make, label: str, wrt: tuple[int, ...] = (0,), **kwargs: Any) -> Case:
    return Case(f"{prefix} {label}".strip(), f"{prefix}_forward", make, kwargs, f"{prefix}_backward", wrt)



def _near_threshold(rng: np.random.Generator) -> list[Any]:
    """x, w, b with logits on both sides of 0 and of 0.5: a threshold on the logit instead of the
    probability (or at 0.5 on the logit) gives other labels."""
    x, w = rng.normal(size=(12, 3)), rng.normal(size=3)
    z = x @ w
    return [x, w, float(0.25 - np.sort(z)[6])]  # the 7th smallest logit at 0.25


def _accuracy(rng: np.random.Generator) -> list[Any]:
    logits = rng.normal(size=(9, 4))
    return [logits, np.where(rng.uniform(size=9) < 0.6, logits.argmax(axis=1), rng.integers(0, 4, 9))]



EXERCISES = (
    Exercise("dense", (
        _layer("dense", _dense(4), "batch 4", (0, 1, 2)),
        _layer("dense", _dense(1), "batch of 1", (0, 1, 2)),
    )),
    Exercise("activations", tuple(
        _layer(act, _normal(3, 4), "") for act in ("relu", "sigmoid", "tanh")
    ) + (Case("relu at zero", "relu_forward", lambda rng: [np.round(rng.normal(size=(3, 4)))],
              backward="relu_backward", tags=("zeros",)),)),
    Exercise("softmax", (
        Case("softmax", "softmax", _logits(1.0, False)),
        Case("softmax one sample", "softmax", lambda rng: [rng.normal(size=4)], points=0.5),
        Case("softmax large logits", "softmax", _logits(3.0, False, 1000.0), tags=("overflow",)),
        Case("softmax rows far apart", "softmax", _logits(3.0, False, apart=900.0), tags=("rows",), points=0.5),
        Case("cross_entropy", "cross_entropy", _logits(1.0), tags=("mean",)),
        Case("cross_entropy large logits", "cross_entropy", _logits(3.0, offset=1000.0), tags=("overflow", "mean")),
        Case("cross_entropy far-apart logits", "cross_entropy", _logits(1000.0, apart=900.0), tags=("underflow", "mean"),
             points=0.5),
        Case("softmax_cross_entropy_backward", "softmax_cross_entropy_backward", _logits(1.0), tags=("mean",)),
        Case("softmax_cross_entropy_backward large logits", "softmax_cross_entropy_backward",
             _logits(3.0, offset=1000.0), tags=("overflow", "mean")),
    )),
    Exercise("convolution", (
        _pairs("correlate1d", "valid", 1, (9,), (3,)),
        _pairs("correlate1d", "full", 2, (9,), (4,)),
        _pairs("correlate1d", "same", 1, (9,), (4,)),  # an even kernel: which of the two centres
        _pairs("convolve1d", "same", 1, (8,), (4,)),
        _pairs("correlate2d", "valid", 1, (5, 7), (2, 3)),
        _pairs("correlate2d", "same", 2, (6, 5), (3, 2)),
        _pairs("correlate2d", "full", 1, (4, 4), (3, 3)),
    )),
    Exercise("conv2d", (
        _layer("conv2d", _conv(2, 5, 5, (3, 3), 2, 3), "valid, stride 1", (0, 1, 2)),
        _layer("conv2d", _conv(2, 6, 5, (3, 2), 2, 3), "same, stride 2, non-square", (0, 1, 2),
               strides=(2, 2), padding="same"),
        _layer("conv2d", _conv(1, 4, 7, (2, 4), 1, 2), "same, stride 1, batch of 1", (0,), padding="same"),
        Case("conv2d vectorised", "conv2d_forward", _conv(4, 20, 20, (5, 5), 3, 6), {"padding": "same"},
             keep=(0,), timed=True, points=2.0, rtol=1e-6),
    )),
    Exercise("pooling", (
        _layer("max_pool", _normal(2, 4, 6, 3), "2x2 stride 2", (0,)),
        _layer("max_pool", _normal(2, 5, 7, 2), "3x3 stride 2 overlapping", (0,), pool_size=3, strides=2),
        _layer("max_pool", _normal(1, 5, 5, 2), "same padding", (0,), padding="same"),
        Case("max_pool ties", "max_pool_forward", _ties, backward="max_pool_backward", tags=("ties",)),
        _layer("avg_pool", _normal(2, 4, 6, 3), "2x2 stride 2", (0,)),
        _layer("avg_pool", _normal(2, 5, 7, 2), "3x3 stride 2 overlapping", (0,), pool_size=3, strides=2),
        # TensorFlow divides each window by its real (unpadded) cells
        _layer("avg_pool", _normal(2, 5, 7, 2), "same padding", (0,), padding="same"),
    )),
    Exercise("linear_regression", (
        Case("predict", "predict", lambda rng: [rng.normal(size=6), float(rng.normal()), float(rng.normal())]),
        Case("sgd_step", "sgd_step", lambda rng: [*map(float, rng.normal(size=4)), 0.1]),
        Case("fit", "fit", lambda rng: [rng.normal(size=20), rng.normal(size=20)], {"lr": 0.05, "epochs": 2},
             repeat=True, relies=("sgd_step",)),
    )),
    Exercise("logistic_regression", (
        Case("sigmoid", "sigmoid", lambda rng: [rng.normal(size=7) * 3]),
        Case("sigmoid large inputs", "sigmoid", lambda rng: [rng.normal(size=7) * 1000]),
        Case("binary_cross_entropy", "binary_cross_entropy",
             lambda rng: [rng.uniform(0, 1, 8), rng.integers(0, 2, 8).astype(float)], tags=("mean",)),
        Case("binary_cross_entropy at 0 and 1", "binary_cross_entropy", lambda rng: list(clipped(rng, 6)),
             tags=("mean", "clipping"), points=0.5),
        Case("gradients", "gradients", lambda rng: [rng.normal(size=(6, 3)), rng.integers(0, 2, 6).astype(float),
                                                    rng.normal(size=3), float(rng.normal())], tags=("mean",)),
        Case("gradients l1 l2", "gradients", lambda rng: [rng.normal(size=(6, 3)), rng.integers(0, 2, 6).astype(float),
                                                          rng.normal(size=3), float(rng.normal()), 0.1, 0.2],
             tags=("mean",)),
        Case("predict", "predict", _near_threshold, points=0.5, relies=("sigmoid",)),
        Case("fit", "fit", lambda rng: [rng.normal(size=(9, 3)), rng.integers(0, 2, 9).astype(float)],
             {"lr": 0.1, "epochs": 3, "l1": 0.01, "l2": 0.02, "seed": 5}, repeat=True,
             relies=("sigmoid", "gradients l1 l2", "binary_cross_entropy")),
    )),

    Exercise("two_layer", (TWO_LAYER,)),
    Exercise("lenet", (
        *lenet_models(),
    )),
    Exercise("training", (
        BATCHES,
        Case("accuracy", "accuracy", _accuracy, tags=("mean",)),
        HISTORY,
        TRAINING_RUN,
    )),
) + tuple(Exercise(f"derivations/{name}", (), kind="derivation")  # graded in derivation.py
          for name in ("mse_gradient", "logistic_gradient", "softmax_cross_entropy"))

BY_NAME = {e.name: e for e in EXERCISES}
