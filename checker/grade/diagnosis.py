"""Diagnoses: the likely mistake behind a failed comparison, as a table of signatures.

Each row is a small pure function of the `Evidence` that returns its message when the received
output has that mistake's signature, and None otherwise; `diagnose` asks the rows in order (the
specific before the general) and gives the first message. A row fits only when the received
output IS what the mistake gives (within the tolerances), computed from the expected output or
from the call's inputs, never because it is merely near: a wrong diagnosis sends a student down
the wrong path, so when nothing fits nothing is said. Wrong implementations that need the
reference code to compute (a flipped kernel, a pooling loop that overwrites) were run by the
build and arrive as `Evidence.mistakes` (checker/reference/mistakes.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from checker.grade.evidence import Evidence, close

EPSILONS = (1e-16, 1e-15, 1e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5)  # clipping constants students pick


@dataclass(frozen=True)
class Row:
    """One diagnosis: `check(evidence)` gives its message, or None when it does not fit."""

    name: str
    check: Callable[[Evidence], str | None]


def _sized(e: Evidence) -> bool:
    """Whether the expected output has something a mistake can change (not all zeros)."""
    return bool(np.any(np.abs(e.expected) > e.atol))


def _one(e: Evidence, candidates: dict[str, object]) -> str | None:
    """The message of the one candidate the received output is, among those the expected output
    is not; None when none is, or when several different ones are (then nothing is certain)."""
    found = {message for message, value in candidates.items() if e.fits(value) and e.differs(value)}
    return found.pop() if len(found) == 1 else None


# shapes -----------------------------------------------------------------------------------------

def empty(e: Evidence) -> str | None:
    if e.received.size or not e.expected.size:
        return None
    if e.fn.endswith("_backward") and e.received.ndim == e.expected.ndim:
        return (f"an empty array (shape {e.received.shape}): a crop like dx[:, pad:-pad] selects nothing when "
                "pad = 0; crop with dx[:, pad:pad + H]")
    return f"an empty array (shape {e.received.shape})"


def uncropped(e: Evidence) -> str | None:
    r, x = e.received, e.expected
    if r.ndim != 4 or x.ndim != 4 or r.shape[::3] != x.shape[::3] or r.shape[1] < x.shape[1] \
            or r.shape[2] < x.shape[2] or r.shape == x.shape:
        return None
    for top in range(r.shape[1] - x.shape[1] + 1):
        for left in range(r.shape[2] - x.shape[2] + 1):
            if close(r[:, top : top + x.shape[1], left : left + x.shape[2]], x, e.rtol, e.atol):
                return (f"the padding not cropped: the gradient of the padded input (shape {r.shape}); return "
                        f"its interior [:, {top}:{top + x.shape[1]}, {left}:{left + x.shape[2]}]")
    return None


def kernel_axes(e: Evidence) -> str | None:
    """dw with its kh and kw axes exchanged (a (kw, kh, c_in, c_out) array, or a square kernel
    transposed)."""
    r, x = e.received, e.expected
    if r.ndim != 4 or x.ndim != 4 or r.shape != (x.shape[1], x.shape[0], *x.shape[2:]):
        return None
    if close(r.transpose(1, 0, 2, 3), x, e.rtol, e.atol) and e.differs(x.transpose(1, 0, 2, 3)):
        return "the kernel's kh and kw axes swapped: dw has the kernel's shape (kh, kw, c_in, c_out)"
    return None


def transposed(e: Evidence) -> str | None:
    r, x = e.received, e.expected
    if r.ndim == 2 and r.shape == x.shape[::-1] and close(r.T, x, e.rtol, e.atol) and e.differs(x.T):
        return "transposed (a transposed weight gradient?)"
    return None


def summed_everything(e: Evidence) -> str | None:
    r, x = e.received, e.expected
    if r.size == 1 and r.ndim < x.ndim and x.ndim == 1 and close(r.reshape(()), np.sum(x), e.rtol, e.atol):
        return (f"a scalar where shape {x.shape} is due: summed over every axis; sum over the batch rows only "
                "(axis=0), one entry per unit")
    return None


def batch_not_summed(e: Evidence) -> str | None:
    r, x = e.received, e.expected
    if r.ndim == x.ndim + 1 and r.shape[1:] == x.shape and close(r.sum(axis=0), x, e.rtol, e.atol):
        return "not summed over the batch (a bias gradient sums over the rows)"
    return None


def pool_stride(e: Evidence) -> str | None:
    """A pooling run with stride 1 where `strides` was left at None (which means the pool size)."""
    x = e.array("x")
    if not e.fn.endswith("_pool_forward") or x is None or e.kwargs.get("strides") is not None or e.received.ndim != 4:
        return None
    pool = e.kwargs.get("pool_size", 2)
    ph, pw = (pool, pool) if isinstance(pool, int) else pool
    if e.received.shape[1:3] == (x.shape[1] - ph + 1, x.shape[2] - pw + 1):
        return "windows one pixel apart: strides=None means the pool size (Keras), not 1"
    return None


def reshaped(e: Evidence) -> str | None:
    r, x = e.received, e.expected
    if r.shape != x.shape and r.size == x.size and r.size > 1 and close(r.reshape(x.shape), x, e.rtol, e.atol):
        return f"right values, wrong shape: return shape {x.shape} (reshape)"
    return None


# values that are not finite, by cause ----------------------------------------------------------

def _broken(e: Evidence) -> bool:
    return e.received.shape == e.expected.shape and not np.all(np.isfinite(e.received))


def log_of_zero(e: Evidence) -> str | None:
    if _broken(e) and "clipping" in e.tags:
        return "log(0) where a probability is exactly 0 or 1: clip the probabilities to [eps, 1 - eps] first"
    return None


def overflow(e: Evidence) -> str | None:
    if _broken(e) and "overflow" in e.tags:
        return "exp overflowed on large logits: subtract each row's maximum first (it changes nothing else)"
    return None


def underflow(e: Evidence) -> str | None:
    if _broken(e) and "underflow" in e.tags:
        return ("the log of a probability that underflowed to 0: compute log softmax directly as "
                "z - max - log(sum(exp(z - max))) (log-sum-exp), not log(softmax(z))")
    return None


def sigmoid_overflow(e: Evidence) -> str | None:
    """NaN from exp(z) / (1 + exp(z)) (or its mirror) where |z| is large: inf / inf."""
    z = e.array("z") if e.fn == "sigmoid" else e.array("x")
    if not _broken(e) or e.fn not in ("sigmoid", "sigmoid_forward") or z is None or z.shape != e.received.shape:
        return None
    bad = ~np.isfinite(e.received)
    if np.all(np.abs(z[bad]) > 700):
        return ("exp overflowed where |z| is large (inf / inf = NaN): a sigmoid needs its own stable form, "
                "1 / (1 + exp(-z)) where z >= 0 and exp(z) / (1 + exp(z)) where z < 0")
    return None


# values: the build's wrong implementations, then signatures ------------------------------------

def stored(e: Evidence) -> str | None:
    for message, wrong in e.mistakes:
        if wrong.shape == e.received.shape and close(e.received, wrong, e.rtol, e.atol):
            return message
    return None


def zeros(e: Evidence) -> str | None:
    if e.received.shape == e.expected.shape and _sized(e) and not np.any(e.received):
        return "all zeros: nothing was computed into it (an np.zeros_like returned as is?)"
    return None


_SIGN_EXAMPLES = {"softmax_cross_entropy_backward": ": y - softmax(z) where softmax(z) - y is due",
                  "gradients": ": y - a where a - y is due"}


def sign(e: Evidence) -> str | None:
    if e.received.shape == e.expected.shape and _sized(e) and close(e.received, -e.expected, e.rtol, e.atol):
        return "the sign is flipped (received = -expected)" + _SIGN_EXAMPLES.get(e.fn, "")
    return None


def ascent(e: Evidence) -> str | None:
    """An update that moves up the gradient: w + lr g where w - lr g is due."""
    before = e.array(e.output) if e.output else None
    if before is None or before.shape != e.expected.shape or not e.differs(before):
        return None
    if e.fits(2 * before - e.expected):
        return f"the update goes up the gradient: {e.output} + lr * gradient where {e.output} - lr * gradient is due"
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
    return _one(e, {"ReLU's gradient at exactly 0 taken as 1: the mask is x > 0 (the gradient at 0 is 0, as in "
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
    return _one(e, {"s (1 + s) where s (1 - s) is due": dout * s * (1 + s),
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
    return _one(e, {"1 - t where 1 - t^2 is due": dout * (1 - t),
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
    found = None
    for shift in (z.max(axis=0), z.max(axis=1, keepdims=True), z.max()):  # each column's max, each row's, all
        with np.errstate(all="ignore"):
            exps = np.exp(z - shift)
            found = found or _one(e, {columns: exps / exps.sum(axis=0), whole: exps / exps.sum()})
    return found


def capped_log(e: Evidence) -> str | None:
    """cross_entropy as -sum(y log(p + eps)) (or p clipped at eps): each sample's loss capped at -log(eps)."""
    logits, y = e.array("logits"), e.array("y_onehot")
    if e.fn != "cross_entropy" or logits is None or y is None or logits.shape != y.shape or e.received.size != 1:
        return None
    z = np.atleast_2d(logits)
    p = np.exp(z - z.max(axis=-1, keepdims=True))
    p /= p.sum(axis=-1, keepdims=True)
    rows = len(z)
    return _one(e, {f"log(p + {eps:g}) caps each sample's loss at -log({eps:g}) = {-np.log(eps):.3g}: compute log "
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

    return _one(e, {f"the probabilities clipped at {eps:g}: use the eps argument (default 1e-12)": loss(eps)
                    for eps in EPSILONS})


def spatial_transpose(e: Evidence) -> str | None:
    r, x = e.received, e.expected
    if r.ndim == 4 and x.ndim == 4 and x.shape[0] == x.shape[1] and r.shape == x.shape \
            and e.differs(x.transpose(1, 0, 2, 3)) and e.fits(x.transpose(1, 0, 2, 3)):
        return "the kernel's kh and kw axes swapped (dw[p, q] holds the gradient of w[q, p])"
    return None


def square_transpose(e: Evidence) -> str | None:
    r, x = e.received, e.expected
    if r.ndim == 2 and r.shape == x.shape and x.shape[0] == x.shape[1] and e.differs(x.T) and e.fits(x.T):
        return "transposed (a transposed weight gradient?)"
    return None


def bias(e: Evidence) -> str | None:
    """The bias `b` left out, or added twice (the output of a layer or a prediction)."""
    b = e.array("b")
    if b is None or not np.any(b) or e.output or e.received.shape != e.expected.shape:
        return None
    return _one(e, {"the bias b is not added": e.expected - b, "the bias b is added twice": e.expected + b})


def entries_mean(e: Evidence) -> str | None:
    """A loss averaged over every entry of an (m, n) input instead of over its m rows."""
    first = next((np.asarray(v) for v in e.inputs.values() if isinstance(v, np.ndarray)), None)
    if "mean" not in e.tags or first is None or first.ndim != 2 or e.received.size != 1 or first.shape[1] < 2:
        return None
    return _one(e, {f"averaged over all {first.size} entries: average over the {first.shape[0]} rows only (sum "
                    "over each row's classes first)": e.expected / first.shape[1]})


def batch_scale(e: Evidence) -> str | None:
    if e.batch > 1 and e.received.shape == e.expected.shape and _sized(e):
        if close(e.received / e.batch, e.expected, e.rtol, e.atol):
            return f"a sum where a mean was due (off by the batch size {e.batch})"
        if close(e.received * e.batch, e.expected, e.rtol, e.atol):
            return f"a mean where a sum was due (off by the batch size {e.batch})"
    return None


def constant_factor(e: Evidence) -> str | None:
    """The same factor everywhere (at least 3 nonzero elements, so it is not a coincidence)."""
    r, x = e.received, e.expected
    nonzero = np.abs(x) > e.atol
    if r.shape != x.shape or np.count_nonzero(nonzero) < 3 or np.any(r[~nonzero] != 0):
        return None
    factor = float(np.median(r[nonzero] / x[nonzero]))
    if factor in (0.0, 1.0) or not close(r, factor * x, e.rtol, e.atol):
        return None
    return f"off by the same factor {factor:.4g} everywhere: a constant factor missing or extra"


ROWS: tuple[Row, ...] = (
    Row("empty", empty), Row("uncropped", uncropped), Row("kernel_axes", kernel_axes), Row("transposed", transposed),
    Row("summed_everything", summed_everything), Row("batch_not_summed", batch_not_summed),
    Row("pool_stride", pool_stride), Row("reshaped", reshaped),
    Row("log_of_zero", log_of_zero), Row("overflow", overflow), Row("underflow", underflow),
    Row("sigmoid_overflow", sigmoid_overflow),
    Row("stored", stored), Row("zeros", zeros), Row("relu_mask", relu_mask),
    Row("sigmoid_derivative", sigmoid_derivative), Row("tanh_derivative", tanh_derivative),
    Row("softmax_axis", softmax_axis), Row("capped_log", capped_log), Row("clipping_constant", clipping_constant),
    Row("sign", sign), Row("ascent", ascent), Row("spatial_transpose", spatial_transpose),
    Row("square_transpose", square_transpose), Row("bias", bias), Row("entries_mean", entries_mean),
    Row("batch_scale", batch_scale), Row("constant_factor", constant_factor),
)


def diagnose(e: Evidence) -> str:
    """The first row's message that fits `e`, or "" when none does."""
    for row in ROWS:
        with np.errstate(all="ignore"):
            message = row.check(e)
        if message:
            return message
    return ""
