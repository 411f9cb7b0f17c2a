"""Checks for the zh documents: every keyed-correct claim holds, every keyed-wrong line is wrong."""
import math

import numpy as np
import sympy as sp

from vh import eq, fails, near, numgrad, same, wrong_are

sg = lambda v: 1 / (1 + np.exp(-v))


def bce_stable():
    x, y = sp.symbols("x y", real=True); s = 1 / (1 + sp.exp(-x))
    same(sp.log(s), -sp.log(1 + sp.exp(-x))); same(sp.log(1 - s), -x - sp.log(1 + sp.exp(-x)))
    l = -(y * sp.log(s) + (1 - y) * sp.log(1 - s)); same(l, (1 - y) * x + sp.log(1 + sp.exp(-x)))
    same(sp.diff((1 - y) * x + sp.log(1 + sp.exp(-x)), x), s - y); same(sp.diff((1 - y) * x + sp.log(1 + sp.exp(-x)), x), (1 - y) - sp.exp(-x) / (1 + sp.exp(-x)))
    st = lambda x, y: max(x, 0) - x * y + math.log1p(math.exp(-abs(x)))
    for xv in [-3.0, -0.4, 0.7, 2.5]:
        for yv in [0, 1]: eq(st(xv, yv), float(l.subs({x: xv, y: yv})), 1e-9)
    u = sp.symbols("u", negative=True); same(sp.log(1 + sp.exp(-u)), -u + sp.log(1 + sp.exp(u)))
    near(st(-800, 1), 800, 6); near(math.log1p(math.exp(-2)), 0.1269, 4); near(st(2, 0), 2.1269, 4)
    near(sg(2.0), 0.8808, 4); assert abs(sg(2.0) - 0.8088) > 0.05
    wrong_are("zh_bce_logits_stable", "0.8088")


def lenet_cifar():
    assert 32 - 5 + 1 == 28 and 6 * 75 + 6 == 456 and 28 // 2 == 14 and 14 - 5 + 1 == 10 and 16 * 150 + 16 == 2416 and 16 * 25 == 400
    assert 400 * 120 + 120 == 48120 and 120 * 84 + 84 == 10164 != 10146 and 84 * 10 + 10 == 850 and 456 + 2416 + 48120 + 10164 + 850 == 62006
    near((48120 + 10164 + 850) / 62006 * 100, 95.4, 1)
    wrong_are("zh_lenet_cifar_shapes", "10{,}146")


def ridge_nb():
    X = np.array([[1., 2], [2, 0], [0, 1]]); y = np.array([3., 2, 1]); n, lam = 3, 0.1
    J = lambda w: np.sum((X @ w - y) ** 2) / (2 * n) + lam / 2 * w @ w; w0 = np.array([0.2, -0.3])
    assert np.allclose(numgrad(J, w0), X.T @ (X @ w0 - y) / n + lam * w0, atol=1e-6)
    ws = np.linalg.solve(X.T @ X + n * lam * np.eye(2), X.T @ y); assert np.allclose(numgrad(J, ws), 0, atol=1e-6)
    assert np.allclose(X.T @ X, [[5, 2], [2, 5]]) and np.allclose(X.T @ y, [7, 7]); eq(n * lam, 0.3, 1e-12)
    assert np.allclose(ws, 7 / 7.3); near(7 / 7.3, 0.9589, 4); eq(5.3 + 2, 7.3, 1e-12); assert np.allclose(np.linalg.solve(X.T @ X, X.T @ y), [1, 1])
    near(7 / 7.3 * 100, 95.9, 1); g0 = X.T @ (0 - y) / n; near(g0[0], -2.333, 3); eq(g0[0], -7 / 3, 1e-12)
    w = np.zeros(2)
    for _ in range(2000): w -= 0.1 * (X.T @ (X @ w - y) / n + lam * w)
    assert np.allclose(w, ws)
    wrong_are("zh_ridge_gd")


def smx_jac():
    z = np.log(np.array([0.5, 0.3, 0.2])); f = lambda v: np.exp(v) / np.exp(v).sum(); p = f(z)
    Jn = np.array([numgrad(lambda v: f(v)[i], z) for i in range(3)]); J = np.diag(p) - np.outer(p, p); assert np.allclose(Jn, J, atol=1e-6)
    assert np.allclose(J, [[0.25, -0.15, -0.10], [-0.15, 0.21, -0.06], [-0.10, -0.06, 0.16]])
    eq(0.5 - 0.25, 0.25); eq(0.3 - 0.09, 0.21, 1e-12); eq(0.2 - 0.04, 0.16, 1e-12); assert abs(J[2, 2] - 0.18) > 0.01
    assert np.allclose(J.sum(1), 0); eq(0.25 - 0.15 - 0.10, 0, 1e-12)
    g = np.array([1., 0, -1]); eq(p @ g, 0.3, 1e-12); assert np.allclose(g - 0.3, [0.7, -0.3, -1.3]); assert np.allclose(p * (g - p @ g), [0.35, -0.09, -0.26])
    assert np.allclose(J.T @ g, [0.35, -0.09, -0.26]) and np.allclose(J @ g, [0.25 + 0.10, -0.15 + 0.06, -0.10 - 0.16])
    wrong_are("zh_softmax_jacobian_numbers", "0.18")


def adam_first():
    eta, b1, b2, eps = 0.01, 0.9, 0.999, 1e-8; g = np.array([0.001, 10.0])
    m = (1 - b1) * g; v = (1 - b2) * g ** 2; assert np.allclose(m, [1e-4, 1]) and np.allclose(v, [1e-9, 0.1], rtol=1e-12)
    assert np.allclose(m / (1 - b1), g) and np.allclose(v / (1 - b2), g ** 2); st = eta * (m / (1 - b1)) / (np.sqrt(v / (1 - b2)) + eps)
    near(st[0], 0.0099999, 7); near(0.01 * 0.001 / (0.001 + 1e-8), 0.0099999, 7); near(st[1], 0.01, 8)
    eq(0.01 * 0.001, 1e-5, 1e-18); eq(0.01 * 10, 0.1, 1e-15); assert abs(0.01 * 10 - 1) > 0.5
    assert abs(g[1] / g[0] - 1e4) < 1e-6; near(abs(st[1] - st[0]) / st[1], 1e-5, 6)
    m2 = 0.9 * m + 0.1 * g; assert np.allclose(m2, 0.19 * g); assert np.allclose(m2 / (1 - 0.81), g)
    gs = sp.symbols("g", positive=True); same((1 - sp.Rational(9, 10)) * gs / (1 - sp.Rational(9, 10)), gs)
    wrong_are("zh_adam_first_step", "= 1$")


def layernorm():
    x = np.array([1., 2, 3, 6]); mu = x.mean(); var = x.var(); eq(mu, 3); eq(var, 3.5); eq((4 + 1 + 0 + 9) / 4, 3.5)
    near(math.sqrt(3.5), 1.8708, 4); xh = (x - mu) / np.sqrt(var)
    for a, b in zip(xh, [-1.0690, -0.5345, 0, 1.6036]): near(a, b, 4)
    eq(xh.sum(), 0, 1e-12); eq((xh ** 2).sum(), 4, 1e-12); eq(14 / 3.5, 4)
    x2 = 2 * x + 5; assert np.allclose(x2, [7, 9, 11, 17]); eq(x2.mean(), 11); eq(x2.var(), 14); assert np.allclose((x2 - 11) / np.sqrt(14), xh)
    wrong_are("zh_layernorm_numbers")


def gru_scalar():
    h0, x, wz, uz, w, u = sp.symbols("h0 x w_z u_z w u"); z = 1 / (1 + sp.exp(-(wz * x + uz * h0))); ht = sp.tanh(w * x + u * h0)
    h = (1 - z) * h0 + z * ht; d = sp.diff(h, h0)
    same(d, (1 - z) + (ht - h0) * z * (1 - z) * uz + z * (1 - ht ** 2) * u)
    fails(d, (1 - z) + (ht - h0) * uz + z * (1 - ht ** 2) * u)
    v = {x: 1, h0: sp.Rational(1, 2), wz: 0, uz: 0, w: 1, u: 2}
    near(math.tanh(2), 0.9640, 4); near(float(h.subs(v)), 0.7320, 4); eq(0.25 + 0.4820, 0.7320, 1e-12); near(0.5 * 0.9640, 0.4820, 9)
    near(1 - math.tanh(2) ** 2, 0.07065, 5); near(math.tanh(2) ** 2, 0.92935, 5); near(float(d.subs(v)), 0.5707, 4); near(0.5 + 0.5 * 0.07065 * 2, 0.5707, 4)
    near((1 - math.tanh(2) ** 2) * 2, 0.141, 3)
    wrong_are("zh_gru_scalar_grad", "·u_z + z_t")


def var_bias():
    rng = np.random.default_rng(0); xs = rng.normal(1.0, 2.0, size=(400000, 5))
    sh = xs.var(axis=1); assert abs(sh.mean() - 3.2) < 0.03; s2 = xs.var(axis=1, ddof=1); assert abs(s2.mean() - 4) < 0.04
    vb = xs.mean(1).var(); assert abs(vb - 4 / 5) < 0.01 and abs(vb - 4 / 25) > 0.3
    xs_ = sp.symbols("x1:5"); m = sp.symbols("mu"); n = 4; xb = sum(xs_) / n
    same(sum((a - xb) ** 2 for a in xs_), sum((a - m) ** 2 for a in xs_) - n * (xb - m) ** 2)
    same(sum(((a - m) - (xb - m)) ** 2 for a in xs_), sum((a - m) ** 2 for a in xs_) - 2 * (xb - m) * sum(a - m for a in xs_) + n * (xb - m) ** 2)
    same(sum(a - m for a in xs_), n * (xb - m))
    s, nn = sp.symbols("sigma n", positive=True); same(nn * s ** 2 - nn * s ** 2 / nn, (nn - 1) * s ** 2)
    eq(4 / 5 * 4, 3.2, 1e-12); eq(4 - 3.2, 0.8, 1e-12)
    wrong_are("zh_sample_variance_bias", "n^2}")


def ce_bits():
    p = np.array([0.5, 0.25, 0.25]); q = np.array([0.25, 0.25, 0.5])
    H = -(p * np.log2(p)).sum(); Hpq = -(p * np.log2(q)).sum(); kl = (p * np.log2(p / q)).sum(); klr = (q * np.log2(q / p)).sum()
    eq(H, 1.5); eq(0.5 * 1 + 0.25 * 2 + 0.25 * 2, 1.5); eq(Hpq, 1.75); eq(0.5 * 2 + 0.25 * 2 + 0.25 * 1, 1.75); eq(kl, 0.25, 1e-12); eq(Hpq - H, kl, 1e-12)
    eq(klr, 0.25, 1e-12); eq(0.25 * math.log2(0.5) + 0.25 * 0 + 0.5 * math.log2(2), 0.25, 1e-12)
    near(1.5 * 0.6931, 1.040, 3); near(1.5 * math.log(2), 1.040, 3)
    wrong_are("zh_cross_entropy_bits")


def warmup_cos():
    T, Tw, a, b = 10000, 500, 1e-3, 1e-5
    lr = lambda t: a * t / Tw if t < Tw else b + 0.5 * (a - b) * (1 + math.cos(math.pi * (t - Tw) / (T - Tw)))
    eq(lr(250), 5e-4, 1e-15); eq(lr(500), 1e-3, 1e-15); eq(2375 / 9500, 0.25); near(lr(2875) * 1e4, 8.550, 3); near((b + 0.495e-3 * (1 + math.cos(math.pi / 4))) * 1e4, 8.550, 3)
    eq(lr(5250), 5.05e-4, 1e-15); eq(1e-5 + 4.95e-4, 5.05e-4, 1e-15); eq(lr(10000), 1e-5, 1e-15)
    near(lr(7625) * 1e4, 1.550, 3); assert abs(lr(7625) - 1.450e-4) > 5e-6
    wrong_are("zh_warmup_cosine", "1.450")


for f in [bce_stable, lenet_cifar, ridge_nb, smx_jac, adam_first, layernorm, gru_scalar, var_bias, ce_bits, warmup_cos]:
    f()
print("zh ok")
