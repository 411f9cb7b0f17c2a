"""Offline data sets for the exercises: scikit-learn's bundled ones, and MNIST from a file.

Nothing here downloads. Diabetes, breast cancer and digits ship with scikit-learn (the
``data`` extra: ``pip install 'grader[data]'``); MNIST and Fashion-MNIST are read from a file
the user already has, in Keras' ``mnist.npz`` layout or as the original idx ``.gz`` files.
Images come out as the lecture and Keras use them: NHWC float arrays in ``[0, 1]``.
"""

from __future__ import annotations

import gzip
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import numpy as np

from checker.errors import InputFileError, UsageError
from checker.optional import require

IDX_FILES = {
    "x_train": "train-images-idx3-ubyte",
    "y_train": "train-labels-idx1-ubyte",
    "x_test": "t10k-images-idx3-ubyte",
    "y_test": "t10k-labels-idx1-ubyte",
}
NPZ_KEYS = ("x_train", "y_train", "x_test", "y_test")


@dataclass(frozen=True)
class Split:
    """A training and a test set, samples first."""

    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray


def _sklearn() -> tuple[ModuleType, ModuleType]:
    """``sklearn.datasets`` and ``sklearn.model_selection``, imported only when needed."""
    datasets, model_selection = require(
        ("sklearn.datasets", "sklearn.model_selection"),
        "scikit-learn installed (its bundled data sets are used offline)",
        "Install it with: pip install 'grader[data]'")
    return datasets, model_selection


def load_diabetes_feature(index: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """One feature of scikit-learn's diabetes data and the target, as in the lecture.

    Args:
        index: the feature's column, 0 to 9; 2 is the body-mass index the lecture uses.

    Returns:
        ``(x, y)``, both shape ``(442,)``, float64.
    """
    datasets, _ = _sklearn()
    data = datasets.load_diabetes()
    if not 0 <= index < data.data.shape[1]:
        raise UsageError(
            expected=f"a feature index from 0 to {data.data.shape[1] - 1}",
            received=f"index={index}",
            todo="Use index=2 for the lecture's example (body-mass index).",
        )
    return data.data[:, index].astype(np.float64), data.target.astype(np.float64)


def load_breast_cancer_split(test_fraction: float = 0.2, seed: int = 42) -> Split:
    """Breast-cancer data, stratified split, standardised with the training set's statistics.

    Every feature ``j`` of both sets becomes ``(x_j - mean_j) / std_j`` with the mean and the
    standard deviation of the training set only, so nothing of the test set leaks into it.

    Args:
        test_fraction: share of the 569 samples held out for testing.
        seed: seed of the split (``random_state`` of ``train_test_split``).

    Returns:
        A :class:`Split`; ``x_*`` shape ``(n, 30)`` float64, ``y_*`` shape ``(n,)`` int64
        (1 = benign, 0 = malignant, scikit-learn's coding).
    """
    datasets, model_selection = _sklearn()
    data = datasets.load_breast_cancer()
    x_train, x_test, y_train, y_test = model_selection.train_test_split(
        data.data, data.target, test_size=test_fraction, stratify=data.target, random_state=seed
    )
    mean = x_train.mean(axis=0)
    std = x_train.std(axis=0)
    return Split(
        x_train=(x_train - mean) / std,
        y_train=y_train.astype(np.int64),
        x_test=(x_test - mean) / std,
        y_test=y_test.astype(np.int64),
    )


def _linear_resize_matrix(n_in: int, n_out: int) -> np.ndarray:
    """``(n_out, n_in)`` matrix of linear interpolation between pixel centres."""
    source = np.clip((np.arange(n_out) + 0.5) * n_in / n_out - 0.5, 0, n_in - 1)
    low = np.floor(source).astype(int)
    high = np.minimum(low + 1, n_in - 1)
    weight = source - low
    matrix = np.zeros((n_out, n_in))
    np.add.at(matrix, (np.arange(n_out), low), 1.0 - weight)
    np.add.at(matrix, (np.arange(n_out), high), weight)
    return matrix


def load_digits_28(
    test_fraction: float = 0.2, seed: int = 0, dtype: type = np.float64
) -> Split:
    """scikit-learn's 8x8 digits brought to MNIST's format: 28x28x1 images in ``[0, 1]``.

    Each image is scaled from 0..16 to 0..1, interpolated linearly to 24x24 and padded with a
    2-pixel zero border (MNIST's digits, too, sit inside an empty margin). The split is
    stratified by label.

    Args:
        test_fraction: share of the 1797 samples held out for testing.
        seed: seed of the split.
        dtype: floating type of the images, e.g. ``np.float32`` for speed.

    Returns:
        A :class:`Split`; ``x_*`` shape ``(n, 28, 28, 1)`` of ``dtype``, ``y_*`` shape
        ``(n,)`` int64 labels 0 to 9.
    """
    datasets, model_selection = _sklearn()
    data = datasets.load_digits()
    resize = _linear_resize_matrix(8, 24)
    images = np.einsum("ij,njk,lk->nil", resize, data.images / 16.0, resize)
    images = np.pad(images, ((0, 0), (2, 2), (2, 2)))[..., np.newaxis].astype(dtype)
    x_train, x_test, y_train, y_test = model_selection.train_test_split(
        images, data.target, test_size=test_fraction, stratify=data.target, random_state=seed
    )
    return Split(x_train, y_train.astype(np.int64), x_test, y_test.astype(np.int64))


def _malformed(path: Path, expected: str, received: str) -> InputFileError:
    return InputFileError(
        expected=f"{path} to hold {expected}",
        received=received,
        todo="Point to an unmodified mnist.npz (Keras' layout) or to the four original idx "
        "files of MNIST or Fashion-MNIST; download them again if they may be damaged.",
    )


def _read_npz(path: Path) -> dict[str, np.ndarray]:
    try:
        loaded = np.load(path, allow_pickle=False)
        if not isinstance(loaded, np.lib.npyio.NpzFile):
            raise _malformed(path, "a NumPy .npz archive", "a single .npy array")
        with loaded as archive:
            missing = [key for key in NPZ_KEYS if key not in archive.files]
            if missing:
                raise _malformed(
                    path, f"the arrays {', '.join(NPZ_KEYS)}", f"no array named {missing}"
                )
            return {key: archive[key] for key in NPZ_KEYS}
    except (OSError, ValueError, EOFError, zipfile.BadZipFile) as error:
        received = f"{type(error).__name__}: {error}"
        raise _malformed(path, "a NumPy .npz archive", received) from error


def _read_idx(path: Path, ndim: int) -> np.ndarray:
    """An idx file of unsigned bytes with ``ndim`` dimensions (magic 0x0801 or 0x0803)."""
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as stream:
            raw = stream.read()
    except (OSError, EOFError) as error:
        raise _malformed(path, "an idx file", f"{type(error).__name__}: {error}") from error
    magic = bytes((0, 0, 0x08, ndim))
    if raw[:4] != magic:
        received = raw[:4].hex() or "an empty file"
        raise _malformed(path, f"the idx magic number {magic.hex()}", received)
    header = 4 + 4 * ndim
    if len(raw) < header:
        raise _malformed(path, f"{ndim} dimension sizes after the magic number", "a shorter file")
    shape = struct.unpack(f">{ndim}I", raw[4:header])
    if len(raw) - header != int(np.prod(shape)):
        raise _malformed(
            path, f"{int(np.prod(shape))} data bytes for shape {shape}", f"{len(raw) - header}"
        )
    return np.frombuffer(raw, dtype=np.uint8, offset=header).reshape(shape)


def _idx_path(directory: Path, stem: str) -> Path | None:
    for name in (f"{stem}.gz", stem):
        if (directory / name).is_file():
            return directory / name
    return None


def _find_arrays(path: Path) -> dict[str, np.ndarray]:
    if path.is_file():
        return _read_npz(path)
    if not path.is_dir():
        raise InputFileError(
            expected="an existing mnist.npz file or a directory with the MNIST files",
            received=f"{path}, which does not exist",
            todo="Check the path; nothing is downloaded, the files must be there already.",
        )
    if (path / "mnist.npz").is_file():
        return _read_npz(path / "mnist.npz")
    found = {key: _idx_path(path, stem) for key, stem in IDX_FILES.items()}
    missing = [f"{IDX_FILES[key]}.gz" for key, file in found.items() if file is None]
    if missing:
        raise InputFileError(
            expected=f"{path} to contain mnist.npz or the four files "
            + ", ".join(f"{stem}.gz" for stem in IDX_FILES.values()),
            received=f"a directory without {', '.join(missing)}",
            todo="Put the files there (gzipped or not), or pass the path of mnist.npz itself.",
        )
    return {key: _read_idx(file, 3 if key.startswith("x") else 1) for key, file in found.items()}


def load_mnist(path: str | Path, dtype: type = np.float64) -> Split:
    """MNIST or Fashion-MNIST from local files, as NHWC images in ``[0, 1]``.

    Args:
        path: Keras' ``mnist.npz`` (arrays ``x_train``, ``y_train``, ``x_test``, ``y_test``),
            or a directory holding ``mnist.npz`` or the four original idx files
            (``train-images-idx3-ubyte.gz`` and so on, gzipped or not).
        dtype: floating type of the images, e.g. ``np.float32`` for speed.

    Returns:
        A :class:`Split`; ``x_*`` shape ``(n, 28, 28, 1)`` of ``dtype`` (the uint8 pixels
        divided by 255), ``y_*`` shape ``(n,)`` int64.

    Raises:
        InputFileError: the path does not exist, or a file is missing or malformed.
    """
    path = Path(path)
    arrays = _find_arrays(path)
    for part in ("train", "test"):
        images, labels = arrays[f"x_{part}"], arrays[f"y_{part}"]
        if images.ndim != 3 or labels.ndim != 1 or len(images) != len(labels):
            raise _malformed(
                path,
                f"x_{part} of shape (n, height, width) and y_{part} of shape (n,)",
                f"x_{part}.shape={images.shape}, y_{part}.shape={labels.shape}",
            )
    return Split(
        x_train=(arrays["x_train"][..., np.newaxis] / 255.0).astype(dtype),
        y_train=arrays["y_train"].astype(np.int64),
        x_test=(arrays["x_test"][..., np.newaxis] / 255.0).astype(dtype),
        y_test=arrays["y_test"].astype(np.int64),
    )
