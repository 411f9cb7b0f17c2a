"""A model judged against itself: updates against its own gradients, gradients against its own loss.

`update` judges `OwnLoss` (the loss an sgd_step returns is the one its loss_and_grads gives) and
`OwnStep` (the weights after an update are the weights before it minus lr times the model's own
gradients, so a wrong layer costs the model checks, not the update rule again; a later step
that used the first step's gradients is named). `directional` judges `Directional`: the model's
gradients at a base point, along a direction (both from secret entropy: `points`), against the
centred difference of the losses it returned at the base point moved by ±eps (scenario.py makes
those calls, each point in a child of its own); the loss must change as the cross-entropy of the
model's own logits does, so a loss made up to agree with wrong gradients is not taken for the
model's. None of these earns points for a model whose logits ignore the input, or whose
gradients are all zero.
"""

from __future__ import annotations

import secrets
from typing import Any

import numpy as np

from checker.grade.compare import Comparison, compare
from checker.grade.specs import Directional, OwnLoss, OwnStep, Step
from checker.grade.transport import Outcome

DIRECTION_EPS = 1e-8  # small: a ReLU kink or a max switch inside ±eps is rare
OFFSET = 1e-2  # the base point: each weight moved at random by this times its array's spread
STALE = ("the gradients of the step before (kept from an earlier call): compute fresh gradients at the current "
         "weights in every sgd_step")
Outcomes = dict[str, Outcome | None]


def points(weights: list[np.ndarray]) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """A base point near `weights` (off any grid and public variant) and a direction, one array per
    weight each, from secret entropy: nothing a submission can know in advance."""
    secret = np.random.default_rng(secrets.randbits(128))
    base = [w + OFFSET * (float(np.std(w)) or 1.0) * secret.standard_normal(np.shape(w)) for w in weights]
    return base, [secret.standard_normal(np.shape(w)) for w in weights]


def asked(arrays: list[np.ndarray]) -> list[np.ndarray]:
    """New arrays like `arrays` (the images and labels the points are asked at), from secret
    entropy: integers drawn from 0 to the largest given, others uniform between the smallest and
    the largest. A forward that cannot know the labels cannot make its logits agree with a loss
    made up to agree with wrong gradients; a model that computes both honestly agrees anywhere."""
    secret = np.random.default_rng(secrets.randbits(128))
    found = []
    for a in arrays:
        if np.issubdtype(a.dtype, np.integer):
            found.append(secret.integers(0, int(np.max(a)) + 1, a.shape).astype(a.dtype))
        else:
            found.append(secret.uniform(float(np.min(a)), float(np.max(a)), a.shape))
    return found


def direction_key(tag: str, step_id: str, i: int) -> str:
    """Where the direction's `i`-th array is kept for the judge (never sent to a child)."""
    return f"{tag}|{step_id}|direction|{i}"


def asked_key(tag: str, step_id: str, i: int) -> str:
    """Where the `i`-th array the points are asked at (`asked`) is kept."""
    return f"{tag}|{step_id}|asked|{i}"


def drawn(data: Any, tag: str, step_id: str, weights: int, args: int) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """The direction (`weights` arrays) and the arrays asked at (`args`) scenario.py drew for a step."""
    return ([data[direction_key(tag, step_id, i)] for i in range(weights)],
            [data[asked_key(tag, step_id, i)] for i in range(args)])


def _cross_entropy(outputs: Any, labels: np.ndarray, probabilities: bool = False) -> float | None:
    """The mean cross-entropy of a forward's `outputs` for integer `labels`: of their softmax, or
    (`probabilities`) of the outputs themselves when every row is a distribution (None: neither)."""
    if (not isinstance(outputs, np.ndarray) or outputs.ndim != 2 or len(outputs) != len(labels)
            or not np.issubdtype(outputs.dtype, np.number) or int(np.max(labels)) >= outputs.shape[1]):
        return None
    z = outputs.astype(np.float64)
    if probabilities:
        if not (np.all(z > 0) and np.allclose(z.sum(axis=1), 1.0, rtol=0, atol=1e-6)):
            return None
        log_p = np.log(z)
    else:
        z = z - z.max(axis=1, keepdims=True)
        log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    return float(-np.mean(log_p[np.arange(len(labels)), np.asarray(labels, dtype=np.int64)]))


def _shapes(arrays: list[Any]) -> list[Any]:
    return [np.shape(a) if isinstance(a, np.ndarray) else None for a in arrays]


def _ignores_input(outcomes: Outcomes) -> Comparison | None:
    logits = outcomes.get("logits")
    rows = logits.outputs[0] if logits is not None and logits.status == "ok" and logits.outputs else None
    if isinstance(rows, np.ndarray) and rows.ndim == 2 and len(rows) > 1 and np.allclose(rows, rows[:1]):
        return Comparison(False, "your model's logits are the same for every image: a forward pass that ignores "
                          "its input earns no points for a loss and gradients consistent with it")
    return None


def grads(got: Outcome | None, of: str) -> tuple[float, list[Any]] | Comparison:
    """The loss and gradients the student's own `loss_and_grads` returned, or why they cannot be used."""
    if got is None or got.status != "ok":
        return Comparison(False, f"needs {of} to run first", blocked=True)
    loss = [v for p, v in zip(got.paths, got.outputs) if p == "[0]"]
    mine = [g for p, g in zip(got.paths, got.outputs) if p.startswith("[1][")]
    if len(loss) != 1 or not isinstance(loss[0], np.ndarray) or loss[0].size != 1 or not mine:
        return Comparison(False, f"needs {of} to return (loss, gradients)")
    if all(isinstance(g, np.ndarray) and not np.any(g) for g in mine):
        return Comparison(False, f"needs nonzero gradients from {of} (yours are all zero)")
    return float(loss[0].reshape(())), mine


def _usable(of: str, outcomes: Outcomes, names: dict[str, str]) -> tuple[float, list[Any]] | Comparison:
    """The model's own loss and gradients (step `of`), or why they earn nothing."""
    blind = _ignores_input(outcomes)
    return blind if blind is not None else grads(outcomes.get(of), names[of])


def _loss(got: Outcome | None) -> float | None:
    """The loss a `loss_and_grads` call returned (its first value), when it is one number."""
    if got is None or got.status != "ok" or "[0]" not in got.paths:
        return None
    value = got.outputs[got.paths.index("[0]")]
    return float(value.reshape(())) if isinstance(value, np.ndarray) and value.size == 1 else None


def _from_logits(got: Outcome, sides: dict[str, Outcome | None], labels: np.ndarray) -> Comparison | None:
    """None when the model's loss changes between the two sides as the mean cross-entropy of its own
    forward's logits does (up to the constant factor a sum instead of a mean gives; a forward that
    returns probabilities is read as such, a mistake the logits check names): the loss is the
    model's, not a function made up to agree with its gradients; else why not."""
    losses = [_loss(got), _loss(sides.get("+")), _loss(sides.get("-"))]
    readings = []
    for probabilities in (False, True):
        entropies = []
        for key in ("logits", "+logits", "-logits"):
            out = sides.get(key)
            value = (out.outputs or (None,))[0] if out is not None and out.status == "ok" else None
            entropies.append(_cross_entropy(value, labels, probabilities))
        found = [v for v in (*losses, *entropies) if v is not None]
        if len(found) == 6:
            base, high, low, at, higher, lower = found
            readings.append((high - low, (base / at if at else 1.0) * (higher - lower)))
    if not readings:
        return Comparison(False, "needs forward (logits) and loss_and_grads (loss, gradients) at other weights too")
    if any(abs(mine - theirs) <= 1e-4 * abs(theirs) + 1e-13 for mine, theirs in readings):
        return None
    mine, theirs = readings[0]
    return Comparison(False, "your loss does not change as the cross-entropy of your forward's logits does "
                      f"(between two nearby weights: {mine:.3g} vs {theirs:.3g}): the check compares your "
                      "gradients with the loss your model computes from its own logits")


def directional(step: Step, check: Directional, got: Outcome, sides: dict[str, Outcome | None],
                direction: list[np.ndarray], asked: list[np.ndarray], outcomes: Outcomes,
                names: dict[str, str]) -> Comparison:
    """The gradients the model returned at a secret base point (`got`), along a secret direction,
    against the centred difference of the losses it returned at the base point moved by ±eps
    (`sides`: "+", "-" and each point's logits, "logits", "+logits", "-logits"), all at the images
    and labels `asked`; when they agree, the loss must also change as the cross-entropy of the
    model's own logits does (`_from_logits`)."""
    blind = _ignores_input({"logits": sides.get("logits")}) or _ignores_input(outcomes)
    if blind is not None:
        return blind
    own = grads(got, names[check.of])
    if isinstance(own, Comparison):
        return own
    mine = own[1]
    if _shapes(mine) != [np.shape(d) for d in direction]:
        return Comparison(False, f"needs {names[check.of]}'s gradients in get_weights() order and shapes")
    along = sum(float(np.sum(np.asarray(g, dtype=np.float64) * d)) for g, d in zip(mine, direction))
    high, low = _loss(sides.get("+")), _loss(sides.get("-"))
    if high is None or low is None:
        return Comparison(False, f"needs {names[step.id]} to return (loss, gradients) at other weights too")
    verdict = _slopes(own[0], high, low, along, check)
    return (_from_logits(got, sides, asked[-1]) or verdict) if verdict.passed else verdict


def _slopes(base: float, high: float, low: float, along: float, check: Directional) -> Comparison:
    """The gradients along the direction against the centred difference of the losses; when they
    differ, against each one-sided difference too. A ReLU kink or a max switch between the base
    point and one side (the ConvNet's 2,000 pre-activations per image meet one in about 1 of 300
    draws) bends that side's slope, not the other's: the loss still changes as the gradients say on
    the side without it. Wrong gradients agree with neither."""
    verdict = compare("your gradients along a random direction vs a centred difference of your own loss",
                      np.array((high - low) / (2 * DIRECTION_EPS)), np.array(along), rtol=check.rtol, atol=check.atol)
    if verdict.passed:
        return verdict
    for side in ((high - base) / DIRECTION_EPS, (base - low) / DIRECTION_EPS):
        if compare("", np.array(side), np.array(along), rtol=check.rtol, atol=check.atol).passed:
            return Comparison(True, "")
    return verdict


def update(step: Step, check: OwnLoss | OwnStep, got: Outcome, values: dict[str, Any], outcomes: Outcomes,
           names: dict[str, str]) -> Comparison:
    """sgd_step against the model's own loss_and_grads: the loss before the step, and
    weights - lr * gradients after it, from the weights the model itself reported (so a wrong
    layer, or float32 parameters, cost nothing here)."""
    own = _usable(check.of, outcomes, names)
    if isinstance(own, Comparison):
        return own
    loss, mine = own
    if isinstance(check, OwnLoss):
        return compare(f"{names[step.id]}() (your {names[check.of]}' loss before the step)", np.array(loss),
                       (got.outputs or (None,))[0], rtol=check.rtol, atol=check.atol)
    before = outcomes.get(check.before)
    weights = list(before.outputs) if before is not None and before.status == "ok" else []
    if _shapes(weights) != [w.shape for w in values["weights"]]:
        if check.before != "weights":
            return Comparison(False, f"needs {names[check.before]}() to return the weights (get_weights() order "
                              "and shapes)")
        weights = values["weights"]
    if _shapes(mine) != _shapes(weights):
        return Comparison(False, f"needs {names[check.of]}'s gradients in get_weights() order and shapes")
    if len(got.outputs) != len(weights):
        return Comparison(False, f"{names[step.id]}() returned {len(got.outputs)} arrays; expected {len(weights)}")
    if all(isinstance(a, np.ndarray) and a.shape == w.shape and np.array_equal(a, w)
           for a, w in zip(got.outputs, weights)):
        return Comparison(False, "sgd_step did not change the model's weights: update the parameters in place "
                          "(param -= lr * grad) or store the new arrays in the model")
    earlier = grads(outcomes.get("grads"), "") if check.of != "grads" else None  # a later step's stale gradients
    stale = earlier[1] if isinstance(earlier, tuple) and _shapes(earlier[1]) == _shapes(weights) else [None] * len(weights)
    for i, (w, g, old, received) in enumerate(zip(weights, mine, stale, got.outputs)):
        w = np.asarray(w, dtype=np.float64)
        expected = w - values["lr"] * np.asarray(g, dtype=np.float64)
        wrong = [] if old is None else [(STALE, w - values["lr"] * np.asarray(old, dtype=np.float64))]
        result = compare(f"{names[step.id]}()[{i}]", expected, received, rtol=check.rtol, atol=check.atol,
                         mistakes=wrong, output="w", inputs={"w": w})
        if not result.passed:
            return result
    return Comparison(True)
