"""The lecture's architectures run in plain NumPy by the grader: a model's logits from its weights.

A model is a chain of `specs.Layer` (the reference's order: activations as layers of their own)
and its weights in `get_weights()` order. Only the layers LeNet-5 and the ConvNet use are here:
stride-1 convolutions with Keras' padding, 2x2 pooling, dense, Flatten (NHWC), ReLU / sigmoid /
tanh. Two users: the training run's accuracy (training.py: the grader scores the trained weights
with its own forward pass, so nothing the student's process does at evaluation time counts, and
these layers reveal nothing the lecture notes do not) and naming how a model's assembly differs
(assembly.py: the chain re-run with one change at a time, `kinds`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

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


def kind(layer: Layer) -> str:
    """``conv2d``, ``dense``, ``flatten``, ``max`` / ``avg`` (pooling), ``relu`` / ``sigmoid`` / ``tanh``."""
    name = layer.fn.partition(":")[2].removesuffix("_forward")
    return "flatten" if not layer.fn else name.removesuffix("_pool")


def run(chain: tuple[Layer, ...], kinds: list[str], weights: Sequence[Array], x: Array) -> Array:
    """The chain's logits with each layer doing what `kinds` says ("" leaves a layer out; kinds
    beyond the chain are layers added after the last one)."""
    for layer, what in zip(chain, kinds):
        params = [np.asarray(weights[p], dtype=np.float64) for p in layer.params]
        if what == "conv2d":
            x = _conv(x, *params, layer.kwargs.get("padding", "valid"))
        elif what == "dense":
            x = x @ params[0] + params[1]
        elif what in ("max", "avg"):
            x = _pool(x, what)
        elif what in ACTIVATIONS:
            x = ACTIVATIONS[what](x)
        elif what == "flatten":
            x = x.reshape(len(x), -1)
        elif what == "flatten channels first":
            x = x.transpose(0, 3, 1, 2).reshape(len(x), -1)
    for extra in kinds[len(chain):]:
        x = ACTIVATIONS[extra](x) if extra in ACTIVATIONS else np.exp(x - x.max(-1, keepdims=True)) / np.exp(
            x - x.max(-1, keepdims=True)).sum(-1, keepdims=True)
    return x


def logits(chain: tuple[Layer, ...], weights: Sequence[Array], x: Array, kinds: list[str] | None = None,
           chunk: int = 128) -> Array:
    """The model's logits for images `x` (NHWC), `chunk` images at a time (bounded memory); `kinds`
    as `run` takes them (default: the chain's own)."""
    kinds = kinds if kinds is not None else [kind(layer) for layer in chain]
    with np.errstate(all="ignore"):
        return np.concatenate([run(chain, kinds, weights, np.asarray(x[i:i + chunk], dtype=np.float64))
                               for i in range(0, len(x), chunk)])
