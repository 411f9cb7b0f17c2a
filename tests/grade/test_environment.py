"""The child runs with the grader's own environment: its site-packages, not the base Python's."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import numpy
import pytest

from checker.grade import isolation
from checker.grade.checks import grade

GOOD = (Path(__file__).parents[2] / "solutions" / "dense.py").read_text()


def test_site_dirs_hold_the_graders_numpy() -> None:
    assert str(Path(numpy.__file__).resolve().parents[1]) in isolation.site_dirs()


def _missing_in_base(name: str) -> bool:
    """Whether the base interpreter (what `python -I` of the venv's base runs) lacks `name`."""
    base = Path(sys.base_prefix) / "bin" / "python3"
    if not base.exists():
        return False
    found = subprocess.run([str(base), "-I", "-c", f"import {name}"], capture_output=True).returncode == 0
    return not found


@pytest.mark.parametrize("package", ["markdown_it", "numpy"])
def test_child_imports_what_the_grader_has_installed(tmp_path: Path, package: str) -> None:
    """A submission may import any package installed beside the grader (markdown_it is one of the
    grader's dependencies; in CI's venv the base interpreter lacks it)."""
    assert importlib.util.find_spec(package) is not None
    (tmp_path / "dense.py").write_text(GOOD + f"\nimport {package}\n")
    report = grade(tmp_path, seed=1, only=("dense",))
    assert report.score == report.max_score, report.exercises[0].checks
    if package == "markdown_it" and _missing_in_base(package):
        print("markdown_it is missing from the base interpreter: the child used the venv's")
