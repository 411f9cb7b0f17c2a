"""The Gradescope bundle, run as Gradescope runs it: unpacked into a fake /autograder tree (its
paths given as variables), setup.sh once, then run_autograder per submission: a valid
results.json every time, for the solutions, the skeletons, hostile and empty submissions."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from checker.cli import app
from tests.report.test_formats import RESULTS_SCHEMA

ROOT = Path(__file__).parents[2]
runner = CliRunner()


@pytest.fixture(scope="module")
def autograder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fake /autograder with the bundle (hidden checks included) in source/ and setup.sh run."""
    from checker.reference.hidden import build as build_hidden

    base = tmp_path_factory.mktemp("gradescope")
    build_hidden(ROOT / "examples" / "hidden_checks.py", ROOT / "solutions", base / "hidden")
    result = runner.invoke(app, ["gradescope", "build", "--hidden", str(base / "hidden"),
                                 "--out", str(base / "autograder.zip")])
    assert result.exit_code == 0, result.output
    tree = base / "autograder"
    with zipfile.ZipFile(base / "autograder.zip") as bundle:  # as Gradescope does: into source/, modes kept
        bundle.extractall(tree / "source")
        for info in bundle.infolist():
            if info.external_attr >> 16 & 0o777:
                (tree / "source" / info.filename).chmod(info.external_attr >> 16 & 0o777)
    _setup(tree, "--no-index --no-deps --force-reinstall --quiet")
    return tree


def _setup(tree: Path, pip_options: str) -> Path:
    """Run the bundle's setup.sh in `tree`, offline: its venv sees this environment's dependencies
    and pip installs the grader alone; the venv's site-packages."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(tree / "venv")], check=True)
    inner = subprocess.run([str(tree / "venv" / "bin" / "python"), "-c",
                            "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                           check=True, capture_output=True, text=True).stdout.strip()
    Path(inner, "_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {**os.environ, "AUTOGRADER": str(tree), "GRADER_PYTHON": sys.executable, "GRADER_PIP_OPTIONS": pip_options}
    setup = subprocess.run(["bash", str(tree / "source" / "setup.sh")], env=env, capture_output=True, text=True,
                           check=False)
    assert setup.returncode == 0 and "verified" in setup.stdout, setup.stdout + setup.stderr
    return Path(inner)


def _run(tree: Path, fill: object) -> dict:
    submission = tree / "submission"
    shutil.rmtree(submission, ignore_errors=True)
    shutil.rmtree(tree / "results", ignore_errors=True)
    submission.mkdir()
    fill(submission)  # type: ignore[operator]
    env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")} | {"AUTOGRADER": str(tree)}
    done = subprocess.run([str(tree / "source" / "run_autograder")], env=env, capture_output=True, text=True,
                          timeout=600, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads((tree / "results" / "results.json").read_text())
    jsonschema.validate(results, RESULTS_SCHEMA)
    return results


def _solutions(folder: Path) -> None:
    shutil.copytree(ROOT / "solutions", folder, dirs_exist_ok=True)


def _nested(folder: Path) -> None:
    shutil.copytree(ROOT / "solutions", folder / "my-work" / "solutions")


def _skeletons(folder: Path) -> None:
    shutil.copytree(ROOT / "exercises", folder, dirs_exist_ok=True)


def _hostile(folder: Path) -> None:
    """dense.py that, on import, forges results.json, kills the process that started it and
    prints workflow commands; the rest are the solutions."""
    _solutions(folder)
    results = folder.parent / "results" / "results.json"
    attack = (f"import os, json, signal\ntry:\n    os.makedirs({str(results.parent)!r}, exist_ok=True)\n"
              f"    json.dump({{'score': 1000}}, open({str(results)!r}, 'w'))\nexcept OSError:\n    pass\n"
              "print('::error::forged')\nos.kill(os.getppid(), signal.SIGKILL)\n")
    (folder / "dense.py").write_text(attack + (ROOT / "solutions" / "dense.py").read_text())


def _empty(folder: Path) -> None:
    (folder / "notes.txt").write_text("I ran out of time")


@pytest.mark.parametrize(
    ("fill", "check"),
    [
        pytest.param(_solutions, lambda r: r["score"] == r["extra_data"]["max_score"] > 76.5, id="solutions"),
        pytest.param(_nested, lambda r: r["score"] == r["extra_data"]["max_score"], id="uploaded folder"),
        pytest.param(_skeletons, lambda r: r["score"] == 0 and len(r["tests"]) > 100, id="skeletons"),
        pytest.param(_hostile, lambda r: 0 < r["score"] < r["extra_data"]["max_score"] - 1, id="hostile"),
        pytest.param(_empty, lambda r: r["score"] == 0 and "at least one exercise module" in r["output"], id="empty"),
    ],
)
def test_run_autograder_writes_valid_results(autograder: Path, fill: object, check: object) -> None:
    results = _run(autograder, fill)
    assert check(results), json.dumps(results)[:2000]  # type: ignore[operator]
    hidden = [t for t in results["tests"] if t["name"].split(": ", 1)[-1].startswith("hidden:")]
    if results["tests"]:
        assert hidden and all(t["visibility"] == "after_published" for t in hidden)
        assert all(t["visibility"] == "visible" for t in results["tests"] if t not in hidden)


def test_bundle_refuses_a_bad_out_or_wheel(tmp_path: Path) -> None:
    result = runner.invoke(app, ["gradescope", "build", "--out", str(tmp_path / "autograder.tar")])
    assert result.exit_code == 2 and "a .zip file for --out" in result.output
    result = runner.invoke(app, ["gradescope", "build", "--out", str(tmp_path / "a.zip"), "--wheel", "nope.whl"])
    assert result.exit_code == 2 and "a grader wheel" in result.output


def test_a_bundle_can_install_a_released_package(tmp_path: Path) -> None:
    """--package: setup.sh installs that requirement with pip (here from a local index of one wheel)."""
    from checker.classroom.wheel import build_wheel

    index = tmp_path / "index"
    index.mkdir()
    build_wheel(index)
    result = runner.invoke(app, ["gradescope", "build", "--package", "grader", "--out", str(tmp_path / "a.zip")])
    assert result.exit_code == 0, result.output
    tree = tmp_path / "autograder"
    with zipfile.ZipFile(tmp_path / "a.zip") as bundle:
        assert sorted(bundle.namelist()) == ["grader-requirement.txt", "run_autograder", "setup.sh"]
        bundle.extractall(tree / "source")
    inner = _setup(tree, f"--no-index --find-links {index} --no-deps --force-reinstall --quiet")
    assert (inner / "checker" / "cli.py").is_file()
