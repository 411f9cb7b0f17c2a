"""Dense layer: against Keras (float64, identical weights), a gradient check, exact shapes."""

from __future__ import annotations

import numpy as np
import pytest

from solutions.dense import dense_backward, dense_forward
from tests.exercises.layercheck import assert_close, keras_reference, numeric_gradient, read_only

SHAPES = [(1, 3, 2), (5, 4, 3), (7, 1, 6), (4, 6, 1)]  # (N, n_in, n_out); batch of 1 first


def _case(seed: int, n: int, n_in: int, n_out: int):
    rng = np.random.default_rng(seed)
    x, w, b = rng.normal(size=(n, n_in)), rng.normal(size=(n_in, n_out)), rng.normal(size=n_out)
    return x, w, b, rng.normal(size=(n, n_out))


@pytest.mark.keras
@pytest.mark.parametrize("n, n_in, n_out", SHAPES)
def test_matches_keras(n: int, n_in: int, n_out: int) -> None:
    km = keras_reference()
    x, w, b, dout = _case(0, n, n_in, n_out)
    model = km.dense_model(n_in, n_out)
    model.set_weights([w, b])
    out_k, dx_k, (dw_k, db_k) = km.forward_and_grads(model, x, dout)
    out, cache = dense_forward(x, w, b)
    dx, dw, db = dense_backward(dout, cache)
    for mine, theirs in [(out, out_k), (dx, dx_k), (dw, dw_k), (db, db_k)]:
        assert_close(mine, theirs)


@pytest.mark.parametrize("n, n_in, n_out", SHAPES)
def test_gradient_check(n: int, n_in: int, n_out: int) -> None:
    x, w, b, dout = _case(1, n, n_in, n_out)
    dx, dw, db = dense_backward(dout, dense_forward(x, w, b)[1])
    for analytic, param in [(dx, x), (dw, w), (db, b)]:
        assert_close(analytic, numeric_gradient(lambda: dense_forward(x, w, b)[0], param, dout), 1e-7)


@pytest.mark.parametrize("n, n_in, n_out", SHAPES)
def test_backward_leaves_inputs_alone_and_returns_exact_shapes(n: int, n_in: int, n_out: int) -> None:
    x, w, b, dout = _case(2, n, n_in, n_out)
    cache = read_only(dense_forward(x, w, b)[1])
    dx, dw, db = dense_backward(read_only(dout), cache)  # a write would raise ValueError
    assert (dx.shape, dw.shape, db.shape) == (x.shape, w.shape, b.shape)
