"""Child messages in the submission's terms: missing sibling modules, notebook places, output limit,
refused system calls."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from checker.grade.submission import Reader
from checker.grade.transport import Outcome
from checker.grade.wording import reword


@pytest.fixture
def submission(tmp_path: Path) -> Path:
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_markdown_cell("# dense"), nbformat.v4.new_code_cell("import numpy as np"),
                      nbformat.v4.new_code_cell("x = 1\ny = undefined + 1")]
    nbformat.write(notebook, tmp_path / "dense.ipynb")
    (tmp_path / "pooling.py").write_text("import numpy as np\n")
    return tmp_path


@pytest.mark.parametrize(
    ("message", "traceback", "expected_message", "expected_frame"),
    [
        ("ModuleNotFoundError: No module named 'exercises.conv2d'", (),
         "ModuleNotFoundError: imports conv2d, but no conv2d.py or conv2d.ipynb was submitted", None),
        ("the module could not be imported: ModuleNotFoundError: No module named 'exercises.pooling'", (),
         "the module could not be imported: ModuleNotFoundError: imports pooling (pooling.py), which could not be "
         "loaded (see that exercise)",
         None),
        ("ModuleNotFoundError: No module named 'conv2d'", (),
         "ModuleNotFoundError: imports conv2d, but no conv2d.py or conv2d.ipynb was submitted", None),
        ("ModuleNotFoundError: No module named 'matplotlib'", (),
         "ModuleNotFoundError: imports matplotlib, which is not installed beside the grader (install it in the "
         "grader's Python environment, or do without it)", None),
        ("the module could not be imported: ModuleNotFoundError: No module named 'sklearn.datasets'", (),
         "the module could not be imported: ModuleNotFoundError: imports sklearn.datasets, which is not installed "
         "beside the grader (install it in the grader's Python environment, or do without it)", None),
        ("NameError: name 'undefined' is not defined", ("  dense.py, line 4, in <module>: y = undefined + 1",),
         "NameError: name 'undefined' is not defined", "  dense.ipynb, cell 3, line 2, in <module>: y = undefined + 1"),
        ("the module could not be imported: OSError: [Errno 27] File too large", (),
         "the module could not be imported: wrote more than the sandbox's 64 MiB limit on output "
         "(printing or writing too much?)", None),
        ("ValueError: bad (pooling.py, line 1, in f: x)", (), "ValueError: bad (pooling.py, line 1, in f: x)", None),
        ("PermissionError: [Errno 1] Operation not permitted", (),
         ("PermissionError: [Errno 1] Operation not permitted (the sandbox runs your code as one process without "
          "network: new processes (subprocess, multiprocessing, os.fork), sockets and a few system calls are "
          "refused; threads are fine)"), None),
        ("PermissionError: [Errno 13] Permission denied: '/etc/x'", (),
         "PermissionError: [Errno 13] Permission denied: '/etc/x'", None),
    ],
)
def test_reword(submission: Path, message: str, traceback: tuple[str, ...], expected_message: str,
                expected_frame: str | None) -> None:
    got = reword(Outcome("c0", "error", message, traceback), Reader(submission), 64)
    assert got.message == expected_message
    if expected_frame is not None:
        assert got.traceback == (expected_frame,)
