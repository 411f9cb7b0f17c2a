"""Grading, step 1: the plan of an exercise's checks and of the sandbox calls they need.

Each case (or scenario) is checked on its reference variant (0) and on one random variant the
run's seed picks (`variants`); each check gets a tag that prefixes its calls' ids. A function
case is its forward call (`F`), its backward (`B`), a second identical call (`R`, for `repeat`),
and a centred difference of the forward (`N`); a scenario is one call per step (scenario.py).
The calls go to children (`Plan`): the main one; an instructor's hidden cases in one of their own
(no ordinary call's message can carry a hidden input); the timed runs in one of their own
(timing.py); the sides of a model's centred difference, each in one of its own (`apart`).
"""

from __future__ import annotations

import secrets
import zlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from checker.grade import hidden, scenario, store, timing
from checker.grade.call import Call
from checker.grade.specs import VARIANTS, Case, Exercise, Scenario


@dataclass(frozen=True)
class Check:
    """One planned check: a case or scenario on one variant, its calls' ids prefixed by `tag`."""

    case: Case | Scenario
    v: int
    variant: dict[str, Any]
    tag: str

    @property
    def label(self) -> str:
        return "reference input" if self.v == 0 else f"random input #{self.v}"

    @property
    def share(self) -> float:
        """The part of the case's points this variant is worth (a scenario with one variant: all)."""
        return 1.0 if isinstance(self.case, Scenario) and self.case.variants == 1 else 0.5


@dataclass
class Plan:
    checks: list[Check] = field(default_factory=list)
    first: list[Call] = field(default_factory=list)  # the main child
    hidden: list[Call] = field(default_factory=list)  # a child of their own
    timed: list[Call] = field(default_factory=list)  # a child of their own

    @property
    def scenarios(self) -> list[Check]:
        return [c for c in self.checks if isinstance(c.case, Scenario)]


def _pick(seed: int, exercise: str, case: str, variants: int = VARIANTS) -> int:
    return 1 + (zlib.crc32(f"{seed}/{exercise}/{case}".encode()) % (variants - 1))


def variants(seed: int, exercise: str, case: Case | Scenario) -> tuple[int, ...]:
    """The reference variant and one random one picked by the seed (scenarios may have only the first)."""
    count = case.variants if isinstance(case, Scenario) else VARIANTS
    return (0, _pick(seed, exercise, case.name, count)) if count > 1 else (0,)


def case_calls(case: Case, v: int, variant: dict[str, Any], tag: str) -> list[Call]:
    args = variant["args"]
    watch = [i for i, a in enumerate(args) if "array" in a]
    f = {"id": f"{tag}F", "fn": case.fn, "args": args, "kwargs": {k: {"value": x} for k, x in case.kwargs.items()},
         "watch": watch, "keep": [0] if case.backward else (list(case.keep) if case.keep else None)}
    calls = [Call(f["id"], f)]
    if case.backward:
        dout = {"array": store.dout(case.name, v)}
        calls.append(Call(f"{tag}B", {"id": f"{tag}B", "fn": case.backward, "args": [dout, {"ref": f"{tag}F", "index": 1}],
                                      "watch": [0]}))
    if case.repeat:  # the same call again: a function that is not deterministic gives another result
        calls.append(Call(f"{tag}R", {**f, "id": f"{tag}R"}))
    if case.wrt:
        calls.append(Call(f"{tag}N", {**f, "id": f"{tag}N", "op": "numgrad", "wrt": list(case.wrt), "watch": [],
                                      "dout": store.dout(case.name, v), "out_index": 0}))
    return calls


def _secret(case: Scenario, variant: dict[str, Any], data: Any) -> None:
    """A scenario's arrays made anew from secret entropy (not the run's seed), in place of the
    stored ones: inputs no submission can have in advance (the training run's task)."""
    made = case.make(np.random.default_rng(secrets.randbits(128)))
    for name, value in made.items():
        spec = variant["inputs"].get(name, {})
        if isinstance(value, np.ndarray) and "array" in spec:
            data[spec["array"]] = value


def make(exercise: Exercise, entry: dict[str, Any], seed: int, timeout: float, data: Any) -> Plan:
    """The exercise's checks and first calls; arrays the grader makes (a secret task, the timed
    runs' images) are added to `data`."""
    plan = Plan()
    for case in exercise.cases:
        for v in variants(seed, exercise.name, case):
            check = Check(case, v, entry["cases"][case.name][v], f"c{len(plan.checks)}v{v}")
            plan.checks.append(check)
            if isinstance(case, Scenario):
                if case.secret:
                    _secret(case, check.variant, data)
                plan.first += scenario.calls(case, check.variant, check.tag, data)
                continue
            made = case_calls(case, v, check.variant, check.tag)
            (plan.hidden if isinstance(case, hidden.Hidden) else plan.first).extend(made)
            if case.timed and v == 0:
                plan.timed += timing.calls(case, data, seed, check.tag, timeout)
    return plan


def apart(plan: Plan, data: Any) -> list[list[Call]]:
    """Calls for children of their own: the base point, the "+" and the "-" sides of every centred
    difference of a model's loss (no child sees two points of one model)."""
    sides: list[list[Call]] = []
    for check in plan.scenarios:
        for k, group in enumerate(scenario.apart(check.case, check.variant, check.tag, data)):
            sides += [[]] * (k + 1 - len(sides))
            sides[k] = sides[k] + group
    return sides
