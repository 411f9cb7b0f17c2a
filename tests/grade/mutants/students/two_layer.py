"""A two-layer network as a student writes it (Andrew Ng's notation: dZ, dW, db)."""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def init_params(n_in, n_hidden, seed):
    rng = np.random.default_rng(seed)
    W1 = rng.standard_normal((n_in, n_hidden))
    W2 = rng.standard_normal((n_hidden, 1))
    return {"w1": W1, "b1": np.zeros(n_hidden), "w2": W2, "b2": np.zeros(1)}


def forward(x, params):
    Z1 = x @ params["w1"] + params["b1"]
    A1 = sigmoid(Z1)
    Z2 = A1 @ params["w2"] + params["b2"]
    A2 = sigmoid(Z2)
    return A2, (x, A1, A2, params["w2"])


def backward(y, cache):
    X, A1, A2, W2 = cache
    m = X.shape[0]
    Y = np.reshape(y, A2.shape)
    dZ2 = A2 - Y
    dW2 = A1.T @ dZ2 / m
    db2 = np.mean(dZ2, axis=0)
    dZ1 = dZ2 @ W2.T * A1 * (1 - A1)
    dW1 = X.T @ dZ1 / m
    db1 = np.mean(dZ1, axis=0)
    return {"w1": dW1, "b1": db1, "w2": dW2, "b2": db2}


def loss(a2, y, eps=1e-12):
    a2 = np.clip(a2, eps, 1 - eps)
    y = np.reshape(y, a2.shape)
    return float(-np.mean(y * np.log(a2) + (1 - y) * np.log(1 - a2)))


def fit(x, y, n_hidden=10, lr=0.1, epochs=100, batch_size=32, seed=0):
    params = init_params(x.shape[1], n_hidden, seed)
    rng = np.random.default_rng(seed)
    y = np.reshape(y, (-1, 1))
    losses = []
    for epoch in range(epochs):
        perm = rng.permutation(len(x))
        for start in range(0, len(x), batch_size):
            idx = perm[start:start + batch_size]
            _, cache = forward(x[idx], params)
            grads = backward(y[idx], cache)
            for key in params:
                params[key] = params[key] - lr * grads[key]
        losses.append(loss(forward(x, params)[0], y))
    return params, losses


def predict(x, params):
    probs, _ = forward(x, params)
    return (probs[:, 0] >= 0.5).astype(int)
