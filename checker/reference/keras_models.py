"""Keras equivalents of the exercise layers and models: the independent reference.

Everything is built per layer in the dtype asked for (float64 by default, so agreement
with the NumPy solutions can be tight) without touching Keras' global ``floatx``.
TensorFlow is optional: it is imported inside the functions, and a missing installation
is reported as a ``UsageError`` that says what to install.

Weights move unchanged between these models and the NumPy ones: images NHWC, conv kernels
(kh, kw, c_in, c_out), dense kernels (n_in, n_out), ``model.get_weights()`` order.
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np

from checker.errors import UsageError
from checker.optional import require

LENET_ACTIVATIONS = ("sigmoid", "relu", "tanh")
LENET_POOLINGS = ("avg", "max")


def require_keras() -> tuple[Any, Any]:
    """Import TensorFlow and Keras, or say clearly how to get them. Returns ``(tf, keras)``."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    keras, tf = require(
        ("keras", "tensorflow"), "TensorFlow and Keras installed (the optional 'keras' extra)",
        "Install them with `pip install 'grader[keras]'` (or tensorflow-cpu>=2.16).")
    return tf, keras


def _sequential(input_shape: tuple[int, ...], layers: list, dtype: str):
    _, keras = require_keras()
    return keras.Sequential([keras.Input(shape=input_shape, dtype=dtype), *layers])


def dense_model(n_in: int, n_out: int, dtype: str = "float64"):
    """``Dense(n_out)`` without activation on inputs of shape (N, n_in)."""
    _, keras = require_keras()
    return _sequential((n_in,), [keras.layers.Dense(n_out, dtype=dtype)], dtype)


def activation_model(name: str, input_shape: tuple[int, ...], dtype: str = "float64"):
    """``Activation(name)`` (relu, sigmoid, tanh) on inputs of shape (N, *input_shape)."""
    _, keras = require_keras()
    return _sequential(input_shape, [keras.layers.Activation(name, dtype=dtype)], dtype)


def conv2d_model(
    input_shape: tuple[int, int, int],
    filters: int,
    kernel_size: int | tuple[int, int],
    strides: int | tuple[int, int] = 1,
    padding: str = "valid",
    dtype: str = "float64",
):
    """``Conv2D`` without activation on NHWC inputs of shape (N, *input_shape)."""
    _, keras = require_keras()
    layer = keras.layers.Conv2D(filters, kernel_size, strides, padding, dtype=dtype)
    return _sequential(input_shape, [layer], dtype)


def pooling_model(
    kind: str,
    input_shape: tuple[int, int, int],
    pool_size: int | tuple[int, int] = 2,
    strides: int | tuple[int, int] | None = None,
    padding: str = "valid",
    dtype: str = "float64",
):
    """``MaxPooling2D`` (kind 'max') or ``AveragePooling2D`` (kind 'avg')."""
    _, keras = require_keras()
    layer_type = _pooling_layer_type(kind)
    return _sequential(input_shape, [layer_type(pool_size, strides, padding, dtype=dtype)], dtype)


def lenet5_model(activation: str = "sigmoid", pooling: str = "avg", dtype: str = "float64"):
    """LeNet-5 on 28x28x1 images, the same architecture as ``solutions.lenet.LeNet5``.

    Conv2D(6, 5, 'same') -> pool 2 -> Conv2D(16, 5, 'valid') -> pool 2 -> Flatten ->
    Dense 120 -> Dense 84 -> Dense 10 (logits); ``activation`` after both convolutions
    and the first two dense layers.
    """
    _, keras = require_keras()
    if activation not in LENET_ACTIVATIONS:
        raise UsageError(
            expected=f"activation one of {LENET_ACTIVATIONS}",
            received=f"activation={activation!r}",
            todo="Pass one of the listed activation names.",
        )
    pool = _pooling_layer_type(pooling)
    layers = keras.layers
    return _sequential(
        (28, 28, 1),
        [
            layers.Conv2D(6, 5, padding="same", activation=activation, dtype=dtype),
            pool(2, dtype=dtype),
            layers.Conv2D(16, 5, padding="valid", activation=activation, dtype=dtype),
            pool(2, dtype=dtype),
            layers.Flatten(dtype=dtype),
            layers.Dense(120, activation=activation, dtype=dtype),
            layers.Dense(84, activation=activation, dtype=dtype),
            layers.Dense(10, dtype=dtype),
        ],
        dtype,
    )


def convnet_model(dtype: str = "float64"):
    """The lecture's Keras CNN, as ``solutions.lenet.ConvNet``, on 28x28x1 images."""
    _, keras = require_keras()
    layers = keras.layers
    return _sequential(
        (28, 28, 1),
        [
            layers.Conv2D(10, 3, padding="same", activation="relu", dtype=dtype),
            layers.MaxPooling2D(2, dtype=dtype),
            layers.Flatten(dtype=dtype),
            layers.Dense(100, activation="relu", dtype=dtype),
            layers.Dense(10, dtype=dtype),
        ],
        dtype,
    )


def forward_and_grads(model, x: np.ndarray, dout: np.ndarray):
    """Run ``model`` on ``x`` and backpropagate the upstream gradient ``dout``.

    Returns ``(out, dx, grads)``: the output, the gradient with respect to ``x``, and the
    gradients of the trainable weights in ``model.get_weights()`` order, all NumPy arrays.
    """
    tf, _ = require_keras()
    x_t = tf.constant(x)
    with tf.GradientTape() as tape:
        tape.watch(x_t)
        out = model(x_t)
    dx, *grads = tape.gradient(
        out, [x_t, *model.trainable_variables], output_gradients=tf.constant(dout)
    )
    return out.numpy(), dx.numpy(), [g.numpy() for g in grads]


def loss_and_grads(model, x: np.ndarray, labels: np.ndarray):
    """Mean softmax cross entropy of the logits ``model(x)`` against integer ``labels``.

    Returns ``(logits, loss, grads)`` with the weight gradients in ``get_weights()`` order.
    """
    tf, keras = require_keras()
    with tf.GradientTape() as tape:
        logits = model(tf.constant(x))
        # the loss computes in its own dtype (floatx, float32, unless told): use the model's
        loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True, dtype=logits.dtype)
        loss = loss_fn(tf.constant(labels), logits)
    grads = tape.gradient(loss, model.trainable_variables)
    return logits.numpy(), float(loss), [g.numpy() for g in grads]


def sgd_step(model, x: np.ndarray, labels: np.ndarray, lr: float) -> float:
    """One plain SGD step (``keras.optimizers.SGD``) on the mean cross entropy.

    Returns the loss before the step. Keras keeps the learning rate as a float32 variable:
    pick a rate exact in float32 (0.5, 0.125, ...) when comparing float64 models tightly.
    """
    tf, keras = require_keras()
    _, loss, grads = loss_and_grads(model, x, labels)
    optimizer = keras.optimizers.SGD(learning_rate=lr)
    optimizer.apply_gradients(zip([tf.constant(g) for g in grads], model.trainable_variables))
    return loss


def _pooling_layer_type(kind: str):
    _, keras = require_keras()
    if kind == "max":
        return keras.layers.MaxPooling2D
    if kind == "avg":
        return keras.layers.AveragePooling2D
    raise UsageError(
        expected="pooling kind 'max' or 'avg'",
        received=f"{kind!r}",
        todo="Pass 'max' or 'avg'.",
    )
