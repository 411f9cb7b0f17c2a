"""Wrong versions of the regressions' and networks' training code, for the build.

Logistic regression's gradients with the penalties wrong, its fit and predict done wrong; linear
regression's step and fit; the two-layer network's backward and fit; train()'s per-epoch losses.
Each is computed with the solutions' own functions: see mistakes.py for the tables that name them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import numpy as np

from checker.grade.specs import Case

Arrays = list[np.ndarray]


# logistic regression ---------------------------------------------------------------------------

def penalised(change: Callable[[np.ndarray, np.ndarray, float, Any], tuple[Any, Any]]) -> Callable[..., Arrays]:
    """A wrong gradients(x, y, w, b, l1, l2): `change(data_dw, w, b, (l1, l2, m, db))` -> (dw, db)."""
    def run(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
        x, y, w, b, l1, l2 = args
        data_dw, db = module.gradients(x, y, w, b)
        dw, db = change(data_dw, w, b, (l1, l2, len(x), db))
        return [np.asarray(dw, dtype=np.float64), np.asarray(db, dtype=np.float64)]

    return run


def logistic_fit(module: Any, x: np.ndarray, y: np.ndarray, lr: float, epochs: int, l1: float, l2: float,
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


def fit_variant(**options: Any) -> Callable[..., Arrays]:
    def run(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
        return logistic_fit(module, *args, **{**case.kwargs, **options})

    return run


def predict_variant(decide: Callable[[np.ndarray], np.ndarray]) -> Callable[..., Arrays]:
    def run(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
        x, w, b = args
        return [np.asarray(decide(x @ w + b), dtype=np.float64)]

    return run


# linear regression -----------------------------------------------------------------------------

def linear_step(kind: str) -> Callable[[float, float, float, float, float], tuple[float, float]]:
    def step(x: float, y: float, w: float, b: float, lr: float) -> tuple[float, float]:
        err = x * w + b - y
        if kind == "no x":
            return w - lr * err, b - lr * err
        if kind == "ascent":
            return w + lr * err * x, b + lr * err
        if kind == "db x":
            return w - lr * err * x, b - lr * err * x
        if kind == "factor 2":
            return w - lr * 2 * err * x, b - lr * 2 * err
        new_w = w - lr * err * x
        return new_w, b - lr * (x * new_w + b - y)  # "new w": the bias's error from the updated w

    return step


def two_layer_forward(kind: str) -> Callable[[Any, dict[str, Any]], Any]:
    """two_layer's forward done wrong: a bias left out, a ReLU hidden layer, or the output's logit
    returned without its sigmoid."""
    def run(module: Any, values: dict[str, Any]) -> Any:
        x, p = np.asarray(values["x"], dtype=np.float64), values["params"]
        sigmoid = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
        z1 = x @ p["w1"] + (0 if kind == "no b1" else p["b1"])
        a1 = np.maximum(z1, 0) if kind == "relu" else sigmoid(z1)
        z2 = a1 @ p["w2"] + (0 if kind == "no b2" else p["b2"])
        return (z2 if kind == "logit" else sigmoid(z2)), None

    return run


def linear_sgd(kind: str) -> Callable[..., Arrays]:
    def run(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
        return [np.float64(v) for v in linear_step(kind)(*args)]

    return run


def linear_fit(kind: str) -> Callable[..., Arrays]:
    """fit(x, y, w=1, b=1, lr, epochs) done wrong: one of the step's mistakes, start values of 0,
    or one full-batch (mean) gradient step per epoch instead of one step per sample."""
    def run(module: Any, case: Case, args: list[Any], dout: Any) -> Arrays:
        x, y = (np.asarray(a, dtype=np.float64) for a in args)
        lr, epochs = case.kwargs.get("lr", 0.01), case.kwargs.get("epochs", 1) + {"one more": 1, "one less": -1}.get(kind, 0)
        w, b = (0.0, 0.0) if kind == "zeros" else (1.0, 1.0)
        for _ in range(epochs):
            if kind == "batch":
                err = x * w + b - y
                w, b = w - lr * float(np.mean(err * x)), b - lr * float(np.mean(err))
                continue
            for x_i, y_i in zip(x, y):
                w, b = (module.sgd_step(x_i, y_i, w, b, lr) if kind in ("zeros", "one more", "one less")
                        else linear_step(kind)(x_i, y_i, w, b, lr))
        return [np.float64(w), np.float64(b)]

    return run


def train(fresh: bool = False, weighted: bool = True, drop_last: bool = False, val_on_train: str = "",
          in_order: bool = False, lr: float | None = None, last_only: bool = False) -> Callable[[Any, dict[str, Any]], Any]:
    """train()'s per-epoch losses, from a generator re-created every epoch (`fresh`), as the plain
    mean of the batch losses (`weighted=False`), or without the last, smaller batch; with
    `val_on_train`, its per-epoch validation accuracies measured on the training data instead:
    all of it ("all"), or its first len(y_val) samples ("head", the shapes of the validation set);
    with `lr`, a learning rate written into the loop instead of the one passed in; `last_only`:
    each epoch's last batch loss alone."""
    def run(module: Any, values: dict[str, Any]) -> Any:
        lenet = importlib.import_module(f"{module.__package__}.lenet")
        model = lenet.ConvNet(seed=values["seed"])
        model.set_weights(values["weights"])
        x, y, size = values["x"], values["y"], values["batch_size"]
        rng, losses, accuracies = np.random.default_rng(values["seed"]), [], []
        for _ in range(values["epochs"]):
            rng = np.random.default_rng(values["seed"]) if fresh else rng
            batches = ([(x[s : s + size], y[s : s + size]) for s in range(0, len(x), size)] if in_order
                       else list(module.iterate_minibatches(x, y, size, rng)))
            if drop_last and len(batches[-1][0]) < size:
                batches = batches[:-1]
            step = [(float(model.sgd_step(xb, yb, values["lr"] if lr is None else lr)), len(xb)) for xb, yb in batches]
            losses.append(step[-1][0] if last_only else sum(loss * n for loss, n in step) / sum(n for _, n in step)
                          if weighted else sum(loss for loss, _ in step) / len(step))
            rows = slice(None) if val_on_train == "all" else slice(len(values["y_val"]))
            accuracies.append(module.accuracy(model.forward(x[rows]), y[rows]))
        return tuple(accuracies) if val_on_train else tuple(losses)

    return run


def two_layer_backward(derivative: Callable[[np.ndarray], np.ndarray], x: str, y: str,
                        params: str) -> Callable[[Any, dict[str, Any]], Any]:
    """two_layer's backward with the hidden sigmoid's derivative `derivative(a1)` instead of a1 (1 - a1)."""
    def run(module: Any, values: dict[str, Any]) -> Any:
        _, (xs, a1, a2, w2) = module.forward(values[x], values[params])
        m = len(xs)
        err2 = a2 - np.asarray(values[y], dtype=np.float64).reshape(a2.shape)
        err1 = (err2 @ w2.T) * derivative(a1)
        return {"w1": xs.T @ err1 / m, "b1": err1.sum(axis=0) / m, "w2": a1.T @ err2 / m, "b2": err2.sum(axis=0) / m}

    return run


def two_layer_init(kind: str) -> Callable[[Any, dict[str, Any]], Any]:
    """init_params with w1 from U(0, 1), or with w2 drawn before w1."""
    def run(module: Any, values: dict[str, Any]) -> Any:
        rng, n_in, n_hidden = np.random.default_rng(values["seed"]), values["n_in"], values["n_hidden"]
        if kind == "uniform":
            w1, w2 = rng.random((n_in, n_hidden)), rng.standard_normal((n_hidden, 1))
        else:
            w2 = rng.standard_normal((n_hidden, 1))
            w1 = rng.standard_normal((n_in, n_hidden))
        return {"w1": w1, "b1": np.zeros(n_hidden), "w2": w2, "b2": np.zeros(1)}

    return run


def two_layer_probabilities(module: Any, values: dict[str, Any]) -> Any:
    """predict returning the probabilities, not the labels."""
    return module.forward(values["x_many"], values["spread"])[0][:, 0]


def two_layer_fit(order: str = "shuffled", drop_last: bool = False, split: str = "") -> Callable[[Any, dict[str, Any]], Any]:
    """two_layer's fit visiting the samples in data order, in one permutation drawn once, without
    the last, smaller batch, or in np.array_split parts of the permutation (`split`: "ceil" or
    "floor" of n / batch_size parts, of nearly equal sizes, not batch_size)."""
    def run(module: Any, values: dict[str, Any]) -> Any:
        x, y = np.asarray(values["xs"], dtype=np.float64), np.asarray(values["ys"], dtype=np.float64).reshape(-1, 1)
        size, lr = values["batch_size"], values["lr"]
        params = module.init_params(x.shape[1], values["n_hidden"], values["seed"])
        rng = np.random.default_rng(values["seed"])
        fixed = rng.permutation(len(x)) if order == "fixed" else None
        parts = max(1, -(-len(x) // size) if split == "ceil" else len(x) // size)
        losses = []
        for _ in range(values["epochs"]):
            perm = {"shuffled": lambda: rng.permutation(len(x)), "data": lambda: np.arange(len(x)),
                    "fixed": lambda: fixed}[order]()
            starts = range(0, len(x) - (size - 1 if drop_last else 0), size)
            for batch in np.array_split(perm, parts) if split else [perm[s : s + size] for s in starts]:
                _, cache = module.forward(x[batch], params)
                grads = module.backward(y[batch], cache)
                params = {k: v - lr * grads[k] for k, v in params.items()}
            losses.append(module.loss(module.forward(x, params)[0], y))
        return params, losses

    return run


DERIVATIVES = (("a1 without its factor (1 - a1): the sigmoid's derivative is a1 (1 - a1)", lambda a: a),
                ("a1 (1 + a1) where a1 (1 - a1) is due", lambda a: a * (1 + a)),
                ("(1 - a1) without its factor a1: the sigmoid's derivative is a1 (1 - a1)", lambda a: 1 - a),
                ("the hidden layer's derivative left out: multiply by a1 (1 - a1)", lambda a: np.ones_like(a)))
