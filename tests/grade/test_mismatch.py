"""Shape errors read against the call's inputs (mismatch.py): one likely cause, or nothing."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from checker.grade import mismatch

LOGITS, LABELS = np.zeros((9, 4)), np.zeros(9)
X, W, DOUT = np.zeros((4, 5)), np.zeros((5, 3)), np.zeros((4, 3))


def _error(code: Any) -> str:
    try:
        code()
    except ValueError as error:
        return f"ValueError: {error}"
    raise AssertionError("no error")


TABLE: list[tuple[str, str, dict[str, Any], str | None]] = [
    ("argmax over axis 0", _error(lambda: np.argmax(LOGITS, axis=0) + LABELS),
     {"logits": LOGITS, "labels": LABELS}, "reduction over axis 0"),
    ("a square matrix: no axis to tell", _error(lambda: np.zeros(4) + np.zeros(9)),
     {"logits": np.zeros((4, 4)), "labels": LABELS}, None),
    ("no per-sample input to compare with", _error(lambda: np.argmax(LOGITS, axis=0) + LABELS), {"logits": LOGITS}, None),
    ("dout @ w without .T", _error(lambda: DOUT @ W), {"x": X, "w": W, "b": np.zeros(3), "dout": DOUT}, "w.T"),
    ("two inputs of that shape: not certain", _error(lambda: DOUT @ W), {"w": W, "v": W.copy(), "dout": DOUT}, None),
    ("window kw by kh", _error(lambda: np.zeros((3, 2)) * np.zeros((2, 3))), {"x": np.zeros((6, 5)), "w": np.zeros((2, 3))},
     "rows and columns swapped"),
    ("another error", "ValueError: cannot reshape array of size 96 into shape (18,newaxis)", {"x": X}, None),
]


@pytest.mark.parametrize(("name", "message", "inputs", "needle"), TABLE, ids=[t[0] for t in TABLE])
def test_hint(name: str, message: str, inputs: dict[str, Any], needle: str | None) -> None:
    found = mismatch.hint(message, inputs)
    assert (found is None) if needle is None else (found is not None and needle in found), found
