"""A scenario's calls: the plan of sandbox calls for the steps of a `specs.Scenario`.

Each step is one call (a constructor, `set_weights`, `forward`, `sgd_step`, ...; a training
run); results stay in the child and later steps refer to them. A step whose judge reads the
outputs (its own, or another judge's: the gradients an update is judged by) has them kept. A
`Directional` step is made apart: each side of its centred difference in a child of its own,
a new model given weights the grader perturbed. Judging the steps is steps.py's.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from checker.grade import language
from checker.grade.own import DIRECTION_EPS, directions
from checker.grade.sandbox import Call
from checker.grade.specs import Accuracy, Directional, OwnLoss, OwnStep, Scenario, Step, Time


def call(step: Step, inputs: dict[str, Any], tag: str, read: bool = False) -> Call:
    """The sandbox call of `step`; `read`: its outputs are read by another step's judge."""
    args = [language.lower_arg(a, inputs, tag) for a in step.args]
    spec = {
        "id": tag + step.id, "fn": language.lower_target(step.target, tag), "args": args,
        "kwargs": {k: language.lower_arg(a, inputs, tag) for k, a in step.kwargs.items()},
        "keep": "flat" if (step.judged or step.probe or read) and not isinstance(step.check, Time) else "nothing",
        "watch": [i for i, a in enumerate(args) if "array" in a] if step.points else [],
        "after": [{"ref": tag + a} for a in step.after],
    }
    if isinstance(step.check, Time):  # its arrays are handed over when it starts: the grader's clock runs from
        spec["hold"] = True  # there to the end of the step whose result carries the work
        spec["until"] = tag + (step.check.until or step.id)
        return Call(spec["id"], spec, step.check.limit + 5)
    return Call(spec["id"], spec)


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
        for key, w, d in zip(keys, weights, directions(weights)):
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
    """Calls for children of their own, one list per child: each side of the `Directional` steps
    (the "+" sides of several models and variants may share a child, and the "-" sides another: no
    child sees both points of one model)."""
    sides: list[list[Call]] = [[], []]
    for step in scenario.steps:
        if isinstance(step.check, Directional):
            for side, group in zip(sides, _perturbed(scenario, step, variant, tag, data)):
                side += group
    return sides


def calls(scenario: Scenario, variant: dict[str, Any], tag: str, data: Any = None) -> list[Call]:
    """The sandbox calls of one variant, layer probes excepted; ids are `tag` + step id (an op
    ``directional`` step is several, in children of their own: `apart`)."""
    read = _read(scenario)
    found = []
    for step in scenario.steps:
        if step.probe:
            continue
        users = [s for s in scenario.steps if step.id in _uses(s)]
        if isinstance(step.check, Directional) or (users and all(isinstance(s.check, Directional) for s in users)):
            continue  # made in children of their own (`apart`)
        found.append(call(step, variant["inputs"], tag, step.id in read))
    return found


def _read(scenario: Scenario) -> set[str]:
    """Steps whose outputs another step's judge reads (the gradients and weights an update is judged by)."""
    return ({s.check.of for s in scenario.steps if isinstance(s.check, (OwnLoss, OwnStep, Directional))}
            | {s.check.before for s in scenario.steps if isinstance(s.check, OwnStep)}
            | {s.check.twin for s in scenario.steps if isinstance(s.check, Accuracy) and s.check.twin})


def _uses(step: Step) -> set[str]:
    """The earlier steps `step` refers to."""
    return language.uses(step.target, step.args, step.kwargs, step.after)
