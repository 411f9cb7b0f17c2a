"""Checks for the zh documents: every keyed-correct claim holds, every keyed-wrong line is wrong."""
import math

import numpy as np
import sympy as sp

from vh import eq, fails, near, numgrad, same, wrong_are

sg = lambda v: 1 / (1 + np.exp(-v))


def linreg_matrix():
    rng = np.random.default_rng(0); X = rng.normal(size=(5, 3)); y = rng.normal(size=5); w = rng.normal(size=3)
    L = lambda w: float(0.5 * np.sum((X @ w - y) ** 2))
    eq(L(w), 0.5 * (w @ X.T @ X @ w - w @ X.T @ y - y @ X @ w + y @ y), 1e-12)
    eq(L(w), 0.5 * w @ X.T @ X @ w - y @ X @ w + 0.5 * y @ y, 1e-12); eq(w @ X.T @ y, y @ X @ w, 1e-12)
    a = rng.normal(size=3); A = rng.normal(size=(3, 3))
    assert np.allclose(numgrad(lambda v: float(a @ v), w), a, atol=1e-6)
    assert np.allclose(numgrad(lambda v: float(v @ A @ v), w), (A + A.T) @ w, atol=1e-6)
    assert np.allclose(numgrad(L, w), X.T @ (X @ w - y), atol=1e-6)
    assert np.allclose(X.T @ X @ np.linalg.solve(X.T @ X, X.T @ y), X.T @ y)
    X = np.array([1, 2.0]); y = np.array([2, 3.0])
    eq(X @ X, 5); eq(X @ y, 8); eq(1 * 2 + 2 * 3, 8); eq(8 / 5, 1.6)
    r = X * 1.6 - y; assert np.allclose(r, [-0.4, 0.2]); eq(X @ r, 0, 1e-12); eq(-0.4 + 0.4, 0)
    eq(0.5 * (r @ r), 0.1, 1e-12); eq(0.5 * (0.16 + 0.04), 0.1, 1e-12)
    g = X @ (X * 1 - y); eq(g, -3); eq(1 * (1 - 2) + 2 * (2 - 3), -3)
    eq(1 - 0.1 * -3, 1.3, 1e-12); assert abs(1.3 - 0.7) > 0.1
    wrong_are("zh_linreg_matrix", "0.7$")


def activation_grad():
    x = sp.symbols("x", real=True); s = 1 / (1 + sp.exp(-x))
    same(sp.diff(s, x), sp.exp(-x) / (1 + sp.exp(-x)) ** 2); same(sp.diff(s, x), s * (1 - s))
    eq(0.5 * 0.5, 0.25); near(0.25 ** 10 / 1e-7, 9.5, 1)
    same(sp.tanh(x), 2 * s.subs(x, 2 * x) - 1)
    same(sp.diff(sp.tanh(x), x), 4 * sp.diff(s, x).subs(x, 2 * x)); same(sp.diff(sp.tanh(x), x), 1 - sp.tanh(x) ** 2)
    eq(float(sp.diff(sp.tanh(x), x).subs(x, 0)), 1)
    same(sp.diff(sp.log(1 + sp.exp(x)), x), s)
    g = x * s.subs(x, 1.702 * x); sv = s.subs(x, 1.702 * x)
    same(sp.diff(g, x), sv + 1.702 * x * sv * (1 - sv))
    for xv, a, b, c in [(0, 0.5, 0.25, 1), (2, 0.881, 0.105, 0.071), (-2, 0.119, 0.105, 0.071)]:
        near(sg(xv), a, 3); near(sg(xv) * (1 - sg(xv)), b, 3); near(1 - math.tanh(xv) ** 2, c, 3)
    near(sg(5), 0.993, 3); near(sg(5) * (1 - sg(5)), 0.0066, 4); near(1 - math.tanh(5) ** 2, 0.0002, 4)
    assert abs(1 - math.tanh(5) ** 2 - 0.0018) > 0.001
    wrong_are("zh_activation_grad", "0.0018")


def softmax_batch():
    rng = np.random.default_rng(0); M, C = 4, 3; Z = rng.normal(size=(M, C)); T = np.eye(C)[rng.integers(0, C, M)]
    sm = lambda Z: np.exp(Z) / np.exp(Z).sum(1, keepdims=True)
    L = lambda Z: float(-(T * np.log(sm(Z))).sum() / M)
    assert np.allclose(numgrad(L, Z), (sm(Z) - T) / M, atol=1e-6)
    z = sp.symbols("z1:4"); P = [sp.exp(v) / sum(sp.exp(u) for u in z) for v in z]
    for k in range(3):
        for j in range(3):
            same(sp.diff(P[k], z[j]), P[j] * (1 - P[j]) if k == j else -P[k] * P[j])
    Z = np.array([[0, 0], [1, -1.0]]); T = np.array([[1, 0], [1, 0.0]]); P = sm(Z)
    assert np.allclose(P[0], [0.5, 0.5]); near(P[1, 0], 0.881, 3); near(P[1, 1], 0.119, 3); eq(P[1, 0], sg(2.0), 1e-12)
    near(-np.log(P[:, 0]).mean(), 0.410, 3); near(-math.log(0.5), 0.693, 3); near(-math.log(0.881), 0.127, 3); eq((0.693 + 0.127) / 2, 0.410, 1e-12)
    G = (P - T) / 2; near(P[1, 0] - 1, -0.1192, 4)
    assert np.allclose(np.array([[-0.5, 0.5], [-0.1192, 0.1192]]) / 2, [[-0.25, 0.25], [-0.0596, 0.0596]])
    assert np.allclose(G, [[-0.25, 0.25], [-0.0596, 0.0596]], atol=5e-5)
    wrong_are("zh_softmax_batch")


def vgg_params():
    o = lambda W, K, P, S: (W - K + 2 * P) // S + 1
    assert o(32, 3, 1, 1) == 32 and o(32, 2, 0, 2) == 16 and o(16, 3, 1, 1) == 16 and o(16, 2, 0, 2) == 8
    assert 128 * 8 * 8 == 8192
    assert 27 * 64 + 64 == 1792 and 9 * 64 * 64 + 64 == 36928 and 9 * 64 * 128 + 128 == 73856 and 9 * 128 * 128 + 128 == 147584
    assert 8192 * 10 + 10 == 81930 and 1792 + 36928 + 73856 + 147584 + 81930 == 342090
    eq((32 - 3 + 2) / 1 + 1, 32); assert 2 * 9 == 18
    assert 128 * 16 * 16 * 10 + 10 == 327690
    assert 64 * 9 + 64 + 64 * 64 + 64 == 4800 != 4736
    wrong_are("zh_vgg_params", "4736")


def adam_bias():
    b, g, t = sp.symbols("beta g t", positive=True)
    for tt in range(1, 6):
        same((1 - b) * sum(b ** (tt - k) * g for k in range(1, tt + 1)), (1 - b ** tt) * g)
    m = 0.0
    for _ in range(7): m = 0.9 * m + 0.1 * 0.3
    eq(m / (1 - 0.9 ** 7), 0.3, 1e-12)
    for tt, a, c in [(1, 0.1, 0.001), (10, 0.6513, 0.01), (100, 1.0, 0.0952), (1000, 1.0, 0.6323)]:
        near(1 - 0.9 ** tt, a, 4); near(1 - 0.999 ** tt, c, 4)
    near(1 - 0.999 ** 10, 0.0100, 4); near(1 / (1 - 0.999 ** 10), 100, -1)
    near(1 - 0.999 ** 1000, 1 - math.exp(-1), 3); near(1 - math.exp(-1), 0.632, 3)
    # uncorrected step / corrected step
    mm, vv = (1 - 0.9 ** 10) * 0.2, (1 - 0.999 ** 10) * 0.04
    eq((mm / math.sqrt(vv)) / (0.2 / math.sqrt(0.04)), (1 - 0.9 ** 10) / math.sqrt(1 - 0.999 ** 10), 1e-12)
    eq(0.6513 / math.sqrt(0.01), 6.513, 1e-9); assert abs(0.6513 / math.sqrt(0.01) - 65.1) > 1
    near((1 - 0.9 ** 100) / math.sqrt(1 - 0.999 ** 100), 3.24, 2); near(1 / math.sqrt(0.0952), 3.24, 2)
    wrong_are("zh_adam_bias", "65.1")


def xavier():
    rng = np.random.default_rng(0)
    w = rng.normal(size=(200000, 30)) * 0.3; x = rng.normal(size=(200000, 30)) * 0.7
    eq((w * x).sum(1).var() / (30 * 0.09 * 0.49), 1, 0.02)
    a = sp.symbols("a", positive=True); u = sp.symbols("u"); same(sp.integrate(u ** 2 / (2 * a), (u, -a, a)), a ** 2 / 3)
    n = sp.symbols("n", positive=True); same(sp.solve(sp.Eq(a ** 2 / 3, 2 / n), a)[0], sp.sqrt(6 / n))
    eq(2 / 400, 0.005); near(math.sqrt(0.005), 0.0707, 4); eq(6 / 400, 0.015); near(math.sqrt(0.015), 0.1225, 4)
    near(1 / 300, 0.00333, 5); eq(1 / 100, 0.01); near(300 ** 5 / 1e12, 2.43, 2)
    wrong_are("zh_xavier")


def lasso_prox():
    S = lambda v, l: np.sign(v) * max(abs(v) - l, 0)
    for v in np.linspace(-3, 3, 61):
        for l in (0.5, 1.0):
            ws = np.linspace(-4, 4, 80001); obj = 0.5 * (ws - v) ** 2 + l * np.abs(ws)
            assert abs(ws[obj.argmin()] - S(v, l)) < 2e-4
    for v, r in [(2.0, 1.5), (0.3, 0), (-1.2, -0.7), (-0.5, 0)]: eq(S(v, 0.5), r, 1e-12)
    fp = lambda w: w - 3
    eq(0 - 0.5 * fp(0), 1.5); eq(S(1.5, 0.5), 1.0); eq(S(3, 1), 2); eq(3 / (1 + 1), 1.5)
    ws = np.linspace(-1, 5, 60001); assert abs(ws[(0.5 * (ws - 3) ** 2 + np.abs(ws)).argmin()] - 2) < 1e-3
    eq(1 - 0.5 * (1 - 3), 2); eq(S(2, 0.5), 1.5); assert S(2, 0.5) != 2.5
    wrong_are("zh_lasso_prox", "2.5$")


def grad_clip():
    g1, g2 = np.array([3, 4.0]), np.array([0, 12.0])
    eq(np.linalg.norm(g1), 5); eq(np.linalg.norm(g2), 12); n = math.sqrt(25 + 144); eq(n, 13)
    near(1 / 13, 0.0769, 4)
    for a, b in zip(np.concatenate([g1, g2]) / 13, [0.231, 0.308, 0, 0.923]): near(a, b, 3)
    eq(np.linalg.norm(np.concatenate([g1, g2]) / 13), 1, 1e-12)
    assert np.allclose(np.clip(g1, -1, 1), [1, 1]) and np.allclose(np.clip(g2, -1, 1), [0, 1])
    near(math.degrees(math.atan(4 / 3)), 53.1, 1); eq(math.degrees(math.atan(1)), 45, 1e-12)
    assert np.allclose(g1 / 5, [0.6, 0.8]) and np.allclose(g2 / 12, [0, 1])
    eq(np.linalg.norm([0.3, 0.4]), 0.5, 1e-12)
    near(1 / 2.6, 0.38, 2); assert abs(1 / 2.6 - 0.42) > 0.02
    wrong_are("zh_grad_clip", "0.42")


def entropy_kl():
    eq(-math.log2(0.5), 1); near(math.log2(6), 2.585, 3)
    P = np.array([0.5, 0.25, 0.125, 0.125]); Q = np.full(4, 0.25)
    H = -(P * np.log2(P)).sum(); eq(H, 1.75); eq(0.5 * 1 + 0.25 * 2 + 0.125 * 3 * 2, 1.75)
    HPQ = -(P * np.log2(Q)).sum(); eq(HPQ, 2); eq((P * np.log2(P / Q)).sum(), 0.25, 1e-12); eq(2 - 1.75, 0.25)
    kqp = (Q * np.log2(Q / P)).sum(); eq(kqp, 0.25, 1e-12); eq(0.25 * (-1 + 0 + 1 + 1), 0.25); assert abs(kqp - 0.5) > 0.1
    near(math.log(2), 0.693, 3); near(1.75 * math.log(2), 1.213, 3); eq(-(P * np.log(P)).sum(), 1.75 * math.log(2), 1e-12)
    hb = lambda p: -p * math.log2(p) - (1 - p) * math.log2(1 - p)
    near(hb(0.1), 0.469, 3); eq(hb(0.5), 1); assert all(hb(p) <= 1 for p in np.linspace(0.01, 0.99, 99))
    wrong_are("zh_entropy_kl", "= 0.5$ bit")


def fc_backward():
    X = np.array([[1., 2.], [3., 4.]]); W = np.array([[0.5, -1., 2.], [1., 0., -0.5]]); dY = np.array([[1., 0., 1.], [0., 2., -1.]])
    b = np.zeros(3)
    L = lambda X=X, W=W, b=b: float(np.sum((X @ W + b) * dY))
    assert np.allclose(numgrad(lambda A: L(X=A), X), dY @ W.T, atol=1e-6)
    assert np.allclose(numgrad(lambda A: L(W=A), W), X.T @ dY, atol=1e-6)
    assert np.allclose(numgrad(lambda A: L(b=A), b), dY.sum(0), atol=1e-6)
    assert np.allclose(dY @ W.T, [[2.5, 0.5], [-4, 0.5]]) and np.allclose(X.T @ dY, [[1, 6, -2], [2, 8, -2]])
    assert np.allclose(dY.sum(0), [1, 2, 0]) and (dY.T @ X).shape == (3, 2)
    Y = X @ W; assert np.allclose(Y, [[2.5, -1, 1], [5.5, -3, 4]])
    assert np.allclose(numgrad(lambda A: float(0.5 * np.sum(A ** 2)), Y), Y, atol=1e-6)
    eq(0.5 * (Y ** 2).sum(), 31.75); eq(0.5 * (6.25 + 1 + 1 + 30.25 + 9 + 16), 31.75); assert 31.75 != 32.75
    wrong_are("zh_fc_backward", "32.75")


for f in [linreg_matrix, activation_grad, softmax_batch, vgg_params, adam_bias, xavier, lasso_prox, grad_clip,
          entropy_kl, fc_backward]:
    f()
print("zh ok")
