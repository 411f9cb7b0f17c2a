"""The command line as a whole: whatever goes wrong, one line that says what (exit 2 for bad
input, 3 for a bug in the grader), never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["init", "{file}/repo"], "expected a folder that can be written; received {file}/repo (Not a directory"),
        (["gradescope", "build", "--out", "{file}/sub/a.zip"], "expected a place to write the bundle"),
        (["gradescope", "build", "--out", "{folder}.zip"], "(a folder)"),
        (["check", "{folder}", "--jobs", "0"], "expected --jobs of at least 1; received 0"),  # one submission too
    ],
)
def test_a_place_that_cannot_be_written_is_a_usage_error(tmp_path: Path, args: list[str], needle: str) -> None:
    (tmp_path / "file").write_text("x")
    (tmp_path / "folder.zip").mkdir()
    paths = {"file": tmp_path / "file", "folder": tmp_path / "folder"}
    result = runner.invoke(app, [a.format(**paths) for a in args])
    assert result.exit_code == 2, result.output
    assert needle.format(**paths) in result.output and "Traceback" not in result.output


def _broken(*args: object, **kwargs: object) -> None:
    raise KeyError("boom")


@pytest.mark.parametrize(
    ("module", "name", "args", "fmt"),
    [
        ("checker.classroom.repository", "init", ["init", "{tmp}/repo"], "table"),
        ("checker.derive", "derive", ["derive", "{tmp}/notes.md", "--format", "json"], "json"),
    ],
)
def test_a_bug_in_the_grader_is_one_line_and_exit_3(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, module: str,
                                                    name: str, args: list[str], fmt: str) -> None:
    import importlib

    monkeypatch.setattr(importlib.import_module(module), name, _broken)
    (tmp_path / "notes.md").write_text("$$a = a$$\n")
    result = runner.invoke(app, [a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == 3 and "Traceback" not in result.output
    message = json.loads(result.stderr)["error"]["message"] if fmt == "json" else result.stderr.strip()
    assert message.startswith("internal grader error (KeyError: 'boom' at test_cli.py:")
    assert message.endswith("please report it.")


def _commands() -> list[tuple[str, str]]:
    import typer.main

    group = typer.main.get_command(app)
    found = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        found.append((name, command.help or ""))
        found += [(f"{name} {n}", c.help or "") for n, c in getattr(command, "commands", {}).items()]
    return found


@pytest.mark.parametrize(("name", "text"), _commands())
def test_a_command_s_summary_is_one_line(name: str, text: str) -> None:
    """`grader --help` lists each command by its docstring's first paragraph, keeping its line breaks:
    a summary on one line, details (exit codes) in a paragraph of their own."""
    summary = text.split("\n\n")[0]
    assert summary and "\n" not in summary.strip(), f"{name}: {summary!r}"


@pytest.mark.parametrize(("install", "noted"), [([], True), (["--install", "grader @ git+https://x.invalid/g"], False)])
def test_init_says_when_the_workflow_installs_from_pypi(tmp_path: Path, install: list[str], noted: bool) -> None:
    """`grader` on PyPI is an unrelated project: the default install needs a word, --install none."""
    result = runner.invoke(app, ["init", str(tmp_path / "repo"), *install])
    assert result.exit_code == 0 and result.stdout.startswith("wrote ")
    assert ("another project's" in result.stderr) == noted


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_a_zip_given_as_one_submission_says_to_unpack_it_or_use_each(tmp_path: Path, fmt: str) -> None:
    """`grader check work.zip` (one student's zip, or a class export without --each): a usage error
    that names both ways on, in the format asked for; no grading starts."""
    import zipfile

    archive = tmp_path / "work.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("work/dense.py", "import numpy as np\n")
    result = runner.invoke(app, ["check", str(archive), "--format", fmt])
    assert result.exit_code == 2 and "Traceback" not in result.output
    message = json.loads(result.stderr)["error"]["message"] if fmt == "json" else result.stderr
    assert f"received {archive}, a .zip archive" in message
    assert f"unzip {archive} -d work" in message and f"grader check --each {archive}" in message


@pytest.mark.parametrize(
    ("text", "noted"),
    [
        ("# notes\n\nd/dx x^2 = 2x, so dL/dw = 2(w - y)\n", True),  # math typed as plain text
        ("# notes\n\n", True),
        ("# notes\n\n$$\\frac{d}{dx}x^2 = 2x$$\n", False),
    ],
)
def test_derive_says_when_a_file_has_no_step(tmp_path: Path, text: str, noted: bool) -> None:
    """0 steps is not "every step holds": a note on stderr says where steps are read from; stdout
    (a JSON document here) and the exit code are unchanged."""
    notes = tmp_path / "notes.md"
    notes.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["derive", str(notes), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["files"][0]["path"].endswith("notes.md")
    assert ("note: no step found in" in result.stderr) == noted
    assert ("Put each step in $$...$$" in result.stderr) == noted
