"""Naming how a model's assembly differs: the reference chain re-run with one change at a time.

When a model's logits differ although its layer functions may be right, the usual causes are in
how the layers are put together: the flatten order (channels first instead of Keras' NHWC), an
activation left out or added, the other activation or pooling kind. `name` runs the model's chain
(`specs.Layer`, the reference's order) in plain NumPy on the first images, first unchanged (it must
give the stored reference logits, or nothing is said), then with each change; a change whose
logits ARE the student's names the difference. The NumPy layers are forward.py's (only the layers
LeNet-5 and the ConvNet use); here they carry no points.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from checker.grade.evidence import close
from checker.grade.forward import ACTIVATIONS, Array, kind, run
from checker.grade.specs import Layer


@dataclass(frozen=True)
class Change:
    """One way the assembly can differ: `apply(kinds)` gives the changed list of layer kinds."""

    message: str
    apply: Callable[[list[str]], list[str]]


def _replace(old: str, new: str) -> Callable[[list[str]], list[str]]:
    return lambda kinds: [new if k == old else k for k in kinds]


def _instead(i: int, new: str) -> Callable[[list[str]], list[str]]:
    return lambda kinds: [(new if j == i else k) for j, k in enumerate(kinds)]


def _without(i: int) -> Callable[[list[str]], list[str]]:
    return lambda kinds: [("" if j == i else k) for j, k in enumerate(kinds)]


def changes(chain: tuple[Layer, ...]) -> list[Change]:
    """The differences tried for this chain, each named as the student would see it."""
    kinds = [kind(layer) for layer in chain]
    found = [Change("the flatten order: yours flattens channels first (NCHW); Keras' Flatten keeps NHWC "
                    "(x.reshape(len(x), -1))", _replace("flatten", "flatten channels first"))]
    found += [Change(f"an activation is missing: {layer.label} (add it back)", _without(i))
              for i, layer in enumerate(chain) if kinds[i] in ACTIVATIONS]
    found += [Change(f"an extra {name} after the last Dense layer: forward returns the logits, without an "
                     "activation", lambda k, name=name: [*k, name]) for name in (*ACTIVATIONS, "softmax")]
    for old in sorted({k for k in kinds if k in ACTIVATIONS}):
        found += [Change(f"{new} where the model has {old}: check the activation option", _replace(old, new))
                  for new in ACTIVATIONS if new != old]
    found += [Change(f"{new} as {layer.label} (the model has {kinds[i]} there)", _instead(i, new))
              for i, layer in enumerate(chain) if kinds[i] in ACTIVATIONS and kinds.count(kinds[i]) > 1
              for new in ACTIVATIONS if new != kinds[i]]
    for old, new in (("max", "avg"), ("avg", "max")):
        if old in kinds:  # with the activation before or after it (they commute only for ReLU and max)
            found += [Change(f"{new} pooling where the model has {old} pooling: check the pooling option",
                             lambda k, old=old, new=new, first=first: _replace(old, new)(_activation_first(k) if first else k))
                      for first in (True, False)]
    return found


def _activation_first(kinds: list[str]) -> list[str]:
    """Each pooling that comes before its block's activation put after it (the reference runs max
    pooling first where the two commute; with another pooling they do not)."""
    kinds = list(kinds)
    for i in range(len(kinds) - 1):
        if kinds[i] in ("max", "avg") and kinds[i + 1] in ACTIVATIONS:
            kinds[i], kinds[i + 1] = kinds[i + 1], kinds[i]
    return kinds


def name(chain: tuple[Layer, ...], weights: list[Array], x: Array, reference: Array, received: Array,
         rtol: float = 1e-5, atol: float = 1e-6) -> str:
    """The one change whose logits are the student's (`received`, for the images `x`), or "".

    Nothing is said when the unchanged chain does not give `reference` (the stored logits), or
    when no change, or more than one, gives `received`."""
    if not chain or received.shape != reference.shape:
        return ""
    kinds = [kind(layer) for layer in chain]
    x = np.asarray(x, dtype=np.float64)
    with np.errstate(all="ignore"):
        if not close(run(chain, kinds, weights, x), reference, rtol, atol):
            return ""
        fitting = []
        for change in changes(chain):
            try:
                logits = run(chain, change.apply(list(kinds)), weights, x)
            except ValueError:  # the change breaks a shape (a missing layer before a Dense)
                continue
            if logits.shape == received.shape and close(received, logits, rtol, atol):
                fitting.append(change.message)
    return fitting[0] if len(set(fitting)) == 1 else ""
