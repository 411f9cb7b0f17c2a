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

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from checker.grade.specs import Case
from checker.reference import wrong_fits as fits
from checker.reference import wrong_layers as layers

Arrays = list[np.ndarray]


@dataclass(frozen=True)
class Wrong:
    """A wrong version of a case's function: `run(module, case, args, dout)` gives its outputs
    (compared with every output of the same shape), or [] where it does not apply."""

    label: str
    applies: Callable[[str, Case], bool]
    run: Callable[[Any, Case, list[Any], Any], Arrays]


def _is(exercise: str, *fns: str, **kwargs: Any) -> Callable[[str, Case], bool]:
    """Cases of `exercise` calling one of `fns` (any when none) whose kwargs include `kwargs`."""
    return lambda name, case: (name == exercise and (not fns or case.fn in fns)
                               and all(case.kwargs.get(k) == v for k, v in kwargs.items()))


WRONG: tuple[Wrong, ...] = (
    Wrong("kernel flipped (convolution instead of cross-correlation)", _is("conv2d", "conv2d_forward"),
          layers.flipped_kernel),
    Wrong("padding on the wrong side (TensorFlow puts the odd row/column at the bottom/right)",
          _is("conv2d", "conv2d_forward", padding="same"), layers.wrong_side),
    Wrong("the stride ignored in the backward: output pixel (i, j) covers the window at (s_h*i, s_w*j), "
          "not (i, j)", _is("conv2d", "conv2d_forward"), layers.stride_ignored),
    Wrong("the stride ignored: the windows one pixel apart where the stride puts them s apart",
          _is("conv2d", "conv2d_forward"), layers.forward_stride_ignored),
    Wrong("dw assigned (=) in a loop over the output positions: only the last one counts; accumulate (+=)",
          _is("conv2d", "conv2d_forward"), layers.dw_assigned),
    Wrong("dw from the first image only: dw sums every image's contribution over the batch",
          _is("conv2d", "conv2d_forward"), layers.dw_first_image),
    Wrong("the stride ignored in the backward: output (i, j) comes from the window at (s_h*i, s_w*j), not (i, j)",
          _is("pooling"), layers.pool_stride_ignored),
    Wrong("kernel flipped (convolution instead of cross-correlation)", _is("convolution", "correlate1d", "correlate2d"),
          layers.other_operation),
    Wrong("kernel not flipped (cross-correlation instead of convolution)", _is("convolution", "convolve1d"),
          layers.other_operation),
    Wrong("'same' centred on the other side for an even kernel: SciPy's correlate and convolve start at "
          "(k - 1) // 2 of 'full', correlate2d at k // 2", _is("convolution"), layers.other_centre),
    Wrong("gradient sent to every tied maximum of a window (send it to one)", lambda name, case: "ties" in case.tags,
          layers.every_tie),
    Wrong("overlapping windows: each window's gradient assigned (=) where they must add up (+=)",
          _is("pooling"), layers.assigned),
    Wrong("the window's sum, not its mean: divide by pool_h * pool_w", _is("pooling", "avg_pool_forward"),
          layers.window_sum),
    Wrong("'same' padding counted in the mean: divide each window by its real (unpadded) cells, as TensorFlow does",
          _is("pooling", "avg_pool_forward"), layers.padding_counted),
    Wrong("'same' max pooling padded with zeros: padded cells must never win (pad with -inf)",
          _is("pooling", "max_pool_forward"), layers.padding_counted),
    Wrong("the data term summed over the batch where its mean was due (the penalties are added once)",
          lambda name, case: name == "logistic_regression" and case.name == "gradients l1 l2",
          fits.penalised(lambda d, w, b, o: (o[2] * d + o[0] * np.sign(w) + o[1] * w, o[3]))),
    Wrong("the penalties divided by the batch size too (only the data term is a mean over the batch)",
          lambda name, case: name == "logistic_regression" and case.name == "gradients l1 l2",
          fits.penalised(lambda d, w, b, o: (d + (o[0] * np.sign(w) + o[1] * w) / o[2], o[3]))),
    Wrong("L2 term 2 l2 w: the penalty is l2/2 w^2, whose gradient is l2 w",
          lambda name, case: name == "logistic_regression" and case.name == "gradients l1 l2",
          fits.penalised(lambda d, w, b, o: (d + o[0] * np.sign(w) + 2 * o[1] * w, o[3]))),
    Wrong("L2 term halved (l2/2 w): the penalty is l2/2 w^2, whose gradient is l2 w (the 1/2 cancels the 2)",
          lambda name, case: name == "logistic_regression" and case.name == "gradients l1 l2",
          fits.penalised(lambda d, w, b, o: (d + o[0] * np.sign(w) + o[1] / 2 * w, o[3]))),
    Wrong("L1 term with the wrong sign: the gradient of l1 |w| is +l1 sign(w)",
          lambda name, case: name == "logistic_regression" and case.name == "gradients l1 l2",
          fits.penalised(lambda d, w, b, o: (d - o[0] * np.sign(w) + o[1] * w, o[3]))),
    Wrong("L1 term l1 * w: the gradient of l1 |w| is l1 sign(w)",
          lambda name, case: name == "logistic_regression" and case.name == "gradients l1 l2",
          fits.penalised(lambda d, w, b, o: (d + o[0] * w + o[1] * w, o[3]))),
    Wrong("the L2 term missing: add l2 * w (the gradient of l2/2 w^2)",
          lambda name, case: name == "logistic_regression" and case.name == "gradients l1 l2",
          fits.penalised(lambda d, w, b, o: (d + o[0] * np.sign(w), o[3]))),
    Wrong("the bias regularised: only w is penalised, db is mean(a - y)",
          lambda name, case: name == "logistic_regression" and case.name == "gradients l1 l2",
          fits.penalised(lambda d, w, b, o: (d + o[0] * np.sign(w) + o[1] * w, o[3] + o[0] * np.sign(b) + o[1] * b))),
    Wrong("the bias regularised: only w is penalised, db is mean(a - y)",
          lambda name, case: name == "logistic_regression" and case.name == "gradients l1 l2",
          fits.penalised(lambda d, w, b, o: (d + o[0] * np.sign(w) + o[1] * w, o[3] + o[1] * b))),
    Wrong("0.5 compared with the logit z = x w + b: compare the probability sigmoid(z) with 0.5 (or z with 0)",
          _is("logistic_regression", "predict"), fits.predict_variant(lambda z: z >= 0.5)),
    Wrong("the probabilities returned: predict returns labels 0 or 1", _is("logistic_regression", "predict"),
          fits.predict_variant(lambda z: 1 / (1 + np.exp(-z)))),
    Wrong("the samples taken in data order: shuffle them every epoch with rng.permutation",
          _is("logistic_regression", "fit"), fits.fit_variant(order="data")),
    Wrong("the same order every epoch: make one np.random.default_rng(seed) before the epochs and draw a new "
          "permutation from it in each epoch", _is("logistic_regression", "fit"), fits.fit_variant(order="fixed")),
    Wrong("w started at zeros: the start is w = 1 (every weight), b = 0", _is("logistic_regression", "fit"),
          fits.fit_variant(start=0.0)),
    Wrong("the per-epoch losses without the penalties (add l1 sum|w| + l2/2 sum w^2)",
          _is("logistic_regression", "fit"), fits.fit_variant(penalty=False)),
    Wrong("one full-batch gradient step per epoch: fit takes one step per sample", _is("logistic_regression", "fit"),
          fits.fit_variant(batch=True)),
    Wrong("dw without the factor x: dL/dw = (y_hat - y) x", _is("linear_regression", "sgd_step"), fits.linear_sgd("no x")),
    Wrong("b updated with the new w: compute the error once, from w and b before the step",
          _is("linear_regression", "sgd_step"), fits.linear_sgd("new w")),
    Wrong("db with the factor x: dL/db = y_hat - y (only dw has x)", _is("linear_regression", "sgd_step"),
          fits.linear_sgd("db x")),
    Wrong("a factor 2 in the gradient: the loss is 1/2 (y_hat - y)^2, whose derivative has none",
          _is("linear_regression", "sgd_step"), fits.linear_sgd("factor 2")),
    Wrong("one epoch too many: epochs passes over the data", _is("linear_regression", "fit"),
          fits.linear_fit("one more")),
    Wrong("one epoch too few: epochs passes over the data", _is("linear_regression", "fit"), fits.linear_fit("one less")),
    Wrong("dw without the factor x (see sgd_step): dL/dw = (y_hat - y) x", _is("linear_regression", "fit"),
          fits.linear_fit("no x")),
    Wrong("b updated with the new w (see sgd_step): compute the error once per sample, before the step",
          _is("linear_regression", "fit"), fits.linear_fit("new w")),
    Wrong("the update goes up the gradient (see sgd_step): w - lr * gradient is due",
          _is("linear_regression", "fit"), fits.linear_fit("ascent")),
    Wrong("started from w = b = 0: the start values are w = b = 1.0 (the arguments' defaults)",
          _is("linear_regression", "fit"), fits.linear_fit("zeros")),
    Wrong("one mean (full-batch) gradient step per epoch: fit updates w and b after every sample",
          _is("linear_regression", "fit"), fits.linear_fit("batch")),
)


def outputs(exercise: str, case: Case, module: Any, args: list[Any], dout: Any) -> list[tuple[str, np.ndarray]]:
    """Every applicable wrong version's outputs, as (message, array) pairs."""
    return [(wrong.label, np.asarray(array, dtype=np.float64)) for wrong in WRONG if wrong.applies(exercise, case)
            for array in wrong.run(module, case, [a.copy() if isinstance(a, np.ndarray) else a for a in args], dout)]


@dataclass(frozen=True)
class WrongStep:
    """A wrong version of what a scenario's step returns: `run(module, values)` from the make's
    values, with the solutions' functions."""

    label: str
    scenario: str
    step: str
    run: Callable[[Any, dict[str, Any]], Any]


WRONG_STEPS: tuple[WrongStep, ...] = (
    WrongStep("the hidden layer's bias b1 left out", "two-layer network", "forward", fits.two_layer_forward("no b1")),
    WrongStep("the output's bias b2 left out", "two-layer network", "forward", fits.two_layer_forward("no b2")),
    WrongStep("ReLU in the hidden layer where the network has a sigmoid", "two-layer network", "forward",
              fits.two_layer_forward("relu")),
    WrongStep("the output's logit returned: a2 = sigmoid(a1 w2 + b2)", "two-layer network", "forward",
              fits.two_layer_forward("logit")),
    *(WrongStep(label, "two-layer network", "backward", fits.two_layer_backward(d, "x", "y", "params"))
      for label, d in fits.DERIVATIVES),
    WrongStep("the samples in data order: draw a new permutation every epoch from default_rng(seed)",
              "two-layer network", "fit", fits.two_layer_fit(order="data")),
    WrongStep("the same order every epoch: make default_rng(seed) once and draw a new permutation from it in each "
              "epoch", "two-layer network", "fit", fits.two_layer_fit(order="fixed")),
    WrongStep("the last, smaller batch of each epoch left out: train on every sample", "two-layer network", "fit",
              fits.two_layer_fit(drop_last=True)),
    *(WrongStep("batches of nearly equal sizes from np.array_split, not batch_size: take order[start : start + "
                "batch_size] for start in range(0, n, batch_size)", "two-layer network", "fit", fits.two_layer_fit(split=split))
      for split in ("ceil", "floor")),
    WrongStep("a new default_rng(seed) every epoch: every epoch then sees the same batches (make the generator "
              "once, before the epochs)", "train's history", "losses", fits.train(fresh=True)),
    WrongStep("the plain mean of the batch losses: weight each by its batch size (the last batch is smaller), "
              "so an epoch's loss is the mean over its samples", "train's history", "losses", fits.train(weighted=False)),
    WrongStep("the last, smaller batch of each epoch left out: train on every sample", "train's history", "losses",
              fits.train(drop_last=True)),
    WrongStep("only the last batch's loss recorded per epoch: an epoch's loss is the mean over all its batches "
              "(each weighted by its size)", "train's history", "losses", fits.train(last_only=True)),
    *(WrongStep("the validation accuracy measured on the training data: use x_val, y_val", "train's history",
                "val_accuracy", fits.train(val_on_train=rows)) for rows in ("all", "head")),
    WrongStep("the batches in data order: shuffle every epoch with iterate_minibatches and the generator",
              "train's history", "losses", fits.train(in_order=True)),
    *(WrongStep(f"the learning rate passed in not used: these are the losses of a fixed lr={lr}; pass lr to "
                "sgd_step", "train's history", "losses", fits.train(lr=lr)) for lr in (0.01, 0.001, 1.0)),
    WrongStep("w1 drawn from U(0, 1): the weights come from rng.standard_normal (a standard normal distribution)",
              "two-layer network", "init", fits.two_layer_init("uniform")),
    WrongStep("w2 drawn before w1: draw w1 first, then w2, from the one generator", "two-layer network", "init",
              fits.two_layer_init("order")),
    WrongStep("the probabilities returned: predict returns labels 0 or 1", "two-layer network", "predict",
              fits.two_layer_probabilities),
)


def step_outputs(scenario: str, step: str, module: Any, values: dict[str, Any]) -> list[tuple[str, Any]]:
    """Every wrong version of a scenario step's result, as (message, value) pairs."""
    return [(wrong.label, wrong.run(module, values)) for wrong in WRONG_STEPS
            if (wrong.scenario, wrong.step) == (scenario, step)]
