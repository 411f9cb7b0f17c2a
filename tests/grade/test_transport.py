"""`transport`: what NumPy writes comes back equal; anything else a child can write is refused for
that call only ("crashed: unreadable result"), within byte budgets, and never raises."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from checker.grade import transport
from checker.grade.transport import Budget, Rejected, parse_array, printable, read_header, read_outcome


def _npy(array: np.ndarray) -> bytes:
    out = io.BytesIO()
    np.lib.format.write_array(out, array, allow_pickle=False)
    return out.getvalue()


def _forged(header: str, data: bytes, version: int = 1) -> bytes:
    text = header.encode() + b"\n"
    size = (len(text)).to_bytes(2 if version == 1 else 4, "little")
    return b"\x93NUMPY" + bytes([version, 0]) + size + text + data


ARRAYS = {
    "float64 matrix": np.arange(6.0).reshape(2, 3),
    "scalar": np.array(2.5),
    "vector of one": np.array([7], dtype=np.int32),
    "empty": np.zeros((0, 4)),
    "Fortran order": np.asfortranarray(np.arange(12.0).reshape(3, 4)),
    "big-endian": np.arange(4, dtype=">f4"),
    "bool": np.array([True, False]),
    "4-d uint8": np.ones((2, 1, 3, 2), dtype=np.uint8),
}


@pytest.mark.parametrize("name", sorted(ARRAYS))
def test_what_numpy_writes_comes_back_equal(name: str) -> None:
    array = ARRAYS[name]
    numpy_says = io.BytesIO(_npy(array))
    np.lib.format.read_magic(numpy_says)
    assert read_header(io.BytesIO(_npy(array))) == np.lib.format.read_array_header_1_0(numpy_says)
    got = parse_array(_npy(array))
    assert isinstance(got, np.ndarray) and got.shape == array.shape and np.array_equal(got, array)
    assert got.dtype == array.dtype.newbyteorder("=") and got.flags.c_contiguous


@pytest.mark.parametrize(("label", "content", "expected"), [
    ("keys in another order (NumPy's parser)", _forged("{'shape': (2,), 'descr': '<f8', 'fortran_order': False}",
                                                       np.arange(2.0).tobytes()), np.arange(2.0)),
    ("version 2 header", _forged("{'descr': '<i8', 'fortran_order': False, 'shape': (3,), }",
                                 np.arange(3).tobytes(), version=2), np.arange(3)),
    ("objects", _forged("{'descr': '|O', 'fortran_order': False, 'shape': (1,), }", b"\x00" * 8), "Python objects"),
    ("strings", _npy(np.array(["ab", "c"])), "an array of strings"),
])
def test_other_headers_are_parsed_by_numpy_or_rejected(label: str, content: bytes, expected: np.ndarray | str) -> None:
    got = parse_array(content)
    if isinstance(expected, str):
        assert isinstance(got, Rejected) and expected in got.reason, got
    else:
        assert isinstance(got, np.ndarray) and np.array_equal(got, expected)


@pytest.fixture
def out(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    fd = os.open(tmp_path, os.O_RDONLY | os.O_DIRECTORY)
    yield tmp_path, fd
    os.close(fd)


def _record(directory: Path, outputs: list[object], call: str = "c0", **extra: object) -> None:
    (directory / f"{call}.json").write_text(json.dumps({"id": call, "status": "ok", "outputs": outputs, **extra}))


def _array_file(directory: Path, content: bytes, name: str = "c0.0.npy") -> dict[str, str]:
    (directory / name).write_bytes(content)
    return {"kind": "array", "file": name}


BROKEN = {
    "shape (2**32, 2**32)": _forged("{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, 4294967296), }", b""),
    "shape (-1, -8)": _forged("{'descr': '<f8', 'fortran_order': False, 'shape': (-1, -8), }", b"\x00" * 64),
    "shape (10**20, 0)": _forged("{'descr': '<f8', 'fortran_order': False, 'shape': (100000000000000000000, 0), }", b""),
    "shape larger than the data": _forged("{'descr': '<f8', 'fortran_order': False, 'shape': (9,), }", b"\x00" * 16),
    "a call in the header": _forged("{'descr': __import__('os').getcwd(), 'fortran_order': False, 'shape': (1,), }",
                                    b"\x00" * 8),
    "shape not a tuple": _forged("{'descr': '<f8', 'fortran_order': False, 'shape': 3, }", b"\x00" * 24),
    "no header": b"\x93NUMPY\x01\x00\xff\xff{",
    "not npy at all": b"hello",
    "empty file": b"",
}


@pytest.mark.parametrize("label", sorted(BROKEN))
def test_malformed_arrays_make_that_call_unreadable(out: tuple[Path, int], label: str) -> None:
    directory, fd = out
    _record(directory, [_array_file(directory, BROKEN[label])])
    got = read_outcome(fd, "c0", Budget())
    assert (got.status, got.message.split(":")[0]) == ("crashed", "unreadable result"), got


@pytest.mark.parametrize(("label", "record"), [
    ("a number of 400 digits", '{"id": "c0", "status": "ok", "seconds": 1' + "0" * 400 + "}"),
    ("a number of 5000 digits", '{"id": "c0", "status": "ok", "outputs": [' + "9" * 5000 + "]}"),
    ("nested 100000 deep", '{"id": "c0", "status": "ok", "outputs": ' + "[" * 100000 + "]" * 100000 + "}"),
    ("not an object", "[1, 2]"),
    ("another call's id", '{"id": "c1", "status": "ok"}'),
    ("not UTF-8", b'{"id": "c0", "status": "\xff"}'),
])
def test_malformed_records_never_raise(out: tuple[Path, int], label: str, record: str | bytes) -> None:
    directory, fd = out
    (directory / "c0.json").write_bytes(record if isinstance(record, bytes) else record.encode())
    got = read_outcome(fd, "c0", Budget())
    assert got.status in ("crashed", "ok"), got
    assert got.seconds is None


def test_a_file_named_many_times_is_refused_not_read_many_times(out: tuple[Path, int]) -> None:
    directory, fd = out
    item = _array_file(directory, _npy(np.zeros(1000)))
    _record(directory, [item] * 64)
    budget = Budget()
    got = read_outcome(fd, "c0", budget)
    assert got.status == "crashed" and "another call's file" in got.message
    assert budget.left == transport.CHILD_BYTES - len(_npy(np.zeros(1000)))  # read once, then refused


def test_only_the_wanted_outputs_are_read(out: tuple[Path, int]) -> None:
    directory, fd = out
    items = [_array_file(directory, _npy(np.full(3, k, dtype=float)), f"c0.{k}.npy") for k in range(5)]
    _record(directory, items)
    budget = Budget()
    got = read_outcome(fd, "c0", budget, wanted=2)
    assert got.status == "ok" and len(got.outputs) == 2
    assert budget.left == transport.CHILD_BYTES - 2 * len(_npy(np.zeros(3)))


def test_byte_budgets_per_call_and_per_child(out: tuple[Path, int], monkeypatch: pytest.MonkeyPatch) -> None:
    directory, fd = out
    monkeypatch.setattr(transport, "CALL_BYTES", 3000)
    items = [_array_file(directory, _npy(np.zeros(200)), f"c0.{k}.npy") for k in range(2)]  # 2 x 1728 bytes
    _record(directory, items)
    got = read_outcome(fd, "c0", Budget())
    assert got.status == "crashed" and "MiB of results" in got.message
    _record(directory, items[:1])
    budget = Budget(left=2000)
    assert read_outcome(fd, "c0", budget).status == "ok"
    assert read_outcome(fd, "c0", budget).status == "crashed"  # the child's budget is spent


@pytest.mark.parametrize("kind", ["symlink", "fifo", "directory"])
def test_only_regular_files_are_read(out: tuple[Path, int], kind: str) -> None:
    directory, fd = out
    target = directory / "c0.0.npy"
    if kind == "symlink":
        (directory / "real.npy").write_bytes(_npy(np.zeros(2)))
        target.symlink_to(directory / "real.npy")
    elif kind == "fifo":
        os.mkfifo(target)
    else:
        target.mkdir()
    _record(directory, [{"kind": "array", "file": "c0.0.npy"}])
    assert read_outcome(fd, "c0", Budget()).status == "crashed"


@pytest.mark.parametrize(("text", "expected"), [
    ("plain text", "plain text"),
    ("lone \ud800 surrogate", "lone \\ud800 surrogate"),
    ("bell\x07 and \x1b[31mcolour", "bell\\x07 and \\x1b[31mcolour"),
    ("keeps\nnew lines\tand tabs", "keeps\nnew lines\tand tabs"),
    ("x" * 50, "x" * 10),
])
def test_printable(text: str, expected: str) -> None:
    got = printable(text, 10 if len(text) == 50 else 100)
    assert got == expected
    got.encode("utf-8")


def test_messages_reach_the_report_printable(out: tuple[Path, int]) -> None:
    directory, fd = out
    error = {"type": "ValueError", "message": "ValueError: \ud83d\x00", "traceback": ["  m.py, line 1, in f: \udfff"]}
    (directory / "c0.json").write_text(json.dumps({"id": "c0", "status": "error", "error": error}))
    got = read_outcome(fd, "c0", Budget())
    json.dumps([got.message, *got.traceback], ensure_ascii=False).encode("utf-8")
