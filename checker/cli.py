"""The `grader` command line: thin typed wrappers over library functions.

Each command's docstring is its help text. Exit codes: 0 ok, 1 the check found failures,
2 usage error, 3 internal grader error (`exits.py`); the instructor's command groups are in
`instructor.py`.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import List, Optional

import typer

from checker import __version__, instructor
from checker.exits import Commands, guarded

app = typer.Typer(
    name="grader",
    help="Check derivations and grade NumPy deep-learning exercises.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=Commands,
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
    # a one-shot process: the objects the imports make (SymPy, NumPy: ~1M) live until it exits,
    # so collecting while they are made finds nothing (~10% of the imports' time); frozen
    # afterwards, the collector's full passes no longer walk them in each file's worker
    gc.disable()
    from checker.report.derive import derive_output

    gc.freeze()
    gc.enable()
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

    text, code = guarded(lambda: run(name, show_errata, fmt))
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

    text, code = guarded(lambda: run(list(reports), out))
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

    written = guarded(lambda: run(folder, install))
    typer.echo(f"wrote {len(written)} files into {folder}: the exercises, derivations/, README.md, "
               ".github/workflows/grader.yml")
    if install is None:
        typer.echo(f"note: the workflow installs grader=={__version__} from PyPI, where the name grader is another "
                   "project's: to make it install this grader, run again with --install and your repository's git "
                   "URL or a wheel's URL (README: 'A student repository').", err=True)


app.add_typer(instructor.gradescope_app, name="gradescope")
app.add_typer(instructor.refs, name="refs")
app.add_typer(instructor.hidden_app, name="hidden")


if __name__ == "__main__":
    app()
