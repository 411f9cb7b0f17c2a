"""Reading what a sandboxed child wrote, without trusting any of it.

The child runs student code, so every file in its output directory may be forged, huge, a
symlink or a FIFO, and every value in its JSON records may be of any type or size. Files are
opened relative to the output directory's descriptor without following links, must be regular
and within the byte budget of the call and of the child (`Budget`); each is read at most once,
and only the files the call's record may name (`<id>.<k>.npy`, at most `wanted` of them). Arrays
must be plain numeric `.npy` (never pickle) whose header is sane and matches the file size; JSON
is parsed with a size cap. A record or array that breaks any of this makes that call "crashed:
unreadable result", never an exception in the grader. Text that reaches the report (messages,
tracebacks) is made printable (`printable`).
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from dataclasses import dataclass
from typing import Any

import numpy as np

NUMERIC_KINDS = "biuf"
KIND_NAMES = {"O": "Python objects", "U": "strings", "S": "bytes", "V": "records", "c": "complex numbers",
              "M": "dates", "m": "time deltas"}
MAX_DIMS, MAX_DIM = 32, 1 << 40
CALL_BYTES, CHILD_BYTES = 32 << 20, 96 << 20  # what the grader reads back per call and per child
RECORD_BYTES = 1 << 20

# the header NumPy writes (`np.lib.format.write_array`), parsed without ast.literal_eval (~10x faster)
_HEADER = re.compile(rb"\{'descr': '([<>|=]?[a-zA-Z][0-9]*)', 'fortran_order': (True|False), "
                     rb"'shape': \(((?:[0-9]+, ?)*[0-9]*)\), \} *\n")


class Unreadable(Exception):
    """A result file or record the grader refuses to read; its message says why."""


def printable(value: Any, limit: int) -> str:
    """`value` as text of at most `limit` characters that any report can carry: control characters,
    lone surrogates and other unprintable code points are written as escapes."""
    text = value if isinstance(value, str) else str(value)
    text = text[: limit * 2]
    if not text.isprintable():
        text = "".join(c if c.isprintable() or c in "\n\t" else ascii(c)[1:-1] for c in text)
    return text[:limit]


def _sane(shape: Any, fortran: Any, dtype: Any) -> tuple[tuple[int, ...], bool, np.dtype[Any]]:
    if not isinstance(shape, tuple) or len(shape) > MAX_DIMS or not isinstance(fortran, bool) \
            or not isinstance(dtype, np.dtype):
        raise ValueError("a malformed header")
    if not all(isinstance(n, int) and not isinstance(n, bool) and 0 <= n < MAX_DIM for n in shape):
        raise ValueError(f"an impossible shape {printable(shape, 60)}")
    return shape, fortran, dtype


def read_header(f: Any) -> tuple[tuple[int, ...], bool, np.dtype[Any]]:
    """Shape, Fortran order and dtype from an open `.npy` stream, left at the data.

    Raises ValueError for any header NumPy would not write (negative or absurd dimensions
    included). Headers in another key order are read by NumPy's own parser.
    """
    try:
        version = np.lib.format.read_magic(f)
        start = f.tell()
        length = int.from_bytes(f.read(2 if version == (1, 0) else 4), "little")
        match = _HEADER.fullmatch(f.read(min(length, 1 << 16)))
        if match is None:
            f.seek(start)
            reader = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
            return _sane(*reader(f))
        shape = tuple(int(n) for n in match[3].split(b",") if n.strip())
        return _sane(shape, match[2] == b"True", np.dtype(match[1].decode()))
    except ValueError:
        raise
    except Exception as error:  # noqa: BLE001  NumPy's parser raises SyntaxError, TypeError, OverflowError...
        raise ValueError(f"not a NumPy array header ({type(error).__name__})") from None


@dataclass(frozen=True)
class Rejected:
    """A returned value the grader refuses to compare, and why."""

    reason: str


@dataclass
class Budget:
    """Bytes the grader still reads back from one child (`CHILD_BYTES`); each call gets `CALL_BYTES`."""

    left: int = CHILD_BYTES

    def take(self, size: int, call_left: list[int]) -> None:
        if size > call_left[0] or size > self.left:
            raise Unreadable(f"more than {min(call_left[0], self.left) >> 20} MiB of results")
        call_left[0] -= size
        self.left -= size


def _open(directory: int, name: str, flags: int = 0) -> int:
    try:
        return os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | flags, dir_fd=directory)
    except OSError as error:
        raise Unreadable(f"{name} missing or not a file ({error.strerror})") from None


def _read(directory: int, name: str, max_bytes: int, charge: Any = None) -> bytes:
    """The bytes of regular file `name` (no link followed), at most `max_bytes`; `charge(size)` may refuse."""
    fd = _open(directory, name)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Unreadable(f"{name} is not a regular file")
        if info.st_size > max_bytes:
            raise Unreadable(f"{name} has {info.st_size} bytes, more than {max_bytes}")
        if charge is not None:
            charge(info.st_size)
        with os.fdopen(os.dup(fd), "rb") as f:
            data = f.read(max_bytes + 1)
    finally:
        os.close(fd)
    if len(data) > max_bytes or (charge is not None and len(data) != info.st_size):
        raise Unreadable(f"{name} changed while it was read")
    return data


def read_json(directory: int, name: str, max_bytes: int = RECORD_BYTES) -> dict[str, Any]:
    """A JSON object; Unreadable when the file is missing, too big, not JSON or not an object."""
    try:
        value = json.loads(_read(directory, name, max_bytes))
    except (ValueError, RecursionError, UnicodeDecodeError) as error:
        raise Unreadable(f"{name} is not JSON ({type(error).__name__})") from None
    if not isinstance(value, dict):
        raise Unreadable(f"{name} is not a JSON object")
    return value


def parse_array(data: bytes) -> np.ndarray | Rejected:
    """A numeric array from the bytes of a `.npy` file; Rejected for non-numeric data (the child
    returned strings or objects); Unreadable for a broken file."""
    view = memoryview(data)
    stream = _Stream(view)
    try:
        shape, fortran, dtype = read_header(stream)
    except ValueError as error:
        raise Unreadable(str(error)) from None
    if dtype.hasobject or dtype.kind not in NUMERIC_KINDS:
        kind = KIND_NAMES.get(dtype.kind, printable(dtype, 40))
        return Rejected(f"an array of {kind} (dtype {printable(dtype, 40)}); expected numbers")
    count = math.prod(shape)
    if count * dtype.itemsize != len(data) - stream.at:
        raise Unreadable("an array file whose size does not match its header")
    array = np.frombuffer(data, dtype=dtype, count=count, offset=stream.at)
    array = array.reshape(shape, order="F" if fortran else "C").copy(order="C")
    return array.astype(array.dtype.newbyteorder("="), copy=False)


class _Stream:
    """The little of a file object that NumPy's header readers use, over bytes in memory."""

    def __init__(self, data: memoryview) -> None:
        self.data, self.at = data, 0

    def read(self, size: int = -1) -> bytes:
        end = len(self.data) if size < 0 else self.at + size
        chunk = bytes(self.data[self.at:end])
        self.at += len(chunk)
        return chunk

    def tell(self) -> int:
        return self.at

    def seek(self, at: int) -> None:
        self.at = at


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
    seconds: float | None = None  # the grader's measurements (watch.py), never a record's
    proxy_seconds: float | None = None
    wall: float | None = None  # wall seconds from its start to its end, on the grader's clock (watch.py)
    paths: tuple[str, ...] = ()  # where each output sits in a nested return value (keep "flat")
    container: tuple[str, int] | None = None  # ("tuple" | "list", items): the outputs came in one


def _values(out: int, call_id: str, suffix: str, described: Any, wanted: int | None, budget: Budget,
            call_left: list[int]) -> tuple[Value, ...]:
    """The values a record describes; only files named `<id><suffix>.<k>.npy` (each read once)."""
    if not isinstance(described, list):
        return ()
    values: list[Value] = []
    for k, item in enumerate(described[: 64 if wanted is None else wanted]):
        kind = item.get("kind") if isinstance(item, dict) else None
        if kind == "none":
            values.append(None)
        elif kind == "array":
            if item.get("file") != f"{call_id}{suffix}.{k}.npy":
                raise Unreadable("a record naming another call's file")
            data = _read(out, item["file"], CALL_BYTES, lambda size: budget.take(size, call_left))
            values.append(parse_array(data))
        else:
            what = printable(item.get("type", "?"), 40) if isinstance(item, dict) else "?"
            values.append(Rejected(_not_numbers(what)))
    return tuple(values)


def _not_numbers(kind: str) -> str:
    """A returned value NumPy could not make a numeric array of, in the student's terms (never
    NumPy's own error text: the child's process may word it any way)."""
    if kind in ("list", "tuple"):
        return f"a {kind} that is not an array of numbers (items of different lengths, or not numbers?)"
    return f"a value of type {kind}, not an array of numbers"


def read_outcome(out: int, call_id: str, budget: Budget, wanted: int | None = None) -> Outcome:
    """What the child recorded for one call in the directory `out` (a descriptor): its status and
    values, at most `wanted` outputs; "crashed: unreadable result" when anything is malformed."""
    try:
        return _outcome(out, call_id, budget, wanted)
    except Unreadable as error:
        return Outcome(call_id, "crashed", f"unreadable result: {error}")
    except (OSError, ValueError, TypeError, OverflowError, MemoryError) as error:
        return Outcome(call_id, "crashed", f"unreadable result ({type(error).__name__})")


def _outcome(out: int, call_id: str, budget: Budget, wanted: int | None) -> Outcome:
    record = read_json(out, f"{call_id}.json")
    if record.get("id") != call_id:
        raise Unreadable("a record of another call (was the output overwritten?)")
    if record.get("status") == "skipped":
        return Outcome(call_id, "skipped", printable(record.get("message", ""), 200))
    if record.get("status") != "ok":
        error = record.get("error") if isinstance(record.get("error"), dict) else {}
        lines = error.get("traceback") if isinstance(error.get("traceback"), list) else []
        return Outcome(call_id, "error", printable(error.get("message", "error"), 500),
                       tuple(printable(x, 300) for x in lines[:8]))
    call_left = [CALL_BYTES]
    paths = record.get("paths")
    container = record.get("container")
    if not (isinstance(container, list) and len(container) == 2 and container[0] in ("tuple", "list")
            and isinstance(container[1], int) and not isinstance(container[1], bool) and 0 <= container[1] < MAX_DIM):
        container = None
    return Outcome(
        call_id, "ok", "",
        outputs=_values(out, call_id, "", record.get("outputs"), wanted, budget, call_left),
        watched=_values(out, call_id, ".w", record.get("watched"), None, budget, call_left),
        paths=tuple(printable(p, 80) for p in paths[:64]) if isinstance(paths, list) else (),
        container=(container[0], container[1]) if container else None,
    )
