"""The Keras reference models: float64 throughout, the NumPy models' weight layout, clear
errors for bad options and for a missing TensorFlow."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from checker.errors import UsageError
from checker.reference import keras_models as km
from solutions.lenet import ConvNet, LeNet5
from tests.exercises.layercheck import keras_reference


def test_missing_tensorflow_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tensorflow", None)  # makes `import tensorflow` fail
    monkeypatch.setitem(sys.modules, "keras", None)
    with pytest.raises(UsageError) as raised:
        km.lenet5_model()
    assert "grader[keras]" in raised.value.todo and "ImportError" in raised.value.received


@pytest.mark.keras
@pytest.mark.parametrize("build, numpy_model", [
    pytest.param(lambda: km.lenet5_model("sigmoid", "avg"), LeNet5("sigmoid", "avg"), id="lenet"),
    pytest.param(lambda: km.lenet5_model("relu", "max"), LeNet5("relu", "max"), id="lenet-max"),
    pytest.param(km.convnet_model, ConvNet(), id="convnet"),
])
def test_models_are_float64_with_the_numpy_layout(build, numpy_model) -> None:
    keras_reference()
    model = build()
    assert model.output_shape == (None, 10)
    assert [w.shape for w in model.get_weights()] == [w.shape for w in numpy_model.get_weights()]
    assert all(w.dtype == np.float64 for w in model.get_weights())
    assert model(np.zeros((1, 28, 28, 1))).dtype.name == "float64"


@pytest.mark.keras
@pytest.mark.parametrize("build, error", [
    (lambda: km.lenet5_model(activation="softplus"), "activation one of"),
    (lambda: km.lenet5_model(pooling="min"), "pooling kind 'max' or 'avg'"),
    (lambda: km.pooling_model("median", (4, 4, 1)), "pooling kind 'max' or 'avg'"),
])
def test_bad_options_are_usage_errors(build, error: str) -> None:
    keras_reference()
    with pytest.raises(UsageError, match=error):
        build()


@pytest.mark.keras
def test_sgd_step_is_plain_sgd_and_returns_the_loss_before() -> None:
    keras_reference()
    model = km.dense_model(3, 2)
    rng = np.random.default_rng(0)
    model.set_weights([rng.normal(size=(3, 2)), rng.normal(size=2)])
    x, labels = rng.normal(size=(4, 3)), np.array([0, 1, 1, 0])
    _, loss, grads = km.loss_and_grads(model, x, labels)
    before = model.get_weights()
    assert km.sgd_step(model, x, labels, 0.25) == loss
    for old, new, grad in zip(before, model.get_weights(), grads):
        np.testing.assert_allclose(new, old - 0.25 * grad, rtol=1e-15, atol=1e-15)
