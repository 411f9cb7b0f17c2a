"""Layer probes: which layer makes a failed model check fail.

A model scenario's `chain` (`specs.Layer`) lists its layers, and `grader refs build` stores what
the reference model passes to each of them on two images (`models.PROBED`): its input going
forward, its upstream gradient coming back. When a model's logits or gradients differ, `calls`
asks the student's own layer functions (those the model's module imports) for their outputs on
exactly those arrays, in a child of its own after the model's calls (the model never sees them),
and `explain` adds to the failed checks' messages the first layer that differs, or, when every
probed layer agrees, what else can differ. Probes carry no points.
"""

from __future__ import annotations

from typing import Any, cast

import numpy as np

from checker.grade import assembly, failures, language, match, scenario, store
from checker.grade.call import Call
from checker.grade.compare import Comparison, compare
from checker.grade.models import PROBED
from checker.grade.specs import Match, Scenario, Step
from checker.grade.transport import Outcome
from checker.grade.variant import Seen, value

_FORWARD = (". Your layer functions in {modules} give the reference outputs when fed the reference model's "
            "activations{tail}, so the assembly differs: the order of the layers, the flatten order (Keras': "
            "NHWC, row-major), the activation or pooling option, which weights go to which layer, or layer code "
            "of your own in the model's module.")
_BACKWARD = (". Your backward functions in {modules} agree with the reference given the reference upstream "
             "gradient{tail}, so the chain differs: the loss gradient (softmax - one-hot) / N, the reverse order, "
             "the caches passed back, the gradients' order (that of get_weights()), or layer code of your own in "
             "the model's module.")


def _ran(outcome: Outcome | None) -> bool:
    return outcome is not None and outcome.status == "ok"


def _raised(outcome: Outcome | None) -> bool:
    """A probe that ran the student's function and failed (an exception, a crash, a timeout);
    not one that never got to run (a module that did not import, not implemented yet)."""
    return outcome is not None and outcome.status in ("error", "crashed", "timeout") and not failures.unimplemented(outcome)


def _failed(model: Scenario, judged: dict[str, Comparison], tag: str, out: dict[str, Outcome], direction: str) -> bool:
    """Whether a check the probes explain in `direction` ran and differs."""
    return any(s.explain == direction and s.id in judged and not judged[s.id].passed and _ran(out.get(tag + s.id))
               for s in model.steps)


def calls(model: Scenario, variant: dict[str, Any], tag: str, imported: frozenset[str],
          judged: dict[str, Comparison], out: dict[str, Outcome]) -> list[Call]:
    """The probes a failed model check needs: none when logits and gradients agree; forward
    probes when the logits differ; backward ones too (with the forward ones, whose caches they
    take) when only the gradients do. Only layer functions the model's module imports
    (`static.imports`: the module, or the function from it)."""
    forward, backward = _failed(model, judged, tag, out, "forward"), _failed(model, judged, tag, out, "backward")
    if not model.chain or not (forward or backward):
        return []

    def used(target: str) -> bool:
        module, _, function = target.partition(":")
        return module in imported or f"{module}.{function}" in imported

    chosen: list[Step] = []
    for step in model.steps:
        if not step.probe or step.id not in variant["outputs"] or not used(step.target):
            continue
        needs = [language.arg(a).step for a in step.args if language.arg(a).step]  # a backward probe: its forward's cache
        if needs and (forward or any(n not in {c.id for c in chosen} for n in needs)):
            continue
        chosen.append(step)
    return [scenario.call(step, variant["inputs"], tag) for step in chosen]


def _differs(step: Step, seen: Seen, got: Outcome) -> str:
    """Why a layer probe differs from the reference layer ("" when it agrees)."""
    layer = step.id.rstrip("b")  # "L3" for the probes L3 and L3b: what the reference passed to that layer
    inputs = {name: value(seen.variant["inputs"][f"{layer}{key}"], seen.data)
              for name, key in (("x", "x"), ("dout", "dout")) if f"{layer}{key}" in seen.variant["inputs"]}
    verdict = match.match(step, cast(Match, step.check), got, seen, {}, inputs)
    return "" if verdict.passed else f"{step.probe}: {verdict.message}"


def _loss_differs(step: Step, case: tuple[str, int], variant: dict[str, Any], got: Outcome, data: Any) -> bool:
    paths = variant["outputs"][step.id]
    if "[0]" not in paths or "[0]" not in got.paths:
        return False
    received = got.outputs[got.paths.index("[0]")]
    expected = data[store.expected(*case, paths.index("[0]"), step.id)].astype(np.float64)
    check = cast(Match, step.check)
    return not compare("loss", expected, received, rtol=check.rtol, atol=check.atol).passed


def localise(model: Scenario, direction: str, case: tuple[str, int], variant: dict[str, Any], tag: str,
             out: dict[str, Outcome], data: Any) -> str:
    """The first of the student's layers that differs in `direction`, or what else can; a probe
    that did not run (not imported, not implemented, an error) decides nothing."""
    probes = [s for s in model.steps if s.probe and s.id.endswith("b") == (direction == "backward")]
    ran = [s for s in probes if _ran(out.get(tag + s.id)) or _raised(out.get(tag + s.id))]
    if not ran:
        return ""
    for step in ran if direction == "forward" else reversed(ran):
        got = out[tag + step.id]
        name = f"{step.target.partition(':')[2]}()"
        why = (_differs(step, Seen(model, case[1], variant, tag, out, data), got) if _ran(got)
               else f"{step.probe}: {name} failed on them: {failures.plain(got)}")
        if why:
            return (f". Your layer functions, each fed what the reference model passes to that layer (first two "
                    f"images): the first that differs is {why}. Fix that layer (its exercise has its own checks).")
    modules = ", ".join(sorted({s.target.partition(":")[0] + ".py" for s in ran}))  # all ran and agreed
    unprobed = sorted({s.probe for s in probes if s not in ran})
    tail = f" (not probed: {'; '.join(unprobed)})" if unprobed else ""
    return (_FORWARD if direction == "forward" else _BACKWARD).format(modules=modules, tail=tail)


def _assembly(model: Scenario, case: tuple[str, int], variant: dict[str, Any], step: Step, got: Outcome,
              data: Any) -> str:
    """The one change of the model's assembly that gives the student's logits (see assembly.py)."""
    received = got.outputs[0] if got.outputs else None
    if not model.chain or not isinstance(received, np.ndarray) or received.ndim != 2:
        return ""
    values = {name: value(variant["inputs"][name], data) for name in ("weights", "x")}
    reference = data[store.expected(*case, 0, step.id)].astype(np.float64)
    return assembly.name(model.chain, values["weights"], values["x"][:PROBED], reference[:PROBED],
                         received[:PROBED].astype(np.float64))


def explain(model: Scenario, v: int, variant: dict[str, Any], tag: str, out: dict[str, Outcome], data: Any,
            judged: dict[str, Comparison]) -> dict[str, Comparison]:
    """`judged`, with what the probes say added to each failed logits or gradients check."""
    case, explained, forward_failed = (model.name, v), dict(judged), False
    for step in model.steps:
        verdict, got = judged.get(step.id), out.get(tag + step.id)
        if verdict is None:
            continue
        if step.explain and not verdict.passed and got is not None and _ran(got):
            if step.explain == "backward" and forward_failed:
                note = ". The forward pass differs already: fix it first (see the forward check)."
            elif step.explain == "backward" and _loss_differs(step, case, variant, got, data):
                note = (". Your logits agree with the reference, so the loss value itself differs: the mean over "
                        "the batch of -log softmax(logits)[label].")
            elif step.explain == "forward" and _assembly(model, case, variant, step, got, data):
                note = f". Your model is put together differently: {_assembly(model, case, variant, step, got, data)}."
            else:
                note = localise(model, step.explain, case, variant, tag, out, data)
            explained[step.id] = Comparison(False, verdict.message + note)
        forward_failed = forward_failed or (step.explain == "forward" and not verdict.passed)
    return explained
