"""A usage error (exit 2) or an internal error (exit 3), in the format the command was asked for,
so a tool that reads JSON, JUnit or results.json reads the failure too (printed on stderr)."""

from __future__ import annotations

import json

FORMATS = ("table", "json", "junit", "gradescope", "markdown")


def render_error(fmt: str, message: str, code: int) -> str:
    """`message` (it starts with "error: " or "internal grader error") in format `fmt`; plain text
    for `table` and for a format that is not known."""
    if fmt == "json":
        kind = "usage" if code == 2 else "internal"
        return json.dumps({"version": 1, "error": {"exit_code": code, "kind": kind, "message": message}}, indent=2)
    if fmt == "junit":  # imported here: every command reads FORMATS, few ever render an error
        from checker.report.junit import render_junit_error

        return render_junit_error(message, code)
    if fmt == "gradescope":
        from checker.report.gradescope import error_results

        return json.dumps(error_results(message, code), indent=2)
    if fmt == "markdown":
        return f"### grader: {'usage error' if code == 2 else 'internal error'}\n\n{message}\n"
    return message
