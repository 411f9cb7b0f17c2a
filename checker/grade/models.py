"""The scenarios: checks made of calls that share state, as data (see specs.Step and its judges).

The two-layer network's functions one after another; each LeNet model set to seeded weights,
then its logits, loss and gradients against the reference, its updates against its own
gradients, its gradients against a centred difference of its own loss, and its layers probed
(`Layer`, probes.py) when a model check fails; minibatches, train's History on a short run, and
a training run on a task made anew in every grading run, scored by the grader's own forward pass
of the trained weights.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from checker.grade import strokes
from checker.grade.specs import (
    Accuracy,
    Batches,
    Directional,
    Layer,
    Match,
    OwnLoss,
    Order,
    OwnStep,
    Scenario,
    Step,
    Time,
)

MATCH = Match()


def clipped(rng: np.random.Generator, m: int) -> tuple[np.ndarray, np.ndarray]:
    """m >= 3 probabilities and labels where the clipping decides the loss: a probability of
    exactly 0 for a label 1 and of exactly 1 for a label 0 (every variant, so a clipping
    constant other than eps is caught whatever the seed)."""
    p, y = rng.uniform(0.05, 0.95, size=m), rng.integers(0, 2, size=m).astype(float)
    p[:2], y[:2] = (0.0, 1.0), (1.0, 0.0)
    order = rng.permutation(m)
    return p[order], y[order]



def _two_layer(rng: np.random.Generator) -> dict[str, Any]:
    m, n_in, n_hidden = int(rng.integers(3, 8)), 4, 3  # m > 1: a sum over the batch is told from a mean
    p, y = clipped(rng, m)
    params = {"w1": rng.normal(size=(n_in, n_hidden)), "b1": rng.normal(size=n_hidden),
              "w2": rng.normal(size=(n_hidden, 1)), "b2": rng.normal(size=1)}
    return {"x": rng.normal(size=(m, n_in)), "y": rng.integers(0, 2, size=(m, 1)).astype(float),
            "a2": p[:, None], "y_clip": y[:, None], "params": params,
            # probabilities on both sides of 0.5, many of them close to it
            "x_many": rng.normal(size=(100, n_in)), "spread": {**params, "w2": 4 * params["w2"],
                                                            "b2": -2 * params["w2"].sum(axis=0)},
            "n_in": n_in, "n_hidden": n_hidden, "seed": int(rng.integers(100)), "xs": rng.normal(size=(10, n_in)),
            "ys": rng.integers(0, 2, size=10).astype(float), "lr": 0.5, "epochs": 3, "batch_size": 4}


TWO_LAYER = Scenario("two-layer network", _two_layer, (
    Step("init", "init_params", ("n_in", "n_hidden", "seed"), check=MATCH, points=0.5,
         label="init_params (seeded standard normal)"),
    Step("forward", "forward", ("x", "params"), check=Match(keep=(0,)), points=1.0, label="forward"),
    # one output unit, as the docstrings say: a bias gradient summed over every axis is caught by its
    # shape (a scalar for shape (1,)) and named; two units would take points from code written for one
    Step("backward", "backward", ("y", "@forward[1]"), check=Match(tags=("mean",)), points=1.5, label="backward"),
    Step("loss", "loss", ("a2", "y_clip"), check=Match(tags=("clipping",)), points=0.5,
         label="loss (probabilities clipped)"),
    Step("predict", "predict", ("x_many", "spread"), check=MATCH, points=0.5, label="predict", relies=("forward",)),
    Step("fit", "fit", ("xs", "ys"), {k: k for k in ("n_hidden", "lr", "epochs", "batch_size", "seed")}, check=MATCH,
         points=1.0, relies=("init", "forward", "backward"),
         label="fit (init_params(seed), then one default_rng(seed) permutation per epoch)"),
))


LENET5_SHAPES = ((5, 5, 1, 6), (6,), (5, 5, 6, 16), (16,), (400, 120), (120,), (120, 84), (84,), (84, 10), (10,))
CONVNET_SHAPES = ((3, 3, 1, 10), (10,), (1960, 100), (100,), (100, 10), (10,))


def _model(shapes: tuple[tuple[int, ...], ...], **config: str) -> Callable[[np.random.Generator], dict[str, Any]]:
    """Seeded weights, 3 images, labels and a learning rate.

    Kernels sit on a 1/1024 grid (they compress); biases and images do not, so no
    pre-activation is exactly 0 and no pooling window has a tie (kinks where a valid
    implementation may pick another subgradient).
    """
    def make(rng: np.random.Generator) -> dict[str, Any]:
        weights = []
        for shape in shapes:
            fan = int(np.prod(shape[:-1])) + shape[-1]
            weights.append(np.round(rng.uniform(-1, 1, shape) * np.sqrt(6 / fan) * 1024) / 1024 if len(shape) > 1
                           else rng.normal(scale=0.1, size=shape))
        return {"weights": weights, "x": rng.uniform(0, 1, (3, 28, 28, 1)), "labels": rng.integers(0, 10, 3),
                "lr": 0.5, **config}

    return make


def _model_steps(cls: str, config: tuple[str, ...]) -> tuple[Step, ...]:
    after = ("set",)
    return (
        Step("model", f"lenet:{cls}", kwargs={k: k for k in config}),
        Step("set", "@model.set_weights", ("weights",)),
        Step("weights", "@model.get_weights", after=after, check=Match(expect="weights"), points=0.5,
             label="get_weights after set_weights"),
        Step("logits", "@model.forward", ("x",), after=after, check=MATCH, points=1.0, label="forward (logits)",
             explain="forward"),
        Step("grads", "@model.loss_and_grads", ("x", "labels"), after=after, check=Match(rtol=1e-5, tags=("mean",)),
             points=2.0, label="loss_and_grads", explain="backward"),
        # the step is judged against the model's own loss and gradients: a wrong layer costs
        # forward and loss_and_grads, not the update rule as well
        Step("step", "@model.sgd_step", ("x", "labels", "lr"), after=after, check=OwnLoss("grads"), points=0.5,
             label="sgd_step returns the loss before the step"),
        Step("stepped", "@model.get_weights", after=("set", "step"), check=OwnStep("grads"), points=0.5,
             label="weights after one sgd_step: weights - lr * your gradients"),
        # a second step, from the first one's weights: stale gradients (kept from the last call)
        # agree with fresh ones on the first step only. Fresh ones come from a twin model given the
        # weights after the first step, so the model itself is not asked for gradients in between
        Step("twin", f"lenet:{cls}", kwargs={k: k for k in config}),
        Step("twin_set", "@twin.set_weights", ("@stepped",)),
        Step("grads1", "@twin.loss_and_grads", ("x", "labels"), after=("twin_set",)),
        Step("step2", "@model.sgd_step", ("x", "labels", "lr"), after=("set", "step")),
        Step("stepped2", "@model.get_weights", after=("set", "step", "step2"), check=OwnStep("grads1", "stepped"),
             points=0.5, label="weights after a second sgd_step: fresh gradients at the new weights"),
        Step("probe", f"lenet:{cls}", kwargs={k: k for k in config}),
        Step("directional", "@probe.loss_and_grads", ("@probe", "weights", "x", "labels"),
             check=Directional("grads"), points=1.0, label="your gradients agree with your own loss (centred difference)"),
    )


def _probes(chain: tuple[Layer, ...]) -> tuple[Step, ...]:
    """A forward and a backward probe per layer with a function, on the arrays the build stores.

    The first layer's input gradient reaches nothing (a model need not compute it), so its
    backward probe compares the parameter gradients only.
    """
    steps: list[Step] = []
    for i, layer in enumerate(chain):
        if not layer.fn:
            continue
        steps += [
            Step(f"L{i}", layer.fn, (f"L{i}x", *(f"weights[{p}]" for p in layer.params)),
                 {k: f"L{i}|{k}" for k in layer.kwargs}, check=Match(keep=(0,), rtol=1e-5, atol=1e-7),
                 probe=layer.label),
            Step(f"L{i}b", layer.backward, (f"L{i}dout", f"@L{i}[1]"),
                 check=Match(keep=(1, 2) if i == 0 else None, rtol=1e-5, atol=1e-7), probe=layer.label),
        ]
    return tuple(steps)


def _conv_layer(k: int, filters: int, size: int, padding: str) -> Layer:
    return Layer(f"Conv2D {k} ({filters} filters, {size}x{size}, '{padding}')", "conv2d:conv2d_forward",
                 "conv2d:conv2d_backward", {"padding": padding}, (2 * k - 2, 2 * k - 1))


def _dense_layer(units: int, params: tuple[int, int]) -> Layer:
    return Layer(f"Dense({units})", "dense:dense_forward", "dense:dense_backward", params=params)


def _act(name: str, where: str) -> Layer:
    return Layer(f"the {name} {where}", f"activations:{name}_forward", f"activations:{name}_backward")


def _pool(kind: str, k: int) -> Layer:
    return Layer(f"the {kind} pooling of conv block {k}", f"pooling:{kind}_pool_forward", f"pooling:{kind}_pool_backward")


FLATTEN = Layer("Flatten")


def _conv_block(k: int, conv: Layer, activation: str, pooling: str) -> tuple[Layer, ...]:
    act, pool = _act(activation, f"of conv block {k}"), _pool(pooling, k)
    # ReLU then max pooling equals pooling then ReLU; this order leaves no window of tied zeros,
    # whose gradient a valid max_pool_backward may route differently from the reference
    return (conv, pool, act) if (activation, pooling) == ("relu", "max") else (conv, act, pool)


def lenet5_chain(activation: str = "sigmoid", pooling: str = "avg") -> tuple[Layer, ...]:
    """LeNet5's layers as the reference runs them (activations are layers of their own here)."""
    return (*_conv_block(1, _conv_layer(1, 6, 5, "same"), activation, pooling),
            *_conv_block(2, _conv_layer(2, 16, 5, "valid"), activation, pooling), FLATTEN,
            _dense_layer(120, (4, 5)), _act(activation, "after Dense(120)"),
            _dense_layer(84, (6, 7)), _act(activation, "after Dense(84)"), _dense_layer(10, (8, 9)))


CONVNET_CHAIN = (*_conv_block(1, _conv_layer(1, 10, 3, "same"), "relu", "max"), FLATTEN, _dense_layer(100, (2, 3)),
                 _act("relu", "after Dense(100)"), _dense_layer(10, (4, 5)))
MODEL_VARIANTS = 4  # the reference weights and three seeded others (one picked per run)
PROBED = 2  # images run through the layer probes (two, so a batch sum is told from one row)


def _model_scenario(name: str, cls: str, shapes: tuple[tuple[int, ...], ...], chain: tuple[Layer, ...],
                    **config: str) -> Scenario:
    return Scenario(name, _model(shapes, **config), _model_steps(cls, tuple(config)) + _probes(chain),
                    variants=MODEL_VARIANTS, store="float32", chain=chain)



def _batches(rng: np.random.Generator) -> dict[str, Any]:
    size = int(rng.integers(2, 6))
    n = size * int(rng.integers(1, 4)) + int(rng.integers(1, size))  # always a partial last batch
    return {"x": np.arange(2.0 * n).reshape(n, 2), "y": 100.0 + np.arange(n), "batch_size": size,
            "seed": int(rng.integers(1000))}


def _strokes(rng: np.random.Generator) -> dict[str, Any]:
    """A task of images of random strokes (strokes.py): made anew from secret entropy when grading."""
    (x, y), (x_val, y_val), (x_test, labels) = strokes.task(rng, (TRAIN_N, 20, TEST_N))
    return {"x": x, "y": y, "x_val": x_val, "y_val": y_val, "x_test": x_test, "labels": labels, "seed": 0,
            "epochs": TRAIN_EPOCHS, "batch_size": 32, "lr": 0.05,
            "twin_weights": _model(CONVNET_SHAPES)(rng)["weights"]}


# the reference ConvNet reaches 88.8-100% on 60 such tasks, in ~0.5 s of CPU (loops: minutes)
TRAIN_N, TRAIN_EPOCHS, TEST_N, TRAIN_LIMIT, TRAIN_ACCURACY = 800, 5, 250, 15.0, 0.7


def _history(rng: np.random.Generator) -> dict[str, Any]:
    """A short run on 22 digits (batches of 8: the last one smaller), from set weights."""
    from checker.data import load_digits_28  # scikit-learn, at `refs build` time only

    split = load_digits_28(seed=0)
    start = int(rng.integers(0, len(split.x_train) - 32))
    grid = lambda x: np.round(x * 64) / 64  # noqa: E731
    weights = _model(CONVNET_SHAPES)(rng)["weights"]
    return {"x": grid(split.x_train[start:start + 22]), "y": split.y_train[start:start + 22],
            "x_val": grid(split.x_train[start + 22:start + 32]), "y_val": split.y_train[start + 22:start + 32],
            "weights": weights, "seed": int(rng.integers(1000)), "epochs": 2, "batch_size": 8, "lr": 0.1,
            "losses": "losses", "val_accuracy": "val_accuracy"}


HISTORY = Scenario("train's history", _history, (
    # the run relies on the ConvNet of lenet.py: a twin takes two steps first (a wrong model is
    # named as the cause, not train)
    Step("twin", "lenet:ConvNet", kwargs={"seed": "seed"}),
    Step("twin_set", "@twin.set_weights", ("weights",)),
    Step("twin_step", "@twin.sgd_step", ("x_val", "y_val", "lr"), after=("twin_set",)),
    Step("twin_step2", "@twin.sgd_step", ("x", "y", "lr"), after=("twin_step",)),
    Step("twin_weights", "@twin.get_weights", after=("twin_step2",), check=Match(keep=(0, 1, 3, 4, 5)), gate=True,
         label="your ConvNet (lenet.py) after two sgd_steps from set weights"),
    Step("model", "lenet:ConvNet", kwargs={"seed": "seed"}),
    Step("set", "@model.set_weights", ("weights",)),
    Step("train", "train", ("@model", "x", "y", "x_val", "y_val"), {k: k for k in ("epochs", "batch_size", "lr", "seed")},
         after=("set", "twin_weights")),
    Step("losses", "@train.__getattribute__", ("losses",), check=MATCH, points=1.0,
         label="History.losses: each epoch's loss, the mean over its samples (22 digits, batches of 8, 2 epochs)"),
    Step("val_accuracy", "@train.__getattribute__", ("val_accuracy",), check=MATCH, points=0.5,
         label="History.val_accuracy: the accuracy on x_val, y_val after each epoch"),
), variants=3)

BATCHES = Scenario("iterate_minibatches", _batches, (
    Step("rng", "default_rng", ("seed",)),
    Step("gen", "iterate_minibatches", ("x", "y", "batch_size", "@rng")),
    Step("batches", "list", ("@gen",), check=Batches(), points=1.0,
         label="every sample once, (x, y) pairs kept, batch sizes"),
    Step("rng2", "default_rng", ("seed",)),
    Step("gen2", "iterate_minibatches", ("x", "y", "batch_size", "@rng2")),
    Step("order", "list", ("@gen2",), check=Order(), points=0.5, label="the order of rng.permutation"),
))

TRAINING_RUN = Scenario("training run", _strokes, (
    # which architecture the trained weights are run in: the student's ConvNet at known weights
    # (a ConvNet that flattens NCHW is scored as one; its mistake costs in lenet, not here too)
    Step("twin", "lenet:ConvNet", kwargs={"seed": "seed"}),
    Step("twin_set", "@twin.set_weights", ("twin_weights",)),
    Step("twin_logits", "@twin.forward", ("x_val",), after=("twin_set",)),
    Step("model", "lenet:ConvNet", kwargs={"seed": "seed"}),
    Step("train", "train", ("@model", "x", "y", "x_val", "y_val"),
         {k: k for k in ("epochs", "batch_size", "lr", "seed")}, check=Time(TRAIN_LIMIT, until="trained"), points=1.0,
         label=f"train: your ConvNet, {TRAIN_N} images, {TRAIN_EPOCHS} epochs, within {TRAIN_LIMIT:g} s"),
    # the trained weights, read when get_weights returns, run by the grader's own forward pass of
    # the ConvNet (forward.py): what training learnt, not what `train` attached to the model or left
    # in the process; the held-out images and their labels never reach the child
    Step("trained", "@model.get_weights", after=("train",), check=Accuracy(TRAIN_ACCURACY, CONVNET_CHAIN, CONVNET_SHAPES, "twin_logits"),
         points=2.0, label=f"accuracy after training, on {TEST_N} held-out images (your weights, the grader's forward "
         "pass)"),
), variants=1, secret=True)


def lenet_models() -> tuple[Scenario, ...]:
    """The lenet exercise's three models: LeNet-5 sigmoid/avg and relu/max, and the lecture's ConvNet."""
    return (
        _model_scenario("LeNet5 (sigmoid, avg pooling)", "LeNet5", LENET5_SHAPES, lenet5_chain()),
        _model_scenario("LeNet5 (relu, max pooling)", "LeNet5", LENET5_SHAPES, lenet5_chain("relu", "max"),
                        activation="relu", pooling="max"),
        _model_scenario("ConvNet", "ConvNet", CONVNET_SHAPES, CONVNET_CHAIN),
    )
