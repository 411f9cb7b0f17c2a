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


def shift_inv():
    z = sp.symbols("z1:4"); c = sp.symbols("c"); den = sum(sp.exp(t) for t in z)
    same(sp.exp(z[0] + c) / sum(sp.exp(t + c) for t in z), sp.exp(z[0]) / den)
    zz = np.array([0.3, -1.2, 0.8]); p = np.exp(zz) / np.exp(zz).sum(); J = np.diag(p) - np.outer(p, p)
    Jn = np.array([numgrad(lambda v: (np.exp(v) / np.exp(v).sum())[i], zz) for i in range(3)]); assert np.allclose(J, Jn, atol=1e-6)
    assert np.allclose(J @ np.ones(3), 0); y = np.array([0, 1., 0]); g = numgrad(lambda v: -np.log(np.exp(v) / np.exp(v).sum()) @ y, zz)
    assert np.allclose(g, p - y, atol=1e-6); eq(g.sum(), 0, 1e-6)
    fails(sp.log(sp.exp(z[0]) / den), z[0] + sp.log(den)); same(sp.log(sp.exp(z[0]) / den), z[0] - sp.log(den))
    d = 1 + math.exp(-1) + math.exp(-2); near(math.exp(-2) / d, 0.0900, 4); near(math.exp(-1) / d, 0.2447, 4); near(1 / d, 0.6652, 4)
    wrong_are("en_softmax_shift_invariance", "z_i + \\log")


def gru_params():
    d, h = 100, 128; assert h * d == 12800 and h * h == 16384 and h * d + h * h + h == 29312 and 3 * 29312 == 87936
    assert 3 * (h * d + h * h + 2 * h) == 88320 == 3 * 29440 and 88320 - 87936 == 384
    assert 4 * 29312 == 117248 != 117148; assert 3 * (128 * 128 + 128 ** 2 + 128) == 98688
    wrong_are("en_gru_param_count", "117{,}148")


def gauss_nll():
    y, mu, s = sp.symbols("y mu sigma", positive=True); L = sp.log(2 * sp.pi * s ** 2) / 2 + (y - mu) ** 2 / (2 * s ** 2)
    fails(sp.diff(L, mu), (y - mu) / s ** 2); same(sp.diff(L, mu), -(y - mu) / s ** 2); same(sp.diff(L, s), 1 / s - (y - mu) ** 2 / s ** 3)
    ls = sp.symbols("s"); Ls = sp.log(2 * sp.pi) / 2 + ls / 2 + (y - mu) ** 2 * sp.exp(-ls) / 2; same(Ls.subs(ls, sp.log(s ** 2)), L)
    same(sp.diff(Ls, ls), sp.Rational(1, 2) - (y - mu) ** 2 * sp.exp(-ls) / 2)
    v = {y: 3, mu: 2, s: sp.Rational(1, 2)}; near(sp.log(2 * sp.pi * sp.Rational(1, 4)) / 2, 0.2258, 4); near(L.subs(v), 2.2258, 4)
    eq(sp.diff(L, mu).subs(v), -4); eq(sp.diff(L, s).subs(v), -6); eq(2 - 1 / 0.125, -6); near(math.log(0.25), -1.386, 3)
    eq(sp.diff(Ls, ls).subs({y: 3, mu: 2, ls: sp.log(sp.Rational(1, 4))}), -1.5); eq(0.5 - 0.5 * 4, -1.5); eq(0.25 * -6, -1.5)
    wrong_are("en_gaussian_nll_variance", "\\frac{y - \\mu}{\\sigma^2}")


def clr():
    def lr(t, b=0.001, m=0.006, s=2000):
        c = math.floor(1 + t / (2 * s)); x = abs(t / s - 2 * c + 1); return c, x, b + (m - b) * max(0, 1 - x)
    for t, c, x, e in [(0, 1, 1, 0.001), (1000, 1, 0.5, 0.0035), (2000, 1, 0, 0.006), (2500, 1, 0.25, 0.00475), (4000, 2, 1, 0.001), (5000, 2, 0.5, 0.0035)]:
        cc, xx, ee = lr(t); assert cc == c; eq(xx, x); eq(ee, e, 1e-15)
    eq(abs(1.25 - 1), 0.25); eq(0.001 + 0.005 * 0.75, 0.00475, 1e-15)
    wrong_are("en_cyclical_lr")


def kl_bern():
    kl = lambda p, q: p * math.log(p / q) + (1 - p) * math.log((1 - p) / (1 - q))
    near(0.5 * math.log(5), 0.8047, 4); near(0.5 * math.log(5 / 9), -0.2939, 4); near(kl(0.5, 0.1), 0.5108, 4); eq(0.8047 - 0.2939, 0.5108, 1e-12)
    near(0.1 * math.log(0.2), -0.1609, 4); near(0.9 * math.log(1.8), 0.5290, 4); near(kl(0.1, 0.5), 0.3681, 4); eq(-0.1609 + 0.5290, 0.3681, 1e-12)
    near(0.5108 / math.log(2), 0.737, 3); assert abs(0.5108 / math.log(2) - 0.709) > 0.01; near(0.3681 / math.log(2), 0.531, 3)
    p, q = sp.symbols("p q", positive=True); K = p * sp.log(p / q) + (1 - p) * sp.log((1 - p) / (1 - q))
    same(sp.diff(K, q), -p / q + (1 - p) / (1 - q)); same(sp.diff(K, q), (q - p) / (q * (1 - q))); same(K.subs(q, p), 0)
    eq((0.1 - 0.5) / (0.1 * 0.9), -0.4 / 0.09); near(-0.4 / 0.09, -4.44, 2)
    wrong_are("en_kl_bernoulli", "0.709")


def bias_trick():
    Xt = np.array([[1., 0], [1, 1], [1, 2]]); y = np.array([1., 3, 4]); th = np.array([0., 1])
    L = lambda t: np.sum((Xt @ t - y) ** 2) / 6; g = Xt.T @ (Xt @ th - y) / 3; assert np.allclose(numgrad(L, th), g, atol=1e-6)
    assert np.allclose(Xt @ th, [0, 1, 2]) and np.allclose(Xt @ th - y, [-1, -2, -2]) and np.allclose(Xt.T @ (Xt @ th - y), [-5, -6])
    near(g[0], -1.667, 3); eq(g[1], -2); assert np.allclose(th - 0.3 * g, [0.5, 1.6])
    assert np.allclose(Xt.T @ Xt, [[3, 3], [3, 5]]) and np.allclose(Xt.T @ y, [8, 11]); eq(np.linalg.det(Xt.T @ Xt), 6, 1e-12)
    ts = np.linalg.solve(Xt.T @ Xt, Xt.T @ y); assert np.allclose(ts, np.array([[5, -3], [-3, 3]]) @ [8, 11] / 6) and np.allclose(ts, [7 / 6, 1.5])
    near(7 / 6, 1.167, 3)
    wrong_are("en_linreg_bias_trick")


def deep_shapes():
    m = 32; A1 = np.random.default_rng(1).normal(size=(256, m)); dZ2 = np.random.default_rng(2).normal(size=(64, m))
    dW = dZ2 @ A1.T / m; assert dW.shape == (64, 256); assert (A1 @ dZ2.T / m).shape == (256, 64) != dW.shape
    assert 784 * 256 + 256 == 200960 and 256 * 64 + 64 == 16448 and 64 * 10 + 10 == 650 and 200960 + 16448 + 650 == 218058
    W = np.random.default_rng(3).normal(size=(3, 4)); Ap = np.random.default_rng(4).normal(size=(4, 5)); b = np.ones((3, 1)); G = np.random.default_rng(5).normal(size=(3, 5))
    f = lambda W: np.sum(G * (W @ Ap + b)) / 5; assert np.allclose(numgrad(f, W), G @ Ap.T / 5, atol=1e-6)
    fA = lambda A: np.sum(G * (W @ A + b)); assert np.allclose(numgrad(fA, Ap), W.T @ G, atol=1e-6)
    wrong_are("en_deep_net_shapes", "A^{[1]}\\, dZ^{[2]\\top}")


def mnist_params():
    assert 28 - 3 + 1 == 26 and 3 * 3 * 1 == 9 and 32 * 10 == 320 and 26 - 3 + 1 == 24 and 3 * 3 * 32 + 1 == 289 and 64 * 289 == 18496
    assert 12 * 12 * 64 == 9216 and 9216 * 128 + 128 == 1179776 != 1179766 and 128 * 10 + 10 == 1290 and 320 + 18496 + 1179776 + 1290 == 1199882
    near(1179776 / 1199882, 0.983, 3); near(1179776 / 1199882, 0.98, 2)
    wrong_are("en_mnist_cnn_params", "1,179,766")


def grad_accum():
    g = np.array([1., 2, 3, 4]); m1, m2 = g[:2].mean(), g[2:].mean(); eq(m1, 1.5); eq(m2, 3.5); eq(m1 + m2, 5); eq(2 * 2.5, 5); eq(g.mean(), 2.5)
    K, b = 2, 2; eq((m1 + m2), g.sum() / b); eq(g.sum() / b, K * g.mean()); eq((m1 + m2) / K, g.mean())
    wrong_are("en_grad_accumulation")


def uniform_init():
    a = sp.symbols("a", positive=True); w = sp.symbols("w"); same(sp.integrate(w ** 2, (w, -a, a)) / (2 * a), a ** 2 / 3)
    v = sp.symbols("v", positive=True); same((sp.sqrt(3 * v)) ** 2 / 3, v)
    eq(math.sqrt(6 / 384), 0.125, 1e-15); eq(6 / 384, 0.015625, 1e-15); near(2 / 384, 0.005208, 6)
    rng = np.random.default_rng(0); W = rng.uniform(-0.125, 0.125, size=(128, 256)); assert abs(W.var() / (2 / 384) - 1) < 0.01
    near(math.sqrt(6 / 256), 0.1531, 4); assert abs(math.sqrt(6 / 256) - 0.1513) > 0.001; near(math.sqrt(1.5), 1.225, 3); eq(math.sqrt(6 / 256) / 0.125, math.sqrt(1.5), 1e-12)
    wrong_are("en_uniform_init_limits", "0.1513")


for f in [wls, log_odds, sq_hinge, conv_flops, maxpool_overlap, polyak, causal, norm_params, emb_bag, logistic_hessian,
          shift_inv, gru_params, gauss_nll, clr, kl_bern, bias_trick, deep_shapes, mnist_params, grad_accum, uniform_init]:
    f()
print("en ok")
