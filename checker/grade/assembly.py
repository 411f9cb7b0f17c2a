"""Naming how a model's assembly differs: the reference chain re-run with one change at a time.

When a model's logits differ although its layer functions may be right, the usual causes are in
how the layers are put together: the flatten order (channels first instead of Keras' NHWC), an
activation left out or added, the other activation or pooling kind. `name` runs the model's chain
(`specs.Layer`, the reference's order) in plain NumPy on the first images, first unchanged (it must
give the stored reference logits, or nothing is said), then with each change; a change whose
logits ARE the student's names the difference. These NumPy layers serve this comparison only
(points never come from them), and only the layers LeNet-5 and the ConvNet use: stride-1
convolutions, 2x2 pooling, dense, ReLU / sigmoid / tanh.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from checker.grade.evidence import close
from checker.grade.specs import Layer

Array = np.ndarray
ACTIVATIONS: dict[str, Callable[[Array], Array]] = {
    "relu": lambda x: np.maximum(x, 0), "sigmoid": lambda x: 1 / (1 + np.exp(-x)), "tanh": np.tanh,
}


def _conv(x: Array, w: Array, b: Array, padding: str) -> Array:
    kh, kw = w.shape[:2]
    if padding == "same":  # TensorFlow's: the odd row/column after
        x = np.pad(x, ((0, 0), ((kh - 1) // 2, kh // 2), ((kw - 1) // 2, kw // 2), (0, 0)))
    windows = sliding_window_view(x, (kh, kw), axis=(1, 2))  # (N, ho, wo, c_in, kh, kw)
    return np.einsum("nijcpq,pqco->nijo", windows, w) + b


def _pool(x: Array, kind: str) -> Array:
    n, h, w, c = x.shape
    windows = x[:, : h // 2 * 2, : w // 2 * 2].reshape(n, h // 2, 2, w // 2, 2, c)
    return windows.max(axis=(2, 4)) if kind == "max" else windows.mean(axis=(2, 4))


def _kind(layer: Layer) -> str:
    """``conv2d``, ``dense``, ``flatten``, ``max`` / ``avg`` (pooling), ``relu`` / ``sigmoid`` / ``tanh``."""
    name = layer.fn.partition(":")[2].removesuffix("_forward")
    return "flatten" if not layer.fn else name.removesuffix("_pool")


@dataclass(frozen=True)
class Change:
    """One way the assembly can differ: `apply(kinds)` gives the changed list of layer kinds."""

    message: str
    apply: Callable[[list[str]], list[str]]


def _run(chain: tuple[Layer, ...], kinds: list[str], weights: list[Array], x: Array) -> Array:
    """The chain's logits with each layer doing what `kinds` says ("" leaves a layer out)."""
    for layer, kind in zip(chain, kinds):
        params = [np.asarray(weights[p], dtype=np.float64) for p in layer.params]
        if kind == "conv2d":
            x = _conv(x, *params, layer.kwargs.get("padding", "valid"))
        elif kind == "dense":
            x = x @ params[0] + params[1]
        elif kind in ("max", "avg"):
            x = _pool(x, kind)
        elif kind in ACTIVATIONS:
            x = ACTIVATIONS[kind](x)
        elif kind == "flatten":
            x = x.reshape(len(x), -1)
        elif kind == "flatten channels first":
            x = x.transpose(0, 3, 1, 2).reshape(len(x), -1)
    for extra in kinds[len(chain):]:  # layers added after the last one
        x = ACTIVATIONS[extra](x) if extra in ACTIVATIONS else np.exp(x - x.max(-1, keepdims=True)) / np.exp(
            x - x.max(-1, keepdims=True)).sum(-1, keepdims=True)
    return x


def _replace(old: str, new: str) -> Callable[[list[str]], list[str]]:
    return lambda kinds: [new if k == old else k for k in kinds]


def _instead(i: int, new: str) -> Callable[[list[str]], list[str]]:
    return lambda kinds: [(new if j == i else k) for j, k in enumerate(kinds)]


def _without(i: int) -> Callable[[list[str]], list[str]]:
    return lambda kinds: [("" if j == i else k) for j, k in enumerate(kinds)]


def changes(chain: tuple[Layer, ...]) -> list[Change]:
    """The differences tried for this chain, each named as the student would see it."""
    kinds = [_kind(layer) for layer in chain]
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
    kinds = [_kind(layer) for layer in chain]
    x = np.asarray(x, dtype=np.float64)
    with np.errstate(all="ignore"):
        if not close(_run(chain, kinds, weights, x), reference, rtol, atol):
            return ""
        fitting = []
        for change in changes(chain):
            try:
                logits = _run(chain, change.apply(list(kinds)), weights, x)
            except ValueError:  # the change breaks a shape (a missing layer before a Dense)
                continue
            if logits.shape == received.shape and close(received, logits, rtol, atol):
                fitting.append(change.message)
    return fitting[0] if len(set(fitting)) == 1 else ""
