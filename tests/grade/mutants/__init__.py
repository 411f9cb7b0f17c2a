"""Realistic mistakes, one per mutant, and correct rewrites: what grading must score and name.

Each `Mutant` is one mistake planted in the reference solutions or in `students/` (our own
student-style modules: loops over output positions, CS231n-style masks, Andrew Ng's dZ/dW
names), written as a student would write it. A mutant must lose points, and the check it
breaks must name the mistake (its `needle`). `REWRITES` are different but valid
implementations (the `students/` modules, and edits of the solutions) that must keep full
marks. `python -m tests.grade.mutants` grades them all and prints the rates by family.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from checker.grade.checks import grade
from checker.grade.results import ExerciseResult

ROOT = Path(__file__).parents[3]
STUDENTS = Path(__file__).with_name("students")
SEED = 11
# an exercise module imports these: a mutant of one of them changes its results
IMPORTS = {"lenet": {"dense", "activations", "conv2d", "pooling"},
           "training": {"lenet", "dense", "activations", "conv2d", "pooling"}}


@dataclass(frozen=True)
class Mutant:
    """`edits` (old -> new, each old exactly once) to `module` of `base`; the failing check's name
    contains `check` and its message `needle`."""

    id: str
    family: str
    module: str
    edits: tuple[tuple[str, str], ...]
    check: str
    needle: str
    base: str = "solutions"  # or "students"


def _m(id: str, family: str, module: str, old: str, new: str, check: str, needle: str,
       base: str = "solutions") -> Mutant:
    return Mutant(id, family, module, ((old, new),), check, needle, base)


def _s(id: str, family: str, module: str, old: str, new: str, check: str, needle: str) -> Mutant:
    return _m(id, family, module, old, new, check, needle, "students")


MUTANTS: tuple[Mutant, ...] = (
    # checks that were missing ----------------------------------------------------------------
    _m("predict on the logit", "missing checks", "logistic_regression", "return (z >= 0.0).astype(np.int64)",
       "return (z >= 0.5).astype(np.int64)", "predict", "0.5 compared with the logit"),
    _s("predict returns probabilities", "missing checks", "logistic_regression",
       "return (sigmoid(x @ w + b) >= 0.5).astype(int)", "return sigmoid(x @ w + b)", "predict",
       "the probabilities returned"),
    _s("fit in data order", "missing checks", "logistic_regression", "        rng.shuffle(idx)\n", "",
       "fit", "the samples taken in data order"),
    _s("fit reshuffles with a fresh generator", "missing checks", "logistic_regression",
       "        idx = np.arange(n)\n", "        idx = np.arange(n)\n        rng = np.random.default_rng(seed)\n",
       "fit", "the same order every epoch"),
    _s("fit from zeros", "missing checks", "logistic_regression", "w, b = np.ones(d), 0.0", "w, b = np.zeros(d), 0.0",
       "fit", "w started at zeros"),
    _s("fit shuffles without the seed", "missing checks", "logistic_regression", "        rng.shuffle(idx)\n",
       "        np.random.shuffle(idx)\n", "fit", "a random source that the arguments do not seed"),
    _m("BCE clipped at 1e-10", "missing checks", "logistic_regression",
       "a = np.clip(np.asarray(a, dtype=np.float64), eps, 1.0 - eps)",
       "a = np.clip(np.asarray(a, dtype=np.float64), 1e-10, 1.0 - 1e-10)", "binary_cross_entropy at 0 and 1",
       "clipped at 1e-10"),
    _m("BCE not clipped", "missing checks", "logistic_regression",
       "a = np.clip(np.asarray(a, dtype=np.float64), eps, 1.0 - eps)", "a = np.asarray(a, dtype=np.float64)",
       "binary_cross_entropy at 0 and 1", "clip the probabilities"),
    _s("avg pool counts padded cells", "missing checks", "pooling",
       "            counts[i, j] = ones[i * sh:i * sh + ph, j * sw:j * sw + pw].sum()\n",
       "            counts[i, j] = ph * pw\n", "avg_pool same padding: forward", "'same' padding counted in the mean"),
    _m("sgd_step with stale gradients", "missing checks", "lenet",
       "        loss, grads = self.loss_and_grads(x, labels)\n        for param, grad",
       "        if not hasattr(self, '_grads'):\n            self._grads = self.loss_and_grads(x, labels)\n"
       "        loss, grads = self._grads\n        for param, grad", "weights after a second sgd_step",
       "the gradients of the step before"),
    _s("last batch dropped", "missing checks", "training", "    while start < len(x):",
       "    while start + batch_size <= len(x):", "every sample once", "batch sizes"),
    _s("generator re-created every epoch", "missing checks", "training",
       "        batch_losses, sizes = [], []\n",
       "        batch_losses, sizes = [], []\n        rng = np.random.default_rng(seed)\n", "History.losses",
       "a new default_rng(seed) every epoch"),
    _s("unweighted epoch loss", "missing checks", "training",
       "losses.append(float(np.average(batch_losses, weights=sizes)))",
       "losses.append(float(np.mean(batch_losses)))", "History.losses", "the plain mean of the batch losses"),
    _s("output bias summed over every axis", "missing checks", "two_layer", "db2 = np.mean(dZ2, axis=0)",
       "db2 = np.sum(dZ2) / m", "backward", "summed over every axis"),
    _s("two-layer loss clipped at 1e-7", "missing checks", "two_layer", "a2 = np.clip(a2, eps, 1 - eps)",
       "a2 = np.clip(a2, 1e-7, 1 - 1e-7)", "loss (probabilities clipped)", "clipped at 1e-07"),
    # sign flips --------------------------------------------------------------------------------
    _s("linear sgd_step ascends", "sign flips", "linear_regression", "    w = w - lr * grad_w\n    b = b - lr * grad_b",
       "    w = w + lr * grad_w\n    b = b + lr * grad_b", "sgd_step", "goes up the gradient"),
    _m("softmax gradient y - p", "sign flips", "softmax",
       "return (softmax(logits) - np.asarray(y_onehot, dtype=np.float64)) / m",
       "return (np.asarray(y_onehot, dtype=np.float64) - softmax(logits)) / m", "softmax_cross_entropy_backward",
       "y - softmax(z) where softmax(z) - y"),
    _s("logistic error y - a", "sign flips", "logistic_regression", "    dz = a - y\n", "    dz = y - a\n",
       "gradients", "the sign is flipped"),
    _m("lenet sgd_step ascends", "sign flips", "lenet", "param -= lr * grad", "param += lr * grad",
       "weights after one sgd_step", "goes up the gradient"),
    # activation derivatives ------------------------------------------------------------------
    _s("sigmoid s(1 + s)", "activation derivatives", "activations", "ds = s * (1 - s)", "ds = s * (1 + s)",
       "sigmoid: backward", "s (1 + s)"),
    _s("tanh 1 - t", "activation derivatives", "activations", "return dout * (1 - t ** 2)", "return dout * (1 - t)",
       "tanh: backward", "1 - t where 1 - t^2"),
    _s("sigmoid of the cached sigmoid", "activation derivatives", "activations", "    s = cache\n    ds",
       "    s = _sigmoid(cache)\n    ds", "sigmoid: backward", "applied to the cached output again"),
    _s("relu gradient 1 at 0", "activation derivatives", "activations", "dx[x > 0] = 1", "dx[x >= 0] = 1",
       "relu at zero: backward", "at exactly 0"),
    _s("relu mask from dout", "activation derivatives", "activations", "dx[x > 0] = 1", "dx[dout > 0] = 1",
       "relu: backward", "taken from the upstream gradient"),
    _s("relu_backward overwrites dout", "activation derivatives", "activations",
       "    dx = np.zeros_like(dout)\n    dx[x > 0] = 1\n    dx = dx * dout\n    return dx",
       "    dout[x <= 0] = 0\n    return dout", "relu: backward", "modified in place"),  # noted
    # results that are not finite -------------------------------------------------------------
    _m("softmax without the max", "non-finite", "softmax", "e = np.exp(z - np.max(z, axis=-1, keepdims=True))",
       "e = np.exp(z)", "softmax large logits", "subtract each row's maximum"),
    _s("cross entropy as log(softmax)", "non-finite", "softmax",
       "return float(-(y * _log_softmax(logits)).sum() / m)", "return float(-(y * np.log(softmax(logits))).sum() / m)",
       "cross_entropy far-apart logits", "log-sum-exp"),
    _s("cross entropy with log(p + eps)", "non-finite", "softmax",
       "return float(-(y * _log_softmax(logits)).sum() / m)",
       "return float(-(y * np.log(softmax(logits) + 1e-12)).sum() / m)", "cross_entropy far-apart logits",
       "log(p + 1e-12) caps"),
    _m("sigmoid as exp(z) / (1 + exp(z))", "non-finite", "logistic_regression",
       "    return np.exp(-np.logaddexp(0.0, -z))", "    return np.exp(z) / (1.0 + np.exp(z))", "sigmoid large inputs",
       "its own stable form"),
    _s("softmax over the columns", "non-finite", "softmax", "return exps / exps.sum(axis=-1, keepdims=True)",
       "return exps / exps.sum(axis=0, keepdims=True)", "softmax", "normalised over axis 0"),
    # pooling -----------------------------------------------------------------------------------
    _s("max pool gradient assigned", "pooling", "pooling",
       "            dxp[:, i * sh:i * sh + ph, j * sw:j * sw + pw, :] += mask.reshape",
       "            dxp[:, i * sh:i * sh + ph, j * sw:j * sw + pw, :] = mask.reshape",
       "max_pool 3x3 stride 2 overlapping: backward", "assigned (=) where they must add up"),
    _s("avg pool gradient assigned", "pooling", "pooling",
       "            dxp[:, i * sh:i * sh + ph, j * sw:j * sw + pw, :] += dout[:, i:i + 1, j:j + 1, :] / counts[i, j]",
       "            dxp[:, i * sh:i * sh + ph, j * sw:j * sw + pw, :] = dout[:, i:i + 1, j:j + 1, :] / counts[i, j]",
       "avg_pool 3x3 stride 2 overlapping: backward", "assigned (=) where they must add up"),
    _m("avg pool not divided", "pooling", "pooling", "return total / count,", "return total,",
       "avg_pool 2x2 stride 2: forward", "not its mean"),
    _m("max pool padded with zeros", "pooling", "pooling",
       'xp = np.pad(x, pads, constant_values=-np.inf) if padding == "same" else x',
       'xp = np.pad(x, pads) if padding == "same" else x', "max_pool same padding: forward", "padded with zeros"),
    _s("max pool gradient to every tie", "pooling", "pooling",
       "            first = np.argmax(window, axis=1)  # the first maximum, as TensorFlow\n"
       "            mask = np.zeros_like(window)\n            np.put_along_axis(mask, first[:, None, :], 1.0, axis=1)\n",
       "            mask = (window == window.max(axis=1, keepdims=True)).astype(float)\n",
       "max_pool ties: backward", "every tied maximum"),
    # convolution -------------------------------------------------------------------------------
    _s("conv dw with kh and kw swapped", "convolution", "conv2d", "            dw[p, q] = np.tensordot",
       "            dw[q % KH, p % KW] = np.tensordot", "conv2d valid, stride 1: backward", "kh and kw axes swapped"),
    _s("conv dx not cropped", "convolution", "conv2d", "    dx = dxp[:, pad_top:pad_top + H, pad_left:pad_left + W, :]",
       "    dx = dxp", "same, stride 2, non-square: backward", "the padding not cropped"),
    _s("conv backward ignores the stride", "convolution", "conv2d",
       "            dxp[:, p:p + sh * Ho:sh, q:q + sw * Wo:sw, :] += ",
       "            dxp[:, p:p + Ho, q:q + Wo, :] += ", "same, stride 2, non-square: backward", "the stride ignored"),
    Mutant("conv dx[pad:-pad]", "convolution", "conv2d", (
        ("    cache = (x, xp, w, strides, (pad_top, pad_left))", "    cache = (x, xp, w, strides, (pad_top, pad_bottom, pad_left, pad_right))"),
        ("    pad_top, pad_left = pads\n", "    pad_top, pad_bottom, pad_left, pad_right = pads\n"),
        ("    dx = dxp[:, pad_top:pad_top + H, pad_left:pad_left + W, :]",
         "    dx = dxp[:, pad_top:-pad_bottom, pad_left:-pad_right, :]")), "conv2d valid, stride 1: backward",
           "pad:-pad", "students"),
    _s("conv kernel flipped", "convolution", "conv2d", "out += np.tensordot(patch, w[p, q], axes=([3], [0]))",
       "out += np.tensordot(patch, w[KH - 1 - p, KW - 1 - q], axes=([3], [0]))", "conv2d valid, stride 1: forward",
       "kernel flipped"),
    _s("conv 'same' padded symmetrically", "convolution", "conv2d",
       "    return out, total // 2, total - total // 2", "    return out, total - total // 2, total // 2",
       "same, stride 2, non-square: forward", "padding on the wrong side"),
    _s("correlate1d 'same' on the later centre", "convolution", "convolution",
       "return _cut(full, len(x), len(w), mode, (len(w) - 1) // 2)[::stride]\n\n\ndef convolve1d",
       "return _cut(full, len(x), len(w), mode, len(w) // 2)[::stride]\n\n\ndef convolve1d",
       "correlate1d same stride 1", "the other side for an even kernel"),
    _m("correlate1d flips the kernel", "convolution", "convolution", "return _correlate(x, w, mode, stride)\n",
       "return _correlate(x, w[::-1], mode, stride)\n", "correlate1d valid stride 1", "kernel flipped"),
    # zero or None gradients, shapes ------------------------------------------------------------
    _s("dense db left None", "zeros and shapes", "dense", "    db = np.sum(dout, axis=0)\n", "    db = None\n",
       "dense batch 4: backward", "returned None"),
    _s("conv dw never accumulated", "zeros and shapes", "conv2d",
       "            dw[p, q] = np.tensordot(patch, dout, axes=([0, 1, 2], [0, 1, 2]))\n", "",
       "conv2d valid, stride 1: backward", "all zeros"),
    _s("dense forward transposed", "zeros and shapes", "dense", "    out = x.dot(w) + b\n",
       "    out = (x.dot(w) + b).T\n", "dense batch 4: forward", "transposed"),
    _s("dense dw transposed", "zeros and shapes", "dense", "    dw = x.T.dot(dout)\n", "    dw = dout.T.dot(x)\n",
       "dense batch 4: backward", "transposed"),
    _s("dense db summed over everything", "zeros and shapes", "dense", "    db = np.sum(dout, axis=0)\n",
       "    db = np.sum(dout)\n", "dense batch 4: backward", "summed over every axis"),
    # linear regression ----------------------------------------------------------------------------
    _s("linear dw without x", "linear regression", "linear_regression", "    grad_w = error * x_i\n",
       "    grad_w = error\n", "sgd_step", "dw without the factor x"),
    _s("linear b with the new w", "linear regression", "linear_regression",
       "    w = w - lr * grad_w\n    b = b - lr * grad_b",
       "    w = w - lr * grad_w\n    b = b - lr * ((w * x_i + b) - y_i)", "sgd_step", "b updated with the new w"),
    _s("linear fit shuffles", "linear regression", "linear_regression",
       "        for i in range(len(x)):\n", "        for i in np.random.permutation(len(x)):\n", "fit",
       "a random source that the arguments do not seed"),
    _s("linear fit from zeros", "linear regression", "linear_regression", "    for epoch in range(epochs):\n",
       "    w, b = 0.0, 0.0\n    for epoch in range(epochs):\n", "fit", "started from w = b = 0"),
    _s("linear fit full batch", "linear regression", "linear_regression",
       "        for i in range(len(x)):\n            w, b = sgd_step(x[i], y[i], w, b, lr)\n",
       "        error = w * x + b - y\n        w, b = w - lr * np.mean(error * x), b - lr * np.mean(error)\n", "fit",
       "one mean (full-batch) gradient step per epoch"),
    # LeNet assembly -----------------------------------------------------------------------------
    _s("flatten channels first", "lenet assembly", "lenet", "    return x.reshape(x.shape[0], -1), x.shape",
       "    return x.transpose(0, 3, 1, 2).reshape(x.shape[0], -1), x.shape", "ConvNet: forward",
       "the flatten order"),
    _s("activation missing after Dense(84)", "lenet assembly", "lenet",
       "(dense_forward, dense_backward, 2), act,\n                  (dense_forward, dense_backward, 2)]",
       "(dense_forward, dense_backward, 2),\n                  (dense_forward, dense_backward, 2)]",
       "LeNet5 (sigmoid, avg pooling): forward", "an activation is missing: the sigmoid after Dense(84)"),
    _s("activation option ignored", "lenet assembly", "lenet", "        act = (*ACT[activation], 0)",
       "        act = (*ACT['sigmoid'], 0)", "LeNet5 (relu, max pooling): forward", "sigmoid where the model has relu"),
    _s("pooling option ignored", "lenet assembly", "lenet", "        pool = (*POOL[pooling], 0)",
       "        pool = (*POOL['avg'], 0)", "LeNet5 (relu, max pooling): forward",
       "avg pooling where the model has max pooling"),
    _s("forward returns probabilities", "lenet assembly", "lenet", "    def forward(self, x):\n        return self._run(x)[0]",
       "    def forward(self, x):\n        z = self._run(x)[0]\n        e = np.exp(z - z.max(axis=1, keepdims=True))\n"
       "        return e / e.sum(axis=1, keepdims=True)", "ConvNet: forward", "an extra softmax"),
    # regularisation ------------------------------------------------------------------------------
    _s("L2 term missing", "regularisation", "logistic_regression",
       "dw = np.dot(x.T, dz) / m + l1 * np.sign(w) + l2 * w", "dw = np.dot(x.T, dz) / m + l1 * np.sign(w)",
       "gradients l1 l2", "the L2 term missing"),
    _s("L1 with w for sign(w)", "regularisation", "logistic_regression",
       "dw = np.dot(x.T, dz) / m + l1 * np.sign(w) + l2 * w", "dw = np.dot(x.T, dz) / m + l1 * w + l2 * w",
       "gradients l1 l2", "L1 term l1 * w"),
    _s("bias regularised", "regularisation", "logistic_regression", "    db = np.sum(dz) / m\n",
       "    db = np.sum(dz) / m + l2 * b\n", "gradients l1 l2", "the bias regularised"),
    _s("L2 gradient 2 l2 w", "regularisation", "logistic_regression",
       "dw = np.dot(x.T, dz) / m + l1 * np.sign(w) + l2 * w", "dw = np.dot(x.T, dz) / m + l1 * np.sign(w) + 2 * l2 * w",
       "gradients l1 l2", "L2 term 2 l2 w"),
    _s("penalties averaged", "regularisation", "logistic_regression",
       "dw = np.dot(x.T, dz) / m + l1 * np.sign(w) + l2 * w", "dw = (np.dot(x.T, dz) + l1 * np.sign(w) + l2 * w) / m",
       "gradients l1 l2", "the penalties divided by the batch size too"),
    # sums, means and scales ----------------------------------------------------------------------
    _s("softmax gradient not averaged", "sum vs mean", "softmax", "    return (softmax(logits) - y_onehot) / m",
       "    return softmax(logits) - y_onehot", "softmax_cross_entropy_backward", "a sum where a mean was due"),
    _s("cross entropy summed", "sum vs mean", "softmax", "return float(-(y * _log_softmax(logits)).sum() / m)",
       "return float(-(y * _log_softmax(logits)).sum())", "cross_entropy", "a sum where a mean was due"),
    _s("two-layer dW1 summed", "sum vs mean", "two_layer", "    dW1 = X.T @ dZ1 / m\n", "    dW1 = X.T @ dZ1\n",
       "backward", "a sum where a mean was due"),
    _m("lenet loss gradient summed", "sum vs mean", "lenet", "dlogits / len(labels)", "dlogits", "loss_and_grads",
       "a sum where a mean was due"),
)

# written after the table above was in place, without looking at the diagnoses first (their
# rate before any change: see the README); the family says where the mistake sits
BLIND: tuple[Mutant, ...] = (
    _s("dense db averaged", "blind", "dense", "    db = np.sum(dout, axis=0)\n", "    db = np.mean(dout, axis=0)\n",
       "dense batch 4: backward", "a mean where a sum was due"),
    _s("dense forward without bias", "blind", "dense", "    out = x.dot(w) + b\n", "    out = x.dot(w)\n",
       "dense batch 4: forward", "the bias b is not added"),
    _s("sigmoid backward from the cached input", "blind", "activations", "def sigmoid_forward(x):\n    s = _sigmoid(x)\n    return s, s",
       "def sigmoid_forward(x):\n    s = _sigmoid(x)\n    return s, x", "sigmoid: backward", "of the input x"),
    _s("tanh backward recomputes tanh", "blind", "activations", "return dout * (1 - t ** 2)",
       "return dout * (1 - np.tanh(t) ** 2)", "tanh: backward", "tanh applied to the cached output again"),
    _s("softmax over the whole batch", "blind", "softmax", "return exps / exps.sum(axis=-1, keepdims=True)",
       "return exps / exps.sum()", "softmax", "normalised over the whole array"),
    _s("cross entropy mean over every entry", "blind", "softmax",
       "return float(-(y * _log_softmax(logits)).sum() / m)", "return float(-np.mean(y * _log_softmax(logits)))",
       "cross_entropy", "averaged over all 20 entries"),
    _s("logistic db summed", "blind", "logistic_regression", "    db = np.sum(dz) / m\n", "    db = np.sum(dz)\n",
       "gradients", "a sum where a mean was due"),
    _s("linear predict without bias", "blind", "linear_regression", "    return w * np.asarray(x, dtype=float) + b",
       "    return w * np.asarray(x, dtype=float)", "predict", "the bias b is not added"),
    _s("conv2d bias forgotten", "blind", "conv2d", "    out += b\n", "", "conv2d valid, stride 1: forward", "the bias b is not added"),
    _s("conv2d db per image", "blind", "conv2d", "    db = dout.sum(axis=(0, 1, 2))", "    db = dout.sum(axis=(1, 2))",
       "conv2d valid, stride 1: backward", "not summed over the batch"),
    _s("max pool stride 1 by default", "blind", "pooling", "    if strides is None:\n        strides = (ph, pw)\n",
       "    if strides is None:\n        strides = 1\n", "max_pool 2x2 stride 2: forward", "strides=None means the pool size"),
    _s("two-layer derivative without (1 - A1)", "blind", "two_layer", "    dZ1 = dZ2 @ W2.T * A1 * (1 - A1)\n",
       "    dZ1 = dZ2 @ W2.T * A1\n", "backward", "a1 without its factor (1 - a1)"),
    _s("two-layer small init", "blind", "two_layer", "    W1 = rng.standard_normal((n_in, n_hidden))\n",
       "    W1 = 0.01 * rng.standard_normal((n_in, n_hidden))\n", "init_params", "factor 0.01"),
    _s("lenet gradients in reverse order", "blind", "lenet", "                grads = g + grads\n",
       "                grads = grads + g\n", "loss_and_grads", "listed from the last layer to the first"),
    _s("accuracy over the wrong axis", "blind", "training", "    predictions = np.argmax(logits, axis=1)",
       "    predictions = np.argmax(logits, axis=0)", "accuracy", "axis"),
    _s("correlate2d 'same' from the earlier centre", "blind", "convolution",
       "    rows = _cut(np.arange(full.shape[0]), h, kh, mode, kh // 2)\n    cols = _cut(np.arange(full.shape[1]), wd, kw, mode, kw // 2)",
       "    rows = _cut(np.arange(full.shape[0]), h, kh, mode, (kh - 1) // 2)\n    cols = _cut(np.arange(full.shape[1]), wd, kw, mode, (kw - 1) // 2)",
       "correlate2d same", "the other side for an even kernel"),
    _s("BCE summed", "blind", "logistic_regression",
       "return float(np.mean(-y * np.log(a + eps) - (1 - y) * np.log(1 - a + eps)))",
       "return float(np.sum(-y * np.log(a + eps) - (1 - y) * np.log(1 - a + eps)))", "binary_cross_entropy",
       "a sum where a mean was due"),
    _s("avg pool backward by the full window", "blind", "pooling",
       "            dxp[:, i * sh:i * sh + ph, j * sw:j * sw + pw, :] += dout[:, i:i + 1, j:j + 1, :] / counts[i, j]",
       "            dxp[:, i * sh:i * sh + ph, j * sw:j * sw + pw, :] += dout[:, i:i + 1, j:j + 1, :] / (ph * pw)",
       "avg_pool same padding: backward", "'same' padding counted in the mean"),
    _s("relu forward in place", "blind", "activations", "    out = x.copy()\n    out[out < 0] = 0\n    return out, x",
       "    x[x < 0] = 0\n    return x, x", "relu: forward", "modified in place"),
    _s("two-layer fit without shuffling", "blind", "two_layer", "        perm = rng.permutation(len(x))\n",
       "        perm = np.arange(len(x))\n", "fit", "the samples in data order"),
)

# planted in the solutions, also written blind (after the above), as the held-out set plants them
BLIND2: tuple[Mutant, ...] = (
    _m("dense dw averaged", "blind, solutions", "dense", "x.T @ dout, np.ones", "x.T @ dout / len(dout), np.ones",
       "dense batch 4: backward", "a mean where a sum was due"),
    _m("conv2d bias left out for one channel", "blind, solutions", "conv2d", "        out_t += b[:, None]\n", "",
       "conv2d same, stride 1, batch of 1: forward", "the bias b is not added"),
    _m("conv2d db averaged over images", "blind, solutions", "conv2d",
       "(np.ones(ho * wo, dtype=dy.dtype) @ dy).sum(axis=0)", "(np.ones(ho * wo, dtype=dy.dtype) @ dy).mean(axis=0)",
       "conv2d valid, stride 1: backward", "a mean where a sum was due"),
    _m("sigmoid of -z", "blind, solutions", "logistic_regression", "    return np.exp(-np.logaddexp(0.0, -z))",
       "    return np.exp(-np.logaddexp(0.0, z))", "sigmoid", "sigmoid(-z)"),
    _m("BCE second term log(a)", "blind, solutions", "logistic_regression",
       "return float(-np.mean(y * np.log(a) + (1.0 - y) * np.log(1.0 - a)))",
       "return float(-np.mean(y * np.log(a) + (1.0 - y) * np.log(a)))", "binary_cross_entropy", "(1 - y) log(a) where (1 - y) log(1 - a)"),
    _m("linear db with x", "blind, solutions", "linear_regression",
       "return float(w - lr * err * x_i), float(b - lr * err)", "return float(w - lr * err * x_i), float(b - lr * err * x_i)",
       "sgd_step", "db with the factor x"),
    _m("two-layer biases start at one", "blind, solutions", "two_layer", '"b1": np.zeros(n_hidden),',
       '"b1": np.ones(n_hidden),', "init_params", "where zeros are due"),
    _m("two-layer output without b2", "blind, solutions", "two_layer",
       'a2 = _sigmoid(a1 @ params["w2"] + params["b2"])', 'a2 = _sigmoid(a1 @ params["w2"])', "forward", "bias b2 left out"),
    _m("minibatches shuffled without the generator", "blind, solutions", "training",
       "order = rng.permutation(len(x))", "order = np.random.permutation(len(x))", "the order of rng.permutation",
       "not in the order rng.permutation(len(x)) of the generator passed in"),
    _m("accuracy as a count", "blind, solutions", "training",
       "return float(np.mean(np.argmax(logits, axis=1) == labels))",
       "return float(np.sum(np.argmax(logits, axis=1) == labels))", "accuracy", "a sum where a mean was due"),
    _m("tanh caches its input", "blind, solutions", "activations", "    out = np.tanh(x)\n    return out, out",
       "    out = np.tanh(x)\n    return out, x", "tanh: backward", "of the input x"),
    _m("ConvNet's hidden activation sigmoid", "blind, solutions", "lenet",
       "layers = [_conv(\"same\", first=True), pool, relu, _FLATTEN, _DENSE, relu, _DENSE]",
       "layers = [_conv(\"same\", first=True), pool, relu, _FLATTEN, _DENSE, _choice(_ACTIVATIONS, \"sigmoid\", "
       "\"activation\"), _DENSE]", "ConvNet: forward", "sigmoid as the relu after Dense(100)"),
    _m("log softmax with the global max", "blind, solutions", "softmax",
       "shifted = logits - np.max(logits, axis=-1, keepdims=True)", "shifted = logits - np.max(logits)",
       "cross_entropy far-apart logits", "each row's own max"),
)

# different but valid implementations: full marks
REWRITES: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("students", "every module, written as a student would", ()),
    ("solutions", "relu mask as a multiplication by a boolean, sigmoid as tanh", (
        ("activations", "return dout * (cache > 0)", "return np.where(cache > 0, dout, 0.0)"),
        ("activations", "out = np.where(x >= 0, 1 / (1 + z), z / (1 + z))", "out = 0.5 * (1 + np.tanh(x / 2))"),
    )),
    ("solutions", "BCE with log(a + eps), predict on the probability", (
        ("logistic_regression", "a = np.clip(np.asarray(a, dtype=np.float64), eps, 1.0 - eps)\n    y = np.asarray(y, dtype=np.float64)\n"
         "    return float(-np.mean(y * np.log(a) + (1.0 - y) * np.log(1.0 - a)))",
         "a = np.asarray(a, dtype=np.float64)\n    y = np.asarray(y, dtype=np.float64)\n"
         "    return float(-np.mean(y * np.log(a + eps) + (1.0 - y) * np.log(1.0 - a + eps)))"),
        ("logistic_regression", "return (z >= 0.0).astype(np.int64)", "return (sigmoid(z) >= 0.5).astype(np.int64)"),
    )),
    ("solutions", "sgd_step storing new arrays, one pass without chunks", (
        ("lenet", "        for param, grad in zip(self._params, grads):\n            param -= lr * grad\n",
         "        self._params = [p - lr * g for p, g in zip(self._params, grads)]\n"),
    )),
    ("solutions", "minibatches from shuffled indices, log-sum-exp with np.logaddexp.reduce", (
        ("training", "    order = rng.permutation(len(x))\n    for start in range(0, len(x), batch_size):\n"
         "        batch = order[start : start + batch_size]\n        yield x[batch], y[batch]",
         "    idx = np.arange(len(x))\n    rng.shuffle(idx)\n    xs, ys = x[idx], y[idx]\n"
         "    for i in range(0, len(xs), batch_size):\n        yield xs[i : i + batch_size], ys[i : i + batch_size]"),
        ("softmax", "    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))",
         "    return logits - np.logaddexp.reduce(logits, axis=-1, keepdims=True)"),
    )),
    ("solutions", "train with a running weighted sum", (
        ("training", "            total += float(model.sgd_step(xb, yb, lr)) * len(xb)\n        losses.append(total / len(x))",
         "            total += float(model.sgd_step(xb, yb, lr)) * xb.shape[0]\n"
         "        losses.append(total / x.shape[0])"),
    )),
)


def _module_edit(directory: Path, module: str, old: str, new: str) -> None:
    path = directory / f"{module}.py"
    code = path.read_text()
    assert code.count(old) == 1, f"{old!r} is not once in {path}"
    path.write_text(code.replace(old, new))


def submission(directory: Path, base: str) -> Path:
    """A copy of the solutions, with the student-style modules over them for `base` "students"."""
    if directory.exists():
        shutil.rmtree(directory)
    shutil.copytree(ROOT / "solutions", directory, ignore=shutil.ignore_patterns("derivations", "__pycache__"))
    if base == "students":
        for path in STUDENTS.glob("*.py"):
            shutil.copy(path, directory / path.name)
    return directory


def groups(mutants: tuple[Mutant, ...]) -> list[list[Mutant]]:
    """Mutants graded together: one per module, none in a module another one imports."""
    found: list[list[Mutant]] = []
    for mutant in mutants:
        for group in found:
            modules = {m.module for m in group}
            clash = {mutant.module} | IMPORTS.get(mutant.module, set())
            if group[0].base == mutant.base and not clash & modules and not any(
                    mutant.module in IMPORTS.get(m, set()) for m in modules):
                group.append(mutant)
                break
        else:
            found.append([mutant])
    return found


@dataclass(frozen=True)
class Outcome:
    mutant: Mutant
    lost: bool  # scored below the maximum (a NOTED mutant: kept its points, as it should)
    named: bool  # the check it breaks names the mistake
    first: bool  # ... and that is the exercise's first failure (what the table shows)
    messages: tuple[str, ...]


NOTED = {"relu_backward overwrites dout", "relu forward in place"}  # a note, no points (see Mutant.lose)


def judge(mutant: Mutant, result: ExerciseResult) -> Outcome:
    """Lost: scored below the maximum (a noted mutant: kept its points); named: the check it breaks
    (or, noted, the check it passes) says what the mistake is."""
    if mutant.id in NOTED:
        hits = [c for c in result.checks if mutant.check in c.name and mutant.needle in c.message]
        return Outcome(mutant, result.score == result.max_score, bool(hits), bool(hits), tuple(c.message for c in hits[:3]))
    failed = [c for c in result.checks if not c.passed]
    hits = [c for c in failed if mutant.check in c.name and mutant.needle in c.message]
    return Outcome(mutant, result.score < result.max_score, bool(hits), mutant.needle in result.first_failure,
                   tuple(f"{c.name}: {c.message}" for c in failed[:3]))


def run(work: Path, mutants: tuple[Mutant, ...] = MUTANTS) -> list[Outcome]:
    """Grade every mutant (grouped), in `work`."""
    outcomes = []
    for k, group in enumerate(groups(mutants)):
        directory = submission(work / f"group{k}", group[0].base)
        for mutant in group:
            for old, new in mutant.edits:
                _module_edit(directory, mutant.module, old, new)
        report = grade(directory, seed=SEED, only=tuple(m.module for m in group))
        by_name = {e.name: e for e in report.exercises}
        outcomes += [judge(m, by_name[m.module]) for m in group]
    return outcomes
