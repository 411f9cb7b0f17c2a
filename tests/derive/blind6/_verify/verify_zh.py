"""Checks for the zh documents: every keyed-correct claim holds, every keyed-wrong line is wrong."""
import math

import numpy as np
import sympy as sp

from vh import eq, fails, near, numgrad, same, wrong_are

x = sp.symbols("x")
sig = lambda v: 1 / (1 + sp.exp(-v))
fs = lambda v: 1 / (1 + math.exp(-v))


def bn_backward():
    rng = np.random.default_rng(5)
    m = 6
    xv = rng.normal(size=m); gup = rng.normal(size=m); gam, bet, eps = 1.3, -0.4, 1e-5

    def fwd(xx, gg=gam, bb=bet):
        mu = xx.mean(); var = xx.var(); xh = (xx - mu) / np.sqrt(var + eps)
        return gg * xh + bb, xh, mu, var

    L = lambda xx, gg=gam, bb=bet: float((fwd(xx, gg, bb)[0] * gup).sum())
    _, xh, mu, var = fwd(xv)
    near(numgrad(lambda G: L(xv, G[0]), np.array([gam]))[0], (gup * xh).sum(), 6)
    near(numgrad(lambda B: L(xv, gam, B[0]), np.array([bet]))[0], gup.sum(), 6)
    dxh = gup * gam
    # dL/dvar by finite differences in var with mu held fixed (the graph node sigma_B^2)
    Lv = lambda V: float(((gam * (xv - mu) / np.sqrt(V[0] + eps) + bet) * gup).sum())
    dvar_num = numgrad(Lv, np.array([var]))[0]
    dvar_ok = (dxh * (xv - mu)).sum() * -0.5 * (var + eps) ** -1.5
    near(dvar_num, dvar_ok, 6)
    assert abs(dvar_num - (-dvar_ok)) > 1e-3  # the keyed line lacks the minus sign
    dmu = -(dxh / np.sqrt(var + eps)).sum() + dvar_ok * (-2 * (xv - mu).sum() / m)
    eq((xv - mu).sum(), 0, 1e-12)
    dx = dxh / np.sqrt(var + eps) + dvar_ok * 2 * (xv - mu) / m + dmu / m
    num = numgrad(L, xv)
    assert np.allclose(num, dx, atol=1e-5)
    r = 1 / np.sqrt(var + eps)
    assert np.allclose(num, r / m * (m * dxh - dxh.sum() - xh * (dxh * xh).sum()), atol=1e-5)
    # constant upstream gradient -> zero input gradient, not gamma c / sqrt(var+eps)
    gup2 = np.full(m, 0.7)
    L2 = lambda xx: float((fwd(xx)[0] * gup2).sum())
    assert np.allclose(numgrad(L2, xv), 0, atol=1e-6)
    assert abs(gam * 0.7 * r) > 0.1
    wrong_are("zh_bn_backward", "\\frac{1}{2}(\\sigma_B^2+\\epsilon)^{-3/2}", "\\frac{\\gamma c}")


def adam():
    eq(0.1 * 0.1, 0.01, 1e-15); eq(0.001 * 0.01, 1e-5, 1e-18); eq(0.01 / 0.1, 0.1, 1e-12); eq(1e-5 / 0.001, 0.01, 1e-12)
    eq(0.1 / math.sqrt(0.01), 1, 1e-12)
    eq(0.9 * 0.01 + 0.1 * 0.3, 0.039, 1e-15); eq(0.999 * 1e-5 + 0.001 * 0.09, 9.999e-5, 1e-18)
    eq(1 - 0.81, 0.19, 1e-15); near(0.039 / 0.19, 0.2053, 4); eq(1 - 0.999 ** 2, 0.001999, 1e-15)
    near(9.999e-5 / 0.001999, 0.0500, 4)
    r = (0.039 / 0.19) / math.sqrt(9.999e-5 / 0.001999)
    near(math.sqrt(0.0500), 0.2236, 4)
    assert abs(r - 1.092) > 0.1 and abs(0.2053 / 0.2236 - 1.092) > 0.1
    eq(0.3 / 0.1, 3, 1e-12)
    wrong_are("zh_adam", "1.092")


def focal():
    g, p, z = sp.symbols("gamma p z", positive=True)
    FL = -(1 - p) ** g * sp.log(p)
    d = sp.diff(FL, p)
    same(d, g * (1 - p) ** (g - 1) * sp.log(p) - (1 - p) ** g / p)
    dz = (d * p * (1 - p))
    same(dz, g * p * (1 - p) ** g * sp.log(p) - (1 - p) ** (g + 1))
    same(dz.subs(g, 0), p - 1)
    zz = sp.symbols("zz", real=True)
    same(sp.diff(FL.subs(p, sig(zz)), zz), dz.subs(p, sig(zz)))
    val = float(dz.subs({g: 2, p: sp.Rational(1, 2)}))
    near(2 * 0.5 * 0.25 * math.log(0.5), -0.1733, 4); near(val, -0.2983, 4); eq(-0.1733 - 0.125, -0.2983, 1e-12)
    assert abs(val / -0.5 - 0.6) < 0.01
    wrong_are("zh_focal_grad")


def kl():
    rng = np.random.default_rng(0)
    for _ in range(200):
        P = rng.dirichlet(np.ones(4)); Q = rng.dirichlet(np.ones(4))
        lhs = np.sum(P * np.log(Q / P))
        assert lhs <= np.log(np.sum(P * Q / P)) + 1e-12 and abs(np.log(np.sum(Q))) < 1e-12
    near(0.5 * math.log(0.5 / 0.9), -0.2939, 4); near(0.5 * math.log(5), 0.8047, 4)
    near(0.5 * math.log(0.5 / 0.9) + 0.5 * math.log(5), 0.5108, 4); eq(-0.2939 + 0.8047, 0.5108, 1e-12)
    near(0.9 * math.log(1.8), 0.5290, 4); near(0.1 * math.log(0.2), -0.1609, 4); eq(0.5290 - 0.1609, 0.3681, 1e-12)
    near(0.9 * math.log(1.8) + 0.1 * math.log(0.2), 0.3681, 4)
    near(math.log(2), 0.6931, 4)
    near(-(0.5 * math.log(0.9) + 0.5 * math.log(0.1)), 1.2040, 4)
    # KL unbounded: P=(0.5,0.5), Q=(1-e, e)
    e = 1e-12
    assert 0.5 * math.log(0.5 / (1 - e)) + 0.5 * math.log(0.5 / e) > math.log(2) + 5
    wrong_are("zh_kl", "\\ln 2$，而")


def normal_eq():
    X = sp.Matrix([[1, 1], [1, 2], [1, 3]]); yv = sp.Matrix([1, 2, 2])
    t1, t2 = sp.symbols("t1 t2"); th = sp.Matrix([t1, t2]); m = 3
    J = ((X * th - yv).T * (X * th - yv))[0] / (2 * m)
    same(J, ((th.T * X.T * X * th)[0] - 2 * (th.T * X.T * yv)[0] + (yv.T * yv)[0]) / (2 * m))
    A = sp.Matrix(2, 2, sp.symbols("a1:5"))
    q = (th.T * A * th)[0]
    gq = sp.Matrix([sp.diff(q, v) for v in (t1, t2)])
    assert sp.simplify(gq - (A + A.T) * th) == sp.zeros(2, 1)
    grad = sp.Matrix([sp.diff(J, v) for v in (t1, t2)])
    assert sp.simplify(grad - (X.T * X * th - X.T * yv) / m) == sp.zeros(2, 1)
    assert (X * X.T).shape == (3, 3)  # X X^T theta does not conform with theta in R^2
    try:
        X * X.T * th
        raise AssertionError
    except sp.ShapeError:
        pass
    assert X.T * X == sp.Matrix([[3, 6], [6, 14]]); assert X.T * yv == sp.Matrix([5, 11])
    assert (X.T * X).inv() == sp.Matrix([[14, -6], [-6, 3]]) / 6
    ts = (X.T * X).inv() * X.T * yv
    assert ts == sp.Matrix([sp.Rational(2, 3), sp.Rational(1, 2)])
    assert sp.Matrix([70 - 66, -30 + 33]) / 6 == ts
    assert X * ts == sp.Matrix([sp.Rational(7, 6), sp.Rational(5, 3), sp.Rational(13, 6)])
    assert yv - X * ts == sp.Matrix([-sp.Rational(1, 6), sp.Rational(1, 3), -sp.Rational(1, 6)])
    assert X.T * (yv - X * ts) == sp.zeros(2, 1)
    assert J.subs({t1: ts[0], t2: ts[1]}) == sp.Rational(1, 36)
    assert sp.Rational(1, 6) * (sp.Rational(1, 36) + sp.Rational(1, 9) + sp.Rational(1, 36)) == sp.Rational(1, 36)
    wrong_are("zh_normal_eq", "XX^\\top")


def lstm_params():
    N = lambda h, d, gates, nb=1: gates * (h * (h + d) + nb * h)
    eq(128 * 228, 29184); eq(29184 + 128, 29312); eq(4 * 29312, 117248); eq(N(128, 100, 4), 117248)
    eq(N(128, 100, 3), 87936); eq(3 * 29312, 87936); eq(87936 / 117248, 0.75)
    eq(N(128, 100, 4, 2), 117760); eq(117248 + 512, 117760); eq(512 * 100 + 512 * 128 + 2 * 512, 117760)
    eq(N(128, 128, 4, 2), 132096); eq(4 * (128 * 256 + 2 * 128), 132096)
    wrong_are("zh_lstm_params")


def smooth_l1():
    b = sp.symbols("beta", positive=True)
    xx = sp.symbols("xx", positive=True)
    same(sp.diff(sp.Rational(1, 2) * xx ** 2 / b, xx), xx / b)
    same(sp.diff(xx - b / 2, xx), 1)
    same((sp.Rational(1, 2) * xx ** 2 / b).subs(xx, b), b / 2); same((xx - b / 2).subs(xx, b), b / 2)
    same((xx / b).subs(xx, b), 1)
    same(sp.Rational(1, 2) * xx ** 2 / b, (sp.Rational(1, 2) * xx ** 2) / b)
    same(xx - b / 2, b * (xx - b / 2) / b)
    S = lambda v, bb=1.0: 0.5 * v * v / bb if abs(v) < bb else abs(v) - 0.5 * bb
    G = lambda v, bb=1.0: v / bb if abs(v) < bb else math.copysign(1, v)
    for v, l, gg in [(0.4, 0.08, 0.4), (-2.0, 1.5, -1), (1.0, 0.5, 1)]:
        eq(S(v), l, 1e-12); eq(G(v), gg)
    eq(S(0.4, 0.5), 0.16, 1e-12); eq(0.5 * 0.16 / 0.5, 0.16, 1e-12); eq(G(0.4, 0.5), 0.8, 1e-12)
    wrong_are("zh_smooth_l1")


def embedding():
    E = np.array([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]])
    e2 = np.eye(3)[2]
    assert np.allclose(e2 @ E, E[2])
    g = np.array([0.7, -0.2])
    L = lambda EE: float((np.eye(3)[2] @ EE) @ g)
    assert np.allclose(numgrad(L, E), np.outer(e2, g))
    eq(10000 * 300, 3e6); near(3e6 * 4 / 1e6, 12, 0)
    idx = [2, 0, 2]
    assert np.allclose(E[idx], [[0.5, 0.6], [0.1, 0.2], [0.5, 0.6]])
    assert np.allclose(numgrad(lambda EE: float(EE[idx].sum()), E), [[1, 1], [0, 0], [2, 2]])
    wrong_are("zh_embedding")


def activation():
    same(sp.diff(sig(x), x), sig(x) * (1 - sig(x)))
    xs = np.linspace(-5, 5, 10001); ds = [fs(v) * (1 - fs(v)) for v in xs]
    eq(max(ds), 0.25, 1e-9); assert abs(xs[int(np.argmax(ds))]) < 1e-9
    same(sp.diff(sp.tanh(x), x), 1 - sp.tanh(x) ** 2)
    same(sp.tanh(x), 2 * sig(2 * x) - 1)
    same(sp.diff(sp.tanh(x), x), 4 * sp.diff(sig(x), x).subs(x, 2 * x))
    a = sp.symbols("alpha", positive=True)
    same(sp.diff(a * (sp.exp(x) - 1), x), a * sp.exp(x))
    assert sp.limit(a * sp.exp(x), x, -sp.oo) == 0
    same(sp.diff(sp.log(1 + sp.exp(x)), x), sig(x))
    near(fs(2) * (1 - fs(2)), 0.1050, 4); near(0.8808 * 0.1192, 0.1050, 4); near(fs(2), 0.8808, 4)
    near(1 - math.tanh(1) ** 2, 0.4200, 4); near(1 - 0.7616 ** 2, 0.4200, 4); near(4 * fs(2) * (1 - fs(2)), 0.4200, 4)
    wrong_are("zh_activation")


def dropout():
    p, h = sp.symbols("p h", positive=True)
    same((1 - p) * h, (1 - p) * h)
    same((1 - p) * h / (1 - p), h)
    hv = np.array([2, 4, 6, 8.0]); r = np.array([1, 0, 1, 0.0])
    assert np.allclose(hv * r / 0.5, [4, 0, 12, 0]); eq((hv * r / 0.5).mean(), 4); eq(hv.mean(), 5)
    import itertools
    tot = np.mean([(hv * np.array(mk) / 0.5).mean() for mk in itertools.product([0, 1], repeat=4)])
    eq(tot, 5, 1e-12)
    gup = np.array([0.3, -1.0, 0.5, 2.0])
    assert np.allclose(numgrad(lambda H: float((H * r / 0.5) @ gup), hv), r / 0.5 * gup)
    wrong_are("zh_dropout")


for fn in (bn_backward, adam, focal, kl, normal_eq, lstm_params, smooth_l1, embedding, activation, dropout):
    fn()
print("zh: all checks passed")
