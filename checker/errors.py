"""Every exception the grader raises on purpose, in one place.

Each message says what was expected, what was received, and what to do.
"""

from __future__ import annotations


class GraderError(Exception):
    """Base class: a problem with the user's input, reported without a traceback."""

    exit_code = 2

    def __init__(self, expected: str, received: str, todo: str) -> None:
        self.expected = expected
        self.received = received
        self.todo = todo
        super().__init__(f"expected {expected}; received {received}. {todo}")


class UsageError(GraderError):
    """Bad command-line input: a missing path, a file of the wrong kind."""


class InputFileError(UsageError):
    """A file that exists but cannot be read as what it should be."""


def unknown_format(fmt: str, formats: tuple[str, ...]) -> UsageError:
    """An unknown --format: the valid values, and one as an example."""
    example = next((f for f in formats if f != "table"), formats[0])
    return UsageError(f"--format {', '.join(formats)}", repr(fmt), f"Pick one of them, e.g. --format {example}.")


def bad_timeout(seconds: float) -> UsageError:
    """A --timeout that is not a positive number of seconds."""
    return UsageError("a positive --timeout (wall-clock seconds per call)", f"{seconds:g}",
                      "Give the seconds one call may take, e.g. --timeout 10 (the default).")


class InternalError(Exception):
    """A bug in the grader itself (exit code 3)."""

    exit_code = 3


def internal(error: BaseException) -> str:
    """What an unexpected exception (a bug in the grader) is reported as, without a traceback: its
    type, message and the innermost place it was raised."""
    frame = error.__traceback__
    while frame is not None and frame.tb_next is not None:
        frame = frame.tb_next
    place = f" at {frame.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{frame.tb_lineno}" if frame else ""
    return f"internal grader error ({type(error).__name__}: {error}{place})"
