"""Offline data: scikit-learn's bundled sets, and MNIST read from files made here."""

from __future__ import annotations

import gzip
import struct
import sys
from pathlib import Path

import numpy as np
import pytest
from sklearn import datasets
from sklearn.model_selection import train_test_split

from checker import data
from checker.errors import InputFileError, UsageError


@pytest.mark.parametrize("index", [0, 2, 9])
def test_diabetes_feature(index: int) -> None:
    x, y = data.load_diabetes_feature(index)
    raw = datasets.load_diabetes()
    assert x.shape == y.shape == (442,)
    np.testing.assert_array_equal(x, raw.data[:, index])
    np.testing.assert_array_equal(y, raw.target)


@pytest.mark.parametrize(
    "load",
    [data.load_diabetes_feature, data.load_breast_cancer_split, data.load_digits_28],
)
def test_without_scikit_learn(monkeypatch: pytest.MonkeyPatch, load) -> None:
    monkeypatch.setitem(sys.modules, "sklearn", None)  # makes `import sklearn` fail
    with pytest.raises(UsageError, match="pip install 'grader\\[data\\]'"):
        load()


@pytest.mark.parametrize("index", [-1, 10])
def test_diabetes_feature_out_of_range(index: int) -> None:
    with pytest.raises(UsageError, match=f"received index={index}"):
        data.load_diabetes_feature(index)


@pytest.mark.parametrize(("test_fraction", "seed", "n_test"), [(0.2, 42, 114), (0.5, 0, 285)])
def test_breast_cancer_standardised_with_training_statistics(
    test_fraction: float, seed: int, n_test: int
) -> None:
    split = data.load_breast_cancer_split(test_fraction, seed)
    assert split.x_test.shape == (n_test, 30) and split.x_train.shape == (569 - n_test, 30)
    np.testing.assert_allclose(split.x_train.mean(axis=0), 0.0, atol=1e-12)
    np.testing.assert_allclose(split.x_train.std(axis=0), 1.0, rtol=1e-12)
    raw = datasets.load_breast_cancer()
    x_train, x_test, _, y_test = train_test_split(
        raw.data, raw.target, test_size=test_fraction, stratify=raw.target, random_state=seed
    )
    expected = (x_test - x_train.mean(axis=0)) / x_train.std(axis=0)
    np.testing.assert_allclose(split.x_test, expected, rtol=1e-12)
    np.testing.assert_array_equal(split.y_test, y_test)
    assert split.y_train.dtype == np.int64
    assert abs(split.y_train.mean() - raw.target.mean()) < 0.01  # stratified


@pytest.mark.parametrize(("dtype", "test_fraction"), [(np.float64, 0.2), (np.float32, 0.25)])
def test_digits_28(dtype: type, test_fraction: float) -> None:
    split = data.load_digits_28(test_fraction=test_fraction, seed=0, dtype=dtype)
    n_test = int(np.ceil(1797 * test_fraction))
    assert split.x_test.shape == (n_test, 28, 28, 1)
    assert split.x_train.shape == (1797 - n_test, 28, 28, 1)
    assert split.x_train.dtype == dtype and split.y_train.dtype == np.int64
    for x in (split.x_train, split.x_test):
        assert x.min() == 0.0 and x.max() == 1.0
        assert np.all(x[:, :2] == 0) and np.all(x[:, -2:] == 0)  # the empty border
        assert np.all(x[:, :, :2] == 0) and np.all(x[:, :, -2:] == 0)
    assert set(np.unique(split.y_test)) == set(range(10))


def test_digits_28_resembles_the_8x8_images() -> None:
    split = data.load_digits_28(test_fraction=0.2, seed=0)
    inner = split.x_train[:, 2:-2, 2:-2, 0].reshape(-1, 8, 3, 8, 3).mean(axis=(2, 4))
    originals = datasets.load_digits().images / 16.0
    # every shrunken image is close to one of the originals (linear interpolation blurs a little)
    first = inner[0]
    distances = np.abs(originals - first).mean(axis=(1, 2))
    assert distances.min() < 0.1


@pytest.mark.parametrize("seed", [0, 1])
def test_digits_28_is_seeded(seed: int) -> None:
    first = data.load_digits_28(seed=seed)
    again = data.load_digits_28(seed=seed)
    other = data.load_digits_28(seed=seed + 1)
    np.testing.assert_array_equal(first.y_train, again.y_train)
    assert not np.array_equal(first.y_train, other.y_train)


# --- MNIST from files ------------------------------------------------------------------------

def _fake_mnist(n_train: int = 5, n_test: int = 3) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(0)
    return {
        "x_train": rng.integers(0, 256, size=(n_train, 28, 28), dtype=np.uint8),
        "y_train": rng.integers(0, 10, size=n_train, dtype=np.uint8),
        "x_test": rng.integers(0, 256, size=(n_test, 28, 28), dtype=np.uint8),
        "y_test": rng.integers(0, 10, size=n_test, dtype=np.uint8),
    }


def _idx_bytes(array: np.ndarray) -> bytes:
    header = bytes((0, 0, 0x08, array.ndim)) + struct.pack(f">{array.ndim}I", *array.shape)
    return header + array.astype(np.uint8).tobytes()


def _write_idx(directory: Path, arrays: dict[str, np.ndarray], gzipped: bool = True) -> None:
    for key, stem in data.IDX_FILES.items():
        raw = _idx_bytes(arrays[key])
        if gzipped:
            (directory / f"{stem}.gz").write_bytes(gzip.compress(raw))
        else:
            (directory / stem).write_bytes(raw)


def _check(split: data.Split, arrays: dict[str, np.ndarray], dtype: type = np.float64) -> None:
    for part in ("train", "test"):
        x, y = getattr(split, f"x_{part}"), getattr(split, f"y_{part}")
        assert x.shape == arrays[f"x_{part}"].shape + (1,) and x.dtype == dtype
        np.testing.assert_allclose(x[..., 0], arrays[f"x_{part}"] / 255.0, rtol=1e-6)
        assert y.dtype == np.int64
        np.testing.assert_array_equal(y, arrays[f"y_{part}"])


@pytest.mark.parametrize("layout", ["npz file", "npz in directory", "idx gz", "idx plain"])
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_load_mnist_layouts(tmp_path: Path, layout: str, dtype: type) -> None:
    arrays = _fake_mnist()
    if layout.startswith("npz"):
        np.savez_compressed(tmp_path / "mnist.npz", **arrays)
        path = tmp_path / "mnist.npz" if layout == "npz file" else tmp_path
    else:
        _write_idx(tmp_path, arrays, gzipped=layout == "idx gz")
        path = tmp_path
    _check(data.load_mnist(str(path), dtype=dtype), arrays, dtype)


def _missing_key(path: Path) -> Path:
    arrays = _fake_mnist()
    del arrays["y_test"]
    np.savez(path / "mnist.npz", **arrays)
    return path / "mnist.npz"


def _text_file(path: Path) -> Path:
    (path / "mnist.npz").write_text("not an archive")
    return path / "mnist.npz"


def _npy_file(path: Path) -> Path:
    np.save(path / "mnist.npy", np.zeros(3))
    return path / "mnist.npy"


def _mismatched_lengths(path: Path) -> Path:
    arrays = _fake_mnist()
    arrays["y_train"] = arrays["y_train"][:-1]
    np.savez(path / "mnist.npz", **arrays)
    return path / "mnist.npz"


def _idx_with(path: Path, key: str, raw: bytes) -> Path:
    _write_idx(path, _fake_mnist())
    (path / f"{data.IDX_FILES[key]}.gz").write_bytes(raw)
    return path


@pytest.mark.parametrize(
    ("make", "match"),
    [
        (lambda p: p / "nowhere", "does not exist"),
        (lambda p: p, "without train-images-idx3-ubyte.gz"),
        (_missing_key, "no array named \\['y_test'\\]"),
        (_text_file, "a NumPy .npz archive"),
        (_npy_file, "a single .npy array"),
        (_mismatched_lengths, "y_train.shape=\\(4,\\)"),
        (lambda p: _idx_with(p, "x_train", gzip.compress(b"\x00\x00\x08\x01abcd")), "magic"),
        (lambda p: _idx_with(p, "y_test", gzip.compress(b"\x00\x00\x08\x01\x00\x00\x00\x09ab")),
         "9 data bytes"),
        (lambda p: _idx_with(p, "y_train", b"not gzip"), "an idx file"),
        (lambda p: _idx_with(p, "x_test", gzip.compress(b"\x00\x00\x08\x03\x00")), "3 dimension"),
    ],
    ids=[
        "missing path", "empty directory", "npz without y_test", "text file", "npy file",
        "length mismatch", "wrong magic", "truncated idx", "not gzip", "short header",
    ],
)
def test_load_mnist_errors(tmp_path: Path, make, match: str) -> None:
    with pytest.raises(InputFileError, match=match) as raised:
        data.load_mnist(make(tmp_path))
    assert raised.value.expected and raised.value.received and raised.value.todo
