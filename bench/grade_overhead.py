"""Wall time of `grader check solutions/` and the grader's overhead over direct calls.

Run from the repository root: `python bench/grade_overhead.py`. Prints the median of 5
runs of grading the solutions (sandboxed: one child per exercise, forked by the fork server,
`checks.WORKERS` at a time) and of making the same calls (forward, backward, centred-difference
gradients, timing) directly in this process. Both figures without the training exercise (its
timed training run) and with it. The derivation exercises are left out of both: they are text,
graded in the grader's own process either way.
"""

from __future__ import annotations

import importlib
import statistics
import sys
import time
from pathlib import Path

import numpy as np

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
                        run_steps(case, module, {k: scenario._inputs(s, data) for k, s in variant["inputs"].items()})
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


def median(run, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    sys.path.insert(0, str(ROOT))
    everything = tuple(e.name for e in specs.EXERCISES if e.kind != "derivation")
    print(f"exercises graded at once: {WORKERS}")
    without = tuple(n for n in everything if n != "training")
    for label, names in (("no training", without), ("with training", everything)):
        graded = median(lambda: grade(ROOT / "solutions", seed=1, only=names))
        plain = median(lambda: direct(1, names))
        print(f"grader check solutions/ ({label}): median {graded:.2f} s")
        print(f"same calls directly in one process: median {plain:.2f} s")
        print(f"overhead ratio: {graded / plain:.2f}x")


if __name__ == "__main__":
    main()
