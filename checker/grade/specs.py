"""What each exercise is checked on: cases as data, with input generators in plain NumPy.

A `Case` names a function (and, for layers, its backward), how to make its inputs from a
seeded generator, its tolerance and its points. `grader refs build` runs each case's
variants through the reference solutions and stores inputs and outputs; grading reads
those arrays back and never needs the solutions. Variant 0 is the fixed reference input;
the run's seed picks one of the others.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

Make = Callable[[np.random.Generator], list[Any]]
VARIANTS = 8


@dataclass(frozen=True)
class Case:
    """One check: call `fn(*make(rng), **kwargs)`; with `backward`, also `backward(dout, cache)`."""

    name: str
    fn: str
    make: Make
    kwargs: dict[str, Any] = field(default_factory=dict)
    backward: str = ""
    wrt: tuple[int, ...] = ()  # argument positions for the centred-difference check
    keep: tuple[int, ...] | None = None  # which returned values are compared (None: all)
    points: float = 1.0
    rtol: float = 1e-6
    atol: float = 1e-9
    timed: bool = False  # vectorisation points (checks.FACTOR); fn linear in arg 0 up to the bias, arg 2
    repeat: bool = False  # called twice: another result the second time is named (an unseeded shuffle)
    relies: tuple[str, ...] = ()  # cases of functions this one usually calls (a failure names them)
    tags: tuple[str, ...] = ()  # what the inputs test, for diagnoses: mean, ties, overflow, underflow, clipping


@dataclass(frozen=True)
class Step:
    """One call of a `Scenario`, and (with points) one check.

    target: a function of the module (``"forward"``), ``"lenet:ConvNet"`` from another exercise
    module, ``"list"`` (collects what a generator yields), ``"default_rng"``, or ``"@id.name"``:
    a method of an earlier step's result. `args` and `kwargs` name
    values of the scenario's `make` (``"x"``) or earlier results (``"@id"``, ``"@id[1]"``).
    judge: ``match`` (the reference, parts `keep` of a nested return value), ``accuracy``
    (logits scored against the make's ``labels``, at least `threshold`), ``batches`` (the
    minibatch properties), ``time`` (finished within `limit` seconds) or ``directional``: the
    step runs op ``directional`` (a centred difference of the model's own loss along a seeded
    direction of its weights) and is compared with the gradients step `of` returned.
    """

    id: str
    target: str
    args: tuple[str, ...] = ()
    kwargs: dict[str, str] = field(default_factory=dict)
    points: float = 0.0  # 0: a set-up step, not a check
    label: str = ""
    after: tuple[str, ...] = ()  # earlier steps whose side effects this one needs (transitively)
    keep: tuple[int, ...] | None = None
    op: str = ""
    of: str = ""
    judge: str = "match"
    threshold: float = 0.0
    limit: float = 0.0
    expect: str = ""  # match against this make value (nothing stored), e.g. the weights just set
    rtol: float = 1e-6
    atol: float = 1e-9
    tags: tuple[str, ...] = ()
    probe: str = ""  # a layer probe (see `Layer`): no points, names the layer when a model check fails
    explain: str = ""  # "forward" / "backward": a failure is traced to a layer with the probes
    before: str = "weights"  # own_step: the step that reported the weights before the update
    gate: bool = False  # judged like a check but worth nothing and not listed: what later steps rely on
    relies: tuple[str, ...] = ()  # checked steps whose functions this one calls inside (a failure names them)


@dataclass(frozen=True)
class Layer:
    """One layer of a model, as data: the layer exercise's functions, options, parameter positions.

    A model scenario's `chain` lists its layers in the reference's order (activations as
    layers of their own; ReLU and max pooling swapped, which changes nothing). `grader refs build` runs the
    chain with the reference layers on the first `PROBED` images and stores what reaches each layer
    (its input going forward, its upstream gradient going back); grading calls the student's
    layer functions on exactly those arrays (the layer swapped into the reference model), so a
    failed model check can name the first layer that differs. ``fn=""`` is Flatten (a reshape).
    """

    label: str
    fn: str = ""
    backward: str = ""
    kwargs: dict[str, Any] = field(default_factory=dict)
    params: tuple[int, ...] = ()


@dataclass(frozen=True)
class Scenario:
    """Calls that share state (a model's set_weights, forward, sgd_step, ...; a training run).

    `make` gives named values (arrays, lists and dicts of arrays, numbers, strings); `store` is
    the dtype of the stored expected arrays (float32 keeps a model's 60k-200k parameters small).
    """

    name: str
    make: Callable[[np.random.Generator], dict[str, Any]]
    steps: tuple[Step, ...]
    variants: int = VARIANTS
    store: str = "float64"
    timed: bool = False
    chain: tuple[Layer, ...] = ()
    relabel: tuple[str, ...] = ()  # class-label values renamed by a permutation the run's seed picks
    # from this step on, a new child runs the steps: it gets only the arrays earlier steps returned
    split: str = ""

    @property
    def points(self) -> float:
        return sum(step.points for step in self.steps)


@dataclass(frozen=True)
class Exercise:
    name: str
    cases: tuple[Case | Scenario, ...]
    kind: str = "code"  # "derivation": derivations/<name>.md, graded by the derivation checker


def _normal(*shape: int) -> Make:
    return lambda rng: [rng.normal(size=shape)]


def _dense(n: int) -> Make:
    return lambda rng: [rng.normal(size=(n, 5)), rng.normal(size=(5, 3)), rng.normal(size=3)]


def _conv(n: int, h: int, w: int, k: tuple[int, int], c_in: int, c_out: int) -> Make:
    return lambda rng: [rng.normal(size=(n, h, w, c_in)), rng.normal(size=(*k, c_in, c_out)), rng.normal(size=c_out)]


def _ties(rng: np.random.Generator) -> list[Any]:
    return [rng.integers(0, 3, size=(2, 4, 6, 2)).astype(np.float64)]


def _logits(scale: float, targets: bool = True, offset: float = 0.0) -> Make:
    """Five rows of four logits, N(0, scale) + offset; with targets, one-hot labels. An offset of
    1000 overflows exp and nothing else; a scale of 1000 with each row's maximum at 0 underflows
    probabilities to 0 and nothing else, so a non-finite result has one cause each."""
    def make(rng: np.random.Generator) -> list[Any]:
        labels = rng.integers(0, 4, size=5)
        z = rng.normal(size=(5, 4)) * scale
        z = z + offset if offset else (z - z.max(axis=1, keepdims=True) if scale > 100 else z)
        return [z, np.eye(4)[labels]][: 2 if targets else 1]

    return make


def _pairs(fn: str, mode: str, stride: int, shape: tuple[int, ...], kernel: tuple[int, ...]) -> Case:
    return Case(f"{fn} {mode} stride {stride}", fn,
                lambda rng: [rng.normal(size=shape), rng.normal(size=kernel)], {"mode": mode, "stride": stride})


def _layer(prefix: str, make: Make, label: str, wrt: tuple[int, ...] = (0,), **kwargs: Any) -> Case:
    return Case(f"{prefix} {label}".strip(), f"{prefix}_forward", make, kwargs, f"{prefix}_backward", wrt)


def _clipped(rng: np.random.Generator, m: int) -> tuple[np.ndarray, np.ndarray]:
    """m >= 3 probabilities and labels where the clipping decides the loss: a probability of
    exactly 0 for a label 1 and of exactly 1 for a label 0 (every variant, so a clipping
    constant other than eps is caught whatever the seed)."""
    p, y = rng.uniform(0.05, 0.95, size=m), rng.integers(0, 2, size=m).astype(float)
    p[:2], y[:2] = (0.0, 1.0), (1.0, 0.0)
    order = rng.permutation(m)
    return p[order], y[order]


def _two_layer(rng: np.random.Generator) -> dict[str, Any]:
    m, n_in, n_hidden = int(rng.integers(3, 8)), 4, 3  # m > 1: a sum over the batch is told from a mean
    p, y = _clipped(rng, m)
    params = {"w1": rng.normal(size=(n_in, n_hidden)), "b1": rng.normal(size=n_hidden),
              "w2": rng.normal(size=(n_hidden, 1)), "b2": rng.normal(size=1)}
    # two output units: a bias gradient summed over every axis no longer has the right value
    wide = {**params, "w2": rng.normal(size=(n_hidden, 2)), "b2": rng.normal(size=2)}
    return {"x": rng.normal(size=(m, n_in)), "y": rng.integers(0, 2, size=(m, 1)).astype(float),
            "a2": p[:, None], "y_clip": y[:, None], "params": params, "wide": wide,
            "y2": rng.integers(0, 2, size=(m, 2)).astype(float),
            # probabilities on both sides of 0.5, many of them close to it
            "x_many": rng.normal(size=(100, n_in)), "spread": {**params, "w2": 4 * params["w2"],
                                                            "b2": -2 * params["w2"].sum(axis=0)},
            "n_in": n_in, "n_hidden": n_hidden, "seed": int(rng.integers(100)), "xs": rng.normal(size=(10, n_in)),
            "ys": rng.integers(0, 2, size=10).astype(float), "lr": 0.5, "epochs": 3, "batch_size": 4}


TWO_LAYER = Scenario("two-layer network", _two_layer, (
    Step("init", "init_params", ("n_in", "n_hidden", "seed"), points=0.5, label="init_params (seeded standard normal)"),
    Step("forward", "forward", ("x", "params"), points=1.0, keep=(0,), label="forward"),
    Step("backward", "backward", ("y", "@forward[1]"), points=1.0, label="backward", tags=("mean",)),
    Step("forward2", "forward", ("x", "wide"), keep=(0,)),
    Step("backward2", "backward", ("y2", "@forward2[1]"), points=0.5, label="backward with two output units",
         tags=("mean",)),
    Step("loss", "loss", ("a2", "y_clip"), points=0.5, label="loss (probabilities clipped)", tags=("clipping",)),
    Step("predict", "predict", ("x_many", "spread"), points=0.5, label="predict", relies=("forward",)),
    Step("fit", "fit", ("xs", "ys"), {k: k for k in ("n_hidden", "lr", "epochs", "batch_size", "seed")}, points=1.0,
         relies=("init", "forward", "backward"),
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
        Step("weights", "@model.get_weights", after=after, points=0.5, expect="weights",
             label="get_weights after set_weights"),
        Step("logits", "@model.forward", ("x",), after=after, points=1.0, label="forward (logits)",
             explain="forward"),
        Step("grads", "@model.loss_and_grads", ("x", "labels"), after=after, points=2.0, rtol=1e-5,
             label="loss_and_grads", tags=("mean",), explain="backward"),
        # the step is judged against the model's own loss and gradients: a wrong layer costs
        # forward and loss_and_grads, not the update rule as well
        Step("step", "@model.sgd_step", ("x", "labels", "lr"), after=after, points=0.5, rtol=1e-6,
             judge="own_loss", of="grads", label="sgd_step returns the loss before the step"),
        Step("stepped", "@model.get_weights", after=("set", "step"), points=0.5, rtol=1e-6, atol=1e-9,
             judge="own_step", of="grads", label="weights after one sgd_step: weights - lr * your gradients"),
        # a second step, from the first one's weights: stale gradients (kept from the last call)
        # agree with fresh ones on the first step only. Fresh ones come from a twin model given the
        # weights after the first step, so the model itself is not asked for gradients in between
        Step("twin", f"lenet:{cls}", kwargs={k: k for k in config}),
        Step("twin_set", "@twin.set_weights", ("@stepped",)),
        Step("grads1", "@twin.loss_and_grads", ("x", "labels"), after=("twin_set",)),
        Step("step2", "@model.sgd_step", ("x", "labels", "lr"), after=("set", "step")),
        Step("stepped2", "@model.get_weights", after=("set", "step", "step2"), points=0.5, rtol=1e-6, atol=1e-9,
             judge="own_step", of="grads1", before="stepped",
             label="weights after a second sgd_step: fresh gradients at the new weights"),
        Step("probe", f"lenet:{cls}", kwargs={k: k for k in config}),
        Step("directional", "@probe.loss_and_grads", ("@probe", "weights", "x", "labels"), points=1.0,
             op="directional", judge="directional", of="grads", rtol=1e-4, atol=1e-8,
             label="your gradients agree with your own loss (centred difference)"),
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
                 {k: f"L{i}|{k}" for k in layer.kwargs}, keep=(0,), rtol=1e-5, atol=1e-7, probe=layer.label),
            Step(f"L{i}b", layer.backward, (f"L{i}dout", f"@L{i}[1]"), keep=(1, 2) if i == 0 else None,
                 rtol=1e-5, atol=1e-7, probe=layer.label),
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


def _digits(rng: np.random.Generator) -> dict[str, Any]:
    """A slice of the digits at 28x28 (on a 1/64 grid: exact in float32, and it compresses)."""
    from checker.data import load_digits_28  # scikit-learn, at `refs build` time only

    split = load_digits_28(seed=0)
    grid = lambda x: np.round(x * 64) / 64  # noqa: E731
    val = slice(TEST_N, TEST_N + 20)  # validation digits apart from the held-out ones, whose labels stay here
    return {"x": grid(split.x_train[:TRAIN_N]), "y": split.y_train[:TRAIN_N], "x_val": grid(split.x_test[val]),
            "y_val": split.y_test[val], "x_test": grid(split.x_test[:TEST_N]), "labels": split.y_test[:TEST_N],
            "seed": 0, "epochs": TRAIN_EPOCHS, "batch_size": 32, "lr": 0.05}


# the reference ConvNet reaches 83-94% here with any of 30 seeds, in 0.4 s (loops: minutes)
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
            "losses": "losses"}


HISTORY = Scenario("train's history", _history, (
    # the run relies on the ConvNet of lenet.py: a twin takes two steps first (a wrong model is
    # named as the cause, not train)
    Step("twin", "lenet:ConvNet", kwargs={"seed": "seed"}),
    Step("twin_set", "@twin.set_weights", ("weights",)),
    Step("twin_step", "@twin.sgd_step", ("x_val", "y_val", "lr"), after=("twin_set",)),
    Step("twin_step2", "@twin.sgd_step", ("x", "y", "lr"), after=("twin_step",)),
    Step("twin_weights", "@twin.get_weights", after=("twin_step2",), gate=True, rtol=1e-6, atol=1e-9,
         keep=(0, 1, 3, 4, 5), label="your ConvNet (lenet.py) after two sgd_steps from set weights"),
    Step("model", "lenet:ConvNet", kwargs={"seed": "seed"}),
    Step("set", "@model.set_weights", ("weights",)),
    Step("train", "train", ("@model", "x", "y", "x_val", "y_val"), {k: k for k in ("epochs", "batch_size", "lr", "seed")},
         after=("set", "twin_weights")),
    Step("losses", "@train.__getattribute__", ("losses",), points=1.0, rtol=1e-6, atol=1e-9,
         label="History.losses: each epoch's loss, the mean over its samples (22 digits, batches of 8, 2 epochs)"),
), variants=3)

BATCHES = Scenario("iterate_minibatches", _batches, (
    Step("rng", "default_rng", ("seed",)),
    Step("gen", "iterate_minibatches", ("x", "y", "batch_size", "@rng")),
    Step("batches", "list", ("@gen",), points=1.0, judge="batches",
         label="every sample once, (x, y) pairs kept, batch sizes"),
    Step("rng2", "default_rng", ("seed",)),
    Step("gen2", "iterate_minibatches", ("x", "y", "batch_size", "@rng2")),
    Step("order", "list", ("@gen2",), points=0.5, label="the order of rng.permutation"),
))

TRAINING_RUN = Scenario("training run", _digits, (
    Step("model", "lenet:ConvNet", kwargs={"seed": "seed"}),
    Step("train", "train", ("@model", "x", "y", "x_val", "y_val"),
         {k: k for k in ("epochs", "batch_size", "lr", "seed")}, points=1.0, judge="time", limit=TRAIN_LIMIT,
         label=f"train: your ConvNet, {TRAIN_N} digits, {TRAIN_EPOCHS} epochs, within {TRAIN_LIMIT:g} s"),
    # the accuracy of a fresh ConvNet in a new child given only the trained weights: what training
    # learnt, not whatever `train` attached to the model object or left in the process
    Step("trained", "@model.get_weights", after=("train",)),
    Step("fresh", "lenet:ConvNet", kwargs={"seed": "seed"}),
    Step("load", "@fresh.set_weights", ("@trained",)),
    Step("logits", "@fresh.forward", ("x_test",), after=("load",), points=2.0, judge="accuracy",
         threshold=TRAIN_ACCURACY, label=f"accuracy after training, on {TEST_N} held-out digits"),
), variants=1, relabel=("y", "y_val", "labels"), split="fresh")


def _near_threshold(rng: np.random.Generator) -> list[Any]:
    """x, w, b with logits on both sides of 0 and of 0.5: a threshold on the logit instead of the
    probability (or at 0.5 on the logit) gives other labels."""
    x, w = rng.normal(size=(12, 3)), rng.normal(size=3)
    z = x @ w
    return [x, w, float(0.25 - np.sort(z)[6])]  # the 7th smallest logit at 0.25


def _accuracy(rng: np.random.Generator) -> list[Any]:
    logits = rng.normal(size=(9, 4))
    return [logits, np.where(rng.uniform(size=9) < 0.6, logits.argmax(axis=1), rng.integers(0, 4, 9))]


EXERCISES = (
    Exercise("dense", (
        _layer("dense", _dense(4), "batch 4", (0, 1, 2)),
        _layer("dense", _dense(1), "batch of 1", (0, 1, 2)),
    )),
    Exercise("activations", tuple(
        _layer(act, _normal(3, 4), "") for act in ("relu", "sigmoid", "tanh")
    ) + (Case("relu at zero", "relu_forward", lambda rng: [np.round(rng.normal(size=(3, 4)))],
              backward="relu_backward", tags=("zeros",)),)),
    Exercise("softmax", (
        Case("softmax", "softmax", _logits(1.0, False)),
        Case("softmax large logits", "softmax", _logits(3.0, False, 1000.0), tags=("overflow",)),
        Case("cross_entropy", "cross_entropy", _logits(1.0), tags=("mean",)),
        Case("cross_entropy large logits", "cross_entropy", _logits(3.0, offset=1000.0), tags=("overflow", "mean")),
        Case("cross_entropy far-apart logits", "cross_entropy", _logits(1000.0), tags=("underflow", "mean"),
             points=0.5),
        Case("softmax_cross_entropy_backward", "softmax_cross_entropy_backward", _logits(1.0), tags=("mean",)),
        Case("softmax_cross_entropy_backward large logits", "softmax_cross_entropy_backward",
             _logits(3.0, offset=1000.0), tags=("overflow", "mean")),
    )),
    Exercise("convolution", (
        _pairs("correlate1d", "valid", 1, (9,), (3,)),
        _pairs("correlate1d", "full", 2, (9,), (4,)),
        _pairs("correlate1d", "same", 1, (9,), (4,)),  # an even kernel: which of the two centres
        _pairs("convolve1d", "same", 1, (8,), (4,)),
        _pairs("correlate2d", "valid", 1, (5, 7), (2, 3)),
        _pairs("correlate2d", "same", 2, (6, 5), (3, 2)),
        _pairs("correlate2d", "full", 1, (4, 4), (3, 3)),
    )),
    Exercise("conv2d", (
        _layer("conv2d", _conv(2, 5, 5, (3, 3), 2, 3), "valid, stride 1", (0, 1, 2)),
        _layer("conv2d", _conv(2, 6, 5, (3, 2), 2, 3), "same, stride 2, non-square", (0, 1, 2),
               strides=(2, 2), padding="same"),
        _layer("conv2d", _conv(1, 4, 7, (2, 4), 1, 2), "same, stride 1, batch of 1", (0,), padding="same"),
        Case("conv2d vectorised", "conv2d_forward", _conv(4, 20, 20, (5, 5), 3, 6), {"padding": "same"},
             keep=(0,), timed=True, points=2.0, rtol=1e-6),
    )),
    Exercise("pooling", (
        _layer("max_pool", _normal(2, 4, 6, 3), "2x2 stride 2", (0,)),
        _layer("max_pool", _normal(2, 5, 7, 2), "3x3 stride 2 overlapping", (0,), pool_size=3, strides=2),
        _layer("max_pool", _normal(1, 5, 5, 2), "same padding", (0,), padding="same"),
        Case("max_pool ties", "max_pool_forward", _ties, backward="max_pool_backward", tags=("ties",)),
        _layer("avg_pool", _normal(2, 4, 6, 3), "2x2 stride 2", (0,)),
        _layer("avg_pool", _normal(2, 5, 7, 2), "3x3 stride 2 overlapping", (0,), pool_size=3, strides=2),
        # TensorFlow divides each window by its real (unpadded) cells
        _layer("avg_pool", _normal(2, 5, 7, 2), "same padding", (0,), padding="same"),
    )),
    Exercise("linear_regression", (
        Case("predict", "predict", lambda rng: [rng.normal(size=6), float(rng.normal()), float(rng.normal())]),
        Case("sgd_step", "sgd_step", lambda rng: [*map(float, rng.normal(size=4)), 0.1]),
        Case("fit", "fit", lambda rng: [rng.normal(size=20), rng.normal(size=20)], {"lr": 0.05, "epochs": 2},
             repeat=True, relies=("sgd_step",)),
    )),
    Exercise("logistic_regression", (
        Case("sigmoid", "sigmoid", lambda rng: [rng.normal(size=7) * 3]),
        Case("sigmoid large inputs", "sigmoid", lambda rng: [rng.normal(size=7) * 1000]),
        Case("binary_cross_entropy", "binary_cross_entropy",
             lambda rng: [rng.uniform(0, 1, 8), rng.integers(0, 2, 8).astype(float)], tags=("mean",)),
        Case("binary_cross_entropy at 0 and 1", "binary_cross_entropy", lambda rng: list(_clipped(rng, 6)),
             tags=("mean", "clipping"), points=0.5),
        Case("gradients", "gradients", lambda rng: [rng.normal(size=(6, 3)), rng.integers(0, 2, 6).astype(float),
                                                    rng.normal(size=3), float(rng.normal())], tags=("mean",)),
        Case("gradients l1 l2", "gradients", lambda rng: [rng.normal(size=(6, 3)), rng.integers(0, 2, 6).astype(float),
                                                          rng.normal(size=3), float(rng.normal()), 0.1, 0.2],
             tags=("mean",)),
        Case("predict", "predict", _near_threshold, points=0.5, relies=("sigmoid",)),
        Case("fit", "fit", lambda rng: [rng.normal(size=(9, 3)), rng.integers(0, 2, 9).astype(float)],
             {"lr": 0.1, "epochs": 3, "l1": 0.01, "l2": 0.02, "seed": 5}, repeat=True,
             relies=("sigmoid", "gradients l1 l2", "binary_cross_entropy")),
    )),

    Exercise("two_layer", (TWO_LAYER,)),
    Exercise("lenet", (
        _model_scenario("LeNet5 (sigmoid, avg pooling)", "LeNet5", LENET5_SHAPES, lenet5_chain()),
        _model_scenario("LeNet5 (relu, max pooling)", "LeNet5", LENET5_SHAPES, lenet5_chain("relu", "max"),
                        activation="relu", pooling="max"),
        _model_scenario("ConvNet", "ConvNet", CONVNET_SHAPES, CONVNET_CHAIN),
    )),
    Exercise("training", (
        BATCHES,
        Case("accuracy", "accuracy", _accuracy),
        HISTORY,
        TRAINING_RUN,
    )),
) + tuple(Exercise(f"derivations/{name}", (), kind="derivation")  # graded in derivation.py
          for name in ("mse_gradient", "logistic_gradient", "softmax_cross_entropy"))

BY_NAME = {e.name: e for e in EXERCISES}

# what the functions return, by name, so messages name the output ("dense_backward's db"); a
# function not listed returns one unnamed value (a layer's forward: its output; the cache is not compared)
RETURNS = {
    **{f"{layer}_backward": ("dx", "dw", "db") for layer in ("dense", "conv2d")},
    **{f"{act}_backward": ("dx",) for act in ("relu", "sigmoid", "tanh", "max_pool", "avg_pool")},
    "gradients": ("dw", "db"), "sgd_step": ("w", "b"), "fit": ("w", "b", "losses"),
}


def output_name(fn: str, j: int) -> str:
    """The name of return value `j` of `fn` ("" when it has none)."""
    names = RETURNS.get(fn, ())
    return names[j] if j < len(names) else ""


def variant_seed(exercise: str, case: str, variant: int) -> int:
    """A stable seed per case variant (independent of Python's hash randomisation)."""
    return zlib.crc32(f"{exercise}/{case}".encode()) * 64 + variant
