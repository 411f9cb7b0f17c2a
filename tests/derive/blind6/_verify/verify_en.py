"""Checks for the en documents: every keyed-correct claim holds, every keyed-wrong line is wrong."""
import math

import numpy as np
import sympy as sp

from vh import eq, fails, near, numgrad, same, wrong_are

x, y, z, t, b1, b2, g, mu, s, h, p, T = sp.symbols("x y z t beta1 beta2 g mu sigma h p T", positive=True)
sig = lambda v: 1 / (1 + sp.exp(-v))
fs = lambda v: 1 / (1 + math.exp(-v))


def adam_bias():
    # unrolled m_t and its expectation
    for n in range(1, 6):
        gs = sp.symbols(f"g1:{n + 1}")
        m = 0
        for gi in gs:
            m = b1 * m + (1 - b1) * gi
        same(m, (1 - b1) * sum(b1 ** (n - i) * gs[i - 1] for i in range(1, n + 1)))
        same(m.subs({gi: g for gi in gs}), (1 - b1 ** n) * g)
    eq(0.1 * 0.2, 0.02); eq(0.001 * 0.04, 0.00004)
    eq(0.02 / (1 - 0.9), 0.2); eq(0.00004 / (1 - 0.999), 0.04, 1e-12)
    eq(0.2 / math.sqrt(0.04), 1.0)
    wrong_are("en_adam_bias")


def rmsprop():
    eq(0.1 * 0.25, 0.025); near(-0.01 / math.sqrt(0.025) * 0.5, -0.0316, 4)
    eq(0.9 * 0.025, 0.0225); eq(0.1 * 0.09, 0.009); eq(0.0225 + 0.009, 0.0315)
    assert abs(-0.01 / math.sqrt(0.0315) * 0.3 - (-0.0268)) > 0.005
    near(0.01 / math.sqrt(0.1), 0.0316, 4)
    for g1 in (0.5, -3.0, 1e-3):  # magnitude independent of g1
        near(abs(0.01 / math.sqrt(0.1 * g1 * g1) * g1), 0.0316, 4)
    wrong_are("en_rmsprop", "Delta w_2")


def momentum():
    gs = sp.symbols("g1:5")
    v = 0
    for n, gi in enumerate(gs, 1):
        v = b1 * v + gi
        same(v, sum(b1 ** (n - k) * gs[k - 1] for k in range(1, n + 1)))
        same(v.subs({q: g for q in gs}), g * (1 - b1 ** n) / (1 - b1))
    eq(1 + 0.9 + 0.81, 2.71, 1e-12); eq((1 - 0.729) / 0.1, 2.71, 1e-12)
    assert sp.limit(g * (1 - sp.Rational(9, 10) ** t) / sp.Rational(1, 10), t, sp.oo) == 10 * g
    # EMA form limit g
    assert sp.limit((1 - sp.Rational(9, 10) ** t) * g, t, sp.oo) == g
    wrong_are("en_momentum")


def batchnorm_fwd():
    xs = np.array([1, 2, 3, 6.0])
    eq(xs.mean(), 3); eq(xs.var(), 3.5); eq(4 + 1 + 0 + 9, 14); near(xs.var(ddof=1), 4.67, 2)
    xh = (xs - 3) / math.sqrt(3.5)
    for a, w in zip(xh, (-1.069, -0.535, 0, 1.604)):
        near(a, w, 3)
    eq(xh.sum(), 0, 1e-12); eq((xh ** 2).mean(), 1, 1e-12); eq(14 / 3.5 / 4, 1)
    near(2 * xh[3] + 0.5, 3.707, 3); near(2 * 1.6036 + 0.5, 3.707, 3)
    wrong_are("en_batchnorm_fwd")


def layernorm_bwd():
    rng = np.random.default_rng(3)
    D = 5
    xv, gam, bet, gup = (rng.normal(size=D) for _ in range(4))
    eps = 1e-5

    def fwd(xx, gg=gam, bb=bet):
        xh = (xx - xx.mean()) / np.sqrt(xx.var() + eps)
        return gg * xh + bb, xh

    L = lambda xx, gg=gam, bb=bet: float((fwd(xx, gg, bb)[0] * gup).sum())
    _, xh = fwd(xv)
    r = 1 / np.sqrt(xv.var() + eps)
    assert np.allclose(numgrad(lambda G: L(xv, G, bet), gam), gup * xh, atol=1e-6)
    assert np.allclose(numgrad(lambda B: L(xv, gam, B), bet), gup, atol=1e-6)
    assert not np.allclose(gup, gup * xh)  # the wrong dbeta line
    dxh = gup * gam
    dx = r / D * (D * dxh - dxh.sum() - xh * (dxh * xh).sum())
    assert np.allclose(numgrad(L, xv), dx, atol=1e-5)
    eq(dx.sum(), 0, 1e-10)
    wrong_are("en_layernorm_backward", "\\partial \\beta_j} = g_j\\,\\hat{x}_j")


def dropout():
    # E and Var for Bernoulli(p) mask
    E = p * h / p
    same(E, h)
    var = (h / p) ** 2 * p * (1 - p)
    same(var, h ** 2 * (1 - p) / p)
    same(p * (h / p) ** 2 - h ** 2, var)
    eq(5 / 0.8, 6.25); eq(0.8 * 6.25, 5); eq(25 * 0.2 / 0.8, 6.25)
    eq(6.25 ** 2, 39.0625); eq(0.8 * 39.0625, 31.25); eq(31.25 - 25, 6.25)
    wrong_are("en_dropout")


def xavier():
    near(2 / 384, 0.00521, 5); near(math.sqrt(2 / 384), 0.0722, 4); near(math.sqrt(0.00521), 0.0722, 4)
    a = sp.symbols("a", positive=True)
    same(sp.integrate(x ** 2 / (2 * a), (x, -a, a)), a ** 2 / 3)
    eq(math.sqrt(6 / 384), 0.125)
    zz = sp.symbols("zz", real=True)
    pdf = sp.exp(-zz ** 2 / 2) / sp.sqrt(2 * sp.pi)
    assert sp.simplify(sp.integrate(zz ** 2 * pdf, (zz, 0, sp.oo)) - sp.Rational(1, 2)) == 0
    eq(2 / 256, 0.0078125)
    assert abs(math.sqrt(0.0078125) - 0.0625) > 0.02
    near(math.sqrt(6 / 256), 0.153, 3)
    wrong_are("en_xavier_he", "0.0625")


def swish_gelu():
    f = x * sig(x)
    same(sp.diff(sig(x), x), sig(x) * (1 - sig(x)))
    same(sp.diff(f, x), sig(x) + x * sig(x) * (1 - sig(x)))
    same(sp.diff(f, x), f + sig(x) * (1 - f))
    near(fs(1), 0.7311, 4); near(1 - fs(1), 0.2689, 4)
    near(fs(1) + fs(1) * (1 - fs(1)), 0.9277, 4); near(0.7311 + 0.7311 * 0.2689, 0.9277, 4)
    eq(float(sp.diff(f, x).subs(x, 0)), 0.5)
    Phi = (1 + sp.erf(x / sp.sqrt(2))) / 2
    phi = sp.exp(-x ** 2 / 2) / sp.sqrt(2 * sp.pi)
    same(sp.diff(Phi, x), phi)
    same(sp.diff(x * Phi, x), Phi + x * phi)
    eq(float((Phi + x * phi).subs(x, 0)), 0.5)
    near(float(Phi.subs(x, 1)), 0.8413, 4); near(float(phi.subs(x, 1)), 0.2420, 4)
    near(float((Phi + x * phi).subs(x, 1)), 1.0833, 4); eq(0.8413 + 0.2420, 1.0833, 1e-12)
    d = lambda v: fs(v) + v * fs(v) * (1 - fs(v))
    vals = [(d(k / 1000), k / 1000) for k in range(0, 8000)]
    mx, at = max(vals)
    near(mx, 1.10, 2); assert abs(at - 2.4) < 0.05
    wrong_are("en_swish_gelu")


def softplus_elu():
    sp_ = sp.log(1 + sp.exp(x))
    same(sp.diff(sp_, x), sp.exp(x) / (1 + sp.exp(x))); same(sp.exp(x) / (1 + sp.exp(x)), sig(x))
    fails(sp.diff(sp_, x, 2), sig(x) * (1 + sig(x)))
    near(math.log(1 + math.e ** 2), 2.1269, 4); near(fs(2), 0.8808, 4)
    a = sp.symbols("alpha", positive=True)
    elu = a * (sp.exp(x) - 1)
    same(sp.diff(elu, x), a * sp.exp(x)); same(a * sp.exp(x), elu + a)
    near(math.exp(-1) - 1, -0.632, 3); near(math.exp(-1), 0.368, 3); eq(-0.632 + 1, 0.368, 1e-12)
    wrong_are("en_softplus_elu", "1+\\sigma(x)")


def huber():
    dl = sp.symbols("delta", positive=True)
    same((dl * (dl - dl / 2)), dl ** 2 / 2)
    same(sp.diff(x ** 2 / 2, x).subs(x, dl), dl); same(sp.diff(dl * (x - dl / 2), x), dl)
    H = lambda r: 0.5 * r * r if abs(r) <= 1 else abs(r) - 0.5
    G = lambda r: r if abs(r) <= 1 else math.copysign(1, r)
    for yh, yy, r, l, gg in [(2.5, 2.0, 0.5, 0.125, 0.5), (0.0, 3.0, -3.0, 2.5, -1), (4.0, 1.5, 2.5, 2.0, 1)]:
        eq(yh - yy, r); eq(H(r), l); eq(G(r), gg); eq(max(-1, min(1, r)), gg)
    near((0.125 + 2.5 + 2.0) / 3, 1.542, 3)
    eq(0.5 * 9, 4.5); eq(0.5 * 6.25, 3.125); near((0.125 + 4.5 + 3.125) / 3, 2.583, 3)
    wrong_are("en_huber")


def focal():
    near(-math.log(0.9), 0.1054, 4); near(0.01 * -math.log(0.9), 0.00105, 5); near(0.01 * 0.1054, 0.00105, 5)
    near((1 - 0.9) ** -2, 100, 9)
    near(-math.log(0.1), 2.3026, 4); eq(0.9 ** 2, 0.81, 1e-12); near(0.81 * -math.log(0.1), 1.865, 3)
    near(1 / 0.81, 1.23, 2); near(0.25 * 0.81 * -math.log(0.1), 0.466, 3)
    wrong_are("en_focal")


def kl_vae():
    zz = sp.symbols("zz", real=True)
    m_, s_ = sp.symbols("m s", positive=True)
    q = sp.exp(-(zz - m_) ** 2 / (2 * s_ ** 2)) / sp.sqrt(2 * sp.pi * s_ ** 2)
    # log q - log p
    integrand = -sp.log(s_) - (zz - m_) ** 2 / (2 * s_ ** 2) + zz ** 2 / 2
    same(sp.log(q) - sp.log(sp.exp(-zz ** 2 / 2) / sp.sqrt(2 * sp.pi)), integrand)
    E = sp.simplify(sp.integrate(q * integrand, (zz, -sp.oo, sp.oo)))
    same(E, -sp.log(s_) - sp.Rational(1, 2) + (m_ ** 2 + s_ ** 2) / 2)
    KL = (m_ ** 2 + s_ ** 2 - 1 - sp.log(s_ ** 2)) / 2
    same(E, KL)
    eq(KL.subs({m_: 0, s_: 1}), 0); eq(KL.subs({m_: 1, s_: 1}), 0.5)
    fails(sp.diff(KL, m_), 2 * m_)
    same(sp.diff(KL, s_), s_ - 1 / s_)
    sv = sp.symbols("sv", real=True)
    KLs = (m_ ** 2 + sp.exp(sv) - 1 - sv) / 2
    same(sp.diff(KLs, sv), (sp.exp(sv) - 1) / 2)
    wrong_are("en_kl_vae", "= 2\\mu")


def label_smoothing():
    y = [0.9 * v + 0.025 for v in (0, 0, 1, 0)]
    for a, w in zip(y, (0.025, 0.025, 0.925, 0.025)):
        eq(a, w, 1e-12)
    eq(3 * 0.025 + 0.925, 1, 1e-12)
    zs = sp.symbols("z1:5")
    ys = sp.symbols("y1:5")
    P = [sp.exp(zi) / sum(sp.exp(zj) for zj in zs) for zi in zs]
    L = -sum(yi * sp.log(pi) for yi, pi in zip(ys, P))
    for k in range(4):
        d = sp.diff(L, zs[k]) - (P[k] - ys[k])
        d = d.subs(ys[3], 1 - ys[0] - ys[1] - ys[2])
        same(d, 0)
    zv = np.array([1.0, 0.0, 3.0, -1.0]); pv = np.exp(zv) / np.exp(zv).sum()
    for a, w in zip(pv, (0.1125, 0.0414, 0.8310, 0.0152)):
        near(a, w, 4)
    for a, w in zip(pv - np.array(y), (0.0875, 0.0164, -0.0940, -0.0098)):
        near(a, w, 4)
    assert pv[3] < 0.025
    wrong_are("en_label_smoothing")


def temperature():
    zv = np.array([2.0, 1, 0])
    P = lambda TT: np.exp(zv / TT) / np.exp(zv / TT).sum()
    for a, w in zip(P(1), (0.665, 0.245, 0.090)):
        near(a, w, 3)
    near(math.e, 2.718, 3); near(math.exp(0.5), 1.649, 3); near(math.e + math.exp(0.5) + 1, 5.367, 3)
    for a, w in zip(P(2), (0.506, 0.307, 0.186)):
        near(a, w, 3)
    assert np.allclose(P(1e6), 1 / 3, atol=1e-5)
    zs = sp.symbols("z1:4")
    Ps = [sp.exp(zi / T) / sum(sp.exp(zj / T) for zj in zs) for zi in zs]
    for i in range(3):
        for j in range(3):
            same(sp.diff(Ps[i], zs[j]), Ps[i] * ((1 if i == j else 0) - Ps[j]) / T)
    fails(sp.diff(Ps[0], zs[0]), Ps[0] * (1 - Ps[0]))
    p2 = P(2)
    near(p2[0] * (1 - p2[0]) / 2, 0.125, 3); near(0.506 * 0.494 / 2, 0.125, 3)
    near(-p2[0] * p2[1] / 2, -0.078, 3)
    H = lambda q: float(-(q * np.log(q)).sum())
    near(H(P(1)), 0.83, 2)
    assert abs(H(P(2)) - 0.95) > 0.05
    wrong_are("en_temperature", "= p_i(1-p_i)", "0.95")


def lse():
    near(math.exp(-2), 0.1353, 4); near(math.exp(-1), 0.3679, 4); near(math.exp(-2) + math.exp(-1) + 1, 1.5032, 4)
    eq(0.1353 + 0.3679 + 1, 1.5032, 1e-12)
    near(1002 + math.log(math.exp(-2) + math.exp(-1) + 1), 1002.4076, 4)
    near(1002 + math.log(1.5032), 1002.4076, 4)
    xs = sp.symbols("x1:4"); c = sp.symbols("c")
    same(sp.log(sp.exp(c) * sum(sp.exp(xi - c) for xi in xs)), c + sp.log(sum(sp.exp(xi - c) for xi in xs)))
    L = sp.log(sum(sp.exp(xi) for xi in xs))
    for xi in xs:
        same(sp.diff(L, xi), sp.exp(xi) / sum(sp.exp(xj) for xj in xs))
    sm = np.array([math.exp(-2), math.exp(-1), 1]) / 1.5032147244
    for a, w in zip(sm, (0.0900, 0.2447, 0.6652)):
        near(a, w, 4)
    near(1002 + math.log(3), 1003.10, 2)
    assert sys.float_info.max > 1.7e308 and math.log(sys.float_info.max) < 1000
    wrong_are("en_lse")


def attention():
    # variance of q.k with iid unit-variance components
    rng = np.random.default_rng(0)
    d = 16
    q = rng.normal(size=(200000, d)); k = rng.normal(size=(200000, d))
    dot = (q * k).sum(1)
    assert abs(dot.var() / d - 1) < 0.02
    assert abs((dot / math.sqrt(d)).var() - 1) < 0.02  # so 1/d_k is wrong
    qv = np.array([1, 0, 1, 0.]); K = np.array([[1, 1, 1, 0], [0, 1, 0, 1.]])
    eq(qv @ K[0] / 2, 1); eq(qv @ K[1] / 2, 0)
    a = math.e / (math.e + 1)
    near(a, 0.731, 3); near(1 - a, 0.269, 3)
    out = a * np.array([2, 0.]) + (1 - a) * np.array([0, 4.])
    near(out[0], 1.462, 3); near(out[1], 1.076, 3)
    wrong_are("en_attention", "\\frac{1}{d_k}")


def lstm_cell():
    f_, i_, o_, c0, gt = sp.symbols("f i o c0 gt")
    ag = sp.symbols("ag")
    c1 = f_ * c0 + i_ * gt
    h1 = o_ * sp.tanh(c1)
    same(sp.diff(c1, c0), f_); same(sp.diff(c1, i_), gt); same(sp.diff(c1, f_), c0)
    cc = sp.symbols("cc")
    same(sp.diff(o_ * sp.tanh(cc), cc), o_ * (1 - sp.tanh(cc) ** 2))
    fails(sp.diff(o_ * sp.tanh(cc), o_), 1 - sp.tanh(cc) ** 2)
    same(sp.diff(sig(ag), ag), sig(ag) * (1 - sig(ag)))
    fails(sp.diff(sp.tanh(ag), ag), sp.tanh(ag) * (1 - sp.tanh(ag)))
    eq(0.8 * 0.5 + 0.6 * 0.4, 0.64, 1e-12)
    near(math.tanh(0.64), 0.5649, 4); near(0.9 * math.tanh(0.64), 0.5084, 4); near(0.9 * 0.5649, 0.5084, 4)
    near(0.9 * (1 - math.tanh(0.64) ** 2), 0.6128, 4); near(0.9 * (1 - 0.5649 ** 2), 0.6128, 4)
    near(0.9 * (1 - math.tanh(0.64) ** 2) * 0.8, 0.4902, 4)
    wrong_are("en_lstm_cell", "\\partial o_t", "\\partial a_g")


def conv_sizes():
    O = lambda W, K, P, S: (W - K + 2 * P) // S + 1
    eq(O(32, 5, 0, 1), 28); eq(O(28, 2, 0, 2), 14); eq(O(14, 5, 0, 1), 10); eq(O(10, 2, 0, 2), 5)
    eq(5 * 5 * 3 * 6 + 6, 456); eq(5 * 5 * 6 * 16 + 16, 2416); eq(400 * 120 + 120, 48120); eq(5 * 5 * 16, 400)
    eq(456 + 2416 + 48120, 50992); eq(O(7, 3, 1, 2), 4); eq((3 - 1) / 2, 1); eq(O(9, 3, 1, 1), 9)
    wrong_are("en_conv_sizes")


def two_layer():
    rng = np.random.default_rng(0)
    m, n, hd, k = 5, 3, 4, 2
    X = rng.normal(size=(m, n)); Y = rng.normal(size=(m, k))
    W1 = rng.normal(size=(n, hd)); b1_ = rng.normal(size=(1, hd)); W2 = rng.normal(size=(hd, k))

    def loss(W1_=W1, b=b1_, W2_=W2):
        Z1 = X @ W1_ + b
        return float(((np.maximum(Z1, 0) @ W2_ - Y) ** 2).sum() / (2 * m))

    Z1 = X @ W1 + b1_; A1 = np.maximum(Z1, 0); Yh = A1 @ W2
    dY = (Yh - Y) / m
    assert np.allclose(numgrad(lambda W: loss(W2_=W), W2), A1.T @ dY, atol=1e-6)
    try:
        dY @ A1.T  # the wrong order does not even conform
        raise AssertionError("dY A1^T should not conform")
    except ValueError:
        pass
    dA1 = dY @ W2.T
    assert dA1.shape == (m, hd)
    dZ1 = dA1 * (Z1 > 0)
    assert np.allclose(numgrad(lambda W: loss(W1_=W), W1), X.T @ dZ1, atol=1e-6)
    db = numgrad(lambda B: loss(b=B), b1_)
    assert np.allclose(db, dZ1.sum(0, keepdims=True), atol=1e-6)
    assert not np.allclose(db, dZ1.sum(0, keepdims=True) / m, atol=1e-3)
    wrong_are("en_two_layer_backprop", "{A^{[1]}}^{\\top}$$", "\\frac{1}{m}\\sum_{i=1}^{m}\\left(")


def ridge():
    w1, w2, lam = sp.symbols("w1 w2 lambda")
    Xs = sp.Matrix([[1, 0], [0, 1], [1, 1]]); ys = sp.Matrix([1, 2, 3]); w = sp.Matrix([w1, w2])
    J = ((Xs * w - ys).T * (Xs * w - ys))[0] + lam * (w.T * w)[0]
    Jexp = (w.T * Xs.T * Xs * w)[0] - 2 * (ys.T * Xs * w)[0] + (ys.T * ys)[0] + lam * (w.T * w)[0]
    same(J, Jexp)
    grad = sp.Matrix([sp.diff(J, v) for v in (w1, w2)])
    assert sp.simplify(grad - (2 * Xs.T * Xs * w - 2 * Xs.T * ys + 2 * lam * w)) == sp.zeros(2, 1)
    XtX = Xs.T * Xs
    assert XtX == sp.Matrix([[2, 1], [1, 2]]); assert XtX + sp.eye(2) == sp.Matrix([[3, 1], [1, 3]])
    assert Xs.T * ys == sp.Matrix([4, 5])
    assert (XtX + sp.eye(2)).inv() == sp.Matrix([[3, -1], [-1, 3]]) / 8
    assert sp.Matrix([12 - 5, -4 + 15]) / 8 == sp.Matrix([sp.Rational(7, 8), sp.Rational(11, 8)])
    assert (XtX + sp.eye(2)).inv() * Xs.T * ys == sp.Matrix([sp.Rational(7, 8), sp.Rational(11, 8)])
    assert XtX.inv() == sp.Matrix([[2, -1], [-1, 2]]) / 3
    assert XtX.inv() * Xs.T * ys == sp.Matrix([1, 2])
    # positive definite for lambda > 0
    assert all(ev > 0 for ev in (XtX + sp.Rational(1, 100) * sp.eye(2)).eigenvals())
    wrong_are("en_ridge")


import sys

for fn in (adam_bias, rmsprop, momentum, batchnorm_fwd, layernorm_bwd, dropout, xavier, swish_gelu,
           softplus_elu, huber, focal, kl_vae, label_smoothing, temperature, lse, attention, lstm_cell,
           conv_sizes, two_layer, ridge):
    fn()
print("en: all checks passed")
