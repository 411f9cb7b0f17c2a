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
import stat
import tempfile
import zipfile
from pathlib import Path

from checker.classroom.gradebook import write_atomic
from checker.classroom.repository import TEMPLATES
from checker.classroom.wheel import build_wheel
from checker.errors import UsageError
from checker.grade.check import check

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
    out.parent.mkdir(parents=True, exist_ok=True)
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


def locate(submission: Path) -> Path:
    """The folder of the submission that holds the exercises: its top, or the one folder inside
    it that does (an uploaded folder, a repository); else the top (grading then says what is missing)."""
    from checker.grade import catalogue

    names = {f"{e.name}{suffix}" for e in catalogue.EXERCISES for suffix in (".py", ".ipynb", ".md")}

    def holds(folder: Path) -> bool:
        return any((folder / name).exists() for name in names)

    if not submission.is_dir() or holds(submission):
        return submission
    inner = [p for p in sorted(submission.rglob("*")) if p.is_dir() and "__MACOSX" not in p.parts and holds(p)]
    return inner[0] if len(inner) == 1 else submission


def run(submission: Path, results: Path, hidden: Path | None = None, seed: int | None = None,
        timeout: float = 10.0) -> tuple[str, int]:
    """Grade `submission`, write `results` (results.json); the log for the instructor and the exit code."""
    folder = locate(submission)
    out = check(folder, seed, timeout, fmt="gradescope", hidden=hidden, env={})
    text = out.stdout if out.code <= 1 else out.stderr  # an error comes as results.json too, with score 0
    results.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(results, text if text.endswith("\n") else text + "\n")
    score = json.loads(text)["score"]
    log = f"graded {folder} ({'submission' if folder == submission else 'found inside the submission'}): " \
          f"score {score}, exit code {out.code}; results in {results}\n"
    return log, out.code
