"""`grader init`: the student repository, and its workflow parsed and its steps run here."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from checker.cli import app

ROOT = Path(__file__).parents[2]
runner = CliRunner()


def _init(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    result = runner.invoke(app, ["init", str(repo), "--install", "grader @ git+https://example.invalid/grader@v1"])
    assert result.exit_code == 0, result.output
    return repo


def test_the_repository_has_skeletons_templates_readme_and_workflow(tmp_path: Path) -> None:
    repo = _init(tmp_path)
    exercises = sorted(p.name for p in (ROOT / "exercises").glob("*.py") if p.name != "__init__.py")
    assert sorted(p.name for p in repo.glob("*.py")) == exercises
    assert sorted(p.name for p in (repo / "derivations").iterdir()) == \
        sorted(p.name for p in (ROOT / "exercises" / "derivations").iterdir())
    assert (repo / "dense.py").read_text() == (ROOT / "exercises" / "dense.py").read_text()
    readme = (repo / "README.md").read_text()
    assert 'pip install "grader @ git+https://example.invalid/grader@v1"' in readme and "grader check ." in readme
    assert "{" not in readme


def test_init_refuses_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("mine")
    result = runner.invoke(app, ["init", str(tmp_path)])
    assert result.exit_code == 2 and "a new or empty folder" in result.output


def _steps(repo: Path) -> list[dict]:
    workflow = yaml.safe_load((repo / ".github" / "workflows" / "grader.yml").read_text())
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert "push" in triggers and workflow["permissions"] == {"contents": "read"}
    (job,) = workflow["jobs"].values()
    assert job["runs-on"] == "ubuntu-latest"
    return job["steps"]


@pytest.mark.parametrize(("solved", "codes"), [(False, [1, 0]), (True, [0, 0])])
def test_the_workflow_steps_run(tmp_path: Path, solved: bool, codes: list[int]) -> None:
    repo = _init(tmp_path)
    steps = _steps(repo)
    assert steps[0]["uses"].startswith("actions/checkout@") and steps[1]["uses"].startswith("actions/setup-python@")
    assert steps[2]["run"] == 'python -m pip install "grader @ git+https://example.invalid/grader@v1"'
    graded = steps[3:]
    assert [s["name"] for s in graded] == ["Grade the exercises", "Check the derivations"]
    assert graded[1]["if"] == "always()"
    if solved:
        for path in (ROOT / "solutions").rglob("*"):
            target = repo / path.relative_to(ROOT / "solutions")
            if path.is_file() and path.name != "__init__.py" and "__pycache__" not in path.parts:
                shutil.copyfile(path, target)
    bin_dir = tmp_path / "bin"  # `grader` as installed, running this checkout's code
    bin_dir.mkdir()
    shim = bin_dir / "grader"
    shim.write_text(f'#!/bin/sh\nPYTHONPATH={ROOT} exec {sys.executable} -m checker.cli "$@"\n')
    shim.chmod(shim.stat().st_mode | stat.S_IXUSR)
    summary = tmp_path / "summary.md"
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "GITHUB_ACTIONS": "true",
           "GITHUB_STEP_SUMMARY": str(summary), "GITHUB_WORKSPACE": str(repo)}
    outputs = []
    for step, code in zip(graded, codes):
        done = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=repo, env=env, capture_output=True, text=True,
                              timeout=600, check=False)
        assert done.returncode == code, done.stdout + done.stderr
        assert done.stdout.startswith("::stop-commands::")
        outputs.append(done.stdout)
    text = summary.read_text()
    assert text.startswith("### grader check .: ") and "### grader derive: derivations/" in text
    raised = (ROOT / "exercises" / "dense.py").read_text().splitlines().index(
        next(t for t in (ROOT / "exercises" / "dense.py").read_text().splitlines() if "raise NotImplementedError" in t)) + 1
    assert (f"::error file=dense.py,line={raised}," in outputs[0]) is not solved  # where the skeleton raises
