"""A failing check's place in the student's file (`place.py`), as annotations use it."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.grade.checks import grade
from checker.grade.place import def_line
from checker.grade.submission import Source

ROOT = Path(__file__).parents[2]
DENSE = (ROOT / "solutions" / "dense.py").read_text()
LINES = DENSE.splitlines()
FORWARD = LINES.index("def dense_forward(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, tuple]:") + 1
BACKWARD = next(i for i, t in enumerate(LINES, 1) if t.startswith("def dense_backward"))
RETURN_B = LINES.index("    return dout @ w.T, x.T @ dout, np.ones(len(dout), dtype=dout.dtype) @ dout") + 1


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        pytest.param("return dout @ w.T, x.T @ dout,", "return dout @ w.T, (x.T @ dout).T,", BACKWARD,
                     id="wrong backward values: its def"),
        pytest.param("return x @ w + b, (x, w)", "return x @ w - b, (x, w)", FORWARD, id="wrong forward: its def"),
        pytest.param("    x, w = cache\n", "    x, w = cache\n    raise ValueError('no')\n", RETURN_B,
                     id="a raise: its line"),
    ],
)
def test_a_failing_check_points_at_its_line(tmp_path: Path, old: str, new: str, line: int) -> None:
    assert old in DENSE
    (tmp_path / "dense.py").write_text(DENSE.replace(old, new))
    (exercise,) = grade(tmp_path, seed=1, only=("dense",)).exercises
    assert exercise.file == "dense.py" and exercise.seconds > 0
    failing = [c for c in exercise.checks if not c.passed]
    assert failing and {c.line for c in failing} == {line}
    assert all(c.line is None for c in exercise.checks if c.passed)


def test_notebooks_and_missing_files_have_no_line(tmp_path: Path) -> None:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(DENSE.replace("return x @ w + b, (x, w)", "return x @ w - b, (x, w)"))]
    nbformat.write(nb, str(tmp_path / "dense.ipynb"))
    report = grade(tmp_path, seed=1, only=("dense", "conv2d"))
    dense, conv2d = report.exercises
    assert dense.file == "dense.ipynb" and not dense.checks[0].passed and dense.checks[0].line is None
    assert conv2d.file == "" and conv2d.status == "not submitted" and report.seconds > 0


def test_a_wrong_derivation_step_points_at_its_line(tmp_path: Path) -> None:
    text = (ROOT / "solutions" / "derivations" / "mse_gradient.md").read_text()
    wrong = text.splitlines().index("$$= (wx + b - y)x$$") + 1
    lines = text.replace("$$= (wx + b - y)x$$", "$$= 2(wx + b - y)x$$").splitlines()
    (tmp_path / "derivations").mkdir()
    (tmp_path / "derivations" / "mse_gradient.md").write_text("\n".join(lines))
    (exercise,) = grade(tmp_path, seed=1, only=("derivations/mse_gradient",)).exercises
    assert exercise.file == "derivations/mse_gradient.md"
    failing = [c for c in exercise.checks if not c.passed]
    assert failing[0].line == wrong  # the first wrong step; the "steps" summary has no single place


@pytest.mark.parametrize(
    ("code", "line"),
    [("def f():\n    pass\n", 1), ("x = 1\nif x:\n    def f():\n        pass\n", 3),
     ("class A:\n    def f(self):\n        pass\n", None), ("def f(:\n", None), ("def f(): pass\ndef f(): pass\n", 2)],
)
def test_def_line(code: str, line: int | None) -> None:
    assert def_line(Source("m", "py", Path("m.py"), code), "f") == line


def test_progress_is_told_each_exercise_start_and_end(tmp_path: Path) -> None:
    import io

    from checker.classroom.progress import Exercises

    (tmp_path / "dense.py").write_text(DENSE)
    events: list[tuple[str, bool]] = []
    shown = Exercises(2, io.StringIO())

    def progress(name: str, result: object) -> None:
        events.append((name, result is not None))
        shown(name, result)

    report = grade(tmp_path, seed=1, only=("dense", "derivations/mse_gradient"), progress=progress)
    shown.close()
    assert sorted(events) == [("dense", False), ("dense", True), ("derivations/mse_gradient", True)]
    assert events.index(("dense", False)) < events.index(("dense", True))
    assert shown.progress is not None and not shown.running and len(report.exercises) == 2
