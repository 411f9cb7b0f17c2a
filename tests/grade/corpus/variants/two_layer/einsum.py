"""Two-layer network with einsum, rng.normal for the weights, np.split for the batches."""

import numpy as np


def _sig(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def init_params(n_in, n_hidden, seed):
    g = np.random.default_rng(seed)
    params = {}
    params["w1"] = g.normal(0.0, 1.0, size=(n_in, n_hidden))
    params["b1"] = np.zeros((n_hidden,))
    params["w2"] = g.normal(0.0, 1.0, size=(n_hidden, 1))
    params["b2"] = np.zeros((1,))
    return params


def forward(x, params):
    a1 = _sig(np.einsum("mi,ih->mh", x, params["w1"]) + params["b1"])
    a2 = _sig(np.einsum("mh,ho->mo", a1, params["w2"]) + params["b2"])
    return a2, (x, a1, a2, params["w2"])


def backward(y, cache):
    x, a1, a2, w2 = cache
    m = len(x)
    d2 = (a2 - np.asarray(y, dtype=float).reshape(-1, 1)) / m
    d1 = np.einsum("mo,ho->mh", d2, w2) * a1 * (1.0 - a1)
    return {
        "w1": np.einsum("mi,mh->ih", x, d1),
        "b1": np.einsum("mh->h", d1),
        "w2": np.einsum("mh,mo->ho", a1, d2),
        "b2": np.einsum("mo->o", d2),
    }


def loss(a2, y, eps=1e-12):
    p = np.clip(a2, eps, 1 - eps).ravel()
    t = np.asarray(y, dtype=float).ravel()
    return float(-np.mean(t * np.log(p) + (1 - t) * np.log1p(-p)))


def fit(x, y, n_hidden=10, lr=0.1, epochs=100, batch_size=32, seed=0):
    p = init_params(x.shape[1], n_hidden, seed)
    order_rng = np.random.default_rng(seed)
    y = np.asarray(y, dtype=float).reshape(-1, 1)
    history = []
    for _ in range(epochs):
        order = order_rng.permutation(len(x))
        for idx in np.split(order, np.arange(batch_size, len(x), batch_size)):
            grads = backward(y[idx], forward(x[idx], p)[1])
            p = {k: p[k] - lr * grads[k] for k in p}
        history.append(loss(forward(x, p)[0], y))
    return p, history


def predict(x, params):
    return np.where(forward(x, params)[0][:, 0] >= 0.5, 1, 0)
