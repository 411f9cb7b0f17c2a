"""The vocabulary of checks: cases, scenarios of steps, their judges, layers, exercises.

A `Case` names a function (and, for layers, its backward), how to make its inputs from a
seeded generator, its tolerance and its points. A `Scenario` is a series of calls that share
state (a model, a training run), each `Step` judged by one of the typed judges below, or none (a
set-up step). `grader refs build` runs each case's variants through the reference solutions and
stores inputs and outputs; grading reads those arrays back and never needs the solutions.
Variant 0 is the fixed reference input; the run's seed picks one of the others. What each
exercise is checked on is in catalogue.py (function cases) and models.py (scenarios); an
instructor's hidden checks use this vocabulary too.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from collections.abc import Callable
from typing import Any

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
    timed: bool = False  # vectorisation points (timing.py)
    repeat: bool = False  # called twice: another result the second time is named (an unseeded shuffle)
    relies: tuple[str, ...] = ()  # cases of functions this one usually calls (a failure names them)
    tags: tuple[str, ...] = ()  # what the inputs test, for diagnoses: mean, ties, overflow, underflow, clipping


@dataclass(frozen=True)
class Match:
    """The step's result against the reference's: the parts `keep` of a nested return value
    (all when None), or the make value `expect` (nothing stored: the weights just set)."""

    keep: tuple[int, ...] | None = None
    expect: str = ""
    rtol: float = 1e-6
    atol: float = 1e-9
    tags: tuple[str, ...] = ()  # for diagnoses, as a Case's


@dataclass(frozen=True)
class Order(Match):
    """A `Match` of a generator's batches (collected with ``list``) that, when the same samples
    come in another order, says the order is not the given generator's."""


@dataclass(frozen=True)
class Batches:
    """What a generator yielded (the step collects it with ``list``): every sample of the make's
    ``x`` once with its ``y``, in batches of ``batch_size`` and one smaller last batch."""


@dataclass(frozen=True)
class Accuracy:
    """The model a step's returned weights describe (`chain`, in get_weights() order), run by the
    grader itself (forward.py) on the make's ``x_test``, scored against its ``labels``: neither
    reaches the child, and nothing the child does at evaluation time counts. Step `twin` holds the
    logits of the student's own model at the make's ``twin_weights`` on its ``x_val``: the chain,
    or the one assembly difference (assembly.py) that gives those logits, is what is run."""

    threshold: float
    chain: tuple[Layer, ...] = ()
    shapes: tuple[tuple[int, ...], ...] = ()  # the weights' shapes
    twin: str = ""


@dataclass(frozen=True)
class Time:
    """Finished within `limit` CPU seconds of the worker, measured by the grader (clock.py), from the hand-over of its
    inputs to the end of step `until` (default: this one), whose result carries the work and is
    read at that moment (a training's trained weights)."""

    limit: float
    until: str = ""


@dataclass(frozen=True)
class Directional:
    """The model's gradients at a base point, along a direction (both from secret entropy), against
    a centred difference of its own loss at the base point moved by ±eps, each loss the
    cross-entropy of its own logits there (each point in a child of its own: the step's calls are
    made apart, own.py). `of` names the call the gradients come from (loss_and_grads)."""

    of: str
    rtol: float = 1e-4
    atol: float = 1e-8


@dataclass(frozen=True)
class OwnLoss:
    """An update's returned loss against the loss step `of` returned (the model's own)."""

    of: str
    rtol: float = 1e-6
    atol: float = 1e-9


@dataclass(frozen=True)
class OwnStep:
    """The weights after an update against weights - lr * the gradients step `of` returned, from the
    weights step `before` reported (the model's own: a wrong layer is not charged again)."""

    of: str
    before: str = "weights"
    rtol: float = 1e-6
    atol: float = 1e-9


Judge = Match | Order | Batches | Accuracy | Time | Directional | OwnLoss | OwnStep


@dataclass(frozen=True)
class Step:
    """One call of a `Scenario`, and (with a judge) one check.

    target and args are in the call language (language.py): a function of the module
    (``"forward"``), ``"lenet:ConvNet"`` from another exercise module, a builtin (``"list"``,
    ``"default_rng"``) or ``"@id.name"``, a method of an earlier step's result; arguments name
    values of the scenario's `make` (``"x"``, ``"weights[4]"``) or earlier results (``"@id"``,
    ``"@id[1]"``).
    """

    id: str
    target: str
    args: tuple[str, ...] = ()
    kwargs: dict[str, str] = field(default_factory=dict)
    check: Judge | None = None  # None: a set-up step
    points: float = 0.0
    label: str = ""
    after: tuple[str, ...] = ()  # earlier steps whose side effects this one needs (transitively)
    gate: bool = False  # judged, worth nothing, not listed: what later steps rely on
    relies: tuple[str, ...] = ()  # checked steps whose functions this one calls inside (a failure names them)
    probe: str = ""  # a layer probe (see `Layer`): no points, names the layer when a model check fails
    explain: str = ""  # "forward" / "backward": a failure is traced to a layer with the probes

    @property
    def judged(self) -> bool:
        """A check with points, or a gate."""
        return self.check is not None and bool(self.points or self.gate)


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
    # its arrays made anew by `make` from secret entropy when grading (not the run's seed): a task
    # no submission can have in advance (the stored ones only show their names and shapes)
    secret: bool = False

    @property
    def points(self) -> float:
        return sum(step.points for step in self.steps)


@dataclass(frozen=True)
class Exercise:
    name: str
    cases: tuple[Case | Scenario, ...]
    kind: str = "code"  # "derivation": derivations/<name>.md, graded by the derivation checker


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
