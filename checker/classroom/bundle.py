"""Gradescope: `grader gradescope build` writes an autograder bundle; `grader gradescope run` is
what its `run_autograder` calls for each submission.

The bundle (`autograder.zip`) holds `setup.sh` (Python, then this grader from the wheel beside
it, with its dependencies from PyPI), `run_autograder`, the wheel (`wheel.py`: made from the
running grader, so Gradescope grades exactly as it does here; or `grader-requirement.txt`
naming a released grader for pip, with `--package`) and, with `--hidden DIR`, the
hidden checks as `hidden/` (readable by root only when grading). `run` finds the exercises in
the submission (at its top, or in the one folder that holds them: an uploaded folder or
repository), grades them and always writes a valid results.json: the report, or a score of 0
with the reason when nothing could be graded.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
import zipfile
from pathlib import Path

from checker.classroom.gradebook import write_atomic
from checker.classroom.repository import TEMPLATES
from checker.classroom.wheel import build_wheel
from checker.errors import UsageError
from checker.grade.check import check
from checker.report.output import failed

SCRIPTS = ("setup.sh", "run_autograder")


def build(out: Path, hidden: Path | None = None, wheel: Path | None = None, package: str | None = None) -> list[str]:
    """Write the bundle to `out`; the names in it. `wheel`: install this one instead of one made here;
    `package`: install this pip requirement (a released grader) instead of any wheel."""
    if wheel is not None and package is not None:
        raise UsageError("--wheel or --package", "both", "Choose one way to install the grader.")
    if hidden is not None:
        from checker.grade.hidden import read
        from checker.grade.store import verify

        read(hidden, verify())  # a bad hidden folder fails here, not on Gradescope
    if wheel is not None and (wheel.suffix != ".whl" or not wheel.is_file()):
        raise UsageError("a grader wheel (.whl) for --wheel", str(wheel), "Build one with `pip wheel .`.")
    if out.suffix != ".zip":
        raise UsageError("a .zip file for --out", str(out), "Use e.g. --out autograder.zip.")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        writable = os.access(out.parent, os.W_OK) and not out.is_dir()
        why = "" if writable else f"{out.parent} is not writable" if not out.is_dir() else "a folder"
    except OSError as error:
        why = f"{error.strerror}: {error.filename}"
    if why:
        raise UsageError("a place to write the bundle", f"{out} ({why})", "Pass another --out, e.g. --out autograder.zip.")
    with tempfile.TemporaryDirectory() as scratch:
        made = wheel if wheel is not None or package is not None else build_wheel(Path(scratch))
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bundle:
            for name in SCRIPTS:
                entry = zipfile.ZipInfo(name)
                entry.external_attr = (stat.S_IFREG | 0o755) << 16
                entry.compress_type = zipfile.ZIP_DEFLATED
                bundle.writestr(entry, (TEMPLATES / name).read_bytes())
            if package is not None:
                bundle.writestr("grader-requirement.txt", package + "\n")
            elif made is not None:
                bundle.write(made, made.name)
            if hidden is not None:
                for path in sorted(p for p in hidden.rglob("*") if p.is_file()):
                    bundle.write(path, f"hidden/{path.relative_to(hidden).as_posix()}")
        return bundle_names(out)


def bundle_names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as bundle:
        return bundle.namelist()


def holds(folder: Path) -> bool:
    """Whether `folder` holds an exercise's file itself (`dense.py`, `derivations/mse_gradient.md`...)."""
    from checker.grade import catalogue

    return any((folder / f"{e.name}{suffix}").exists() for e in catalogue.EXERCISES for suffix in (".py", ".ipynb", ".md"))


def locate(submission: Path) -> Path:
    """The folder of the submission that holds the exercises: its top, or the one folder inside
    it that does (an uploaded folder, a repository); else the top (grading then says what is missing)."""
    if not submission.is_dir() or holds(submission):
        return submission
    inner = [p for p in sorted(submission.rglob("*")) if p.is_dir() and "__MACOSX" not in p.parts and holds(p)]
    return inner[0] if len(inner) == 1 else submission


def _nothing_found(submission: Path) -> UsageError:
    """What a student who uploaded no exercise file is told: what was expected, and what they uploaded."""
    from checker.grade.report import printable

    uploaded = sorted(p.relative_to(submission).as_posix() for p in submission.rglob("*") if p.is_file())
    listed = ", ".join(printable(name[:60]) for name in uploaded[:5]) + (", ..." if len(uploaded) > 5 else "")
    return UsageError("at least one exercise module (dense.py, conv2d.py, ..., or the same as .ipynb notebooks) or "
                      "derivations/<name>.md", f"none in your submission ({f'it holds {listed}' if uploaded else 'empty'})",
                      "Upload your exercise files, at the top of the submission or in one folder.")


def run(submission: Path, results: Path, hidden: Path | None = None, seed: int | None = None,
        timeout: float = 10.0) -> tuple[str, int]:
    """Grade `submission`, write `results` (results.json); the log for the instructor and the exit code."""
    folder = locate(submission)
    if submission.is_dir() and not holds(folder):  # said to the student, who uploaded, not to a command line
        out = failed("gradescope", f"error: {_nothing_found(submission)}", 2)
    else:
        out = check(folder, seed, timeout, fmt="gradescope", hidden=hidden, env={})
    text = out.stdout if out.code <= 1 else out.stderr  # an error comes as results.json too, with score 0
    results.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(results, text if text.endswith("\n") else text + "\n")
    score = json.loads(text)["score"]
    log = f"graded {folder} ({'submission' if folder == submission else 'found inside the submission'}): " \
          f"score {score}, exit code {out.code}; results in {results}\n"
    return log, out.code
