"""The conv2d vectorisation ratio for vectorised and loop implementations: where the threshold goes.

Run from the repository root: `python bench/vectorisation.py [rounds]` (default 5). Grades
solutions/conv2d.py and each variant of tests/grade/conv2d_variants.py (its conv2d_forward
replaced) `rounds` times, and prints each one's ratios (the timed call's best time over the
keeper's yardstick, see checker/grade/timing.py), then the largest vectorised and the smallest
loop ratio: timing.FACTOR must sit between them with margin on both sides.
"""

from __future__ import annotations

import re
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.grade import timing  # noqa: E402
from checker.grade.checks import grade  # noqa: E402
from tests.grade.conv2d_variants import LOOPS, VECTORISED, source  # noqa: E402


def ratios(code: str, rounds: int) -> list[float]:
    found = []
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "conv2d.py").write_text(code)
        for seed in range(rounds):
            (result,) = grade(Path(folder), seed=seed, only=("conv2d",)).exercises
            (check,) = [c for c in result.checks if c.name.endswith(": vectorised")]
            number = re.match(r"(\d+)x the time", check.message)
            found.append(float(number.group(1)) if number else float("nan"))
    return found


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    solution = (ROOT / "solutions" / "conv2d.py").read_text()
    groups = {"vectorised": {"the solution (im2col)": solution, **{k: solution + source(v) for k, v in VECTORISED.items()}},
              "loops": {k: solution + source(v) for k, v in LOOPS.items()}}
    worst = {}
    for group, variants in groups.items():
        print(f"{group}:")
        every = []
        for name, code in variants.items():
            found = ratios(code, rounds)
            every += found
            print(f"  {name}: median {statistics.median(found):.0f}x, range {min(found):.0f}-{max(found):.0f}x")
        worst[group] = max(every) if group == "vectorised" else min(every)
    print(f"largest vectorised ratio {worst['vectorised']:.0f}x, smallest loop ratio {worst['loops']:.0f}x, "
          f"threshold {timing.FACTOR:g}x")


if __name__ == "__main__":
    main()
