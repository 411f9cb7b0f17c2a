"""A submission directory → one source text per exercise module.

`.py` files are read as they are; notebooks (`.ipynb`) are read with nbformat, their code
cells joined in order into one module. IPython-only lines (`%magic`, `!shell`, `%%cell`
magics, `x?` help) cannot run as plain Python: they are skipped and reported. A broken
notebook is a clear error for that exercise, never a crash of the grader.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Kind = Literal["py", "ipynb", "md", "missing", "broken"]
SUFFIXES = (".py", ".ipynb")


@dataclass(frozen=True)
class Skipped:
    """A line that only IPython understands, left out of the module."""

    cell: int
    line: int
    text: str


@dataclass(frozen=True)
class Source:
    """One exercise module as submitted."""

    name: str
    kind: Kind
    path: Path | None
    code: str = ""
    skipped: tuple[Skipped, ...] = ()
    error: str = ""
    cell_starts: tuple[int, ...] = ()  # 1-based module line where each code cell begins

    def where(self, line: int) -> str:
        """`line 12`, or for a notebook `cell 3, line 4` (cells counted from 1)."""
        if self.kind != "ipynb" or not self.cell_starts:
            return f"line {line}"
        cell = max(i for i, start in enumerate(self.cell_starts) if start <= line or i == 0)
        return f"cell {cell + 1}, line {line - self.cell_starts[cell] + 1}"


def _ipython_only(stripped: str) -> bool:
    return stripped.startswith(("%", "!")) or (
        stripped.endswith("?") and not stripped.startswith("#") and stripped.count("(") == 0
    )


def _cell_code(cell: int, text: str, skipped: list[Skipped]) -> list[str]:
    lines = text.splitlines()
    if lines and lines[0].lstrip().startswith("%%"):
        skipped.append(Skipped(cell, 1, lines[0].strip() + f"  (whole cell, {len(lines)} lines)"))
        return [""] * len(lines)
    out = []
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if _ipython_only(stripped):
            skipped.append(Skipped(cell, number, stripped))
            indent = line[: len(line) - len(line.lstrip())]
            out.append(indent + "pass" if indent else "")
        else:
            out.append(line)
    return out


def read_notebook(name: str, path: Path) -> Source:
    """The code cells of a notebook as one module; a broken file → kind "broken"."""
    try:
        import nbformat

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            notebook = nbformat.read(str(path), as_version=4)
        cells = [c for c in notebook.cells if c.get("cell_type") == "code"]
        texts = [c.source if isinstance(c.source, str) else "".join(c.source) for c in cells]
    except Exception as error:  # nbformat raises many types for many kinds of damage
        reason = str(error).splitlines()[0][:200] if str(error) else type(error).__name__
        return Source(name, "broken", path, error=f"cannot read notebook {path.name}: {reason}")
    lines: list[str] = []
    starts: list[int] = []
    skipped: list[Skipped] = []
    for number, text in enumerate(texts, start=1):
        starts.append(len(lines) + 1)
        lines.extend(_cell_code(number, text, skipped))
        lines.append("")
    return Source(name, "ipynb", path, "\n".join(lines) + "\n", tuple(skipped), "", tuple(starts))


def read_source(directory: Path, name: str, kind: str = "code") -> Source:
    """The submitted source of exercise `name` in `directory` (`.py` before `.ipynb`)."""
    if kind == "derivation":
        path = directory / f"{name}.md"
        if not path.is_file():
            return Source(name, "missing", None)
        return Source(name, "md", path)  # read and graded by derivation.py
    for suffix in SUFFIXES:
        path = directory / f"{name}{suffix}"
        if not path.is_file():
            continue
        if suffix == ".ipynb":
            return read_notebook(name, path)
        try:
            return Source(name, "py", path, path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            return Source(name, "broken", path, error=f"cannot read {path.name}: {error}")
    return Source(name, "missing", None)
