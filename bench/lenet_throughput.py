"""Training throughput of the NumPy LeNet-5 against the same Keras model (not a test).

    python bench/lenet_throughput.py [--repeats 7] [--images 2048]

Both models: LeNet-5 with ReLU and max pooling, float32, plain SGD on mean softmax cross
entropy, one thread each (TensorFlow intra/inter-op 1, BLAS 1 via threadpoolctl), the same
images (scikit-learn digits at 28x28, tiled to ``--images``), batches of 32 and 128.
Keras runs a ``tf.function`` training step per batch, NumPy ``LeNet5.sgd_step``. Each
repeat times one pass over the images, NumPy's and Keras' passes taking turns (so that both
meet the same load on a shared machine); the table shows the median images/second.
The last line is the ratio at batch 128.

Some machines here set OPENBLAS_CORETYPE=Haswell and OPENBLAS_L2_SIZE for older OpenBLAS
builds; they hold NumPy's current OpenBLAS to AVX2 kernels on an AVX-512 CPU (TensorFlow's
oneDNN is not affected). To measure NumPy with the kernels OpenBLAS picks itself, unset both
in that command alone: ``env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python bench/...``.
The header names the kernels that ran.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_info, threadpool_limits

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from checker.data import load_digits_28  # noqa: E402
from checker.reference.keras_models import lenet5_model, require_keras  # noqa: E402
from solutions.lenet import LeNet5  # noqa: E402

BATCH_SIZES = (32, 128)
LR = 0.01


def _images(n: int) -> tuple[np.ndarray, np.ndarray]:
    data = load_digits_28(dtype=np.float32)
    reps = -(-n // len(data.x_train))
    return np.concatenate([data.x_train] * reps)[:n], np.concatenate([data.y_train] * reps)[:n]


def _interleaved_rates(epochs: list[Callable[[], None]], n_images: list[int],
                       repeats: int) -> list[float]:
    """Median images/second of each epoch function, the functions taking turns per repeat."""
    for epoch in epochs:
        epoch()  # warm-up: allocations, tracing
    times: list[list[float]] = [[] for _ in epochs]
    for _ in range(repeats):
        for epoch, spent in zip(epochs, times):
            start = time.perf_counter()
            epoch()
            spent.append(time.perf_counter() - start)
    return [n / statistics.median(spent) for n, spent in zip(n_images, times)]


def numpy_epoch(x: np.ndarray, y: np.ndarray, batch: int) -> tuple[Callable[[], None], int]:
    """One pass of ``LeNet5.sgd_step`` over the batches (BLAS on one thread), and its images."""
    model = LeNet5("relu", "max", seed=0, dtype=np.float32)
    starts = range(0, len(x) - batch + 1, batch)

    def epoch() -> None:
        with threadpool_limits(1):
            for i in starts:
                model.sgd_step(x[i : i + batch], y[i : i + batch], LR)

    return epoch, len(starts) * batch


def keras_epoch(x: np.ndarray, y: np.ndarray, batch: int) -> tuple[Callable[[], None], int]:
    """One pass of a ``tf.function`` SGD step over the batches, and its images."""
    tf, keras = require_keras()
    model = lenet5_model("relu", "max", dtype="float32")
    optimizer = keras.optimizers.SGD(learning_rate=LR)
    loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)

    @tf.function
    def step(xb, yb):
        with tf.GradientTape() as tape:
            loss = loss_fn(yb, model(xb, training=True))
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))
        return loss

    batches = [(tf.constant(x[i : i + batch]), tf.constant(y[i : i + batch]))
               for i in range(0, len(x) - batch + 1, batch)]

    def epoch() -> None:
        for xb, yb in batches:
            step(xb, yb)
        float(step(*batches[0]))  # wait for the last step to finish

    return epoch, (len(batches) + 1) * batch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--images", type=int, default=2048)
    args = parser.parse_args()
    tf, _ = require_keras()
    tf.config.threading.set_intra_op_parallelism_threads(1)
    tf.config.threading.set_inter_op_parallelism_threads(1)
    x, y = _images(args.images)
    kernels = ", ".join(sorted({str(lib.get("architecture")) for lib in threadpool_info()
                                if lib.get("internal_api") == "openblas"})) or "not OpenBLAS"
    print(f"LeNet-5 (relu, max), float32, one thread, {args.images} images, "
          f"median of {args.repeats} interleaved passes; OpenBLAS kernels: {kernels}")
    print(f"{'batch':>5}  {'numpy img/s':>12}  {'keras img/s':>12}  {'ratio':>6}")
    ratio = 0.0
    for batch in BATCH_SIZES:
        (ours_epoch, ours_n), (theirs_epoch, theirs_n) = (numpy_epoch(x, y, batch),
                                                          keras_epoch(x, y, batch))
        ours, theirs = _interleaved_rates([ours_epoch, theirs_epoch], [ours_n, theirs_n],
                                          args.repeats)
        ratio = ours / theirs
        print(f"{batch:>5}  {ours:>12,.0f}  {theirs:>12,.0f}  {ratio:>6.2f}")
    print(f"(ratio at batch {BATCH_SIZES[-1]})")
    print(f"numpy/keras training throughput ratio: {ratio:.2f}")


if __name__ == "__main__":
    main()
