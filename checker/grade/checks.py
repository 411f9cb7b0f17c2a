"""Grade a submission directory: the pipeline, top-down.

`grade` verifies the reference data (store.py), reads the submission (submission.py) and
grades each exercise of catalogue.py; derivation exercises are text, marked in a forked process
meanwhile (derivation.py), and code exercises are graded WORKERS at a time (one thread and one
sandbox child each). `grade_exercise` takes one exercise through the pipeline:

1. static pass: syntax, the names and signatures the exercise asks for (static.py);
2. plan: each case and scenario on its reference variant and one random variant the seed picks,
   and the sandbox calls they need (plan.py, scenario.py, timing.py);
3. run: the calls in sandboxed children (sandbox.py), their outcomes in the submission's terms
   (wording.py);
4. judge: a function case's forward and backward apart (judge.py), a scenario's steps each by its
   typed judge (steps.py: match.py, training.py, own.py), every compared array through compare.py;
5. diagnose: a failed comparison's likely mistake (diagnosis.py, shape.py, from the evidence of
   evidence.py), a failed model's first differing layer or assembly (probes.py, assembly.py);
6. score: verdicts into points and the exercise's status (score.py).

The report (report.py) is a pure function of the results (results.py) and keeps the order of
`catalogue.EXERCISES`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from checker.errors import UsageError
from checker.grade import (
    catalogue,
    derivation,
    hidden,
    judge,
    place,
    plan,
    probes,
    score,
    specs,
    steps,
    wording,
)
from checker.grade.call import Call
from checker.grade.compare import Comparison
from checker.grade.isolation import Limits
from checker.grade.results import CheckResult, ExerciseResult, GradeReport
from checker.grade.sandbox import Sandbox
from checker.grade.static import check_static, imports
from checker.grade.store import DATA, Arrays, verify
from checker.grade.submission import Reader
from checker.grade.transport import Outcome

WORKERS = min(4, len(os.sched_getaffinity(0)))  # exercises graded at once, one child each
Progress = Callable[[str, "ExerciseResult | None"], None]


def grade(directory: Path, seed: int = 0, timeout: float = 10.0, only: tuple[str, ...] = (),
          data_dir: Path = DATA, limits: Limits | None = None, hidden_dir: Path | None = None,
          progress: Progress | None = None) -> GradeReport:
    """Grade the submission in `directory`; see the module docstring. `hidden_dir`: an
    instructor's hidden checks (`grader hidden build`), added to their exercises. `progress`:
    told (name, None) when an exercise's grading starts and (name, result) when it ends (from the
    grading threads; the derivation exercises end together)."""
    tell: Progress = progress or (lambda name, result: None)
    if not directory.is_dir():
        what = "a file" if directory.is_file() else "nothing there"
        raise UsageError("a directory of exercise modules", f"{directory} ({what})",
                         "Pass the folder holding the .py/.ipynb files.")
    unknown = [n for n in only if n not in catalogue.BY_NAME]
    if unknown:
        raise UsageError(f"one of {', '.join(catalogue.BY_NAME)}", ", ".join(unknown), "Fix the --only name.")
    start = time.monotonic()
    manifest = verify(data_dir)
    extra = hidden.read(hidden_dir, manifest) if hidden_dir is not None else hidden.NONE
    chosen = [e for e in catalogue.EXERCISES if not only or e.name in only]
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
        tell(exercise.name, None)
        began = time.monotonic()
        with ExitStack() as stack:
            npz = [stack.enter_context(np.load(path, allow_pickle=False))
                   for path in (data_dir / f"{exercise.name}.npz", *extra.data(exercise.name))]
            result = grade_exercise(sandbox, sources, extra.exercise(exercise),
                                    extra.entry(exercise.name, manifest["exercises"][exercise.name]),
                                    seed, timeout, Arrays(*npz))
        result = replace(result, seconds=time.monotonic() - began)
        tell(exercise.name, result)
        return result

    try:
        with ThreadPoolExecutor(WORKERS) as pool:  # the longest (models, training runs) start first
            longest = sorted((e for e in chosen if e.kind != "derivation"),
                             key=lambda e: not any(isinstance(c, specs.Scenario) for c in e.cases))
            running = {e.name: pool.submit(sandboxed, e) for e in longest}
            marked = marking.results()
            for name, result in marked.items():
                tell(name, result)
            results = tuple(marked[e.name] if e.name in marked else running[e.name].result() for e in chosen)
        return GradeReport(seed, results, sandbox.describe(), time.monotonic() - start)
    finally:
        marking.close()
        sandbox.close()


def grade_exercise(sandbox: Sandbox, sources: Reader, exercise: specs.Exercise, entry: dict[str, Any],
                   seed: int, timeout: float, data: Any) -> ExerciseResult:
    """One exercise: the static pass, then plan -> run -> judge -> diagnose -> score."""
    source = sources(exercise.name, exercise.kind)
    file = source.path.name if source.path else ""
    zero = lambda status, why, notes=(): ExerciseResult(exercise.name, 0.0, score.total(exercise), status,  # noqa: E731
                                                        (CheckResult(exercise.name, False, 0.0, score.total(exercise),
                                                                     why),), notes, source.note, file)
    if source.kind == "missing":
        return zero("not submitted", f"no {exercise.name}.py or {exercise.name}.ipynb")
    if source.kind == "broken":
        return zero("error", source.error)
    notes = tuple(f"skipped IPython line (cell {s.cell}, line {s.line}): {s.text}" for s in source.skipped)
    findings = check_static(source, entry["api"])
    notes += tuple(f.message for f in findings if not f.fatal)
    if any(f.fatal for f in findings):
        return zero("error", next(f.message for f in findings if f.fatal), notes)
    planned = plan.make(exercise, entry, seed, timeout, data)
    out = _run_plan(sandbox, exercise.name, planned, data, sources)
    parts = {c.tag: judge.judge_case(c.case, c.v, c.variant, c.tag, out, data, entry["api"].get(c.case.fn, {})
                                     .get("params", [])) for c in planned.checks if isinstance(c.case, specs.Case)}
    judged = {c.tag: steps.verdicts(c.case, c.v, c.variant, c.tag, out, data) for c in planned.scenarios}
    judged = _diagnose_models(sandbox, exercise.name, planned, source.code, judged, out, data, sources)
    checks: list[CheckResult] = []
    failing: set[str] = set()  # cases with a failed part so far
    for check in planned.checks:
        if isinstance(check.case, specs.Scenario):
            checks += score.scenario_results(check, judged[check.tag], _step_walls(out, check))
            continue
        failing |= {check.case.name} if not all(p.verdict.passed for p in parts[check.tag]) else set()
        where = lambda fn, tag=check.tag: place.line(source, fn, (out.get(f"{tag}{k}") for k in "FBN"))  # noqa: E731
        spent = lambda part, tag=check.tag: _walls(out, (tag + k for k in _PART_CALLS[part]))
        checks += score.case_results(check, parts[check.tag], failing, isinstance(check.case, hidden.Hidden), where,
                                     spent, file)
        if check.case.timed and check.v == 0:
            result = score.timed(check, parts[check.tag][0].verdict, out, data)
            checks.append(replace(result, seconds=_walls(out, (k for k in out if _timed_call(k, check.tag)))))
    return ExerciseResult(exercise.name, round(sum(c.score for c in checks), 6), score.total(exercise),
                          score.status(checks), tuple(checks), notes, source.note, file)


_PART_CALLS = {"forward": "FR", "backward": "BN", "": "FBRN"}  # a case's calls by part (plan.case_calls)


def _walls(out: dict[str, Outcome], ids: Any) -> float | None:
    """The wall time of the calls `ids` (those that ran), on the grader's clock (watch.py)."""
    walls = [wall for i in ids if i in out and (wall := out[i].wall) is not None]
    return round(sum(walls), 6) if walls else None


def _timed_call(call_id: str, tag: str) -> bool:
    """Whether `call_id` is one of a timed case's runs or its line count (timing.calls)."""
    rest = call_id.removeprefix(tag)
    return rest != call_id and (rest == "L" or (rest[:1] == "T" and rest[1:].isdigit()))


def _step_walls(out: dict[str, Outcome], check: plan.Check) -> Callable[[str], float | None]:
    """A scenario step's wall time: its calls are `tag` + step id (+ a suffix: the sides of a centred
    difference), each counted for the longest step id it starts with."""
    ids = sorted((s.id for s in check.case.steps), key=len, reverse=True)  # type: ignore[union-attr]
    owner = {k: next((i for i in ids if k.startswith(check.tag + i)), None) for k in out if k.startswith(check.tag)}
    return lambda step: _walls(out, (k for k, i in owner.items() if i == step))


def _run_plan(sandbox: Sandbox, module: str, planned: plan.Plan, data: Any, sources: Reader) -> dict[str, Outcome]:
    """Every planned call's outcome: the main child's first, then the children of their own (the
    sides of a model's centred difference, the hidden cases, the timed runs)."""
    out = _run(sandbox, module, planned.first, data, sources)
    for separate in [*plan.apart(planned, data), planned.hidden, planned.timed]:
        if separate:
            out.update({k: o for k, o in _run(sandbox, module, separate, data, sources).items() if k not in out})
    return out


def _diagnose_models(sandbox: Sandbox, module: str, planned: plan.Plan, code: str,
                     judged: dict[str, dict[str, Comparison]], out: dict[str, Outcome], data: Any,
                     sources: Reader) -> dict[str, dict[str, Comparison]]:
    """A failed model check explained: the student's layers, each fed the reference model's arrays
    in a child of their own (probes.py), and the model's assembly (assembly.py)."""
    imported = imports(code)
    wanted = [call for c in planned.scenarios for call in probes.calls(c.case, c.variant, c.tag, imported,
                                                                       judged[c.tag], out)]
    if wanted:
        out.update({k: o for k, o in _run(sandbox, module, wanted, data, sources).items() if k not in out})
    return {c.tag: probes.explain(c.case, c.v, c.variant, c.tag, out, data, judged[c.tag]) for c in planned.scenarios}


def _run(sandbox: Sandbox, module: str, calls: list[Call], data: Any,
         sources: Reader) -> dict[str, Outcome]:
    """The calls' outcomes, worded in the submission's terms; the child gets only the arrays they name."""
    named = set().union(*(c.arrays() for c in calls))
    out = sandbox.run(module, calls, {k: data[k] for k in sorted(named)})
    return {k: wording.reword(o, sources, sandbox.limits.file_mb) for k, o in out.items()}


def _package(sources: Reader) -> dict[str, str]:
    """Every readable exercise module of the submission, so modules can import each other."""
    package = {}
    for exercise in catalogue.EXERCISES:
        if exercise.kind != "derivation" and sources(exercise.name).kind in ("py", "ipynb"):
            package[exercise.name] = sources(exercise.name).code
    return package
