"""`python -m tests.grade.mutants`: grade every mutant and rewrite, print the rates by family."""

from __future__ import annotations

import tempfile
from collections import defaultdict
from pathlib import Path

from tests.grade.mutants import BLIND, MUTANTS, run


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        outcomes = run(Path(work), MUTANTS + BLIND)
    by_family: dict[str, list] = defaultdict(list)
    for outcome in outcomes:
        by_family[outcome.mutant.family].append(outcome)
    print(f"{'family':<24} {'mutants':>7} {'lose points':>11} {'named':>6} {'named first':>11}")
    for family, found in by_family.items():
        print(f"{family:<24} {len(found):>7} {sum(o.lost for o in found):>11} {sum(o.named for o in found):>6} "
              f"{sum(o.first for o in found):>11}")
    print(f"{'all':<24} {len(outcomes):>7} {sum(o.lost for o in outcomes):>11} {sum(o.named for o in outcomes):>6} "
          f"{sum(o.first for o in outcomes):>11}")
    for outcome in outcomes:
        if not (outcome.lost and outcome.named):
            print(f"\n{outcome.mutant.id} ({outcome.mutant.module}): lost={outcome.lost} named={outcome.named}")
            for message in outcome.messages:
                print("   ", message[:400])
    assert len(outcomes) == len(MUTANTS) + len(BLIND)


if __name__ == "__main__":
    main()
