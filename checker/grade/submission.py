"""A submission directory → one source text per exercise module.

`.py` files are read as they are; notebooks (`.ipynb`) are read with nbformat, their code
cells joined in order into one module. IPython-only lines (`%magic`, `!shell`, `%%cell`
magics, `x?` help) cannot run as plain Python: they are skipped and reported; a line inside a
string literal that spans lines (found by Python's tokenizer) is code, whatever it starts with.
A broken notebook, or a file over MAX_BYTES (checked before it is read), is a clear error for
that exercise, never a crash of the grader.
"""

from __future__ import annotations

import io
import threading
import tokenize
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Kind = Literal["py", "ipynb", "md", "missing", "broken"]
SUFFIXES = (".py", ".ipynb")
MAX_BYTES = {".py": 1 << 20, ".ipynb": 16 << 20}  # a notebook carries its outputs (plots) too


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
    note: str = ""  # which file was graded, when the submission has both name.py and name.ipynb
    cell_numbers: tuple[int, ...] = ()  # each code cell's place among all the notebook's cells

    def where(self, line: int) -> str:
        """`line 12`, or for a notebook `cell 3, line 4` (every cell counted from 1, Markdown too,
        as `grader derive` counts them)."""
        if self.kind != "ipynb" or not self.cell_starts:
            return f"line {line}"
        cell = max(i for i, start in enumerate(self.cell_starts) if start <= line or i == 0)
        number = self.cell_numbers[cell] if self.cell_numbers else cell + 1
        return f"cell {number}, line {line - self.cell_starts[cell] + 1}"


def _ipython_only(stripped: str) -> bool:
    return stripped.startswith(("%", "!")) or (
        stripped.endswith("?") and not stripped.startswith("#") and stripped.count("(") == 0
    )


def _inside_strings(text: str) -> set[int]:
    """1-based lines that continue a token begun on an earlier line (a triple-quoted string):
    they are text, never a magic. A cell the tokenizer cannot finish keeps what it found."""
    inside: set[int] = set()
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.start[0] < token.end[0] and token.type != tokenize.NL:
                inside.update(range(token.start[0] + 1, token.end[0] + 1))
    except tokenize.TokenError as error:  # ("EOF in multi-line string", (row, col)): the rest is text
        where = error.args[1] if len(error.args) > 1 else None
        if "string" in str(error.args[0]) and isinstance(where, tuple):
            inside.update(range(where[0] + 1, text.count("\n") + 2))
    except (IndentationError, SyntaxError):
        pass
    return inside


def _cell_code(cell: int, text: str, skipped: list[Skipped]) -> list[str]:
    lines = text.splitlines()
    if lines and lines[0].lstrip().startswith("%%"):
        skipped.append(Skipped(cell, 1, lines[0].strip() + f"  (whole cell, {len(lines)} lines)"))
        return [""] * len(lines)
    text_lines = _inside_strings(text)
    out = []
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if number not in text_lines and _ipython_only(stripped):
            skipped.append(Skipped(cell, number, stripped))
            indent = line[: len(line) - len(line.lstrip())]
            out.append(indent + "pass" if indent else "")
        else:
            out.append(line)
    return out


def _damage(error: Exception) -> str:
    """What is wrong with a notebook file, in words: nbformat's own explanations (not JSON, a key
    missing, an unsupported version) where it gives one, never a Python error of its code."""
    first = str(error).splitlines()[0][:200] if str(error) else ""
    if type(error).__name__ in ("NotJSONError", "ValidationError", "NBFormatError", "JSONDecodeError") and first:
        return first
    if isinstance(error, UnicodeDecodeError):
        return "it is not UTF-8 text"
    return "its JSON is not laid out as a Jupyter notebook (save it again from Jupyter or Colab)"


def read_notebook(name: str, path: Path) -> Source:
    """The code cells of a notebook as one module; a broken file → kind "broken"."""
    try:
        import nbformat

        with open(path, "rb") as f, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            notebook = nbformat.reads(f.read(MAX_BYTES[".ipynb"]).decode("utf-8-sig"), as_version=4)
        cells = [(n, c) for n, c in enumerate(notebook.cells, start=1) if c.get("cell_type") == "code"]
        texts = [(n, c.source if isinstance(c.source, str) else "".join(c.source)) for n, c in cells]
    except Exception as error:  # nbformat raises many types for many kinds of damage
        return Source(name, "broken", path, error=f"cannot read notebook {path.name}: {_damage(error)}")
    lines: list[str] = []
    starts: list[int] = []
    skipped: list[Skipped] = []
    for number, text in texts:
        starts.append(len(lines) + 1)
        lines.extend(_cell_code(number, text, skipped))
        lines.append("")
    # Jupyter accepts `from __future__ import ...` at the top of any cell; a module only at its
    # top: such lines move to a first line of their own (the cells' lines shift by one)
    future = [i for i, line in enumerate(lines) if line.startswith("from __future__ import ")]
    if future and any(line.strip() for line in lines[: future[0]]) or len(future) > 1:
        hoisted = "; ".join(lines[i] for i in future)
        for i in future:
            lines[i] = ""
        lines.insert(0, hoisted)
        starts = [start + 1 for start in starts]
    code = "\n".join(lines) + "\n"
    unpaired = next((i for i, c in enumerate(code) if "\ud800" <= c <= "\udfff"), None)
    if unpaired is not None:  # JSON allows the escape; no Python file can hold it
        line = code.count("\n", 0, unpaired) + 1
        where = Source(name, "ipynb", path, cell_starts=tuple(starts), cell_numbers=tuple(n for n, _ in texts))
        return Source(name, "broken", path, error=f"cannot read notebook {path.name}: {where.where(line)} holds "
                      f"{ascii(code[unpaired])}, half of a UTF-16 pair, which is not text; delete that character")
    return Source(name, "ipynb", path, code, tuple(skipped), "", tuple(starts), cell_numbers=tuple(n for n, _ in texts))


def _both(py: Path, notebook: Path) -> str:
    """The note when both files exist: `.py` is graded (the same choice on every machine; file
    times change with every checkout), and a newer notebook is pointed out."""
    newer = notebook.stat().st_mtime > py.stat().st_mtime
    return (f"both {py.name} and {notebook.name} found: grading {py.name}"
            + (f" ({notebook.name} was modified later)" if newer else "")
            + "; remove or rename the one you do not want graded")


def _too_big(path: Path) -> str:
    """Why a file is refused before it is read ("" when its size is fine)."""
    limit = MAX_BYTES[path.suffix]
    size = path.stat().st_size
    if size <= limit:
        return ""
    return (f"{path.name} is {size / (1 << 20):.1f} MiB: expected at most {limit >> 20} MiB for an exercise "
            f"file{'; clear the outputs (Edit > Clear All Outputs) and save' if path.suffix == '.ipynb' else ''}")


def read_source(directory: Path, name: str, kind: str = "code") -> Source:
    """The submitted source of exercise `name` in `directory` (`.py` before `.ipynb`, with a note)."""
    if kind == "derivation":
        path = directory / f"{name}.md"
        if not path.is_file():
            return Source(name, "missing", None)
        return Source(name, "md", path)  # read and graded by derivation.py
    py, notebook = (directory / f"{name}{suffix}" for suffix in SUFFIXES)
    for path in (py, notebook):
        if path.is_symlink() or (path.exists() and not path.resolve().is_relative_to(directory.resolve())):
            return Source(name, "broken", path, error=f"{path.name} is a link to elsewhere: expected the file "
                          "itself in the submission; copy it in instead of linking it")
        if path.exists() and not path.is_file():
            return Source(name, "broken", path, error=f"{path.name} is not a regular file (a folder?): expected "
                          "the exercise's .py or .ipynb file")
    chosen = py if py.is_file() else notebook
    if chosen.is_file() and _too_big(chosen):
        return Source(name, "broken", chosen, error=_too_big(chosen))
    if not py.is_file():
        return read_notebook(name, notebook) if notebook.is_file() else Source(name, "missing", None)
    note = _both(py, notebook) if notebook.is_file() else ""
    try:
        with open(py, "rb") as f:  # no more than the limit, even if the file grew since
            # utf-8-sig: a byte-order mark (Windows editors write one) is no character of the module
            return Source(name, "py", py, f.read(MAX_BYTES[".py"]).decode("utf-8-sig"), note=note)
    except (OSError, UnicodeDecodeError) as error:
        return Source(name, "broken", py, error=f"cannot read {py.name}: {error}", note=note)


class Reader:
    """`read_source` for one submission folder, each module read (and parsed, for a notebook)
    once, however many places ask: the grader's threads share it."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._cache: dict[tuple[str, str], Source] = {}
        self._lock = threading.Lock()

    def __call__(self, name: str, kind: str = "code") -> Source:
        with self._lock:
            if (name, kind) not in self._cache:
                self._cache[name, kind] = read_source(self.directory, name, kind)
            return self._cache[name, kind]
