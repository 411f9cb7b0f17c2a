"""`grader init DIR`: a student repository: the exercise skeletons and derivation templates, a
README for students and `.github/workflows/grader.yml`, which installs grader and runs
`grader check` and `grader derive` on every push (with the step summary and annotations)."""

from __future__ import annotations

import shutil
from pathlib import Path

import checker
from checker import __version__
from checker.errors import UsageError

TEMPLATES = Path(__file__).with_name("templates")
WORKFLOW = Path(".github") / "workflows" / "grader.yml"
IGNORE = "__pycache__/\n*.pyc\n.ipynb_checkpoints/\n"


def skeletons() -> Path:
    """The exercise skeletons: package data in an installed grader, `exercises/` in a checkout."""
    inside = Path(__file__).with_name("skeletons")
    if inside.is_dir():
        return inside
    checkout = Path(checker.__file__).resolve().parents[1] / "exercises"
    if checkout.is_dir():
        return checkout
    raise UsageError("the exercise skeletons (package data of grader)", "none in this installation",
                     "Reinstall grader from its wheel or checkout.")


def _fill(name: str, values: dict[str, str]) -> str:
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def init(folder: Path, install: str | None = None, title: str | None = None) -> list[Path]:
    """Lay out a student repository in `folder` (new or empty); the files written. `install`: what
    the workflow and README install with pip (default: this version of grader)."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UsageError("a new or empty folder", f"{folder}, which {'is a file' if folder.is_file() else 'has files'}",
                         "Name a new folder, e.g. `grader init my-exercises`.")
    values = {"install": install or f"grader=={__version__}", "title": title or folder.resolve().name}
    source = skeletons()
    written = []
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if path.is_dir() or relative.name == "__init__.py" or "__pycache__" in relative.parts:
            continue
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        written.append(target)
    for target, text in ((folder / "README.md", _fill("README.md", values)),
                         (folder / WORKFLOW, _fill("grader.yml", values)), (folder / ".gitignore", IGNORE)):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written
