"""One variant of a scenario as judging reads it: its stored data, its inputs, its calls' outcomes.

A variant's inputs are stored as make specs (`{"array": key}`, lists, dicts, plain values);
`value` turns one back into the value the child received. `Seen` bundles what every judge
(`match.py`, `training.py`) and the step verdicts (`steps.py`) read about one variant.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from checker.grade import language
from checker.grade.specs import Scenario, Step
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


def shown(step: Step) -> str:
    """The step's call as a student would write it (`conv2d_forward(x, w, ...)`)."""
    return language.shown(step.target, step.args)
