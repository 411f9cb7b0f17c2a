"""Shared by the layer tests: a centred-difference gradient check, a relative error, read-only
inputs (so a backward that writes into ``dout`` or its cache fails), and the Keras reference.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import numpy as np
import pytest

TOL = 1e-9  # agreement with Keras in float64: max |a - b| <= TOL * max |b|


def rel_error(actual: np.ndarray, expected: np.ndarray) -> float:
    """Largest absolute difference relative to the largest magnitude (0 when both are 0)."""
    scale = max(np.max(np.abs(actual)), np.max(np.abs(expected)), 1e-300)
    return float(np.max(np.abs(np.asarray(actual) - expected)) / scale)


def assert_close(actual: np.ndarray, expected: np.ndarray, tol: float = TOL) -> None:
    assert np.shape(actual) == np.shape(expected), (np.shape(actual), np.shape(expected))
    assert rel_error(actual, expected) <= tol, rel_error(actual, expected)


def numeric_gradient(
    f: Callable[[], np.ndarray], x: np.ndarray, dout: np.ndarray, h: float = 1e-6
) -> np.ndarray:
    """d/dx of sum(f() * dout) by centred differences; ``f`` reads ``x``, which is restored."""
    grad = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        saved = x[index]
        x[index] = saved + h
        plus = np.sum(f() * dout)
        x[index] = saved - h
        minus = np.sum(f() * dout)
        x[index] = saved
        grad[index] = (plus - minus) / (2 * h)
    return grad


def read_only(value: object) -> object:
    """Make every array inside ``value`` (nested tuples/lists) read-only; return ``value``."""
    if isinstance(value, np.ndarray):
        value.setflags(write=False)
    elif isinstance(value, (tuple, list)):
        for item in value:
            read_only(item)
    return value


def keras_reference() -> ModuleType:
    """``checker.reference.keras_models``, or skip when TensorFlow is not installed."""
    pytest.importorskip("tensorflow")
    from checker.reference import keras_models

    return keras_models
