"""Checks for the zh documents: every keyed-correct claim holds, every keyed-wrong line is wrong."""
import math

import numpy as np
import sympy as sp

from vh import eq, fails, near, numgrad, same, wrong_are

sg = lambda v: 1 / (1 + np.exp(-v))


def logistic_vec():
    rng = np.random.default_rng(0); m, n = 6, 3
    X = rng.normal(size=(m, n)); y = (rng.random(m) > 0.5).astype(float); w = rng.normal(size=n)
    J = lambda w: float(-np.mean(y * np.log(sg(X @ w)) + (1 - y) * np.log(1 - sg(X @ w))))
    p = sg(X @ w); assert np.allclose(numgrad(J, w), X.T @ (p - y) / m, atol=1e-7)
    H = np.array([numgrad(lambda v: float((X.T @ (sg(X @ v) - y) / m)[i]), w) for i in range(n)])
    assert np.allclose(H, X.T @ np.diag(p * (1 - p)) @ X / m, atol=1e-6) and min(np.linalg.eigvalsh(H)) > -1e-8
    z = sp.symbols("z"); Y = sp.symbols("Y"); s = 1 / (1 + sp.exp(-z))
    same(sp.diff(-(Y * sp.log(s) + (1 - Y) * sp.log(1 - s)), z), s - Y)
    X = np.array([[1, 1], [1, 2], [1, 3.0]]); y = np.array([0, 1, 1.0]); w = np.array([0, 0.5])
    assert np.allclose(X @ w, [0.5, 1, 1.5]); p = sg(X @ w)
    for a, b in zip(p, [0.6225, 0.7311, 0.8176]): near(a, b, 4)
    for a, b in zip(p - y, [0.6225, -0.2689, -0.1824]): near(a, b, 4)
    g = X.T @ (p - y) / 3; near(g[0], 0.0570, 4); near(g[1], -0.1542, 4); assert abs(g[1] + 0.1452) > 0.005
    eq(2 * 0.2689, 0.5378, 1e-12); eq(3 * 0.1824, 0.5472, 1e-12)
    near(0 - g[0], -0.0570, 4); near(0.5 - g[1], 0.6542, 4); eq(0.5 + 0.1542, 0.6542, 1e-12)
    wrong_are("zh_logistic_vectorized", "-0.1452")


def conv_back():
    X = np.array([[1, 2, 0], [0, 1, 3], [2, 1, 1.0]]); K = np.array([[1, 0], [-1, 2.0]]); G = np.array([[1, 0.5], [-1, 2.0]])
    corr = lambda A, B: np.array([[(A[i:i + B.shape[0], j:j + B.shape[1]] * B).sum() for j in range(A.shape[1] - B.shape[1] + 1)] for i in range(A.shape[0] - B.shape[0] + 1)])
    assert np.allclose(corr(X, K), [[3, 7], [0, 2]]) and 3 - 2 + 1 == 2; eq(2 * 1 + 0 * 0 + 1 * -1 + 3 * 2, 7)
    L = lambda A, B: float((G * corr(A, B)).sum())
    dK = numgrad(lambda B: L(X, B), K); assert np.allclose(dK, corr(X, G)) and np.allclose(dK, [[4, 7], [0.5, 3.5]], atol=1e-7)
    dX = numgrad(lambda A: L(A, K), X); assert np.allclose(dX, corr(np.pad(G, 1), K[::-1, ::-1]), atol=1e-7)
    assert np.allclose(dX, [[1, 0.5, 0], [-2, 3.5, 1], [1, -4, 4]], atol=1e-7) and abs(dX[1, 1] - 1.5) > 1
    eq(1 * 2 + 0.5 * -1 + -1 * 0 + 2 * 1, 3.5); eq(dX.sum(), G.sum() * K.sum(), 1e-7); eq(2.5 * 2, 5)
    wrong_are("zh_conv_backward", "1&0.5&0")


def resnet():
    assert 2 * 9 * 64 * 64 == 73728 and 256 * 64 == 16384 and 9 * 64 * 64 == 36864 and 16384 + 36864 + 16384 == 69632
    assert 2 * 9 * 256 ** 2 == 1179648; near(1179648 / 69632, 17, 0)
    assert 2 * 512 * 128 + 9 * 128 ** 2 == 278528 and 2 * 512 * 128 == 131072 and 9 * 128 ** 2 == 147456
    assert 2 * 256 * 128 + 9 * 128 ** 2 == 212992 != 221184
    assert 56 * 56 == 3136; near(69632 * 3136 / 1e8, 2.18, 2); assert 73728 + 2 * 2 * 64 == 73984
    wrong_are("zh_resnet_bottleneck", "221{,}184")


def adam_sparse():
    b1, b2, a = 0.9, 0.999, 1e-3; m = v = 0.0; rows = []
    for t, g in enumerate([0.5, 0, 0], 1):
        m = b1 * m + (1 - b1) * g; v = b2 * v + (1 - b2) * g * g
        mh, vh = m / (1 - b1 ** t), v / (1 - b2 ** t); rows.append((m, v, mh, vh, a * mh / (math.sqrt(vh) + 1e-8)))
    m1, v1, mh1, vh1, s1 = rows[0]; eq(m1, 0.05, 1e-12); eq(v1, 2.5e-4, 1e-15); eq(mh1, 0.5, 1e-12); eq(vh1, 0.25, 1e-12); near(s1, 1e-3, 9)
    eq(1e-3 * 0.5 / 0.5, 1e-3)
    m2, v2, mh2, vh2, s2 = rows[1]; eq(m2, 0.045, 1e-12); near(0.045 / 0.19, 0.2368, 4); eq(mh2, 0.045 / 0.19, 1e-12)
    near(v2 * 1e4, 2.4975, 4); near(vh2, 0.1249, 4); near(s2 * 1e4, 6.70, 2)
    m3, v3, mh3, vh3, s3 = rows[2]; near(mh3, 0.1494, 4); near(vh3, 0.0832, 4); near(s3 * 1e4, 5.18, 2)
    eq((1 + 0.670 + 0.518) * 1e-3, 2.188e-3, 1e-15); near((s1 + s2 + s3) * 1e3, 2.188, 3); eq(1e-3 * 0.5, 5e-4)
    for t in [2, 3, 5]:
        mt = 0.1 * 0.5 * 0.9 ** (t - 1); eq(mt / (1 - 0.9 ** t), [r[2] for r in rows][t - 1] if t <= 3 else mt / (1 - 0.9 ** t), 1e-12)
    wrong_are("zh_adam_sparse")


def he_init():
    rng = np.random.default_rng(0); n = 256
    w = rng.normal(0, 0.3, size=(400000,)); a = rng.normal(1.5, 0.7, size=(400000,))
    near(np.var(w * a) / (0.09 * np.mean(a ** 2)), 1, 1)
    zp = rng.normal(0, 1.3, size=1000000); near(np.mean(np.maximum(zp, 0) ** 2) / np.var(zp), 0.5, 2)
    s = sp.symbols("s", positive=True); x = sp.symbols("x")
    same(sp.integrate(x ** 2 / (2 * s), (x, -s, s)), s ** 2 / 3)
    nn = sp.symbols("n", positive=True); V = sp.symbols("V", positive=True); assert sp.solve(sp.Eq(nn * V / 2, 1), V) == [2 / nn]
    aa = sp.symbols("aa", positive=True); assert sp.solve(sp.Eq(aa ** 2 / 3, 2 / nn), aa) == [sp.sqrt(6) / sp.sqrt(nn)]
    eq(math.sqrt(2 / 512), 0.0625); assert abs(0.0625 - 0.0884) > 0.01; near(math.sqrt(6 / 512), 0.1083, 4)
    near(2 / 768, 0.0026, 4); near(0.5 ** 10, 0.00098, 5)
    wrong_are("zh_he_init", "0.0884")


def laplace():
    w, b, sg2, t2 = sp.symbols("w b sigma2 tau2", positive=True)
    same(-sp.log(sp.exp(-w / b) / (2 * b)), w / b + sp.log(2 * b))
    r = sp.symbols("r"); nlp = r ** 2 / (2 * sg2) + w / b
    same(2 * sg2 * nlp, r ** 2 + (2 * sg2 / b) * w); fails(2 * sg2 / b, sg2 / b)
    same(2 * sg2 * (r ** 2 / (2 * sg2) + w ** 2 / (2 * t2)), r ** 2 + sg2 / t2 * w ** 2)
    same(-sp.log(sp.exp(-w ** 2 / (2 * t2)) / sp.sqrt(2 * sp.pi * t2)), w ** 2 / (2 * t2) + sp.log(2 * sp.pi * t2) / 2)
    eq(2 * 0.25 / 0.5, 1); x = sp.symbols("x", real=True)
    same(sp.integrate(x ** 2 * sp.exp(-sp.Abs(x) / b) / (2 * b), (x, -sp.oo, sp.oo)), 2 * b ** 2); eq(2 * 0.5 ** 2, 0.5)
    same(sp.diff(w / b, w), 1 / b)
    wrong_are("zh_laplace_prior", "\\frac{\\sigma^2}{b}$$")


def lse():
    near(math.log(1.8) + 308 * math.log(10), 709.8, 1); near(math.log(np.finfo(float).max), 709.8, 1); c = sp.symbols("c"); zz = sp.symbols("z1:4")
    same(sp.exp(zz[0] - c) / sum(sp.exp(v - c) for v in zz), sp.exp(zz[0]) / sum(sp.exp(v) for v in zz))
    same(sp.log(sum(sp.exp(v) for v in zz)), c + sp.log(sum(sp.exp(v - c) for v in zz)))
    z = np.array([1000, 1001, 1002.0]); L = 1002 + math.log(math.exp(-2) + math.exp(-1) + 1); near(L, 1002.4076, 4)
    p = np.exp(z - 1002) / np.exp(z - 1002).sum()
    for a, b in zip(p, [0.0900, 0.2447, 0.6652]): near(a, b, 4)
    assert np.allclose(p, np.exp([0, 1, 2.0]) / np.exp([0, 1, 2.0]).sum())
    v = -math.log(1 + math.exp(-2)); near(v, -0.1269, 4); assert abs(v + 0.1429) > 0.005; eq(v, math.log(sg(2.0)), 1e-12)
    Z = sp.symbols("Z"); same(-sp.log(1 + sp.exp(-Z)), Z - sp.log(1 + sp.exp(Z)))
    near(-800 - math.log1p(math.exp(-800)), -800, 6); assert math.log(3.4e38) < 89
    wrong_are("zh_logsumexp_overflow", "-0.1429")


def bias_var():
    rng = np.random.default_rng(0); N = 400000
    fh = rng.choice([1.5, 1.7, 1.9, 2.1], size=N); y = 2 + rng.normal(0, math.sqrt(0.5), size=N)
    near(np.mean((y - fh) ** 2), 0.59, 2)
    f = np.array([1.5, 1.7, 1.9, 2.1]); eq(f.mean(), 1.8, 1e-12); eq(1.8 - 2, -0.2, 1e-12); near(0.2 ** 2, 0.04, 12)
    eq(f.var(), 0.05, 1e-12); eq((0.09 + 0.01 + 0.01 + 0.09) / 4, 0.05, 1e-12); eq(0.5 + 0.04 + 0.05, 0.59, 1e-12)
    eq(0.3 ** 2, 0.09, 1e-12); eq(0.5 + 0.09 + 0.2, 0.79, 1e-12); assert abs(0.79 - 0.78) > 0.005
    F, Fh, E, Fb = sp.symbols("f fh e fb")
    same(sp.expand((F + E - Fh) ** 2), sp.expand(E ** 2 + (F - Fh) ** 2 + 2 * E * (F - Fh)))
    same(sp.expand((F - Fb + Fb - Fh) ** 2), sp.expand((F - Fb) ** 2 + (Fh - Fb) ** 2 + 2 * (F - Fb) * (Fb - Fh)))
    wrong_are("zh_bias_variance_noise", "0.78")


def attention():
    q = np.array([1, 0, 1, 0.0]); K = np.array([[1, 1, 0, 0], [1, 0, 1, 1.0]]); V = np.array([[1, 0], [0, 2.0]])
    s = K @ q; assert np.allclose(s, [1, 2]); assert np.allclose(s / 2, [0.5, 1])
    a = np.exp(s / 2) / np.exp(s / 2).sum(); near(a[1], 0.6225, 4); near(sg(0.5), 0.6225, 4); near(a[0], 0.3775, 4)
    o = a @ V; near(o[0], 0.3775, 4); near(o[1], 1.2449, 4); near(0.6225 * 2, 1.2449, 3)
    a2 = np.exp(s) / np.exp(s).sum(); near(a2[0], 0.2689, 4); near(a2[1], 0.7311, 4)
    o2 = a2 @ V; near(o2[0], 0.2689, 4); near(o2[1], 1.4621, 4); assert abs(o2[1] - 1.4262) > 0.01
    eq(math.sqrt(64), 8); near(a[1] * a[0], 0.235, 3); near(0.6225 * 0.3775, 0.235, 3)
    S = sp.symbols("s1 s2"); A2 = sp.exp(S[1]) / (sp.exp(S[0]) + sp.exp(S[1])); same(sp.diff(A2, S[1]), A2 * (1 - A2))
    wrong_are("zh_attention_toy", "1.4262")


def weight_decay():
    w, lam, eta, g = sp.symbols("w lambda eta g")
    same(sp.diff(lam / 2 * w ** 2, w), lam * w); same(w - eta * (g + lam * w), (1 - eta * lam) * w - eta * g)
    same(sp.diff(lam * w ** 2, w), 2 * lam * w)
    eq(1 - 0.1 * 0.01, 0.999, 1e-15); near(0.999 ** 500, 0.6064, 4); assert abs(0.999 ** 500 - 0.6604) > 0.01
    near(0.999 ** 1000, 0.3677, 4); near(math.exp(-1), 0.3679, 4); near((1 - 1 / 1e6) ** 1e6, math.exp(-1), 5)
    eq(0.999 * 2 - 0.1 * 0.5, 1.948, 1e-12); eq(2 - 0.05, 1.95); eq(1.95 - 1.948, 0.002, 1e-12); eq(0.1 * 0.01 * 2, 0.002, 1e-15)
    wrong_are("zh_weight_decay_sgd", "0.6604")


for f in [logistic_vec, conv_back, resnet, adam_sparse, he_init, laplace, lse, bias_var, attention, weight_decay]:
    f()
print("zh ok")
