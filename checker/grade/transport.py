"""Reading what a sandboxed child wrote, without trusting any of it.

The child runs student code, so every file in its output directory may be forged, huge, a
symlink or a FIFO. Files are opened without following links, must be regular and small
enough, arrays must be plain numeric `.npy` (never pickle) whose header matches their size,
and JSON is parsed with a size cap.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

NUMERIC_KINDS = "biuf"
KIND_NAMES = {"O": "Python objects", "U": "strings", "S": "bytes", "V": "records", "c": "complex numbers",
              "M": "dates", "m": "time deltas"}


@dataclass(frozen=True)
class Rejected:
    """A returned value the grader refuses to compare, and why."""

    reason: str


def _open(path: Path, max_bytes: int) -> tuple[int, int] | str:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as error:
        return f"missing or unreadable ({error.strerror})"
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        return "not a regular file"
    if info.st_size > max_bytes:
        os.close(fd)
        return f"{info.st_size} bytes, more than the limit of {max_bytes}"
    return fd, info.st_size


def read_json(path: Path, max_bytes: int = 1 << 20) -> dict[str, Any] | None:
    """A JSON object, or None when the file is missing, too big or not an object."""
    opened = _open(path, max_bytes)
    if isinstance(opened, str):
        return None
    fd, _ = opened
    with os.fdopen(fd, "rb") as f:
        try:
            value = json.loads(f.read(max_bytes))
        except (ValueError, RecursionError):
            return None
    return value if isinstance(value, dict) else None


def read_array(path: Path, max_bytes: int) -> np.ndarray | Rejected:
    """A numeric array from a `.npy` file, or the reason it is refused."""
    opened = _open(path, max_bytes)
    if isinstance(opened, str):
        return Rejected(f"output file {opened}")
    fd, size = opened
    with os.fdopen(fd, "rb") as f:
        try:
            version = np.lib.format.read_magic(f)
            if version == (1, 0):
                shape, fortran, dtype = np.lib.format.read_array_header_1_0(f)
            else:
                shape, fortran, dtype = np.lib.format.read_array_header_2_0(f)
        except (ValueError, OSError, SyntaxError, TypeError) as error:
            return Rejected(f"not a NumPy array file ({error})")
        if dtype.hasobject or dtype.kind not in NUMERIC_KINDS:
            kind = KIND_NAMES.get(dtype.kind, str(dtype))
            return Rejected(f"an array of {kind} (dtype {dtype}); expected numbers")
        count = int(np.prod(shape, dtype=np.int64)) if shape else 1
        if count * dtype.itemsize != size - f.tell():
            return Rejected("array file whose size does not match its header")
        try:
            array = np.fromfile(f, dtype=dtype, count=count)
        except (ValueError, OSError) as error:
            return Rejected(f"unreadable array data ({error})")
    array = array.reshape(shape, order="F" if fortran else "C").copy(order="C")
    return array.astype(array.dtype.newbyteorder("="), copy=False)
