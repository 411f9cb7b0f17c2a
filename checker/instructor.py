"""The instructor's commands: reference data, hidden checks and the Gradescope bundle.

Three command groups that `cli.py` mounts as `grader refs`, `grader hidden` and `grader
gradescope`; like every command, each is a thin typed wrapper over the library function of the
same name, and its docstring is its help text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from checker.exits import guarded

gradescope_app = typer.Typer(help="Gradescope: an autograder bundle, and what it runs per submission.",
                             no_args_is_help=True)


@gradescope_app.command("build")
def gradescope_build(
    out: Path = typer.Option(Path("autograder.zip"), "--out", help="The bundle to write (.zip)."),
    hidden: Optional[Path] = typer.Option(None, "--hidden", help="Hidden checks to include (`grader hidden build`)."),
    wheel: Optional[Path] = typer.Option(None, "--wheel", help="Install this grader wheel (default: one made "
                                         "from the grader that runs this command)."),
    package: Optional[str] = typer.Option(None, "--package", help="Install this pip requirement instead "
                                          "(a released grader, e.g. 'grader==0.1.0')."),
) -> None:
    """Write a Gradescope autograder bundle: setup.sh, run_autograder and the grader's wheel."""
    from checker.classroom.bundle import build as run

    names = guarded(lambda: run(out, hidden, wheel, package))
    typer.echo(f"wrote {out}: {', '.join(n for n in names if '/' not in n)}"
               + (f" and hidden/ ({sum('/' in n for n in names)} files)" if hidden else ""))


@gradescope_app.command("run")
def gradescope_run(
    submission: Path = typer.Argument(Path("/autograder/submission"), help="The student's submission."),
    results: Path = typer.Option(Path("/autograder/results/results.json"), "--results", help="results.json to write."),
    hidden: Optional[Path] = typer.Option(None, "--hidden", help="Hidden checks (`grader hidden build`)."),
    seed: Optional[int] = typer.Option(None, "--seed", help="Seed that picks the random inputs."),
    timeout: float = typer.Option(10.0, "--timeout", help="Wall-clock seconds per call."),
) -> None:
    """Grade one submission and always write a valid results.json (what run_autograder calls)."""
    from checker.classroom.bundle import run

    log, code = run(submission, results, hidden, seed, timeout)
    typer.echo(log, nl=False)
    raise typer.Exit(code)


refs = typer.Typer(help="Build or verify the reference data grading reads.", no_args_is_help=True)


@refs.command("build")
def build(solutions: Path = typer.Option(Path("solutions"), help="The reference solutions package.")) -> None:
    """Regenerate the reference data (.npz + sha256 manifest) from the solutions."""
    from checker.reference.build import build as run

    manifest = guarded(lambda: run(solutions))
    typer.echo(f"built {len(manifest['files'])} files")


@refs.command("verify")
def verify() -> None:
    """Check every reference data file against its sha256 in the manifest."""
    from checker.grade.store import verify as run

    manifest = guarded(run)
    typer.echo(f"verified {len(manifest['files'])} files")


hidden_app = typer.Typer(help="Hidden checks: an instructor's extra cases whose inputs students never see.",
                         no_args_is_help=True)


@hidden_app.command("build")
def hidden_build(
    checks: Path = typer.Argument(..., help="A Python file defining HIDDEN = {exercise: (Case or Hidden, ...)}."),
    solutions: Path = typer.Option(Path("solutions"), help="The reference solutions package."),
    out: Path = typer.Option(Path("hidden"), help="The folder to write (.npz + sha256 manifest)."),
) -> None:
    """Run hidden checks through the solutions; `grader check --hidden OUT` grades with the result."""
    from checker.reference.hidden import build as run

    manifest = guarded(lambda: run(checks, solutions, out))
    count = sum(len(e["checks"]) for e in manifest["exercises"].values())
    typer.echo(f"built {count} hidden checks for {', '.join(manifest['exercises'])} into {out}")
