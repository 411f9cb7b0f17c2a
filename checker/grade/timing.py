"""The vectorisation points of a timed case (conv2d_forward): measured from outside the student's process.

A timed case's function is called REPEAT times in a child of its own, each time on new images
made from secret entropy (not the run's seed: nothing can be computed before they arrive) and
handed over only when the call starts (a held call: see watch.py). Each call's time is measured
from outside the worker from the hand-over to the call's end (clock.py: the worker's CPU time,
which other jobs on the machine and the grader's own delays do not change), and the
best of the runs is compared with a yardstick the child's keeper times in CPU time before any
student code ran and again after: the im2col matrix of the same images built and multiplied by
the kernel (what vectorised code must at least do). The images are sized so that a Python loop
over output positions and vectorised code are far apart (many pixels, a small kernel: a loop's
cost per pixel is Python's, whatever the kernel); each run's whole output is compared with the
convolution computed here (or, when the untimed forward has a named mistake, with that
mistake's: a flipped kernel costs the forward's points, not the timing's), so a cached, partial
or approximate result earns nothing. The threshold FACTOR was set from measured distributions
(bench/vectorisation.py, tests/grade/conv2d_variants.py; the README has the figures). A
line-event count of the function at two image sizes (Python's tracing, in the child: feedback
only) explains the verdict.
"""

from __future__ import annotations

import secrets
from typing import Any

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from checker.grade import failures, specs, store
from checker.grade.call import Call
from checker.grade.compare import Comparison, compare
from checker.grade.results import CheckResult
from checker.grade.transport import Outcome

FACTOR = 35.0  # measured: vectorised 3-13x, loops over pixels 106-390x (bench/vectorisation.py)
REPEAT, IMAGES, SIZE = 3, 2, 160  # per timed run: 2 images of 160 x 160 (51,200 output positions)
KERNEL = (3, 3, 1, 2)
LINE_SIZES = (8, 16)


def _key(case: specs.Case, what: str) -> str:
    return store.key(case.name, "timed", what)


def calls(case: specs.Case, data: Any, seed: int, tag: str, timeout: float) -> list[Call]:
    """The timed runs and the line count (ids `{tag}T{r}`, `{tag}L`); their arrays are added to
    `data`. The timed runs' kernel and images come from secret entropy, not the run's seed: a
    submission cannot make them in advance, and they reach the child only at the hand-over."""
    secret = np.random.default_rng(secrets.randbits(128))
    c_in, c_out = KERNEL[2:]
    data[_key(case, "w")], data[_key(case, "b")] = secret.normal(size=KERNEL), secret.normal(size=c_out)
    rng = np.random.default_rng([seed, 7])  # the line count's arrays (only their shapes matter)
    data[_key(case, "lw")], data[_key(case, "lb")] = rng.normal(size=KERNEL), rng.normal(size=c_out)
    data[_key(case, "lines")] = rng.normal(size=(1, 4, 4, c_in))  # only its batch and channels are used
    options = {k: {"value": v} for k, v in case.kwargs.items()}
    found = []
    for r in range(REPEAT):
        data[_key(case, f"x{r}")] = secret.normal(size=(IMAGES, SIZE, SIZE, c_in))
        spec = {"id": f"{tag}T{r}", "fn": case.fn, "hold": True, "keep": [0], "kwargs": options,
                "args": [{"array": _key(case, f"x{r}")}, {"array": _key(case, "w")}, {"array": _key(case, "b")}],
                "proxy": {"images": [IMAGES, SIZE, SIZE, c_in], "kernel": list(KERNEL)}}
        found.append(Call(spec["id"], spec, timeout * 3))
    lines = {"id": f"{tag}L", "fn": case.fn, "op": "lines", "sizes": list(LINE_SIZES), "keep": [0], "kwargs": options,
             "args": [{"array": _key(case, "lines")}, {"array": _key(case, "lw")}, {"array": _key(case, "lb")}]}
    return [*found, Call(lines["id"], lines, timeout * 3)]


def _padding(size: int, window: int, stride: int, padding: str, other_side: bool = False) -> int:
    """The rows (or columns) before the image under TensorFlow's padding (the odd one goes after)."""
    if padding != "same":
        return 0
    total = max((-(-size // stride) - 1) * stride + window - size, 0)
    return total - total // 2 if other_side else total // 2


def convolved(x: np.ndarray, w: np.ndarray, b: np.ndarray, kwargs: dict[str, Any],
              other_side: bool = False) -> np.ndarray:
    """conv2d's whole output (NHWC, Keras' padding and strides; `other_side`: the odd padding row
    and column before the image, a known mistake), computed here from the definition."""
    strides = kwargs.get("strides", (1, 1))
    sh, sw = (strides, strides) if isinstance(strides, int) else strides
    kh, kw = w.shape[:2]
    height, width = x.shape[1:3]
    same = kwargs.get("padding", "valid") == "same"
    rows, cols = (-(-height // sh), -(-width // sw)) if same else ((height - kh) // sh + 1, (width - kw) // sw + 1)
    top = _padding(height, kh, sh, kwargs.get("padding", "valid"), other_side)
    left = _padding(width, kw, sw, kwargs.get("padding", "valid"), other_side)
    padded = np.pad(x, ((0, 0), (top, kh), (left, kw), (0, 0)))
    windows = sliding_window_view(padded, (kh, kw), axis=(1, 2))[:, : rows * sh : sh, : cols * sw : sw]
    return np.einsum("nijcpq,pqco->nijo", windows, w) + b


def _explain(lines: Outcome | None) -> str:
    """What the line-event counts at the two sizes say about loops in the student's code."""
    counts = (lines.outputs or (None,))[0] if lines is not None and lines.status == "ok" else None
    if not isinstance(counts, np.ndarray) or counts.shape != (2,) or counts[0] <= 0:
        return ""
    small, large = (int(c) for c in counts)
    area = (LINE_SIZES[1] / LINE_SIZES[0]) ** 2
    if large >= 0.75 * area * small and large - small > 100:
        return (f"; your code runs a Python loop per output pixel ({small} line events at {LINE_SIZES[0]}x"
                f"{LINE_SIZES[0]} images, {large} at {LINE_SIZES[1]}x{LINE_SIZES[1]}): vectorise it, e.g. "
                "im2col with sliding_window_view (loops over kernel offsets or channels are fine)")
    return f" ({small} line events at {LINE_SIZES[0]}x{LINE_SIZES[0]} images, {large} at {LINE_SIZES[1]}x{LINE_SIZES[1]})"


def _expected(x: np.ndarray, w: np.ndarray, b: np.ndarray, kwargs: dict[str, Any], correct: bool) -> list[np.ndarray]:
    """What the output may be: the convolution, or with a named mistake in the forward also the
    known conv2d mistakes' outputs (kernel flipped, padding on the other side)."""
    found = [convolved(x, w, b, kwargs)]
    if not correct:
        found += [convolved(x, w[::-1, ::-1], b, kwargs), convolved(x, w, b, kwargs, other_side=True)]
    return found


def result(case: specs.Case, tag: str, out: dict[str, Outcome], forward: Comparison, data: Any) -> CheckResult:
    """The vectorisation check: every run's whole output right, and the best
    run within FACTOR times the yardstick; only for a forward that is right or has a named mistake."""
    name = f"{case.name}: vectorised"
    runs = [out.get(f"{tag}T{r}") for r in range(REPEAT)]
    explained = _explain(out.get(f"{tag}L"))
    broken = next((o for o in runs if o is None or o.status != "ok" or o.seconds is None), None)
    if broken is not None or not runs:
        return CheckResult(name, False, 0.0, case.points, f"not timed: {failures.plain(broken)}{explained}",
                           blocked=failures.unimplemented(broken))
    if not (forward.passed or forward.hint):
        return CheckResult(name, False, 0.0, case.points, "timing counts only for a correct result (or one with a "
                           "known mistake, named in the check above)", blocked=forward.blocked)
    w, b = data[_key(case, "w")], data[_key(case, "b")]
    for r, run in enumerate(runs):
        x = data[_key(case, f"x{r}")]
        got = (run.outputs or (None,))[0]
        checked = [compare("the timed call's output (new images)", want, got, rtol=case.rtol, atol=case.atol)
                   for want in _expected(x, w, b, case.kwargs, forward.passed)]
        if not any(c.passed for c in checked):
            return CheckResult(name, False, 0.0, case.points, checked[0].message)
    best = min(run.seconds for run in runs if run.seconds is not None)
    yardstick = min((run.proxy_seconds for run in runs if run.proxy_seconds), default=None)
    if not yardstick:
        return CheckResult(name, False, 0.0, case.points, f"not timed: no yardstick{explained}")
    ratio = best / yardstick
    ok = ratio <= FACTOR
    message = f"{ratio:.0f}x the time of building and multiplying the im2col matrix (limit {FACTOR:g}x){explained}"
    return CheckResult(name, ok, case.points if ok else 0.0, case.points, message)
