"""Report formats as pure functions of results: JUnit parsed by an XML parser, Gradescope's
results.json against its documented format, Markdown, and the terminal table's width."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from checker.grade.report import render_table
from checker.grade.results import CheckResult, ExerciseResult, GradeReport
from checker.report.error import render_error
from checker.report.gradescope import error_results, to_results
from checker.report.junit import render_junit
from checker.report.markdown import render_markdown, text

HOSTILE = "printed \x00\x1b[31m<b>bold</b> & | pipe ::error::x\nsecond line"
LONG = ("dense_backward value 1: max abs error 3.2 at index (0, 1); expected shape (4, 3), received (3, 4): "
        "transposed (a transposed weight gradient?) and a few more words to make it long")
REPORT = GradeReport(42, (
    ExerciseResult("dense", 0.5, 2.0, "failed", (
        CheckResult("dense batch 4 (reference input)", True, 0.5, 0.5),
        CheckResult("dense batch 4 (random input #3)", False, 0.0, 0.5, LONG, line=23, seconds=0.0123),
        CheckResult("hidden: strides", False, 0.0, 1.0, "hidden: wrong shape", hidden=True),
    ), ("skipped IPython line (cell 1, line 1): %time", "skipped IPython line (cell 2, line 1): !ls"), file="dense.py",
        seconds=0.4),
    ExerciseResult("derivations/mse_gradient", 3.0, 3.0, "passed", (
        CheckResult("step 1 (line 20)", True, 0.0, 0.0, "holds"), CheckResult("steps", True, 2.0, 2.0, "all hold"),
        CheckResult("reaches the target", True, 1.0, 1.0, "ends at the target")), file="derivations/mse_gradient.md"),
    ExerciseResult("conv2d", 0.0, 7.0, "not submitted", (CheckResult("conv2d", False, 0.0, 7.0, HOSTILE),)),
), "a fresh unprivileged uid per child", 1.7)

VISIBILITY = {"enum": ["hidden", "after_due_date", "after_published", "visible"]}
STRING_FORMAT = {"enum": ["text", "html", "simple_format", "md", "ansi"]}
# Gradescope's autograder specification, "Output format" (results.json), as a JSON schema
RESULTS_SCHEMA = {
    "type": "object", "additionalProperties": False,
    "properties": {
        "score": {"type": "number"}, "execution_time": {"type": "number"}, "output": {"type": "string"},
        "output_format": STRING_FORMAT, "test_output_format": STRING_FORMAT, "test_name_format": STRING_FORMAT,
        "visibility": VISIBILITY, "stdout_visibility": VISIBILITY, "extra_data": {"type": "object"},
        "tests": {"type": "array", "items": {
            "type": "object", "additionalProperties": False,
            "properties": {
                "score": {"type": "number"}, "max_score": {"type": "number"}, "status": {"enum": ["passed", "failed"]},
                "name": {"type": "string"}, "name_format": STRING_FORMAT, "number": {"type": "string"},
                "output": {"type": "string"}, "output_format": STRING_FORMAT,
                "tags": {"type": "array", "items": {"type": "string"}}, "visibility": VISIBILITY,
                "extra_data": {"type": "object"}}}},
        "leaderboard": {"type": "array"},
    },
    "anyOf": [{"required": ["score"]}, {"required": ["tests"], "properties": {"tests": {"items": {"required": ["score"]}}}}],
}


def test_junit_is_what_pytest_writes() -> None:
    root = ET.fromstring(render_junit(REPORT))
    assert root.tag == "testsuites" and root.get("tests") == "7" and root.get("failures") == "3"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["dense", "derivations/mse_gradient", "conv2d"]
    dense = suites[0]
    assert {k: dense.get(k) for k in ("tests", "failures", "errors", "skipped", "time")} == \
        {"tests": "3", "failures": "2", "errors": "0", "skipped": "0", "time": "0.400"}
    assert dense.get("timestamp") and dense.get("hostname")
    properties = {p.get("name"): p.get("value") for p in dense.find("properties")}
    assert properties == {"score": "0.5", "max_score": "2.0", "status": "failed", "seed": "42", "file": "dense.py"}
    cases = dense.findall("testcase")
    assert [c.get("classname") for c in cases] == ["dense"] * 3 and cases[0].find("failure") is None
    assert [c.get("time") for c in cases] == ["0.000000", "0.012300", "0.000000"]  # the student's calls' wall time
    failure = cases[1].find("failure")
    assert failure.get("message") == LONG and LONG in failure.text and "(0/0.5 points)" in failure.text
    for suite in suites:  # the JUnit schema's order: properties, test cases, one system-out
        tags = [child.tag for child in suite]
        assert tags == ["properties", *["testcase"] * int(suite.get("tests")), *["system-out"][:tags.count("system-out")]]
    assert dense.find("system-out").text.splitlines() == list(REPORT.exercises[0].notes)
    hostile = suites[2].find("testcase/failure")
    assert "\\x00" in hostile.text and "\\x1b" in hostile.text and "<b>bold</b>" in hostile.text


def test_gradescope_results_follow_the_documented_format() -> None:
    results = to_results(REPORT)
    jsonschema.validate(results, RESULTS_SCHEMA)
    jsonschema.validate(error_results("error: expected a directory", 2), RESULTS_SCHEMA)
    assert results["score"] == 3.5 and results["execution_time"] == 2
    assert len(results["tests"]) == 7 and sum(t["max_score"] for t in results["tests"]) == REPORT.max_score
    names = {t["name"]: t for t in results["tests"]}
    assert names["dense: hidden: strides"]["visibility"] == "after_published"
    assert names["dense: dense batch 4 (random input #3)"] | {"output": LONG} == {
        "name": "dense: dense batch 4 (random input #3)", "name_format": "text", "number": "1.2", "score": 0.0,
        "max_score": 0.5, "status": "failed", "output": LONG, "output_format": "text", "tags": ["dense"],
        "visibility": "visible"}
    assert "seed 42" in results["output"] and "note: skipped IPython line" in results["output"]
    assert results["stdout_visibility"] == "hidden" and results["extra_data"]["seed"] == 42


def test_markdown_escapes_messages_and_folds_failures() -> None:
    md = render_markdown(REPORT)
    assert md.startswith("### grader check: 3.5/12 points")
    assert "| dense (dense.py) | 0.5/2 | failed |" in md
    assert "<b>" not in md and "&lt;b&gt;" in md and "\\|" in md and "\n::error" not in md
    assert "<details><summary>3 failed checks</summary>" in md and "(line 23)" in md
    assert all(line.count("|") - line.count("\\|") == 5 for line in md.splitlines() if line.startswith("| "))
    assert text("a" * 400).endswith("…") and len(text("a" * 400)) == 300


@pytest.mark.parametrize("width", [80, 100, 160])
@pytest.mark.parametrize("verbose", [False, True])
def test_table_follows_the_width(width: int, verbose: bool) -> None:
    table = render_table(REPORT, verbose, width)
    lines = table.splitlines()
    assert max(len(line) for line in lines) <= width
    flat = " ".join(table.replace("│", " ").split())
    for needle in ("dense", "0.5/2", "failed", "not submitted", "score 3.5/12", "seed 42"):
        assert needle in flat
    words = " ".join(LONG.split()).split()
    assert all(w in flat for w in words)  # nothing cut off, only wrapped
    if width == 160:
        assert max(len(line) for line in lines) > 120  # a wide terminal is used, not a fixed 107 columns


@pytest.mark.parametrize("fmt", ["json", "junit", "gradescope", "markdown", "table"])
@pytest.mark.parametrize("code", [2, 3])
def test_errors_in_every_format(fmt: str, code: int) -> None:
    message = "error: expected a directory; received nothing there. Check the path."
    out = render_error(fmt, message, code)
    if fmt == "json":
        assert json.loads(out) == {"version": 1, "error": {"exit_code": code, "kind": "usage" if code == 2 else "internal",
                                                          "message": message}}
    elif fmt == "junit":
        root = ET.fromstring(out)
        assert root.get("errors") == "1" and root.find("testsuite/testcase/error").get("message") == message
        assert [child.tag for child in root.find("testsuite")] == ["properties", "testcase"]
    elif fmt == "gradescope":
        results = json.loads(out)
        jsonschema.validate(results, RESULTS_SCHEMA)
        assert results["score"] == 0.0 and message in results["output"]
    else:
        assert message in out


@pytest.mark.parametrize(("columns", "widest"), [(None, 120), ("80", 80), ("160", 160)])
def test_derive_table_follows_the_width_like_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   columns: str | None, widest: int) -> None:
    """`grader derive`'s table: the terminal's width, COLUMNS, or 120 in a file or log (rich alone gives 80)."""
    from checker.report.derive import derive_output

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    notes = tmp_path / "notes.md"
    notes.write_text("Let $z = wx + b$.\n\n$$\\frac{\\partial z}{\\partial w} = 2x \\cdot " + " + ".join("w" * 4) * 6 + "$$\n")
    lines = derive_output([notes], env={}).stdout.splitlines()
    assert max(len(line) for line in lines) == widest


IN_PLACE = ("note: relu_backward's dout was modified in place (copy it before changing it); seen only from inside "
            "your process, so it costs no points")
NOTED = GradeReport(7, (ExerciseResult("activations", 1.0, 1.0, "passed", (
    CheckResult("relu batch 4 (reference input)", True, 0.5, 0.5, IN_PLACE),
    CheckResult("relu batch 4 (random input #1)", True, 0.5, 0.5, IN_PLACE),
    CheckResult("relu timing", True, 0.0, 0.0, "vectorised 4x the time (limit 35x)"),
), file="activations.py"),), "sandbox")


@pytest.mark.parametrize(
    ("render", "shown"),
    [
        (lambda r: " ".join(render_table(r, False, 160).replace("│", " ").split()), "note relu_backward's dout was modified"),
        (lambda r: " ".join(render_table(r, False, 80).replace("│", " ").split()), "note relu_backward's dout was modified"),
        (render_markdown, "| | | note | relu\\_backward's dout was modified in place"),
        (lambda r: json.loads(json.dumps(to_results(r)))["output"], "note: relu_backward's dout was modified"),
    ],
)
def test_a_note_of_passing_checks_is_a_line_under_the_exercise(render, shown: str) -> None:  # type: ignore[no-untyped-def]
    out = render(NOTED)
    assert shown in out and out.count("dout was modified") == 1  # once, though two checks noted it
    assert "vectorised 4x" not in out  # a passing check's ordinary message is no note


def test_a_note_of_passing_checks_is_a_warning_on_the_file() -> None:
    from checker.report.github import check_annotations

    (found,) = check_annotations(NOTED, "sub")
    assert (found.kind, found.file, found.line) == ("warning", "sub/activations.py", None)
    assert found.message.startswith("relu_backward's dout was modified in place")
    assert NOTED.exercises[0].remarks == (IN_PLACE.removeprefix("note: "),)


@pytest.mark.parametrize(("fmt", "loads_rich"), [("json", False), ("markdown", False), ("table", True)])
def test_derive_loads_rich_only_to_draw_a_table(tmp_path: Path, fmt: str, loads_rich: bool) -> None:
    """A cold `grader derive --format json` (CI, scripts) never imports rich: ~0.26 s of CPU each run."""
    import subprocess
    import sys

    notes = tmp_path / "notes.md"
    notes.write_text("$$2 + 2 = 4$$\n")
    probe = ("import sys; from checker.report.derive import derive_output; from pathlib import Path; "
             f"out = derive_output([Path({str(notes)!r})], {fmt!r}, env={{}}); "
             "print('rich' in sys.modules, out.code == 0 and bool(out.stdout))")
    root = Path(__file__).resolve().parents[2]
    found = subprocess.run([sys.executable, "-c", probe], cwd=root, capture_output=True, text=True,
                           env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"}, check=True)
    assert found.stdout.split() == [str(loads_rich), "True"]
