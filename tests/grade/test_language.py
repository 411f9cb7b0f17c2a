"""The call language of scenario steps: parsed once, lowered for the child, resolved for the build."""

from __future__ import annotations

import numpy as np
import pytest

from checker.grade import language
from checker.grade.language import Arg, Target


@pytest.mark.parametrize(("text", "parsed"), [
    ("x", Arg("", "x")), ("weights[4]", Arg("", "weights", 4)), ("@forward", Arg("forward", "")),
    ("@forward[1]", Arg("forward", "", 1)),
])
def test_arg(text: str, parsed: Arg) -> None:
    assert language.arg(text) == parsed


@pytest.mark.parametrize(("text", "parsed", "lowered", "shown"), [
    ("forward", Target("function", "forward"), "forward", "forward"),
    ("lenet:ConvNet", Target("module", "ConvNet", module="lenet"), {"module": "lenet", "attr": "ConvNet"}, "ConvNet"),
    ("list", Target("builtin", "list"), {"builtin": "list"}, "the batches: list(...)"),
    ("@model.sgd_step", Target("method", "sgd_step", step="model"), {"ref": "t.model", "attr": "sgd_step"},
     "model.sgd_step"),
])
def test_target(text: str, parsed: Target, lowered: object, shown: str) -> None:
    assert language.target(text) == parsed
    assert language.lower_target(text, "t.") == lowered
    assert language.shown(text, ()) == shown


def test_lowering_and_resolving_agree() -> None:
    inputs = {"x": {"array": "k|x"}, "weights": {"list": [{"array": "k|w0"}, {"array": "k|w1"}]}}
    assert language.lower_arg("weights[1]", inputs, "t.") == {"array": "k|w1"}
    assert language.lower_arg("@forward[1]", inputs, "t.") == {"ref": "t.forward", "index": 1}
    values, results = {"weights": [np.zeros(2), np.ones(2)]}, {"forward": ("out", "cache")}
    assert language.resolve_arg("@forward[1]", values, results) == "cache"
    got = language.resolve_arg("weights[1]", values, results)
    assert np.array_equal(got, np.ones(2)) and got is not values["weights"][1]  # a copy
    assert language.resolve_target("default_rng", None, {}) is np.random.default_rng


def test_uses_and_attribute_reads() -> None:
    assert language.uses("@model.forward", ("x", "@set[0]"), {"k": "@lr"}, ("after",)) == {"model", "set", "lr",
                                                                                             "after"}
    assert language.shown("@train.__getattribute__", ("losses",)) == "train(...).losses"
