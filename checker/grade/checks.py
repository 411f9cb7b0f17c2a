"""Grade a submission directory: static pass, sandboxed calls, comparisons, points.

Each case of `specs.py` is checked on the fixed reference variant and on one random variant
picked by the seed, each worth half the case's points. A check passes when the outputs match
the reference, the gradients match both the reference and a centred difference of the
student's own forward, and no input was modified in place. A timed case's vectorisation
points need a correct result and a time within FACTOR of a matrix product of the same
im2col sizes, timed in the same child (loops over pixels run 500-5000x slower). Scenarios
(models, training; see `scenario.py`) are graded step by step; those with one variant award
all their points on the reference input. Sandboxed exercises are graded WORKERS at a time
(one thread and one child each); the report keeps the order of `specs.EXERCISES`.
"""

from __future__ import annotations

import os
import zlib
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import numpy as np

from checker.errors import UsageError
from checker.grade import derivation, hidden, probes, scenario, specs, store, timing, wording
from checker.grade.compare import Comparison
from checker.grade.isolation import Limits
from checker.grade.judge import judge_case
from checker.grade.results import CheckResult, ExerciseResult, GradeReport
from checker.grade.sandbox import Call, Sandbox
from checker.grade.static import check_static, imports
from checker.grade.store import DATA, Arrays, verify
from checker.grade.submission import Reader
from checker.grade.transport import Outcome

WORKERS = min(4, len(os.sched_getaffinity(0)))  # exercises graded at once, one child each


def _pick(seed: int, exercise: str, case: str, variants: int = specs.VARIANTS) -> int:
    return 1 + (zlib.crc32(f"{seed}/{exercise}/{case}".encode()) % (variants - 1))


def _variants(seed: int, exercise: str, case: specs.Case | specs.Scenario) -> tuple[int, ...]:
    """The reference variant and one random one picked by the seed (scenarios may have only the first)."""
    count = case.variants if isinstance(case, specs.Scenario) else specs.VARIANTS
    return (0, _pick(seed, exercise, case.name, count)) if count > 1 else (0,)


def _calls(case: specs.Case, v: int, variant: dict[str, Any], tag: str, timeout: float) -> list[Call]:
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


def _relabel(data: Any, keys: list[str], seed: int) -> None:
    """The classes renamed by a permutation the seed picks (never the identity), in these label
    arrays: a training run must learn from the labels it is given, so weights trained elsewhere
    on the true digits score like chance."""
    arrays = [np.asarray(data[key]) for key in keys]
    classes = 1 + max(int(a.max()) for a in arrays)
    perm = np.random.default_rng(seed).permutation(classes)
    if np.array_equal(perm, np.arange(classes)):
        perm = np.roll(perm, 1)
    for key, array in zip(keys, arrays):
        data[key] = perm[array.astype(np.int64)].astype(array.dtype)


def _status(checks: list[CheckResult]) -> str:
    """passed; not implemented (nothing passed, and every check found code not written yet or
    relied on such code); failed."""
    failed = [c for c in checks if not c.passed]
    if not failed:
        return "passed"
    if all(c.blocked for c in failed) and not any(c.passed for c in checks):
        return "not implemented"
    return "failed"


def grade_exercise(sandbox: Sandbox, sources: Reader, exercise: specs.Exercise, entry: dict[str, Any],
                   seed: int, timeout: float, data: Any) -> ExerciseResult:
    total = sum(c.points * (2 if c.timed else 1) for c in exercise.cases)
    source = sources(exercise.name, exercise.kind)
    zero = lambda status, why, notes=(): ExerciseResult(exercise.name, 0.0, total, status,  # noqa: E731
                                                        (CheckResult(exercise.name, False, 0.0, total, why),), notes,
                                                        source.note)
    if source.kind == "missing":
        return zero("not submitted", f"no {exercise.name}.py or {exercise.name}.ipynb")
    if source.kind == "broken":
        return zero("error", source.error)
    notes = tuple(f"skipped IPython line (cell {s.cell}, line {s.line}): {s.text}" for s in source.skipped)
    findings = check_static(source, entry["api"])
    notes += tuple(f.message for f in findings if not f.fatal)
    if any(f.fatal for f in findings):
        return zero("error", next(f.message for f in findings if f.fatal), notes)
    calls, hidden_calls, timed_calls, plan = [], [], [], []
    for case in exercise.cases:
        for v in _variants(seed, exercise.name, case):
            tag = f"c{len(plan)}v{v}"
            variant = entry["cases"][case.name][v]
            plan.append((case, v, variant, tag))
            if isinstance(case, specs.Scenario) and case.relabel:
                _relabel(data, [variant["inputs"][name]["array"] for name in case.relabel], seed)
            if isinstance(case, specs.Scenario):
                calls += scenario.calls(case, variant, tag, data)
            else:
                (hidden_calls if isinstance(case, hidden.Hidden) else calls).extend(_calls(case, v, variant, tag, timeout))
                if case.timed and v == 0:
                    timed_calls += timing.calls(case, data, seed, tag, timeout)
    out = _run(sandbox, exercise.name, calls, data, sources)
    following = [c for case, v, variant, tag in plan if isinstance(case, specs.Scenario)
                 for c in scenario.later(case, variant, tag, out, data)]
    # each in a new child: the steps given only arrays the first child returned (a trained model's
    # weights), and the "+" and the "-" sides of every centred difference (no child sees both points)
    sides: list[list[Call]] = [[], []]
    for case, v, variant, tag in plan:
        if isinstance(case, specs.Scenario):
            for side, group in zip(sides, scenario.apart(case, variant, tag, data)):
                side += group
    for separate in (following, *sides):
        if separate:
            out.update({k: o for k, o in _run(sandbox, exercise.name, separate, data, sources).items() if k not in out})
    # each in a child of its own: no ordinary call's message can carry a hidden input, and the
    # timed runs start in a process that has done nothing else
    for separate in (hidden_calls, timed_calls):
        if separate:
            out.update({k: o for k, o in _run(sandbox, exercise.name, separate, data, sources).items() if k not in out})
    judged = {tag: scenario.verdicts(case, v, variant, tag, out, data)
              for case, v, variant, tag in plan if isinstance(case, specs.Scenario)}
    imported = imports(source.code)
    wanted = [call for case, v, variant, tag in plan if isinstance(case, specs.Scenario)
              for call in probes.calls(case, variant, tag, imported, judged[tag], out)]
    if wanted:  # a failed model check: the student's layers, each fed the reference model's arrays
        out.update({k: o for k, o in _run(sandbox, exercise.name, wanted, data, sources).items() if k not in out})
    checks: list[CheckResult] = []
    failing: set[str] = set()  # cases with a failed part
    for case, v, variant, tag in plan:
        label = "reference input" if v == 0 else f"random input #{v}"
        if isinstance(case, specs.Scenario):
            share = 1.0 if case.variants == 1 else 0.5
            checks += scenario.results(case, probes.explain(case, v, variant, tag, out, data, judged[tag]), share, label)
            continue
        parts = judge_case(case, v, variant, tag, out, data, entry["api"].get(case.fn, {}).get("params", []))
        points, secret = case.points / 2 / len(parts), isinstance(case, hidden.Hidden)
        failing |= {case.name} if not all(p.verdict.passed for p in parts) else set()
        relied = next((name for name in case.relies if name in failing), "")
        for part in parts:
            verdict = part.verdict
            if relied and not verdict.passed and not verdict.blocked:
                verdict = Comparison(False, f"{verdict.message}; {relied} fails its own check, and {case.fn} usually "
                                     f"calls it: fix that first", verdict.hint, verdict.detail)
            message = f"{case.name}: {verdict.message}" if secret and not verdict.passed else verdict.message
            checks.append(CheckResult(f"{case.name}{': ' + part.part if part.part else ''} ({label})", verdict.passed,
                                      points if verdict.passed else 0.0, points, message, secret, verdict.blocked))
        if case.timed and v == 0:
            checks.append(timing.result(case, tag, out, parts[0].verdict, data))
    score = round(sum(c.score for c in checks), 6)
    return ExerciseResult(exercise.name, score, total, _status(checks), tuple(checks), notes, source.note)


def _run(sandbox: Sandbox, module: str, calls: list[Call], data: Any,
         sources: Reader) -> dict[str, Outcome]:
    """The calls' outcomes, worded in the submission's terms; the child gets only the arrays they name."""
    named = set().union(*(c.arrays() for c in calls))
    out = sandbox.run(module, calls, {k: data[k] for k in sorted(named)})
    return {k: wording.reword(o, sources, sandbox.limits.file_mb) for k, o in out.items()}


def _package(sources: Reader) -> dict[str, str]:
    """Every readable exercise module of the submission, so modules can import each other."""
    package = {}
    for exercise in specs.EXERCISES:
        if exercise.kind != "derivation" and sources(exercise.name).kind in ("py", "ipynb"):
            package[exercise.name] = sources(exercise.name).code
    return package


def grade(directory: Path, seed: int = 0, timeout: float = 10.0, only: tuple[str, ...] = (),
          data_dir: Path = DATA, limits: Limits | None = None, hidden_dir: Path | None = None) -> GradeReport:
    """Grade the submission in `directory`; see the module docstring. `hidden_dir`: an
    instructor's hidden checks (`grader hidden build`), added to their exercises."""
    if not directory.is_dir():
        what = "a file" if directory.is_file() else "nothing there"
        raise UsageError("a directory of exercise modules", f"{directory} ({what})",
                         "Pass the folder holding the .py/.ipynb files.")
    unknown = [n for n in only if n not in specs.BY_NAME]
    if unknown:
        raise UsageError(f"one of {', '.join(specs.BY_NAME)}", ", ".join(unknown), "Fix the --only name.")
    manifest = verify(data_dir)
    extra = hidden.read(hidden_dir, manifest) if hidden_dir is not None else hidden.NONE
    chosen = [e for e in specs.EXERCISES if not only or e.name in only]
    sources = Reader(directory)
    if not any(sources(e.name, e.kind).kind != "missing" for e in chosen):
        raise UsageError("at least one exercise module (e.g. dense.py)", f"none in {directory}",
                         "Point at the folder that holds your exercises.")
    # derivations are text, graded in a forked process while the modules are (see derivation.py)
    marking = derivation.Forked(directory, [e.name for e in chosen if e.kind == "derivation"], manifest)
    try:
        sandbox = Sandbox(directory, limits or Limits(timeout=timeout), _package(sources), extra.data_dirs)
    except BaseException:
        marking.close()
        raise

    def sandboxed(exercise: specs.Exercise) -> ExerciseResult:
        with ExitStack() as stack:
            npz = [stack.enter_context(np.load(path, allow_pickle=False))
                   for path in (data_dir / f"{exercise.name}.npz", *extra.data(exercise.name))]
            return grade_exercise(sandbox, sources, extra.exercise(exercise),
                                  extra.entry(exercise.name, manifest["exercises"][exercise.name]),
                                  seed, timeout, Arrays(*npz))

    try:
        with ThreadPoolExecutor(WORKERS) as pool:  # the longest (models, training runs) start first
            longest = sorted((e for e in chosen if e.kind != "derivation"),
                             key=lambda e: not any(isinstance(c, specs.Scenario) for c in e.cases))
            running = {e.name: pool.submit(sandboxed, e) for e in longest}
            marked = marking.results()
            results = tuple(marked[e.name] if e.name in marked else running[e.name].result() for e in chosen)
        return GradeReport(seed, results, sandbox.describe())
    finally:
        marking.close()
        sandbox.close()
