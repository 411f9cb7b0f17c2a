"""The diagnosis table, row by row: each signature fits its mistake and nothing else.

Every row of `diagnosis.ROWS` has a positive test (the mistake's output gets its message) and a
negative one (a near miss, or the right output in the same setting, gets no message from it):
a false diagnosis is worse than none.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from checker.grade import signatures
from checker.grade.compare import compare
from checker.grade.diagnosis import ROWS, diagnose
from checker.grade.evidence import Evidence, describe

rng = np.random.default_rng(7)
X = rng.normal(size=(4, 3))
X[0, 0] = 0.0  # a ReLU input at exactly 0
DOUT = rng.normal(size=(4, 3))
S = 1 / (1 + np.exp(-X))
T = np.tanh(X)
W = rng.normal(size=(3, 2, 2, 4))
Z = rng.normal(size=(5, 4))
ONEHOT = np.eye(4)[[0, 1, 2, 3, 0]]
P, Y = np.array([0.0, 1.0, 0.3, 0.8]), np.array([1.0, 0.0, 1.0, 0.0])


def _e(expected: Any, received: Any, **extra: Any) -> Evidence:
    return Evidence("f", np.asarray(expected, dtype=np.float64), np.asarray(received, dtype=np.float64), **extra)


def _softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def _bce(eps: float) -> float:
    a = np.clip(P, eps, 1 - eps)
    return float(-np.mean(Y * np.log(a) + (1 - Y) * np.log(1 - a)))


def _ce(eps: float) -> float:
    return float(-np.sum(ONEHOT * np.log(_softmax(Z * 1000) + eps)) / len(Z))


FAR = Z * 1000
CE_RIGHT = float(-np.sum(ONEHOT * (FAR - FAR.max(-1, keepdims=True)
                                   - np.log(np.exp(FAR - FAR.max(-1, keepdims=True)).sum(-1, keepdims=True)))) / 5)
UNCROPPED = np.pad(X.reshape(1, 4, 3, 1), ((0, 0), (1, 1), (1, 1), (0, 0)))
RELU = {"fn": "relu_backward", "inputs": {"x": X, "dout": DOUT}}
SIGMOID = {"fn": "sigmoid_backward", "inputs": {"x": X, "dout": DOUT}}
TANH = {"fn": "tanh_backward", "inputs": {"x": X, "dout": DOUT}}
BIG = np.array([800.0, -3.0, 2.0, -800.0])

# (row, evidence, a word of the message it must give, or None: the row must not fit)
TABLE: list[tuple[str, Evidence, str | None]] = [
    ("empty", _e(X.reshape(1, 4, 3, 1), np.zeros((1, 0, 0, 1)), fn="conv2d_backward"), "pad:-pad"),
    ("empty", _e(X, np.zeros((4, 0)), fn="dense_forward"), "an empty array"),
    ("empty", _e(X, X[:2]), None),
    ("uncropped", _e(X.reshape(1, 4, 3, 1), UNCROPPED), "[:, 1:5, 1:4]"),
    ("uncropped", _e(X.reshape(1, 4, 3, 1), UNCROPPED * 2), None),
    ("kernel_axes", _e(W, W.transpose(1, 0, 2, 3)), "kh and kw axes swapped"),
    ("kernel_axes", _e(W, W.transpose(1, 0, 2, 3) + 1), None),
    ("transposed", _e(X, X.T), "transposed"),
    ("transposed", _e(X, X.T * 2), None),
    ("summed_everything", _e(DOUT.sum(axis=0), DOUT.sum()), "summed over every axis"),
    ("summed_everything", _e(DOUT.sum(axis=0)[:1], DOUT.sum(axis=0)[0]), "sum over the batch rows only"),
    ("summed_everything", _e(DOUT.sum(axis=0), DOUT.sum() + 1), None),
    ("batch_not_summed", _e(DOUT.sum(axis=0), DOUT), "not summed over the batch"),
    ("batch_not_summed", _e(DOUT.sum(axis=0), DOUT * 2), None),
    ("batch_not_summed", _e(np.zeros(3), np.zeros((1, 3))), None),  # b of shape (1, n): a shape, not a sum
    ("reshaped", _e(np.zeros(3), np.zeros((1, 3))), "right values, wrong shape"),
    ("pool_stride", _e(np.zeros((1, 2, 3, 1)), np.zeros((1, 3, 5, 1)), fn="max_pool_forward",
                       inputs={"x": np.zeros((1, 4, 6, 1))}), "strides=None means the pool size"),
    ("pool_stride", _e(np.zeros((1, 2, 3, 1)), np.zeros((1, 3, 5, 1)), fn="max_pool_forward",
                       inputs={"x": np.zeros((1, 4, 6, 1))}, kwargs={"strides": 1}), None),  # asked for
    ("geometry", _e(np.zeros(7), np.zeros(6), fn="correlate1d"), "one output position short"),
    ("geometry", _e(np.zeros((2, 3, 3, 1)), np.zeros((2, 4, 4, 1)), fn="conv2d_forward"), "one output position too many"),
    ("geometry", _e(np.zeros(6), np.zeros(12), fn="correlate1d", kwargs={"stride": 2}), "the stride ignored"),
    ("geometry", _e(np.zeros(6), np.zeros(12), fn="correlate1d"), None),  # stride 1: not the stride
    ("geometry", _e(np.zeros(7), np.zeros(6), fn="dense_forward"), None),  # no positions to count
    ("bias_axis", _e(DOUT.sum(axis=0), DOUT.sum(axis=1), output="db", inputs={"dout": DOUT}), "axis 1"),
    ("bias_axis", _e(DOUT.sum(axis=0), DOUT.sum(axis=1) + 1, output="db", inputs={"dout": DOUT}), None),
    ("reshaped", _e(X[0], X[:1]), "right values, wrong shape"),
    ("reshaped", _e(X[0], X[:1] + 1), None),
    ("reshaped", _e(X[0, :1], X[0, 0]), None),  # a scalar for shape (1,): not "reshape it"
    ("log_of_zero", _e(1.0, np.inf, tags=("clipping",)), "clip the probabilities"),
    ("log_of_zero", _e(1.0, np.inf, tags=("mean",)), None),
    ("overflow", _e(Z, np.full_like(Z, np.nan), tags=("overflow",)), "subtract each row's maximum"),
    ("rows_apart", _e(Z, np.full_like(Z, np.nan), tags=("rows",)), "each row's own maximum"),
    ("rows_apart", _e(Z, Z * 2, tags=("rows",)), None),  # finite: not this row
    ("overflow", _e(Z, np.full_like(Z, np.nan), tags=("underflow",)), None),
    ("underflow", _e(1.0, np.inf, tags=("underflow",)), "log-sum-exp"),
    ("underflow", _e(1.0, 2.0, tags=("underflow",)), None),  # finite: not this row
    ("sigmoid_overflow", _e(np.clip(BIG, 0, 1), [np.nan, 0.05, 0.88, 0.0], fn="sigmoid", inputs={"z": BIG}),
     "its own stable form"),
    ("sigmoid_overflow", _e(np.clip(BIG, 0, 1), [1.0, np.nan, 0.88, 0.0], fn="sigmoid", inputs={"z": BIG}), None),
    ("stored", _e(X, X[::-1], mistakes=(("rows reversed", X[::-1]),)), "rows reversed"),
    ("stored", _e(X, X[::-1] + 1, mistakes=(("rows reversed", X[::-1]),)), None),
    ("zeros", _e(X, np.zeros_like(X)), "all zeros"),
    ("zeros", _e(np.zeros_like(X), np.zeros_like(X)), None),
    ("zeros", _e(np.array(0.444444), np.array(0.0)), None),  # an accuracy of 0: a value, not a buffer
    ("relu_mask", _e(DOUT * (X > 0), DOUT * (X >= 0), **RELU), "at exactly 0"),
    ("relu_mask", _e(DOUT * (X > 0), DOUT * (DOUT > 0), **RELU), "upstream gradient"),
    ("relu_mask", _e(DOUT * (X > 0), (X > 0), **RELU), "the mask alone"),
    ("relu_mask", _e(DOUT * (X > 0), DOUT * np.maximum(X, 0), **RELU), "dout * out"),
    ("relu_mask", _e(DOUT * (X > 0), DOUT * (X < 0), **RELU), None),
    ("sigmoid_derivative", _e(DOUT * S * (1 - S), DOUT * S * (1 + S), **SIGMOID), "s (1 + s)"),
    ("sigmoid_derivative", _e(DOUT * S * (1 - S), DOUT * (1 / (1 + np.exp(-S))) * (1 - 1 / (1 + np.exp(-S))),
                              **SIGMOID), "applied to the cached output again"),
    ("sigmoid_derivative", _e(DOUT * S * (1 - S), DOUT * S, **SIGMOID), "without its factor (1 - s)"),
    ("sigmoid_derivative", _e(DOUT * S * (1 - S), S * (1 - S), **SIGMOID), "multiply by dout"),
    ("sigmoid_derivative", _e(DOUT * S * (1 - S), DOUT * X * (1 - X), **SIGMOID), "of the input x"),
    ("sigmoid_derivative", _e(DOUT * S * (1 - S), DOUT * S * (1 - S) * 3, **SIGMOID), None),
    ("tanh_derivative", _e(DOUT * (1 - T * T), DOUT * (1 - T), **TANH), "1 - t where 1 - t^2"),
    ("tanh_derivative", _e(DOUT * (1 - T * T), DOUT * (1 - np.tanh(T) ** 2), **TANH), "tanh applied to the cached"),
    ("tanh_derivative", _e(DOUT * (1 - T * T), 1 - T * T, **TANH), "multiply by dout"),
    ("tanh_derivative", _e(DOUT * (1 - T * T), DOUT * (1 - X * X), **TANH), "of the input x"),
    ("tanh_derivative", _e(DOUT * (1 - T * T), DOUT * T * (1 - T), **TANH), "the sigmoid's derivative"),
    ("tanh_derivative", _e(DOUT * (1 - T * T), DOUT * (1 + T * T), **TANH), None),
    ("softmax_axis", _e(_softmax(Z), np.exp(Z) / np.exp(Z).sum(axis=0), fn="softmax", inputs={"z": Z}), "axis 0"),
    ("softmax_axis", _e(_softmax(Z), np.exp(Z) / np.exp(Z).sum(), fn="softmax", inputs={"z": Z}), "whole array"),
    ("softmax_axis", _e(_softmax(Z), _softmax(Z) * 2, fn="softmax", inputs={"z": Z}), None),
    ("capped_log", _e(CE_RIGHT, _ce(1e-12), fn="cross_entropy", inputs={"logits": FAR, "y_onehot": ONEHOT}),
     "log(p + 1e-12)"),
    ("capped_log", _e(CE_RIGHT, _ce(1e-12) * 2, fn="cross_entropy", inputs={"logits": FAR, "y_onehot": ONEHOT}),
     None),
    ("clipping_constant", _e(_bce(1e-12), _bce(1e-10), tags=("clipping",), inputs={"a": P, "y": Y}), "at 1e-10"),
    ("clipping_constant", _e(_bce(1e-12), _bce(1e-10), inputs={"a": P, "y": Y}), None),  # not a clipping case
    ("nonzero", _e(np.zeros(3), np.ones(3)), "1 everywhere where zeros are due"),
    ("nonzero", _e(np.zeros(3), np.array([1.0, 2.0, 1.0])), None),
    ("complement", _e(S[0], 1 - S[0]), "1 - p for every probability p"),
    ("complement", _e(X[0], 1 - X[0]), None),  # not probabilities
    ("bce_terms", _e(_bce(1e-12), float(-np.mean(Y * np.log(np.clip(P, 1e-12, 1)) + (1 - Y) * np.log(np.clip(P, 1e-12, 1)))),
                     fn="binary_cross_entropy", inputs={"a": P, "y": Y}), "(1 - y) log(a)"),
    ("bce_terms", _e(_bce(1e-12), _bce(1e-12) * 1.5, fn="binary_cross_entropy", inputs={"a": P, "y": Y}), None),
    ("sign", _e(X, -X), "the sign is flipped"),
    ("sign", _e(X, -X, fn="softmax_cross_entropy_backward"), "y - softmax(z)"),
    ("sign", _e(X, -X * 2), None),
    ("ascent", _e(1.0 - 0.1 * 2.0, 1.0 + 0.1 * 2.0, output="w", inputs={"w": 1.0}), "goes up the gradient"),
    ("ascent", _e(1.0 - 0.1 * 2.0, 1.0 + 0.1 * 3.0, output="w", inputs={"w": 1.0}), None),
    ("spatial_transpose", _e(W[:2], W[:2].transpose(1, 0, 2, 3)), "kh and kw axes swapped"),
    ("spatial_transpose", _e(W[:2], W[:2]), None),
    ("square_transpose", _e(X[:3], X[:3].T), "transposed"),
    ("square_transpose", _e(X[:3], X[:3].T + 1), None),
    ("bias", _e(X + DOUT[0], X, inputs={"x": X, "b": DOUT[0]}), "the bias b is not added"),
    ("bias", _e(X + DOUT[0], X + 2 * DOUT[0], inputs={"x": X, "b": DOUT[0]}), "added twice"),
    ("bias", _e(X + DOUT[0], X, inputs={"x": X, "b": DOUT[0]}, output="db"), None),  # a gradient, not an output
    ("bias", _e(X + DOUT[0], X - DOUT[0], inputs={"x": X, "b": DOUT[0]}), None),
    ("entries_mean", _e(CE_RIGHT, CE_RIGHT / 4, tags=("mean",), inputs={"logits": FAR, "y_onehot": ONEHOT}),
     "averaged over all 20 entries"),
    ("entries_mean", _e(CE_RIGHT, CE_RIGHT / 5, tags=("mean",), inputs={"logits": FAR, "y_onehot": ONEHOT}), None),
    ("batch_scale", _e(X, X * 4, batch=4), "a sum where a mean was due (off by the batch size 4)"),
    ("batch_scale", _e(X, X / 4, batch=4), "a mean where a sum was due"),
    ("batch_scale", _e(X, X * 4, batch=1), None),
    ("percent", _e(0.25, 25.0), "a percentage"),
    ("percent", _e(0.25, 2.5), None),
    ("softmax_loss", _e(float(-np.sum(ONEHOT * np.log(_softmax(Z))) / 5),
                        float(-np.sum(ONEHOT * np.log(_softmax(Z.T).T)) / 5),
                        fn="cross_entropy", inputs={"logits": Z, "y_onehot": ONEHOT}), "over axis 0"),
    ("softmax_loss", _e((_softmax(Z) - ONEHOT) / 5, _softmax(Z) * (1 - _softmax(Z)) * (_softmax(Z) - ONEHOT) / 5,
                        fn="softmax_cross_entropy_backward", inputs={"logits": Z, "y_onehot": ONEHOT}), "p (1 - p)"),
    ("softmax_loss", _e((_softmax(Z) - ONEHOT) / 5, (_softmax(Z) - ONEHOT) / 4,
                        fn="softmax_cross_entropy_backward", inputs={"logits": Z, "y_onehot": ONEHOT}), None),
    ("constant_factor", _e(X, X * 2.5), "the same factor 2.5"),
    ("constant_factor", _e(X[0, :2], X[0, :2] * 2.5), None),  # two elements: a coincidence is possible
    ("constant_factor", _e(X, X * 2.5 + 0.1), None),
]


@pytest.mark.parametrize(("row", "evidence", "needle"), TABLE, ids=[f"{r}-{i}" for i, (r, _, _) in enumerate(TABLE)])
def test_row(row: str, evidence: Evidence, needle: str | None) -> None:
    check = next(r.check for r in ROWS if r.name == row)
    with np.errstate(all="ignore"):
        message = check(evidence)
    assert (message is None) == (needle is None), message
    if needle is not None:
        assert needle in message, message


def test_every_row_has_a_positive_and_a_negative_test() -> None:
    tested = {(row, needle is None) for row, _, needle in TABLE}
    assert {(r.name, negative) for r in ROWS for negative in (False, True)} <= tested


@pytest.mark.parametrize("row", [r for r, _, n in TABLE if n is not None])
def test_the_right_output_gets_no_diagnosis(row: str) -> None:
    """Each positive row's setting with the expected output received: nothing fits."""
    for name, evidence, needle in TABLE:
        if name == row and needle is not None and evidence.expected.shape:
            right = Evidence(evidence.what, evidence.expected, evidence.expected, evidence.rtol, evidence.atol,
                             evidence.fn, evidence.output, evidence.inputs, evidence.kwargs, evidence.batch,
                             evidence.tags)
            assert diagnose(right) == ""


def test_order_specific_before_general() -> None:
    """A stored mistake that is also a sign flip is named by its stored message."""
    evidence = _e(X, -X, mistakes=(("kernel flipped", -X),))
    assert diagnose(evidence) == "kernel flipped"
    assert [r.name for r in ROWS].index("stored") < [r.name for r in ROWS].index("sign")


@pytest.mark.parametrize(
    ("expected", "received", "needle", "absent"),
    [
        (np.array([0.0, 1.0]), np.array([2.0, 1.0]), "max abs error 2 at index (0,)", "max rel error"),
        (np.array([-0.0, 2.0]), np.array([-0.0, 1.0]), "(expected 2, received 1)", "-0"),
        (np.array([0.5, 2.0]), np.array([1.0, 2.0]), "max rel error 1", "e+"),
        # a subnormal expected value: no relative error against it (it overflowed, with a warning)
        (np.array([5e-324, 1.0]), np.array([1e300, 1.0]), "max abs error 1e+300 at index (0,)", "max rel error"),
        (np.array([1e-300, 1.0]), np.array([1e10, 1.0]), "max abs error 1e+10", "max rel error"),
        (np.array([-1e308, 1.0]), np.array([1e308, 1.0]), "max abs error inf", "max rel error"),
    ],
)
def test_description(expected: np.ndarray, received: np.ndarray, needle: str, absent: str) -> None:
    """No relative error against 0 (it was 'max rel error 2.67e+300'); -0 prints as 0."""
    text = describe(Evidence("f", expected, received))
    assert needle in text and absent not in text, text


@pytest.mark.parametrize("expected", [np.array([5e-324, 1e-310, 1.0]), np.array([-1e308, 1e308, 0.0])])
def test_comparing_extreme_values_neither_warns_nor_fails(expected: np.ndarray) -> None:
    """Subnormal and huge values: a message, no warning (the suite turns warnings into errors)."""
    received = np.array([1e308, -1e308, 1e-320])
    result = compare("f", expected, received, rtol=1e-6, atol=1e-9)
    assert not result.passed and "max abs error" in result.message, result.message


def test_a_tie_of_two_candidates_names_neither() -> None:
    """Two candidate mistakes that give the same output: nothing is certain, nothing is said."""
    e = _e(X, X * 2)
    assert signatures.one(e, {"a": X * 2, "b": X * 3}) == "a"
    assert signatures.one(e, {"a": X * 2, "b": X + X}) is None


@pytest.mark.parametrize(
    ("received", "passed"),
    [
        (np.float32(np.pi) * np.ones(3, dtype=np.float32), True),  # pi in single precision
        (np.float32(np.pi * (1 + 1e-3)) * np.ones(3, dtype=np.float32), False),  # a real difference
        (np.pi * (1 + 2e-6) * np.ones(3), True),  # float32 work in a float64 array: the values cannot tell
        (np.pi * (1 + 2e-4) * np.ones(3), False),  # beyond single precision, float64 or not
    ],
)
def test_a_float32_result_is_judged_at_single_precision(received: np.ndarray, passed: bool) -> None:
    """A correct computation in float32 (as Keras does) is a few 1e-7 off per operation: not a
    mistake, whatever dtype it is returned in (tests/grade/test_return_types.py has the table)."""
    assert compare("f", np.full(3, np.pi), received, rtol=1e-6, atol=1e-9).passed is passed
