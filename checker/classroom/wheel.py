"""A wheel of the installed grader, made from its own files: what a Gradescope bundle installs.

Pure Python, so a wheel is a zip with the package, its metadata (the installed distribution's
name, version, Python and dependencies, read with importlib.metadata) and a RECORD of hashes.
Made from whatever runs (a release, an editable checkout), so the bundle grades exactly as this
grader does; the exercise skeletons go in as package data for `grader init`.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata
import zipfile
from pathlib import Path

import checker
from checker.classroom.repository import skeletons

PACKAGE = Path(checker.__file__).resolve().parent
SKIP = ("__pycache__", ".pyc", ".pyo")


def _files() -> list[tuple[str, bytes]]:
    found = [(path.relative_to(PACKAGE.parent).as_posix(), path.read_bytes())
             for path in sorted(PACKAGE.rglob("*")) if path.is_file() and not any(s in str(path) for s in SKIP)]
    shipped = {name for name, _ in found}
    inside = PACKAGE / "classroom" / "skeletons"
    for path in sorted(skeletons().rglob("*")):  # from a checkout: its exercises/ folder
        name = (inside / path.relative_to(skeletons())).relative_to(PACKAGE.parent).as_posix()
        if path.is_file() and name not in shipped and not any(s in str(path) for s in SKIP):
            found.append((name, path.read_bytes()))
    return found


def _metadata() -> tuple[str, str]:
    dist = importlib.metadata.distribution("grader")
    lines = ["Metadata-Version: 2.1", "Name: grader", f"Version: {dist.version}",
             f"Requires-Python: {dist.metadata['Requires-Python'] or '>=3.10'}"]
    lines += [f"Requires-Dist: {requirement}" for requirement in dist.requires or ()]
    return dist.version, "\n".join(lines) + "\n"


def _digest(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def build_wheel(folder: Path) -> Path:
    """Write `grader-<version>-py3-none-any.whl` into `folder`; its path."""
    version, metadata = _metadata()
    info = f"grader-{version}.dist-info"
    files = [*_files(), (f"{info}/METADATA", metadata.encode()),
             (f"{info}/WHEEL", b"Wheel-Version: 1.0\nGenerator: grader\nRoot-Is-Purelib: true\nTag: py3-none-any\n"),
             (f"{info}/entry_points.txt", b"[console_scripts]\ngrader = checker.cli:app\n")]
    record = "".join(f"{name},{_digest(data)},{len(data)}\n" for name, data in files) + f"{info}/RECORD,,\n"
    path = folder / f"grader-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as wheel:
        for name, data in [*files, (f"{info}/RECORD", record.encode())]:
            wheel.writestr(name, data)
    return path
