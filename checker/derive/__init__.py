"""The derivation checker: Markdown + LaTeX derivations → a verdict for every step."""

from __future__ import annotations

from pathlib import Path

from checker.derive.document import check_text
from checker.derive.result import FileReport
from checker.errors import InputFileError, UsageError

__all__ = ["check_text", "derive", "read_document"]


def read_document(path: Path) -> str:
    """A Markdown file's text, or a clear error saying what was wrong with it."""
    if not path.exists():
        raise UsageError("a Markdown file (.md)", f"{path}, which does not exist",
                         "Check the path; run `ls` to see what is there.")
    if path.is_dir():
        raise UsageError("a Markdown file", f"the directory {path}",
                         f"Name the files, e.g. `grader derive {path}/*.md`.")
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise InputFileError("a Markdown text file", f"{path}, a binary file",
                             "Pass the .md file with your derivation.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputFileError("UTF-8 text", f"{path}, with a byte that is not UTF-8 at offset "
                             f"{err.start}", "Save the file as UTF-8 (most editors: "
                             "'Save with encoding').") from None


def derive(paths: list[Path]) -> list[FileReport]:
    """Check every step of every derivation in the given Markdown files."""
    if not paths:
        raise UsageError("at least one Markdown file", "none", "Run `grader derive notes.md`.")
    texts = [(p, read_document(p)) for p in paths]  # every path is checked before any work
    return [check_text(text, str(path)) for path, text in texts]
