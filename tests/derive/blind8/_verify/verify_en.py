"""Checks for the en documents: every keyed-correct claim holds, every keyed-wrong line is wrong."""
import math

import numpy as np
import sympy as sp

from vh import eq, fails, near, numgrad, same, wrong_are

sg = lambda v: 1 / (1 + np.exp(-v))


def huber():
    d = 1.0
    H = lambda r, d: 0.5 * r * r if abs(r) <= d else d * (abs(r) - 0.5 * d)
    D = sp.symbols("D", positive=True); same(D ** 2 / 2, D * (D - D / 2))
    eq(H(0.4, 1), 0.08); eq(H(3, 1), 2.5)
    near((H(0.4 + 1e-6, 1) - H(0.4 - 1e-6, 1)) / 2e-6, 0.4, 6)
    near((H(3 + 1e-6, 1) - H(3 - 1e-6, 1)) / 2e-6, 1, 6)
    eq(H(-2, 1.5), 1.875); assert abs(1.5 * 1.25 - 1.785) > 0.01
    near((H(-2 + 1e-6, 1.5) - H(-2 - 1e-6, 1.5)) / 2e-6, -1.5, 6)
    r, dd = sp.symbols("r delta", positive=True); P = dd ** 2 * (sp.sqrt(1 + (r / dd) ** 2) - 1)
    same(sp.diff(P, r), r / sp.sqrt(1 + (r / dd) ** 2)); assert sp.limit(sp.diff(P, r), r, sp.oo) == dd
    near(math.sqrt(10) - 1, 2.162, 3); near(3 / math.sqrt(10), 0.9487, 4)
    wrong_are("en_huber_loss", "1.785")


def tconv():
    c = lambda n, k, s, p: (n + 2 * p - k) // s + 1
    t = lambda n, k, s, p: (n - 1) * s - 2 * p + k
    assert c(64, 3, 2, 1) == 32 and c(32, 3, 2, 1) == 16 and t(16, 4, 2, 1) == 32 and t(32, 4, 2, 1) == 64
    assert (16 - 1) * 2 - 2 + 4 == 32 and t(16, 3, 2, 1) == 31 and (16 - 1) * 2 - 2 + 3 == 31
    assert t(8, 2, 2, 0) == 16 and (8 - 1) * 2 + 2 == 16
    assert 128 * 64 * 16 + 64 == 131136
    assert t(16, 3, 2, 0) == 33 and (16 - 1) * 2 + 3 != 35
    wrong_are("en_transposed_conv", "35")


def cnn_exam():
    assert 28 + 2 - 3 + 1 == 28 and 8 * 9 + 8 == 80 and 28 // 2 == 14 and 14 - 3 + 1 == 12
    assert 16 * 8 * 9 + 16 == 1168 and 12 // 2 == 6 and 16 * 36 == 576 and 576 * 10 + 10 == 5770
    assert 80 + 1168 + 5770 == 7018 and 28 * 28 * 8 * 9 == 56448
    wrong_are("en_small_cnn_params")


def wbce():
    z, y, w = sp.symbols("z y w_p")
    s = 1 / (1 + sp.exp(-z))
    l = -(w * y * sp.log(s) + (1 - y) * sp.log(1 - s))
    same(sp.diff(sp.log(s), z), 1 - s); same(sp.diff(sp.log(1 - s), z), -s)
    same(sp.diff(l, z), -w * y * (1 - s) + (1 - y) * s)
    same((-w * y * (1 - s) + (1 - y) * s).subs(w, 1), s - y)
    same((-w * y * (1 - s) + (1 - y) * s).subs(y, 1), w * (s - 1))
    p = sg(0.4); near(p, 0.5987, 4); near(-3 * math.log(p), 1.539, 3); near(3 * (p - 1), -1.204, 3)
    assert 99 / 1 == 99
    wrong_are("en_weighted_bce")


def linreg_learner():
    y, w, b, x = sp.symbols("y w b x"); L = (w * x + b - y) ** 2
    same(sp.diff(L, w), 2 * (w * x + b - y) * x); same(sp.diff(L, b), 2 * (w * x + b - y))
    eq(1 * 3 + 0.5, 3.5); eq(3.5 - 5, -1.5); eq(1.5 ** 2, 2.25); eq(2 * -1.5 * 3, -9); eq(2 * -1.5, -3)
    eq(1 - 0.01 * -9, 1.09); eq(0.5 - 0.01 * -3, 0.53); eq(1.09 * 3 + 0.53, 3.8); near((3.8 - 5) ** 2, 1.44, 10)
    assert 1 * 1 + 0 - 2 == -1 and 1 * 2 + 0 - 2 == 0
    eq((2 / 2) * (-1 * 1 + 0 * 2), -1); eq((2 / 2) * (-1 + 0), -1); assert (2 / 2) * (-1 * 1 + 0 * 2) != -2
    m = 5; rng = np.random.default_rng(3); xs = rng.normal(size=m); ys = rng.normal(size=m)
    J = lambda p: float(np.mean((p[0] * xs + p[1] - ys) ** 2)); p0 = np.array([0.7, -0.2])
    near(numgrad(J, p0)[0], 2 / m * np.sum((p0[0] * xs + p0[1] - ys) * xs), 6)
    wrong_are("en_linreg_learner", "= −2")


def ppl():
    p = np.array([0.5, 0.25, 0.125, 0.5]); nll = -np.mean(np.log(p))
    eq(nll, 7 / 4 * math.log(2)); near(nll, 1.213, 3); eq(math.exp(nll), 2 ** 1.75, 1e-12); near(2 ** 1.75, 3.364, 3)
    eq(np.prod(p) ** (-1 / 4), math.exp(nll), 1e-12)
    near(math.exp(2.3), 9.97, 2); near(math.exp(1.15), 3.16, 2); near(math.sqrt(9.97), 3.16, 2)
    near(math.log(50257), 10.825, 3); near(math.exp(3), 20.09, 2); near(3 / math.log(2), 4.328, 3)
    wrong_are("en_perplexity")


def mi():
    P = np.array([[0.3, 0.1], [0.2, 0.4]]); px = P.sum(1); py = P.sum(0)
    assert np.allclose(px, [0.4, 0.6]) and np.allclose(py, [0.5, 0.5])
    near(0.3 * math.log2(1.5), 0.1755, 4); eq(0.1 * math.log2(0.5), -0.1); near(0.2 * math.log2(2 / 3), -0.1170, 4)
    near(0.4 * math.log2(4 / 3), 0.1660, 4)
    I = float((P * np.log2(P / np.outer(px, py))).sum()); near(I, 0.1245, 4)
    near(1 - I, 0.8755, 4); near(-0.4 * math.log2(0.4) - 0.6 * math.log2(0.6), 0.9710, 4)
    Hj = float(-(P * np.log2(P)).sum()); near(Hj, 1.8464, 4); eq(0.9710 + 1 - 0.1245, 1.8465, 1e-12)
    near(-0.4 * math.log2(0.4) - 0.6 * math.log2(0.6) + 1 - I, Hj, 10)
    wrong_are("en_mutual_information")


def rmsnorm():
    d = 4; x = np.array([0.5, -1.2, 2.0, 0.3]); g = np.array([1.0, 0.5, 2.0, 1.5])
    r = lambda v: np.sqrt(np.mean(v ** 2))
    X = sp.symbols("x1:5"); R = sp.sqrt(sum(v ** 2 for v in X) / 4)
    same(sp.diff(R, X[1]), X[1] / (4 * R))
    for i in range(4):
        for j in range(4):
            same(sp.diff(X[i] / R, X[j]), (int(i == j) - (X[i] / R) * (X[j] / R) / 4) / R)
    u = np.array([0.2, -0.4, 1.0, 0.7]); L = lambda v: float(u @ (v / r(v)))
    xh = x / r(x); assert np.allclose(numgrad(L, x), (u - xh * (xh @ u) / d) / r(x), atol=1e-6)
    eq((numgrad(L, x) @ x), 0, 1e-6)
    x2 = np.array([3.0, 4.0]); eq(r(x2), math.sqrt(12.5)); near(math.sqrt(12.5), 3.536, 3)
    near(3 / r(x2), 0.8485, 4); near(4 / r(x2), 1.1314, 4); eq(np.sum((x2 / r(x2)) ** 2), 2, 1e-12)
    assert np.allclose((2.7 * x) / r(2.7 * x), xh)
    wrong_are("en_rmsnorm")


def noam():
    lr = lambda t: 512 ** -0.5 * min(t ** -0.5, t * 4000 ** -1.5)
    T, W = sp.symbols("t w", positive=True); same(sp.solve(sp.Eq(T ** sp.Rational(-1, 2), T * W ** sp.Rational(-3, 2)), T)[0], W)
    eq(lr(4000), (512 * 4000) ** -0.5, 1e-15); near(lr(4000) * 1e4, 6.99, 2); near(lr(1) * 1e7, 1.75, 2)
    eq(lr(16000), lr(4000) / 2, 1e-15); near(lr(16000) * 1e4, 3.49, 2); eq(lr(2000), lr(4000) / 2, 1e-15)
    eq(2000 * 512 ** -0.5 * 4000 ** -1.5, lr(2000), 1e-15)
    near(math.sqrt(512 / 1024), 0.707, 3)
    wrong_are("en_transformer_lr")


def mha():
    assert 3 * (512 * 512 + 512) == 787968 and 512 * 512 + 512 == 262656 and 787968 + 262656 == 1050624 == 4 * (512 ** 2 + 512)
    assert 512 // 8 == 64 and 8 * 100 == 800 and 512 // 16 == 32 and math.sqrt(64) == 8
    rng = np.random.default_rng(0); q = rng.normal(size=(200000, 64)); k = rng.normal(size=(200000, 64))
    near(np.var((q * k).sum(1) / 8), 1, 1)
    assert 512 * 2048 + 2048 + 2048 * 512 + 512 == 2099712 != 2099200
    wrong_are("en_mha_params", "2{,}099{,}200")


def contrastive():
    a1, a2, b1, b2, m = sp.symbols("a1 a2 b1 b2 m", positive=True)
    d = sp.sqrt((a1 - b1) ** 2 + (a2 - b2) ** 2)
    same(sp.diff(d ** 2 / 2, a1), (a1 - b1)); same(sp.diff((m - d) ** 2 / 2, a1), -(m - d) * (a1 - b1) / d)
    D = sp.symbols("D"); same(sp.diff(D ** 2 / 2, D), D); same(sp.diff((m - D) ** 2 / 2, D), -(m - D))
    a = np.array([1.0, 2]); b = np.array([4.0, 6]); dd = np.linalg.norm(a - b); eq(dd, 5); eq(9 + 16, 25)
    eq(0.5 * dd ** 2, 12.5); assert np.allclose(a - b, [-3, -4]); eq(0.5 * (6 - 5) ** 2, 0.5)
    L = lambda v: 0.5 * max(0, 6 - np.linalg.norm(v - b)) ** 2
    assert np.allclose(numgrad(L, a), [0.6, 0.8], atol=1e-6); assert np.allclose(-1 * (a - b) / 5, [0.6, 0.8])
    eq(max(0, 4 - 5), 0)
    wrong_are("en_contrastive_pair")


def lstm():
    f = sg(1.2); near(f, 0.7685, 4); assert abs(0.7685 ** 10 - 0.0717) > 0.0001; near(f ** 10, 0.0719, 4)
    near(0.7685 ** 50 * 1e6, 1.9, 1); near(sg(3), 0.9526, 4); near(0.9526 ** 50, 0.088, 3)
    near(0.5 * (1 - math.tanh(0.8) ** 2), 0.2795, 4)
    fv = np.array([0.3, 0.8]); cp = np.array([0.5, -1.0]); ig = np.array([0.6, 0.2]); ct = np.array([0.1, 0.9])
    c = lambda v: fv * v + ig * ct
    J = np.array([numgrad(lambda v: c(v)[i], cp) for i in range(2)]); assert np.allclose(J, np.diag(fv), atol=1e-8)
    wrong_are("en_lstm_cell", "0.0717")


def ta_key():
    rng = np.random.default_rng(1); d, h, k, m = 4, 5, 3, 6
    X = rng.normal(size=(d, m)); W1 = rng.normal(size=(h, d)); b1 = rng.normal(size=(h, 1)); W2 = rng.normal(size=(k, h)); b2 = rng.normal(size=(k, 1))
    Y = np.eye(k)[:, rng.integers(0, k, m)]
    def fwd(W1, b1, W2, b2):
        Z1 = W1 @ X + b1; A1 = np.maximum(Z1, 0); Z2 = W2 @ A1 + b2; E = np.exp(Z2 - Z2.max(0)); P = E / E.sum(0)
        return -np.sum(Y * np.log(P)) / m, Z1, A1, P
    J, Z1, A1, P = fwd(W1, b1, W2, b2)
    dZ2 = (P - Y) / m; dW2 = dZ2 @ A1.T; db2 = dZ2.sum(1, keepdims=True); dA1 = W2.T @ dZ2; dZ1 = dA1 * (Z1 > 0)
    dW1 = dZ1 @ X.T; db1 = dZ1 @ np.ones((m, 1))
    assert dW2.shape == (k, h) and dA1.shape == (h, m) and dW1.shape == (h, d) and db2.shape == (k, 1)
    assert np.allclose(numgrad(lambda W: fwd(W, b1, W2, b2)[0], W1), dW1, atol=1e-6)
    assert np.allclose(numgrad(lambda W: fwd(W1, W, W2, b2)[0], b1), db1, atol=1e-6)
    assert np.allclose(numgrad(lambda W: fwd(W1, b1, W, b2)[0], W2), dW2, atol=1e-6)
    assert np.allclose(numgrad(lambda W: fwd(W1, b1, W2, W)[0], b2), db2, atol=1e-6)
    assert 5 * 4 + 5 + 3 * 5 + 3 == 43
    assert 5 * 32 == 160 and 3 * 32 == 96 != 86
    wrong_are("en_two_layer_backprop", "= 86")


def gd_proof():
    A = np.array([[1.0, 0], [0, 9]]); ev = np.linalg.eigvalsh(A); mu, L = 1, 9
    eq(2 / (L + mu), 0.2); eq((L - mu) / (L + mu), 0.8); eq(max(abs(1 - 0.2 * ev)), 0.8, 1e-12)
    eq(max(abs(1 - ev / 9)), 8 / 9, 1e-12); near(8 / 9, 0.889, 3); near(math.log(1e-6) / math.log(0.8), 61.9, 1)
    k = sp.symbols("kappa", positive=True); same(((k * 1) - 1) / (k + 1), (k - 1) / (k + 1))
    for eta in [0.05, 0.21, 0.23]:
        rho = max(abs(1 - eta * ev)); assert (rho < 1) == (eta < 2 / L)
    eq(max(abs(1 - 0.25 * ev)), 1.25, 1e-12); assert 0.25 > 2 / 9
    wrong_are("en_gd_quadratic", "0.75 < 1")


def sgns():
    x = sp.symbols("x"); s = 1 / (1 + sp.exp(-x)); same(sp.diff(sp.log(s), x), 1 - s); same(1 - s, s.subs(x, -x))
    rng = np.random.default_rng(4); v = rng.normal(size=3); uo = rng.normal(size=3); U = rng.normal(size=(2, 3))
    J = lambda v: float(-np.log(sg(uo @ v)) - np.sum(np.log(sg(-U @ v))))
    assert np.allclose(numgrad(J, v), (sg(uo @ v) - 1) * uo + (sg(U @ v)[:, None] * U).sum(0), atol=1e-6)
    Ju = lambda u: float(-np.log(sg(u @ v))); assert np.allclose(numgrad(Ju, uo), (sg(uo @ v) - 1) * v, atol=1e-6)
    Jk = lambda u: float(-np.log(sg(-u @ v))); assert np.allclose(numgrad(Jk, U[0]), sg(U[0] @ v) * v, atol=1e-6)
    near(sg(0.8) - 1, -0.3100, 4); near(sg(0.3), 0.5744, 4); near(-math.log(sg(0.8)), 0.3711, 4); near(-math.log(sg(-0.3)), 0.8544, 4)
    eq(0.3711 + 0.8544, 1.2255, 1e-12); near(-math.log(sg(0.8)) - math.log(sg(-0.3)), 1.2255, 4)
    assert (5 + 1) * 300 == 1800 and 10 ** 5 * 300 == 3 * 10 ** 7
    assert sg(0.3) > 0  # dJ/du_1 = +sigma(0.3) v_c, checked above
    wrong_are("en_negative_sampling", "-0.5744")


def gap():
    X = np.arange(18.0).reshape(2, 3, 3); assert np.allclose(X.mean((1, 2)), [4, 13]); eq(36 / 9, 4); eq(117 / 9, 13)
    assert X[0].sum() == 36 and X[1].sum() == 117
    dy = np.array([0.9, -1.8]); g = numgrad(lambda Z: float(dy @ Z.mean((1, 2))), X)
    assert np.allclose(g[0], 0.1) and np.allclose(g[1], -0.2); eq(9 * -0.2, -1.8, 1e-12)
    assert 512 * 49 * 4096 + 4096 == 102764544 and 512 * 1000 + 1000 == 513000; near(102764544 / 513000, 200.3, 1)
    wrong_are("en_global_avg_pool")


def temperature():
    z = np.array([2.0, 1, 0]); sm = lambda T: np.exp(z / T) / np.exp(z / T).sum()
    H = lambda p: float(-(p * np.log(p)).sum())
    for T, p, h in [(0.5, [0.8668, 0.1173, 0.0159], 0.4411), (1, [0.6652, 0.2447, 0.0900], 0.8324), (2, [0.5065, 0.3072, 0.1863], 1.0202)]:
        for a, b in zip(sm(T), p): near(a, b, 4)
        near(H(sm(T)), h, 4)
    near(math.log(3), 1.0986, 4); near(H(sm(1000)), math.log(3), 5)
    q = np.array([0, 1.0, 0]); T = 2
    g = numgrad(lambda v: float(-(q * np.log(np.exp(v / T) / np.exp(v / T).sum())).sum()), z)
    assert np.allclose(g, (sm(2) - q) / 2, atol=1e-7)
    for a, b in zip(sm(2) - q, [0.5065, -0.6928, 0.1863]): near(a, b, 4)
    for a, b in zip(g, [0.2532, -0.3464]): near(a, b, 4)
    near(g[2], 0.0932, 4); assert abs(g[2] - 0.0832) > 0.005; eq(g.sum(), 0, 1e-8)
    wrong_are("en_softmax_temperature", "0.0832")


def momentum_nb():
    w, v = 1.0, 0.0; out = []
    for t in range(3):
        g = 2 * w; v = 0.9 * v + g; w = w - 0.1 * v; out.append((g, v, w))
    for (g, v, w), (G, V, Wv) in zip(out, [(2, 2, 0.8), (1.6, 3.4, 0.46), (0.92, 3.98, 0.062)]):
        eq(g, G, 1e-12); eq(v, V, 1e-12); eq(w, Wv, 1e-12)
    eq(1 - 0.2, 0.8); eq(0.9 * 2 + 1.6, 3.4); eq(0.8 - 0.34, 0.46, 1e-12); eq(0.9 * 3.4 + 0.92, 3.98, 1e-12); eq(0.46 - 0.398, 0.062, 1e-12)
    eq((1 - 0.2) ** 3, 0.512, 1e-12)
    v = 0
    for _ in range(500): v = 0.9 * v + 1.0
    eq(v, 10, 1e-9); eq(0.1 / (1 - 0.9), 1, 1e-12)
    v = 0
    for _ in range(500): v = 0.9 * v + 0.1 * 1.0
    eq(v, 1, 1e-9)
    wrong_are("en_momentum_by_hand")


def gauss_mle():
    mu, x = sp.symbols("mu x"); s2 = sp.symbols("s2", positive=True); n = 4; xs = sp.symbols("x1:5")
    l = -sp.Rational(n, 2) * sp.log(2 * sp.pi * s2) - sum((xi - mu) ** 2 for xi in xs) / (2 * s2)
    same(sp.diff(l, mu), sum(xi - mu for xi in xs) / s2)
    same(sp.diff(l, s2), -n / (2 * s2) + sum((xi - mu) ** 2 for xi in xs) / (2 * s2 ** 2))
    xb = sum(xs) / n
    same(sum((xi - xb) ** 2 for xi in xs), sum((xi - mu) ** 2 for xi in xs) - n * (xb - mu) ** 2)
    rng = np.random.default_rng(0); S = rng.normal(0, 2, size=(200000, 4)); near(S.var(1).mean() / 4, 0.75, 2)
    d = np.array([2, 4, 4, 6.0]); eq(d.mean(), 4); assert np.allclose((d - 4) ** 2, [4, 0, 0, 4])
    eq(d.var(), 2); near(8 / 3, 2.667, 3)
    ll = float(np.sum(-0.5 * np.log(2 * np.pi * 2) - (d - 4) ** 2 / 4)); eq(ll, -2 * (math.log(4 * math.pi) + 1), 1e-12)
    near(ll, -7.062, 3); assert abs(ll + 7.026) > 0.01
    wrong_are("en_gaussian_mle", "-7.026")


def shrink():
    c, mu, s2, n = sp.symbols("c mu s2 n", positive=True)
    M = (1 - c) ** 2 * mu ** 2 + c ** 2 * s2 / n
    same(sp.diff(M, c), -2 * (1 - c) * mu ** 2 + 2 * c * s2 / n)
    cs = mu ** 2 / (mu ** 2 + s2 / n); same(sp.diff(M, c).subs(c, cs), 0)
    same(M.subs(c, cs), mu ** 2 * s2 / n / (mu ** 2 + s2 / n))
    same(s2 / n - M.subs(c, cs), (s2 / n) ** 2 / (mu ** 2 + s2 / n))
    rng = np.random.default_rng(0); S = rng.normal(1, 2, size=(200000, 4)).mean(1) * 0.8
    near(np.mean((S - 1) ** 2), 0.68, 2)
    f = lambda c: (1 - c) ** 2 * 1 + c ** 2 * 1
    eq(f(1), 1); eq(1 / (1 + 1), 0.5); eq(f(0.5), 0.5); eq(0.5 ** 2, 0.25); eq(f(0.8), 0.68, 1e-12); eq(0.04 + 0.64, 0.68, 1e-12)
    wrong_are("en_shrinkage")


for f in [huber, tconv, cnn_exam, wbce, linreg_learner, ppl, mi, rmsnorm, noam, mha, contrastive, lstm, ta_key, gd_proof,
          sgns, gap, temperature, momentum_nb, gauss_mle, shrink]:
    f()
print("en ok")
