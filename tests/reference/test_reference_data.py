"""The stored lenet reference data (built from the NumPy solutions) against Keras.

The same weights, images and labels that grading sends to a student's model go through the
Keras twin of each model; logits, loss, gradients and the weights after one SGD step must
agree with what `grader refs build` stored (float32 storage: rtol 1e-5).
"""

from __future__ import annotations

import numpy as np
import pytest

from checker.grade import scenario, specs
from checker.reference.build import DATA, verify
from tests.exercises.layercheck import keras_reference

MODELS = {s.name: s for s in specs.BY_NAME["lenet"].cases if isinstance(s, specs.Scenario)}


def _twin(km, name: str):
    if name == "ConvNet":
        return km.convnet_model()
    return km.lenet5_model("relu", "max") if "relu" in name else km.lenet5_model("sigmoid", "avg")


def _stored(name: str, step: str, data) -> list[np.ndarray]:
    keys = sorted((k for k in data.files if k.startswith(f"{name}|0|{step}|e")), key=lambda k: int(k.rsplit("e", 1)[1]))
    return [data[k].astype(np.float64) for k in keys]


@pytest.mark.keras
@pytest.mark.parametrize("name", list(MODELS))
def test_stored_lenet_references_match_keras(name: str) -> None:
    km = keras_reference()
    variant = verify()["exercises"]["lenet"]["cases"][name][0]
    with np.load(DATA / "lenet.npz", allow_pickle=False) as data:
        values = {key: scenario._inputs(spec, data) for key, spec in variant["inputs"].items()}
        logits, grads, stepped = (_stored(name, step, data) for step in ("logits", "grads", "stepped"))
    model = _twin(km, name)
    model.set_weights(values["weights"])
    logits_k, loss_k, grads_k = km.loss_and_grads(model, values["x"], values["labels"])
    np.testing.assert_allclose(logits[0], logits_k, rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(grads[0], loss_k, rtol=1e-5)
    assert len(grads) == 1 + len(grads_k)
    for stored, theirs in zip(grads[1:], grads_k, strict=True):
        np.testing.assert_allclose(stored, theirs, rtol=1e-5, atol=1e-8)
    km.sgd_step(model, values["x"], values["labels"], values["lr"])
    for stored, theirs in zip(stepped, model.get_weights(), strict=True):
        np.testing.assert_allclose(stored, theirs, rtol=1e-5, atol=1e-8)
