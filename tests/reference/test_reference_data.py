"""The stored lenet reference data (built from the NumPy solutions) against Keras.

The same weights, images and labels that grading sends to a student's model go through the
Keras twin of each model; logits, loss, gradients and the weights after one SGD step must
agree with what `grader refs build` stored (float32 storage: rtol 1e-5), for every weight variant.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from checker.grade import catalogue, models, specs, store
from checker.grade.store import DATA, verify
from checker.grade.variant import value
from tests.exercises.layercheck import keras_reference

MODELS = {s.name: s for s in catalogue.BY_NAME["lenet"].cases if isinstance(s, specs.Scenario)}


def _twin(km, name: str):
    if name == "ConvNet":
        return km.convnet_model()
    return km.lenet5_model("relu", "max") if "relu" in name else km.lenet5_model("sigmoid", "avg")


def _stored(name: str, step: str, data, variant: int = 0) -> list[np.ndarray]:
    prefix = f"{name}|{variant}|{step}|e"
    keys = sorted((k for k in data.files if k.startswith(prefix)), key=lambda k: int(k.rsplit("e", 1)[1]))
    return [data[k].astype(np.float64) for k in keys]


@pytest.mark.keras
@pytest.mark.parametrize("name", list(MODELS))
def test_stored_lenet_references_match_keras(name: str) -> None:
    """Every weight variant; after one SGD step Keras' weights are weights - lr * the stored gradients."""
    km = keras_reference()
    variants = verify()["exercises"]["lenet"]["cases"][name]
    assert len(variants) == models.MODEL_VARIANTS
    for v, variant in enumerate(variants):
        with np.load(DATA / "lenet.npz", allow_pickle=False) as data:
            values = {key: value(spec, data) for key, spec in variant["inputs"].items()}
            logits, grads = (_stored(name, step, data, v) for step in ("logits", "grads"))
        model = _twin(km, name)
        model.set_weights(values["weights"])
        logits_k, loss_k, grads_k = km.loss_and_grads(model, values["x"], values["labels"])
        np.testing.assert_allclose(logits[0], logits_k, rtol=1e-5, atol=1e-7)
        np.testing.assert_allclose(grads[0], loss_k, rtol=1e-5)
        assert len(grads) == 1 + len(grads_k)
        for stored, theirs in zip(grads[1:], grads_k, strict=True):
            np.testing.assert_allclose(stored, theirs, rtol=1e-5, atol=1e-8)
        km.sgd_step(model, values["x"], values["labels"], values["lr"])
        for w, g, theirs in zip(values["weights"], grads[1:], model.get_weights(), strict=True):
            np.testing.assert_allclose(w - values["lr"] * g, theirs, rtol=1e-5, atol=1e-8)


@pytest.mark.parametrize("name", list(MODELS))
def test_layer_probes_follow_the_model(name: str) -> None:
    """The probes' chain is the model: its last layer's output on the probed images is the stored
    logits, and each layer's input is the previous layer's stored output (Flatten reshapes)."""
    model = MODELS[name]
    variant = verify()["exercises"]["lenet"]["cases"][name][0]
    with np.load(DATA / "lenet.npz", allow_pickle=False) as data:
        values = {key: value(spec, data) for key, spec in variant["inputs"].items()}
        outputs = {i: _stored(name, f"L{i}", data)[0] for i, layer in enumerate(model.chain) if layer.fn}
        logits = _stored(name, "logits", data)[0]
    last = len(model.chain) - 1
    np.testing.assert_allclose(outputs[last], logits[: models.PROBED], rtol=1e-5, atol=1e-6)
    np.testing.assert_array_equal(values["L0x"], values["x"][: models.PROBED])
    for i in range(1, len(model.chain)):
        if model.chain[i].fn and model.chain[i - 1].fn:
            np.testing.assert_allclose(values[f"L{i}x"], outputs[i - 1], rtol=1e-6, atol=1e-7)


def _visible(expected: list[np.ndarray], wrong: np.ndarray, rtol: float, atol: float) -> bool:
    """Whether a wrong output differs from every expected output of its shape (so it is caught)."""
    same = [e for e in expected if e.shape == wrong.shape]
    return bool(same) and not any(np.allclose(wrong, e, rtol=rtol, atol=atol) for e in same)


CASES = [(e.name, c) for e in catalogue.EXERCISES if e.kind == "code" for c in e.cases if isinstance(c, specs.Case)]


@pytest.mark.parametrize(("exercise", "case"), CASES, ids=[f"{e}: {c.name}" for e, c in CASES])
def test_every_variant_tests_the_same_mistakes(exercise: str, case: specs.Case) -> None:
    """The reference input and every random one catch the same known mistakes: a stored mistake
    is there for every variant and differs from the expected output in each (a clipping constant,
    a partial batch, a tie or a zero that only some seeds produce would pass or fail with the seed)."""
    variants = verify()["exercises"][exercise]["cases"][case.name]
    labels = {tuple(sorted(v["mistakes"])) for v in variants}
    assert len(labels) == 1, labels
    with np.load(DATA / f"{exercise}.npz", allow_pickle=False) as data:
        for k, variant in enumerate(variants):
            expected = [data[store.expected(case.name, k, j)] for j in range(variant["expected"])]
            for m, label in enumerate(variant["mistakes"]):
                wrong = data[store.mistake(case.name, k, m)]
                assert _visible(expected, wrong, case.rtol, case.atol), f"variant {k}: {label}"


SCENARIOS = [(e.name, c) for e in catalogue.EXERCISES if e.kind == "code" for c in e.cases
             if isinstance(c, specs.Scenario) and any("mistakes" in v for v in
                                                      verify()["exercises"][e.name]["cases"][c.name])]


@pytest.mark.parametrize(("exercise", "scenario"), SCENARIOS, ids=[f"{e}: {s.name}" for e, s in SCENARIOS])
def test_every_variant_of_a_scenario_tests_the_same_mistakes(exercise: str, scenario: specs.Scenario) -> None:
    """A scenario step's stored wrong versions (two_layer's derivatives and fit, train's losses) are
    there for every variant and differ from the expected result in each."""
    variants = verify()["exercises"][exercise]["cases"][scenario.name]
    assert len({json.dumps(v.get("mistakes"), sort_keys=True) for v in variants}) == 1
    with np.load(DATA / f"{exercise}.npz", allow_pickle=False) as data:
        for k, variant in enumerate(variants):
            for step, labels in variant["mistakes"].items():
                parts = len(variant["outputs"][step])
                expected = [data[store.expected(scenario.name, k, j, step)] for j in range(parts)]
                for m, label in enumerate(labels):
                    wrong = [data[store.mistake(scenario.name, k, m, step, j)] for j in range(parts)]
                    assert not all(np.allclose(w, e, rtol=1e-6, atol=1e-9) for w, e in zip(wrong, expected)), \
                        f"variant {k}, {step}: {label}"
