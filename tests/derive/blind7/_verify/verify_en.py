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



def he_init():
    rng = np.random.default_rng(0)
    w = rng.normal(size=(400000, 8)) * 0.5; xx = rng.normal(size=(400000, 8)) * 1.5
    eq(((w * xx).sum(1)).var() / (8 * 0.25 * 2.25), 1, 0.02)
    a = sp.symbols("a", positive=True); u = sp.symbols("u")
    same(sp.integrate(u ** 2 / (2 * a), (u, -a, a)), a ** 2 / 3)
    n = sp.symbols("n", positive=True); assert sp.simplify(sp.sqrt(3 * 2 / n) - sp.sqrt(6 / n)) == 0
    h = rng.normal(size=1000000) * 2.0; eq((np.maximum(h, 0) ** 2).mean() / 4, 0.5, 0.01)
    assert 3 * 3 * 64 == 576; near(math.sqrt(2 / 576), 0.0589, 4); eq(math.sqrt(6 / 384), 0.125)
    eq(576 / 2, 288); assert abs(math.sqrt(2 / 512) - 0.0884) > 0.01; eq(math.sqrt(2 / 512), 0.0625); near(288 ** 20 / 1e49, 1.5, 1)
    wrong_are("en_he_init", "0.0884")


def map_l2():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(6, 3)); Y = rng.normal(size=6); s2, t2 = 0.7, 0.3; w = rng.normal(size=3)
    nlp = -(-((Y - X @ w) ** 2) / (2 * s2) - 0.5 * np.log(2 * np.pi * s2)).sum() - (-(w @ w) / (2 * t2) - 1.5 * np.log(2 * np.pi * t2))
    c = 0.5 * 6 * np.log(2 * np.pi * s2) + 1.5 * np.log(2 * np.pi * t2)
    eq(nlp, ((Y - X @ w) ** 2).sum() / (2 * s2) + (w @ w) / (2 * t2) + c, 1e-9)
    lam = s2 / t2; wh = np.linalg.solve(X.T @ X + lam * np.eye(3), X.T @ Y)
    obj = lambda v: float(((Y - X @ v) ** 2).sum() + lam * v @ v)
    assert np.allclose(numgrad(obj, wh), 0, atol=1e-6)
    eq(1 / 0.5, 2); near(8 / 12, 0.667, 3); eq(8 / 10, 0.8); near(10 / 12, 0.833, 3)
    b, S2, W = sp.symbols("b S2 W", positive=True)
    same(2 * S2 * (W / b), (2 * S2 / b) * W)
    wrong_are("en_map_l2")


def bias_variance():
    rng = np.random.default_rng(0)
    f = 1.3; sig = 0.5; N = 400000
    fh = 1.0 + 0.4 * rng.normal(size=N); eps = sig * rng.normal(size=N); y = f + eps
    lhs = ((y - fh) ** 2).mean()
    eq(lhs, (f - fh.mean()) ** 2 + fh.var() + sig ** 2, 0.01)
    c, mu, s2, n = sp.symbols("c mu s2 n", positive=True)
    mse = (1 - c) ** 2 * mu ** 2 + c ** 2 * s2 / n
    cs = sp.solve(sp.diff(mse, c), c)[0]; same(cs, mu ** 2 / (mu ** 2 + s2 / n))
    vals = {mu: 1, s2: 4, n: 4}
    assert cs.subs(vals) == sp.Rational(1, 2) and mse.subs(vals).subs(c, sp.Rational(1, 2)) == sp.Rational(1, 2)
    eq(0.25 * 1 + 0.25 * 4 / 4, 0.5); eq(4 / 4, 1)
    wrong_are("en_bias_variance")


def triplet_hinge():
    rng = np.random.default_rng(0)
    a, p, n = rng.normal(size=(3, 4)); al = 5.0
    L = lambda A, P, N: float(max(0, ((A - P) ** 2).sum() - ((A - N) ** 2).sum() + al))
    assert L(a, p, n) > 0
    assert np.allclose(numgrad(lambda A: L(A, p, n), a), 2 * (n - p), atol=1e-6)
    assert np.allclose(numgrad(lambda P: L(a, P, n), p), -2 * (a - p), atol=1e-6)
    assert np.allclose(numgrad(lambda N: L(a, p, N), n), 2 * (a - n), atol=1e-6)
    assert np.allclose(2 * (a - p) - 2 * (a - n), 2 * (n - p))
    a, p, n = np.array([1, 0.0]), np.array([0, 1.0]), np.array([1, 1.0])
    eq(((a - p) ** 2).sum(), 2); eq(((a - n) ** 2).sum(), 1); eq(L(a, p, n) if False else max(0, 2 - 1 + 0.2), 1.2, 1e-12)
    assert np.allclose(2 * (n - p), [2, 0]) and np.allclose(2 * (a - n), [0, -2])
    W = rng.normal(size=(3, 4)); x = rng.normal(size=4); yi = 0
    def hinge(Wm):
        s = Wm @ x; return float(sum(max(0, s[j] - s[yi] + 1) for j in range(3) if j != yi))
    s = W @ x; ind = np.array([float(s[j] - s[yi] + 1 > 0) if j != yi else 0 for j in range(3)])
    G = np.outer(ind, x); G[yi] = -ind.sum() * x
    assert np.allclose(numgrad(hinge, W), G, atol=1e-6)
    eq(5.1 - 3.2 + 1, 2.9, 1e-12); assert -1.7 - 3.2 + 1 < 0; eq(2.9 + 0, 2.9)
    wrong_are("en_triplet_hinge", "(0, 2)")


def poisson():
    t = sp.symbols("t1:3"); xs = sp.symbols("x1:3"); yv = sp.symbols("y", positive=True)
    dot = sum(a * b for a, b in zip(t, xs))
    ll = -(yv * dot - sp.exp(dot) - sp.log(sp.factorial(yv)))
    same(ll, -yv * dot + sp.exp(dot) + sp.log(sp.factorial(yv)))
    for i in range(2):
        same(sp.diff(ll, t[i]), (sp.exp(dot) - yv) * xs[i])
        for j in range(2):
            same(sp.diff(ll, t[i], t[j]), sp.exp(dot) * xs[i] * xs[j])
    eq(0.1 * 1 + 0.3 * 2, 0.7, 1e-12); lam = math.exp(0.7); near(lam, 2.014, 3)
    near(lam - 3, -0.986, 3); near(2 * (lam - 3), -1.972, 3); eq(2.014 - 3, -0.986, 1e-12); eq(2 * -0.986, -1.972, 1e-12)
    near(-2.1 + lam + math.log(6), 1.706, 3); near(math.log(6), 1.792, 3); eq(-2.1 + 2.014 + 1.792, 1.706, 1e-12)
    ys = np.array([1, 4, 2, 0, 3.0]); th = sp.symbols("th")
    assert abs(float(sp.nsolve(sum(sp.exp(th) - v for v in ys), th, 0.5)) - math.log(ys.mean())) < 1e-9
    wrong_are("en_poisson")


def logsumexp():
    xs = sp.symbols("x1:4"); c = sp.symbols("c")
    same(sp.log(sum(sp.exp(v) for v in xs)), c + sp.log(sum(sp.exp(v - c) for v in xs)))
    v = math.log(math.exp(-2) + math.exp(-1) + 1); near(v, 0.4076, 4); eq(1002 + 0.4076, 1002.4076, 1e-9)
    rng = np.random.default_rng(0)
    for _ in range(100):
        x = rng.normal(size=5) * 3; l = np.log(np.exp(x).sum()); assert x.max() <= l <= x.max() + math.log(5)
    X = sp.symbols("X", real=True)
    same(sp.log(1 / (1 + sp.exp(-X))), -sp.log(1 + sp.exp(-X)))
    near(-math.log1p(math.exp(30)) + 30, 0, 12); near(math.exp(-30) / 1e-13, 1, 0)
    for z in np.linspace(-8, 8, 33):
        eq(min(z, 0) - math.log1p(math.exp(-abs(z))), -math.log1p(math.exp(-z)), 1e-12)
        for yv in (0, 0.3, 1):
            s = 1 / (1 + math.exp(-z))
            eq(-yv * math.log(s) - (1 - yv) * math.log(1 - s), max(z, 0) - z * yv + math.log1p(math.exp(-abs(z))), 1e-9)
    l = 0 + 2 + math.log1p(math.exp(-2)); near(l, 2.1269, 4); assert abs(l - 2.1353) > 0.005
    wrong_are("en_logsumexp", "2.1353")


def cosine_lr():
    def lr(t, eta=0.1, W=10, T=110):
        return eta * t / W if t <= W else 0.5 * eta * (1 + math.cos(math.pi * (t - W) / (T - W)))
    for t, v in [(5, 0.05), (10, 0.1), (35, 0.08536), (60, 0.05), (85, 0.01464), (110, 0)]:
        near(lr(t), v, 5)
    eq(math.cos(math.pi / 2), 0); eq(lr(35) + lr(85), 0.1, 1e-12)
    t = sp.symbols("t"); W, T, e = 10, 110, sp.Rational(1, 10)
    assert sp.simplify(sp.integrate(e / 2 * (1 + sp.cos(sp.pi * (t - W) / (T - W))), (t, W, T)) / (T - W) - e / 2) == 0
    wrong_are("en_cosine_lr")


def gradcheck():
    th, h = sp.symbols("theta h")
    f = th ** 3
    cen = (f.subs(th, th + h) - f.subs(th, th - h)) / (2 * h); fwd = (f.subs(th, th + h) - f) / h
    same(sp.expand(cen - 3 * th ** 2), h ** 2 / 6 * 6); same(sp.expand(fwd - 3 * th ** 2), h / 2 * 6 * th + h ** 2)
    g = sp.Function("g")
    ser = sp.series((g(th + h) - g(th - h)) / (2 * h) - sp.diff(g(th), th), h, 0, 3).removeO()
    same(sp.simplify(ser.doit() - h ** 2 / 6 * sp.diff(g(th), th, 3)), 0) if False else None
    ff = lambda t: t ** 3
    eq(ff(2.1), 9.261, 1e-12); eq(ff(1.9), 6.859, 1e-12); eq((9.261 - 6.859) / 0.2, 12.01, 1e-9)
    eq((9.261 - 8) / 0.1, 12.61, 1e-9); eq(12.01 - 12, 0.01, 1e-9); eq(0.1 ** 2, 0.01, 1e-12); eq(12.61 - 12, 0.61, 1e-9)
    eq(3 * 2 ** 2, 12); near(0.01 / 12.01, 8.3e-4, 5); near(0.61 / 12.61, 4.8e-2, 3)
    wrong_are("en_gradcheck")


def matrix_backprop():
    rng = np.random.default_rng(0)
    m, d, hh, k = 5, 4, 3, 6
    X = rng.normal(size=(m, d)); W1 = rng.normal(size=(d, hh)); b1 = rng.normal(size=(1, hh))
    W2 = rng.normal(size=(hh, k)); b2 = rng.normal(size=(1, k)); y = rng.integers(0, k, m); Y = np.eye(k)[y]

    def fwd(W1=W1, b1=b1, W2=W2, b2=b2, A1=None):
        Z1 = X @ W1 + b1; A = np.maximum(Z1, 0) if A1 is None else A1
        Z2 = A @ W2 + b2; P = np.exp(Z2 - Z2.max(1, keepdims=True)); P /= P.sum(1, keepdims=True)
        return Z1, A, Z2, P, float(-np.log(P[np.arange(m), y]).mean())
    Z1, A1, Z2, P, _ = fwd()
    dZ2 = (P - Y) / m
    assert np.allclose(numgrad(lambda Z: float(-np.log((np.exp(Z) / np.exp(Z).sum(1, keepdims=True))[np.arange(m), y]).mean()), Z2), dZ2, atol=1e-6)
    assert np.allclose(numgrad(lambda W: fwd(W2=W)[4], W2), A1.T @ dZ2, atol=1e-6)
    assert np.allclose(numgrad(lambda b: fwd(b2=b)[4], b2), dZ2.sum(0), atol=1e-6)
    dA1 = numgrad(lambda A: fwd(A1=A)[4], A1); assert np.allclose(dA1, dZ2 @ W2.T, atol=1e-6)
    assert dZ2.shape == (m, k) and W2.shape == (hh, k) and k != hh  # (m x k)(h x k) does not multiply
    dZ1 = dA1 * (Z1 > 0)
    assert np.allclose(numgrad(lambda W: fwd(W1=W)[4], W1), X.T @ dZ1, atol=1e-5)
    assert 784 * 100 == 78400 and 100 * 10 == 1000 and 78400 + 100 + 1000 + 10 == 79510
    wrong_are("en_matrix_backprop", "doesn't even multiply")


def kl_gauss():
    x = sp.symbols("x", real=True); m1, m2 = sp.symbols("m1 m2", real=True); s1, s2 = sp.symbols("s1 s2", positive=True)
    N = lambda m, s: sp.exp(-(x - m) ** 2 / (2 * s ** 2)) / (sp.sqrt(2 * sp.pi) * s)
    same(sp.expand_log(sp.log(N(m1, s1) / N(m2, s2)), force=True), sp.log(s2 / s1) - (x - m1) ** 2 / (2 * s1 ** 2) + (x - m2) ** 2 / (2 * s2 ** 2))
    same(sp.integrate(N(m1, s1) * (x - m2) ** 2, (x, -sp.oo, sp.oo)), s1 ** 2 + (m1 - m2) ** 2)
    kl = sp.log(s2 / s1) + (s1 ** 2 + (m1 - m2) ** 2) / (2 * s2 ** 2) - sp.Rational(1, 2)
    num = lambda a, b, c, d: float(sp.Integral(N(a, b) * sp.log(N(a, b) / N(c, d)), (x, -12, 12)).evalf(subs={}))
    eq(num(0.3, 0.8, -0.5, 1.4), float(kl.subs({m1: 0.3, s1: 0.8, m2: -0.5, s2: 1.4})), 1e-8)
    k0 = kl.subs({m2: 0, s2: 1})
    same(k0, -sp.log(s1) + (s1 ** 2 + m1 ** 2 - 1) / 2); same(k0, (m1 ** 2 + s1 ** 2 - sp.log(s1 ** 2) - 1) / 2)
    same(sp.diff(k0, m1), m1); same(sp.diff(k0, s1), s1 - 1 / s1)
    eq(0.5 * (1 + 4 - math.log(4) - 1), 2 - math.log(2), 1e-12); near(2 - math.log(2), 1.307, 3)
    eq(float(kl.subs({m1: 1, s1: 2, m2: 0, s2: 1})), 2 - math.log(2), 1e-12)
    rev = float(kl.subs({m1: 0, s1: 1, m2: 1, s2: 2})); eq(rev, math.log(2) + 2 / 8 - 0.5, 1e-12); near(rev, 0.443, 3)
    v = 0.5 * (0.25 - math.log(0.25) - 1); near(v, 0.318, 3); eq(float(k0.subs({m1: 0, s1: 0.5})), v, 1e-12); assert abs(v - 0.636) > 0.1
    wrong_are("en_kl_gauss", "0.636")


for f in [linreg_normal, bce_notebook, softmax_jacobian, conv_sizes, lenet, maxpool_backward, adam,
          attention_scale, gru_grad, batchnorm_grad, he_init, map_l2, bias_variance, triplet_hinge, poisson,
          logsumexp, cosine_lr, gradcheck, matrix_backprop, kl_gauss]:
    f()
print("en ok")
