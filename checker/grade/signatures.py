"""Diagnoses computed from the call's inputs: what a function's usual mistakes give for them.

Each row recomputes, with a line of NumPy, what a known wrong version of one exercise function
returns for the very inputs the grader gave (an activation's derivative from x and dout, a
softmax over the wrong axis, a loss clipped at another constant), and fits only when the
received output is exactly that and the right output is not. The table is diagnosis.py's.
"""

from __future__ import annotations

import numpy as np

from checker.grade.evidence import Evidence

EPSILONS = (1e-16, 1e-15, 1e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5)  # clipping constants students pick


def bce_terms(e: Evidence) -> str | None:
    """A binary cross entropy with one of its terms written wrong (on probabilities that need no clipping)."""
    names = [n for n in e.inputs if n != "eps"]
    if e.fn not in ("binary_cross_entropy", "loss") or len(names) < 2 or e.received.size != 1:
        return None
    p, y = (np.clip(np.asarray(e.inputs[n], dtype=np.float64), 1e-12, 1 - 1e-12) for n in names[:2])
    if p.shape != y.reshape(p.shape).shape:
        return None
    y = y.reshape(p.shape)
    return one(e, {"(1 - y) log(a) where (1 - y) log(1 - a) is due": -np.mean(y * np.log(p) + (1 - y) * np.log(p)),
                   "y log(1 - a) where y log(a) is due": -np.mean(y * np.log(1 - p) + (1 - y) * np.log(1 - p)),
                   "the labels' roles swapped: y log(1 - a) + (1 - y) log(a)":
                       -np.mean(y * np.log(1 - p) + (1 - y) * np.log(p)),
                   "log10 where the natural log is due": -np.mean(y * np.log10(p) + (1 - y) * np.log10(1 - p))})


def one(e: Evidence, candidates: dict[str, object] | list[tuple[str, object]]) -> str | None:
    """The message of the one candidate the received output is, among those the expected output
    is not; None when none is, or when several with different messages are (then nothing is
    certain). Candidates: message -> value, or (message, value) pairs (one message, several values)."""
    pairs = candidates.items() if isinstance(candidates, dict) else candidates
    found = {message for message, value in pairs if e.fits(value) and e.differs(value)}
    return found.pop() if len(found) == 1 else None


def sigmoid_overflow(e: Evidence) -> str | None:
    """NaN from exp(z) / (1 + exp(z)) (or its mirror) where |z| is large: inf / inf."""
    z = e.array("z") if e.fn == "sigmoid" else e.array("x")
    if e.received.shape != e.expected.shape or np.all(np.isfinite(e.received)) or e.fn not in ("sigmoid", "sigmoid_forward") or z is None or z.shape != e.received.shape:
        return None
    bad = ~np.isfinite(e.received)
    if np.all(np.abs(z[bad]) > 700):
        return ("exp overflowed where |z| is large (inf / inf = NaN): a sigmoid needs its own stable form, "
                "1 / (1 + exp(-z)) where z >= 0 and exp(z) / (1 + exp(z)) where z < 0")
    return None


def _activation(e: Evidence) -> tuple[np.ndarray, np.ndarray] | None:
    """The forward input x and the upstream gradient of an activation's backward, when known."""
    x, dout = e.array("x"), e.array("dout")
    if x is None or dout is None or x.shape != e.expected.shape or dout.shape != x.shape:
        return None
    return x, dout


def relu_mask(e: Evidence) -> str | None:
    known = _activation(e) if e.fn == "relu_backward" else None
    if known is None:
        return None
    x, dout = known
    return one(e, {"ReLU's gradient at exactly 0 taken as 1: the mask is x > 0 (the gradient at 0 is 0, as in "
                    "TensorFlow)": dout * (x >= 0),
                    "ReLU mask taken from the upstream gradient instead of the forward input": dout * (dout > 0),
                    "the mask alone: multiply dout by it (dout * (x > 0))": (x > 0).astype(np.float64),
                    "the mask from the layer's output, dout * out: dout * (x > 0) is due": dout * np.maximum(x, 0)})


def sigmoid_derivative(e: Evidence) -> str | None:
    known = _activation(e) if e.fn == "sigmoid_backward" else None
    if known is None:
        return None
    x, dout = known
    s = 1 / (1 + np.exp(-np.clip(x, -500, 500)))
    t = 1 / (1 + np.exp(-s))
    return one(e, {"s (1 + s) where s (1 - s) is due": dout * s * (1 + s),
                    "sigmoid applied to the cached output again: the cache already holds s = sigmoid(x); "
                    "use s (1 - s)": dout * t * (1 - t),
                    "the derivative s (1 - s) without its factor (1 - s)": dout * s,
                    "the derivative s (1 - s) without its factor s": dout * (1 - s),
                    "the local derivative alone: multiply by dout (the chain rule)": s * (1 - s),
                    "the derivative taken of the input x, x (1 - x); the cache's output s gives s (1 - s)":
                        dout * x * (1 - x)})


def tanh_derivative(e: Evidence) -> str | None:
    known = _activation(e) if e.fn == "tanh_backward" else None
    if known is None:
        return None
    x, dout = known
    t = np.tanh(x)
    return one(e, {"1 - t where 1 - t^2 is due": dout * (1 - t),
                    "the sigmoid's derivative t (1 - t) where tanh's, 1 - t^2, is due": dout * t * (1 - t),
                    "tanh applied to the cached output again: the cache already holds t = tanh(x); use 1 - t^2":
                        dout * (1 - np.tanh(t) ** 2),
                    "the local derivative alone: multiply by dout (the chain rule)": 1 - t * t,
                    "the derivative taken of the input x, 1 - x^2; the cache's output t gives 1 - t^2":
                        dout * (1 - x * x)})


def softmax_axis(e: Evidence) -> str | None:
    z = e.array("z") if e.fn == "softmax" else None
    if z is None or z.ndim != 2 or z.shape != e.received.shape:
        return None
    columns = "normalised over axis 0 (each column sums to 1): sum over each row, np.sum(..., axis=-1, keepdims=True)"
    whole = "normalised over the whole array (it sums to 1): sum over each row, np.sum(..., axis=-1, keepdims=True)"
    candidates = []
    for shift in (z.max(axis=0), z.max(axis=1, keepdims=True), z.max()):  # each column's max, each row's, all
        with np.errstate(all="ignore"):
            exps = np.exp(z - shift)
            candidates += [(columns, exps / exps.sum(axis=0)), (whole, exps / exps.sum())]
    return one(e, candidates)


def _softmax(z: np.ndarray, axis: int = -1) -> np.ndarray:
    exps = np.exp(z - z.max(axis=axis, keepdims=True))
    return exps / exps.sum(axis=axis, keepdims=True)


def softmax_loss(e: Evidence) -> str | None:
    """Cross entropy or its gradient with the softmax taken over the samples, or with an extra factor."""
    logits, y = e.array("logits"), e.array("y_onehot")
    if logits is None or y is None or logits.ndim != 2 or logits.shape != y.shape:
        return None
    m, p = len(logits), _softmax(logits)
    if e.fn == "cross_entropy" and e.received.size == 1:
        message = "the softmax (log-sum-exp) over axis 0, the samples: take it over each row's classes (axis=-1)"
        shifted = logits - logits.max(axis=-1, keepdims=True)  # each row's max taken, the sum over the columns
        return one(e, [(message, -np.sum(y * np.log(_softmax(logits, axis=0))) / m),
                       (message, -np.sum(y * (shifted - np.log(np.exp(shifted).sum(axis=0, keepdims=True)))) / m)])
    if e.fn == "softmax_cross_entropy_backward" and e.received.shape == p.shape:
        return one(e, {"an extra factor p (1 - p): softmax - y already includes the softmax's derivative":
                       p * (1 - p) * (p - y) / m,
                       "the softmax over axis 0, the samples: take it over each row (axis=-1)":
                       (_softmax(logits, axis=0) - y) / m})
    return None


def capped_log(e: Evidence) -> str | None:
    """cross_entropy as -sum(y log(p + eps)) (or p clipped at eps): each sample's loss capped at -log(eps)."""
    logits, y = e.array("logits"), e.array("y_onehot")
    if e.fn != "cross_entropy" or logits is None or y is None or logits.shape != y.shape or e.received.size != 1:
        return None
    z = np.atleast_2d(logits)
    p = np.exp(z - z.max(axis=-1, keepdims=True))
    p /= p.sum(axis=-1, keepdims=True)
    rows = len(z)
    return one(e, {f"log(p + {eps:g}) caps each sample's loss at -log({eps:g}) = {-np.log(eps):.3g}: compute log "
                    "softmax with log-sum-exp (z - max - log(sum(exp(z - max))))":
                    -np.sum(np.atleast_2d(y) * np.log(p + eps)) / rows for eps in EPSILONS + (1e-12,)})


def clipping_constant(e: Evidence) -> str | None:
    """A binary cross entropy clipped at another constant than its `eps` argument (default 1e-12)."""
    names = [n for n in e.inputs if n != "eps"]
    if "clipping" not in e.tags or len(names) < 2 or e.received.size != 1:
        return None
    p, y = (np.asarray(e.inputs[n], dtype=np.float64) for n in names[:2])

    def loss(eps: float) -> float:
        a = np.clip(p, eps, 1 - eps)
        return float(-np.mean(y * np.log(a) + (1 - y) * np.log(1 - a)))

    return one(e, {f"the probabilities clipped at {eps:g}: use the eps argument (default 1e-12)": loss(eps)
                    for eps in EPSILONS})
