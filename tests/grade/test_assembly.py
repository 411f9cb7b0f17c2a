"""Naming a model's assembly difference: each change, re-run in NumPy, is named; the reference is not."""

from __future__ import annotations

import numpy as np
import pytest

from checker.grade import assembly, catalogue, forward, models, specs, store
from checker.grade.store import DATA, verify
from checker.grade.variant import value

MODELS = [c for c in catalogue.BY_NAME["lenet"].cases if isinstance(c, specs.Scenario)]


def _stored(model: specs.Scenario) -> tuple[list[np.ndarray], np.ndarray, np.ndarray]:
    variant = verify()["exercises"]["lenet"]["cases"][model.name][0]
    with np.load(DATA / "lenet.npz", allow_pickle=False) as data:
        weights = value(variant["inputs"]["weights"], data)
        x = value(variant["inputs"]["x"], data)[: models.PROBED]
        logits = data[store.expected(model.name, 0, 0, "logits")][: models.PROBED].astype(np.float64)
    return weights, x, logits


@pytest.mark.parametrize("model", MODELS, ids=[m.name for m in MODELS])
def test_each_change_is_named_and_the_reference_is_not(model: specs.Scenario) -> None:
    weights, x, logits = _stored(model)
    kinds = [forward.kind(layer) for layer in model.chain]
    assert assembly.name(model.chain, weights, x, logits, logits) == ""
    named = 0
    for change in assembly.changes(model.chain):
        try:
            received = forward.run(model.chain, change.apply(list(kinds)), weights, x)
        except ValueError:
            continue
        if not np.allclose(received, logits, rtol=1e-5, atol=1e-6):
            found = assembly.name(model.chain, weights, x, logits, received)
            assert found in (change.message, ""), (found, change.message)  # "" only when two changes coincide
            named += found == change.message
    assert named >= 5


def test_nothing_is_said_when_the_chain_does_not_give_the_reference() -> None:
    weights, x, logits = _stored(MODELS[-1])
    flatten_first = assembly.changes(MODELS[-1].chain)[0]
    received = forward.run(MODELS[-1].chain, flatten_first.apply([forward.kind(la) for la in MODELS[-1].chain]),
                             weights, x)
    assert assembly.name(MODELS[-1].chain, weights, x, logits, received).startswith("the flatten order")
    assert assembly.name(MODELS[-1].chain, weights, x, logits + 1.0, received) == ""  # reference not reproduced
    assert assembly.name(MODELS[-1].chain, weights, x, logits, received + 1e-3) == ""  # near is not equal
