"""Judging a scenario's steps from their calls' outcomes, each by its typed judge (specs.Match, ...).

`verdicts` judges every step with points (and every gate) in order. A step whose call failed is
blamed on the earliest step it depends on that failed (the results it uses, the steps it runs
after), not on the first failure in order; a step that ran but differs says which earlier
judged step it relies on differs too (`Step.relies` adds the functions it calls inside). Each
judge reads what it needs: `Match` and `Order` the stored reference outputs (`match.py`);
`Batches` the generator's batches, `Time` the grader's clock, `Accuracy` the returned weights run
by the grader's own forward pass, the model's own consistency (`OwnLoss`, `OwnStep`,
`Directional`) its other calls (`training.py`). What a judge reads of a variant is a `Seen`
(`variant.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from checker.grade import failures, language, match, training
from checker.grade.compare import Comparison, in_place
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
from checker.grade.variant import Seen, shown

JUDGES: dict[type, Callable[..., Comparison]] = {
    Match: match.match, Order: match.ordered, Batches: training.batches, Time: training.timed,
    Accuracy: training.accuracy, OwnLoss: training.consistency, OwnStep: training.consistency,
    Directional: training.consistency,
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
    return Comparison(False, f"{shown(cause)}: {failures.plain(outcome)}", blocked=failures.unimplemented(outcome))


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
            verdict = Comparison(False, f"{verdict.message}; relies on {failed.label or shown(failed)}, which "
                                 f"differs from the reference: fix that first ({why})", verdict.hint, verdict.detail)
        found[step.id] = verdict
    learnt = all(found[s.id].passed for s in scenario.steps if isinstance(s.check, Accuracy) and s.id in found)
    for step in scenario.steps:  # finishing fast is worth nothing when nothing was learnt
        if isinstance(step.check, Time) and step.id in found and found[step.id].passed and not learnt:
            found[step.id] = Comparison(False, f"{found[step.id].message}, but the trained model does not reach "
                                        "the accuracy below: the time counts for a training that learns")
    return found
