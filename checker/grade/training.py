"""The judges of a training run's steps: the batches, the time, the accuracy, the model's consistency.

`batches` reads the generator's batches (every sample once, labels kept with their samples);
`time` the grader's clock; `accuracy` runs the returned weights through the grader's own
forward pass, in the student's architecture (`assembly.py`), on images and labels that never
reach the child; `own` the model's own consistency (`OwnLoss`, `OwnStep`, `Directional`:
own.py).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from checker.grade import assembly, failures, forward, own
from checker.grade.compare import Comparison
from checker.grade.evidence import close
from checker.grade.specs import Accuracy, Batches, Directional, OwnLoss, OwnStep, Step, Time
from checker.grade.transport import Outcome
from checker.grade.variant import Seen, shown


def batches(step: Step, check: Batches, got: Outcome, seen: Seen, values: dict[str, Any]) -> Comparison:
    x, y, size = values["x"], values["y"], values["batch_size"]
    parts = list(got.outputs)
    if len(parts) % 2 or not all(isinstance(p, np.ndarray) for p in parts):
        return Comparison(False, "expected (xb, yb) pairs of arrays from the generator")
    xs, ys = parts[0::2], parts[1::2]
    sizes = [len(b) for b in xs]
    want = [size] * (len(x) // size) + ([len(x) % size] if len(x) % size else [])
    if sizes != want or [len(b) for b in ys] != want:
        missing = " — looks like: the last, smaller batch is missing (the remainder of n / batch_size)"
        return Comparison(False, f"batch sizes {sizes} for n={len(x)}, batch_size={size}; expected {want}"
                          + (missing if sizes == want[:-1] else ""))
    rows = np.concatenate(xs).reshape(len(x), -1)[:, 0] / 2  # x[i] = (2i, 2i + 1)
    if sorted(rows.tolist()) != list(range(len(x))):
        return Comparison(False, "not every sample appears exactly once across the batches")
    if not np.array_equal(np.concatenate(ys), y[rows.astype(int)]):
        return Comparison(False, "the labels yb do not belong to the samples xb (shuffle x and y with one order)")
    return Comparison(True)


def timed(step: Step, check: Time, got: Outcome, seen: Seen, values: dict[str, Any]) -> Comparison:
    if got.seconds is None:  # the step whose result carries the work never ended
        until = check.until or step.id
        ended = seen.outcome(until)
        return Comparison(False, f"not timed: {seen.name(until)} did not finish"
                          + (f" ({failures.plain(ended)})" if ended is not None and ended.status != "ok" else ""))
    ok = got.seconds <= check.limit
    return Comparison(ok, f"took {got.seconds or 0:.2f} s (limit {check.limit:g} s"
                      + (")" if ok else "; vectorise the layers: loops over pixels are 500-5000x slower)"))


def _architecture(check: Accuracy, seen: Seen, values: dict[str, Any]) -> list[str] | Comparison:
    """The layer kinds (forward.py) of the chain the student's own model computes: the reference's,
    or the one assembly difference that gives its logits at the twin weights; else why not."""
    twin = seen.outcome(check.twin)
    if twin is None or twin.status != "ok":
        return Comparison(False, f"could not be scored: {seen.name(check.twin)} failed ({failures.plain(twin)}); the "
                          "trained weights are run in your model's architecture", blocked=True)
    received = (twin.outputs or (None,))[0]
    kinds = [forward.kind(layer) for layer in check.chain]
    for candidate in [kinds, *(change.apply(list(kinds)) for change in assembly.changes(check.chain))]:
        try:
            expected = forward.logits(check.chain, values["twin_weights"], values["x_val"], kinds=candidate)
        except ValueError:  # the difference breaks a shape
            continue
        if isinstance(received, np.ndarray) and close(received.astype(np.float64), expected, 1e-4, 1e-5):
            return candidate
    return Comparison(False, f"could not be scored: your model's {seen.name(check.twin)} gives other logits than the "
                      "lecture's ConvNet, or any known variant of it, for the same weights (see the lenet exercise); "
                      "the grader scores the trained weights with its own forward pass of your architecture")


def accuracy(step: Step, check: Accuracy, got: Outcome, seen: Seen, values: dict[str, Any]) -> Comparison:
    shapes = list(check.shapes)
    weights = list(got.outputs)
    if [np.shape(w) if isinstance(w, np.ndarray) else None for w in weights] != shapes:
        received = ", ".join(str(np.shape(w)) if isinstance(w, np.ndarray) else "not an array" for w in weights)
        return Comparison(False, f"{shown(step)}() returned {len(weights)} arrays ({received[:200]}); expected the "
                          f"model's {len(shapes)} weights in get_weights() order: {', '.join(map(str, shapes))}")
    kinds = _architecture(check, seen, values)
    if isinstance(kinds, Comparison):
        return kinds
    logits, labels = forward.logits(check.chain, weights, values["x_test"], kinds=kinds), values["labels"]
    score = float(np.mean(np.argmax(logits, axis=1) == labels))
    ok = score >= check.threshold
    return Comparison(ok, f"accuracy {score:.1%} (needs at least {check.threshold:.0%})")


def consistency(step: Step, check: OwnLoss | OwnStep | Directional, got: Outcome, seen: Seen,
         values: dict[str, Any]) -> Comparison:
    outcomes = {s.id: seen.outcome(s.id) for s in seen.scenario.steps}
    names = {s.id: seen.name(s.id) for s in seen.scenario.steps}
    if isinstance(check, Directional):
        sides = {k: seen.outcome(step.id + k) for k in ("+", "-", "logits", "+logits", "-logits")}
        direction, asked = own.drawn(seen.data, seen.tag, step.id, len(values[step.args[1]]), len(step.args) - 2)
        return own.directional(step, check, got, sides, direction, asked, outcomes, names)
    return own.update(step, check, got, values, outcomes, names)
