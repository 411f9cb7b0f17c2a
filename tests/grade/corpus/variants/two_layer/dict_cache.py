"""Two-layer network with a dict cache, named intermediate gradients (dz2, dz1) and keepdims."""

import numpy as np


def sigmoid(z):
    out = np.empty_like(z, dtype=np.float64)
    pos = z >= 0
    out[pos] = 1 / (1 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1 + ez)
    return out


def init_params(n_in, n_hidden, seed):
    rng = np.random.default_rng(seed)
    w1 = rng.standard_normal((n_in, n_hidden))
    w2 = rng.standard_normal((n_hidden, 1))
    return {"w1": w1, "b1": np.zeros(n_hidden), "w2": w2, "b2": np.zeros(1)}


def forward(x, params):
    z1 = x @ params["w1"] + params["b1"]
    a1 = sigmoid(z1)
    z2 = a1 @ params["w2"] + params["b2"]
    a2 = sigmoid(z2)
    cache = {"x": x, "a1": a1, "a2": a2, "w2": params["w2"]}
    return a2, cache


def backward(y, cache):
    x, a1, a2, w2 = cache["x"], cache["a1"], cache["a2"], cache["w2"]
    m = x.shape[0]
    y = np.reshape(y, (m, 1))
    dz2 = a2 - y                         # (m, 1)
    dw2 = a1.T @ dz2 / m                 # (h, 1)
    db2 = np.sum(dz2, axis=0, keepdims=True)[0] / m
    da1 = dz2 @ w2.T                     # (m, h)
    dz1 = da1 * a1 * (1 - a1)
    dw1 = x.T @ dz1 / m
    db1 = np.sum(dz1, axis=0) / m
    return {"w1": dw1, "b1": db1, "w2": dw2, "b2": db2}


def loss(a2, y, eps=1e-12):
    a2 = np.clip(a2, eps, 1 - eps)
    y = np.reshape(y, a2.shape)
    return float(-np.mean(y * np.log(a2) + (1 - y) * np.log(1 - a2)))


def fit(x, y, n_hidden=10, lr=0.1, epochs=100, batch_size=32, seed=0):
    params = init_params(x.shape[1], n_hidden, seed)
    shuffler = np.random.default_rng(seed)
    y = np.reshape(y, (-1, 1))
    losses = []
    n = len(x)
    for epoch in range(epochs):
        perm = shuffler.permutation(n)
        x_shuf, y_shuf = x[perm], y[perm]
        for start in range(0, n, batch_size):
            xb = x_shuf[start : start + batch_size]
            yb = y_shuf[start : start + batch_size]
            _, cache = forward(xb, params)
            grads = backward(yb, cache)
            for k in params:
                params[k] = params[k] - lr * grads[k]
        a2, _ = forward(x, params)
        losses.append(loss(a2, y))
    return params, losses


def predict(x, params):
    a2, _ = forward(x, params)
    return (a2.ravel() >= 0.5).astype(np.int64)
