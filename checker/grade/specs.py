"""What each exercise is checked on: cases as data, with input generators in plain NumPy.

A `Case` names a function (and, for layers, its backward), how to make its inputs from a
seeded generator, its tolerance and its points. `grader refs build` runs each case's
variants through the reference solutions and stores inputs and outputs; grading reads
those arrays back and never needs the solutions. Variant 0 is the fixed reference input;
the run's seed picks one of the others.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

Make = Callable[[np.random.Generator], list[Any]]
VARIANTS = 8


@dataclass(frozen=True)
class Case:
    """One check: call `fn(*make(rng), **kwargs)`; with `backward`, also `backward(dout, cache)`."""

    name: str
    fn: str
    make: Make
    kwargs: dict[str, Any] = field(default_factory=dict)
    backward: str = ""
    wrt: tuple[int, ...] = ()  # argument positions for the centred-difference check
    keep: tuple[int, ...] | None = None  # which returned values are compared (None: all)
    points: float = 1.0
    rtol: float = 1e-6
    atol: float = 1e-9
    timed: bool = False  # also award vectorisation points (see checks.FACTOR)
    tags: tuple[str, ...] = ()  # ties, large_logits, ... (for diagnoses)


@dataclass(frozen=True)
class Exercise:
    name: str
    cases: tuple[Case, ...]
    kind: str = "code"  # "derivation": graded by the derivation checker (not yet wired)


def _normal(*shape: int) -> Make:
    return lambda rng: [rng.normal(size=shape)]


def _dense(n: int) -> Make:
    return lambda rng: [rng.normal(size=(n, 5)), rng.normal(size=(5, 3)), rng.normal(size=3)]


def _conv(n: int, h: int, w: int, k: tuple[int, int], c_in: int, c_out: int) -> Make:
    return lambda rng: [rng.normal(size=(n, h, w, c_in)), rng.normal(size=(*k, c_in, c_out)), rng.normal(size=c_out)]


def _ties(rng: np.random.Generator) -> list[Any]:
    return [rng.integers(0, 3, size=(2, 4, 6, 2)).astype(np.float64)]


def _logits(scale: float, targets: bool = True) -> Make:
    def make(rng: np.random.Generator) -> list[Any]:
        labels = rng.integers(0, 4, size=5)
        return [rng.normal(size=(5, 4)) * scale, np.eye(4)[labels]][: 2 if targets else 1]

    return make


def _pairs(fn: str, mode: str, stride: int, shape: tuple[int, ...], kernel: tuple[int, ...]) -> Case:
    return Case(f"{fn} {mode} stride {stride}", fn,
                lambda rng: [rng.normal(size=shape), rng.normal(size=kernel)], {"mode": mode, "stride": stride})


def _layer(prefix: str, make: Make, label: str, wrt: tuple[int, ...] = (0,), **kwargs: Any) -> Case:
    return Case(f"{prefix} {label}", f"{prefix}_forward", make, kwargs, f"{prefix}_backward", wrt)


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
        Case("softmax large logits", "softmax", _logits(1000.0, False), tags=("large_logits",)),
        Case("cross_entropy", "cross_entropy", _logits(1.0)),
        Case("cross_entropy large logits", "cross_entropy", _logits(1000.0), tags=("large_logits",)),
        Case("softmax_cross_entropy_backward", "softmax_cross_entropy_backward", _logits(1.0), tags=("mean",)),
        Case("softmax_cross_entropy_backward large logits", "softmax_cross_entropy_backward", _logits(1000.0),
             tags=("large_logits", "mean")),
    )),
    Exercise("convolution", (
        _pairs("correlate1d", "valid", 1, (9,), (3,)),
        _pairs("correlate1d", "full", 2, (9,), (4,)),
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
    )),
    Exercise("linear_regression", (
        Case("predict", "predict", lambda rng: [rng.normal(size=6), float(rng.normal()), float(rng.normal())]),
        Case("sgd_step", "sgd_step", lambda rng: [*map(float, rng.normal(size=4)), 0.1]),
        Case("fit", "fit", lambda rng: [rng.normal(size=20), rng.normal(size=20)], {"lr": 0.05, "epochs": 2}),
    )),
    Exercise("logistic_regression", (
        Case("sigmoid", "sigmoid", lambda rng: [rng.normal(size=7) * 3]),
        Case("sigmoid large inputs", "sigmoid", lambda rng: [rng.normal(size=7) * 1000], tags=("large_logits",)),
        Case("binary_cross_entropy", "binary_cross_entropy",
             lambda rng: [rng.uniform(0, 1, 8), rng.integers(0, 2, 8).astype(float)]),
        Case("gradients", "gradients", lambda rng: [rng.normal(size=(6, 3)), rng.integers(0, 2, 6).astype(float),
                                                    rng.normal(size=3), float(rng.normal())], tags=("mean",)),
        Case("gradients l1 l2", "gradients", lambda rng: [rng.normal(size=(6, 3)), rng.integers(0, 2, 6).astype(float),
                                                          rng.normal(size=3), float(rng.normal()), 0.1, 0.2]),
    )),
)

BY_NAME = {e.name: e for e in EXERCISES}


def variant_seed(exercise: str, case: str, variant: int) -> int:
    """A stable seed per case variant (independent of Python's hash randomisation)."""
    return zlib.crc32(f"{exercise}/{case}".encode()) * 64 + variant
