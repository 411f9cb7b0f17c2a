"""A scenario's calls: the plan of sandbox calls for the steps of a `specs.Scenario`.

Each step is one call (a constructor, `set_weights`, `forward`, `sgd_step`, ...; a training
run); results stay in the child and later steps refer to them. A step whose judge reads the
outputs (its own, or another judge's: the gradients an update is judged by) has them kept. A
`Directional` step is made apart: its base point and each side of its centred difference in a
child of its own, a new model given weights the grader chose from secret entropy. Judging the steps is steps.py's.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from checker.grade import language, own
from checker.grade.call import Call
from checker.grade.own import DIRECTION_EPS
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
    """Op ``directional``, as ordinary calls, one point per child: the base point (ids `tag` + step
    id), and the base point moved by +DIRECTION_EPS ("+") and -DIRECTION_EPS ("-") along a direction;
    base point, direction, images and labels from secret entropy (own.points, own.asked). Each
    child makes a new model, gives it its point, and asks for its logits and its loss and gradients
    at those images: the same calls in all three, so no child can tell which point it has, or work
    out the others, and no forward knows the labels before it is given them."""
    name, inputs = language.target(step.target).step, variant["inputs"]
    maker = next(s for s in scenario.steps if s.id == name)
    weights = [np.asarray(data[spec["array"]], dtype=np.float64) for spec in inputs[step.args[1]]["list"]]
    base, direction = own.points(weights)
    for i, d in enumerate(direction):
        data[own.direction_key(tag, step.id, i)] = d
    asked = []  # the images and labels, also new (own.asked)
    for i, a in enumerate(own.asked([np.asarray(data[inputs[a]["array"]]) for a in step.args[2:]])):
        data[own.asked_key(tag, step.id, i)] = a
        asked.append({"array": own.asked_key(tag, step.id, i)})
    groups = []
    for suffix, sign in (("", 0.0), ("+", 1.0), ("-", -1.0)):
        at = tag + step.id + suffix
        keys = [f"{tag}|{step.id}|point{suffix or '0'}|{i}" for i in range(len(weights))]
        for key, b, d in zip(keys, base, direction):
            data[key] = b + sign * DIRECTION_EPS * d
        model = Call(f"{at}model", {**call(maker, inputs, tag).spec, "id": f"{at}model"})
        setting: dict[str, Any] = {"id": f"{at}set", "fn": {"ref": model.id, "attr": "set_weights"},
                   "args": [{"list": [{"array": key} for key in keys]}], "keep": "nothing", "watch": []}
        logits: dict[str, Any] = {"id": f"{at}logits", "fn": {"ref": model.id, "attr": "forward"}, "keep": "flat", "args": asked[:1],
                  "watch": [], "after": [{"ref": setting["id"]}]}
        loss: dict[str, Any] = {"id": at, "fn": {"ref": model.id, "attr": "loss_and_grads"}, "keep": "flat", "args": asked,
                "watch": [], "after": [{"ref": logits["id"]}]}
        groups.append([model, Call(setting["id"], setting), Call(logits["id"], logits), Call(loss["id"], loss)])
    return groups


def apart(scenario: Scenario, variant: dict[str, Any], tag: str, data: Any) -> list[list[Call]]:
    """Calls for children of their own, one list per child: the base points of the `Directional`
    steps, their "+" sides and their "-" sides (several models and variants share each child: no
    child sees two points of one model)."""
    sides: list[list[Call]] = [[], [], []]
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
