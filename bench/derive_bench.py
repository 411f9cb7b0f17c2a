"""Time to check both course documents, cold (a fresh process), and p50/p95 per step.

    python bench/derive_bench.py [DOC ...]

Prints the wall time of one cold `grader derive` run over the documents (median of 3 fresh
processes, imports included), and the per-step times measured in this process.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # per_step times this checkout's checker, as cold() does
DEFAULT = sorted((ROOT.parent / "shared" / "seeds").glob("0*.txt"))


def cold(docs: list[Path]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "checker.cli", "derive", "--format", "json", *map(str, docs)],
                   cwd=ROOT, capture_output=True, check=False)
    return time.perf_counter() - start


def per_step(docs: list[Path]) -> list[float]:
    from checker.derive import document, step

    times: list[float] = []
    original = step.check

    def timed(*args, **kwargs):
        t = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            times.append(time.perf_counter() - t)

    step.check = timed  # type: ignore[assignment]
    for doc in docs:
        document.check_text(doc.read_text(encoding="utf-8"), str(doc))
    return times


def main() -> None:
    docs = [Path(a) for a in sys.argv[1:]] or DEFAULT
    runs = [cold(docs) for _ in range(3)]
    times = sorted(per_step(docs))
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    print(f"documents: {len(docs)}; steps timed: {len(times)}")
    print(f"cold run (fresh process, median of 3): {statistics.median(runs):.2f} s")
    print(f"per step: p50 {1000 * statistics.median(times):.1f} ms, p95 {1000 * p95:.1f} ms, "
          f"max {1000 * times[-1]:.1f} ms")


if __name__ == "__main__":
    main()
