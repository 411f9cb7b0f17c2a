"""Array comparison in the grader process.

Every value arrives validated by `transport.py` (numeric, plain ndarray). A comparison
reports shapes, the largest absolute and relative error and where it is, the fraction of
elements off (`evidence.describe`), and a diagnosis when a known mistake fits the received
values (`diagnosis.diagnose`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from checker.grade.diagnosis import diagnose
from checker.grade.evidence import Evidence, close, describe, first_bad
from checker.grade.results import NOTE
from checker.grade.transport import Rejected

Value = np.ndarray | Rejected | None
# Every result is judged no tighter than single precision allows (a correct computation in float32,
# as Keras computes, is off by a few 1e-7 per operation): relative to each element and to the
# largest expected value, so that cancellation and shifted logits are covered. Not only float32
# arrays: float32 work returned as a Python float, as a float64 array (`.astype(float)`), or mixed
# with float64 arrays (a float32 softmax minus a float64 one-hot) is the same correct computation,
# and the values cannot tell it apart. The mistakes the checks look for change results by far more
# (the grading corpus: every mutant still loses points, every correct variant keeps them).
SINGLE = 1e-4
# the coarsest real floating dtype judged as such: float16 keeps about 3 significant digits
HALF_EPS = float(np.finfo(np.float16).eps)


@dataclass(frozen=True)
class Comparison:
    passed: bool
    message: str = ""
    hint: str = ""  # the likely mistake, also at the end of `message` (it names no values)
    detail: str = ""  # `message` without its hint (what differs, in numbers)
    blocked: bool = False  # nothing was judged: the code is not written yet, or what it relies on failed
    shapes: tuple[tuple[int, ...], tuple[int, ...]] | None = None  # (expected, received) when they differ


def compare(
    what: str, expected: np.ndarray, received: Value, *, rtol: float, atol: float,
    mistakes: tuple[tuple[str, np.ndarray], ...] | list[tuple[str, np.ndarray]] = (), tags: tuple[str, ...] = (),
    batch: int = 1, fn: str = "", output: str = "", inputs: Mapping[str, Any] | None = None,
    kwargs: Mapping[str, Any] | None = None,
) -> Comparison:
    """Does `received` match `expected`? If not, a message a student can act on: what differs, in
    numbers, and the diagnosis (`diagnosis.py`) when a known mistake fits. `fn`, `output`, `inputs`
    and `kwargs` (the call's) are evidence for the diagnoses."""
    if received is None:
        return Comparison(False, f"{what}: returned None; expected an array of shape {expected.shape}")
    if isinstance(received, Rejected):
        return Comparison(False, f"{what}: {received.reason}")
    dtype = getattr(received, "dtype", np.dtype(np.float64))
    largest = float(np.max(np.abs(expected[np.isfinite(expected)]), initial=0.0))
    rtol, atol = max(rtol, SINGLE), max(atol, SINGLE * largest)
    coarse = _coarse(dtype, rtol)
    received = np.asarray(received, dtype=np.float64)
    if received.shape == expected.shape and np.all(np.isfinite(received)) and close(received, expected, rtol, atol):
        return Comparison(not coarse, f"{what}: {coarse}" if coarse else "", "", f"{what}: {coarse}" if coarse else "")
    evidence = Evidence(what, expected, received, rtol, atol, fn, output, inputs or {}, kwargs or {}, batch, tags,
                        tuple(mistakes))
    if received.shape != expected.shape:
        text = f"expected shape {expected.shape}{' (a single number)' if expected.shape == () else ''}; received " \
               f"{received.shape}{' (a single number)' if received.shape == () else ''}"
    elif not np.all(np.isfinite(received)):
        text = first_bad(received)
    else:
        text = describe(evidence)
    hint = (coarse if received.shape == expected.shape else "") or diagnose(evidence)
    return Comparison(False, f"{what}: {text}" + (f" — looks like: {hint}" if hint else ""),
                      f"looks like: {hint}" if hint else "", f"{what}: {text}",
                      shapes=(expected.shape, received.shape) if received.shape != expected.shape else None)


def _coarse(dtype: np.dtype[Any], rtol: float) -> str:
    """A floating dtype too coarse for the check's tolerance (float16 where 1e-4 is asked): its
    values can only meet the tolerance by luck, so it is a finding whatever they are."""
    if dtype.kind != "f" or np.finfo(dtype).eps <= rtol:
        return ""
    return (f"the result is {dtype.name}, whose precision (about {np.finfo(dtype).eps:.0e}) is coarser than this "
            f"check's tolerance ({rtol:g} relative): compute and return float64 (or float32)")


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
    return f"{NOTE}{found}; seen only from inside your process, so it costs no points" if found else ""
