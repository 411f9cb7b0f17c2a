"""`grader check DIR`: grade, render, and choose the exit code.

Exit codes: 0 every check passed (or the score reached `min_score`), 1 some check failed,
2 usage error (bad path, nothing to grade, unknown exercise), 3 internal grader error.
A usage or internal error is rendered in the requested format, for stderr. Under GitHub
Actions (`GITHUB_ACTIONS=true`) the Markdown summary is appended to `$GITHUB_STEP_SUMMARY` and
failures become `::error file=...,line=...::` annotations (`checker/report/github.py`).
"""

from __future__ import annotations

import json
import os
import secrets
import sys
from collections.abc import Mapping
from pathlib import Path

from checker.classroom.progress import Exercises
from checker.errors import GraderError, bad_timeout, unknown_format
from checker.grade.checks import grade
from checker.grade.report import render_json, render_table
from checker.grade.results import GradeReport
from checker.report import github
from checker.report.error import FORMATS
from checker.report.gradescope import to_results
from checker.report.junit import render_junit
from checker.report.markdown import render_markdown
from checker.report.output import Output, failed, publish


def format_error(fmt: str) -> str | None:
    """The usage error for an unknown --format, or None."""
    return None if fmt in FORMATS else f"error: {unknown_format(fmt, FORMATS)}"


def render(report: GradeReport, fmt: str, verbose: bool = False, width: int | None = None) -> str:
    """The report in format `fmt` (one of FORMATS)."""
    if fmt == "json":
        return render_json(report)
    if fmt == "junit":
        return render_junit(report)
    if fmt == "gradescope":
        return json.dumps(to_results(report), indent=2)
    if fmt == "markdown":
        return render_markdown(report)
    return render_table(report, verbose, width)


def _progress(only: tuple[str, ...]) -> Exercises:
    from checker.grade.catalogue import EXERCISES

    return Exercises(len(only) if only else len(EXERCISES))


def check(directory: Path, seed: int | None = None, timeout: float = 10.0, only: tuple[str, ...] = (),
          verbose: bool = False, fmt: str = "table", min_score: float | None = None,
          hidden: Path | None = None, width: int | None = None, env: Mapping[str, str] | None = None) -> Output:
    """What `grader check` prints for grading `directory` (with `hidden`: its hidden checks too)."""
    env = os.environ if env is None else env
    unknown = format_error(fmt)
    if unknown:
        return failed("table", unknown, 2)
    if timeout <= 0:
        return failed(fmt, f"error: {bad_timeout(timeout)}", 2)
    seed = secrets.randbelow(10**6) if seed is None else seed
    shown = _progress(only) if not github.active(env) and sys.stderr.isatty() else None  # stderr: any format
    try:
        report = grade(directory, seed=seed, timeout=timeout, only=only, hidden_dir=hidden, progress=shown)
    except GraderError as error:
        return failed(fmt, f"error: {error}", error.exit_code)
    except Exception as error:  # noqa: BLE001  a bug in the grader, not in the submission
        return failed(fmt, f"internal grader error ({type(error).__name__}: {error}); please report it.", 3)
    finally:
        if shown is not None:
            shown.close()
    passed = report.all_passed or (min_score is not None and report.score >= min_score)
    folder = github.relative(directory, env)
    return publish(render(report, fmt, verbose, width), fmt, render_markdown(report, f"grader check {folder}"),
                   github.check_annotations(report, folder), env, 0 if passed else 1)
