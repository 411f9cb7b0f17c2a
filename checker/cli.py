"""The `grader` command line: thin typed wrappers over library functions.

Each command's docstring is its help text. Exit codes: 0 ok, 1 the check found failures,
2 usage error, 3 internal grader error.
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from checker import __version__

app = typer.Typer(
    name="grader",
    help="Check derivations and grade NumPy deep-learning exercises.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"grader {__version__}")
        raise typer.Exit(0)


@app.callback()
def main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Check derivations and grade NumPy deep-learning exercises."""


@app.command("derive")
def derive(
    files: List[Path] = typer.Argument(
        ..., help="Markdown files with $$...$$ / $...$ math, or directories of .md files."),
    fmt: str = typer.Option("table", "--format", help="table or json (schema version 1)."),
    all_steps: bool = typer.Option(True, "--all/--problems",
                                   help="Show every step, or only those that do not hold."),
    strict: bool = typer.Option(False, "--strict",
                                help="Exit 1 also when a step could not be read or decided."),
    file_seconds: float = typer.Option(60.0, "--file-seconds",
                                       help="Time budget per file (0: none); what it does not "
                                            "reach is reported as undecided."),
    run_seconds: float = typer.Option(300.0, "--run-seconds",
                                      help="Time budget for all files together (0: none)."),
) -> None:
    """Check every step of the derivations in Markdown files: exit 0 all hold, 1 a step does
    not hold, 2 usage error."""
    from rich.console import Console

    from checker.derive import derive as run
    from checker.derive.report import render_json, render_table
    from checker.errors import GraderError

    if fmt not in {"table", "json"}:
        typer.echo(f"error: expected --format table or json; received {fmt!r}.", err=True)
        raise typer.Exit(2)
    try:
        reports = run(list(files), file_seconds=file_seconds, run_seconds=run_seconds)
    except GraderError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(error.exit_code) from None
    if fmt == "json":
        typer.echo(render_json(reports))
    else:
        render_table(reports, Console(), verbose=all_steps)
    bad = {"fails", "unreadable", "undecided"} if strict else {"fails"}
    raise typer.Exit(1 if any(s.verdict in bad for r in reports for s in r.steps) else 0)


@app.command("derivations")
def derivations(
    name: Optional[str] = typer.Argument(None, help="One derivation: print its steps."),
    show_errata: bool = typer.Option(False, "--errata", help="List the documents' wrong steps."),
    fmt: str = typer.Option("table", "--format", help="table or json (schema version 1)."),
) -> None:
    """The course documents' derivations, checked: exit 0 every file matches its recorded
    verdicts, 1 one does not, 2 unknown name."""
    from checker.derivations.report import derivations as run
    from checker.errors import GraderError

    try:
        text, code = run(name, show_errata, fmt)
    except GraderError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(error.exit_code) from None
    typer.echo(text)
    raise typer.Exit(code)


@app.command("check")
def check(
    directory: Path = typer.Argument(..., help="Folder with the exercise modules (.py or .ipynb)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show every check."),
    fmt: str = typer.Option("table", "--format", help="table or json (schema version 1)."),
    only: Optional[List[str]] = typer.Option(None, "--only", help="Grade only this exercise (repeatable)."),
    seed: Optional[int] = typer.Option(None, "--seed", help="Seed that picks the random inputs."),
    timeout: float = typer.Option(10.0, "--timeout", help="Wall-clock seconds per call."),
    min_score: Optional[float] = typer.Option(None, "--min-score", help="Exit 0 when the score reaches this."),
    hidden: Optional[Path] = typer.Option(None, "--hidden", help="Also run the hidden checks in this folder "
                                          "(from `grader hidden build`): messages shown, inputs never."),
) -> None:
    """Grade a submission in a sandbox: exit 0 all pass, 1 failures, 2 usage error, 3 internal error."""
    from checker.grade.check import check as run

    text, code = run(directory, seed, timeout, tuple(only or ()), verbose, fmt, min_score, hidden)
    typer.echo(text, err=code >= 2)
    raise typer.Exit(code)


refs = typer.Typer(help="Build or verify the reference data grading reads.", no_args_is_help=True)
app.add_typer(refs, name="refs")


@refs.command("build")
def build(solutions: Path = typer.Option(Path("solutions"), help="The reference solutions package.")) -> None:
    """Regenerate the reference data (.npz + sha256 manifest) from the solutions."""
    from checker.errors import GraderError
    from checker.reference.build import build as run

    try:
        manifest = run(solutions)
    except GraderError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(error.exit_code) from None
    typer.echo(f"built {len(manifest['files'])} files")


@refs.command("verify")
def verify() -> None:
    """Check every reference data file against its sha256 in the manifest."""
    from checker.errors import GraderError
    from checker.reference.build import verify as run

    try:
        manifest = run()
    except GraderError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(error.exit_code) from None
    typer.echo(f"verified {len(manifest['files'])} files")


hidden_app = typer.Typer(help="Hidden checks: an instructor's extra cases whose inputs students never see.",
                         no_args_is_help=True)
app.add_typer(hidden_app, name="hidden")


@hidden_app.command("build")
def hidden_build(
    checks: Path = typer.Argument(..., help="A Python file defining HIDDEN = {exercise: (Case or Hidden, ...)}."),
    solutions: Path = typer.Option(Path("solutions"), help="The reference solutions package."),
    out: Path = typer.Option(Path("hidden"), help="The folder to write (.npz + sha256 manifest)."),
) -> None:
    """Run hidden checks through the solutions; `grader check --hidden OUT` grades with the result."""
    from checker.errors import GraderError
    from checker.reference.hidden import build as run

    try:
        manifest = run(checks, solutions, out)
    except GraderError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(error.exit_code) from None
    count = sum(len(e["checks"]) for e in manifest["exercises"].values())
    typer.echo(f"built {count} hidden checks for {', '.join(manifest['exercises'])} into {out}")


if __name__ == "__main__":
    app()
