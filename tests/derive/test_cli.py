"""`grader derive`: exit codes, messages for bad input, the JSON schema, the course documents."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, ["derive", *args])


def test_example_holds_exit_0():
    result = run(str(ROOT / "examples" / "logistic_regression.md"))
    assert result.exit_code == 0, result.output
    doc = json.loads(run(str(ROOT / "examples" / "logistic_regression.md"), "--format",
                         "json").output)
    verdicts = {s["verdict"] for s in doc["files"][0]["steps"]}
    assert verdicts == {"holds"}


def test_wrong_step_exit_1_and_json_schema(tmp_path):
    f = tmp_path / "notes.md"
    f.write_text("# notes\n\n$$\\frac{d}{dx} x^2 = x$$\n", encoding="utf-8")
    result = run(str(f), "--format", "json")
    assert result.exit_code == 1
    doc = json.loads(result.output)
    assert doc["version"] == 1
    step = doc["files"][0]["steps"][0]
    assert {"line", "verdict", "lhs", "rhs", "method", "counterexample", "diagnosis"} <= set(step)
    assert step["line"] == 3 and step["verdict"] == "fails"
    assert "factor" in step["diagnosis"]


@pytest.mark.parametrize("content, message", [
    (None, "does not exist"),
    (b"\x00\x01\x02binary", "binary"),
    (b"$$x = \xff$$", "UTF-8"),
    ("$$x = 1$$ \u00e9t\u00e9".encode("utf-16"), "UTF-16 text"),  # with its byte-order mark
    ("$$x = 1$$".encode("utf-16-le"), "UTF-16 text"),
    ("caf\u00e9: $$x = 1$$".encode("latin-1"), "Latin-1"),
    ("Na\u00efve Bayes, r\u00e9sum\u00e9: $$x = 1$$".encode("cp1252"), "Latin-1"),
    ("# \uc190\uc2e4 \ud568\uc218\uc758 \ubbf8\ubd84\n\n$$x = 1$$".encode("cp949"), "CP949"),  # 손실 함수의 미분
    ("# \u635f\u5931\u51fd\u6570\u7684\u5bfc\u6570\n\n$$x = 1$$".encode("gb18030"), "GB18030"),  # 损失函数的导数
])
def test_bad_input_exit_2_without_traceback(tmp_path, content, message):
    f = tmp_path / "in.md"
    if content is not None:
        f.write_bytes(content)
    result = run(str(f))
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_directory_without_markdown_is_a_usage_error(tmp_path):
    (tmp_path / "notes.txt").write_text("$$x = x$$", encoding="utf-8")
    result = run(str(tmp_path))
    assert result.exit_code == 2 and "no .md file" in result.output


def test_directory_checks_every_markdown_file_below_it(tmp_path):
    (tmp_path / "week1").mkdir()
    (tmp_path / "week1" / "a.md").write_text("$$2x + x = 3x$$\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("$$x + x = 3x$$\n", encoding="utf-8")
    result = run(str(tmp_path), "--format", "json")
    files = {Path(f["path"]).name: [s["verdict"] for s in f["steps"]]
             for f in json.loads(result.output)["files"]}
    assert files == {"a.md": ["holds"], "b.md": ["fails"]} and result.exit_code == 1


def test_empty_file_has_no_steps(tmp_path):
    f = tmp_path / "empty.md"
    f.write_text("", encoding="utf-8")
    result = run(str(f))
    assert result.exit_code == 0 and "0 steps" in result.output


def test_unbalanced_braces_are_unreadable_not_wrong(tmp_path):
    f = tmp_path / "b.md"
    f.write_text("$$\\frac{1}{2 = x$$\n", encoding="utf-8")
    result = run(str(f), "--format", "json")
    steps = json.loads(result.output)["files"][0]["steps"]
    assert [s["verdict"] for s in steps] == ["unreadable"] and result.exit_code == 0


needs_seeds = pytest.mark.skipif(not SEEDS.exists(), reason="../shared/seeds is not beside the repo")


@needs_seeds
def test_blog_post_every_error_found_and_no_false_alarm():
    from checker.derive import derive
    report = derive([SEEDS / "000_7e97845012126336.txt"])[0]
    by_line = {}
    for s in report.steps:
        by_line.setdefault(s.line, []).append(s.verdict)
    assert by_line[75] == ["fails"]  # ∂E/∂x_j written as ∂/∂y_j
    assert by_line[77] == ["fails"]  # y_k for y_j
    assert "fails" in by_line[89]  # the sigmoid derivative's exponent signs
    for line in (67, 69, 71, 73, 79, 81, 85, 87):
        assert set(by_line[line]) == {"holds"}, (line, by_line[line])


@needs_seeds
def test_lecture_notes_read_and_known_errors_found():
    from checker.derive import derive
    report = derive([SEEDS / "001_c1c5c34bd2e4202c.txt"])[0]
    verdict = {}
    for s in report.steps:
        verdict.setdefault(s.line, set()).add(s.verdict)
    for line in (119, 121, 123, 125, 127, 129, 131, 405, 407, 410, 412, 414, 417, 419, 691, 1025):
        assert verdict[line] == {"holds"}, (line, verdict.get(line))
    for line in (173, 175, 714, 722, 796):  # wrong steps in the notes
        assert "fails" in verdict[line], (line, verdict.get(line))
    unreadable = {s.line for s in report.steps if s.verdict == "unreadable"}
    assert unreadable <= {432, 440, 468, 794, 808, 810, 814, 845}


def test_notebook_markdown_cells_with_cell_and_line(tmp_path):
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Notes\n\n$$z = wx + b$$"),
                nbformat.v4.new_code_cell("x = 1  # $a = b$ is code, not math"),
                nbformat.v4.new_markdown_cell("Then\n\n$$\\frac{\\partial z}{\\partial w} = b$$")]
    f = tmp_path / "notes.ipynb"
    f.write_text(nbformat.writes(nb), encoding="utf-8")
    result = run(str(f), "--format", "json")
    steps = json.loads(result.output)["files"][0]["steps"]
    assert [(s["cell"], s["line"], s["verdict"]) for s in steps] == [(3, 3, "fails")]
    assert result.exit_code == 1


@pytest.mark.parametrize("message, expected", [
    ("z was defined on line 3 as w·x + b", "z was defined on cell 1 line 3 as w·x + b"),
    ("agree under lines 7, line 5's value", "agree under cell 3 lines 2, cell 3 line 1's value"),
    ("no number here", "no number here"),
    ("a line 99 beyond the text", "a line 99 beyond the text"),
])
def test_a_notebook_message_names_cells_and_lines(message, expected):
    """A message's line of the cells' joined text, as the notebook shows it."""
    from checker.derive import relined

    where = [(1, 1), (1, 2), (1, 3), (1, 4), (3, 1), (3, 1), (3, 2)]
    assert relined(message, where) == expected


def test_a_notebook_saved_without_cell_ids_is_read_quietly(tmp_path):
    """Notebooks written by tools that omit cell ids: nbformat warns about each (a
    FutureWarning, which the test configuration ignores: recorded here); a user must see the
    steps, not library warnings."""
    import warnings

    from checker.derive import read_notebook

    cell = {"cell_type": "markdown", "metadata": {},
            "source": ["$$z = wx + b$$\n", "\n", "$$\\frac{\\partial z}{\\partial w} = b$$"]}
    book = {"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    f = tmp_path / "old.ipynb"
    f.write_text(json.dumps(book), encoding="utf-8")
    with warnings.catch_warnings(record=True) as shown:
        warnings.simplefilter("always")
        text, where = read_notebook(f)
    assert text.splitlines()[2] == "$$\\frac{\\partial z}{\\partial w} = b$$" and where[2] == (1, 3)
    assert [str(w.message) for w in shown] == []


def test_broken_notebook_is_a_clear_error(tmp_path):
    f = tmp_path / "broken.ipynb"
    f.write_text("{not json", encoding="utf-8")
    result = run(str(f))
    assert result.exit_code == 2 and "notebook" in result.output and "Traceback" not in result.output


def test_strict_fails_on_unreadable_steps(tmp_path):
    f = tmp_path / "u.md"
    # (an integral over a domain: no bounds to evaluate it at, no variable to differentiate by)
    f.write_text("$$\\int_x x\\,dx = 1$$\n", encoding="utf-8")
    assert run(str(f)).exit_code == 0
    assert run(str(f), "--strict").exit_code == 1


def test_a_name_reused_after_a_heading_is_a_new_definition(tmp_path):
    f = tmp_path / "s.md"
    f.write_text("# A\n\n$$L = x^2$$\n\n## B\n\n$$L = \\frac{1}{2}(z - y)^2$$\n\n"
                 "$$\\frac{\\partial L}{\\partial z} = z - y$$\n", encoding="utf-8")
    result = run(str(f), "--format", "json")
    assert [s["verdict"] for s in json.loads(result.output)["files"][0]["steps"]] == ["holds"]


def test_rich_markup_in_a_step_is_shown_as_text(tmp_path):
    f = tmp_path / "m.md"
    f.write_text("$$\\frac{d}{dz}\\sigma(z) = \\sigma(z)$$\n", encoding="utf-8")
    assert "[σ(z)]" in run(str(f)).output
