"""What a command prints (stdout, stderr) and its exit code, and how GitHub Actions changes that."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from checker.report import github
from checker.report.error import render_error

DOCUMENTS = ("json", "junit", "gradescope")  # formats whose stdout is one document, nothing else


@dataclass(frozen=True)
class Output:
    stdout: str
    stderr: str
    code: int


def failed(fmt: str, message: str, code: int) -> Output:
    """A usage (2) or internal (3) error, in format `fmt`, on stderr."""
    return Output("", render_error(fmt, message, code) + "\n", code)


def publish(text: str, fmt: str, markdown: str, annotations: list[github.Annotation], env: Mapping[str, str],
            code: int) -> Output:
    """`text` as printed under GitHub Actions (the summary appended to the step summary file;
    annotations after the fenced report on stdout, or on stderr when stdout is a document), or as
    it is elsewhere."""
    text = text if text.endswith("\n") else text + "\n"
    if not github.active(env):
        return Output(text, "", code)
    github.append_summary(markdown, env)
    lines = "".join(line + "\n" for line in github.commands(annotations))
    if fmt in DOCUMENTS:
        return Output(text, lines, code)
    return Output(github.fenced(text) + lines, "", code)
