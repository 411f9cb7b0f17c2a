"""The reference data: where it lives, how its arrays are named, and its sha256 verification.

`grader refs build` (checker/reference/build.py) writes one compressed `.npz` per exercise and a
`manifest.json` holding each file's sha256; `grader hidden build` writes the same kind of
folder. Grading reads them here and nowhere else, and so does the builder: both sides name an
array with `key` and its helpers, and check a folder with `verify_files`.

An array's key is the case (or scenario) name, the variant number and what the array is, joined
by ``|``: ``"dense batch 4|0|a1"`` (argument 1), ``"...|dout"`` (the backward's upstream
gradient), ``"...|e2"`` (expected output 2), ``"...|m0"`` (the output of known mistake 0); a
scenario's step adds its id (``"ConvNet|0|grads|e3"``), and its inputs their name and place
(``"ConvNet|0|weights|4"``).
"""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path
from typing import Any

import numpy as np

from checker.errors import InputFileError
from checker.grade.transport import read_header

DATA = Path(__file__).parents[1] / "reference" / "data"
MANIFEST = "manifest.json"


def key(*parts: object) -> str:
    """``key("dense batch 4", 0, "a1")`` -> ``"dense batch 4|0|a1"``."""
    return "|".join(str(p) for p in parts)


def arg(case: str, variant: int, i: int) -> str:
    return key(case, variant, f"a{i}")


def dout(case: str, variant: int) -> str:
    return key(case, variant, "dout")


def expected(case: str, variant: int, j: int, step: str = "") -> str:
    """Expected output `j` of a case, or of a scenario's `step`."""
    return key(case, variant, *filter(None, (step,)), f"e{j}")


def mistake(case: str, variant: int, m: int, step: str = "", part: int | None = None) -> str:
    """The output of known mistake `m` of a case, or part `part` of a scenario step's."""
    return key(case, variant, *filter(None, (step,)), f"m{m}", *(() if part is None else (part,)))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def verify(data: Path = DATA) -> dict[str, Any]:
    """The manifest, after checking every data file against its sha256."""
    path = data / MANIFEST
    if not path.is_file():
        raise InputFileError("reference data (manifest.json)", f"nothing at {path}", "Run `grader refs build`.")
    manifest = json.loads(path.read_text())
    verify_files(data, manifest["files"], "Run `grader refs build` (or reinstall the grader) to restore it.")
    return manifest


def verify_files(directory: Path, files: dict[str, Any], remedy: str, *, by_path: bool = False) -> None:
    """Check each file of `files` (name -> sha256) in `directory`: the first one missing, changed
    or not directly in `directory` is an InputFileError with `remedy`, naming the file by its name
    (`by_path`: by its path)."""
    for name, digest in files.items():
        file = directory / str(name)
        if "/" in str(name) or not file.is_file() or sha256(file) != digest:
            raise InputFileError(f"{file if by_path else name} with sha256 {str(digest)[:12]}…",
                                 "a missing or changed file", remedy)


class Arrays(dict[str, np.ndarray]):
    """Reference `.npz` files (the shipped one, the hidden one; hash-verified, written by NumPy)
    whose arrays are each read (and decompressed) once, read-only."""

    def __init__(self, *npz: Any) -> None:
        super().__init__()
        self.where = {k: f for f in npz for k in f.files}
        self.files = list(self.where)

    def __missing__(self, name: str) -> np.ndarray:
        with self.where[name].zip.open(f"{name}.npy") as f:
            shape, fortran, dtype = read_header(f)
            data = f.read()
        array = np.frombuffer(data, dtype, math.prod(shape)).reshape(shape, order="F" if fortran else "C")
        self[name] = array
        return array
