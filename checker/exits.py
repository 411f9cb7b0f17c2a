"""How a `grader` command ends: its exit code and its error line, written once for every command.

Exit codes: 0 ok, 1 the check found failures, 2 usage error, 3 internal grader error. A
`GraderError` (expected: a bad path, a malformed file) is its message on stderr and its own
exit code; with `--format json|junit|gradescope|markdown` the command line's usage errors are
rendered in that format too; anything else is a bug in the grader, said in one line (exit 3),
never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import typer
from typer.core import TyperGroup
from typer.exceptions import TyperException


def requested_format(argv: list[str]) -> str | None:
    """The value of `--format` in a command line, if it has one."""
    for i, arg in enumerate(argv):
        if arg == "--format" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--format="):
            return arg.split("=", 1)[1]
    return None


class Commands(TyperGroup):
    """With `--format json|junit|gradescope|markdown`, the command line's own usage errors (a
    value that is not a number, an unknown option) are reported in that format too, on stderr;
    an unexpected exception (a bug in the grader) is one line on stderr and exit 3, in any format."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, windows_expand_args: bool = True, **extra: Any) -> Any:
        from checker.errors import internal
        from checker.report.error import FORMATS, render_error

        argv = list(sys.argv[1:] if args is None else args)
        fmt = requested_format(argv)
        try:
            if fmt in (None, "table") or fmt not in FORMATS or not standalone_mode:
                return super().main(argv, prog_name, complete_var, standalone_mode, windows_expand_args, **extra)
            try:
                code = super().main(argv, prog_name, complete_var, False, windows_expand_args, **extra)
            except TyperException as error:
                if not hasattr(error, "format_message"):
                    raise
                typer.echo(render_error(fmt, f"error: {error.format_message()}", error.exit_code), err=True)
                sys.exit(error.exit_code)
            except typer.Abort:
                sys.exit(130)
            sys.exit(code if isinstance(code, int) else 0)
        except Exception as error:  # a bug in the grader: said in one line (exit 3), never a traceback
            if not standalone_mode:
                raise
            typer.echo(render_error(fmt if fmt in FORMATS else "table", f"{internal(error)}; please report it.", 3),
                       err=True)
            sys.exit(3)


T = TypeVar("T")


def guarded(call: Callable[[], T]) -> T:
    """`call()`; a GraderError becomes its message on stderr and its exit code (no traceback)."""
    from checker.errors import GraderError

    try:
        return call()
    except GraderError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(error.exit_code) from None
