"""`transport.read_array` reads what NumPy writes, by its own fast header parser or NumPy's,
and refuses anything else with a reason."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest

from checker.grade.transport import Rejected, read_array, read_header


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
def test_what_numpy_writes_comes_back_equal(tmp_path: Path, name: str) -> None:
    array = ARRAYS[name]
    (tmp_path / "a.npy").write_bytes(_npy(array))
    numpy_says = io.BytesIO(_npy(array))
    np.lib.format.read_magic(numpy_says)
    with open(tmp_path / "a.npy", "rb") as f:
        assert read_header(f) == np.lib.format.read_array_header_1_0(numpy_says)
    got = read_array(tmp_path / "a.npy", 1 << 20)
    assert isinstance(got, np.ndarray) and got.shape == array.shape and np.array_equal(got, array)
    assert got.dtype == array.dtype.newbyteorder("=") and got.flags.c_contiguous


@pytest.mark.parametrize(("label", "content", "expected"), [
    ("keys in another order (NumPy's parser)", _forged("{'shape': (2,), 'descr': '<f8', 'fortran_order': False}",
                                                       np.arange(2.0).tobytes()), np.arange(2.0)),
    ("version 2 header", _forged("{'descr': '<i8', 'fortran_order': False, 'shape': (3,), }",
                                 np.arange(3).tobytes(), version=2), np.arange(3)),
    ("shape larger than the data", _forged("{'descr': '<f8', 'fortran_order': False, 'shape': (9,), }",
                                           np.arange(2.0).tobytes()), "does not match its header"),
    ("objects", _forged("{'descr': '|O', 'fortran_order': False, 'shape': (1,), }", b"\x00" * 8), "Python objects"),
    ("a call in the header", _forged("{'descr': __import__('os').getcwd(), 'fortran_order': False, 'shape': (1,), }",
                                     b"\x00" * 8), "not a NumPy array file"),
    ("no header", b"\x93NUMPY\x01\x00\xff\xff{", "not a NumPy array file"),
    ("not npy at all", b"hello", "not a NumPy array file"),
])
def test_other_headers_are_parsed_by_numpy_or_refused(tmp_path: Path, label: str, content: bytes,
                                                      expected: np.ndarray | str) -> None:
    (tmp_path / "a.npy").write_bytes(content)
    got = read_array(tmp_path / "a.npy", 1 << 20)
    if isinstance(expected, str):
        assert isinstance(got, Rejected) and expected in got.reason, got
    else:
        assert isinstance(got, np.ndarray) and np.array_equal(got, expected)
