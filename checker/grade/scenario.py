"""Scenarios: checks made of several calls that share state, e.g. a model object.

A `specs.Scenario` becomes one sandbox call per step (a constructor, `set_weights`, `forward`,
`sgd_step`, ...; a training run); results stay in the child and later steps refer to them.
Each step with points is one check: its outputs against the reference data, a minibatch
property check, an accuracy the grader computes itself from returned logits and held-out
labels that never reach the child, a time limit, or the model's gradients along a seeded
direction against a centred difference of its own loss at weights the grader perturbs. A
scenario with a `split` runs its later steps in a new child that gets only the arrays the earlier
ones returned (a trained model's weights).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from checker.grade import failures, language, store
from checker.grade.compare import Comparison, compare, in_place
from checker.grade.flatten import kept, leaves
from checker.grade.results import CheckResult
from checker.grade.sandbox import Call
from checker.grade.specs import Scenario, Step
from checker.grade.transport import Outcome

STALE = ("the gradients of the step before (kept from an earlier call): compute fresh gradients at the current "
         "weights in every sgd_step")
DIRECTION_SEED, DIRECTION_EPS = 0, 1e-8  # small: a ReLU kink or a max switch inside ±eps is rare


def call(step: Step, inputs: dict[str, Any], tag: str, read: bool = False) -> Call:
    """The sandbox call of `step`; `read`: its outputs are read by another step's judge."""
    args = [language.lower_arg(a, inputs, tag) for a in step.args]
    spec = {
        "id": tag + step.id, "fn": language.lower_target(step.target, tag), "args": args,
        "kwargs": {k: language.lower_arg(a, inputs, tag) for k, a in step.kwargs.items()},
        "keep": "flat" if (step.points or step.probe or step.gate or read) and step.judge != "time" else "nothing",
        "watch": [i for i, a in enumerate(args) if "array" in a] if step.points else [],
        "after": [{"ref": tag + a} for a in step.after],
    }
    if step.judge == "time":  # its arrays are handed over when it starts: the grader's clock runs from there
        spec["hold"] = True
    return Call(spec["id"], spec, step.limit + 5 if step.limit else None)


def _directions(weights: list[np.ndarray]) -> list[np.ndarray]:
    rng = np.random.default_rng(DIRECTION_SEED)
    return [rng.standard_normal(np.shape(w)) for w in weights]


def _perturbed(scenario: Scenario, step: Step, variant: dict[str, Any], tag: str, data: Any) -> list[list[Call]]:
    """Op ``directional``, as ordinary calls, each side in a child of its own: a new model, given
    the weights the grader perturbed by +DIRECTION_EPS (ids `tag` + step id + "+") or
    -DIRECTION_EPS (`tag` + step id) along a seeded direction, and its loss. The grader takes the
    difference; neither child sees the other point, so neither can work out the direction."""
    name, inputs = language.target(step.target).step, variant["inputs"]
    maker = next(s for s in scenario.steps if s.id == name)
    weights = [np.asarray(data[spec["array"]], dtype=np.float64) for spec in inputs[step.args[1]]["list"]]
    groups = []
    for sign, suffix in ((1.0, "+"), (-1.0, "")):
        keys = [f"{tag}|{step.id}{sign:+g}|{i}" for i in range(len(weights))]
        for key, w, d in zip(keys, weights, _directions(weights)):
            data[key] = w + sign * DIRECTION_EPS * d
        model = call(maker, inputs, tag)
        model = Call(f"{tag}{step.id}{sign:+g}model", {**model.spec, "id": f"{tag}{step.id}{sign:+g}model"})
        setting = {"id": f"{tag}{step.id}{sign:+g}", "fn": {"ref": model.id, "attr": "set_weights"},
                   "args": [{"list": [{"array": key} for key in keys]}], "keep": "nothing", "watch": []}
        loss = {"id": tag + step.id + suffix, "fn": {"ref": model.id, "attr": "loss_and_grads"}, "keep": "flat",
                "args": [language.lower_arg(a, inputs, tag) for a in step.args[2:]], "watch": [],
                "after": [{"ref": setting["id"]}]}
        groups.append([model, Call(setting["id"], setting), Call(loss["id"], loss)])
    return groups


def apart(scenario: Scenario, variant: dict[str, Any], tag: str, data: Any) -> list[list[Call]]:
    """Calls for children of their own, one list per child: each side of the op ``directional``
    steps (the "+" sides of several models and variants may share a child, and the "-" sides
    another: no child sees both points of one model)."""
    sides: list[list[Call]] = [[], []]
    for step in scenario.steps:
        if step.op == "directional":
            for side, group in zip(sides, _perturbed(scenario, step, variant, tag, data)):
                side += group
    return sides


def _parts(scenario: Scenario) -> tuple[tuple[Step, ...], tuple[Step, ...]]:
    """The steps before the scenario's split and from it on (all, and none, without one)."""
    ids = [s.id for s in scenario.steps]
    at = ids.index(scenario.split) if scenario.split else len(ids)
    return scenario.steps[:at], scenario.steps[at:]


def calls(scenario: Scenario, variant: dict[str, Any], tag: str, data: Any = None) -> list[Call]:
    """The sandbox calls of one variant up to its split, layer probes excepted; ids are `tag` +
    step id (an op ``directional`` step is several: `_perturbed`, which needs the reference `data`)."""
    before, after = _parts(scenario)
    passed = {language.arg(a).step for s in after for a in (*s.args, *s.kwargs.values())} - {""}
    read = _read(scenario)
    found = []
    for step in before:
        if step.probe:
            continue
        users = [s for s in scenario.steps if step.id in _uses(s)]
        if step.op or (users and all(s.op for s in users)):
            continue  # made in children of their own (`apart`)
        made = call(step, variant["inputs"], tag, step.id in read)
        if step.id in passed:  # a new child gets what it returned
            made.spec["keep"] = "flat"
        found.append(made)
    return found


def _passed(after: tuple[Step, ...]) -> set[str]:
    """Earlier steps the steps from a split on refer to (whose returned arrays they get)."""
    names = [a for s in after for a in (*s.args, *s.kwargs.values(), *(f"@{x}" for x in s.after))]
    later_ids = {s.id for s in after}
    return {language.arg(a).step for a in names} - later_ids - {""}


def later(scenario: Scenario, variant: dict[str, Any], tag: str, out: dict[str, Outcome], data: Any) -> list[Call]:
    """The calls from the scenario's split on, for a new child: a reference to an earlier step is
    replaced by the arrays that step returned (added to `data`); none when one of them failed
    (the verdict names the failed step)."""
    before, after = _parts(scenario)
    if not after:
        return []
    given: dict[str, Any] = {}
    for step_id in _passed(after):
        got = out.get(tag + step_id)
        if got is None or got.status != "ok" or not got.outputs or \
                not all(isinstance(o, np.ndarray) for o in got.outputs):
            return []
        keys = [f"{tag}|{step_id}|given{i}" for i in range(len(got.outputs))]
        for key, value in zip(keys, got.outputs):
            data[key] = value
        given[tag + step_id] = {"array": keys[0]} if got.paths == ("",) else {"list": [{"array": k} for k in keys]}

    def swap(node: Any) -> Any:
        if isinstance(node, dict) and node.get("ref") in given:
            return given[node["ref"]]
        if isinstance(node, dict):
            return {k: swap(v) for k, v in node.items()}
        if isinstance(node, list):
            return [swap(v) for v in node]
        return node

    found = []
    for step in after:
        made = call(step, variant["inputs"], tag, step.id in _read(scenario))
        found.append(Call(made.id, swap(made.spec), made.timeout))
    return found


def _read(scenario: Scenario) -> set[str]:
    """Steps whose outputs another step's judge reads (the gradients and weights an update is judged by)."""
    return {s.of for s in scenario.steps} | {s.before for s in scenario.steps if s.judge == "own_step"}


def _name(step: Step) -> str:
    return language.shown(step.target, step.args)


def _uses(step: Step) -> set[str]:
    """The earlier steps `step` refers to."""
    return language.uses(step.target, step.args, step.kwargs, step.after)


def value(spec: dict[str, Any], data: Any) -> Any:
    """A make value from its stored spec (arrays read from the reference data)."""
    if "array" in spec:
        return data[spec["array"]]
    if "list" in spec:
        return [value(s, data) for s in spec["list"]]
    if "dict" in spec:
        return {k: value(s, data) for k, s in spec["dict"].items()}
    return spec["value"]


def match(step: Step, case: tuple[str, int], variant: dict[str, Any], got: Outcome, data: Any, batch: int,
          values: dict[str, Any], inputs: dict[str, Any] | None = None) -> Comparison:
    """The step's kept outputs against the stored ones (or the make value `step.expect`);
    `inputs`: the call's inputs by parameter name, for the diagnoses (default: its make values)."""
    expected_paths = variant["outputs"][step.id]
    pairs = kept(list(zip(got.paths, got.outputs)), step.keep)
    paths = [p for p, _ in pairs]
    if paths != expected_paths:
        return Comparison(False, f"{_name(step)} returned {_paths(paths)}; expected {_paths(expected_paths)} (see the "
                          "docstring's Returns)")
    wanted = [np.asarray(leaves(values[step.expect])[j], dtype=np.float64) if step.expect
              else data[store.expected(*case, j, step.id)].astype(np.float64) for j in range(len(pairs))]
    order = _order(f"{_name(step)}()", paths, [np.shape(v) for _, v in pairs], [w.shape for w in wanted])
    for j, ((path, received), expected) in enumerate(zip(pairs, wanted)):
        what = (_name(step) + path if step.target.endswith(".__getattribute__")
                else f"{_name(step)}(){path}".replace("(...)()", "(...)"))
        if inputs is None:
            inputs = {a: values[a] for a in step.args if a in values and not isinstance(values[a], (dict, list))}
        result = compare(what, expected, received, rtol=step.rtol, atol=step.atol, tags=step.tags,
                         batch=batch if "mean" in step.tags else 1, fn=language.target(step.target).name,
                         output=path, inputs=inputs)
        if not result.passed and order and not result.hint:
            return Comparison(False, f"{result.message} — looks like: {order}", f"looks like: {order}", result.detail)
        if not result.passed:
            return _known(result, step, case, variant, [v for _, v in pairs], data)
    return Comparison(True)


def _order(name: str, paths: list[str], shapes: list[Any], expected: list[tuple[int, ...]]) -> str:
    """A list returned in another order: the shapes of the items under one parent (``[1][0]``,
    ``[1][1]``, ...) are the expected ones, rearranged ("" when they are not)."""
    parents = sorted({p.rpartition("[")[0] for p in paths})
    for parent in parents:
        items = [k for k, p in enumerate(paths) if p.rpartition("[")[0] == parent]
        mine, theirs = [shapes[k] for k in items], [expected[k] for k in items]
        if len(items) > 1 and mine != theirs and sorted(map(str, mine)) == sorted(map(str, theirs)):
            how = "reversed" if mine == theirs[::-1] else "in another order"
            return f"{name}{parent}'s items {how}: they have the expected shapes, rearranged (keep get_weights() order)"
    return ""


def _paths(paths: list[str]) -> str:
    """``6 values ([0][0] ... [2][1])``: how many values a result holds, and where."""
    if not paths:
        return "nothing"
    where = ", ".join(paths) if len(paths) <= 4 else f"{paths[0]}, {paths[1]} ... {paths[-1]}"
    return f"{len(paths)} value{'s' if len(paths) > 1 else ''} ({where})"


def _known(result: Comparison, step: Step, case: tuple[str, int], variant: dict[str, Any], received: list[Any],
           data: Any) -> Comparison:
    """`result` with the stored mistake that every part of the step's result matches, if one does."""
    for m, label in enumerate(variant.get("mistakes", {}).get(step.id, [])):
        wrong = [data[store.mistake(*case, m, step.id, j)] for j in range(len(received))]
        if all(isinstance(r, np.ndarray) and r.shape == w.shape and np.allclose(r, w, rtol=step.rtol, atol=step.atol)
               for r, w in zip(received, wrong)):
            return Comparison(False, f"{result.message} — looks like: {label}", f"looks like: {label}")
    return result


def _batches(values: dict[str, Any], got: Outcome) -> Comparison:
    x, y, size = values["x"], values["y"], values["batch_size"]
    parts = list(got.outputs)
    if len(parts) % 2 or not all(isinstance(p, np.ndarray) for p in parts):
        return Comparison(False, "expected (xb, yb) pairs of arrays from the generator")
    xs, ys = parts[0::2], parts[1::2]
    sizes = [len(b) for b in xs]
    want = [size] * (len(x) // size) + ([len(x) % size] if len(x) % size else [])
    if sizes != want or [len(b) for b in ys] != want:
        return Comparison(False, f"batch sizes {sizes} for n={len(x)}, batch_size={size}; expected {want}")
    rows = np.concatenate(xs).reshape(len(x), -1)[:, 0] / 2  # x[i] = (2i, 2i + 1)
    if sorted(rows.tolist()) != list(range(len(x))):
        return Comparison(False, "not every sample appears exactly once across the batches")
    if not np.array_equal(np.concatenate(ys), y[rows.astype(int)]):
        return Comparison(False, "the labels yb do not belong to the samples xb (shuffle x and y with one order)")
    return Comparison(True)


def _loss(got: Outcome | None) -> float | None:
    """The loss a `loss_and_grads` call returned (its first value), when it is one number."""
    if got is None or got.status != "ok" or "[0]" not in got.paths:
        return None
    value = got.outputs[got.paths.index("[0]")]
    return float(value.reshape(())) if isinstance(value, np.ndarray) and value.size == 1 else None


def _directional(step: Step, weights: list[np.ndarray], got: Outcome, plus: Outcome | None, grads: Outcome | None,
                 of: str) -> Comparison:
    """The student's gradients along the seeded direction vs the centred difference of the losses
    their model returned at the weights the grader perturbed (`_perturbed`)."""
    own = _own_grads(grads, of)
    if isinstance(own, Comparison):
        return own
    mine = own[1]
    if _shapes(mine) != [w.shape for w in weights]:
        return Comparison(False, f"needs {of}'s gradients in get_weights() order and shapes")
    along = sum(float(np.sum(np.asarray(g, dtype=np.float64) * d)) for g, d in zip(mine, _directions(weights)))
    high, low = _loss(plus), _loss(got)
    if high is None or low is None:
        return Comparison(False, f"needs {_name(step)} to return (loss, gradients) at other weights too")
    return compare("your gradients along a random direction vs a centred difference of your own loss",
                   np.array((high - low) / (2 * DIRECTION_EPS)), np.array(along), rtol=step.rtol, atol=step.atol)


def _own_grads(got: Outcome | None, of: str) -> tuple[float, list[Any]] | Comparison:
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


def _shapes(arrays: list[Any]) -> list[Any]:
    return [np.shape(a) if isinstance(a, np.ndarray) else None for a in arrays]


def _against_own(step: Step, values: dict[str, Any], got: Outcome, others: dict[str, Outcome | None],
                 names: dict[str, str]) -> Comparison:
    """sgd_step against the model's own loss_and_grads: the loss before the step, and
    weights - lr * gradients after it, from the weights the model itself reported (so a wrong
    layer, or float32 parameters, cost nothing here)."""
    own = _own_grads(others.get(step.of), names[step.of])
    if isinstance(own, Comparison):
        return own
    loss, mine = own
    if step.judge == "own_loss":
        return compare(f"{_name(step)}() (your {names[step.of]}' loss before the step)", np.array(loss),
                       (got.outputs or (None,))[0], rtol=step.rtol, atol=step.atol)
    before = others.get(step.before)
    weights = list(before.outputs) if before is not None and before.status == "ok" else []
    if _shapes(weights) != [w.shape for w in values["weights"]]:
        if step.before != "weights":
            return Comparison(False, f"needs {names[step.before]}() to return the weights (get_weights() order "
                              "and shapes)")
        weights = values["weights"]
    if _shapes(mine) != _shapes(weights):
        return Comparison(False, f"needs {names[step.of]}'s gradients in get_weights() order and shapes")
    if len(got.outputs) != len(weights):
        return Comparison(False, f"{_name(step)}() returned {len(got.outputs)} arrays; expected {len(weights)}")
    if all(isinstance(a, np.ndarray) and a.shape == w.shape and np.array_equal(a, w)
           for a, w in zip(got.outputs, weights)):
        return Comparison(False, "sgd_step did not change the model's weights: update the parameters in place "
                          "(param -= lr * grad) or store the new arrays in the model")
    earlier = _own_grads(others.get("grads"), "") if step.of != "grads" else None  # a later step's stale gradients
    stale = earlier[1] if isinstance(earlier, tuple) and _shapes(earlier[1]) == _shapes(weights) else [None] * len(weights)
    for i, (w, g, old, received) in enumerate(zip(weights, mine, stale, got.outputs)):
        w = np.asarray(w, dtype=np.float64)
        expected = w - values["lr"] * np.asarray(g, dtype=np.float64)
        wrong = [] if old is None else [(STALE, w - values["lr"] * np.asarray(old, dtype=np.float64))]
        result = compare(f"{_name(step)}()[{i}]", expected, received, rtol=step.rtol, atol=step.atol, mistakes=wrong,
                         output="w", inputs={"w": w})
        if not result.passed:
            return result
    return Comparison(True)


def _judge_step(step: Step, case: tuple[str, int], variant: dict[str, Any], got: Outcome, data: Any,
                others: dict[str, Outcome | None], names: dict[str, str]) -> Comparison:
    values = {name: value(spec, data) for name, spec in variant["inputs"].items()}
    arrays = [a for a in step.args if not a.startswith("@") and isinstance(values[a], np.ndarray)]
    note = in_place([(f"argument {arg}", values[arg], after) for arg, after in zip(arrays, got.watched)])
    verdict = _verdict(step, case, variant, got, data, others, names, values)
    return Comparison(True, note) if verdict.passed and note else verdict


def _verdict(step: Step, case: tuple[str, int], variant: dict[str, Any], got: Outcome, data: Any,
             others: dict[str, Outcome | None], names: dict[str, str], values: dict[str, Any]) -> Comparison:
    if step.judge == "time":
        ok = got.seconds is not None and got.seconds <= step.limit
        return Comparison(ok, f"took {got.seconds or 0:.2f} s (limit {step.limit:g} s"
                          + (")" if ok else "; vectorise the layers: loops over pixels are 500-5000x slower)"))
    if step.judge == "batches":
        return _batches(values, got)
    if step.judge in ("directional", "own_loss", "own_step"):
        logits = others.get("logits")
        rows = logits.outputs[0] if logits is not None and logits.status == "ok" and logits.outputs else None
        if isinstance(rows, np.ndarray) and rows.ndim == 2 and len(rows) > 1 and np.allclose(rows, rows[:1]):
            return Comparison(False, "your model's logits are the same for every image: a forward pass that "
                              "ignores its input earns no points for a loss and gradients consistent with it")
    if step.judge == "directional":
        return _directional(step, values["weights"], got, others.get(step.id + "+"), others.get(step.of),
                            names[step.of])
    if step.judge in ("own_loss", "own_step"):
        return _against_own(step, values, got, others, names)
    if step.judge == "accuracy":
        logits, labels = (got.outputs or (None,))[0], values["labels"]
        if not isinstance(logits, np.ndarray) or logits.shape[:1] != labels.shape or logits.ndim != 2:
            return Comparison(False, f"expected logits of shape ({len(labels)}, n_classes)")
        score = float(np.mean(np.argmax(logits, axis=1) == labels))
        ok = score >= step.threshold
        return Comparison(ok, f"accuracy {score:.1%} (needs at least {step.threshold:.0%})")
    batch = len(values["x"]) if isinstance(values.get("x"), np.ndarray) else 1
    return match(step, case, variant, got, data, batch, values)


def verdicts(scenario: Scenario, v: int, variant: dict[str, Any], tag: str, out: dict[str, Outcome],
             data: Any) -> dict[str, Comparison]:
    """Each step with points, judged (by step id, in order)."""
    found: dict[str, Comparison] = {}
    names = {s.id: _name(s) for s in scenario.steps}
    others = {s.id: out.get(tag + s.id) for s in scenario.steps}
    others.update({s.id + "+": out.get(tag + s.id + "+") for s in scenario.steps if s.op == "directional"})
    needs = _needs(scenario)
    for step in scenario.steps:
        if not (step.points or step.gate):
            continue
        chain = [s for s in scenario.steps if s.id in needs[step.id]]
        got = out.get(tag + step.id)
        if got is None or got.status != "ok":  # the earliest step it depends on that failed: the cause
            cause = next((s for s in chain if _broke(out.get(tag + s.id))), step)
            outcome = out.get(tag + cause.id)
            if cause is step and step.op == "directional":  # its calls ran apart: a model that failed there
                maker = next(s for s in scenario.steps if s.id == language.target(step.target).step)
                outcome = next((o for k, o in sorted(out.items()) if k.startswith(tag + step.id) and _broke(o)),
                               outcome)
                cause = maker if outcome is not got else step
            found[step.id] = Comparison(False, f"{_name(cause)}: {failures.plain(outcome)}",
                                        blocked=failures.unimplemented(outcome))
            continue
        verdict = _judge_step(step, (scenario.name, v), variant, got, data, others, names)
        failed = next((s for s in scenario.steps if s.id in found and not found[s.id].passed
                       and (s.id in needs[step.id] or s.id in step.relies)), None)
        if failed is not None and not verdict.passed:  # the earliest judged step it relies on fails: the cause
            verdict = Comparison(False, f"{verdict.message}; relies on {failed.label or names[failed.id]}, which "
                                 f"differs from the reference: fix that first ({found[failed.id].detail or found[failed.id].message})",
                                 verdict.hint, verdict.detail)
        found[step.id] = verdict
    learnt = all(found[s.id].passed for s in scenario.steps if s.judge == "accuracy" and s.id in found)
    for step in scenario.steps:  # finishing fast is worth nothing when nothing was learnt
        if step.judge == "time" and step.id in found and found[step.id].passed and not learnt:
            found[step.id] = Comparison(False, f"{found[step.id].message}, but the trained model does not reach "
                                        "the accuracy below: the time counts for a training that learns")
    return found


def _needs(scenario: Scenario) -> dict[str, set[str]]:
    """The steps each step depends on, directly or not: the results it uses (``@id``) and the
    steps it must run after."""
    found: dict[str, set[str]] = {}
    for step in scenario.steps:  # in order: a step depends only on earlier ones
        found[step.id] = set().union(*({d} | found.get(d, set()) for d in _uses(step)))
    return found


def _broke(outcome: Outcome | None) -> bool:
    """A call that ran and failed (not one skipped because an earlier call failed)."""
    return outcome is not None and outcome.status not in ("ok", "skipped")


def results(scenario: Scenario, judged: dict[str, Comparison], share: float, label: str) -> list[CheckResult]:
    """One result per step with points, each worth `share` of the step's points."""
    checks = []
    for step in scenario.steps:
        if step.id in judged and step.points:
            verdict, points = judged[step.id], step.points * share
            checks.append(CheckResult(f"{scenario.name}: {step.label or step.id} ({label})", verdict.passed,
                                      points if verdict.passed else 0.0, points, verdict.message, blocked=verdict.blocked))
    return checks
