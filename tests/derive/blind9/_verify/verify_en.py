"""Checks for the en documents: every keyed-correct claim holds, every keyed-wrong line is wrong."""
import math

import numpy as np
import sympy as sp

from vh import eq, fails, near, numgrad, same, wrong_are

sg = lambda v: 1 / (1 + np.exp(-v))
E = math.e


def wls():
    X = np.array([[1., 0], [1, 1], [1, 2], [1, 4]]); y = np.array([1., 2, 2, 5]); C = np.diag([1., 2, 1, 3]); w = np.array([0.3, 0.7])
    J = lambda w: 0.5 * (y - X @ w) @ C @ (y - X @ w)
    g = numgrad(J, w); assert np.allclose(g, X.T @ C @ X @ w - X.T @ C @ y, atol=1e-6); assert np.allclose(g, -X.T @ C @ (y - X @ w), atol=1e-6)
    Js = 0.5 * y @ C @ y - w @ X.T @ C @ y + 0.5 * w @ X.T @ C @ X @ w; eq(Js, J(w), 1e-9)
    ws = np.linalg.solve(X.T @ C @ X, X.T @ C @ y); assert np.allclose(numgrad(J, ws), 0, atol=1e-6)
    x = np.array([1., 2, 3]); yy = np.array([2., 3, 7]); c = np.array([1., 1, 2])
    assert (c * x * yy).sum() == 50 == 2 + 6 + 42 and (c * x * x).sum() == 23 == 1 + 4 + 18
    assert abs(50 / 23 - 2.147) > 0.01; near(50 / 23, 2.174, 3)
    assert (x * yy).sum() == 29 and (x * x).sum() == 14; near(29 / 14, 2.071, 3); near(7 / 3, 2.333, 3)
    wrong_are("en_weighted_least_squares", "2.147")


def log_odds():
    z = sp.symbols("z"); p = 1 / (1 + sp.exp(-z)); same(1 - p, sp.exp(-z) / (1 + sp.exp(-z))); same(p / (1 - p), sp.exp(z))
    wj = sp.symbols("w_j"); same(sp.exp(z + wj) / sp.exp(z), sp.exp(wj))
    near(math.exp(0.7), 2.014, 3); near(math.exp(-0.7), 0.497, 3); assert abs(math.exp(-0.7) - 0.479) > 0.01
    eq(sg(0.0), 0.5); eq(2 * 1 - 1 + 0.5, 1.5); near(sg(1.5), 0.818, 3); near(math.exp(1.5), 4.48, 2)
    near(0.818 / 0.182, 4.49, 2); eq(0 - 1 + 0.5, -0.5); near(sg(-0.5), 0.378, 3)
    wrong_are("en_logistic_log_odds", "0.479")


def sq_hinge():
    y, x, w = -1.0, np.array([1., 2]), np.array([0.5, -0.5])
    f = lambda w: max(0, 1 - y * w @ x) ** 2
    g = -2 * max(0, 1 - y * w @ x) * y * x; assert np.allclose(numgrad(f, w), g, atol=1e-6) and np.allclose(g, [1, 2])
    eq(w @ x, -0.5); eq(y * w @ x, 0.5); eq(f(w), 0.25); w2 = w - 0.1 * g; assert np.allclose(w2, [0.4, -0.7]); eq(y * w2 @ x, 1.0, 1e-12); eq(f(w2), 0, 1e-20)
    m = sp.symbols("m", positive=True); same(sp.diff(m ** 2, m), 2 * m)
    wrong_are("en_squared_hinge")


def conv_flops():
    assert (56 + 2 - 3) // 1 + 1 == 56 and 56 * 56 * 128 * 64 * 9 == 231211008; near(231211008 / 1e6, 231.2, 1); near(2 * 231211008 / 1e6, 462.4, 1)
    assert 9 * 64 * 128 + 128 == 73856 and (56 + 2 - 3) // 2 + 1 == 28; assert 28 * 28 * 128 * 64 * 9 != 115605504 == 2 * 28 * 28 * 128 * 64 * 9
    assert 56 * 56 * 64 * 9 == 1806336 and 56 * 56 * 64 * 128 == 25690112 and 1806336 + 25690112 == 27496448
    near(231211008 / 27496448, 8.41, 2); near(1 / (1 / 128 + 1 / 9), 8.41, 2)
    wrong_are("en_conv_flops", "115{,}605{,}504")


def maxpool_overlap():
    def mp(x, k=3, s=2):
        n = (len(x) - k) // s + 1; idx = [i * s + int(np.argmax(x[i * s:i * s + k])) for i in range(n)]
        return x[idx], idx
    def back(d, idx, n):
        dx = np.zeros(n)
        for g, i in zip(d, idx): dx[i] += g
        return dx
    x = np.array([1., 5, 2, 4, 3]); y, i = mp(x); assert (5 - 3) // 2 + 1 == 2 and list(y) == [5, 4]
    assert np.allclose(back([0.3, -0.2], i, 5), [0, 0.3, 0, -0.2, 0])
    x = np.array([1., 2, 6, 3, 0]); y, i = mp(x); assert list(y) == [6, 6]; dx = back([0.3, -0.2], i, 5)
    assert np.allclose(dx, [0, 0, 0.1, 0, 0]); eq(dx.sum(), 0.1, 1e-12); eq(0.3 + (-0.2), 0.1, 1e-12)
    wrong_are("en_maxpool_overlap")


def polyak():
    ws = [4., 2, 3]; av = [np.mean(ws[:t]) for t in (1, 2, 3)]; assert av == [4, 3, 3]
    T, a, b = sp.symbols("T a b"); same(a + (b - a) / T, ((T - 1) * a + b) / T)
    eq(1 / (1 - 0.99), 100, 1e-9); near(math.log(2) / -math.log(0.99), 69, 0)
    near(0.99 ** 100, 0.366, 3); eq(1 - 0.366, 0.634, 1e-12); near(1 - 0.99 ** 100, 0.634, 3)
    eq(1 / (1 - 0.999), 1000, 1e-6); near(1 - 0.999 ** 100, 0.0952, 4)
    wrong_are("en_polyak_ema")


def causal():
    S = np.array([[2., 0, 4], [1, 3, -2], [0, 2, 2]]); A = S / 2; A[np.triu(np.ones((3, 3), bool), 1)] = -np.inf
    P = np.exp(A - A.max(1, keepdims=True)); P /= P.sum(1, keepdims=True); V = np.array([[1., 0], [0, 1], [2, 2]])
    assert np.allclose(P[0], [1, 0, 0]); near(P[1, 0], 0.2689, 4); near(1 / (1 + E), 0.2689, 4); near(P[1, 1], 0.7311, 4)
    near(1 / (1 + 2 * E), 0.1554, 4); near(E / (1 + 2 * E), 0.4223, 4); near(P[2, 1], 0.4223, 4)
    O = P @ V; near(O[1, 1], 0.731, 3); assert abs(O[1, 1] - 0.713) > 0.01; near(O[1, 0], 0.269, 3)
    eq(O[2, 0], 1, 1e-12); near(O[2, 1], 1.267, 3); near(math.exp(2) / (E + 1 + math.exp(2)), 0.665, 3)
    wrong_are("en_causal_mask", "(0.269, 0.713)")


def norm_params():
    assert 2 * 64 == 128 and 2 * 64 * 8 * 8 == 8192 and 2 * 768 == 1536 != 1563 and 12 * 2 * 1536 == 36864 and 64 // 32 == 2
    wrong_are("en_norm_layer_params", "1563")


def emb_bag():
    Et = np.random.default_rng(0).normal(size=(10, 2)); g = np.array([0.6, -0.3]); bag = [3, 7, 3]
    f = lambda M: g @ M[bag].mean(0); G = numgrad(f, Et)
    assert np.allclose(G[3], [0.4, -0.2], atol=1e-6) and np.allclose(G[7], [0.2, -0.1], atol=1e-6) and np.allclose(np.delete(G, [3, 7], 0), 0)
    fs = lambda M: g @ M[bag].sum(0); assert np.allclose(numgrad(fs, Et)[3], [1.2, -0.6], atol=1e-6)
    assert 10000 * 64 == 640000
    wrong_are("en_embedding_bag")


def logistic_hessian():
    z = sp.symbols("z"); d = sp.diff(sp.log(1 + sp.exp(z)), z); same(d, sp.exp(z) / (1 + sp.exp(z))); fails(d, sp.exp(z) / (1 + sp.exp(z)) ** 2)
    s = 1 / (1 + sp.exp(-z)); same(sp.diff(s, z), s * (1 - s))
    X = np.array([[1., 0], [1, 1], [1, 2]]); y = np.array([1., 0, 1]); w = np.array([0.2, -0.4])
    l = lambda w: np.sum(np.log1p(np.exp(X @ w)) - y * (X @ w)); assert np.allclose(numgrad(l, w), X.T @ (sg(X @ w) - y), atol=1e-6)
    H = numgrad(lambda v: (X.T @ (sg(X @ v) - y))[0], w), numgrad(lambda v: (X.T @ (sg(X @ v) - y))[1], w)
    S = np.diag(sg(X @ w) * (1 - sg(X @ w))); assert np.allclose(np.array(H), X.T @ S @ X, atol=1e-6)
    H0 = 0.25 * X.T @ X; assert np.allclose(X.T @ X, [[3, 3], [3, 5]]) and np.allclose(H0, [[0.75, 0.75], [0.75, 1.25]])
    eq(np.linalg.det(H0), 0.375, 1e-12); eq(0.9375 - 0.5625, 0.375); eq(np.trace(H0), 2, 1e-12)
    wrong_are("en_logistic_hessian", "(1 + e^z)^2")


for f in [wls, log_odds, sq_hinge, conv_flops, maxpool_overlap, polyak, causal, norm_params, emb_bag, logistic_hessian]:
    f()
print("en ok")
