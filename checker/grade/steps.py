"""Judging a scenario's steps from their calls' outcomes, each by its typed judge (specs.Match, ...).

`verdicts` judges every step with points (and every gate) in order. A step whose call failed is
blamed on the earliest step it depends on that failed (the results it uses, the steps it runs
after), not on the first failure in order; a step that ran but differs says which earlier
judged step it relies on differs too (`Step.relies` adds the functions it calls inside). Each
judge reads what it needs: `Match` the stored reference outputs (with the build's wrong versions
of the step, and a list returned in another order), `Batches` the generator's batches, `Accuracy`
the returned weights run by the grader's own forward pass on images and labels that never reach
the child, `Time` the grader's clock; the model's own consistency
(`OwnLoss`, `OwnStep`, `Directional`) is in own.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from checker.grade import assembly, failures, forward, language, own, store
from checker.grade.compare import Comparison, compare, in_place
from checker.grade.evidence import close
from checker.grade.flatten import aligned, kept, leaves
from checker.grade.specs import (
    Accuracy,
    Batches,
    Directional,
    Match,
    Order,
    OwnLoss,
    OwnStep,
    Scenario,
    Step,
    Time,
)
from checker.grade.transport import Outcome


def value(spec: dict[str, Any], data: Any) -> Any:
    """A make value from its stored spec (arrays read from the reference data)."""
    if "array" in spec:
        return data[spec["array"]]
    if "list" in spec:
        return [value(s, data) for s in spec["list"]]
    if "dict" in spec:
        return {k: value(s, data) for k, s in spec["dict"].items()}
    return spec["value"]


@dataclass(frozen=True)
class Seen:
    """What judging one variant of a scenario reads: its stored data and every call's outcome."""

    scenario: Scenario
    v: int
    variant: dict[str, Any]
    tag: str
    out: dict[str, Outcome]
    data: Any

    @property
    def case(self) -> tuple[str, int]:
        return self.scenario.name, self.v

    def outcome(self, step_id: str) -> Outcome | None:
        return self.out.get(self.tag + step_id)

    def values(self) -> dict[str, Any]:
        return {name: value(spec, self.data) for name, spec in self.variant["inputs"].items()}

    def name(self, step_id: str) -> str:
        step = next(s for s in self.scenario.steps if s.id == step_id)
        return language.shown(step.target, step.args)


def _shown(step: Step) -> str:
    return language.shown(step.target, step.args)


# Match --------------------------------------------------------------------------------------------

def match(step: Step, check: Match, got: Outcome, seen: Seen, values: dict[str, Any],
          inputs: dict[str, Any] | None = None) -> Comparison:
    """The step's kept outputs against the stored ones (or the make value `check.expect`);
    `inputs`: the call's inputs by parameter name, for the diagnoses (default: its make values)."""
    expected_paths = seen.variant["outputs"][step.id]
    pairs = aligned(kept(list(zip(got.paths, got.outputs)), check.keep), expected_paths)
    paths = [p for p, _ in pairs]
    if paths != expected_paths:
        return Comparison(False, f"{_shown(step)} returned {_paths(paths)}; expected {_paths(expected_paths)} (see "
                          "the docstring's Returns)")
    wanted = [np.asarray(leaves(values[check.expect])[j], dtype=np.float64) if check.expect
              else seen.data[store.expected(*seen.case, j, step.id)].astype(np.float64) for j in range(len(pairs))]
    order = _order(f"{_shown(step)}()", paths, [np.shape(v) for _, v in pairs], [w.shape for w in wanted])
    if inputs is None:
        inputs = {a: values[a] for a in step.args if a in values and not isinstance(values[a], (dict, list))}
    batch = len(values["x"]) if "mean" in check.tags and isinstance(values.get("x"), np.ndarray) else 1
    attribute = language.target(step.target).name == "__getattribute__"
    for (path, received), expected in zip(pairs, wanted):
        what = _shown(step) + path if attribute else f"{_shown(step)}(){path}".replace("(...)()", "(...)")
        result = compare(what, expected, received, rtol=check.rtol, atol=check.atol, tags=check.tags, batch=batch,
                         fn=language.target(step.target).name, output=path, inputs=inputs)
        if not result.passed and order and not result.hint:
            return Comparison(False, f"{result.message} — looks like: {order}", f"looks like: {order}", result.detail)
        if not result.passed:
            return _known(result, step, check, seen, [v for _, v in pairs])
    return Comparison(True)


def _order(name: str, paths: list[str], shapes: list[Any], expected: list[tuple[int, ...]]) -> str:
    """A list returned in another order: the shapes of the items under one parent (``[1][0]``,
    ``[1][1]``, ...) are the expected ones, rearranged ("" when they are not)."""
    for parent in sorted({p.rpartition("[")[0] for p in paths}):
        items = [k for k, p in enumerate(paths) if p.rpartition("[")[0] == parent]
        mine, theirs = [shapes[k] for k in items], [expected[k] for k in items]
        if len(items) > 1 and mine != theirs and sorted(map(str, mine)) == sorted(map(str, theirs)):
            pairs = [theirs[k : k + 2] for k in range(0, len(theirs), 2)]
            how = ("reversed" if mine == theirs[::-1] else "listed from the last layer to the first (kernel and bias "
                   "of each layer in order)" if mine == [s for pair in pairs[::-1] for s in pair] else "in another order")
            return f"{name}{parent}'s items {how}: they have the expected shapes, rearranged (keep get_weights() order)"
    return ""


def _paths(paths: list[str]) -> str:
    """``6 values ([0][0] ... [2][1])``: how many values a result holds, and where."""
    if not paths:
        return "nothing"
    where = ", ".join(paths) if len(paths) <= 4 else f"{paths[0]}, {paths[1]} ... {paths[-1]}"
    return f"{len(paths)} value{'s' if len(paths) > 1 else ''} ({where})"


def _known(result: Comparison, step: Step, check: Match, seen: Seen, received: list[Any]) -> Comparison:
    """`result` with the stored mistake that every part of the step's result matches, if one does."""
    for m, label in enumerate(seen.variant.get("mistakes", {}).get(step.id, [])):
        wrong = [seen.data[store.mistake(*seen.case, m, step.id, j)] for j in range(len(received))]
        if all(isinstance(r, np.ndarray) and r.shape == w.shape and np.allclose(r, w, rtol=check.rtol, atol=check.atol)
               for r, w in zip(received, wrong)):
            return Comparison(False, f"{result.message} — looks like: {label}", f"looks like: {label}", result.detail)
    return result


def _ordered(step: Step, check: Order, got: Outcome, seen: Seen, values: dict[str, Any]) -> Comparison:
    """`match`, and when the same (x, y) samples came in another order: the generator's order is not used."""
    verdict = match(step, check, got, seen, values)
    expected = [seen.data[store.expected(*seen.case, j, step.id)] for j in range(len(seen.variant["outputs"][step.id]))]
    received = [v for _, v in kept(list(zip(got.paths, got.outputs)), check.keep)]
    if verdict.passed or len(received) % 2 or not all(isinstance(r, np.ndarray) for r in received):
        return verdict
    rows = [np.concatenate([np.asarray(a, dtype=np.float64).reshape(len(a), -1) for a in part[k::2]]) for part
            in (received, expected) for k in (0, 1)]
    pairs = [np.hstack([rows[i], rows[i + 1].reshape(len(rows[i + 1]), -1)]) for i in (0, 2)]
    if pairs[0].shape == pairs[1].shape and np.array_equal(np.unique(pairs[0], axis=0), np.unique(pairs[1], axis=0)):
        hint = ("looks like: every sample, but not in the order rng.permutation(len(x)) of the generator passed in "
                "gives (the docstring's): np.random.*, a new default_rng or rng.choice give other orders")
        return Comparison(False, f"{verdict.detail or verdict.message} — {hint}", hint, verdict.detail)
    return verdict


# the other judges --------------------------------------------------------------------------------

def _batches(step: Step, check: Batches, got: Outcome, seen: Seen, values: dict[str, Any]) -> Comparison:
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


def _time(step: Step, check: Time, got: Outcome, seen: Seen, values: dict[str, Any]) -> Comparison:
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


def _accuracy(step: Step, check: Accuracy, got: Outcome, seen: Seen, values: dict[str, Any]) -> Comparison:
    shapes = list(check.shapes)
    weights = list(got.outputs)
    if [np.shape(w) if isinstance(w, np.ndarray) else None for w in weights] != shapes:
        received = ", ".join(str(np.shape(w)) if isinstance(w, np.ndarray) else "not an array" for w in weights)
        return Comparison(False, f"{_shown(step)}() returned {len(weights)} arrays ({received[:200]}); expected the "
                          f"model's {len(shapes)} weights in get_weights() order: {', '.join(map(str, shapes))}")
    kinds = _architecture(check, seen, values)
    if isinstance(kinds, Comparison):
        return kinds
    logits, labels = forward.logits(check.chain, weights, values["x_test"], kinds=kinds), values["labels"]
    score = float(np.mean(np.argmax(logits, axis=1) == labels))
    ok = score >= check.threshold
    return Comparison(ok, f"accuracy {score:.1%} (needs at least {check.threshold:.0%})")


def _own(step: Step, check: OwnLoss | OwnStep | Directional, got: Outcome, seen: Seen,
         values: dict[str, Any]) -> Comparison:
    outcomes = {s.id: seen.outcome(s.id) for s in seen.scenario.steps}
    names = {s.id: seen.name(s.id) for s in seen.scenario.steps}
    if isinstance(check, Directional):
        sides = {k: seen.outcome(step.id + k) for k in ("+", "-", "logits", "+logits", "-logits")}
        direction, asked = own.drawn(seen.data, seen.tag, step.id, len(values[step.args[1]]), len(step.args) - 2)
        return own.directional(step, check, got, sides, direction, asked, outcomes, names)
    return own.update(step, check, got, values, outcomes, names)


JUDGES: dict[type, Callable[..., Comparison]] = {
    Match: match, Order: _ordered, Batches: _batches, Time: _time, Accuracy: _accuracy, OwnLoss: _own, OwnStep: _own, Directional: _own,
}


def _judge(step: Step, got: Outcome, seen: Seen) -> Comparison:
    """The step's judge's verdict, with a note when the call changed an input in place (no points)."""
    values = seen.values()
    arrays = [a for a in step.args if not a.startswith("@") and isinstance(values[a], np.ndarray)]
    note = in_place([(f"argument {arg}", values[arg], after) for arg, after in zip(arrays, got.watched)])
    verdict = JUDGES[type(step.check)](step, step.check, got, seen, values)
    return Comparison(True, note) if verdict.passed and note else verdict


# every step, and what it relies on ----------------------------------------------------------------

def _needs(scenario: Scenario) -> dict[str, set[str]]:
    """The steps each step depends on, directly or not: the results it uses (``@id``) and the
    steps it must run after."""
    found: dict[str, set[str]] = {}
    for step in scenario.steps:  # in order: a step depends only on earlier ones
        uses = language.uses(step.target, step.args, step.kwargs, step.after)
        found[step.id] = set().union(*({d} | found.get(d, set()) for d in uses))
    return found


def _broke(outcome: Outcome | None) -> bool:
    """A call that ran and failed (not one skipped because an earlier call failed)."""
    return outcome is not None and outcome.status not in ("ok", "skipped")


def _not_run(step: Step, chain: list[Step], seen: Seen) -> Comparison:
    """A step whose call failed or never ran: the earliest step it depends on that failed is the cause."""
    got = seen.outcome(step.id)
    cause = next((s for s in chain if _broke(seen.outcome(s.id))), step)
    outcome = seen.outcome(cause.id)
    if cause is step and isinstance(step.check, Directional):  # its calls ran apart: a model that failed there
        outcome = next((o for k, o in sorted(seen.out.items()) if k.startswith(seen.tag + step.id) and _broke(o)),
                       outcome)
        maker = next(s for s in seen.scenario.steps if s.id == language.target(step.target).step)
        cause = maker if outcome is not got else step
    return Comparison(False, f"{_shown(cause)}: {failures.plain(outcome)}", blocked=failures.unimplemented(outcome))


def verdicts(scenario: Scenario, v: int, variant: dict[str, Any], tag: str, out: dict[str, Outcome],
             data: Any) -> dict[str, Comparison]:
    """Each judged step's verdict (by step id, in order)."""
    seen = Seen(scenario, v, variant, tag, out, data)
    found: dict[str, Comparison] = {}
    needs = _needs(scenario)
    for step in scenario.steps:
        if not step.judged:
            continue
        chain = [s for s in scenario.steps if s.id in needs[step.id]]
        got = seen.outcome(step.id)
        if got is None or got.status != "ok":
            found[step.id] = _not_run(step, chain, seen)
            continue
        verdict = _judge(step, got, seen)
        failed = next((s for s in scenario.steps if s.id in found and not found[s.id].passed
                       and (s.id in needs[step.id] or s.id in step.relies)), None)
        if failed is not None and not verdict.passed:  # the earliest judged step it relies on fails: the cause
            why = found[failed.id].detail or found[failed.id].message
            verdict = Comparison(False, f"{verdict.message}; relies on {failed.label or _shown(failed)}, which "
                                 f"differs from the reference: fix that first ({why})", verdict.hint, verdict.detail)
        found[step.id] = verdict
    learnt = all(found[s.id].passed for s in scenario.steps if isinstance(s.check, Accuracy) and s.id in found)
    for step in scenario.steps:  # finishing fast is worth nothing when nothing was learnt
        if isinstance(step.check, Time) and step.id in found and found[step.id].passed and not learnt:
            found[step.id] = Comparison(False, f"{found[step.id].message}, but the trained model does not reach "
                                        "the accuracy below: the time counts for a training that learns")
    return found
