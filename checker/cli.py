"""The `grader` command line: thin typed wrappers over library functions.

Each command's docstring is its help text. Exit codes: 0 ok, 1 the check found failures,
2 usage error, 3 internal grader error.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, List, Optional, TypeVar

import typer
from typer.core import TyperGroup
from typer.exceptions import TyperException

from checker import __version__


def _requested_format(argv: list[str]) -> str | None:
    """The value of `--format` in a command line, if it has one."""
    for i, arg in enumerate(argv):
        if arg == "--format" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--format="):
            return arg.split("=", 1)[1]
    return None


class _Commands(TyperGroup):
    """With `--format json|junit|gradescope|markdown`, the command line's own usage errors (a
    value that is not a number, an unknown option) are reported in that format too, on stderr;
    an unexpected exception (a bug in the grader) is one line on stderr and exit 3, in any format."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, windows_expand_args: bool = True, **extra: Any) -> Any:
        from checker.errors import internal
        from checker.report.error import FORMATS, render_error

        argv = list(sys.argv[1:] if args is None else args)
        fmt = _requested_format(argv)
        try:
            if fmt in (None, "table") or fmt not in FORMATS or not standalone_mode:
                return super().main(argv, prog_name, complete_var, standalone_mode, windows_expand_args, **extra)
            try:
                code = super().main(argv, prog_name, complete_var, False, windows_expand_args, **extra)
            except TyperException as error:
                if not hasattr(error, "format_message"):
                    raise
                typer.echo(render_error(fmt, f"error: {error.format_message()}", error.exit_code), err=True)
                sys.exit(error.exit_code)
            except typer.Abort:
                sys.exit(130)
            sys.exit(code if isinstance(code, int) else 0)
        except Exception as error:  # a bug in the grader: said in one line (exit 3), never a traceback
            if not standalone_mode:
                raise
            typer.echo(render_error(fmt if fmt in FORMATS else "table", f"{internal(error)}; please report it.", 3),
                       err=True)
            sys.exit(3)


app = typer.Typer(
    name="grader",
    help="Check derivations and grade NumPy deep-learning exercises.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=_Commands,
)


T = TypeVar("T")


def _guarded(call: Callable[[], T]) -> T:
    """`call()`; a GraderError becomes its message on stderr and its exit code (no traceback)."""
    from checker.errors import GraderError

    try:
        return call()
    except GraderError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(error.exit_code) from None


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
        ..., help="Markdown files with $$...$$ / $...$ math, notebooks (.ipynb), or directories of them."),
    fmt: str = typer.Option("table", "--format", help="table, json (schema version 1) or markdown."),
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
    """Check every step of the derivations in Markdown files and notebooks.

    Exit 0 no step is wrong, 1 a step does not hold, 2 usage error."""
    from checker.report.derive import derive_output

    # a one-shot process: the objects the imports made (SymPy, NumPy: ~1M) live until it exits;
    # frozen, the collector's full passes no longer walk them in each file's worker
    gc.freeze()
    out = derive_output(list(files), fmt, all_steps, strict, file_seconds=file_seconds,
                        run_seconds=run_seconds)
    typer.echo(out.stdout, nl=False)
    typer.echo(out.stderr, nl=False, err=True)
    raise typer.Exit(out.code)


@app.command("derivations")
def derivations(
    name: Optional[str] = typer.Argument(None, help="One derivation: print its steps."),
    show_errata: bool = typer.Option(False, "--errata", help="List the documents' wrong steps."),
    fmt: str = typer.Option("table", "--format", help="table or json (schema version 1)."),
) -> None:
    """The course documents' derivations, checked against their recorded verdicts.

    Exit 0 every file matches its records, 1 one does not, 2 unknown name."""
    from checker.derivations.report import derivations as run
    from checker.errors import GraderError

    try:
        text, code = run(name, show_errata, fmt)
    except GraderError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(error.exit_code) from None
    typer.echo(text)
    raise typer.Exit(code)


def _archive_error(path: Path) -> str | None:
    """The usage error for a .zip given where one submission's folder is due, else None."""
    import zipfile

    if not (path.is_file() and zipfile.is_zipfile(path)):
        return None
    return (f"error: expected a folder of exercise modules; received {path}, a .zip archive. Unpack it "
            f"(`unzip {path} -d {path.stem}`) and pass the folder that holds the .py/.ipynb files, or grade a class export with "
            f"`grader check --each {path} --out results/`.")


@app.command("check")
def check(
    submissions: Optional[List[Path]] = typer.Argument(
        None, help="Folder with the exercise modules (.py or .ipynb); several folders: one student each."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show every check."),
    fmt: str = typer.Option("table", "--format",
                            help="table, json (schema version 1), junit, gradescope (results.json) or markdown."),
    only: Optional[List[str]] = typer.Option(None, "--only", help="Grade only this exercise (repeatable)."),
    seed: Optional[int] = typer.Option(None, "--seed", help="Seed that picks the random inputs."),
    timeout: float = typer.Option(10.0, "--timeout", help="Wall-clock seconds per call."),
    min_score: Optional[float] = typer.Option(None, "--min-score", help="Exit 0 when the score reaches this."),
    hidden: Optional[Path] = typer.Option(None, "--hidden", help="Also run the hidden checks in this folder "
                                          "(from `grader hidden build`): messages shown, inputs never."),
    each: Optional[Path] = typer.Option(None, "--each", help="Grade every folder in this one (or in this .zip export), one student each."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Submissions graded at once (default: the cores)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write <name>.json per submission and gradebook.csv here."),
    resume: bool = typer.Option(False, "--resume", help="With --out: skip submissions whose JSON is there."),
) -> None:
    """Grade a submission in a sandbox (several: a batch, with a gradebook).

    Exit 0 all pass, 1 failures, 2 usage error, 3 internal error."""
    folders = list(submissions or [])
    if len(folders) == 1 and each is None and out is None and not resume and (jobs is None or jobs >= 1):
        from checker.grade.check import check as run
        from checker.report.output import failed

        archive = _archive_error(folders[0])
        result = (failed(fmt, archive, 2) if archive else
                  run(folders[0], seed, timeout, tuple(only or ()), verbose, fmt, min_score, hidden))
    else:  # a batch (a bad --jobs is said there, for one submission too)
        from checker.classroom.batch import Options, batch

        result = batch(folders, each, Options(seed, timeout, tuple(only or ()), hidden, min_score), jobs, out,
                       resume, fmt, verbose)
    typer.echo(result.stdout, nl=False)
    typer.echo(result.stderr, nl=False, err=True)
    raise typer.Exit(result.code)


@app.command("gradebook")
def gradebook(
    reports: List[Path] = typer.Argument(..., help="Per-submission JSON reports (a batch's --out folder, or files)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write the CSV here (default: print it)."),
) -> None:
    """Merge per-submission JSON reports into one gradebook CSV: submission,score,max_score,<exercise>..."""
    from checker.classroom.gradebook import gradebook as run

    text, code = _guarded(lambda: run(list(reports), out))
    typer.echo(text, nl=False)
    raise typer.Exit(code)


@app.command("init")
def init(
    folder: Path = typer.Argument(..., help="A new or empty folder for the student repository."),
    install: Optional[str] = typer.Option(None, "--install", help="What the workflow installs with pip "
                                          "(default: this version of grader; e.g. a git URL or a wheel's URL)."),
) -> None:
    """Lay out a student repository: skeletons, derivation templates, a README and a GitHub workflow."""
    from checker.classroom.repository import init as run

    written = _guarded(lambda: run(folder, install))
    typer.echo(f"wrote {len(written)} files into {folder}: the exercises, derivations/, README.md, "
               ".github/workflows/grader.yml")
    if install is None:
        typer.echo(f"note: the workflow installs grader=={__version__} from PyPI, where the name grader is another "
                   "project's: to make it install this grader, run again with --install and your repository's git "
                   "URL or a wheel's URL (README: 'A student repository').", err=True)


gradescope_app = typer.Typer(help="Gradescope: an autograder bundle, and what it runs per submission.",
                             no_args_is_help=True)
app.add_typer(gradescope_app, name="gradescope")


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

    names = _guarded(lambda: run(out, hidden, wheel, package))
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
    from checker.grade.store import verify as run

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
