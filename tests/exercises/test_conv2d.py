"""Conv2D: against Keras (float64, identical weights) for every padding/stride/shape case,
TensorFlow's asymmetric 'same' padding, a gradient check, and untouched inputs."""

from __future__ import annotations

import numpy as np
import pytest

from solutions.conv2d import conv2d_backward, conv2d_forward
from tests.exercises.layercheck import assert_close, keras_reference, numeric_gradient, read_only

# (N, H, W, c_in, c_out, kh, kw, strides, padding)
CASES = [
    pytest.param(1, 5, 5, 1, 1, 3, 3, 1, "valid", id="batch1-valid"),
    pytest.param(2, 7, 5, 2, 3, 3, 2, 1, "same", id="nonsquare-same"),
    pytest.param(2, 7, 5, 2, 3, 3, 2, 2, "same", id="stride2-same"),
    pytest.param(2, 8, 9, 1, 2, 4, 3, (2, 3), "same", id="even-kernel-asymmetric-pad"),
    pytest.param(1, 6, 6, 3, 4, 5, 5, 1, "same", id="lenet-like"),
    pytest.param(3, 9, 7, 2, 2, 2, 4, (3, 1), "valid", id="stride-leaves-rows-unused"),
    pytest.param(2, 4, 3, 1, 2, 5, 5, 1, "same", id="kernel-larger-than-image"),
    pytest.param(1, 5, 6, 2, 1, 1, 1, 2, "same", id="1x1-kernel-stride2"),
]


def _case(seed: int, n, h, w, c_in, c_out, kh, kw, strides, padding):
    rng = np.random.default_rng(seed)
    x, k, b = rng.normal(size=(n, h, w, c_in)), rng.normal(size=(kh, kw, c_in, c_out)), rng.normal(size=c_out)
    out, cache = conv2d_forward(x, k, b, strides, padding)
    return x, k, b, out, cache, rng.normal(size=out.shape)


@pytest.mark.keras
@pytest.mark.parametrize("n, h, w, c_in, c_out, kh, kw, strides, padding", CASES)
def test_matches_keras(n, h, w, c_in, c_out, kh, kw, strides, padding) -> None:
    km = keras_reference()
    x, k, b, out, cache, dout = _case(0, n, h, w, c_in, c_out, kh, kw, strides, padding)
    model = km.conv2d_model((h, w, c_in), c_out, (kh, kw), strides, padding)
    model.set_weights([k, b])
    out_k, dx_k, (dk_k, db_k) = km.forward_and_grads(model, x, dout)
    dx, dk, db = conv2d_backward(dout, cache)
    for mine, theirs in [(out, out_k), (dx, dx_k), (dk, dk_k), (db, db_k)]:
        assert_close(mine, theirs)


@pytest.mark.parametrize("n, h, w, c_in, c_out, kh, kw, strides, padding", CASES)
def test_gradient_check(n, h, w, c_in, c_out, kh, kw, strides, padding) -> None:
    x, k, b, _, cache, dout = _case(1, n, h, w, c_in, c_out, kh, kw, strides, padding)
    grads = conv2d_backward(dout, cache)
    for analytic, param in zip(grads, (x, k, b)):
        numeric = numeric_gradient(lambda: conv2d_forward(x, k, b, strides, padding)[0], param, dout)
        assert_close(analytic, numeric, 1e-7)


@pytest.mark.parametrize("size, kernel, stride, out_size, pad_before", [
    (4, 2, 1, 4, 0),  # odd total padding (1): TensorFlow puts it after (bottom/right)
    (5, 3, 1, 5, 1),
    (6, 4, 1, 6, 1),  # total 3: 1 before, 2 after
    (7, 3, 2, 4, 1),
    (6, 3, 2, 3, 0),  # total 1
    (5, 1, 3, 2, 0),  # no padding needed at all
])
def test_same_padding_is_tensorflows(size, kernel, stride, out_size, pad_before) -> None:
    """A kernel with a single 1 at its top-left picks out x[s*i - pad_before, s*j - pad_before]."""
    x = np.arange(1.0, size * size + 1).reshape(1, size, size, 1)
    k = np.zeros((kernel, kernel, 1, 1))
    k[0, 0] = 1.0
    out = conv2d_forward(x, k, np.zeros(1), stride, "same")[0][0, :, :, 0]
    assert out.shape == (out_size, out_size)
    padded = np.pad(x[0, :, :, 0], pad_before + kernel)  # zeros around, plenty
    start = kernel  # index of x[-pad_before] in padded is kernel
    expected = padded[start : start + stride * out_size : stride, start : start + stride * out_size : stride]
    np.testing.assert_array_equal(out, expected)


@pytest.mark.parametrize("padding", ["valid", "same"])
def test_backward_leaves_inputs_alone(padding: str) -> None:
    x, k, b, out, cache, dout = _case(2, 2, 6, 5, 2, 3, 3, 3, 2, padding)
    dx, dk, db = conv2d_backward(read_only(dout), read_only(cache))
    assert (dx.shape, dk.shape, db.shape) == (x.shape, k.shape, b.shape)


def test_unknown_padding_is_rejected() -> None:
    with pytest.raises(ValueError, match="received padding='full'"):
        conv2d_forward(np.zeros((1, 4, 4, 1)), np.zeros((2, 2, 1, 1)), np.zeros(1), 1, "full")
