"""Wrong versions of the layer exercises' functions (conv2d, convolution, pooling), for the build.

Each takes the solutions' module, the case and its inputs (and the backward's dout) and gives
the outputs of a mistake students make, computed with the solutions' own functions or a short
loop: see mistakes.py for the table that names them.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from checker.grade.specs import Case

Arrays = list[np.ndarray]


def pair(value: Any) -> tuple[int, int]:
    return (int(value), int(value)) if isinstance(value, (int, np.integer)) else (int(value[0]), int(value[1]))


def same_pads(shape: tuple[int, ...], window: tuple[int, int], strides: tuple[int, int],
               bottom_right: bool = True) -> list[tuple[int, int]]:
    """TensorFlow's 'same' padding of (N, H, W, C) (the odd row/column after; before with
    `bottom_right=False`), as np.pad widths."""
    pads = [(0, 0)]
    for size, k, s in zip(shape[1:3], window, strides):
        total = max((-(-size // s) - 1) * s + k - size, 0)
        pads.append((total // 2, total - total // 2) if bottom_right else (total - total // 2, total // 2))
    return [*pads, (0, 0)]


# conv2d ----------------------------------------------------------------------------------------

def flipped_kernel(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
    x, w, b = args
    return [module.conv2d_forward(x, w[::-1, ::-1], b, **case.kwargs)[0]]


def wrong_side(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
    x, w, b = args
    strides = pair(case.kwargs.get("strides", 1))
    pads = same_pads(x.shape, w.shape[:2], strides, bottom_right=False)
    if pads == same_pads(x.shape, w.shape[:2], strides):
        return []
    return [module.conv2d_forward(np.pad(x, pads), w, b, strides=strides, padding="valid")[0]]


def stride_ignored(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
    """The backward of a loop that forgets the stride: output pixel (i, j) taken to cover the
    window at (i, j) instead of (s_h i, s_w j); dx and dw each."""
    x, w, b = args
    strides = pair(case.kwargs.get("strides", 1))
    if strides == (1, 1) or dout is None:
        return []
    pads = same_pads(x.shape, w.shape[:2], strides) if case.kwargs.get("padding") == "same" else [(0, 0)] * 4
    xp = np.pad(x, pads)
    out, cache = module.conv2d_forward(xp, w, b)
    spread = np.zeros_like(out)
    spread[:, : dout.shape[1], : dout.shape[2]] = dout
    dxp, dw, _ = module.conv2d_backward(spread, cache)
    return [dxp[:, pads[1][0] : pads[1][0] + x.shape[1], pads[2][0] : pads[2][0] + x.shape[2]], dw]


def forward_stride_ignored(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
    """A forward that keeps the first ho x wo window positions, one pixel apart, not s apart."""
    x, w, b = args
    strides = pair(case.kwargs.get("strides", 1))
    if strides == (1, 1):
        return []
    pads = same_pads(x.shape, w.shape[:2], strides) if case.kwargs.get("padding") == "same" else [(0, 0)] * 4
    out = module.conv2d_forward(x, w, b, **case.kwargs)[0]
    every = module.conv2d_forward(np.pad(x, pads), w, b)[0]
    return [every[:, : out.shape[1], : out.shape[2]]]


def dw_assigned(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
    """dw assigned (=) in a loop over output positions instead of added up: only the last counts
    (the last image's, when the loop runs over the images too)."""
    x, w, _ = args
    if dout is None:
        return []
    strides = pair(case.kwargs.get("strides", 1))
    pads = same_pads(x.shape, w.shape[:2], strides) if case.kwargs.get("padding") == "same" else [(0, 0)] * 4
    xp = np.pad(x, pads)
    kh, kw = w.shape[:2]
    i, j = (dout.shape[1] - 1) * strides[0], (dout.shape[2] - 1) * strides[1]
    window = xp[:, i : i + kh, j : j + kw]  # (N, kh, kw, c_in)
    last = dout[:, -1, -1]  # (N, c_out)
    return [np.einsum("nhwc,no->hwco", window, last), np.einsum("hwc,o->hwco", window[-1], last[-1])]


def dw_first_image(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
    """dw from the batch's first image alone (`x[0]` where the batch was due); nothing for one image."""
    x, w, b = args
    if dout is None or len(x) < 2:
        return []
    _, cache = module.conv2d_forward(x[:1], w, b, **case.kwargs)
    return [module.conv2d_backward(dout[:1], cache)[1]]


# convolution -----------------------------------------------------------------------------------

def other_operation(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
    x, w = args
    return [getattr(module, case.fn)(x, w[(slice(None, None, -1),) * w.ndim], **case.kwargs)]


def other_centre(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
    """'same' cut from the 'full' output at the other of an even kernel's two centres."""
    x, w = args
    if case.kwargs.get("mode") != "same" or all(k % 2 for k in w.shape):
        return []
    full = getattr(module, case.fn)(x, w, mode="full", stride=1)
    later = case.fn == "correlate2d"  # SciPy: correlate2d takes the later centre, correlate/convolve the earlier
    keep = tuple(slice(s, s + n) for s, n in zip(((k - 1) // 2 if later else k // 2 for k in w.shape), x.shape))
    stride = case.kwargs.get("stride", 1)
    return [full[keep][(slice(None, None, stride),) * x.ndim]]


# pooling ---------------------------------------------------------------------------------------

def _windows(case: Case, shape: tuple[int, ...]) -> tuple[tuple[int, int], tuple[int, int], list[tuple[int, int]]]:
    pool = pair(case.kwargs.get("pool_size", 2))
    strides = pair(case.kwargs.get("strides") or pool)
    pads = same_pads(shape, pool, strides) if case.kwargs.get("padding") == "same" else [(0, 0)] * 4
    return pool, strides, pads


def _valid_pool(x: np.ndarray, pool: tuple[int, int], strides: tuple[int, int], reduce: Any) -> np.ndarray:
    view = sliding_window_view(x, pool, axis=(1, 2))[:, :: strides[0], :: strides[1]]
    return reduce(view, axis=(-2, -1))


def assigned(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
    """A loop backward that assigns (=) each window's gradient, so an overlapping window
    overwrites what the one before it put there: looping over the output positions, the whole
    window or its maximum alone; looping over the window offsets (one strided view of dx each,
    as vectorised code does), each view of dx assigned in turn."""
    (x,) = args
    pool, strides, pads = _windows(case, x.shape)
    if dout is None or all(p <= s for p, s in zip(pool, strides)):
        return []
    is_max = case.fn.startswith("max")
    xp = np.pad(x, pads, constant_values=-np.inf if is_max else 0.0)
    count = _valid_pool(np.pad(np.ones_like(x), pads), pool, strides, np.sum)
    whole, at_max = np.zeros_like(xp), np.zeros_like(xp)
    n, ho, wo, c = dout.shape
    firsts = np.zeros(dout.shape, dtype=np.int64)  # each window's first maximum, as an offset u * pool_w + v
    for i in range(ho):
        for j in range(wo):
            rows = slice(i * strides[0], i * strides[0] + pool[0])
            cols = slice(j * strides[1], j * strides[1] + pool[1])
            window = xp[:, rows, cols]
            if is_max:
                flat = window.reshape(n, -1, c)
                first = flat.argmax(axis=1)
                firsts[:, i, j] = first
                mask = np.zeros_like(flat)
                np.put_along_axis(mask, first[:, None], 1.0, axis=1)
                whole[:, rows, cols] = mask.reshape(window.shape) * dout[:, i : i + 1, j : j + 1]
                for k in range(n):
                    u, v = np.unravel_index(first[k], pool)
                    at_max[k, rows.start + u, cols.start + v] = dout[k, i, j]
            else:
                whole[:, rows, cols] = dout[:, i : i + 1, j : j + 1] / count[:, i : i + 1, j : j + 1]
    by_offset = np.zeros_like(xp)
    for k in range(pool[0] * pool[1]):
        u, v = divmod(k, pool[1])
        view = by_offset[:, u : u + strides[0] * (ho - 1) + 1 : strides[0], v : v + strides[1] * (wo - 1) + 1 : strides[1]]
        view[...] = dout * (firsts == k) if is_max else dout / count
    crop = (slice(None), slice(pads[1][0], pads[1][0] + x.shape[1]), slice(pads[2][0], pads[2][0] + x.shape[2]))
    return [whole[crop], by_offset[crop]] + ([at_max[crop]] if is_max else [])


def pool_stride_ignored(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
    """A loop backward that forgets the stride: output (i, j) taken to come from the window at
    (i, j), not (s_h i, s_w j)."""
    (x,) = args
    pool, strides, pads = _windows(case, x.shape)
    if dout is None or strides == (1, 1) or pads != [(0, 0)] * 4:
        return []
    found = []
    n, ho, wo, c = dout.shape
    for where in ((1, 1), strides):  # the maximum looked for in the window at (i, j), or at the right place
        dx = np.zeros_like(x)
        for i in range(ho):
            for j in range(wo):
                at = dx[:, i : i + pool[0], j : j + pool[1]]
                if case.fn.startswith("max"):
                    window = x[:, i * where[0] : i * where[0] + pool[0], j * where[1] : j * where[1] + pool[1]]
                    flat = window.reshape(n, -1, c)
                    mask = np.zeros_like(flat)
                    np.put_along_axis(mask, flat.argmax(axis=1)[:, None], 1.0, axis=1)
                    at += mask.reshape(window.shape) * dout[:, i : i + 1, j : j + 1]
                else:
                    at += dout[:, i : i + 1, j : j + 1] / (pool[0] * pool[1])
        found.append(dx)
    return found if case.fn.startswith("max") else found[:1]


def every_tie(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
    (x,) = args
    if dout is None:
        return []
    n, h, w_, c = x.shape
    windows = x.reshape(n, h // 2, 2, w_ // 2, 2, c)
    mask = windows == windows.max(axis=(2, 4), keepdims=True)
    return [(mask * dout[:, :, None, :, None, :]).reshape(x.shape)]


def window_sum(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
    """The window's sum where its mean is due (forward and backward off by pool_h * pool_w)."""
    pool = pair(case.kwargs.get("pool_size", 2))
    out, cache = module.avg_pool_forward(args[0], **case.kwargs)
    found = [out * pool[0] * pool[1]]
    if dout is not None:
        found.append(module.avg_pool_backward(dout, cache) * pool[0] * pool[1])
    return found


def padding_counted(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
    """'same' average pooling over zero-padded windows divided by the full window size
    (TensorFlow divides by the real cells), or max pooling over zeros (padding then wins
    wherever a border window holds only negative values)."""
    (x,) = args
    pool, strides, pads = _windows(case, x.shape)
    if pads == [(0, 0)] * 4:
        return []
    forward, backward = ((module.max_pool_forward, module.max_pool_backward) if case.fn.startswith("max")
                         else (module.avg_pool_forward, module.avg_pool_backward))
    out, cache = forward(np.pad(x, pads), pool, strides, "valid")
    found = [out]
    if dout is not None:
        dxp = backward(dout, cache)
        found.append(dxp[:, pads[1][0] : pads[1][0] + x.shape[1], pads[2][0] : pads[2][0] + x.shape[2]])
    return found
