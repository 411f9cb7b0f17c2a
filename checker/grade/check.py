"""`grader check DIR`: grade, render, and choose the exit code.

Exit codes: 0 every check passed (or the score reached `min_score`), 1 some check failed,
2 usage error (bad path, nothing to grade, unknown exercise), 3 internal grader error.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from checker.errors import GraderError
from checker.grade.checks import grade
from checker.grade.report import render_json, render_table


def check(directory: Path, seed: int | None = None, timeout: float = 10.0, only: tuple[str, ...] = (),
          verbose: bool = False, fmt: str = "table", min_score: float | None = None,
          hidden: Path | None = None) -> tuple[str, int]:
    """The report text and the exit code for grading `directory` (with `hidden`: its hidden checks too)."""
    if fmt not in ("table", "json"):
        return f"error: expected --format table or json; received {fmt}.", 2
    if timeout <= 0:
        return f"error: expected a positive --timeout; received {timeout:g}.", 2
    seed = secrets.randbelow(10**6) if seed is None else seed
    try:
        report = grade(directory, seed=seed, timeout=timeout, only=only, hidden_dir=hidden)
    except GraderError as error:
        return f"error: {error}", error.exit_code
    except Exception as error:  # a bug in the grader, not in the submission
        return f"internal grader error ({type(error).__name__}: {error}); please report it.", 3
    text = render_json(report) if fmt == "json" else render_table(report, verbose)
    passed = report.all_passed or (min_score is not None and report.score >= min_score)
    return text, 0 if passed else 1
