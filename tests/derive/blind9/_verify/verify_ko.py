"""Checks for the ko documents: every keyed-correct claim holds, every keyed-wrong line is wrong."""
import math

import numpy as np
import sympy as sp

from vh import eq, fails, near, numgrad, same, wrong_are

sg = lambda v: 1 / (1 + np.exp(-v))
E = math.e


def mae_median():
    c = sp.symbols("c"); ys = sp.symbols("y1:5"); n = 4
    same(sp.diff(sum((y - c) ** 2 for y in ys) / n, c), -sp.Rational(2, n) * sum(y - c for y in ys))
    y = np.array([1., 2, 3, 10]); mse = lambda c: np.mean((y - c) ** 2); mae = lambda c: np.mean(np.abs(y - c))
    eq(y.sum() / 4, 4); eq(mse(4), 12.5); eq((9 + 4 + 1 + 36) / 4, 12.5); eq(mae(2.5), 2.5); eq((1.5 + 0.5 + 0.5 + 7.5) / 4, 2.5)
    eq(mse(2.5), 14.75, 1e-12); assert abs(mse(2.5) - 14.25) > 0.1; eq(mae(4), 3); eq((3 + 2 + 1 + 6) / 4, 3)
    for cc in np.linspace(2, 3, 11): eq(mae(cc), 2.5, 1e-12)
    assert mae(1.9) > 2.5 and mae(3.1) > 2.5
    wrong_are("ko_mae_median", "14.25")


def soft_ce():
    z = np.array([2., 1, 0]); q = np.array([0.8, 0.1, 0.1]); p = np.exp(z) / np.exp(z).sum()
    L = lambda z: -q @ np.log(np.exp(z) / np.exp(z).sum()); assert np.allclose(numgrad(L, z), p - q, atol=1e-6)
    for a, b in zip(p, [0.6652, 0.2447, 0.0900]): near(a, b, 4)
    for a, b in zip(p - q, [-0.1348, 0.1447, -0.0100]): near(a, b, 4)
    near(-(0.8 * math.log(0.6652) + 0.1 * math.log(0.2447) + 0.1 * math.log(0.0900)), 0.708, 3); near(L(z), 0.708, 3)
    near(-0.1348 + 0.1447 - 0.0100, 0, 3)
    zs = sp.symbols("z1:4"); qs = sp.symbols("q1:4"); lse = sp.log(sum(sp.exp(t) for t in zs))
    Ls = -sum(qi * (zi - lse) for qi, zi in zip(qs, zs)); same(Ls, -sum(a * b for a, b in zip(qs, zs)) + sum(qs) * lse)
    same(sp.diff(Ls, zs[0]), -qs[0] + sum(qs) * sp.exp(zs[0]) / sum(sp.exp(t) for t in zs))
    wrong_are("ko_soft_label_ce")


def same_pad():
    def sp_(n, k, s):
        o = math.ceil(n / s); t = max((o - 1) * s + k - n, 0); return o, t, t // 2, t - t // 2
    assert sp_(224, 7, 2) == (112, 5, 2, 3) and 111 * 2 + 7 - 224 == 5 and (224 + 6 - 7) // 2 + 1 == 112
    assert sp_(32, 3, 1) == (32, 2, 1, 1) and 31 + 3 - 32 == 2 and sp_(28, 5, 2) == (14, 3, 1, 2) and 13 * 2 + 5 - 28 == 3
    assert sp_(15, 3, 2) == (8, 2, 1, 1) and math.ceil(15 / 2) == 8 != 7
    wrong_are("ko_same_padding", "= 7")


def avgpool_overlap():
    G = np.array([[9., 0], [0, 18]]); f = lambda X: sum(G[a, b] * X[a:a + 3, b:b + 3].mean() for a in range(2) for b in range(2))
    D = numgrad(f, np.zeros((4, 4))); assert (4 - 3) // 1 + 1 == 2
    assert np.allclose(D, [[1, 1, 1, 0], [1, 3, 3, 2], [1, 3, 3, 2], [0, 2, 2, 2]], atol=1e-6)
    eq((9 + 0 + 0 + 18) / 9, 3); eq(9 / 9, 1); eq(18 / 9, 2); eq((0 + 18) / 9, 2); near(D.sum(), 27, 6)
    wrong_are("ko_avgpool_overlap")


def momentum_tv():
    b, t = sp.symbols("beta t"); same(sum(b ** i for i in range(5)), (1 - b ** 5) / (1 - b))
    eq(1 / (1 - 0.9), 10, 1e-9); eq(1 / (1 - 0.99), 100, 1e-9); eq(1 + 0.9 + 0.81, 2.71, 1e-12)
    v5 = (1 - 0.9 ** 5) / 0.1; near(v5, 4.10, 2); assert abs(v5 - 4.19) > 0.05 and v5 < 5; near((1 - 0.9 ** 20) / 0.1, 8.78, 2)
    g, eta = 1.3, 0.01; w1 = w2 = 0.0; v1 = v2 = 0.0
    for _ in range(10):
        v1 = 0.9 * v1 + g; w1 -= eta * v1; v2 = 0.9 * v2 + 0.1 * g; w2 -= eta / 0.1 * v2
    eq(w1, w2, 1e-12)
    wrong_are("ko_momentum_terminal_velocity", "4.19")


def rnn_params():
    assert 5000 * 100 == 500000 and 64 * 100 + 64 * 64 + 64 == 10560 == 6400 + 4096 + 64 and 64 + 1 == 65 and 500000 + 10560 + 65 == 510625
    assert 64 * 100 + 64 == 6464
    wrong_are("ko_rnn_sentiment_params")


def attn_scale():
    rng = np.random.default_rng(0); q = rng.normal(size=(200000, 64)); k = rng.normal(size=(200000, 64)); s = (q * k).sum(1)
    assert abs(s.var() / 64 - 1) < 0.02 and abs(s.mean()) < 0.1; eq(math.sqrt(64), 8)
    near(1 / (1 + math.exp(-8)), 0.99966, 5); eq(math.exp(8) / (math.exp(8) + 1), 1 / (1 + math.exp(-8)), 1e-15)
    p = 1 / (1 + math.exp(-8)); near(p * (1 - p), 0.00034, 5); p = 1 / (1 + math.exp(-1)); near(p, 0.731, 3); near(0.731 * 0.269, 0.197, 3); near(p * (1 - p), 0.197, 3)
    wrong_are("ko_attention_scaling")


def poisson():
    w, x, y = sp.symbols("w x y", positive=True); lam = sp.exp(w * x)
    same(-sp.log(lam ** y * sp.exp(-lam) / sp.factorial(y)), lam - y * w * x + sp.log(sp.factorial(y)))
    same(sp.diff(lam - y * w * x, w), (lam - y) * x)
    near(math.exp(0.5), 1.6487, 4); nll = math.exp(0.5) - 1.5 + math.log(6); near(nll, 1.9405, 4); near(math.log(6), 1.7918, 4); eq(1.6487 - 1.5 + 1.7918, 1.9405, 1e-12)
    near(math.exp(0.5) - 3, -1.3513, 4); near(math.log(3), 1.0986, 4)
    wrong_are("ko_poisson_nll")


def hinge_svm():
    w = np.array([1., -1]); b = 0.0; lam = 0.1; x = np.array([0.5, 1]); y = 1.0
    J = lambda wb: max(0, 1 - y * (wb[:2] @ x + wb[2])) + lam / 2 * wb[:2] @ wb[:2]; wb = np.array([1., -1, 0])
    eq(w @ x + b, -0.5); eq(J(wb), 1.6, 1e-12); eq(1 - (-0.5), 1.5); eq(0.1 / 2 * 2, 0.1, 1e-15)
    g = numgrad(J, wb); assert np.allclose(g, [-0.4, -1.1, -1], atol=1e-6) and not np.allclose(g[:2], [-0.4, -0.9], atol=1e-3)
    wn = wb - 0.5 * g; assert np.allclose(wn, [1.2, -0.45, 0.5], atol=1e-6); near(wn[:2] @ x + wn[2], 0.65, 6); near(1 - 0.65, 0.35, 9)
    wrong_are("ko_binary_hinge_svm", "(-0.4, -0.9)")


def dense_bp():
    X = np.array([[1., 0, 2], [0, 1, -1]]); W = np.array([[1., 2], [0, 1], [-1, 0]]); dY = np.array([[1., -1], [2, 0]]); b = np.zeros(2)
    f = lambda W: np.sum(dY * (X @ W + b)); assert np.allclose(numgrad(f, W), X.T @ dY, atol=1e-6)
    assert np.allclose(X.T @ dY, [[1, -1], [2, 0], [0, -2]]); assert np.allclose(dY.sum(0), [3, -1]) and not np.allclose(dY.sum(0), [3, 1])
    assert np.allclose(dY @ W.T, [[-1, -1, -1], [2, 0, -2]]); assert np.allclose(numgrad(lambda X: np.sum(dY * (X @ W)), X), dY @ W.T, atol=1e-6)
    wrong_are("ko_dense_batch_backprop", "(3, 1)")


def gauss_kl():
    m1, m2 = sp.symbols("mu1 mu2"); s1, s2, x = sp.symbols("s1 s2 x", positive=True)
    kl = lambda a, b, c, d: math.log(d / b) + (b ** 2 + (a - c) ** 2) / (2 * d ** 2) - 0.5
    near(kl(1, 1, 0, 2), 0.4431, 4); near(math.log(2), 0.6931, 4); eq(0.6931 + 0.25 - 0.5, 0.4431, 1e-12); near(kl(0, 2, 1, 1), 1.3069, 4)
    near(math.log(0.5) + 2.5 - 0.5, 1.3069, 4)
    rng = np.random.default_rng(0); xs = rng.normal(1.0, 1.0, 1_000_000); mc = np.mean(-0.5 * (xs - 1) ** 2 + 0.5 * np.log(4) + xs ** 2 / 8); assert abs(mc - 0.4431) < 0.005
    mu, s = sp.symbols("mu s", positive=True); same(sp.log(1 / s) + (s ** 2 + mu ** 2) / 2 - sp.Rational(1, 2), (s ** 2 + mu ** 2 - 1 - sp.log(s ** 2)) / 2)
    v = 0.5 * (2 + 0.25 - 1 - math.log(2)); near(v, 0.2784, 4); assert abs(v - 0.3185) > 0.01
    wrong_are("ko_gaussian_kl", "0.3185")


def gd_quad():
    a, eta, w = sp.symbols("a eta w"); same(w - eta * a * w, (1 - eta * a) * w)
    eq(1 - 0.4 * 4, -0.6, 1e-12); ws = [1.0]
    for _ in range(3): ws.append((1 - 1.6) * ws[-1])
    near(ws[1], -0.6, 9); near(ws[2], 0.36, 9); near(ws[3], -0.216, 9); assert abs(ws[3] - 0.216) > 0.1
    eq(1 - 0.6 * 4, -1.4, 1e-12); eq(1 - 1 / 4 * 4, 0)
    lmin, lmax = 1.0, 9.0; es = 2 / (lmin + lmax); eq(es, 0.2); rho = max(abs(1 - es * lmin), abs(1 - es * lmax)); eq(rho, 0.8, 1e-12); eq((9 - 1) / (9 + 1), 0.8)
    for e in np.linspace(0.01, 0.22, 50): assert max(abs(1 - e * lmin), abs(1 - e * lmax)) >= rho - 1e-12
    wrong_are("ko_gd_quadratic_stepsize", "w_3 = 0.216")


def max_ent():
    p = sp.symbols("p", positive=True); lam = sp.symbols("lam"); same(sp.diff(-p * sp.log(p) + lam * p, p), -sp.log(p) - 1 + lam)
    K = sp.symbols("K", positive=True); same(-K * (1 / K) * sp.log(1 / K), sp.log(K))
    eq(math.log2(4), 2); P = np.array([0.5, 0.25, 0.125, 0.125]); eq(-(P * np.log2(P)).sum(), 1.75); eq(0.5 + 0.5 + 0.375 + 0.375, 1.75)
    near(1.75 * math.log(2), 1.213, 3); assert abs(1.75 * math.log(2) - 1.231) > 0.01; near(math.log(4), 1.386, 3)
    wrong_are("ko_max_entropy_uniform", "1.231")


def tying():
    assert 10000 * 512 == 5120000 and 4 * (512 * 512 + 512 * 512 + 512) == 2099200 and 10000 * 512 + 10000 == 5130000
    assert 5120000 + 2 * 2099200 + 5130000 == 14448400 and 14448400 - 5120000 == 9328400 and 4 * 512 == 2048
    near(5120000 / 14448400 * 100, 35.4, 1)
    wrong_are("ko_weight_tying_params")


def sgd_single():
    w, b, x, y = sp.symbols("w b x y"); L = (w * x + b - y) ** 2; same(sp.diff(L, w), 2 * (w * x + b - y) * x); same(sp.diff(L, b), 2 * (w * x + b - y))
    yh = 1 * 2 + 0; eq(yh - 5, -3); eq((yh - 5) ** 2, 9); eq(2 * -3 * 2, -12); eq(2 * -3, -6); eq(1 - 0.05 * -12, 1.6, 1e-12); eq(0 - 0.05 * -6, 0.3, 1e-12)
    eq(1.6 * 2 + 0.3, 3.5, 1e-12); eq((3.5 - 5) ** 2, 2.25); assert (3.5 - 5) ** 2 != 2.5
    eq(-0.05 * (-24 - 6), 1.5, 1e-12); eq(0.05 * (24 + 6), 1.5, 1e-12); wn, bn = 1 + 0.1 * 12, 0 + 0.1 * 6; eq(wn * 2 + bn - 5, 0, 1e-12)
    wrong_are("ko_sgd_single_example", "= 2.5")


for f in [mae_median, soft_ce, same_pad, avgpool_overlap, momentum_tv, rnn_params, attn_scale, poisson, hinge_svm, dense_bp,
          gauss_kl, gd_quad, max_ent, tying, sgd_single]:
    f()
print("ko ok")
