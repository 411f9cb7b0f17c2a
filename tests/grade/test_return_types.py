"""What a correct answer may come back as, and what it may not: a table of return types.

The grader judges values, not containers: any real floating dtype whose precision the check's
tolerance allows (float32 always: every result is judged no tighter than single precision, since
float32 work returned as a Python float or mixed with float64 arrays cannot be told from its
values; float16 only where the tolerance is coarser than float16), NumPy scalars, 0-d arrays and
Python floats alike where a number is due. A wrong shape, a list or tuple where one array or
number is documented, strings, objects and float16 below its precision are findings, each with a
message that says what came back and what was due.

First the comparison itself (fast), then whole submissions: the solution's `softmax.py` with one
return statement rewritten, graded end to end.
"""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

import numpy as np
import pytest

from checker.grade.checks import grade
from checker.grade.compare import compare
from checker.grade.transport import Rejected

ROOT = Path(__file__).parents[2]
P = np.array([[0.1, 0.2, 0.7], [0.3, 0.3, 0.4]])
LOSS = np.array(1.2345678901234)
F32 = (np.float32(1.0) + np.float32(1e-7) * np.arange(6, dtype=np.float32)).reshape(2, 3)  # float32 rounding

# (label, expected, received, rtol, passes)
COMPARED = [
    ("float64 array", P, P.copy(), 1e-6, True),
    ("float32 array", P, P.astype(np.float32), 1e-6, True),
    ("float32 values in a float64 array (.astype(float))", P, P.astype(np.float32).astype(np.float64), 1e-6, True),
    ("float32 work mixed with float64 (a float32 softmax minus a float64 one-hot)", P - 1.0,
     P.astype(np.float32) - np.ones_like(P), 1e-6, True),
    ("longdouble array", P, P.astype(np.longdouble), 1e-6, True),
    ("Python float", LOSS, float(LOSS), 1e-6, True),
    ("Python float of a float32 computation", LOSS, float(np.float32(LOSS)), 1e-6, True),
    ("NumPy float64 scalar", LOSS, np.float64(LOSS), 1e-6, True),
    ("NumPy float32 scalar", LOSS, np.float32(LOSS), 1e-6, True),
    ("0-d array", LOSS, np.array(LOSS), 1e-6, True),
    ("0-d float32 array", LOSS, np.array(LOSS, dtype=np.float32), 1e-6, True),
    ("float16 where the tolerance allows it", P, P.astype(np.float16), 1e-2, True),
    ("float16 below the check's tolerance, values close by luck", np.array(0.5), np.float16(0.5), 1e-6, False),
    ("float16 below the check's tolerance", P, P.astype(np.float16), 1e-6, False),
    ("off by more than single precision", P, P * (1 + 1e-3), 1e-6, False),
    ("(n,) where (n, 1) is due", P[:, :1], P[:, 0], 1e-6, False),
    ("(n, 1) where (n,) is due", P[:, 0], P[:, :1], 1e-6, False),
    ("(1,) where a number is due", LOSS, np.array([LOSS]), 1e-6, False),
    ("transposed", P, P.T, 1e-6, False),
    ("NaN", P, np.where(P > 0.5, np.nan, P), 1e-6, False),
]


@pytest.mark.parametrize(("label", "expected", "received", "rtol", "passes"), COMPARED, ids=[c[0] for c in COMPARED])
def test_compare_accepts_values_not_containers(label, expected, received, rtol, passes):
    shipped = received if isinstance(received, np.ndarray) else np.asarray(received)  # as the child saves it
    verdict = compare("f output", expected, shipped, rtol=rtol, atol=1e-9)
    assert verdict.passed is passes, verdict.message
    if not passes:
        assert verdict.message.startswith("f output: ")
    if np.asarray(received).shape != expected.shape:
        assert str(expected.shape) in verdict.message and str(np.asarray(received).shape) in verdict.message
        assert verdict.shapes == (expected.shape, np.asarray(received).shape)
    if getattr(received, "dtype", None) == np.float16 and not passes:
        assert "float16" in verdict.message and "float64 (or float32)" in verdict.message


def test_a_float32_rounding_is_not_a_constant_factor():
    verdict = compare("f output", F32.astype(np.float64) * 1.0003, F32.astype(np.float16), rtol=1e-6, atol=1e-9)
    assert not verdict.passed and "factor" not in verdict.message


def test_a_value_that_is_not_numbers_says_what_came_back():
    verdict = compare("f output", P, Rejected("a value of type dict, not an array of numbers"), rtol=1e-6, atol=1e-9)
    assert not verdict.passed and verdict.message == "f output: a value of type dict, not an array of numbers"


SOFTMAX = (ROOT / "solutions" / "softmax.py").read_text(encoding="utf-8")
RETURN_P = "    return e / np.sum(e, axis=-1, keepdims=True)\n"
RETURN_LOSS = "    return float(-np.sum(y * log_probs) / log_probs.shape[0])"
LOGITS_64 = "log_probs = _log_softmax(np.atleast_2d(np.asarray(logits, dtype=np.float64)))"
LOGITS_32 = "log_probs = _log_softmax(np.atleast_2d(np.asarray(logits, dtype=np.float32)))"
Z_32 = ("z = np.asarray(z, dtype=np.float64)", "z = np.asarray(z, dtype=np.float32)")


def _p(expression: str) -> tuple[str, str]:
    return RETURN_P, f"    return {expression}\n"


def _loss(expression: str) -> tuple[str, str]:
    return RETURN_LOSS, f"    return {expression}"


LOSS_EXPR = "-np.sum(y * log_probs) / log_probs.shape[0]"
P_EXPR = "(e / np.sum(e, axis=-1, keepdims=True))"

# correct answers in other return types: full marks
RIGHT = {
    "softmax float32 array": [_p(f"{P_EXPR}.astype(np.float32)")],
    "softmax computed in float32 (the backward then mixes it with float64)": [Z_32],
    "softmax longdouble": [_p(f"{P_EXPR}.astype(np.longdouble)")],
    "everything in float32": [("dtype=np.float64", "dtype=np.float32")],
    "loss as a NumPy float64": [_loss(LOSS_EXPR)],
    "loss as a NumPy float32": [_loss(f"np.float32({LOSS_EXPR})")],
    "loss as a 0-d array": [_loss(f"np.array({LOSS_EXPR})")],
    "loss as a 0-d float32 array": [_loss(f"np.array({LOSS_EXPR}, dtype=np.float32)")],
    "loss computed in float32, returned as a Python float": [(LOGITS_64, LOGITS_32)],
    "loss computed in float32, returned as a NumPy scalar": [(LOGITS_64, LOGITS_32), _loss(LOSS_EXPR)],
}

# wrong return types: points lost, and the first failing message says (all of) these words
WRONG = {
    "softmax float16": ([_p(f"{P_EXPR}.astype(np.float16)")], ["float16", "precision"]),
    "loss float16": ([_loss(f"np.float16({LOSS_EXPR})")], ["float16", "float64 (or float32)"]),
    "softmax as a list of rows": ([_p(f"{P_EXPR}.tolist()")], ["softmax: returned a list of", "expected one array"]),
    "loss in a one-item tuple": ([_loss(f"({LOSS_EXPR},)")], ["returned a tuple of 1 item", "a single number"]),
    "loss as an array of one": ([_loss(f"np.array([{LOSS_EXPR}])")],
                                ["expected shape () (a single number); received (1,)", "cross_entropy in softmax.py, line"]),
    "softmax as a column": ([_p(f"{P_EXPR}.reshape(-1, 1)")], ["expected shape (", "received (", "softmax in softmax.py, line"]),
    "softmax as a dict": ([_p("{'p': " + P_EXPR + "}")], ["a value of type dict, not an array of numbers"]),
    "softmax as text": ([_p(f"str({P_EXPR})")], ["strings", "expected numbers"]),
}


@cache
def _graded(edits: tuple[tuple[str, str], ...]):
    text = SOFTMAX
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    with tempfile.TemporaryDirectory(prefix="return-types-") as tmp:
        (Path(tmp) / "softmax.py").write_text(text, encoding="utf-8")
        return grade(Path(tmp), seed=0, only=("softmax",)).exercises[0]


@pytest.mark.parametrize("name", list(RIGHT))
def test_a_correct_answer_in_another_return_type_gets_full_marks(name):
    result = _graded(tuple(RIGHT[name]))
    assert result.score == result.max_score, f"{result.score:g}/{result.max_score:g}: {result.first_failure}"


@pytest.mark.parametrize("name", list(WRONG))
def test_a_wrong_return_type_loses_points_and_says_what_came_back(name):
    edits, words = WRONG[name]
    result = _graded(tuple(edits))
    assert result.score < result.max_score
    assert all(word in result.first_failure for word in words), result.first_failure
    assert "Error" not in result.first_failure  # what came back, in the student's terms, no exception text
