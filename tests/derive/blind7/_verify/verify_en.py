"""Checks for the en documents: every keyed-correct claim holds, every keyed-wrong line is wrong."""
import math

import numpy as np
import sympy as sp

from vh import eq, fails, near, numgrad, same, wrong_are

sg = lambda v: 1 / (1 + np.exp(-v))


def linreg_normal():
    rng = np.random.default_rng(0)
    m, n = 7, 3
    X = rng.normal(size=(m, n)); Y = rng.normal(size=m); th = rng.normal(size=n)
    J = lambda t: float(np.sum((X @ t - Y) ** 2) / (2 * m))
    eq(J(th), (th @ X.T @ X @ th - 2 * Y @ X @ th + Y @ Y) / (2 * m), 1e-12)
    g = X.T @ (X @ th - Y) / m
    assert np.allclose(numgrad(J, th), g, atol=1e-6)
    assert np.allclose(g, (2 * X.T @ X @ th - 2 * X.T @ Y) / (2 * m))
    H = np.array([numgrad(lambda t: float((X.T @ (X @ t - Y) / m)[i]), th) for i in range(n)])
    assert np.allclose(H, X.T @ X / m, atol=1e-5)
    X = np.array([[1, 0], [1, 1], [1, 2.0]]); Y = np.array([1, 3, 5.0])
    assert np.allclose(X.T @ X, [[3, 3], [3, 5]]) and np.allclose(X.T @ Y, [9, 13])
    eq(np.linalg.det(X.T @ X), 6, 1e-9); eq(15 - 9, 6)
    assert np.allclose(np.linalg.inv(X.T @ X) * 6, [[5, -3], [-3, 3]])
    assert np.allclose(np.array([[5, -3], [-3, 3]]) @ [9, 13], [6, 12])
    th = np.linalg.solve(X.T @ X, X.T @ Y); assert np.allclose(th, [1, 2]); eq(J(th), 0, 1e-20)
    wrong_are("en_linreg_normal")


def bce_notebook():
    x, y, w, b = 2.0, 1.0, 0.5, 0.3
    z = w * x + b; eq(z, 1.3)
    yh = sg(z); near(yh, 0.7858, 4); near(-math.log(yh), 0.2410, 4)
    Y, YH, Z = sp.symbols("Y YH Z")
    L = -(Y * sp.log(YH) + (1 - Y) * sp.log(1 - YH))
    same(sp.diff(L, YH), -Y / YH + (1 - Y) / (1 - YH))
    s = 1 / (1 + sp.exp(-Z)); same(sp.diff(s, Z), s * (1 - s))
    same(sp.diff(L.subs(YH, s), Z), s - Y)
    eq(0.7858 - 1, -0.2142, 1e-12); near(yh - 1, -0.2142, 4); near((yh - 1) * 2, -0.4283, 4)
    Lw = lambda W: float(-np.log(sg(W[0] * x + b)))
    near(numgrad(Lw, np.array([w]))[0], -0.4283, 4)
    near(0.5 - 0.1 * (-0.4283), 0.5428, 4); near(w - 0.1 * (yh - 1) * 2, 0.5428, 4)
    near(0.3 - 0.1 * (yh - 1), 0.3214, 4); eq(0.3 + 0.02142, 0.32142, 1e-12)
    eq(0.5428 * 2 + 0.3214, 1.4070, 1e-12)
    near((w - 0.1 * (yh - 1) * 2) * 2 + 0.3 - 0.1 * (yh - 1), 1.4070, 3)
    wrong_are("en_bce_notebook")


def softmax_jacobian():
    z = sp.symbols("z1:4"); E = [sp.exp(v) for v in z]; S = sum(E)
    s = [e / S for e in E]
    for i in range(3):
        for j in range(3):
            same(sp.diff(sp.log(s[i]), z[j]), int(i == j) - s[j])
            same(sp.diff(s[i], z[j]), s[i] * (int(i == j) - s[j]))
    y = sp.symbols("y1:4")
    L = -sum(y[i] * sp.log(s[i]) for i in range(3))
    for j in range(3):
        same(sp.diff(L, z[j]).subs(y[2], 1 - y[0] - y[1]), (s[j] - y[j]).subs(y[2], 1 - y[0] - y[1]))
    zz = np.array([2, 1, 0.1]); p = np.exp(zz) / np.exp(zz).sum()
    Jm = np.diag(p) - np.outer(p, p); assert np.allclose(Jm, Jm.T) and np.allclose(Jm @ np.ones(3), 0)
    for a, w in zip(p, [0.659, 0.242, 0.099]): near(a, w, 3)
    near(p[0] - 1, -0.341, 3); eq(0.659 - 1, -0.341, 1e-12)
    eq(0.659 * 0.341, 0.224719, 1e-12); near(p[0] * (1 - p[0]), 0.225, 3)
    assert -p[0] * p[1] < 0 and abs(-p[0] * p[1] - 0.160) > 0.3  # keyed wrong: sign
    wrong_are("en_softmax_jacobian", "0.160")


def conv_sizes():
    o = lambda W, K, P, S: (W - K + 2 * P) // S + 1
    assert o(32, 5, 2, 1) == 32 and o(32, 2, 0, 2) == 16 and o(16, 3, 0, 1) == 14 and o(14, 2, 0, 2) == 7
    assert o(7, 3, 1, 2) == 4 != 3  # keyed wrong row
    eq((16 - 3 + 0) / 1 + 1, 14); eq((7 - 3 + 2) // 2, 3)
    assert 64 * 4 * 4 == 1024
    assert 16 * (3 * 25 + 1) == 1216 and 32 * (16 * 9 + 1) == 4640 and 64 * (32 * 9 + 1) == 18496
    assert 1024 * 10 + 10 == 10250 and 1216 + 4640 + 18496 + 10250 == 34602
    wrong_are("en_conv_sizes", "64 × 3 × 3")


def lenet():
    assert 32 - 5 + 1 == 28 and 6 * (25 + 1) == 156 and 16 * (25 * 6 + 1) == 16 * 151 == 2416
    assert 5 * 5 * 16 == 400 and 400 * 120 + 120 == 48120 and 120 * 84 + 84 == 10164
    assert 84 * 10 + 10 == 850 and 28 * 28 * 6 * 25 == 117600
    assert 156 + 2416 + 48120 + 10164 + 850 == 61706 != 61606
    wrong_are("en_lenet", "61606")


def maxpool_backward():
    x = np.array([[1, 3, 2, 0], [4, 2, 1, 5], [0, 1, 3, 2], [2, 6, 1, 1.0]])
    pool = lambda a: a.reshape(2, 2, 2, 2).max(axis=(1, 3))
    assert np.allclose(pool(x), [[4, 5], [6, 3]])
    G = np.array([[0.1, -0.2], [0.3, 0.4]])
    dx = numgrad(lambda a: float(np.sum(pool(a) * G)), x)
    exp = np.array([[0, 0, 0, 0], [0.1, 0, 0, -0.2], [0, 0, 0.4, 0], [0, 0.3, 0, 0]])
    assert np.allclose(dx, exp, atol=1e-6); eq(exp.sum(), 0.6, 1e-12); eq(G.sum(), 0.6, 1e-12)
    avg = lambda a: a.reshape(2, 2, 2, 2).mean(axis=(1, 3))
    eq(avg(x)[0, 0], 2.5); eq((1 + 3 + 4 + 2) / 4, 2.5)
    assert np.allclose(numgrad(lambda a: float(np.sum(avg(a) * G)), x)[:2, :2], 0.025, atol=1e-6)
    wrong_are("en_maxpool_backward")


def adam():
    b1, b2, a = 0.9, 0.999, 1e-3
    m = 0.1 * 0.2; v = 0.001 * 0.04
    eq(m, 0.02); eq(v, 4e-5); eq(m / 0.1, 0.2); eq(v / 0.001, 0.04); eq(a * 0.2 / math.sqrt(0.04), 1e-3)
    near(math.sqrt(4e-5), 0.0063246, 7); near(a * 0.02 / math.sqrt(4e-5), 3.16e-3, 5)
    near(0.1 / math.sqrt(0.001), 3.16, 2)
    m2 = b1 * m + 0.1 * 0.2; v2 = b2 * v + 0.001 * 0.04
    eq(m2, 0.038); eq(1 - b1 ** 2, 0.19); eq(m2 / 0.19, 0.2); eq(v2 / (1 - b2 ** 2), 0.04)
    wrong_are("en_adam")


def attention_scale():
    rng = np.random.default_rng(0)
    q = rng.normal(size=(200000, 16)); k = rng.normal(size=(200000, 16))
    d = (q * k).sum(1); assert abs(d.var() / 16 - 1) < 0.02
    assert abs((d / 4).var() - 1) < 0.02 and abs((d / 16).var() - 1 / 16) < 0.002  # 1/d_k, not 1/d_k^2
    eq(math.sqrt(64), 8)
    near(sg(8.0), 0.9997, 4); near(1 - sg(8.0), 0.0003, 4)
    near(sg(1.0), 0.731, 3); near(1 - sg(1.0), 0.269, 3)
    near(sg(8.0) * (1 - sg(8.0)), 0.0003, 4); near(sg(1.0) * (1 - sg(1.0)), 0.197, 3)
    wrong_are("en_attention_scale", "1/d_k^2")


def gru_grad():
    z, hp, hc = sp.symbols("z hp hc")
    h = (1 - z) * hp + z * hc
    same(sp.diff(h, z), hc - hp); same(sp.diff(h, hc), z); same(sp.diff(h, hp), 1 - z)
    a = sp.symbols("a"); same(sp.diff(h.subs(z, 1 / (1 + sp.exp(-a))), a),
                              ((hc - hp) * z * (1 - z)).subs(z, 1 / (1 + sp.exp(-a))))
    same(sp.diff(sp.tanh(a), a), 1 - sp.tanh(a) ** 2)
    eq(0.8 * 0.5 + 0.2 * (-0.3), 0.34, 1e-12); eq(0.4 - 0.06, 0.34, 1e-12)
    eq(-0.3 - 0.5, -0.8); eq(-0.8 * 0.2 * 0.8, -0.128, 1e-12)
    eq(1 - 0.09, 0.91, 1e-12); eq(0.2 * 0.91, 0.182, 1e-12)
    wrong_are("en_gru_grad")


def batchnorm_grad():
    rng = np.random.default_rng(3)
    m, eps = 5, 1e-3
    X = rng.normal(size=m); gam, bet = 1.7, 0.2; G = rng.normal(size=m)

    def fwd(x, g=gam, b=bet):
        mu = x.mean(); var = ((x - mu) ** 2).mean(); return g * (x - mu) / np.sqrt(var + eps) + b

    L = lambda x: float(np.sum(fwd(x) * G))
    mu = X.mean(); var = ((X - mu) ** 2).mean(); s = math.sqrt(var + eps); xh = (X - mu) / s
    assert np.allclose(numgrad(lambda t: float(np.sum(fwd(X, t[0]) * G)), np.array([gam]))[0], (G * xh).sum(), atol=1e-6)
    assert np.allclose(numgrad(lambda t: float(np.sum(fwd(X, gam, t[0]) * G)), np.array([bet]))[0], G.sum(), atol=1e-6)
    g = gam * G
    dx = (m * g - g.sum() - xh * (g * xh).sum()) / (m * s)
    assert np.allclose(numgrad(L, X), dx, atol=1e-5)
    # dL/dsigma^2 holding mu and x fixed
    Ls = lambda v: float(np.sum(g * (X - mu) / np.sqrt(v[0] + eps)))
    near(numgrad(Ls, np.array([var]))[0], -(g * (X - mu)).sum() / (2 * s ** 3), 5)
    eq(dx.sum(), 0, 1e-9)
    eps0 = 0.0; s0 = math.sqrt(var); xh0 = (X - mu) / s0
    dx0 = (m * g - g.sum() - xh0 * (g * xh0).sum()) / (m * s0); eq((xh0 * dx0).sum(), 0, 1e-9)
    assert not np.allclose((m * g - g.sum()) / (m * s), dx)
    eq(2 - 1 - (-1) * (-1), 0)
    X2 = np.array([0.3, 1.9]); xh2 = (X2 - X2.mean()) / X2.std(); assert np.allclose(xh2, [-1, 1])
    wrong_are("en_batchnorm_grad")


for f in [linreg_normal, bce_notebook, softmax_jacobian, conv_sizes, lenet, maxpool_backward, adam,
          attention_scale, gru_grad, batchnorm_grad]:
    f()
print("en ok")
