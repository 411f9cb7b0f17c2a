"""Known wrong implementations, run by `grader refs build` on each case's inputs.

Some mistakes can only be recognised by computing what the wrong code gives: a flipped kernel,
padding on the wrong side, overlapping pooling windows that overwrite each other, a training
loop that re-creates its generator every epoch. Each row here says which cases it applies to
and computes the wrong output from the solutions' own functions (trusted, build time only);
the build stores it beside the expected output with the row's message, and grading names the
mistake when a submission's output matches it (`checker/grade/diagnosis.py`). Mistakes that
a formula of the inputs recognises (a sign, a scale, an activation's derivative) are grading's
own signatures, not rows here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from checker.grade.specs import Case

Arrays = list[np.ndarray]


@dataclass(frozen=True)
class Wrong:
    """A wrong version of a case's function: `run(module, case, args, dout)` gives its outputs
    (compared with every output of the same shape), or [] where it does not apply."""

    label: str
    applies: Callable[[str, Case], bool]
    run: Callable[[Any, Case, list[Any], Any], Arrays]


def _pair(value: Any) -> tuple[int, int]:
    return (int(value), int(value)) if isinstance(value, (int, np.integer)) else (int(value[0]), int(value[1]))


def _same_pads(shape: tuple[int, ...], window: tuple[int, int], strides: tuple[int, int],
               bottom_right: bool = True) -> list[tuple[int, int]]:
    """TensorFlow's 'same' padding of (N, H, W, C) (the odd row/column after; before with
    `bottom_right=False`), as np.pad widths."""
    pads = [(0, 0)]
    for size, k, s in zip(shape[1:3], window, strides):
        total = max((-(-size // s) - 1) * s + k - size, 0)
        pads.append((total // 2, total - total // 2) if bottom_right else (total - total // 2, total // 2))
    return [*pads, (0, 0)]


def _is(exercise: str, *fns: str, **kwargs: Any) -> Callable[[str, Case], bool]:
    """Cases of `exercise` calling one of `fns` (any when none) whose kwargs include `kwargs`."""
    return lambda name, case: (name == exercise and (not fns or case.fn in fns)
                               and all(case.kwargs.get(k) == v for k, v in kwargs.items()))


# conv2d ----------------------------------------------------------------------------------------

def _flipped_kernel(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
    x, w, b = args
    return [module.conv2d_forward(x, w[::-1, ::-1], b, **case.kwargs)[0]]


def _wrong_side(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
    x, w, b = args
    strides = _pair(case.kwargs.get("strides", 1))
    pads = _same_pads(x.shape, w.shape[:2], strides, bottom_right=False)
    if pads == _same_pads(x.shape, w.shape[:2], strides):
        return []
    return [module.conv2d_forward(np.pad(x, pads), w, b, strides=strides, padding="valid")[0]]


def _stride_ignored(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
    """The backward of a loop that forgets the stride: output pixel (i, j) taken to cover the
    window at (i, j) instead of (s_h i, s_w j); dx and dw each."""
    x, w, b = args
    strides = _pair(case.kwargs.get("strides", 1))
    if strides == (1, 1) or dout is None:
        return []
    pads = _same_pads(x.shape, w.shape[:2], strides) if case.kwargs.get("padding") == "same" else [(0, 0)] * 4
    xp = np.pad(x, pads)
    out, cache = module.conv2d_forward(xp, w, b)
    spread = np.zeros_like(out)
    spread[:, : dout.shape[1], : dout.shape[2]] = dout
    dxp, dw, _ = module.conv2d_backward(spread, cache)
    return [dxp[:, pads[1][0] : pads[1][0] + x.shape[1], pads[2][0] : pads[2][0] + x.shape[2]], dw]


# convolution -----------------------------------------------------------------------------------

def _other_operation(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
    x, w = args
    return [getattr(module, case.fn)(x, w[(slice(None, None, -1),) * w.ndim], **case.kwargs)]


def _other_centre(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
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
    pool = _pair(case.kwargs.get("pool_size", 2))
    strides = _pair(case.kwargs.get("strides") or pool)
    pads = _same_pads(shape, pool, strides) if case.kwargs.get("padding") == "same" else [(0, 0)] * 4
    return pool, strides, pads


def _valid_pool(x: np.ndarray, pool: tuple[int, int], strides: tuple[int, int], reduce: Any) -> np.ndarray:
    view = sliding_window_view(x, pool, axis=(1, 2))[:, :: strides[0], :: strides[1]]
    return reduce(view, axis=(-2, -1))


def _assigned(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
    """A loop backward that assigns (=) each window's gradient, so an overlapping window
    overwrites what the one before it put there: the whole window, or its maximum alone."""
    (x,) = args
    pool, strides, pads = _windows(case, x.shape)
    if dout is None or all(p <= s for p, s in zip(pool, strides)):
        return []
    fill = -np.inf if case.fn.startswith("max") else 0.0
    xp = np.pad(x, pads, constant_values=fill)
    count = _valid_pool(np.pad(np.ones_like(x), pads), pool, strides, np.sum)
    whole, at_max = np.zeros_like(xp), np.zeros_like(xp)
    n, ho, wo, c = dout.shape
    for i in range(ho):
        for j in range(wo):
            rows = slice(i * strides[0], i * strides[0] + pool[0])
            cols = slice(j * strides[1], j * strides[1] + pool[1])
            window = xp[:, rows, cols]
            if case.fn.startswith("max"):
                flat = window.reshape(n, -1, c)
                first = flat.argmax(axis=1)
                mask = np.zeros_like(flat)
                np.put_along_axis(mask, first[:, None], 1.0, axis=1)
                whole[:, rows, cols] = mask.reshape(window.shape) * dout[:, i : i + 1, j : j + 1]
                for k in range(n):
                    u, v = np.unravel_index(first[k], pool)
                    at_max[k, rows.start + u, cols.start + v] = dout[k, i, j]
            else:
                whole[:, rows, cols] = dout[:, i : i + 1, j : j + 1] / count[:, i : i + 1, j : j + 1]
    crop = (slice(None), slice(pads[1][0], pads[1][0] + x.shape[1]), slice(pads[2][0], pads[2][0] + x.shape[2]))
    return [whole[crop]] + ([at_max[crop]] if case.fn.startswith("max") else [])


def _every_tie(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
    (x,) = args
    if dout is None:
        return []
    n, h, w_, c = x.shape
    windows = x.reshape(n, h // 2, 2, w_ // 2, 2, c)
    mask = windows == windows.max(axis=(2, 4), keepdims=True)
    return [(mask * dout[:, :, None, :, None, :]).reshape(x.shape)]


def _window_sum(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
    """The window's sum where its mean is due (forward and backward off by pool_h * pool_w)."""
    pool = _pair(case.kwargs.get("pool_size", 2))
    out, cache = module.avg_pool_forward(args[0], **case.kwargs)
    found = [out * pool[0] * pool[1]]
    if dout is not None:
        found.append(module.avg_pool_backward(dout, cache) * pool[0] * pool[1])
    return found


def _padding_counted(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
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


# logistic regression ---------------------------------------------------------------------------

def _penalised(change: Callable[[np.ndarray, np.ndarray, float, Any], tuple[Any, Any]]) -> Callable[..., Arrays]:
    """A wrong gradients(x, y, w, b, l1, l2): `change(data_dw, w, b, (l1, l2, m, db))` -> (dw, db)."""
    def run(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
        x, y, w, b, l1, l2 = args
        data_dw, db = module.gradients(x, y, w, b)
        dw, db = change(data_dw, w, b, (l1, l2, len(x), db))
        return [np.asarray(dw, dtype=np.float64), np.asarray(db, dtype=np.float64)]

    return run


def _logistic_fit(module: Any, x: np.ndarray, y: np.ndarray, lr: float, epochs: int, l1: float, l2: float,
                  seed: int, *, order: str = "shuffled", start: float = 1.0, penalty: bool = True,
                  batch: bool = False) -> Arrays:
    rng = np.random.default_rng(seed)
    w, b, losses = np.full(x.shape[1], start), 0.0, []
    fixed = rng.permutation(len(x)) if order == "fixed" else None
    for _ in range(epochs):
        if batch:
            dw, db = module.gradients(x, y, w, b, l1, l2)
            w, b = w - lr * dw, b - lr * db
        else:
            for i in {"shuffled": lambda: rng.permutation(len(x)), "data": lambda: range(len(x)),
                      "fixed": lambda: fixed}[order]():
                dw, db = module.gradients(x[i : i + 1], y[i : i + 1], w, b, l1, l2)
                w, b = w - lr * dw, b - lr * db
        extra = l1 * np.sum(np.abs(w)) + l2 / 2 * np.sum(w * w) if penalty else 0.0
        losses.append(module.binary_cross_entropy(module.sigmoid(x @ w + b), y) + float(extra))
    return [w, np.float64(b), np.asarray(losses)]


def _fit_variant(**options: Any) -> Callable[..., Arrays]:
    def run(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
        return _logistic_fit(module, *args, **{**case.kwargs, **options})

    return run


def _predict_variant(decide: Callable[[np.ndarray], np.ndarray]) -> Callable[..., Arrays]:
    def run(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
        x, w, b = args
        return [np.asarray(decide(x @ w + b), dtype=np.float64)]

    return run


# linear regression -----------------------------------------------------------------------------

def _linear_step(kind: str) -> Callable[[float, float, float, float, float], tuple[float, float]]:
    def step(x: float, y: float, w: float, b: float, lr: float) -> tuple[float, float]:
        err = x * w + b - y
        if kind == "no x":
            return w - lr * err, b - lr * err
        if kind == "ascent":
            return w + lr * err * x, b + lr * err
        new_w = w - lr * err * x
        return new_w, b - lr * (x * new_w + b - y)  # "new w": the bias's error from the updated w

    return step


def _linear_sgd(kind: str) -> Callable[..., Arrays]:
    def run(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
        return [np.float64(v) for v in _linear_step(kind)(*args)]

    return run


def _linear_fit(kind: str) -> Callable[..., Arrays]:
    """fit(x, y, w=1, b=1, lr, epochs) done wrong: one of the step's mistakes, start values of 0,
    or one full-batch (mean) gradient step per epoch instead of one step per sample."""
    def run(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
        x, y = (np.asarray(a, dtype=np.float64) for a in args)
        lr, epochs = case.kwargs.get("lr", 0.01), case.kwargs.get("epochs", 1)
        w, b = (0.0, 0.0) if kind == "zeros" else (1.0, 1.0)
        for _ in range(epochs):
            if kind == "batch":
                err = x * w + b - y
                w, b = w - lr * float(np.mean(err * x)), b - lr * float(np.mean(err))
                continue
            for x_i, y_i in zip(x, y):
                w, b = (module.sgd_step(x_i, y_i, w, b, lr) if kind == "zeros"
                        else _linear_step(kind)(x_i, y_i, w, b, lr))
        return [np.float64(w), np.float64(b)]

    return run


WRONG: tuple[Wrong, ...] = (
    Wrong("kernel flipped (convolution instead of cross-correlation)", _is("conv2d", "conv2d_forward"),
          _flipped_kernel),
    Wrong("padding on the wrong side (TensorFlow puts the odd row/column at the bottom/right)",
          _is("conv2d", "conv2d_forward", padding="same"), _wrong_side),
    Wrong("the stride ignored in the backward: output pixel (i, j) covers the window at (s_h*i, s_w*j), "
          "not (i, j)", _is("conv2d", "conv2d_forward"), _stride_ignored),
    Wrong("kernel flipped (convolution instead of cross-correlation)", _is("convolution", "correlate1d", "correlate2d"),
          _other_operation),
    Wrong("kernel not flipped (cross-correlation instead of convolution)", _is("convolution", "convolve1d"),
          _other_operation),
    Wrong("'same' centred on the other side for an even kernel: SciPy's correlate and convolve start at "
          "(k - 1) // 2 of 'full', correlate2d at k // 2", _is("convolution"), _other_centre),
    Wrong("gradient sent to every tied maximum of a window (send it to one)", lambda name, case: "ties" in case.tags,
          _every_tie),
    Wrong("overlapping windows: each window's gradient assigned (=) where they must add up (+=)",
          _is("pooling"), _assigned),
    Wrong("the window's sum, not its mean: divide by pool_h * pool_w", _is("pooling", "avg_pool_forward"),
          _window_sum),
    Wrong("'same' padding counted in the mean: divide each window by its real (unpadded) cells, as TensorFlow does",
          _is("pooling", "avg_pool_forward"), _padding_counted),
    Wrong("'same' max pooling padded with zeros: padded cells must never win (pad with -inf)",
          _is("pooling", "max_pool_forward"), _padding_counted),
    Wrong("the data term summed over the batch where its mean was due (the penalties are added once)",
          lambda name, case: name == "logistic_regression" and case.name == "gradients l1 l2",
          _penalised(lambda d, w, b, o: (o[2] * d + o[0] * np.sign(w) + o[1] * w, o[3]))),
    Wrong("the penalties divided by the batch size too (only the data term is a mean over the batch)",
          lambda name, case: name == "logistic_regression" and case.name == "gradients l1 l2",
          _penalised(lambda d, w, b, o: (d + (o[0] * np.sign(w) + o[1] * w) / o[2], o[3]))),
    Wrong("L2 term 2 l2 w: the penalty is l2/2 w^2, whose gradient is l2 w",
          lambda name, case: name == "logistic_regression" and case.name == "gradients l1 l2",
          _penalised(lambda d, w, b, o: (d + o[0] * np.sign(w) + 2 * o[1] * w, o[3]))),
    Wrong("L1 term with the wrong sign: the gradient of l1 |w| is +l1 sign(w)",
          lambda name, case: name == "logistic_regression" and case.name == "gradients l1 l2",
          _penalised(lambda d, w, b, o: (d - o[0] * np.sign(w) + o[1] * w, o[3]))),
    Wrong("L1 term l1 * w: the gradient of l1 |w| is l1 sign(w)",
          lambda name, case: name == "logistic_regression" and case.name == "gradients l1 l2",
          _penalised(lambda d, w, b, o: (d + o[0] * w + o[1] * w, o[3]))),
    Wrong("the L2 term missing: add l2 * w (the gradient of l2/2 w^2)",
          lambda name, case: name == "logistic_regression" and case.name == "gradients l1 l2",
          _penalised(lambda d, w, b, o: (d + o[0] * np.sign(w), o[3]))),
    Wrong("the bias regularised: only w is penalised, db is mean(a - y)",
          lambda name, case: name == "logistic_regression" and case.name == "gradients l1 l2",
          _penalised(lambda d, w, b, o: (d + o[0] * np.sign(w) + o[1] * w, o[3] + o[0] * np.sign(b) + o[1] * b))),
    Wrong("the bias regularised: only w is penalised, db is mean(a - y)",
          lambda name, case: name == "logistic_regression" and case.name == "gradients l1 l2",
          _penalised(lambda d, w, b, o: (d + o[0] * np.sign(w) + o[1] * w, o[3] + o[1] * b))),
    Wrong("0.5 compared with the logit z = x w + b: compare the probability sigmoid(z) with 0.5 (or z with 0)",
          _is("logistic_regression", "predict"), _predict_variant(lambda z: z >= 0.5)),
    Wrong("the probabilities returned: predict returns labels 0 or 1", _is("logistic_regression", "predict"),
          _predict_variant(lambda z: 1 / (1 + np.exp(-z)))),
    Wrong("the samples taken in data order: shuffle them every epoch with rng.permutation",
          _is("logistic_regression", "fit"), _fit_variant(order="data")),
    Wrong("the same order every epoch: make one np.random.default_rng(seed) before the epochs and draw a new "
          "permutation from it in each epoch", _is("logistic_regression", "fit"), _fit_variant(order="fixed")),
    Wrong("w started at zeros: the start is w = 1 (every weight), b = 0", _is("logistic_regression", "fit"),
          _fit_variant(start=0.0)),
    Wrong("the per-epoch losses without the penalties (add l1 sum|w| + l2/2 sum w^2)",
          _is("logistic_regression", "fit"), _fit_variant(penalty=False)),
    Wrong("one full-batch gradient step per epoch: fit takes one step per sample", _is("logistic_regression", "fit"),
          _fit_variant(batch=True)),
    Wrong("dw without the factor x: dL/dw = (y_hat - y) x", _is("linear_regression", "sgd_step"), _linear_sgd("no x")),
    Wrong("b updated with the new w: compute the error once, from w and b before the step",
          _is("linear_regression", "sgd_step"), _linear_sgd("new w")),
    Wrong("dw without the factor x (see sgd_step): dL/dw = (y_hat - y) x", _is("linear_regression", "fit"),
          _linear_fit("no x")),
    Wrong("b updated with the new w (see sgd_step): compute the error once per sample, before the step",
          _is("linear_regression", "fit"), _linear_fit("new w")),
    Wrong("the update goes up the gradient (see sgd_step): w - lr * gradient is due",
          _is("linear_regression", "fit"), _linear_fit("ascent")),
    Wrong("started from w = b = 0: the start values are w = b = 1.0 (the arguments' defaults)",
          _is("linear_regression", "fit"), _linear_fit("zeros")),
    Wrong("one mean (full-batch) gradient step per epoch: fit updates w and b after every sample",
          _is("linear_regression", "fit"), _linear_fit("batch")),
)


def outputs(exercise: str, case: Case, module: Any, args: list[Any], dout: Any) -> list[tuple[str, np.ndarray]]:
    """Every applicable wrong version's outputs, as (message, array) pairs."""
    return [(wrong.label, np.asarray(array, dtype=np.float64)) for wrong in WRONG if wrong.applies(exercise, case)
            for array in wrong.run(module, case, [a.copy() if isinstance(a, np.ndarray) else a for a in args], dout)]


# scenario steps --------------------------------------------------------------------------------

@dataclass(frozen=True)
class WrongStep:
    """A wrong version of what a scenario's step returns: `run(module, values)` from the make's
    values, with the solutions' functions."""

    label: str
    scenario: str
    step: str
    run: Callable[[Any, dict[str, Any]], Any]


def _train(fresh: bool = False, weighted: bool = True, drop_last: bool = False) -> Callable[[Any, dict[str, Any]], Any]:
    """train()'s per-epoch losses, from a generator re-created every epoch (`fresh`), as the plain
    mean of the batch losses (`weighted=False`), or without the last, smaller batch."""
    def run(module: Any, values: dict[str, Any]) -> Any:
        lenet = importlib.import_module(f"{module.__package__}.lenet")
        model = lenet.ConvNet(seed=values["seed"])
        model.set_weights(values["weights"])
        x, y, size = values["x"], values["y"], values["batch_size"]
        rng, losses = np.random.default_rng(values["seed"]), []
        for _ in range(values["epochs"]):
            rng = np.random.default_rng(values["seed"]) if fresh else rng
            batches = list(module.iterate_minibatches(x, y, size, rng))
            if drop_last and len(batches[-1][0]) < size:
                batches = batches[:-1]
            step = [(float(model.sgd_step(xb, yb, values["lr"])), len(xb)) for xb, yb in batches]
            losses.append(sum(loss * n for loss, n in step) / sum(n for _, n in step) if weighted
                          else sum(loss for loss, _ in step) / len(step))
        return tuple(losses)

    return run


def _two_layer_backward(derivative: Callable[[np.ndarray], np.ndarray], x: str, y: str,
                        params: str) -> Callable[[Any, dict[str, Any]], Any]:
    """two_layer's backward with the hidden sigmoid's derivative `derivative(a1)` instead of a1 (1 - a1)."""
    def run(module: Any, values: dict[str, Any]) -> Any:
        _, (xs, a1, a2, w2) = module.forward(values[x], values[params])
        m = len(xs)
        err2 = a2 - np.asarray(values[y], dtype=np.float64).reshape(a2.shape)
        err1 = (err2 @ w2.T) * derivative(a1)
        return {"w1": xs.T @ err1 / m, "b1": err1.sum(axis=0) / m, "w2": a1.T @ err2 / m, "b2": err2.sum(axis=0) / m}

    return run


def _two_layer_fit(order: str = "shuffled", drop_last: bool = False) -> Callable[[Any, dict[str, Any]], Any]:
    """two_layer's fit visiting the samples in data order, in one permutation drawn once, or without
    the last, smaller batch."""
    def run(module: Any, values: dict[str, Any]) -> Any:
        x, y = np.asarray(values["xs"], dtype=np.float64), np.asarray(values["ys"], dtype=np.float64).reshape(-1, 1)
        size, lr = values["batch_size"], values["lr"]
        params = module.init_params(x.shape[1], values["n_hidden"], values["seed"])
        rng = np.random.default_rng(values["seed"])
        fixed = rng.permutation(len(x)) if order == "fixed" else None
        losses = []
        for _ in range(values["epochs"]):
            perm = {"shuffled": lambda: rng.permutation(len(x)), "data": lambda: np.arange(len(x)),
                    "fixed": lambda: fixed}[order]()
            for start in range(0, len(x) - (size - 1 if drop_last else 0), size):
                _, cache = module.forward(x[perm[start : start + size]], params)
                grads = module.backward(y[perm[start : start + size]], cache)
                params = {k: v - lr * grads[k] for k, v in params.items()}
            losses.append(module.loss(module.forward(x, params)[0], y))
        return params, losses

    return run


_DERIVATIVES = (("a1 without its factor (1 - a1): the sigmoid's derivative is a1 (1 - a1)", lambda a: a),
                ("a1 (1 + a1) where a1 (1 - a1) is due", lambda a: a * (1 + a)),
                ("(1 - a1) without its factor a1: the sigmoid's derivative is a1 (1 - a1)", lambda a: 1 - a),
                ("the hidden layer's derivative left out: multiply by a1 (1 - a1)", lambda a: np.ones_like(a)))

WRONG_STEPS: tuple[WrongStep, ...] = (
    *(WrongStep(label, "two-layer network", step, _two_layer_backward(d, "x", y, params))
      for label, d in _DERIVATIVES for step, y, params in (("backward", "y", "params"), ("backward2", "y2", "wide"))),
    WrongStep("the samples in data order: draw a new permutation every epoch from default_rng(seed)",
              "two-layer network", "fit", _two_layer_fit(order="data")),
    WrongStep("the same order every epoch: make default_rng(seed) once and draw a new permutation from it in each "
              "epoch", "two-layer network", "fit", _two_layer_fit(order="fixed")),
    WrongStep("the last, smaller batch of each epoch left out: train on every sample", "two-layer network", "fit",
              _two_layer_fit(drop_last=True)),
    WrongStep("a new default_rng(seed) every epoch: every epoch then sees the same batches (make the generator "
              "once, before the epochs)", "train's history", "losses", _train(fresh=True)),
    WrongStep("the plain mean of the batch losses: weight each by its batch size (the last batch is smaller), "
              "so an epoch's loss is the mean over its samples", "train's history", "losses", _train(weighted=False)),
    WrongStep("the last, smaller batch of each epoch left out: train on every sample", "train's history", "losses",
              _train(drop_last=True)),
)


def step_outputs(scenario: str, step: str, module: Any, values: dict[str, Any]) -> list[tuple[str, Any]]:
    """Every wrong version of a scenario step's result, as (message, value) pairs."""
    return [(wrong.label, wrong.run(module, values)) for wrong in WRONG_STEPS
            if (wrong.scenario, wrong.step) == (scenario, step)]
