"""Every realistic mistake loses points and its check names it; valid rewrites keep full marks.

The mutants and rewrites are in tests/grade/mutants/ (`python -m tests.grade.mutants` prints the
rates by family). Graded once per module (grouped: one mutant per exercise module, none in a
module another one imports), with a fixed seed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.grade.checks import grade
from tests.grade.mutants import BLIND, BLIND2, MUTANTS, REWRITES, SEED, Mutant, Outcome, _module_edit, run, submission

pytestmark = pytest.mark.slow
# mistakes that lose points but whose check does not name them yet
GAPS: dict[str, str] = {}  # "accuracy over the wrong axis" raised a broadcast error: now read by mismatch.py
ALL = [pytest.param(m, id=m.id, marks=pytest.mark.xfail(strict=True, reason=GAPS[m.id]) if m.id in GAPS else ())
       for m in MUTANTS + BLIND + BLIND2]


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    return {o.mutant.id: o for o in run(tmp_path_factory.mktemp("mutants"), MUTANTS + BLIND + BLIND2)}


@pytest.mark.parametrize("mutant", ALL)
def test_mutant_loses_points_and_is_named(outcomes: dict[str, Outcome], mutant: Mutant) -> None:
    outcome = outcomes[mutant.id]
    assert outcome.lost, outcome.messages
    assert outcome.named, (mutant.check, mutant.needle, outcome.messages)


def test_every_family_of_the_issue_has_mutants() -> None:
    families = {m.family for m in MUTANTS}
    assert families >= {"missing checks", "sign flips", "activation derivatives", "non-finite", "pooling",
                        "convolution", "zeros and shapes", "linear regression", "lenet assembly", "regularisation"}
    assert len({m.id for m in MUTANTS}) == len(MUTANTS)


@pytest.mark.parametrize(("base", "label", "edits"), REWRITES, ids=[r[1] for r in REWRITES])
def test_rewrite_keeps_full_marks(tmp_path: Path, base: str, label: str, edits: tuple[tuple[str, str, str], ...]) -> None:
    directory = submission(tmp_path / "sub", base)
    for module, old, new in edits:
        _module_edit(directory, module, old, new)
    modules = tuple(sorted({module for module, _, _ in edits})) or ()
    report = grade(directory, seed=SEED, only=modules)
    failed = [(e.name, c.name, c.message) for e in report.exercises for c in e.checks
              if not c.passed and not e.name.startswith("derivations/")]
    assert not failed, failed
