"""Training throughput of the NumPy LeNet-5 against the same Keras model (not a test).

    python bench/lenet_throughput.py [--repeats 7] [--images 2048]

Both models: LeNet-5 with ReLU and max pooling, float32, plain SGD on mean softmax cross
entropy, one thread each (TensorFlow intra/inter-op 1, BLAS 1 via threadpoolctl), the same
images (scikit-learn digits at 28x28, tiled to ``--images``), batches of 32 and 128.
Keras runs a ``tf.function`` training step per batch, NumPy ``LeNet5.sgd_step``. Each
repeat times one pass over the images; the table shows the median images/second.
The last line is the ratio at batch 128.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

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


def _median_rate(epoch: Callable[[], None], n_images: int, repeats: int) -> float:
    epoch()  # warm-up: allocations, tracing
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        epoch()
        times.append(time.perf_counter() - start)
    return n_images / statistics.median(times)


def numpy_rate(x: np.ndarray, y: np.ndarray, batch: int, repeats: int) -> float:
    model = LeNet5("relu", "max", seed=0, dtype=np.float32)
    starts = range(0, len(x) - batch + 1, batch)

    def epoch() -> None:
        for i in starts:
            model.sgd_step(x[i : i + batch], y[i : i + batch], LR)

    with threadpool_limits(1):
        return _median_rate(epoch, len(starts) * batch, repeats)


def keras_rate(x: np.ndarray, y: np.ndarray, batch: int, repeats: int) -> float:
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

    return _median_rate(epoch, (len(batches) + 1) * batch, repeats)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--images", type=int, default=2048)
    args = parser.parse_args()
    tf, _ = require_keras()
    tf.config.threading.set_intra_op_parallelism_threads(1)
    tf.config.threading.set_inter_op_parallelism_threads(1)
    x, y = _images(args.images)
    print(f"LeNet-5 (relu, max), float32, one thread, {args.images} images, "
          f"median of {args.repeats} passes")
    print(f"{'batch':>5}  {'numpy img/s':>12}  {'keras img/s':>12}  {'ratio':>6}")
    ratio = 0.0
    for batch in BATCH_SIZES:
        ours = numpy_rate(x, y, batch, args.repeats)
        theirs = keras_rate(x, y, batch, args.repeats)
        ratio = ours / theirs
        print(f"{batch:>5}  {ours:>12,.0f}  {theirs:>12,.0f}  {ratio:>6.2f}")
    print(f"(ratio at batch {BATCH_SIZES[-1]})")
    print(f"numpy/keras training throughput ratio: {ratio:.2f}")


if __name__ == "__main__":
    main()
