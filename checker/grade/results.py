"""Grading results: frozen dataclasses; every report is a pure function of them."""

from __future__ import annotations

from dataclasses import dataclass

NOTE = "note: "  # how a passing check's message starts when it carries a note for the student (no points)


@dataclass(frozen=True)
class CheckResult:
    name: str
    passed: bool
    score: float
    max_score: float
    message: str = ""
    hidden: bool = False  # an instructor's hidden check: its message says nothing of its inputs
    blocked: bool = False  # nothing judged: code not written yet, or what it relies on (not in reports)
    # a failing check's place in the exercise's file (1-based; see `place.py`): where it raised,
    # the checked function's `def`, a derivation step; None: no place (a notebook, not submitted)
    line: int | None = None
    seconds: float | None = None  # wall time of the student's calls it judged (the grader's clock); None: no call


@dataclass(frozen=True)
class ExerciseResult:
    """status: passed, failed, not implemented, not submitted, error, not graded yet."""

    name: str
    score: float
    max_score: float
    status: str
    checks: tuple[CheckResult, ...]
    notes: tuple[str, ...] = ()  # --verbose and JSON: skipped IPython lines, static findings
    notice: str = ""  # every format, even the short table: which file was graded when there were two
    file: str = ""  # the graded file, relative to the submission (dense.py, derivations/x.md); "" if none
    seconds: float = 0.0  # wall-clock time its grading took

    @property
    def first_failure(self) -> str:
        return next((c.message for c in self.checks if not c.passed), "")

    @property
    def remarks(self) -> tuple[str, ...]:
        """The notes passing checks carry (an input changed in place: worth no points), each once,
        without the NOTE prefix: every format shows them under the exercise."""
        found = (c.message[len(NOTE):] for c in self.checks if c.passed and c.message.startswith(NOTE))
        return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class GradeReport:
    seed: int
    exercises: tuple[ExerciseResult, ...]
    sandbox: str = ""
    seconds: float = 0.0  # wall-clock time of the whole grading run

    @property
    def score(self) -> float:
        return round(sum(e.score for e in self.exercises), 6)

    @property
    def max_score(self) -> float:
        return round(sum(e.max_score for e in self.exercises), 6)

    @property
    def all_passed(self) -> bool:
        return all(c.passed for e in self.exercises for c in e.checks)
