"""Checks for the ko documents: every keyed-correct claim holds, every keyed-wrong line is wrong."""
import math

import numpy as np
import sympy as sp

from vh import eq, fails, near, numgrad, same, wrong_are

sg = lambda v: 1 / (1 + np.exp(-v))


def linreg_mse():
    w, b, x, y = sp.symbols("w b x y")
    L = (w * x + b - y) ** 2
    same(sp.diff(L, w), 2 * (w * x + b - y) * x); same(sp.diff(L, b), 2 * (w * x + b - y))
    eq(0.5 * 2 + 1, 2); eq((2 - 5) ** 2, 9); eq(2 * -3 * 2, -12); eq(2 * -3, -6)
    eq(0.5 - 0.05 * -12, 1.1, 1e-12); eq(1 - 0.05 * -6, 1.3, 1e-12); eq(1.1 * 2 + 1.3, 3.5, 1e-12); eq((3.5 - 5) ** 2, 2.25)
    rng = np.random.default_rng(0); X = rng.normal(size=5); Y = rng.normal(size=5); m = 5
    J = lambda W: float(np.mean((W[0] * X + 0.2 - Y) ** 2))
    g = numgrad(J, np.array([0.7]))[0]; r = 0.7 * X + 0.2 - Y
    near(g, 2 * np.mean(r * X), 6); assert abs(g - np.mean(r * X)) > 1e-3
    wrong_are("ko_linreg_mse", "\\frac{1}{m}\\sum_{i=1}^m (\\hat y_i - y_i)x_i")


def logistic_batch():
    rng = np.random.default_rng(0); X = rng.normal(size=(4, 3)); Y = rng.integers(0, 2, 4).astype(float)
    J = lambda w, b=0.1: float(-np.mean(Y * np.log(sg(X @ w + b)) + (1 - Y) * np.log(1 - sg(X @ w + b))))
    w = rng.normal(size=3); yh = sg(X @ w + 0.1)
    assert np.allclose(numgrad(J, w), X.T @ (yh - Y) / 4, atol=1e-6)
    near(numgrad(lambda B: J(w, B[0]), np.array([0.1]))[0], np.mean(yh - Y), 6)
    z = sp.symbols("z"); s = 1 / (1 + sp.exp(-z)); same(sp.diff(s, z), s * (1 - s))
    X = np.array([[1., 2.], [0., 1.], [2., 0.]]); y = np.array([1., 0., 1.])
    r = sg(X @ np.zeros(2)) - y; assert np.allclose(r, [-0.5, 0.5, -0.5])
    assert np.allclose(X.T @ r, [-1.5, -0.5]); near((X.T @ r / 3)[1], -0.1667, 4); eq((X.T @ r / 3)[0], -0.5)
    near(r.mean(), -0.1667, 4); near(-math.log(0.5), 0.6931, 4); eq(math.log(2), -math.log(0.5))
    near(0 - 1 * (X.T @ r / 3)[1], 0.1667, 4); near(0 - r.mean(), 0.1667, 4)
    wrong_are("ko_logistic_batch")


def l2_update():
    w, lam, eta = sp.symbols("w lambda eta"); J = sp.Function("J")
    same(sp.diff(J(w) + lam / 2 * w ** 2, w) - sp.diff(J(w), w), lam * w)
    g = sp.symbols("g"); same(w - eta * (g + lam * w), (1 - eta * lam) * w - eta * g)
    eq(1 - 0.1 * 0.01, 0.999, 1e-12); near(0.999 ** 100, 0.905, 3)
    assert np.allclose(0.999 * np.array([2, -1]) - 0.1 * np.array([0.5, 0.5]), [1.948, -1.049])
    assert abs((1 - 0.1 * 0.1) - 0.9) > 0.05  # keyed wrong: eta dropped
    eq(0.01 / 2 * 5, 0.025, 1e-12); eq(0.005 * 5, 0.025, 1e-12)
    rng = np.random.default_rng(0); A = rng.normal(size=(3, 3)); H = A @ A.T + np.eye(3); ws = rng.normal(size=3); l = 0.3
    obj = lambda v: float(0.5 * (v - ws) @ H @ (v - ws) + l / 2 * v @ v)
    wt = np.linalg.solve(H + l * np.eye(3), H @ ws); assert np.allclose(numgrad(obj, wt), 0, atol=1e-6)
    eq(0.01 / (0.01 + 0.01), 0.5)
    wrong_are("ko_l2_update", "1 - 0.1 = 0.9")


def backprop_sigmoid():
    rng = np.random.default_rng(0)
    W1 = rng.normal(size=(3, 2)); b1 = rng.normal(size=3); W2 = rng.normal(size=(1, 3)); b2 = rng.normal(size=1)
    x = rng.normal(size=2); y = np.array([0.3])
    def L(W1=W1, W2=W2):
        a1 = sg(W1 @ x + b1); return float(0.5 * np.sum((W2 @ a1 + b2 - y) ** 2))
    a1 = sg(W1 @ x + b1); d2 = W2 @ a1 + b2 - y; d1 = (W2.T @ d2) * a1 * (1 - a1)
    assert np.allclose(numgrad(lambda W: L(W1=W), W1), np.outer(d1, x), atol=1e-6)
    assert np.allclose(numgrad(lambda W: L(W2=W), W2), np.outer(d2, a1), atol=1e-6)
    assert np.outer(d1, x).shape == (3, 2)
    a = np.array([0.5, 0.8, 0.2]); assert np.allclose(a * (1 - a), [0.25, 0.16, 0.16])
    assert np.allclose(0.4 * np.array([1, -1, 2]) * a * (1 - a), [0.1, -0.064, 0.128])
    v = 0.4 * a; assert np.allclose(v, [0.2, 0.32, 0.08]) and abs(v[2] - 0.8) > 0.5
    wrong_are("ko_backprop_sigmoid", "(0.2,\\ 0.32,\\ 0.8)")


def softmax_ce_numbers():
    z = np.array([1, 2, 3.0]); S = np.exp(z).sum(); near(S, 30.193, 3)
    near(math.e, 2.718, 3); near(math.e ** 2, 7.389, 3); near(math.e ** 3, 20.086, 3); eq(2.718 + 7.389 + 20.086, 30.193, 1e-9)
    p = np.exp(z) / S
    for a, b in zip(p, [0.090, 0.245, 0.665]): near(a, b, 3)
    near(-math.log(p[1]), 1.408, 3); near(-math.log(0.245), 1.406, 3); assert abs(-math.log(p[1]) - 0.611) > 0.5
    for a, b in zip(p - [0, 1, 0], [0.090, -0.755, 0.665]): near(a, b, 3)
    eq((p - [0, 1, 0]).sum(), 0, 1e-12)
    assert np.allclose(np.exp(z - 3) / np.exp(z - 3).sum(), p); assert np.allclose(z - 3, [-2, -1, 0])
    q = np.exp(z / 2) / np.exp(z / 2).sum()
    for a, b in zip(q, [0.186, 0.307, 0.506]): near(a, b, 3)
    wrong_are("ko_softmax_ce_numbers", "0.611")


def conv1d_backward():
    x = np.array([1, 2, 0, -1, 3.0]); k = np.array([1, 0, -1.0]); g = np.array([1, 1, 2.0])
    conv = lambda x, k: np.array([k @ x[i:i + 3] for i in range(3)])
    assert np.allclose(conv(x, k), [1, 3, -3]); eq(5 - 3 + 1, 3)
    L = lambda x, k: float(g @ conv(x, k))
    dk = numgrad(lambda K: L(x, K), k); dx = numgrad(lambda X: L(X, k), x)
    assert np.allclose(dk, [3, 0, 5], atol=1e-6) and np.allclose(dx, [1, 1, 1, -1, -2], atol=1e-6)
    assert np.allclose(dk, [sum(g[i] * x[i + j] for i in range(3)) for j in range(3)])
    assert np.allclose(dx, np.convolve(g, k, mode="full"))  # full convolution = correlation with flipped kernel
    assert np.allclose(dx, [sum(g[i] * k[t - i] for i in range(3) if 0 <= t - i < 3) for t in range(5)])
    eq(x @ dx, -2, 1e-6); eq(1 + 2 + 0 + 1 - 6, -2); eq(g @ conv(x, k), -2); eq(1 + 3 - 6, -2)
    wrong_are("ko_conv1d_backward")


def pooling_sizes():
    o = lambda I, F, S: (I - F) // S + 1
    assert o(224, 2, 2) == 112 and o(55, 3, 2) == 27 and o(13, 3, 2) == 6 and o(28, 3, 3) == 9 != 10
    assert 96 * 55 * 55 == 290400 and 96 * 27 * 27 == 69984
    G = np.array([[4, 8.0]]); avg = lambda X: X.reshape(1, 2, 2, 2).mean(axis=(1, 3))
    assert np.allclose(numgrad(lambda X: float(np.sum(avg(X) * G)), np.zeros((2, 4))), [[1, 1, 2, 2], [1, 1, 2, 2]], atol=1e-6)
    assert 7 * 7 == 49
    wrong_are("ko_pooling_sizes", "| 10 |")


def momentum_nesterov():
    gf = lambda t: 2 * t
    th, v = 1.0, 0.0; ths = []
    for _ in range(3):
        v = 0.9 * v - 0.1 * gf(th); th += v; ths.append((v, th))
    for (a, b), (c, d) in zip(ths, [(-0.2, 0.8), (-0.34, 0.46), (-0.398, 0.062)]):
        eq(a, c, 1e-12); eq(b, d, 1e-12)
    eq(0.9 * -0.2 - 0.1 * 1.6, -0.34, 1e-12); eq(0.9 * -0.34 - 0.1 * 0.92, -0.398, 1e-12)
    th, v = 1.0, 0.0
    v = 0.9 * v - 0.1 * gf(th + 0.9 * v); th += v; eq(v, -0.2, 1e-12); eq(th, 0.8, 1e-12)
    eq(th + 0.9 * v, 0.62, 1e-12); v2 = 0.9 * v - 0.1 * gf(th + 0.9 * v); eq(v2, -0.304, 1e-12); eq(-0.18 - 0.1 * 1.24, -0.304, 1e-12)
    eq(th + v2, 0.496, 1e-12)
    eta, mu, g = sp.symbols("eta mu g"); vinf = sp.solve(sp.Eq(sp.Symbol("v"), mu * sp.Symbol("v") - eta * g), sp.Symbol("v"))[0]
    same(vinf, -eta * g / (1 - mu)); eq(0.1 / (1 - 0.9) / 0.1, 10, 1e-9)
    for (_, a), (_, b), (_, c) in [(ths[0], ths[1], ths[2])]:
        eq(c, (1 + 0.9 - 0.2) * b - 0.9 * a, 1e-12)
    eq((1 + 0.9 - 0.2) * 0.8 - 0.9 * 1.0, 0.46, 1e-12); eq(1.7 * 0.46 - 0.9 * 0.8, 0.062, 1e-12)
    wrong_are("ko_momentum_nesterov")


def embedding():
    assert 30000 * 256 == 7680000
    up = np.array([[0.1, -0.2], [0.5, 0.5], [0.3, 0.1]]); ids = np.array([3, 7, 3])
    dE = np.zeros((10, 2)); np.add.at(dE, ids, up)
    assert np.allclose(dE[3], [0.4, -0.1]) and np.allclose(dE[7], [0.5, 0.5]) and np.abs(np.delete(dE, [3, 7], 0)).sum() == 0
    bad = np.zeros((10, 2)); bad[ids] += up; assert np.allclose(bad[3], [0.3, 0.1])
    rng = np.random.default_rng(0); E = rng.normal(size=(10, 2)); gs = rng.normal(size=2)
    Ls = lambda E: float(gs @ E[ids].mean(0))
    assert np.allclose(numgrad(Ls, E)[3], 2 / 3 * gs, atol=1e-6) and not np.allclose(2 / 3 * gs, 1 / 3 * gs)
    wrong_are("ko_embedding", "\\frac{1}{3}\\,\\partial L")


def layernorm():
    x = np.array([2, 4, 6, 8.0]); eq(x.mean(), 5); eq(x.var(), 5); eq((9 + 1 + 1 + 9) / 4, 5); near(math.sqrt(5), 2.236, 3)
    xh = (x - 5) / math.sqrt(5)
    for a, b in zip(xh, [-1.342, -0.447, 0.447, 1.342]): near(a, b, 3)
    eq(xh.sum(), 0, 1e-12); eq((xh ** 2).sum(), 4, 1e-12)
    for a, b in zip(2 * xh + 1, [-1.683, 0.106, 1.894, 3.683]): near(a, b, 3)
    assert 2 * 768 == 1536
    x2 = 10 * x; assert np.allclose((x2 - x2.mean()) / x2.std(), xh)
    x3 = x + [1, 0, 0, 0]; assert not np.allclose((x3 - x3.mean()) / x3.std(), xh)
    wrong_are("ko_layernorm")


def dropout():
    p, h = sp.symbols("p h", positive=True)
    same(p * h / p, h); same(h ** 2 / p ** 2 * p * (1 - p), (1 - p) / p * h ** 2)
    rng = np.random.default_rng(0); m = rng.random(1000000) < 0.8; t = m * 2.0 / 0.8
    eq(t.mean(), 2.0, 0.01); eq(t.var(), 1.0, 0.01)
    hv = np.array([1.0, 2.5, -0.5, 4.0]); mk = np.array([1, 0, 1, 1])
    assert np.allclose(mk * hv / 0.8, [1.25, 0, -0.625, 5.0]); assert np.allclose(mk / 0.8, [1.25, 0, 1.25, 1.25])
    eq(0.2 / 0.8 * 4, 1, 1e-12)
    eq(1000 * 0.2, 200, 1e-9); eq(1000 * 0.8 * 0.2, 160, 1e-9); near(math.sqrt(160), 12.6, 1)
    wrong_are("ko_dropout")


def infonce():
    rng = np.random.default_rng(0); u = rng.normal(size=4); V = rng.normal(size=(3, 4)); tau = 0.5
    L = lambda u: float(-(V[0] @ u / tau) + np.log(np.exp(V @ u / tau).sum()))
    s = V @ u / tau; q = np.exp(s) / np.exp(s).sum()
    assert np.allclose(numgrad(L, u), (q @ V - V[0]) / tau, atol=1e-6)
    S = sp.symbols("s0:3"); Ls = -S[0] + sp.log(sum(sp.exp(v) for v in S))
    same(Ls, -sp.log(sp.exp(S[0]) / sum(sp.exp(v) for v in S)))
    for j in range(3): same(sp.diff(Ls, S[j]), sp.exp(S[j]) / sum(sp.exp(v) for v in S) - (1 if j == 0 else 0))
    s = np.array([0.8, 0.2, -0.4]) / 0.5; assert np.allclose(s, [1.6, 0.4, -0.8])
    for a, b in zip(np.exp(s), [4.953, 1.492, 0.449]): near(a, b, 3)
    near(np.exp(s).sum(), 6.894, 3); eq(4.953 + 1.492 + 0.449, 6.894, 1e-9)
    q = np.exp(s) / np.exp(s).sum()
    for a, b in zip(q, [0.718, 0.216, 0.065]): near(a, b, 3)
    near(-math.log(q[0]), 0.331, 3); near(-math.log(0.718), 0.331, 3); eq(0.718 - 1, -0.282, 1e-12); near(math.log(3), 1.099, 3)
    wrong_are("ko_infonce")


def rnn_tanh():
    w, u, hp, x = sp.symbols("w u hp x")
    h = sp.tanh(w * hp + u * x); same(sp.diff(h, hp), w * (1 - h ** 2))
    eq(0.9 * (1 - 0.25), 0.675, 1e-12)
    near(0.675 ** 10, 0.0196, 4); assert abs(0.675 ** 10 - 0.0197) > 0.00005
    near(0.675 ** 20, 0.000386, 6); near(1.5 ** 10, 57.7, 1)
    h1 = math.tanh(1); near(h1, 0.7616, 4); h2 = math.tanh(0.5 * h1); near(0.5 * h1, 0.3808, 4); near(h2, 0.3634, 4)
    def fwd(W):
        hh = 0.0
        for xv in (1, 0):
            hh = math.tanh(W[0] * hh + xv)
        return hh
    g = numgrad(fwd, np.array([0.5]))[0]; near(g, 0.661, 3)
    near((1 - h2 ** 2) * h1 + (1 - h2 ** 2) * 0.5 * (1 - h1 ** 2) * 0, 0.661, 3); near(1 - h2 ** 2, 0.8679, 4)
    near(0.8679 * 0.7616, 0.661, 3)
    near((1 - 0.3634) * 0.7616, 0.485, 3)
    # general BPTT sum formula for dL/dw with L = h_T, T = 3
    W = 0.7; xs = [0.5, -1.0, 0.3]
    def run(W):
        hs = [0.0]
        for xv in xs: hs.append(math.tanh(W * hs[-1] + xv))
        return hs
    hs = run(W); dh = [0.0] * 4; dh[3] = 1.0
    for t in (3, 2): dh[t - 1] = dh[t] * W * (1 - hs[t] ** 2)
    near(sum(dh[t] * (1 - hs[t] ** 2) * hs[t - 1] for t in (1, 2, 3)), numgrad(lambda Wv: run(Wv[0])[-1], np.array([W]))[0], 8)
    wrong_are("ko_rnn_tanh", "0.0197")


def step_decay():
    lr = lambda e: 0.1 * 0.1 ** (e // 30)
    near(lr(0), 0.1, 12); near(lr(29), 0.1, 12); near(lr(30), 0.01, 12); near(lr(59), 0.01, 12); near(lr(60), 0.001, 12); near(lr(89), 0.001, 12)
    near(lr(45), 0.01, 12)
    g = 0.01 ** (1 / 90); eq(g, math.exp(math.log(0.01) / 90), 1e-14); near(g, 0.9501, 4); near(0.1 * g ** 90, 0.001, 12)
    near(0.1 * g ** 30, 0.1 * 0.01 ** (1 / 3), 12); near(0.1 * g ** 30, 0.0215, 4)
    k = math.log(0.5) / math.log(g); near(k, 13.5, 1); assert abs(k - 31.2) > 1
    eq(0.1 * 1024 / 256, 0.4, 1e-12)
    assert math.ceil(1281167 / 1024) == 1252 and 1252 * 90 == 112680
    wrong_are("ko_step_decay", "31.2")


def gaussian_nll():
    y, mu, s, v = sp.symbols("y mu s v", real=True)
    l = sp.log(2 * sp.pi) / 2 + s / 2 + (y - mu) ** 2 / (2 * sp.exp(s))
    same(sp.diff(l, mu), -(y - mu) / sp.exp(s)); same(sp.diff(l, s), sp.Rational(1, 2) - (y - mu) ** 2 / (2 * sp.exp(s)))
    sol = sp.solve(sp.diff(l, s), s); assert any(sp.simplify(sp.exp(r) - (y - mu) ** 2) == 0 for r in sol)
    vals = {y: 3, mu: 2, s: 0.5}
    near(math.exp(0.5), 1.6487, 4); near(float(l.subs(vals)), 1.4722, 4)
    near(0.5 * math.log(2 * math.pi), 0.9189, 4); near(1 / (2 * math.exp(0.5)), 0.3033, 4); eq(0.9189 + 0.25 + 0.3033, 1.4722, 1e-12)
    near(float(sp.diff(l, mu).subs(vals)), -0.6065, 4); near(float(sp.diff(l, s).subs(vals)), 0.1967, 4)
    same(l.subs(s, 0) - sp.log(2 * sp.pi) / 2, (y - mu) ** 2 / 2)
    vp = sp.symbols("vp", positive=True)
    lv = sp.log(2 * sp.pi) / 2 + sp.log(vp) / 2 + (y - mu) ** 2 / (2 * vp)
    same(sp.diff(lv, vp), 1 / (2 * vp) - (y - mu) ** 2 / (2 * vp ** 2))
    fails(sp.diff(lv, vp), 1 / (2 * vp) - (y - mu) ** 2 / vp ** 2)
    wrong_are("ko_gaussian_nll", "{\\sigma^4}")


for f in [linreg_mse, logistic_batch, l2_update, backprop_sigmoid, softmax_ce_numbers, conv1d_backward, pooling_sizes,
          momentum_nesterov, embedding, layernorm, dropout, infonce, rnn_tanh, step_decay, gaussian_nll]:
    f()
print("ko ok")
