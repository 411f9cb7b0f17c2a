"""Wall time of `grader check solutions/` and the grader's overhead over direct calls.

Run from the repository root: `python bench/grade_overhead.py`. Prints the median of 5
runs of grading the solutions (sandboxed: one child per exercise, forked by the fork server,
`checks.WORKERS` at a time) and of making the same calls (forward, backward, centred-difference
gradients, timing) directly in this process. Both figures without the training exercise (its
timed training run) and with it. The derivation exercises are left out of both: they are text,
graded in the grader's own process either way. BLAS is pinned to one thread here, as in the
sandbox's children: the same calls, and a baseline that does not collapse when another process
takes a core (two spinning OpenBLAS threads then run 10x slower).
"""

from __future__ import annotations

import importlib
import os
import resource
import statistics
import sys
import time
from pathlib import Path

for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_name] = "1"  # before NumPy loads its BLAS

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.grade import scenario, specs  # noqa: E402
from checker.grade.checks import WORKERS, _variants, grade  # noqa: E402
from checker.reference.build import DATA, run_steps, verify  # noqa: E402


def direct(seed: int, names: tuple[str, ...]) -> None:
    """The same calls in one process, without sandbox or comparisons."""
    manifest = verify(DATA)
    for exercise in specs.EXERCISES:
        if exercise.name not in names:
            continue
        module = importlib.import_module(f"solutions.{exercise.name}")
        with np.load(DATA / f"{exercise.name}.npz") as data:
            for case in exercise.cases:
                for v in _variants(seed, exercise.name, case):
                    variant = manifest["exercises"][exercise.name]["cases"][case.name][v]
                    if isinstance(case, specs.Scenario):
                        values = {k: scenario._inputs(s, data) for k, s in variant["inputs"].items()}
                        results = run_steps(case, module, values)
                        for step in case.steps:  # the runner's directional op: the loss at weights +- eps
                            if step.op == "directional":
                                model = results[step.args[0][1:]]
                                for sign in (1.0, -1.0):
                                    model.set_weights([w + sign * 1e-8 for w in values["weights"]])
                                    model.loss_and_grads(values["x"].copy(), values["labels"].copy())
                        continue
                    args = [data[a["array"]].copy() if "array" in a else a["value"] for a in variant["args"]]
                    fn = getattr(module, case.fn)
                    out = fn(*args, **case.kwargs)
                    if case.backward:
                        getattr(module, case.backward)(data[f"{case.name}|{v}|dout"], out[1])
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


def median(run, repeat: int = 5) -> tuple[float, float]:
    """Median wall time and median CPU time of `repeat` runs."""
    walls, cpus = [], []
    for _ in range(repeat):
        cpu, start = _cpu(), time.perf_counter()
        run()
        walls.append(time.perf_counter() - start)
        cpus.append(_cpu() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    sys.path.insert(0, str(ROOT))
    everything = tuple(e.name for e in specs.EXERCISES if e.kind != "derivation")
    print(f"exercises graded at once: {WORKERS}")
    without = tuple(n for n in everything if n != "training")
    for label, names in (("no training", without), ("with training", everything)):
        graded, graded_cpu = median(lambda: grade(ROOT / "solutions", seed=1, only=names))
        plain, plain_cpu = median(lambda: direct(1, names))
        print(f"grader check solutions/ ({label}): median {graded:.2f} s ({graded_cpu:.2f} s CPU)")
        print(f"same calls directly in one process: median {plain:.2f} s ({plain_cpu:.2f} s CPU)")
        print(f"overhead ratio: {graded / plain:.2f}x (CPU: {graded_cpu / plain_cpu:.2f}x)")


if __name__ == "__main__":
    main()
