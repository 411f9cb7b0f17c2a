"""Golden `grader check --format json` outputs: the solutions, the skeletons, a mixed set of
mutants, and the solutions with the example hidden checks.

They guard moves that must not change behaviour: a difference fails with the first differing
line. A change in the grader's output that is meant (a new check, a new diagnosis) is recorded by
running ``GRADER_UPDATE_GOLDEN=1 pytest tests/grade/test_golden.py`` and reviewing the diff of
``tests/grade/golden/``. Measured times (the vectorisation ratio, the training run's seconds)
and the training run's accuracy (a new task every run) are masked: they are the only values that
change between runs.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from checker.grade import plan, timing
from checker.grade.check import check
from checker.reference.hidden import build as build_hidden

ROOT = Path(__file__).parents[2]
GOLDEN = Path(__file__).with_name("golden")
UPDATE = os.environ.get("GRADER_UPDATE_GOLDEN") == "1"

# one realistic mistake per module (lenet and training see the layer mistakes too)
MIXED = {
    "dense": ("np.ones(len(dout), dtype=dout.dtype) @ dout", "dout.sum()"),
    "activations": ("return dout * (cache > 0)", "return dout * (cache >= 0)"),
    "softmax": ("e = np.exp(z - np.max(z, axis=-1, keepdims=True))", "e = np.exp(z)"),
    "convolution": ("return _correlate(x, w, mode, stride)\n", "return _correlate(x, w[::-1], mode, stride)\n"),
    "conv2d": ("rows[:, p]", "rows[:, kh - 1 - p]"),
    "pooling": ("return total / count,", "return total / (ph * pw),"),
    "linear_regression": ("return float(w - lr * err * x_i), float(b - lr * err)",
                          "return float(w + lr * err * x_i), float(b + lr * err)"),
    "logistic_regression": ("dw = x.T @ err / m", "dw = x.T @ err"),
    "two_layer": ('"b1": err1.sum(axis=0) / m,', '"b1": err1.sum() / m,'),
    "lenet": ("return x.reshape(len(x), -1), x", "return x.transpose(0, 3, 1, 2).reshape(len(x), -1), x"),
    "training": ("for start in range(0, len(x), batch_size):",
                 "for start in range(0, len(x) - batch_size + 1, batch_size):"),
}


def _solutions(tmp_path: Path) -> tuple[Path, Path | None]:
    return ROOT / "solutions", None


def _exercises(tmp_path: Path) -> tuple[Path, Path | None]:
    return ROOT / "exercises", None


def _mixed(tmp_path: Path) -> tuple[Path, Path | None]:
    shutil.copytree(ROOT / "solutions", tmp_path / "sub")
    for module, (old, new) in MIXED.items():
        path = tmp_path / "sub" / f"{module}.py"
        code = path.read_text()
        assert code.count(old) == 1, f"{old!r} is not once in solutions/{module}.py"
        path.write_text(code.replace(old, new))
    return tmp_path / "sub", None


def _hidden(tmp_path: Path) -> tuple[Path, Path | None]:
    build_hidden(ROOT / "examples" / "hidden_checks.py", ROOT / "solutions", tmp_path / "hidden")
    return ROOT / "solutions", tmp_path / "hidden"


def _mixed_hidden(tmp_path: Path) -> tuple[Path, Path | None]:
    return _mixed(tmp_path)[0], _hidden(tmp_path)[1]


SUBMISSIONS: dict[str, tuple[Callable[[Path], tuple[Path, Path | None]], int]] = {
    "solutions": (_solutions, 0),
    "exercises": (_exercises, 1),
    "mixed": (_mixed, 3),
    "hidden": (_hidden, 2),
    "mixed-hidden": (_mixed_hidden, 4),
}
# measured times, and the training run's accuracy (its task is made anew in every run: strokes.py)
VOLATILE = re.compile(r"\d+(\.\d+)?(?=x the time| s\b| s;| s\))|(?<=accuracy )\d+(\.\d+)?(?=%)")


def normalised(report: dict[str, Any]) -> dict[str, Any]:
    """The report with measured times masked (`#`) and the wall times ("seconds") left out."""
    for exercise in report["exercises"]:
        exercise.pop("seconds")
        for c in exercise["checks"]:
            c["message"] = VOLATILE.sub("#", c["message"])
            c.pop("seconds", None)
    return report


@pytest.mark.parametrize("name", list(SUBMISSIONS))
def test_golden_output(tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # the vectorisation verdict is a measurement (a loaded machine can slow one side): not a golden value
    monkeypatch.setattr(timing, "FACTOR", 1e9)
    # the training run's task is made from secret entropy in every run, and whether a mutant's
    # training reaches the accuracy bar depends on the task: the goldens fix the entropy
    monkeypatch.setattr(plan, "secrets", SimpleNamespace(randbits=lambda bits: 20261207))
    make, seed = SUBMISSIONS[name]
    directory, hidden = make(tmp_path)
    text = check(directory, seed=seed, fmt="json", hidden=hidden).stdout
    got = json.dumps(normalised(json.loads(text)), indent=1, ensure_ascii=False) + "\n"
    path = GOLDEN / f"{name}.json"
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(got, encoding="utf-8")
    want = path.read_text(encoding="utf-8")
    if got != want:
        diff = difflib.unified_diff(want.splitlines(), got.splitlines(), "golden", "now", lineterm="", n=1)
        pytest.fail(f"{name}: the report differs from {path.name} (GRADER_UPDATE_GOLDEN=1 to record a meant "
                    "change):\n" + "\n".join(list(diff)[:40]))
