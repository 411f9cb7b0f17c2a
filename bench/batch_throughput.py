"""Batch grading throughput: submissions per minute at --jobs 1 and 2, against single runs.

Run from the repository root: `python bench/batch_throughput.py [submissions] [rounds]
[exercise,exercise,...]` (default 8 submissions, 3 rounds, every exercise; e.g.
`10 3 softmax,dense,conv2d` grades only those, as the issue's side-by-side with otter-grader
and nbgrader did). Every submission is a copy of `solutions/` (the full
assignment: every exercise's code runs, the training run and the derivations included). Each
round, in an order that alternates, runs from the shell (`python -m checker.cli`, a fresh
process each time):
1. `grader check S1 ... SN --jobs 1 --out DIR`, and the same with `--jobs 2`;
2. a shell loop of N single `grader check Si` runs, one after the other.
It prints medians over the rounds: submissions per minute for each, the scaling ratio
(jobs 2 / jobs 1), the per-submission cost of the batch against one single `grader check`,
and the peak memory of each batch: the largest sum, over the batch's whole process tree
(workers, their fork servers, sandboxed children and derivation processes), of the
proportional set size (Pss: shared pages split between the processes that share them),
sampled every 20 ms.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "checker.cli", "check"]


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            tree.setdefault(ppid, []).append(int(entry))
    return tree


def _pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            return sum(int(line.split()[1]) for line in f if line.startswith("Pss:"))
    except (OSError, ValueError):
        return 0


def _tree_pss(root: int) -> int:
    """Pss of `root` and all its descendants, KiB (fork servers start their own sessions, not trees)."""
    tree, total, todo = _children(), 0, [root]
    while todo:
        pid = todo.pop()
        total += _pss_kib(pid)
        todo += tree.get(pid, [])
    return total


def timed(args: list[str], measure_memory: bool = False) -> tuple[float, float, int]:
    """Wall seconds of a command, its CPU seconds (user + system, with every descendant it waited
    for), and its tree's peak Pss in KiB (0 when not measured)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = [0]

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], _tree_pss(process.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample) if measure_memory else None
    if sampler:
        sampler.start()
    code = process.wait()
    seconds = time.perf_counter() - start
    if sampler:
        sampler.join()
    if code not in (0, 1):
        raise SystemExit(f"{' '.join(args)} exited {code}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return seconds, cpu, peak[0]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    only = [arg for name in sys.argv[3].split(",") for arg in ("--only", name)] if len(sys.argv) > 3 else []
    scratch = Path(tempfile.mkdtemp(prefix="batch-bench-"))
    folders = []
    for i in range(count):
        folder = scratch / f"student{i:02d}"
        shutil.copytree(ROOT / "solutions", folder, ignore=shutil.ignore_patterns("__pycache__"))
        folders.append(str(folder))
    runs: dict[str, list[float]] = {"jobs1": [], "jobs2": [], "loop": [], "single": []}
    cpu: dict[str, list[float]] = {"jobs1": [], "jobs2": [], "loop": []}
    memory: dict[str, list[int]] = {"jobs1": [], "jobs2": []}
    try:
        for r in range(rounds):
            order = ["jobs1", "jobs2", "loop"] if r % 2 == 0 else ["loop", "jobs2", "jobs1"]
            for kind in order:
                out = scratch / f"out-{kind}-{r}"
                if kind == "loop":
                    singles = [timed([*CLI, folder, "--seed", "1", *only]) for folder in folders]
                    runs["loop"].append(sum(s[0] for s in singles))
                    runs["single"].append(statistics.median(s[0] for s in singles))
                    cpu["loop"].append(sum(s[1] for s in singles))
                    continue
                jobs = kind[-1]
                seconds, used, peak = timed([*CLI, *folders, "--jobs", jobs, "--seed", "1", "--out", str(out), *only],
                                            True)
                runs[kind].append(seconds)
                cpu[kind].append(used)
                memory[kind].append(peak)
            print(f"round {r + 1}: " + ", ".join(f"{k} {v[-1]:.2f} s" for k, v in runs.items()), flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    med = {k: statistics.median(v) for k, v in runs.items()}
    rate = {k: 60 * count / med[k] for k in ("jobs1", "jobs2", "loop")}
    what = f"only {sys.argv[3]}" if only else "every exercise"
    print(f"{count} submissions (copies of solutions/, {what}), medians of {rounds} rounds, load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"single grader check: {med['single']:.2f} s")
    for kind in ("jobs1", "jobs2", "loop"):
        label = {"jobs1": "batch --jobs 1", "jobs2": "batch --jobs 2", "loop": "shell loop of single runs"}[kind]
        extra = f", peak memory {statistics.median(memory[kind]) / 1024:.0f} MiB (Pss)" if kind in memory else ""
        print(f"{label}: {med[kind]:.2f} s, {rate[kind]:.1f} submissions/min, "
              f"{med[kind] / count:.2f} s per submission, CPU {statistics.median(cpu[kind]) / count:.2f} s "
              f"per submission{extra}")
    print(f"scaling jobs 2 / jobs 1: {rate['jobs2'] / rate['jobs1']:.2f}x")
    print(f"per-submission cost / single grader check: jobs 1 {med['jobs1'] / count / med['single']:.2f}, "
          f"jobs 2 {med['jobs2'] / count / med['single']:.2f}")


if __name__ == "__main__":
    main()
