"""`grader check` and `grader refs` through typer's CliRunner."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app

ROOT = Path(__file__).parents[2]
runner = CliRunner()


def test_solutions_get_full_marks() -> None:
    result = runner.invoke(app, ["check", str(ROOT / "solutions"), "--seed", "5", "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["score"] == report["max_score"] > 0
    modules = sum(e["max_score"] for e in report["exercises"] if not e["name"].startswith("derivations/"))
    readme = " ".join((ROOT / "README.md").read_text().split())
    assert (f"A full run is worth {report['max_score']:g} points: the 11 exercise modules {modules:g} "
            f"and the 3 derivation exercises {report['max_score'] - modules:g}.") in readme
    assert "derivations/mse_gradient" in [e["name"] for e in report["exercises"]]  # the .md exercises too
    assert report["seed"] == 5 and report["version"] == 1
    assert set(report) == {"version", "seed", "score", "max_score", "exercises"}
    exercise = report["exercises"][0]
    assert set(exercise) == {"name", "score", "max_score", "status", "checks", "notes", "file", "seconds"}  # v1 + additions
    assert exercise["file"] == f"{exercise['name']}.py"
    assert set(exercise["checks"][0]) == {"name", "passed", "score", "max_score", "message", "seconds"}
    assert 0 < exercise["checks"][0]["seconds"] <= exercise["seconds"]  # the student's calls, on the grader's clock


def test_skeletons_get_zero_and_not_implemented() -> None:
    result = runner.invoke(app, ["check", str(ROOT / "exercises"), "--seed", "1"])
    assert result.exit_code == 1
    assert "not implemented yet" in result.output and "score 0/" in result.output and "seed 1" in result.output


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (["check", "/nonexistent/dir"], 2, "expected a directory"),
        (["check", "{empty}"], 2, "at least one exercise module"),
        (["check", "{solutions}", "--only", "nosuch"], 2, "Fix the --only name"),
        (["check", "{solutions}", "--format", "xml"], 2,
         "expected --format table, json, junit, gradescope, markdown; received 'xml'. Pick one of them, e.g. --format json."),
        (["check", "{solutions}", "--timeout", "-1"], 2,
         "expected a positive --timeout (wall-clock seconds per call); received -1. Give the seconds one call may take, "
         "e.g. --timeout 10"),
        (["check", "{solutions}", "{empty}", "--timeout", "-1"], 2, "received -1. Give the seconds one call may take"),
        (["check", "{solutions}", "{empty}", "--format", "xml"], 2, "Pick one of them, e.g. --format json."),
        (["derive", "{empty}/x.md", "--format", "xml"], 2, "expected --format table, json, markdown; received 'xml'. "
                                                          "Pick one of them, e.g. --format json."),
        (["check", "{wrong}", "--only", "dense", "--seed", "2"], 1, "transposed"),
        (["check", "{wrong}", "--only", "dense", "--min-score", "0"], 0, "dense"),
        (["check", "{wrong}", "--only", "dense", "--verbose"], 1, "batch of 1: backward (random input"),
        (["refs", "verify"], 0, "verified"),
    ],
)
def test_check_exit_codes(tmp_path: Path, args: list[str], code: int, needle: str) -> None:
    (tmp_path / "empty").mkdir()
    wrong = tmp_path / "wrong"
    wrong.mkdir()
    good = (ROOT / "solutions" / "dense.py").read_text()
    (wrong / "dense.py").write_text(good.replace("return dout @ w.T, x.T @ dout", "return dout @ w.T, (x.T @ dout).T"))
    paths = {"empty": str(tmp_path / "empty"), "solutions": str(ROOT / "solutions"), "wrong": str(wrong)}
    result = runner.invoke(app, [a.format(**paths) for a in args])
    assert result.exit_code == code, result.output
    assert needle in result.output


def test_notebook_submission_is_graded(tmp_path: Path) -> None:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("%matplotlib inline\n!ls"),
                nbformat.v4.new_code_cell((ROOT / "solutions" / "dense.py").read_text())]
    nbformat.write(nb, str(tmp_path / "dense.ipynb"))
    result = runner.invoke(app, ["check", str(tmp_path), "--only", "dense", "--verbose", "--seed", "0"])
    assert result.exit_code == 0, result.output
    assert "skipped IPython line" in result.output
    result = runner.invoke(app, ["check", str(tmp_path), "--only", "dense", "--format", "json", "--seed", "0"])
    (exercise,) = json.loads(result.output)["exercises"]
    assert exercise["notes"] == ["skipped IPython line (cell 1, line 1): %matplotlib inline",
                                 "skipped IPython line (cell 1, line 2): !ls"]


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_py_beside_notebook_is_said(tmp_path: Path, fmt: str) -> None:
    """A skeleton dense.py beside a solved dense.ipynb: dense.py is graded, and every format says so."""
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell((ROOT / "solutions" / "dense.py").read_text())]
    (tmp_path / "dense.py").write_text((ROOT / "exercises" / "dense.py").read_text())
    os.utime(tmp_path / "dense.py", (1_000_000_000, 1_000_000_000))
    nbformat.write(nb, str(tmp_path / "dense.ipynb"))
    result = runner.invoke(app, ["check", str(tmp_path), "--only", "dense", "--format", fmt, "--seed", "3"])
    assert result.exit_code == 1, result.output
    note = ("both dense.py and dense.ipynb found: grading dense.py (dense.ipynb was modified later); "
            "remove or rename the one you do not want graded")
    if fmt == "json":
        (exercise,) = json.loads(result.output)["exercises"]
        assert exercise["notes"] == [note] and exercise["status"] == "not implemented"
    else:
        text = " ".join(result.output.replace("│", " ").split())
        assert text.count("note " + note) == 1, text
        assert "not implemented yet" in result.output


def test_refs_build_has_no_drift(tmp_path: Path) -> None:
    """Regenerating the reference data gives byte-identical manifests (CI fails on drift)."""
    from checker.grade.store import DATA
    from checker.reference.build import build

    fresh = build(ROOT / "solutions", tmp_path)
    stored = json.loads((DATA / "manifest.json").read_text())
    assert fresh["exercises"] == stored["exercises"]
    for name in stored["files"]:
        import numpy as np

        with np.load(tmp_path / name) as new, np.load(DATA / name) as old:
            assert new.files == old.files
            for key in old.files:
                np.testing.assert_allclose(new[key], old[key], rtol=1e-12, atol=1e-12, err_msg=f"{name}:{key}")


def test_tampered_reference_data_is_refused(tmp_path: Path) -> None:
    from checker.errors import InputFileError
    from checker.grade.store import DATA, verify

    copy = tmp_path / "data"
    shutil.copytree(DATA, copy)
    (copy / "dense.npz").write_bytes(b"tampered")
    with pytest.raises(InputFileError, match="changed file"):
        verify(copy)
