"""Submission reading and the static pass, as tables."""

from __future__ import annotations

import ast
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest

from checker.grade.static import api_of, check_static, imports
from checker.grade.submission import read_source

API = api_of(
    "def f(x, w, b=None):\n    pass\n\nclass M:\n    def __init__(self, seed=0):\n        pass\n"
    "    def forward(self, x):\n        pass\n"
)


def _notebook(path: Path, cells: list[str]) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(c) for c in cells] + [nbformat.v4.new_markdown_cell("# t")]
    nbformat.write(nb, str(path))


@pytest.mark.parametrize(
    ("files", "kind", "needle"),
    [
        ({}, "missing", ""),
        ({"m.py": "x = 1\n"}, "py", "x = 1"),
        ({"m.ipynb": "{not json"}, "broken", "cannot read notebook"),
        ({"m.ipynb": '{"cells": 3}'}, "broken", "cannot read notebook"),
        # nbformat's own Python errors never reach the student: what is wrong with the file, in words
        ({"m.ipynb": "[]"}, "broken", "cannot read notebook m.ipynb: its JSON is not laid out as a Jupyter notebook"),
        ({"m.ipynb": '{"cells": 5, "nbformat": 4, "nbformat_minor": 5, "metadata": {}}'}, "broken",
         "cannot read notebook m.ipynb: its JSON is not laid out as a Jupyter notebook"),
        ({"m.py": b"\xff\xfe bad"}, "broken", "cannot read m.py"),
    ],
)
def test_read_source_kinds(tmp_path: Path, files: dict, kind: str, needle: str) -> None:
    for name, text in files.items():
        (tmp_path / name).write_bytes(text if isinstance(text, bytes) else text.encode())
    source = read_source(tmp_path, "m")
    assert source.kind == kind
    assert needle in (source.code + source.error)


@pytest.mark.parametrize(
    ("files", "newer", "kind", "note"),
    [
        (["m.py"], "", "py", ""),
        (["m.ipynb"], "", "ipynb", ""),
        (["m.py", "m.ipynb"], "m.ipynb", "py",
         ("both m.py and m.ipynb found: grading m.py (m.ipynb was modified later); remove or rename the one you do not "
          "want graded")),
        (["m.py", "m.ipynb"], "m.py", "py",
         "both m.py and m.ipynb found: grading m.py; remove or rename the one you do not want graded"),
    ],
)
def test_py_and_notebook_choice(tmp_path: Path, files: list[str], newer: str, kind: str, note: str) -> None:
    for name in files:
        if name.endswith(".py"):
            (tmp_path / name).write_text("x = 1\n")
        else:
            _notebook(tmp_path / name, ["y = 2"])
        stamp = 2_000_000_000 if name == newer else 1_000_000_000
        os.utime(tmp_path / name, (stamp, stamp))
    source = read_source(tmp_path, "m")
    assert (source.kind, source.note) == (kind, note)


def test_notebook_skips_magics_and_maps_lines(tmp_path: Path) -> None:
    _notebook(tmp_path / "m.ipynb", ["%matplotlib inline\nimport numpy as np", "!pip install x\nif True:\n    %time y = 1\n    z = 2", "%%bash\necho hi", "def f(:\n  pass"])
    source = read_source(tmp_path, "m")
    assert source.kind == "ipynb"
    assert [s.text.split()[0] for s in source.skipped] == ["%matplotlib", "!pip", "%time", "%%bash"]
    (finding,) = check_static(source, API)
    assert finding.kind == "syntax" and "cell 4, line 1" in finding.message


@pytest.mark.parametrize(
    ("code", "kinds", "needle"),
    [
        ("def f(x, w, b=None): pass\nclass M:\n def __init__(self, seed=0): pass\n def forward(self, x): pass\n", [], ""),
        ("def f(x, w, b=None): pass\n", ["missing"], "M is not defined"),
        ("def f(x, weights, b=None): pass\nclass M:\n def __init__(self): pass\n def forward(self, x): pass\n",
         ["signature", "signature"], "expected parameters (x, w, b); received (x, weights, b) at line 1"),
        ("def f(*args, **kw): pass\nclass M:\n def __init__(self, seed=0): pass\n", ["missing"], "M.forward"),
        ("if True:\n    def f(x, w, b=None, extra=3): pass\nfrom other import M\n", [], ""),
        ("def f(x, w\n", ["syntax"], "line 1"),
        ("x = 1\0\n", ["syntax"], "cannot parse"),
    ],
)
def test_static_findings(tmp_path: Path, code: str, kinds: list[str], needle: str) -> None:
    (tmp_path / "m.py").write_text(code)
    findings = check_static(read_source(tmp_path, "m"), API)
    assert [f.kind for f in findings] == kinds
    assert needle in " ".join(f.message for f in findings)


def test_static_pass_parses_one_thread_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Exercises are graded on threads; CPython 3.11's ast.parse is not safe to run concurrently
    (python/cpython#106905: "AST constructor recursion depth mismatch" failed a CI run)."""
    (tmp_path / "m.py").write_text("def f(x, w, b=None): pass\n")
    source = read_source(tmp_path, "m")
    inside, most, lock, parse = [0], [0], threading.Lock(), ast.parse

    def slow_parse(*args: object, **kwargs: object) -> ast.Module:
        with lock:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        time.sleep(0.02)
        with lock:
            inside[0] -= 1
        return parse(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ast, "parse", slow_parse)
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda _: check_static(source, API), range(8)))
    assert most[0] == 1


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("from .dense import dense_forward, dense_backward\n", {"dense_forward", "dense.dense_forward",
                                                                 "dense_backward", "dense.dense_backward"}),
        ("from . import conv2d\nimport numpy as np\n", {"conv2d", "numpy"}),
        ("import exercises.pooling\nfrom exercises import activations\n",
         {"pooling", "activations", "exercises.activations"}),
        ("def f(:\n", set()),
    ],
)
def test_imports_name_modules_and_the_functions_taken_from_them(code: str, expected: set[str]) -> None:
    assert imports(code) == expected


def test_notebook_cells_are_counted_with_markdown_and_future_imports_move_up(tmp_path: Path) -> None:
    """Jupyter accepts `from __future__` at the top of any cell; cells are numbered as derive numbers them."""
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_markdown_cell("# notes"), nbformat.v4.new_code_cell("import numpy as np"),
                      nbformat.v4.new_code_cell("from __future__ import annotations\ndef f(x: np.ndarray): pass"),
                      nbformat.v4.new_markdown_cell("more"), nbformat.v4.new_code_cell("def g(:\n  pass")]
    nbformat.write(notebook, tmp_path / "m.ipynb")
    source = read_source(tmp_path, "m")
    assert source.code.splitlines()[0] == "from __future__ import annotations"
    compile(source.code.replace("def g(:", "def g():"), "m.py", "exec")  # the future import is legal now
    (finding,) = check_static(source, API)
    assert "cell 5, line 1" in finding.message


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda d: (d / "m.py").symlink_to(Path(__file__)), "m.py is a link to elsewhere"),
        (lambda d: (d / "m.ipynb").symlink_to(Path(__file__)), "m.ipynb is a link to elsewhere"),
        (lambda d: (d / "m.py").mkdir(), "m.py is not a regular file"),
    ],
)
def test_links_and_folders_are_not_read(tmp_path: Path, make, needle: str) -> None:  # type: ignore[no-untyped-def]
    """A link could point the grader at the solutions; it reads only files inside the submission."""
    make(tmp_path)
    source = read_source(tmp_path, "m")
    assert source.kind == "broken" and needle in source.error


@pytest.mark.parametrize(
    ("cell", "skipped"),
    [
        ('s = """\n%d items\n!done\nwhat?\n"""\nprint(s % 3)', []),
        ("t = ('a'\n     '%b')\n%time x = 1", ["%time"]),
        ('f"""{1}\n%s"""\n!ls', ["!ls"]),
        ('u = """never closed\n%d', []),
    ],
    ids=["triple-quoted string", "implicit concatenation", "f-string", "unterminated string"],
)
def test_notebook_lines_inside_strings_are_code(tmp_path: Path, cell: str, skipped: list[str]) -> None:
    """A line that continues a string literal is text, whatever it starts with (it scored 0 before)."""
    _notebook(tmp_path / "m.ipynb", [cell])
    source = read_source(tmp_path, "m")
    assert [s.text.split()[0] for s in source.skipped] == skipped
    assert "%d" not in cell or "%d" in source.code


@pytest.mark.parametrize("suffix", [".py", ".ipynb"])
def test_oversized_exercise_files_are_refused_before_reading(tmp_path: Path, suffix: str) -> None:
    from checker.grade.submission import MAX_BYTES

    with open(tmp_path / f"m{suffix}", "wb") as f:
        f.truncate(MAX_BYTES[suffix] + 1)  # sparse: costs no disk
    source = read_source(tmp_path, "m")
    assert source.kind == "broken" and "MiB: expected at most" in source.error
