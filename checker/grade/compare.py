"""Array comparison in the grader process, and diagnosis of known code mistakes.

Every value arrives validated by `transport.py` (numeric, plain ndarray). A comparison
reports shapes, the largest absolute and relative error and where it is, the fraction of
elements off, and a diagnosis when a known mistake fits the received values.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from checker.grade.transport import Rejected

Value = np.ndarray | Rejected | None


@dataclass(frozen=True)
class Comparison:
    passed: bool
    message: str = ""
    hint: str = ""  # the likely mistake, also at the end of `message` (it names no values)


def close(a: np.ndarray, b: np.ndarray, rtol: float, atol: float) -> bool:
    return a.shape == b.shape and bool(np.all(np.abs(a - b) <= atol + rtol * np.abs(b)))


def _shape_diagnosis(expected: np.ndarray, received: np.ndarray, rtol: float, atol: float) -> str:
    if received.ndim == 2 and close(received.T, expected, rtol, atol):
        return "transposed (a transposed weight gradient?)"
    if received.size == expected.size and close(received.reshape(expected.shape), expected, rtol, atol):
        return f"right values, wrong shape: return shape {expected.shape} (reshape)"
    if received.ndim == expected.ndim + 1 and close(received.sum(axis=0), expected, rtol, atol):
        return "not summed over the batch (a bias gradient sums over the rows)"
    return ""


def _scale_diagnosis(expected: np.ndarray, received: np.ndarray, batch: int, rtol: float, atol: float) -> str:
    if batch > 1 and close(received / batch, expected, rtol, atol):
        return f"a sum where a mean was due (off by the batch size {batch})"
    if batch > 1 and close(received * batch, expected, rtol, atol):
        return f"a mean where a sum was due (off by the batch size {batch})"
    return ""


def compare(
    what: str, expected: np.ndarray, received: Value, *, rtol: float, atol: float,
    mistakes: dict[str, np.ndarray] | None = None, tags: tuple[str, ...] = (), batch: int = 1,
) -> Comparison:
    """Does `received` match `expected`? If not, a message a student can act on."""
    if received is None:
        return Comparison(False, f"{what}: returned None; expected an array of shape {expected.shape}")
    if isinstance(received, Rejected):
        return Comparison(False, f"{what}: {received.reason}")
    received = np.asarray(received, dtype=np.float64)
    if received.shape != expected.shape:
        hint = _shape_diagnosis(expected, received, rtol, atol)
        return Comparison(False, f"{what}: expected shape {expected.shape}; received {received.shape}"
                          + (f" — {hint}" if hint else ""), hint)
    if not np.all(np.isfinite(received)):
        bad = np.argwhere(~np.isfinite(received))[0]
        hint = "unstable: overflow with large inputs (subtract the row maximum first)" if "large_logits" in tags else ""
        return Comparison(False, f"{what}: {received[tuple(bad)]} at index {tuple(int(i) for i in bad)}"
                          + (f" — {hint}" if hint else ""), hint)
    if close(received, expected, rtol, atol):
        return Comparison(True)
    error = np.abs(received - expected)
    where = np.unravel_index(int(np.argmax(error)), error.shape)
    relative = error / np.maximum(np.abs(expected), 1e-300)
    off = float(np.mean(error > atol + rtol * np.abs(expected)))
    message = (f"{what}: max abs error {error[where]:.3g} at index {tuple(int(i) for i in where)} "
               f"(expected {expected[where]:.6g}, received {received[where]:.6g}), "
               f"max rel error {float(np.max(relative)):.3g}, {off:.0%} of {error.size} elements off")
    for label, wrong in (mistakes or {}).items():
        if wrong.shape == received.shape and close(received, wrong, rtol, atol):
            return Comparison(False, f"{message} — looks like: {label}", f"looks like: {label}")
    hint = _scale_diagnosis(expected, received, batch, rtol, atol)
    return Comparison(False, message + (f" — looks like: {hint}" if hint else ""), f"looks like: {hint}" if hint else "")


def routes_to_one_max(x: np.ndarray, dout: np.ndarray, dx: Value, pool: int = 2) -> bool:
    """Non-overlapping max pooling with ties: each window's whole gradient at ONE of its maxima."""
    if not isinstance(dx, np.ndarray) or dx.shape != x.shape:
        return False
    n, h, w, c = x.shape
    xs = x.reshape(n, h // pool, pool, w // pool, pool, c).transpose(0, 1, 3, 5, 2, 4).reshape(-1, pool * pool)
    gs = dx.reshape(n, h // pool, pool, w // pool, pool, c).transpose(0, 1, 3, 5, 2, 4).reshape(-1, pool * pool)
    d = dout.reshape(-1)
    at_max = xs == xs.max(axis=1, keepdims=True)
    nonzero = ~np.isclose(gs, 0.0, atol=1e-12)
    single = nonzero.sum(axis=1) <= 1
    placed = np.all(~nonzero | at_max, axis=1)
    total = np.isclose(gs.sum(axis=1), d, rtol=1e-9, atol=1e-12)
    return bool(np.all(single & placed & total))


def modified(what: str, before: np.ndarray, after: Value) -> Comparison:
    """An input the call must leave alone, compared with its value after the call."""
    if isinstance(after, np.ndarray) and after.shape == before.shape and np.array_equal(after, before, equal_nan=True):
        return Comparison(True)
    return Comparison(False, f"{what} was modified in place (copy it before changing it)")


def in_place(pairs: list[tuple[str, np.ndarray, Value]]) -> str:
    """A note for the first input a call changed (`modified`), or "". Only the child itself saw
    the inputs after the call, so this is feedback worth no points: the check's verdict stands."""
    found = next((r.message for what, before, after in pairs if not (r := modified(what, before, after)).passed), "")
    return f"note: {found}; seen only from inside your process, so it costs no points" if found else ""
