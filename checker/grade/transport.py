"""Reading what a sandboxed child wrote, without trusting any of it.

The child runs student code, so every file in its output directory may be forged, huge, a
symlink or a FIFO. Files are opened without following links, must be regular and small
enough, arrays must be plain numeric `.npy` (never pickle) whose header matches their size,
and JSON is parsed with a size cap. `read_outcome` turns one call's record into an `Outcome`.
"""

from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

NUMERIC_KINDS = "biuf"
KIND_NAMES = {"O": "Python objects", "U": "strings", "S": "bytes", "V": "records", "c": "complex numbers",
              "M": "dates", "m": "time deltas"}


# the header NumPy writes (`np.lib.format.write_array`), parsed without ast.literal_eval (~10x faster)
_HEADER = re.compile(rb"\{'descr': '([<>|=]?[a-zA-Z][0-9]*)', 'fortran_order': (True|False), "
                     rb"'shape': \(((?:[0-9]+, ?)*[0-9]*)\), \} *\n")


def read_header(f: Any) -> tuple[tuple[int, ...], bool, np.dtype[Any]]:
    """Shape, Fortran order and dtype from an open `.npy` stream, left at the data.

    Raises ValueError (or SyntaxError, TypeError from NumPy's parser) for a broken header.
    Headers in any other layout are read by NumPy's own parser.
    """
    version = np.lib.format.read_magic(f)
    start = f.tell()
    size = 2 if version == (1, 0) else 4
    length = int.from_bytes(f.read(size), "little")
    match = _HEADER.fullmatch(f.read(length))
    if match is None:
        f.seek(start)
        reader = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
        shape, fortran, dtype = reader(f)
        return shape, fortran, dtype
    shape = tuple(int(n) for n in match[3].split(b",") if n.strip())
    return shape, match[2] == b"True", np.dtype(match[1].decode())


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
            shape, fortran, dtype = read_header(f)
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


Value = np.ndarray | Rejected | None


@dataclass(frozen=True, eq=False)
class Outcome:
    """What became of one call. status: ok, error, timeout, crashed, skipped."""

    id: str
    status: str
    message: str = ""
    traceback: tuple[str, ...] = ()
    outputs: tuple[Value, ...] = ()
    watched: tuple[Value, ...] = ()
    seconds: float | None = None
    proxy_seconds: float | None = None
    paths: tuple[str, ...] = ()  # where each output sits in a nested return value (keep "flat")


def _values(out: Path, described: Any, max_bytes: int) -> tuple[Value, ...]:
    if not isinstance(described, list):
        return ()
    values: list[Value] = []
    for item in described[:64]:
        kind = item.get("kind") if isinstance(item, dict) else None
        if kind == "none":
            values.append(None)
        elif kind == "array" and isinstance(item.get("file"), str) and "/" not in item["file"]:
            values.append(read_array(out / item["file"], max_bytes))
        else:
            what = item.get("type", "?") if isinstance(item, dict) else "?"
            why = str(item.get("why", ""))[:120] if isinstance(item, dict) else ""
            values.append(Rejected(f"a value of type {str(what)[:40]} that could not be sent back as a numeric array"
                                   + (f" ({why})" if why else "")))
    return tuple(values)


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def read_outcome(out: Path, call_id: str, max_bytes: int) -> Outcome:
    """What the child recorded for one call in `out`: its status, values and timings."""
    record = read_json(out / f"{call_id}.json")
    if record is None or record.get("id") != call_id:
        return Outcome(call_id, "crashed", "no readable result (was the output overwritten?)")
    if record.get("status") == "skipped":
        return Outcome(call_id, "skipped", str(record.get("message", ""))[:200])
    if record.get("status") != "ok":
        error = record.get("error") if isinstance(record.get("error"), dict) else {}
        lines = error.get("traceback") if isinstance(error.get("traceback"), list) else []
        return Outcome(call_id, "error", str(error.get("message", "error"))[:500], tuple(str(x)[:300] for x in lines[:8]))
    return Outcome(
        call_id, "ok", "",
        outputs=_values(out, record.get("outputs"), max_bytes),
        watched=_values(out, record.get("watched"), max_bytes),
        seconds=_number(record.get("seconds")), proxy_seconds=_number(record.get("proxy_seconds")),
        paths=tuple(str(p)[:80] for p in paths[:64]) if isinstance(paths := record.get("paths"), list) else (),
    )
