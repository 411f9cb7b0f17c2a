"""What a failed comparison knows: the evidence a diagnosis reads, and its description in numbers.

One `Evidence` is built per compared output: the expected and the received array, the call's
inputs by name where they help (a layer's ``x`` and ``dout``, an update's value before the step),
the function and the output's name, the batch size, the case's tags and the wrong outputs the
build stored. `describe` says how far apart the two arrays are: the largest absolute error, where,
both values there, the largest relative error over the elements whose expected value is not 0 (a
relative error against 0 says nothing), and the share of elements off. Numbers print as a student
would write them: ``-0`` as 0.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np


def close(a: np.ndarray, b: np.ndarray, rtol: float, atol: float) -> bool:
    """Same shape, and every element of `a` within atol + rtol * |b| of `b` (a difference that
    overflows is infinite, not a warning)."""
    if a.shape != b.shape:
        return False
    with np.errstate(over="ignore", invalid="ignore"):
        return bool(np.all(np.abs(a - b) <= atol + rtol * np.abs(b)))


@dataclass(frozen=True)
class Evidence:
    """One output compared with its expected value (see the module docstring)."""

    what: str  # how the report names the output: "dense_backward's db"
    expected: np.ndarray  # float64
    received: np.ndarray  # float64, any shape (finite or not)
    rtol: float = 1e-6
    atol: float = 1e-9
    fn: str = ""  # the function called: "relu_backward"
    output: str = ""  # the output's name: "dx", "db", "w", "" (a single unnamed output)
    inputs: Mapping[str, Any] = field(default_factory=dict)  # the call's inputs by name; "dout" for a backward
    kwargs: Mapping[str, Any] = field(default_factory=dict)  # the call's options (padding, strides, ...)
    batch: int = 1  # rows a mean runs over (1: unknown)
    tags: tuple[str, ...] = ()
    mistakes: tuple[tuple[str, np.ndarray], ...] = ()  # (message, wrong output) stored by the build

    def fits(self, candidate: Any) -> bool:
        """Whether `received` is `candidate` (within the tolerances; NaN where it has NaN)."""
        candidate = np.asarray(candidate, dtype=np.float64)
        if candidate.shape != self.received.shape:
            return False
        with np.errstate(over="ignore", invalid="ignore"):
            return bool(np.all((np.abs(self.received - candidate) <= self.atol + self.rtol * np.abs(candidate))
                               | ((self.received == candidate) | (np.isnan(self.received) & np.isnan(candidate)))))

    def differs(self, candidate: Any) -> bool:
        """Whether `candidate` is told apart from the expected output (a candidate that equals it
        is no evidence of anything)."""
        candidate = np.asarray(candidate, dtype=np.float64)
        return candidate.shape != self.expected.shape or not close(candidate, self.expected, self.rtol, self.atol)

    def array(self, name: str) -> np.ndarray | None:
        """Input `name` as a float64 array, or None when the call had no such input."""
        value = self.inputs.get(name)
        return None if value is None else np.asarray(value, dtype=np.float64)


def possessive(name: str) -> str:
    """``dense_backward`` -> "dense_backward's", ``gradients`` -> "gradients'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def number(value: float) -> str:
    """``-0.0`` -> "0"; others with 6 significant digits."""
    return "0" if value == 0 else f"{value:.6g}"


def _index(where: tuple[Any, ...]) -> str:
    return str(tuple(int(i) for i in where))


def describe(e: Evidence) -> str:
    """How far `received` is from `expected`, in numbers (same shapes, both finite). The relative
    error runs over the elements whose expected value is beyond the absolute tolerance: against
    0, or a value as small as a subnormal, it says nothing (and would overflow)."""
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        error = np.abs(e.received - e.expected)
        where = np.unravel_index(int(np.argmax(error)), error.shape)
        off = float(np.mean(error > e.atol + e.rtol * np.abs(e.expected)))
        meaningful = np.abs(e.expected) > e.atol
        relative = float(np.max(error[meaningful] / np.abs(e.expected[meaningful]))) if np.any(meaningful) else 0.0
    text = (f"max abs error {float(error[where]):.3g} at index {_index(where)} "
            f"(expected {number(float(e.expected[where]))}, received {number(float(e.received[where]))})")
    if e.rtol < relative < np.inf:  # against 0 a relative error says nothing
        text += f", max rel error {relative:.3g}"
    return f"{text}, {off:.0%} of {error.size} elements off"


def first_bad(received: np.ndarray) -> str:
    """The first NaN or Inf of `received`, and where."""
    bad = np.argwhere(~np.isfinite(received))[0]
    return f"{received[tuple(bad)]} at index {_index(tuple(bad))}"
