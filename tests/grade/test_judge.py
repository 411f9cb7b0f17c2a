"""Judging a function case from made-up outcomes: forward and backward apart, one mistake costing once."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from checker.grade import store
from checker.grade.judge import judge_case
from checker.grade.specs import Case
from checker.grade.transport import Outcome

rng = np.random.default_rng(3)
X, W, B = rng.normal(size=(4, 5)), rng.normal(size=(5, 3)), rng.normal(size=3)
DOUT = rng.normal(size=(4, 3))
LAYER = Case("dense", "dense_forward", lambda r: [], backward="dense_backward", wrt=(0, 1, 2))
FIT = Case("fit", "fit", lambda r: [], repeat=True)
VARIANT = {"args": [{"array": "a0"}, {"array": "a1"}, {"array": "a2"}], "expected": 4, "mistakes": []}


def _data(out: np.ndarray, grads: tuple[np.ndarray, ...]) -> dict[str, np.ndarray]:
    data = {"a0": X, "a1": W, "a2": B, store.dout("dense", 0): DOUT}
    for j, value in enumerate((out, *grads)):
        data[store.expected("dense", 0, j)] = value
    return data


def _ok(call: str, *outputs: Any, watched: tuple[Any, ...] = ()) -> Outcome:
    return Outcome(call, "ok", outputs=outputs, watched=watched)


RIGHT = (X @ W + B, (DOUT @ W.T, X.T @ DOUT, DOUT.sum(axis=0)))


def _judge(outcomes: dict[str, Outcome]) -> tuple[Any, Any]:
    forward, backward = judge_case(LAYER, 0, VARIANT, "t", outcomes, _data(*RIGHT), ["x", "w", "b"])
    return forward.verdict, backward.verdict


def test_a_right_layer_passes_both_parts() -> None:
    out = {"tF": _ok("tF", RIGHT[0], watched=(X, W, B)), "tB": _ok("tB", *RIGHT[1], watched=(DOUT,)),
           "tN": _ok("tN", *RIGHT[1])}
    forward, backward = _judge(out)
    assert forward.passed and backward.passed


def test_a_wrong_gradient_costs_the_backward_only() -> None:
    out = {"tF": _ok("tF", RIGHT[0], watched=(X, W, B)), "tB": _ok("tB", RIGHT[1][0], RIGHT[1][1], DOUT.sum()),
           "tN": _ok("tN", *RIGHT[1])}
    forward, backward = _judge(out)
    assert forward.passed and not backward.passed
    assert "dense_backward's db" in backward.message and "summed over every axis" in backward.message


def test_a_forward_of_the_wrong_shape_is_the_forwards_failure() -> None:
    """Its backward raised a broadcast error: the report says it relies on the forward, not the error."""
    out = {"tF": _ok("tF", (X @ W + B).T, watched=(X, W, B)),
           "tB": Outcome("tB", "error", "ValueError: operands could not be broadcast together")}
    forward, backward = _judge(out)
    assert not forward.passed and "expected shape (4, 3); received (3, 4)" in forward.message
    assert not backward.passed and "relies on dense_forward" in backward.message and "broadcast" not in backward.message


@pytest.mark.parametrize(("consistent", "passes"), [(True, True), (False, False)])
def test_a_backward_right_for_a_named_forward_mistake_keeps_its_points(consistent: bool, passes: bool) -> None:
    """The forward adds the bias twice (a named mistake); its backward is right for that forward (its
    gradients agree with a centred difference of it) or not."""
    twice = X @ W + 2 * B
    mine = (DOUT @ W.T, X.T @ DOUT, 2 * DOUT.sum(axis=0))
    numeric = mine if consistent else RIGHT[1]
    out = {"tF": _ok("tF", twice, watched=(X, W, B)), "tB": _ok("tB", *mine), "tN": _ok("tN", *numeric)}
    forward, backward = _judge(out)
    assert not forward.passed and "the bias b is added twice" in forward.message
    assert backward.passed is passes


def test_an_input_changed_in_place_is_a_note_worth_no_points() -> None:
    out = {"tF": _ok("tF", RIGHT[0], watched=(X * 0, W, B)), "tB": _ok("tB", *RIGHT[1], watched=(DOUT,))}
    forward, _ = _judge(out)
    assert forward.passed and "argument 0 was modified in place" in forward.message


@pytest.mark.parametrize(("again", "named"), [(np.array(1.5), True), (np.array(2.0), False)])
def test_another_result_on_a_second_call_is_named(again: np.ndarray, named: bool) -> None:
    data = {store.expected("fit", 0, 0): np.array(1.0)}
    variant = {"args": [], "expected": 1, "mistakes": []}
    out = {"tF": _ok("tF", np.array(2.0)), "tR": _ok("tR", again)}
    (part,) = judge_case(FIT, 0, variant, "t", out, data, [])
    assert not part.verdict.passed
    assert ("another result when called again" in part.verdict.message) is named
