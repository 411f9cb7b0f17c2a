"""`grader refs build` / `grader refs verify`: the reference data grading reads.

For every case in `checker.grade.specs`, each variant's inputs are generated from its seed and
run through the reference solutions (`solutions/`, only here, at build time); inputs,
expected outputs and the outputs of known mistakes (kernel flipped, padding on the wrong
side, gradient to every tied max, ...) go into one compressed `.npz` per exercise, and
`manifest.json` records the calls, the expected API of each module and each file's sha256,
and the derivation exercises' definitions and targets (from `solutions/derivations/`).
Grading verifies those hashes and imports neither the solutions, SciPy nor TensorFlow.
"""

from __future__ import annotations

import copy
import importlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from checker.errors import UsageError
from checker.grade import language, store
from checker.grade.derivation import templates, worked_steps
from checker.grade.flatten import kept, parts, paths
from checker.grade.specs import (
    EXERCISES,
    PROBED,
    VARIANTS,
    Case,
    Layer,
    Scenario,
    variant_seed,
)
from checker.grade.static import api_of
from checker.grade.store import DATA, MANIFEST, sha256
from checker.reference import mistakes


def case_variants(exercise: str, case: Case, module: Any, arrays: dict[str, np.ndarray]) -> list[dict[str, Any]]:
    """Run each of a case's variants through `module` (the solutions); arrays go into `arrays`."""
    variants = []
    for k in range(VARIANTS):
        rng = np.random.default_rng(variant_seed(exercise, case.name, k))
        args = case.make(rng)
        specs = []
        for i, arg in enumerate(args):
            if isinstance(arg, np.ndarray):
                arrays[store.arg(case.name, k, i)] = arg
                specs.append({"array": store.arg(case.name, k, i)})
            else:
                specs.append({"value": arg})
        copies = [a.copy() if isinstance(a, np.ndarray) else a for a in args]
        result = getattr(module, case.fn)(*copies, **case.kwargs)
        dout = None
        if case.backward:
            expected = parts(result, (0,))
            dout = rng.normal(size=expected[0].shape)
            arrays[store.dout(case.name, k)] = dout
            expected += parts(getattr(module, case.backward)(dout.copy(), result[1]))
        else:
            expected = parts(result, case.keep)
        for j, value in enumerate(expected):
            arrays[store.expected(case.name, k, j)] = value
        labels = []
        # a wrong version's output that equals an expected one (its db when only its dw is wrong) says nothing
        found = [(label, value) for label, value in mistakes.outputs(exercise, case, module, args, dout)
                 if not any(e.shape == value.shape and np.allclose(e, value, rtol=case.rtol, atol=case.atol)
                            for e in expected)]
        for m, (label, value) in enumerate(found):
            arrays[store.mistake(case.name, k, m)] = value
            labels.append(label)
        variant = {"args": specs, "expected": len(expected), "mistakes": labels}
        if case.timed:  # the yardstick: a matrix product of the im2col sizes
            n, h, w, c = args[0].shape
            kh, kw, _, c_out = args[1].shape
            variant["proxy"] = [n * h * w, kh * kw * c, c_out]
        variants.append(variant)
    return variants


def _store(value: Any, key: str, arrays: dict[str, np.ndarray]) -> dict[str, Any]:
    """A make value as the runner's argument spec; its arrays go into `arrays`."""
    if isinstance(value, np.ndarray):
        arrays[key] = value
        return {"array": key}
    if isinstance(value, list):
        return {"list": [_store(v, store.key(key, i), arrays) for i, v in enumerate(value)]}
    if isinstance(value, dict):
        return {"dict": {k: _store(v, store.key(key, k), arrays) for k, v in value.items()}}
    return {"value": value}


def run_steps(scenario: Scenario, module: Any, values: dict[str, Any], probes: bool = False) -> dict[str, Any]:
    """Each step's result, running in this process on `module` (the solutions); the layer probes
    too with `probes` (the reference variant, whose values `chain_values` completed)."""
    results: dict[str, Any] = {}
    for step in scenario.steps:
        if step.probe and not probes:
            continue
        fn = language.resolve_target(step.target, module, results)
        args = [language.resolve_arg(a, values, results) for a in step.args]
        kwargs = {key: language.resolve_arg(a, values, results) for key, a in step.kwargs.items()}
        results[step.id] = None if step.op else fn(*args, **kwargs)  # ops are grading-side only
    return results


def chain_values(chain: tuple[Layer, ...], package: str, values: dict[str, Any]) -> dict[str, Any]:
    """What reaches each layer of the reference model on the first `PROBED` images: ``L{i}x`` going
    forward, ``L{i}dout`` coming back from the mean cross entropy's gradient, each layer's options."""
    found: dict[str, Any] = {}
    out, caches = np.asarray(values["x"][:PROBED], dtype=np.float64), []
    for i, layer in enumerate(chain):
        if not layer.fn:  # Flatten, in Keras' (row-major NHWC) order
            caches.append(out.shape)
            out = out.reshape(len(out), -1)
            continue
        found[f"L{i}x"] = out
        found.update({f"L{i}|{key}": value for key, value in layer.kwargs.items()})
        out, cache = language.function(package, layer.fn)(out.copy(), *(values["weights"][p] for p in layer.params), **layer.kwargs)
        caches.append(cache)
    onehot = np.eye(out.shape[1])[values["labels"][:PROBED]]
    grad = language.function(package, "softmax:softmax_cross_entropy_backward")(out, onehot)  # of the batch mean
    for i in reversed(range(len(chain))):
        if not chain[i].fn:
            grad = grad.reshape(caches[i])
            continue
        found[f"L{i}dout"] = grad
        result = language.function(package, chain[i].backward)(grad.copy(), caches[i])
        grad = result[0] if isinstance(result, tuple) else result
    return found


def _scenario(exercise: str, scenario: Scenario, module: Any, arrays: dict[str, np.ndarray]) -> list[dict[str, Any]]:
    """Run a scenario's steps on the solutions; store the inputs and each checked step's outputs."""
    variants = []
    for k in range(scenario.variants):
        values = scenario.make(np.random.default_rng(variant_seed(exercise, scenario.name, k)))
        if scenario.chain and k == 0:
            values.update(chain_values(scenario.chain, module.__package__, values))
        inputs = {name: _store(value, store.key(scenario.name, k, name), arrays) for name, value in values.items()}
        results = run_steps(scenario, module, values, probes=bool(scenario.chain) and k == 0)
        outputs: dict[str, list[str]] = {}
        wrong: dict[str, list[str]] = {}
        for step in scenario.steps:
            if step.id in results and (step.points or step.probe or step.gate) and step.judge == "match":
                pairs = kept(paths(values[step.expect] if step.expect else results[step.id]), step.keep)
                outputs[step.id] = [path for path, _ in pairs]
                for j, (_, part) in enumerate([] if step.expect else pairs):
                    arrays[store.expected(scenario.name, k, j, step.id)] = np.asarray(part, dtype=np.float64).astype(scenario.store)
                found = mistakes.step_outputs(scenario.name, step.id, module, copy.deepcopy(values))
                for m, (label, value) in enumerate(found):
                    for j, (_, part) in enumerate(kept(paths(value), step.keep)):
                        arrays[store.mistake(scenario.name, k, m, step.id, j)] = np.asarray(part, dtype=np.float64)
                wrong.update({step.id: [label for label, _ in found]} if found else {})
        variants.append({"inputs": inputs, "outputs": outputs, **({"mistakes": wrong} if wrong else {})})
    return variants


def importable(solutions: Path) -> None:
    """Make the solutions package importable as `solutions.name` (it is trusted: the instructor's)."""
    if not (solutions / "__init__.py").is_file():
        raise UsageError("the solutions package (a folder with __init__.py)", str(solutions),
                         "Run from the repository root or pass the solutions folder.")
    sys.path.insert(0, str(solutions.resolve().parent))


def build(solutions: Path = Path("solutions"), out: Path = DATA) -> dict[str, Any]:
    """Generate the reference data from the solutions in `solutions` into `out`."""
    importable(solutions)
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, Any] = {"version": 1, "variants": VARIANTS, "exercises": {}, "files": {}}
    for exercise in EXERCISES:
        if exercise.kind == "derivation":
            continue
        module = importlib.import_module(f"{solutions.name}.{exercise.name}")
        arrays: dict[str, np.ndarray] = {}
        cases = {case.name: _scenario(exercise.name, case, module, arrays) if isinstance(case, Scenario)
                 else case_variants(exercise.name, case, module, arrays) for case in exercise.cases}
        path = out / f"{exercise.name}.npz"
        np.savez_compressed(path, **arrays)
        api = api_of((solutions / f"{exercise.name}.py").read_text(encoding="utf-8"))
        manifest["exercises"][exercise.name] = {"api": api, "cases": cases}
        manifest["files"][path.name] = sha256(path)
    derivations = [e.name for e in EXERCISES if e.kind == "derivation"]
    manifest["derivations"] = templates(solutions / "derivations", derivations)
    manifest["derivation_steps"] = worked_steps(solutions / "derivations", derivations)
    (out / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    return manifest
