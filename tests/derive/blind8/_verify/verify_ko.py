"""Checks for the ko documents: every keyed-correct claim holds, every keyed-wrong line is wrong."""
import math

import numpy as np
import sympy as sp

from vh import eq, fails, near, numgrad, same, wrong_are

sg = lambda v: 1 / (1 + np.exp(-v))


def l1_sgd():
    w = np.array([0.8, -0.05]); g = np.array([0.3, 0.1]); eta, lam = 0.1, 0.5
    w1 = w - eta * (g + lam * np.sign(w)); assert np.allclose(w1, [0.72, -0.01])
    eq(0.8 - 0.1 * (0.3 + 0.5), 0.72, 1e-12); eq(-0.05 - 0.1 * (0.1 - 0.5), -0.01, 1e-12)
    eq(w1[1] - eta * (0.1 + lam * np.sign(w1[1])), 0.03, 1e-12); eq(-0.01 + 0.04, 0.03, 1e-12)
    eq(-0.05 - 0.1 * (0.1 + 0.5 * -0.05), -0.0575, 1e-12)
    x = sp.symbols("x", positive=True); same(sp.diff(sp.Abs(x), x), 1)
    y = sp.symbols("y", negative=True); same(sp.diff(sp.Abs(y), y), -1)
    wrong_are("ko_l1_sgd")


def dilated():
    ke = lambda k, d: k + (k - 1) * (d - 1)
    assert ke(3, 1) == 3 and ke(3, 2) == 5 and ke(3, 4) == 9 and ke(5, 3) == 13 != 12
    out = lambda n, k, p, s: (n + 2 * p - k) // s + 1
    assert out(32, 5, 2, 1) == 32 and (32 + 4 - 5) // 1 + 1 == 32
    for d in [1, 2, 3, 5]: assert out(32, ke(3, d), d, 1) == 32
    assert out(65, 9, 0, 2) == 29 and (65 - 9) // 2 + 1 == 29
    rf = 1
    for d in [1, 2, 4]: rf += ke(3, d) - 1
    assert rf == 15 == 1 + 2 * (1 + 2 + 4)
    assert 64 * 64 * 9 + 64 == 36928
    wrong_are("ko_dilated_conv", "= 12")


def logistic_learner():
    x, w, b, y = sp.symbols("x w b y"); z = w * x + b; s = 1 / (1 + sp.exp(-z))
    Y = sp.symbols("Yh"); L = -(y * sp.log(Y) + (1 - y) * sp.log(1 - Y))
    Z = sp.symbols("Z"); same(sp.diff(1 / (1 + sp.exp(-Z)), Z), (1 / (1 + sp.exp(-Z))) * (1 - 1 / (1 + sp.exp(-Z))))
    same(sp.diff(L, Y), -y / Y + (1 - y) / (1 - Y))
    Lz = L.subs(Y, s); same(sp.diff(Lz, w), (s - y) * x); same(sp.diff(Lz, b), s - y)
    eq(0.5 * 2 - 0.5, 0.5); p = sg(0.5); near(p, 0.6225, 4); near(-math.log(1 - p), 0.974, 3)
    near(p * 2, 1.245, 3); eq(0.6225 * 2, 1.245, 1e-12); near(0.5 - 0.1 * 2 * p, 0.3755, 4); eq(0.5 - 0.1 * 1.245, 0.3755, 1e-12)
    bn = -0.5 - 0.1 * p; near(bn, -0.5622, 4); assert abs(bn + 0.4378) > 0.1
    near(0.3755 * 2 - 0.5622, 0.1888, 4); near(sg(0.1888), 0.547, 3)
    wrong_are("ko_logistic_learner", "−0.4378")


def bn_running():
    rm, rv = 0.0, 1.0; outs = []
    for mu, var in [(2.0, 4.0), (3.0, 1.0)]:
        rm = 0.9 * rm + 0.1 * mu; rv = 0.9 * rv + 0.1 * var; outs.append((rm, rv))
    eq(outs[0][0], 0.2, 1e-12); eq(outs[0][1], 1.3, 1e-12); eq(0.1 * 2, 0.2, 1e-12); eq(0.9 + 0.4, 1.3, 1e-12)
    eq(outs[1][0], 0.48, 1e-12); eq(outs[1][1], 1.27, 1e-12); eq(0.9 * 0.2 + 0.3, 0.48, 1e-12); eq(0.9 * 1.3 + 0.1, 1.27, 1e-12)
    xh = (5 - 0.48) / math.sqrt(1.27); near(xh, 4.011, 3); near(2 * 4.011 + 0.5, 8.52, 2); near(2 * xh + 0.5, 8.52, 2)
    a = 2 / math.sqrt(1.27); near(a, 1.775, 3); c = 0.5 - a * 0.48; near(c, -0.352, 3); near(0.5 - 1.775 * 0.48, -0.352, 3)
    near(1.775 * 5 - 0.352, 8.52, 2); eq(a * 5 + c, 2 * xh + 0.5, 1e-12)
    wrong_are("ko_batchnorm_running")


def bin_entropy():
    p = sp.symbols("p", positive=True)
    H = -p * sp.log(p, 2) - (1 - p) * sp.log(1 - p, 2)
    same(sp.diff(H, p), sp.log((1 - p) / p, 2))
    same(sp.diff(H, p), -sp.log(p) / sp.log(2) - 1 / sp.log(2) + sp.log(1 - p) / sp.log(2) + 1 / sp.log(2))
    same(sp.diff(H, p, 2), -1 / (sp.log(2) * p * (1 - p))); same(H.subs(p, sp.Rational(1, 2)), 1)
    h = lambda q: -q * math.log2(q) - (1 - q) * math.log2(1 - q)
    near(-0.2 * math.log2(0.2), 0.4644, 4); near(-0.8 * math.log2(0.8), 0.2575, 4); near(h(0.2), 0.7219, 4)
    eq(0.4644 + 0.2575, 0.7219, 1e-12); eq(math.log2(0.8 / 0.2), 2, 1e-12)
    near(h(0.9), 0.469, 3); eq(h(0.9), h(0.1), 1e-12); near(math.log(2), 0.693, 3); eq(h(0.5) * math.log(2), math.log(2))
    eq(-0.2 * math.log2(0.5) - 0.8 * math.log2(0.5), 1); eq(1 - 0.7219, 0.2781, 1e-12); near(1 - h(0.2), 0.2781, 4)
    wrong_are("ko_binary_entropy")


def ema():
    b, t = sp.symbols("beta t", positive=True)
    g = np.array([0.3, -1.2, 2.0, 0.7, 1.1]); beta = 0.8; v = 0
    for gi in g: v = beta * v + (1 - beta) * gi
    eq(v, (1 - beta) * sum(beta ** (5 - i) * g[i - 1] for i in range(1, 6)), 1e-12)
    eq((1 - beta) * sum(beta ** (5 - i) for i in range(1, 6)), 1 - beta ** 5, 1e-12)
    v = 0
    for _ in range(7): v = 0.9 * v + 0.1 * 3.0
    eq(v / (1 - 0.9 ** 7), 3.0, 1e-12)
    eq(1 / (1 - 0.98), 50, 1e-9); near(0.98 ** 50, 0.364, 3); near(1 / math.e, 0.368, 3); near(0.99 ** 100, 1 / math.e, 2)
    eq(0.1 * 4, 0.4, 1e-12); eq(0.4 / 0.1, 4, 1e-12); near(1 - 0.9 ** 10, 0.6513, 4); near(0.9 ** 10, 0.35, 2)
    assert abs(1 - 0.9 ** 20 - 0.8906) > 0.005; near(1 - 0.9 ** 20, 0.8784, 4)
    wrong_are("ko_ema_momentum", "0.8906")


def pool_exam():
    X = np.array([[1, 3, 2, 0], [4, 2, 1, 5], [0, 1, 6, 2], [2, 2, 3, 1.0]]); G = np.array([[1, -2], [3, 0.5]])
    W = X.reshape(2, 2, 2, 2).transpose(0, 2, 1, 3).reshape(2, 2, 4)
    assert np.allclose(W.max(2), [[4, 5], [2, 6]]); avg = W.mean(2); assert np.allclose(avg, [[2.5, 2], [1.25, 3]]) and avg[1, 0] != 1.5
    dmax = np.zeros((4, 4))
    for i in range(2):
        for j in range(2):
            k = int(np.argmax(W[i, j])); dmax[2 * i + k // 2, 2 * j + k % 2] = G[i, j]
    assert np.allclose(dmax, [[0, 0, 0, 0], [1, 0, 0, -2], [0, 0, 0.5, 0], [3, 0, 0, 0]])
    davg = np.kron(G, np.ones((2, 2))) / 4
    assert np.allclose(davg, [[0.25, 0.25, -0.5, -0.5], [0.25, 0.25, -0.5, -0.5], [0.75, 0.75, 0.125, 0.125], [0.75, 0.75, 0.125, 0.125]])
    f = lambda Z: float((G * Z.reshape(2, 2, 2, 2).mean((1, 3))).sum()); assert np.allclose(numgrad(f, X), davg, atol=1e-8)
    eq(dmax.sum(), 2.5); eq(davg.sum(), 2.5); eq(1 - 2 + 3 + 0.5, 2.5)
    wrong_are("ko_pooling_backward", "1.5 & 3")


def cnn_params():
    c1 = 32 * 3 * 25 + 32; c2 = 64 * 32 * 9 + 64; f1 = 4096 * 256 + 256; f2 = 256 * 10 + 10
    assert (c1, c2, f1, f2) == (2432, 18496, 1048832, 2570) and 64 * 8 * 8 == 4096
    assert c1 + c2 + f1 + f2 == 1072330 and 32 + 4 - 5 + 1 == 32; near(100 * f1 / 1072330, 97.8, 1)
    assert 32 * 32 * 32 * 75 == 2457600 and 16 * 16 * 64 * 288 == 4718592
    wrong_are("ko_cnn_params")


def sigmoid_vanish():
    x = sp.symbols("x"); s = 1 / (1 + sp.exp(-x)); ds = sp.diff(s, x); same(ds, s * (1 - s))
    S = sp.symbols("S"); assert sp.solve(sp.diff(S * (1 - S), S), S) == [sp.Rational(1, 2)]; same(ds.subs(x, 0), sp.Rational(1, 4))
    near(sg(2), 0.8808, 4); near(1 - sg(2), 0.1192, 4); near(sg(2) * (1 - sg(2)), 0.105, 3)
    near(0.25 ** 5 * 1e4, 9.8, 1); near(0.25 ** 10 * 1e7, 9.5, 1)
    same(sp.diff(sp.tanh(x), x).subs(x, 0), 1); same(sp.tanh(x), 2 * s.subs(x, 2 * x) - 1)
    same(sp.diff(sp.tanh(x), x), 4 * ds.subs(x, 2 * x)); eq(4 * 0.25, 1)
    wrong_are("ko_sigmoid_vanishing")


def softmax_jac():
    z = sp.symbols("z1:4"); E = [sp.exp(v) for v in z]; s = [e / sum(E) for e in E]
    for i in range(3):
        for j in range(3): same(sp.diff(s[i], z[j]), s[i] * (int(i == j) - s[j]))
    sv = np.array([0.5, 0.3, 0.2]); J = np.diag(sv) - np.outer(sv, sv)
    assert np.allclose(J, [[0.25, -0.15, -0.1], [-0.15, 0.21, -0.06], [-0.1, -0.06, 0.16]]) and np.allclose(J, J.T) and np.allclose(J.sum(1), 0)
    gs = np.array([0, -1 / 0.3, 0]); assert np.allclose(J.T @ gs, [0.5, -0.7, 0.2]); assert np.allclose(-1 / 0.3 * np.array([-0.15, 0.21, -0.06]), [0.5, -0.7, 0.2])
    assert np.allclose(sv - np.array([0, 1, 0]), [0.5, 0.3 - 1, 0.2])
    eq(np.linalg.det(J), 0, 1e-12); eq(np.trace(J), 0.62, 1e-12); eq(1 - sv @ sv, 0.62, 1e-12); eq(sv @ sv, 0.38, 1e-12)
    wrong_are("ko_softmax_jacobian")


def bernoulli():
    t = sp.symbols("theta", positive=True); n, k = sp.symbols("n k", positive=True)
    l = k * sp.log(t) + (n - k) * sp.log(1 - t)
    same(sp.expand_log(sp.log(t ** k * (1 - t) ** (n - k)), force=True), l)
    same(sp.diff(l, t), k / t - (n - k) / (1 - t)); assert sp.simplify(sp.solve(sp.diff(l, t), t)[0] - k / n) == 0
    same(sp.diff(l, t, 2), -k / t ** 2 - (n - k) / (1 - t) ** 2); fails(sp.diff(l, t, 2), -k / t ** 2 + (n - k) / (1 - t) ** 2)
    same(-sp.diff(l, t, 2).subs(t, k / n), n / ((k / n) * (1 - k / n)))
    eq(7 / 10, 0.7); near(7 * math.log(0.7) + 3 * math.log(0.3), -6.109, 3); eq(0.7 * 0.3 / 10, 0.021, 1e-15); near(math.sqrt(0.021), 0.145, 3)
    wrong_are("ko_bernoulli_mle", "+ \\dfrac{n-k}")


def gradcheck():
    x, h = sp.symbols("x h")
    same(sp.expand(((x + h) ** 3 - x ** 3) / h), 3 * x ** 2 + 3 * x * h + h ** 2)
    same(sp.expand(((x + h) ** 3 - (x - h) ** 3) / (2 * h)), 3 * x ** 2 + h ** 2)
    eq(3 * 2 ** 2, 12); fw = ((2.01) ** 3 - 8) / 0.01; ct = ((2.01) ** 3 - 1.99 ** 3) / 0.02
    near(fw, 12.0601, 4); near(ct, 12.0001, 4); eq(3 * 2 * 0.01 + 0.0001, 0.0601, 1e-12); eq(0.06 + 0.0001, 0.0601, 1e-12)
    near(0.0601 / 12.0601 * 1e3, 4.98, 2); near(abs(fw - 12) / fw * 1e3, 4.98, 2)
    near(1e-4 / 12.0001 * 1e6, 8.3, 1); near(abs(ct - 12) / ct * 1e6, 8.3, 1)
    wrong_are("ko_gradcheck_relative")


def regression():
    a, b = sp.symbols("a b"); X = [1, 2, 3, 4]; Yv = [2, 3, 5, 6]
    S = sum((yi - a * xi - b) ** 2 for xi, yi in zip(X, Yv))
    same(sp.diff(S, b), -2 * sum(yi - a * xi - b for xi, yi in zip(X, Yv)))
    same(sp.diff(S, a), -2 * sum(xi * (yi - a * xi - b) for xi, yi in zip(X, Yv)))
    sol = sp.solve([sp.diff(S, a), sp.diff(S, b)], [a, b]); assert sol[a] == sp.Rational(7, 5) and sol[b] == sp.Rational(1, 2)
    x = np.array(X, float); y = np.array(Yv, float); eq(x.mean(), 2.5); eq(y.mean(), 4)
    eq(((x - 2.5) * (y - 4)).sum(), 7); eq(3 + 0.5 + 0.5 + 3, 7); eq(((x - 2.5) ** 2).sum(), 5); eq(2.25 + 0.25 + 0.25 + 2.25, 5)
    eq(7 / 5, 1.4); eq(4 - 1.4 * 2.5, 0.5, 1e-12)
    r = y - (1.4 * x + 0.5); assert np.allclose(r, [0.1, -0.3, 0.3, -0.1]); assert np.allclose(1.4 * x + 0.5, [1.9, 3.3, 4.7, 6.1])
    eq(r.sum(), 0, 1e-12); eq((r ** 2).sum(), 0.2, 1e-12); eq(0.01 + 0.09 + 0.09 + 0.01, 0.2, 1e-12)
    wrong_are("ko_simple_regression")


def gru():
    hp, ht, a = sp.symbols("hp ht a"); z = 1 / (1 + sp.exp(-a)); h = (1 - z) * ht + z * hp
    same(sp.diff(h, hp), z); Z = sp.symbols("Z"); same(sp.diff((1 - Z) * ht + Z * hp, Z), hp - ht)
    same(sp.diff(h, a), (hp - ht) * z * (1 - z)); same(sp.diff(h, ht), 1 - z); fails(sp.diff(h, ht), z)
    zz = sg(-1.0); near(zz, 0.2689, 4); near((1 - zz) * -0.2 + zz * 0.6, 0.015, 3); near(0.7311 * -0.2 + 0.2689 * 0.6, 0.015, 3)
    near(0.8 * zz * (1 - zz), 0.1573, 4); near(0.2689 ** 20 * 1e12, 3.9, 1)
    wrong_are("ko_gru_gate", "partial\\tilde h_t")


def lr_decay():
    near(0.1 * 0.96 ** 10, 0.0665, 4); near(1000 * math.log(0.5) / math.log(0.96), 16980, -1)
    t, e0, g, T = sp.symbols("t eta0 gamma T", positive=True); same(sp.expand_log(sp.log(e0 * g ** (t / T)), force=True), sp.log(e0) + t / T * sp.log(g))
    cs = lambda t: 0.5 * 0.1 * (1 + math.cos(math.pi * t / 100)); near(cs(30), 0.0794, 4); eq(cs(50), 0.05, 1e-12)
    Tm = sp.symbols("Tm", positive=True); C = e0 / 2 * (1 + sp.cos(sp.pi * t / Tm))
    same(sp.diff(C, t), -sp.pi * e0 / (2 * Tm) * sp.sin(sp.pi * t / Tm)); same(sp.diff(C, t).subs(t, Tm), 0)
    eq(0.1 * 0.1 ** 3, 1e-4, 1e-15); near(0.96 ** 20, 0.442, 3); assert abs(0.96 ** 20 - 0.452) > 0.005
    wrong_are("ko_exp_lr_decay", "0.452")


for f in [l1_sgd, dilated, logistic_learner, bn_running, bin_entropy, ema, pool_exam, cnn_params, sigmoid_vanish,
          softmax_jac, bernoulli, gradcheck, regression, gru, lr_decay]:
    f()
print("ko ok")
