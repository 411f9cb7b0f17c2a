"""The derivation checker: Markdown + LaTeX derivations → a verdict for every step."""

from __future__ import annotations

import os
import re
import warnings
from dataclasses import replace
from pathlib import Path

from checker.derive.budget import UNLIMITED, Budget
from checker.derive.document import check_text
from checker.derive.regex import Regex
from checker.derive.result import FileReport
from checker.errors import InputFileError, UsageError

__all__ = ["check_text", "derive", "read_document"]



def read_document(path: Path) -> str:
    """A Markdown file's text, or a clear error saying what was wrong with it."""
    if not path.exists():
        raise UsageError("a Markdown file (.md)", f"{path}, which does not exist",
                         "Check the path; run `ls` to see what is there.")
    data = path.read_bytes()
    resave = "Re-save it as UTF-8 (most editors: 'Save with encoding' → UTF-8)."
    if _utf16(data):
        raise InputFileError("UTF-8 text", f"{path}, UTF-16 text", resave)
    if b"\x00" in data[:4096]:
        raise InputFileError("a Markdown text file", f"{path}, a binary file",
                             "Pass the .md file with your derivation.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        legacy = _legacy(data)
        received = f"{path}, {legacy} text" if legacy else \
            f"{path}, with a byte that is not UTF-8 at offset {err.start}"
        raise InputFileError("UTF-8 text", received, resave) from None


def _utf16(data: bytes) -> bool:
    """A byte-order mark, or text whose every other byte is zero."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    head = data[:4096]
    return len(head) >= 8 and (head[1::2].count(0) > 0.9 * len(head[1::2]) or
                               head[0::2].count(0) > 0.9 * len(head[0::2]))


_EAST_ASIAN = (("cp949", "CP949 / EUC-KR (Korean Windows)", lambda c: "\uac00" <= c <= "\ud7a3"),
               ("gb18030", "GBK / GB18030 (Chinese)", lambda c: "\u4e00" <= c <= "\u9fff"),
               ("shift_jis", "Shift-JIS (Japanese)", lambda c: "\u3040" <= c <= "\u30ff"))


def _legacy(data: bytes) -> str:
    """The legacy encoding the bytes read as: Korean, Chinese or Japanese Windows text when they
    decode as such with most of their non-ASCII characters in that script; 'Latin-1 /
    Windows-1252' when they read as such text (letters, accents, no control bytes); else ''."""
    head = data[:4096]
    for codec, name, script in _EAST_ASIAN:
        try:
            text = head.decode(codec)
        except UnicodeDecodeError:
            try:  # cut in the middle of a two-byte character
                text = head[:-1].decode(codec)
            except UnicodeDecodeError:
                continue
        wide = [c for c in text if ord(c) > 127]
        if wide and sum(map(script, wide)) >= 0.6 * len(wide):
            return name
    text = head.decode("cp1252", errors="replace")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\r\n")
    return "Latin-1 / Windows-1252" if "\ufffd" not in text and not controls else ""


def expand(paths: list[Path]) -> list[Path]:
    """Files as given; a directory stands for the Markdown files below it."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*")
                           if p.suffix.lower() in {".md", ".markdown", ".ipynb"})
            if not found:
                raise UsageError("a Markdown file, or a directory holding .md files",
                                 f"the directory {path}, with no .md file in it",
                                 "Name the files, e.g. `grader derive notes.md`.")
            out.extend(found)
        else:
            out.append(path)
    return out


def read_notebook(path: Path) -> tuple[str, list[tuple[int, int]]]:
    """A notebook's Markdown cells as one text, and for each of its lines (cell, line)."""
    import nbformat

    try:
        with warnings.catch_warnings():  # cells without ids, old minor versions: read as saved
            warnings.simplefilter("ignore")
            nb = nbformat.reads(read_document(path), as_version=4)
    except Exception as err:  # noqa: BLE001 - nbformat raises many types for broken JSON
        raise InputFileError("a Jupyter notebook (.ipynb JSON)", f"{path}: {err}",
                             "Open it in Jupyter and save it again, or export the "
                             "Markdown.") from None
    lines: list[str] = []
    where: list[tuple[int, int]] = []
    for number, cell in enumerate(nb.cells, start=1):
        if cell.cell_type != "markdown":
            continue
        for k, text in enumerate(cell.source.splitlines() or [""], start=1):
            lines.append(text)
            where.append((number, k))
        lines.append("")  # a blank line between cells ends every Markdown block
        where.append((number, len(cell.source.splitlines()) + 1))
    return "\n".join(lines), where


_LINE = Regex(r"\b(lines?) (\d+)\b")


def relined(text: str | None, where: list[tuple[int, int]]) -> str | None:
    """A message's `line 11` (of the cells' joined text) as the notebook shows it: `cell 2
    line 3`."""
    if not text:
        return text

    def cell_line(m: re.Match) -> str:
        k = int(m.group(2))
        if not 0 < k <= len(where):
            return m.group(0)
        return f"cell {where[k - 1][0]} {m.group(1)} {where[k - 1][1]}"
    return _LINE.sub(cell_line, text)


def check_notebook(path: Path, budget: Budget = UNLIMITED) -> FileReport:
    text, where = read_notebook(path)
    report = check_text(text, str(path), budget=budget)
    steps = tuple(replace(s, cell=where[s.line - 1][0], line=where[s.line - 1][1],
                          method=relined(s.method, where) or "",
                          diagnosis=relined(s.diagnosis, where))
                  if 0 < s.line <= len(where) else s for s in report.steps)
    return FileReport(report.path, steps)


def _check_file(path: Path, text: str | None, seconds: float | None = None,
                run: Budget = UNLIMITED) -> FileReport:
    budget = Budget.start(seconds, "file", within=run)  # started when the file's turn comes
    return check_notebook(path, budget) if text is None else \
        check_text(text, str(path), budget=budget)


def _shared_imports() -> None:
    """The modules every file's check imports on first use (NumPy's random generators, for the
    samples; SymPy's tensor module, which Add.flatten imports the first time it adds, and its
    assumption wrapper; the Bernoulli rule), imported once before the workers are forked: they
    share them instead of each importing its own (~75 ms of CPU per extra file)."""
    import numpy.random  # noqa: F401
    import sympy.assumptions.wrapper  # noqa: F401
    import sympy.tensor.tensor  # noqa: F401

    import checker.derive.bernoulli  # noqa: F401


def check_many(items: list[tuple[Path, str | None]], jobs: int = 0,
               file_seconds: float | None = None,
               run_seconds: float | None = None) -> list[FileReport]:
    """Check files in order; with several files and cores, in forked worker processes
    (each file is independent; the reports come back in the order given). Each file may take
    `file_seconds`, all of them `run_seconds` (None: no limit); what a budget did not reach is
    undecided, with that reason."""
    import multiprocessing as mp  # only for several files: one file's run does without (~35 ms)
    from concurrent.futures import ProcessPoolExecutor

    run = Budget.start(run_seconds, "run")
    jobs = jobs or min(os.cpu_count() or 1, 4)
    if jobs <= 1 or len(items) < 2 or "fork" not in mp.get_all_start_methods():
        return [_check_file(p, t, file_seconds, run) for p, t in items]
    _shared_imports()
    with ProcessPoolExecutor(max_workers=min(jobs, len(items)),
                             mp_context=mp.get_context("fork")) as pool:
        paths, texts = zip(*items)
        return list(pool.map(_check_file, paths, texts, [file_seconds] * len(items),
                             [run] * len(items)))


def derive(paths: list[Path], jobs: int = 0, file_seconds: float | None = None,
           run_seconds: float | None = None) -> list[FileReport]:
    """Check every step of every derivation in the given Markdown files (or directories),
    within the time budgets (seconds; None or 0: no limit; `grader derive` gives each file a
    minute and the run five unless told otherwise: --file-seconds, --run-seconds)."""
    if not paths:
        raise UsageError("at least one Markdown file", "none", "Run `grader derive notes.md`.")
    files = expand(paths)
    items = [(p, None if p.suffix == ".ipynb" else read_document(p)) for p in files]
    if any(t is None for _, t in items):
        for p, _ in items:  # a broken notebook is reported before any work starts
            if p.suffix == ".ipynb":
                read_notebook(p)
    return check_many(items, jobs, file_seconds, run_seconds)
