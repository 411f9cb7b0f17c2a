"""The `grader` command line: thin typed wrappers over library functions.

Each command's docstring is its help text. Exit codes: 0 ok, 1 the check found failures,
2 usage error, 3 internal grader error.
"""

from __future__ import annotations

import typer

from checker import __version__

app = typer.Typer(
    name="grader",
    help="Check derivations and grade NumPy deep-learning exercises.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"grader {__version__}")
        raise typer.Exit(0)


@app.callback()
def main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Check derivations and grade NumPy deep-learning exercises."""
