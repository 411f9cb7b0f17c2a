"""Wall time of `grader check solutions/` and the grader's overhead over direct calls.

Run from the repository root: `python bench/grade_overhead.py [rounds]` (default 7). Prints
medians of interleaved rounds of
1. `grader check solutions/` from the shell (`python -m checker.cli`, a fresh process each
   time: interpreter start, imports, derivation exercises included), without the training
   exercise (`--only` every other one) and with it;
2. in this warm process, grading the 11 exercise modules (sandboxed: a child per exercise and a few
   of their own, forked by the fork server, `checks.WORKERS` exercises at a time) and making the same calls (forward,
   backward, centred-difference gradients, timing) directly, and their ratio: the grader's
   overhead. The derivation exercises are left out here: they are text, checked by the same
   code either way.
BLAS is pinned to one thread here, as in the sandbox's children: the same calls, and a baseline
that does not collapse when another process takes a core (two spinning OpenBLAS threads then
run 10x slower).
"""

from __future__ import annotations

import importlib
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_name] = "1"  # before NumPy loads its BLAS

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.grade import catalogue, specs, store  # noqa: E402
from checker.grade.checks import WORKERS, grade  # noqa: E402
from checker.grade.plan import variants as _variants  # noqa: E402
from checker.grade.store import DATA, verify  # noqa: E402
from checker.grade.variant import value  # noqa: E402
from checker.reference.build import run_steps  # noqa: E402


def direct(seed: int, names: tuple[str, ...]) -> None:
    """The same calls in one process, without sandbox or comparisons."""
    manifest = verify(DATA)
    for exercise in catalogue.EXERCISES:
        if exercise.name not in names:
            continue
        module = importlib.import_module(f"solutions.{exercise.name}")
        with np.load(DATA / f"{exercise.name}.npz") as data:
            for case in exercise.cases:
                for v in _variants(seed, exercise.name, case):
                    variant = manifest["exercises"][exercise.name]["cases"][case.name][v]
                    if isinstance(case, specs.Scenario):
                        values = {k: value(s, data) for k, s in variant["inputs"].items()}
                        results = run_steps(case, module, values)
                        for step in case.steps:  # a centred difference: logits and loss at 3 points
                            if isinstance(step.check, specs.Directional):
                                model = results[step.args[0][1:]]
                                for sign in (0.0, 1.0, -1.0):
                                    model.set_weights([w + sign * 1e-8 for w in values["weights"]])
                                    model.forward(values["x"].copy())
                                    model.loss_and_grads(values["x"].copy(), values["labels"].copy())
                        continue
                    args = [data[a["array"]].copy() if "array" in a else a["value"] for a in variant["args"]]
                    fn = getattr(module, case.fn)
                    out = fn(*args, **case.kwargs)
                    if case.backward:
                        getattr(module, case.backward)(data[store.dout(case.name, v)], out[1])
                    for position in case.wrt:  # the centred differences the runner does
                        flat = args[position].reshape(-1)
                        for i in range(flat.size):
                            for step in (1e-6, -2e-6, 1e-6):
                                flat[i] += step
                                fn(*args, **case.kwargs)


def _cpu() -> float:
    """CPU seconds of this process and of its ended children (the fork server's children included)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(run) -> tuple[float, float]:
    """Wall and CPU seconds of one run."""
    cpu, start = _cpu(), time.perf_counter()
    run()
    return time.perf_counter() - start, _cpu() - cpu


def shell(names: tuple[str, ...]) -> None:
    """`grader check solutions/` as a fresh process; `names`: --only these (all when empty)."""
    only = [arg for name in names for arg in ("--only", name)]
    command = [sys.executable, "-m", "checker.cli", "check", "solutions", "--seed", "1", "--format", "json", *only]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    if done.returncode != 0:
        raise SystemExit(f"grader check failed (exit {done.returncode}): {done.stderr.decode()[-500:]}")


def medians(runs: dict[str, object], rounds: int) -> dict[str, tuple[float, float]]:
    """Median wall and CPU seconds of each run, the runs interleaved round by round."""
    samples: dict[str, list[tuple[float, float]]] = {label: [] for label in runs}
    for _ in range(rounds):
        for label, run in runs.items():
            samples[label].append(timed(run))
    return {label: (statistics.median(w for w, _ in s), statistics.median(c for _, c in s))
            for label, s in samples.items()}


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    modules = tuple(e.name for e in catalogue.EXERCISES if e.kind != "derivation")
    no_training = tuple(e.name for e in catalogue.EXERCISES if e.name != "training")
    found = medians({"no training": lambda: shell(no_training), "with training": lambda: shell(())}, rounds)
    print(f"grader check solutions/ from the shell, {rounds} rounds (derivations included):")
    for label, (wall, cpu) in found.items():
        print(f"  {label}: median {wall:.2f} s wall ({cpu:.2f} s CPU)")
    print(f"in one process, the 11 exercise modules, {WORKERS} at a time:")
    for label, names in (("no training", tuple(n for n in modules if n != "training")), ("with training", modules)):
        grade(ROOT / "solutions", seed=1, only=names)  # warm: imports, page cache
        direct(1, names)
        found = medians({"grader": lambda: grade(ROOT / "solutions", seed=1, only=names),
                         "direct": lambda: direct(1, names)}, rounds)
        (graded, graded_cpu), (plain, plain_cpu) = found["grader"], found["direct"]
        print(f"  {label}: grader {graded:.2f} s ({graded_cpu:.2f} s CPU), same calls directly {plain:.2f} s "
              f"({plain_cpu:.2f} s CPU): overhead ratio {graded / plain:.2f}x (CPU: {graded_cpu / plain_cpu:.2f}x)")


if __name__ == "__main__":
    main()
