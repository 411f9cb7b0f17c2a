"""LeNet5 and ConvNet: against Keras with identical weights (logits, loss, gradients, one SGD
step), huge logits, batch of 1, Keras' weight order, seeded init, a gradient check."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from solutions.lenet import ConvNet, LeNet5
from tests.exercises.layercheck import assert_close, keras_reference

MODELS = [
    pytest.param(("sigmoid", "avg"), id="lenet-sigmoid-avg"),
    pytest.param(("relu", "max"), id="lenet-relu-max"),
    pytest.param(("tanh", "avg"), id="lenet-tanh-avg"),
    pytest.param(("sigmoid", "max"), id="lenet-sigmoid-max"),
    pytest.param(None, id="convnet"),
]
LR = 0.5  # exact in float32: Keras' SGD keeps its learning rate as a float32 variable


def _models(config, seed: int = 0):
    """The NumPy model: ConvNet for ``None``, else LeNet5(activation, pooling)."""
    return ConvNet(seed=seed) if config is None else LeNet5(*config, seed=seed)


def _keras_twin(km, config, net):
    model = km.convnet_model() if config is None else km.lenet5_model(*config)
    model.set_weights(net.get_weights())
    return model


def _batch(seed: int, n: int):
    rng = np.random.default_rng(seed)
    return rng.random((n, 28, 28, 1)), rng.integers(0, 10, size=n)


@pytest.mark.keras
@pytest.mark.parametrize("config", MODELS)
@pytest.mark.parametrize("n", [1, 3])
def test_matches_keras(config, n: int) -> None:
    km = keras_reference()
    net = _models(config, seed=n)
    model = _keras_twin(km, config, net)
    x, labels = _batch(n, n)
    logits_k, loss_k, grads_k = km.loss_and_grads(model, x, labels)
    loss, grads = net.loss_and_grads(x, labels)
    assert_close(net.forward(x), logits_k)
    assert_close(np.array(loss), np.array(loss_k))
    for mine, theirs in zip(grads, grads_k, strict=True):
        assert_close(mine, theirs)
    assert net.sgd_step(x, labels, LR) == pytest.approx(km.sgd_step(model, x, labels, LR), rel=1e-12)
    for mine, theirs in zip(net.get_weights(), model.get_weights(), strict=True):
        assert_close(mine, theirs)


@pytest.mark.keras
def test_huge_logits_match_keras_and_stay_finite() -> None:
    km = keras_reference()
    net = LeNet5("relu", "max", seed=4)
    weights = net.get_weights()
    weights[-2] *= 1e4  # logits in the thousands: exp() would overflow without the shift
    net.set_weights(weights)
    model = _keras_twin(km, ("relu", "max"), net)
    x, labels = _batch(5, 4)
    logits_k, loss_k, grads_k = km.loss_and_grads(model, x, labels)
    loss, grads = net.loss_and_grads(x, labels)
    assert np.max(np.abs(logits_k)) > 1e3 and np.isfinite(loss)
    assert_close(np.array(loss), np.array(loss_k))
    for mine, theirs in zip(grads, grads_k, strict=True):
        assert_close(mine, theirs)


def test_huge_logits_give_a_finite_loss() -> None:
    net = ConvNet(seed=1)
    weights = net.get_weights()
    weights[-1][:] = [5e5, -5e5, 0, 0, 0, 0, 0, 0, 0, 1e6]  # bias: logits up to 1e6
    net.set_weights(weights)
    x, _ = _batch(6, 2)
    loss, grads = net.loss_and_grads(x, np.array([1, 9]))
    assert loss == pytest.approx(0.5 * 1.5e6, rel=1e-6)  # label 1 is 1.5e6 below the max
    assert all(np.all(np.isfinite(g)) for g in grads)


@pytest.mark.parametrize("config, shapes", [
    (("sigmoid", "avg"), [(5, 5, 1, 6), (6,), (5, 5, 6, 16), (16,), (400, 120), (120,),
                          (120, 84), (84,), (84, 10), (10,)]),
    (None, [(3, 3, 1, 10), (10,), (1960, 100), (100,), (100, 10), (10,)]),
])
def test_weights_in_keras_order_and_glorot_init(config, shapes) -> None:
    weights = _models(config, seed=7).get_weights()
    assert [w.shape for w in weights] == shapes
    for w in weights:
        if w.ndim == 1:
            assert not w.any()  # biases start at zero
        else:
            fan_in, fan_out = np.prod(w.shape[:-1]), np.prod(w.shape[:-2]) * w.shape[-1]
            assert np.abs(w).max() <= np.sqrt(6 / (fan_in + fan_out))
    again = _models(config, seed=7).get_weights()
    assert all(np.array_equal(a, b) for a, b in zip(weights, again))


def test_set_weights_rejects_wrong_shapes_and_copies() -> None:
    net = LeNet5()
    weights = net.get_weights()
    with pytest.raises(ValueError, match="weights must have shapes"):
        net.set_weights(weights[:-1])
    net.set_weights(weights)
    weights[0][:] = 0.0
    assert net.get_weights()[0].any()  # the model kept its own copy


@pytest.mark.parametrize("config", MODELS)
def test_gradient_check_on_sampled_entries(config) -> None:
    """Centred differences of the loss on a few entries of every parameter (float64)."""
    net = _models(config, seed=2)
    x, labels = _batch(3, 2)
    _, grads = net.loss_and_grads(x, labels)
    weights = net.get_weights()
    rng = np.random.default_rng(0)
    for k, grad in enumerate(grads):
        for index in [tuple(rng.integers(0, s) for s in grad.shape) for _ in range(2)]:
            values = []
            for step in (1e-5, -1e-5):
                shifted = [w.copy() for w in weights]
                shifted[k][index] += step
                net.set_weights(shifted)
                values.append(net.loss_and_grads(x, labels)[0])
            numeric = (values[0] - values[1]) / 2e-5
            assert numeric == pytest.approx(grad[index], rel=1e-5, abs=1e-8), (k, index)
        net.set_weights(weights)


def test_sgd_step_returns_the_loss_before_and_moves_against_the_gradient() -> None:
    net = LeNet5("tanh", "max", seed=3)
    x, labels = _batch(8, 4)
    before = net.get_weights()
    loss, grads = net.loss_and_grads(x, labels)
    assert net.sgd_step(x, labels, 0.1) == loss
    for old, new, grad in zip(before, net.get_weights(), grads):
        np.testing.assert_allclose(new, old - 0.1 * grad, rtol=0, atol=1e-15)
    assert net.loss_and_grads(x, labels)[0] < loss


def test_float32_model_stays_float32() -> None:
    net = LeNet5("relu", "max", dtype=np.float32)
    x, labels = _batch(9, 2)
    net.sgd_step(x, labels, 0.1)
    assert net.forward(x).dtype == np.float32
    assert all(w.dtype == np.float32 for w in net.get_weights())


@pytest.mark.parametrize("kwargs, message", [
    ({"activation": "softplus"}, "activation must be one of"),
    ({"pooling": "min"}, "pooling must be one of"),
])
def test_unknown_options_are_rejected(kwargs, message) -> None:
    with pytest.raises(ValueError, match=message):
        LeNet5(**kwargs)


@pytest.mark.slow
def test_training_example_reaches_97_percent_on_digits() -> None:
    root = Path(__file__).resolve().parents[2]
    run = subprocess.run(
        [sys.executable, str(root / "examples" / "train_lenet.py")],
        capture_output=True, text=True, timeout=120, check=True,
    )
    last = run.stdout.strip().splitlines()[-1]
    assert last.startswith("epoch 20")
    assert float(last.split("test accuracy")[1].strip().rstrip("%")) >= 97.0, run.stdout
