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


USES = {  # what a notebook does with each package, at import time and in the graded function
    "matplotlib": "import matplotlib.pyplot as plt, io\nplt.plot([1, 2, 3])\nplt.savefig(io.BytesIO(), format='png')\n"
                  "assert plt.get_backend().lower() == 'agg', plt.get_backend()\n",
    "pandas": "import pandas as pd\nframe = pd.DataFrame({'a': [1, 2]})\nassert frame['a'].sum() == 3\n",
    "tqdm": "from tqdm import tqdm\nassert sum(tqdm(range(4))) == 6\n",
    "sklearn": "from sklearn.datasets import load_digits\nassert load_digits().data.shape[1] == 64\n",
}


@pytest.mark.parametrize("package", sorted(USES))
def test_a_notebook_uses_the_packages_installed_beside_the_grader(tmp_path: Path, package: str) -> None:
    """Installed: the notebook runs (plots on a non-interactive backend, MPLBACKEND=Agg). Not
    installed: the message says so, instead of "no matplotlib.py was submitted"."""
    import nbformat

    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell("%matplotlib inline\n" + USES[package]), nbformat.v4.new_code_cell(GOOD)]
    nbformat.write(notebook, tmp_path / "dense.ipynb")
    report = grade(tmp_path, seed=1, only=("dense",))
    (exercise,) = report.exercises
    if importlib.util.find_spec(package) is not None:
        assert exercise.score == exercise.max_score, exercise.checks
    else:
        assert exercise.score == 0
        assert f"imports {package}, which is not installed beside the grader" in exercise.checks[0].message, \
            exercise.checks[0]
