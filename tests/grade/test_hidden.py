"""Hidden checks: `grader hidden build` and `grader check --hidden` through typer's CliRunner.

The README's example checks file (examples/hidden_checks.py) is built once against the shipped
solutions; submissions are copies of the solutions with one function changed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.grade import catalogue, world
from checker.grade.hidden import digest

ROOT = Path(__file__).parents[2]
EXAMPLE = ROOT / "examples" / "hidden_checks.py"
STRIDES = "conv2d_forward with unequal strides on a non-square image"
runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("hidden") / "data"
    result = runner.invoke(app, ["hidden", "build", str(EXAMPLE), "--solutions", str(ROOT / "solutions"),
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "built 3 hidden checks for conv2d, dense" in result.output
    return out


def _submission(tmp_path: Path, extra: str = "", old: str = "", new: str = "") -> Path:
    """conv2d.py of the solutions with `old` replaced and `extra` appended."""
    sub = tmp_path / "sub"
    sub.mkdir()
    code = (ROOT / "solutions" / "conv2d.py").read_text()
    assert old in code
    (sub / "conv2d.py").write_text(code.replace(old, new) + extra)
    return sub


def _check(sub: Path, built: Path, *only: str) -> tuple[int, dict]:
    result = runner.invoke(app, ["check", str(sub), "--hidden", str(built), *(f"--only={name}" for name in only),
                                 "--seed", "4", "--format", "json"])
    assert "Traceback" not in result.output
    return result.exit_code, json.loads(result.output)


def _inputs(built: Path) -> set[str]:
    """The hidden inputs' values as a report would print them."""
    with np.load(built / "conv2d.npz") as data:
        values = [v for key in data.files if re.search(r"\|a\d$", key) for v in data[key].ravel()[:20]]
    return {f"{v:{spec}}" for v in values for spec in (".3g", ".6g", ".4f")} - {str(n) for n in range(-9, 10)}


def test_solutions_get_full_marks_with_hidden_points(built: Path) -> None:
    code, report = _check(ROOT / "solutions", built, "conv2d", "dense")
    shipped = sum(c.points * (2 if getattr(c, "timed", False) else 1)
                  for name in ("conv2d", "dense") for c in catalogue.BY_NAME[name].cases)
    assert code == 0 and report["score"] == report["max_score"] == shipped + 3  # three hidden checks, 1 point each
    checks = [c for e in report["exercises"] for c in e["checks"]]
    hidden = [c for c in checks if c.get("hidden")]
    parts = {"dense batch 7": (": forward", ": backward"), STRIDES: ("",),
             "conv2d_backward after unequal strides": (": forward", ": backward")}  # a layer: two verdicts
    assert [re.sub(r"#\d", "#N", c["name"]) for c in hidden] == [
        f"hidden: {name}{part} ({variant})" for name in parts for variant in ("reference input", "random input #N")
        for part in parts[name]]
    assert all(c["hidden"] is True for c in hidden) and all("hidden" not in c for c in checks if c not in hidden)


LEAK = """
_real = conv2d_forward


def conv2d_forward(x, w, b, strides=(1, 1), padding="valid"):
    if tuple(np.atleast_1d(strides)) == (2, 3):
        {}
    return _real(x, w, b, strides, padding)
"""


@pytest.mark.parametrize(
    ("old", "new", "extra", "says"),
    [
        ("    sh, sw = _pair(strides)", "    sh = sw = _pair(strides)[0]", "",  # the width stride ignored
         f"hidden: {STRIDES}: conv2d_forward output: expected shape (2, 3, 3, 4); received (2, 3, 4, 4)"),
        ("", "", LEAK.format("raise ValueError(repr(x.ravel()[:8].tolist()))"),
         f"hidden: {STRIDES}: raised ValueError (hidden checks do not show its message)"),
        ("", "", LEAK.format("raise type('E' + str(int(abs(x.flat[0]) * 1e6)), (Exception,), {})()"),
         f"hidden: {STRIDES}: raised an exception (hidden checks do not show its message)"),
        ("", "", LEAK.format("print(x.ravel()[:8]); import os; os._exit(3)"),
         f"hidden: {STRIDES}: the process crashed or was killed"),
        ("", "", LEAK.format("return np.zeros((0, *(int(abs(v) * 100) for v in x.flat[:4]))), None"),
         f"hidden: {STRIDES}: conv2d_forward output: expected shape (2, 3, 3, 4); received a shape unlike it"),
        ("", "", LEAK.format("return _real(x, w, b, strides, padding)[0] + x.flat[0], None"),
         f"hidden: {STRIDES}: conv2d_forward output: max abs error"),
    ],
    ids=["stride", "raises", "exception-name", "prints-and-exits", "shape-channel", "values"],
)
def test_failed_hidden_checks_say_the_message_never_the_inputs(tmp_path: Path, built: Path, old: str, new: str,
                                                                extra: str, says: str) -> None:
    code, report = _check(_submission(tmp_path, extra, old, new), built, "conv2d")
    assert code == 1
    (conv2d,) = report["exercises"]
    failed = [c for c in conv2d["checks"] if not c["passed"]]
    assert failed and all(c.get("hidden") for c in failed), failed  # the shipped checks all pass
    assert says in failed[0]["message"], failed[0]["message"]
    leaked = _inputs(built)
    for check in failed:
        words = re.sub(r"max abs error \S+", "", check["message"])
        assert not re.search(r"\d\.\d", words) and not any(v in words for v in leaked), check["message"]


def test_hidden_data_is_out_of_the_submissions_reach(tmp_path: Path, built: Path) -> None:
    """Code that looks its inputs up in the hidden data and returns the stored outputs gets nothing
    (in bubblewrap mode, and as root in the fallback)."""
    steal = (f"d = np.load({str(built / 'conv2d.npz')!r}); "
             "k = next(k for k in d.files if k.endswith('|a0') and np.array_equal(d[k], x)); "
             "return d[k[:-2] + 'e0'], None")
    code, report = _check(_submission(tmp_path, LEAK.format(steal)), built, "conv2d")
    if os.geteuid() != 0 and (world.program() is None or os.environ.get("GRADER_SANDBOX") == "fallback"):
        pytest.skip("as an ordinary user in the fallback the child runs as you and can read the folder")
    hidden = [c for c in report["exercises"][0]["checks"] if c.get("hidden")]
    assert code == 1 and hidden and not any(c["passed"] for c in hidden), hidden
    assert re.search("raised (PermissionError|FileNotFoundError)", hidden[0]["message"]), hidden[0]["message"]


def test_table_shows_hidden_message(tmp_path: Path, built: Path) -> None:
    sub = _submission(tmp_path, old="    sh, sw = _pair(strides)", new="    sh = sw = _pair(strides)[0]")
    result = runner.invoke(app, ["check", str(sub), "--hidden", str(built), "--only", "conv2d", "--verbose",
                                 "--seed", "4"])
    assert result.exit_code == 1
    text = " ".join(result.output.replace("│", " ").split())
    assert "conv2d 7/9 failed hidden: conv2d_forward with unequal strides" in text, text
    assert "0/0.25 FAIL hidden: conv2d_backward after unequal strides:" in text, text
    assert "conv2d_backward: relies on conv2d_forward, which differs from the reference" in text, text


def _tamper(built: Path, tmp_path: Path, how: str) -> Path:
    copy = tmp_path / "copy"
    shutil.copytree(built, copy)
    manifest = json.loads((copy / "manifest.json").read_text())
    if how == "npz":
        (copy / "conv2d.npz").write_bytes((copy / "conv2d.npz").read_bytes()[:-10] + b"0123456789")
    elif how == "json":
        (copy / "manifest.json").write_text("{")
    elif how == "exercise":  # a consistent folder for an exercise this grader does not have
        manifest["exercises"]["conv3d"] = manifest["exercises"].pop("conv2d")
        manifest["files"]["conv3d.npz"] = manifest["files"].pop("conv2d.npz")
        (copy / "conv2d.npz").rename(copy / "conv3d.npz")
    elif how == "function":
        manifest["exercises"]["dense"]["checks"][0]["fn"] = "dense_fwd"
    elif how == "variants":
        manifest["exercises"]["dense"]["cases"]["hidden: dense batch 7"].pop()
    elif how == "points":
        manifest["exercises"]["dense"]["checks"][0]["points"] = -1
    elif how == "unlisted":
        manifest["files"].pop("dense.npz")
    elif how in ("edited", "expected"):
        manifest["exercises"]["dense"]["cases"]["hidden: dense batch 7"][0]["expected"] = 99
    elif how == "atol":
        manifest["exercises"]["dense"]["checks"][0]["atol"] = "abc"
    if how != "edited":  # the others are consistent folders (digest recomputed) with a bad entry
        manifest["digest"] = digest(manifest)
    if how in ("exercise", "function", "variants", "points", "unlisted", "edited", "expected", "atol"):
        (copy / "manifest.json").write_text(json.dumps(manifest))
    return copy


@pytest.mark.parametrize(
    ("how", "needle"),
    [
        ("npz", "expected {dir}/conv2d.npz with sha256"),
        ("json", "expected {dir}/manifest.json written by `grader hidden build`"),
        ("exercise", "expected an exercise of the grader"),
        ("function", "expected a function of the dense exercise (dense_backward, dense_forward); received 'dense_fwd'"),
        ("variants", "as `grader hidden build` writes it; received a missing or malformed entry"),
        ("points", "': 8 variants, positive points"),
        ("unlisted", "with a sha256 for each exercise's data; received a manifest without them"),
        ("edited", "as `grader hidden build` wrote it (its digest); received a manifest changed since"),
        ("expected", "received a missing or malformed entry ('hidden: dense batch 7|0|e4 is not in dense.npz')"),
        ("atol", "positive points, numeric tolerances"),
        ("missing", "expected a folder of hidden checks built by `grader hidden build`; received no folder at"),
        ("file", "expected a folder of hidden checks built by `grader hidden build`; received the file {dir} (not a "
                 "folder). Pass the --out folder"),
        ("shipped", "received the grader's own reference data"),
    ],
)
def test_bad_hidden_folder_is_a_usage_error(tmp_path: Path, built: Path, how: str, needle: str) -> None:
    (tmp_path / "afile.txt").write_text("not a folder\n")
    folder = {"missing": tmp_path / "nothing", "file": tmp_path / "afile.txt",
              "shipped": ROOT / "checker" / "reference" / "data"}.get(how)
    folder = folder or _tamper(built, tmp_path, how)
    result = runner.invoke(app, ["check", str(ROOT / "solutions"), "--hidden", str(folder), "--only", "dense"])
    assert result.exit_code == 2, result.output
    assert needle.format(dir=folder) in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("checks", "needle"),
    [
        (None, "expected a Python file of hidden checks"),
        ("HIDDEN = {'conv3d': ()}", "expected exercise names (dense, activations, softmax"),
        ("HIDDEN = {'dense': (Case('x', 'dense_fwd', lambda rng: []),)}", "expected a function of dense"),
        ("HIDDEN = {'dense': (Case('x', 'dense_forward', lambda rng: [rng.normal(size=(2, 9))]),)}",
         "expected the solutions to run on 'x'; received TypeError"),
        ("HIDDEN = {'dense': [1]}", "expected a Case or Hidden case for 'dense'; received int"),
        ("HIDDEN = {'dense': (Case('x', 'dense_forward', lambda rng: [], timed=True),)}", "leave timed off"),
        ("HIDDEN = {'dense': (Case('x', 'dense_forward', lambda rng: [], {'w': np.ones(2)}),)}",
         "Pass arrays as inputs from make"),
        (("HIDDEN = {'dense': (Case('x', 'dense_forward', lambda rng: []), "
          "Hidden('y', 'dense_forward', lambda rng: [], message='x'))}"), "expected one message per hidden check"),
        ("HIDDEN = []", "expected a non-empty dict HIDDEN"),
        ("1 / 0", "received ZeroDivisionError: division by zero. Fix the checks file."),
    ],
)
def test_bad_checks_file_is_a_usage_error(tmp_path: Path, checks: str | None, needle: str) -> None:
    path = tmp_path / "checks.py"
    if checks is not None:
        path.write_text(checks)
    result = runner.invoke(app, ["hidden", "build", str(path), "--solutions", str(ROOT / "solutions"),
                                 "--out", str(tmp_path / "out")])
    assert result.exit_code == 2, result.output
    assert needle in " ".join(result.output.split()) and "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


TIES_AND_INT_STRIDES = '''
import numpy as np
from checker.grade.hidden import Hidden


def _ties(rng):
    return [rng.integers(0, 3, size=(2, 4, 6, 2)).astype(np.float64)]


def _image(rng):
    return [rng.normal(size=(2, 7, 9, 2)), rng.normal(size=(3, 3, 2, 4)), rng.normal(size=4)]


HIDDEN = {
    "pooling": (Hidden("ties", "max_pool_forward", _ties, backward="max_pool_backward", tags=("ties",),
                       message="max pooling with tied maxima"),),
    "conv2d": (Hidden("int stride", "conv2d_forward", _image, {"strides": 2, "padding": "same"}, keep=(0,),
                      message="an int stride with same padding"),),
}
'''
EVERY_TIE = ("""            wins &= unclaimed
            unclaimed ^= wins
        else:  # no earlier position held the maximum, so the last one does
            wins = unclaimed
""", """        else:
            wins = np.equal(_tap(xp, k // pw, k % pw, strides, out_hw), out)
""")  # every position equal to the maximum takes the gradient


def test_int_strides_and_a_ties_diagnosis(tmp_path: Path) -> None:
    """`strides=2` (an int, as Keras takes it) with 'same' padding builds (it crashed in the stored
    'padding on the wrong side' mistake); a hidden check tagged ties shows the diagnosis."""
    checks = tmp_path / "checks.py"
    checks.write_text(TIES_AND_INT_STRIDES)
    out = tmp_path / "out"
    result = runner.invoke(app, ["hidden", "build", str(checks), "--solutions", str(ROOT / "solutions"),
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    code, report = _check(ROOT / "solutions", out, "conv2d", "pooling")
    assert code == 0 and report["score"] == report["max_score"]
    sub = tmp_path / "sub"
    sub.mkdir()
    pooling = (ROOT / "solutions" / "pooling.py").read_text()
    assert EVERY_TIE[0] in pooling
    (sub / "pooling.py").write_text(pooling.replace(*EVERY_TIE))
    shutil.copy(ROOT / "solutions" / "conv2d.py", sub / "conv2d.py")
    code, report = _check(sub, out, "pooling")
    hidden = [c for c in report["exercises"][0]["checks"] if c.get("hidden") and ": backward" in c["name"]]
    assert code == 1 and hidden and not any(c["passed"] for c in hidden)
    assert all("gradient sent to every tied maximum of a window" in c["message"] for c in hidden), [c["message"] for c in hidden]
