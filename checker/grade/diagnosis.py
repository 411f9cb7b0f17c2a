"""Diagnoses: the likely mistake behind a failed comparison, as a table of signatures.

Each row is a small pure function of the `Evidence` that returns its message when the received
output has that mistake's signature, and None otherwise; `diagnose` asks the rows in order (the
specific before the general) and gives the first message. A row fits only when the received
output IS what the mistake gives (within the tolerances), computed from the expected output (the
rows here, and a wrong shape's in shape.py) or from the call's inputs (signatures.py), never
because it is merely near: a wrong diagnosis sends a student down the wrong path, so when nothing fits nothing is said. Wrong implementations that need the
reference code to compute (a flipped kernel, a pooling loop that overwrites) were run by the
build and arrive as `Evidence.mistakes` (checker/reference/mistakes.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from checker.grade import shape, signatures
from checker.grade.evidence import Evidence, close
from checker.grade.signatures import one


@dataclass(frozen=True)
class Row:
    """One diagnosis: `check(evidence)` gives its message, or None when it does not fit."""

    name: str
    check: Callable[[Evidence], str | None]


def _sized(e: Evidence) -> bool:
    """Whether the expected output has something a mistake can change (not all zeros)."""
    return bool(np.any(np.abs(e.expected) > e.atol))


# values that are not finite, by cause ----------------------------------------------------------

def _broken(e: Evidence) -> bool:
    return e.received.shape == e.expected.shape and not np.all(np.isfinite(e.received))


def rows_apart(e: Evidence) -> str | None:
    if _broken(e) and "rows" in e.tags:
        return ("a row whose exps all underflowed to 0 (0 / 0): subtract each row's own maximum "
                "(np.max(z, axis=-1, keepdims=True)), not one maximum for the whole array")
    return None


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
                "z - max - log(sum(exp(z - max))) with each row's own max (log-sum-exp), not log(softmax(z))")
    return None


# values: the build's wrong implementations, then signatures ------------------------------------

def stored(e: Evidence) -> str | None:
    for message, wrong in e.mistakes:
        if wrong.shape == e.received.shape and close(e.received, wrong, e.rtol, e.atol):
            return message
    return None


def zeros(e: Evidence) -> str | None:
    """An array left as allocated; a single number that is 0 says nothing of how it was made."""
    if e.received.shape == e.expected.shape and e.received.size >= 3 and _sized(e) and \
            not np.any(e.received):
        return "all zeros: nothing was computed into it (an np.zeros_like returned as is?)"
    return None


_SIGN_EXAMPLES = {"softmax_cross_entropy_backward": ": y - softmax(z) where softmax(z) - y is due",
                  "gradients": ": y - a where a - y is due"}


def nonzero(e: Evidence) -> str | None:
    """One value everywhere where zeros are due (biases that start at 1, not 0)."""
    r, x = e.received, e.expected
    if r.shape == x.shape and r.size > 1 and not np.any(x) and np.all(r == r.flat[0]) and r.flat[0] != 0:
        return f"{r.flat[0]:g} everywhere where zeros are due (biases start at zero)"
    return None


def complement(e: Evidence) -> str | None:
    """Probabilities p returned as 1 - p: sigmoid(-z) for sigmoid(z), or the classes swapped."""
    r, x = e.received, e.expected
    if r.shape != x.shape or x.size < 2 or np.any(x < 0) or np.any(x > 1) or not e.differs(1 - x) \
            or not close(r, 1 - x, e.rtol, e.atol):
        return None
    return "1 - p for every probability p: the sign inside exp flipped (sigmoid(-z)), or the two classes swapped"


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
    return one(e, {"the bias b is not added": e.expected - b, "the bias b is added twice": e.expected + b})


def entries_mean(e: Evidence) -> str | None:
    """A loss averaged over every entry of an (m, n) input instead of over its m rows."""
    first = next((np.asarray(v) for v in e.inputs.values() if isinstance(v, np.ndarray)), None)
    if "mean" not in e.tags or first is None or first.ndim != 2 or e.received.size != 1 or first.shape[1] < 2:
        return None
    return one(e, {f"averaged over all {first.size} entries: average over the {first.shape[0]} rows only (sum "
                    "over each row's classes first)": e.expected / first.shape[1]})


def batch_scale(e: Evidence) -> str | None:
    if e.batch > 1 and e.received.shape == e.expected.shape and _sized(e):
        if close(e.received / e.batch, e.expected, e.rtol, e.atol):
            return f"a sum where a mean was due (off by the batch size {e.batch})"
        if close(e.received * e.batch, e.expected, e.rtol, e.atol):
            return f"a mean where a sum was due (off by the batch size {e.batch})"
    return None


def percent(e: Evidence) -> str | None:
    if e.received.size == 1 and e.expected.size == 1 and _sized(e) and e.fits(100 * e.expected):
        return "a percentage (x 100) where a fraction in [0, 1] is due"
    return None


def constant_factor(e: Evidence) -> str | None:
    """The same factor everywhere (at least 3 nonzero elements, so it is not a coincidence)."""
    r, x = e.received, e.expected
    nonzero = np.abs(x) > e.atol
    if r.shape != x.shape or np.count_nonzero(nonzero) < 3 or np.any(r[~nonzero] != 0):
        return None
    factor = float(np.median(r[nonzero] / x[nonzero]))
    if factor == 0.0 or abs(factor - 1.0) < 1e-3 or not close(r, factor * x, e.rtol, e.atol):  # 1.0003: rounding
        return None
    return f"off by the same factor {factor:.4g} everywhere: a constant factor missing or extra"


ROWS: tuple[Row, ...] = (
    Row("empty", shape.empty), Row("uncropped", shape.uncropped), Row("kernel_axes", shape.kernel_axes),
    Row("transposed", shape.transposed), Row("summed_everything", shape.summed_everything),
    Row("batch_not_summed", shape.batch_not_summed), Row("pool_stride", shape.pool_stride),
    Row("geometry", shape.geometry), Row("bias_axis", shape.bias_axis), Row("reshaped", shape.reshaped),
    Row("log_of_zero", log_of_zero), Row("rows_apart", rows_apart), Row("overflow", overflow), Row("underflow", underflow),
    Row("sigmoid_overflow", signatures.sigmoid_overflow),
    Row("stored", stored), Row("zeros", zeros), Row("nonzero", nonzero), Row("complement", complement), Row("relu_mask", signatures.relu_mask),
    Row("sigmoid_derivative", signatures.sigmoid_derivative), Row("tanh_derivative", signatures.tanh_derivative),
    Row("softmax_axis", signatures.softmax_axis), Row("capped_log", signatures.capped_log),
    Row("softmax_loss", signatures.softmax_loss), Row("clipping_constant", signatures.clipping_constant),
    Row("bce_terms", signatures.bce_terms),
    Row("sign", sign), Row("ascent", ascent), Row("spatial_transpose", spatial_transpose),
    Row("square_transpose", square_transpose), Row("bias", bias), Row("entries_mean", entries_mean),
    Row("batch_scale", batch_scale), Row("percent", percent), Row("constant_factor", constant_factor),
)


def diagnose(e: Evidence) -> str:
    """The first row's message that fits `e`, or "" when none does."""
    for row in ROWS:
        with np.errstate(all="ignore"):
            message = row.check(e)
        if message:
            return message
    return ""
