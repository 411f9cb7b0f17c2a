"""Diagnoses of an output of the wrong shape: what the received shape says about the mistake.

Rows of the diagnosis table (`diagnosis.py`), asked first: an empty array, a padded gradient
not cropped, axes exchanged or summed away, a pooling or convolution with one position too
many or too few, right values in another shape. Each is a pure function of the `Evidence`
that gives its message only when the received output IS what the mistake gives.
"""

from __future__ import annotations

import numpy as np

from checker.grade.evidence import Evidence, close


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


def bias_axis(e: Evidence) -> str | None:
    """A bias gradient summed over another axis than the batch's (db = dout.sum(axis=1))."""
    dout = e.array("dout")
    if e.output != "db" or dout is None or dout.ndim != 2 or not e.fits(dout.sum(axis=1)):
        return None
    return "summed over axis 1 (each sample's units) where the sum over the batch, axis 0, is due"


def batch_not_summed(e: Evidence) -> str | None:
    """One row per sample where their sum is due; a single row is the right values in another
    shape (b of shape (1, n) for (n,)), not a missing sum."""
    r, x = e.received, e.expected
    if r.ndim == x.ndim + 1 and r.shape[0] > 1 and r.shape[1:] == x.shape and close(r.sum(axis=0), x, e.rtol, e.atol):
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


def _spatial(e: Evidence) -> tuple[int, ...]:
    """The axes of an output that are positions: (1, 2) of an NHWC image, every axis of a signal."""
    if e.fn in ("conv2d_forward", "max_pool_forward", "avg_pool_forward") and e.expected.ndim == 4:
        return (1, 2)
    return tuple(range(e.expected.ndim)) if e.fn in ("correlate1d", "convolve1d", "correlate2d") else ()


def geometry(e: Evidence) -> str | None:
    """An output with one position too few or too many along every spatial axis, or every position
    where every s-th is due (the stride ignored)."""
    r, x, axes = e.received.shape, e.expected.shape, _spatial(e)
    if not axes or len(r) != len(x) or any(r[a] != x[a] for a in range(len(x)) if a not in axes):
        return None
    diff = {r[a] - x[a] for a in axes}
    if diff == {-1}:
        return ("one output position short along each axis, the last output missing: the output length is "
                "(n - k) // s + 1, the last window that fits included")
    if diff == {1}:
        return "one output position too many along each axis: (n - k) // s + 1 windows fit, no more"
    stride = e.kwargs.get("strides", e.kwargs.get("stride", 1))
    s = stride if isinstance(stride, int) else (max(stride) if stride else 1)
    if s > 1 and all((x[a] - 1) * s + 1 <= r[a] <= x[a] * s for a in axes) and r != x:
        return f"every position where every {s}-th is due: the stride ignored"
    return None


def reshaped(e: Evidence) -> str | None:
    r, x = e.received, e.expected
    if r.shape != x.shape and r.size == x.size and r.size > 1 and close(r.reshape(x.shape), x, e.rtol, e.atol):
        return f"right values, wrong shape: return shape {x.shape} (reshape)"
    return None
