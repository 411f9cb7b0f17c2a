"""Checks for the ko documents: every keyed-correct claim holds, every keyed-wrong line is wrong."""
import math
from fractions import Fraction as F

import numpy as np
import sympy as sp

from vh import eq, fails, near, numgrad, same, wrong_are

x, y, p, k, n = sp.symbols("x y p k n", positive=True)
sig = lambda v: 1 / (1 + sp.exp(-v))


def logistic():
    yh, yy, zz = sp.symbols("yh yy zz")
    l = -(yy * sp.log(yh) + (1 - yy) * sp.log(1 - yh))
    same(sp.diff(l, yh), -yy / yh + (1 - yy) / (1 - yh))
    lz = l.subs(yh, sig(zz))
    same(sp.diff(lz, zz), sig(zz) - yy)
    rng = np.random.default_rng(1)
    m, d = 6, 3
    X = rng.normal(size=(m, d)); Y = rng.integers(0, 2, m).astype(float); w = rng.normal(size=d); b = 0.3
    sg = lambda v: 1 / (1 + np.exp(-v))
    J = lambda ww, bb=b: float(-np.mean(Y * np.log(sg(X @ ww + bb)) + (1 - Y) * np.log(1 - sg(X @ ww + bb))))
    gw = numgrad(J, w)
    yh_ = sg(X @ w + b)
    assert np.allclose(gw, X.T @ (yh_ - Y) / m, atol=1e-6)
    assert not np.allclose(gw, X.T @ (yh_ - Y), atol=1e-3)
    gb = numgrad(lambda B: J(w, float(B[0])), np.array([b]))
    near(gb[0], np.mean(yh_ - Y), 6)
    eq(0.5 * 2 - 1, 0); eq(float(sig(0)), 0.5); eq((0.5 - 1) * 2, -1)
    wrong_are("ko_logistic_grad", "\\frac{\\partial J}{\\partial \\mathbf{w}} = \\sum")


def mle_gaussian():
    mu, s2 = sp.symbols("mu s2", positive=True)
    xs = sp.symbols("x1:5")
    N = len(xs)
    ll = -sp.Rational(N, 2) * sp.log(2 * sp.pi * s2) - sum((xi - mu) ** 2 for xi in xs) / (2 * s2)
    vals = {xs[0]: 0.3, xs[1]: -1.2, xs[2]: 2.0, xs[3]: 0.7, mu: 0.4, s2: 1.7}
    dens = sum(math.log(math.exp(-(float(vals[xi]) - 0.4) ** 2 / 3.4) / math.sqrt(2 * math.pi * 1.7)) for xi in xs)
    eq(dens, float(ll.subs(vals)), 1e-12)
    same(sp.diff(ll, mu), sum(xi - mu for xi in xs) / s2)
    assert sp.simplify(sp.solve(sp.diff(ll, mu), mu)[0] - sum(xs) / N) == 0
    same(sp.diff(ll, s2), -sp.Rational(N, 2) / s2 + sum((xi - mu) ** 2 for xi in xs) / (2 * s2 ** 2))
    sol = sp.solve(sp.diff(ll, s2), s2)[0]
    assert sp.simplify(sol - sum((xi - mu) ** 2 for xi in xs) / N) == 0
    v = np.array([2, 4, 6.0])
    eq(v.mean(), 4); eq(v.var(), 8 / 3, 1e-12); near(8 / 3, 2.67, 2); eq(v.var(ddof=1), 4)
    # E[sigma_hat^2] = (n-1)/n sigma^2 (Monte Carlo)
    rng = np.random.default_rng(0)
    smp = rng.normal(size=(200000, 3))
    assert abs(smp.var(axis=1).mean() - 2 / 3) < 0.01
    wrong_are("ko_mle_gaussian")


def mle_bernoulli():
    L = p ** k * (1 - p) ** (n - k)
    same(sp.expand_log(sp.log(L), force=True), k * sp.log(p) + (n - k) * sp.log(1 - p))
    ll = k * sp.log(p) + (n - k) * sp.log(1 - p)
    same(sp.diff(ll, p), k / p - (n - k) / (1 - p))
    assert sp.solve(sp.Eq(k * (1 - p), (n - k) * p), p) == [k / n]
    same(sp.diff(ll, p, 2), -k / p ** 2 - (n - k) / (1 - p) ** 2)
    near(7 * math.log(0.7), -2.497, 3); near(3 * math.log(0.3), -3.612, 3)
    near(7 * math.log(0.7) + 3 * math.log(0.3), -6.109, 3); eq(-2.497 - 3.612, -6.109, 1e-12)
    fisher = -sp.diff(ll, p, 2).subs(k, n * p)
    same(fisher, n / (p * (1 - p)))
    near(math.sqrt(0.7 * 0.3 / 10), 0.145, 3)
    wrong_are("ko_mle_bernoulli")


def entropy():
    P = [0.5, 0.25, 0.25]; Q = [1 / 3] * 3
    H = -sum(a * math.log2(a) for a in P)
    eq(H, 1.5); eq(0.5 * 1 + 0.25 * 2 + 0.25 * 2, 1.5)
    near(math.log2(3), 1.585, 3)
    HQ = -sum(a * math.log2(b) for a, b in zip(P, Q)); eq(HQ, math.log2(3), 1e-12)
    near(HQ - H, 0.085, 3); eq(1.585 - 1.5, 0.085, 1e-12)
    KLqp = sum(b * math.log2(b / a) for a, b in zip(P, Q))
    eq(KLqp, (math.log2(2 / 3) + 2 * math.log2(4 / 3)) / 3, 1e-12)
    assert abs(KLqp - 0.085) > 0.0025
    near(1.5 * math.log(2), 1.040, 3)
    # Gibbs: H(P,Q) >= H(P) with equality iff P=Q: random check
    rng = np.random.default_rng(0)
    for _ in range(100):
        q = rng.dirichlet(np.ones(3))
        assert -np.sum(np.array(P) * np.log2(q)) >= 1.5 - 1e-12
    HPP = -sum(a * math.log2(a) for a in P)
    assert abs(HPP - 0) > 1  # H(P,P) = H(P) = 1.5, not 0
    wrong_are("ko_entropy", "D_{KL}(Q\\|P)", "H(P,P) = 0")


def weight_decay():
    w, g_, eta, lam = sp.symbols("w g eta lambda")
    Lt = lam / 2 * w ** 2
    same(sp.diff(Lt, w), lam * w)
    same(w - eta * (g_ + lam * w), (1 - eta * lam) * w - eta * g_)
    eq((1 - 0.001) * 2, 1.998, 1e-12); eq(1.998 - 0.05, 1.948, 1e-12); eq(0.1 * 0.01, 0.001, 1e-15)
    eq(2 - 0.1 * (0.5 + 0.02), 1.948, 1e-12); eq(0.1 * (0.5 + 0.02), 0.052, 1e-12); eq(0.01 * 2, 0.02)
    wrong_are("ko_weight_decay")


def l1():
    w = sp.symbols("w", real=True)
    assert sp.diff(sp.Abs(w), w).subs(w, 0.7) == 1 and sp.diff(sp.Abs(w), w).subs(w, -0.7) == -1
    wv = np.array([0.5, -1.2, 0.0])
    assert np.allclose(0.1 * np.sign(wv), [0.1, -0.1, 0]); assert np.allclose(0.1 * wv, [0.05, -0.12, 0])
    assert np.allclose(numgrad(lambda v: 0.05 * (v ** 2).sum(), wv), 0.1 * wv, atol=1e-8)
    assert np.allclose(wv - 0.5 * 0.1 * np.sign(wv), [0.45, -1.15, 0])
    wrong_are("ko_l1_grad")


def grad_clip():
    eq(math.sqrt(9 + 16 + 144), 13); eq(math.sqrt(169), 13)
    near(3 / 13, 0.2308, 4); near(4 / 13, 0.3077, 4); near(12 / 13, 0.9231, 4)
    eq(math.sqrt((3 / 13) ** 2 + (4 / 13) ** 2 + (12 / 13) ** 2), 1, 1e-12)
    eq(3 / 5, 0.6); eq(4 / 5, 0.8); near(math.sqrt(0.36 + 0.64 + 1), 1.414, 3)
    assert np.allclose(np.clip([3, 4, 12], -1, 1), [1, 1, 1])
    wrong_are("ko_grad_clip")


def cosine():
    a = sp.Matrix(sp.symbols("a1:4")); b = sp.Matrix(sp.symbols("b1:4"))
    na = sp.sqrt((a.T * a)[0]); nb = sp.sqrt((b.T * b)[0]); ab = (a.T * b)[0]
    s = ab / (na * nb)
    for i in range(3):
        same(sp.diff(na, a[i]), a[i] / na)
        gi = sp.diff(s, a[i])
        same(gi, b[i] / (na * nb) - ab / (na ** 3 * nb) * a[i])
        same(gi, (b[i] / nb - s * a[i] / na) / na)
    same(sum(a[i] * sp.diff(s, a[i]) for i in range(3)), 0)
    av = np.array([1.0, 2]); bv = np.array([2.0, 1])
    eq(np.linalg.norm(av), math.sqrt(5)); eq(np.linalg.norm(bv), math.sqrt(5)); eq(av @ bv / 5, 0.8, 1e-12)
    cs = lambda u, v: u @ v / np.linalg.norm(u) / np.linalg.norm(v)
    ga = numgrad(lambda u: cs(u, bv), av)
    assert np.allclose(ga, [0.24, -0.12], atol=1e-8)
    assert np.allclose(bv / 5 - 0.8 / 5 * av, [0.24, -0.12]); assert np.allclose(bv / 5, [0.4, 0.2])
    assert np.allclose(0.8 / 5 * av, [0.16, 0.32]); eq(0.24 - 0.24, 0)
    near(math.sqrt(0.24 ** 2 + 0.12 ** 2), 0.268, 3); eq(math.sqrt(1 - 0.64) / math.sqrt(5), math.sqrt(0.24 ** 2 + 0.12 ** 2), 1e-12)
    gb = numgrad(lambda v: cs(av, v), bv)
    assert not np.allclose(gb, [0.24, -0.12], atol=1e-3)
    wrong_are("ko_cosine_grad", "\\nabla_{\\mathbf b}s")


def rnn():
    W, hp, u, xt = sp.symbols("W hp U xt")
    ht = sp.tanh(W * hp + u * xt)
    same(sp.diff(ht, hp), (1 - ht ** 2) * W)
    h1 = math.tanh(1); near(h1, 0.7616, 4)
    a2 = 0.5 * h1 + 0.5; near(a2, 0.8808, 4); h2 = math.tanh(a2); near(h2, 0.7068, 4)
    near((1 - h2 ** 2) * 0.5, 0.2502, 4); near(1 - h2 ** 2, 1 - 0.4996, 4); near((1 - 0.4996) * 0.5, 0.2502, 4)
    # dh2/dU, symbolic through two steps with h0 = 0
    U_ = sp.symbols("U_")
    H1 = sp.tanh(U_ * 1); H2 = sp.tanh(sp.Rational(1, 2) * H1 + U_ * sp.Rational(1, 2))
    d = sp.diff(H2, U_)
    same(d, (1 - H2 ** 2) * (sp.Rational(1, 2) + sp.Rational(1, 2) * sp.diff(H1, U_)))
    near(1 - h1 ** 2, 0.4200, 4)
    val = float(d.subs(U_, 1))
    assert abs(val - 0.3053) > 0.01 and abs(0.5004 * (0.5 + 0.5 * 0.42) - 0.3053) > 0.01
    eq(0.5 * 1, 0.5); eq(0.25 * 0.5, 0.125)
    assert abs(0.5 ** 10 - 0.01) > 0.005  # 0.5^10 ~ 0.001, not 0.01
    wrong_are("ko_rnn_bptt", "0.3053", "0.5^{10}")


def conv_params():
    O = lambda I, K, P, S: (I + 2 * P - K) // S + 1
    eq(O(224, 7, 3, 2), 112); eq((224 + 6 - 7) / 2, 111.5); eq(7 * 7 * 3 * 64, 9408); eq(O(112, 3, 1, 2), 56)
    eq(3 * 3 * 64 * 128, 73728); eq(73728 + 128, 73856); eq(3 * 3 * 64 + 64, 640); eq(64 * 128 + 128, 8320)
    eq(640 + 8320, 8960); near(8960 / 73856, 0.121, 3); near(1 / 128 + 1 / 9, 0.119, 3)
    wrong_are("ko_conv_params")


def im2col():
    O = lambda H, K, P, S: (H + 2 * P - K) // S + 1
    eq(O(4, 3, 0, 1), 2); eq(1 * 2 * 2, 4); eq(3 * 3 * 3, 27)
    eq(O(4, 3, 1, 1), 4); assert 1 * 4 * 4 != 9
    eq(10 * 4, 40)
    # N=10 with pad 0 -> 40 rows? the text says 160 rows: pad is 1 at that point (OH=4) -> 10*16=160
    eq(10 * 4 * 4, 160); eq(160 * 27 * 4, 17280)
    wrong_are("ko_im2col", "= 9")


def softmax_ce():
    zs = sp.symbols("z1:4"); ys = sp.symbols("y1:4")
    P = [sp.exp(zi) / sum(sp.exp(zj) for zj in zs) for zi in zs]
    for i in range(3):
        for j in range(3):
            same(sp.diff(P[i], zs[j]), P[i] * (1 - P[i]) if i == j else -P[i] * P[j])
    L = -sum(yi * sp.log(pi) for yi, pi in zip(ys, P))
    for j in range(3):
        d = (sp.diff(L, zs[j]) - (P[j] - ys[j])).subs(ys[2], 1 - ys[0] - ys[1])
        same(d, 0)
        same(-ys[j] * (1 - P[j]) + sum(ys[i] * P[j] for i in range(3) if i != j), P[j] * sum(ys) - ys[j])
    near(math.e, 2.718, 3); near(math.e ** 2, 7.389, 3); near(math.e ** 3, 20.086, 3)
    S = math.e + math.e ** 2 + math.e ** 3; near(S, 30.193, 3); eq(2.718 + 7.389 + 20.086, 30.193, 1e-9)
    pv = np.exp([1, 2, 3.0]) / S
    for a, w in zip(pv, (0.0900, 0.2447, 0.6652)):
        near(a, w, 4)
    near(-math.log(pv[2]), 0.4076, 4)
    near(pv[2] - 1, -0.3348, 4)
    near(0.0900 + 0.2447 - 0.3348, 0, 3)
    wrong_are("ko_softmax_ce")


def perplexity():
    pr = [0.5, 0.25, 0.125]
    nll = -sum(math.log(q) for q in pr) / 3
    eq(nll, 2 * math.log(2), 1e-12); near(nll, 1.386, 3); eq(math.exp(nll), 4, 1e-12)
    eq((0.5 * 0.25 * 0.125) ** (-1 / 3), 4, 1e-12); eq(0.5 * 0.25 * 0.125, 1 / 64)
    near(math.log(50000), 10.82, 2)
    eq(-sum(math.log2(q) for q in pr) / 3, 2, 1e-12); eq(2 ** 2, 4)
    near(math.exp(3), 20.09, 2)
    assert abs(math.exp(2.5) - 10.04) > 1
    wrong_are("ko_perplexity", "10.04")


def lr_schedule():
    em = 1e-3

    def lr(t, Tw=500, T=10000):
        return em * t / Tw if t < Tw else em / 2 * (1 + math.cos(math.pi * (t - Tw) / (T - Tw)))
    eq(lr(100), 2e-4, 1e-15); eq(lr(500), 1e-3, 1e-15); eq(lr(5250), 5e-4, 1e-15)
    near(lr(7625) * 1e4, 1.46, 2); eq(lr(10000), 0, 1e-15)
    eq((7625 - 500) / 9500, 0.75); eq((5250 - 500) / 9500, 0.5)
    near(math.cos(3 * math.pi / 4), -0.7071, 4); near(1 - math.sqrt(2) / 2, 0.2929, 4)
    near(0.5e-3 * 0.2929 * 1e4, 1.46, 2)
    eq(em * 0.1 ** (7625 // 3000), 1e-5, 1e-15)
    near(sum(lr(t) for t in range(500)) / 500 / em, 0.5, 2)
    wrong_are("ko_lr_schedule")


def gradcheck():
    h = sp.symbols("h", positive=True)
    f = lambda v: v ** 3
    same((f(2 + h) - f(2 - h)) / (2 * h), 12 + h ** 2)
    same((f(2 + h) - f(2)) / h, 12 + 6 * h + h ** 2)
    eq(2.01 ** 3, 8.120601, 1e-12); eq(1.99 ** 3, 7.880599, 1e-12); eq(8.120601 - 7.880599, 0.240002, 1e-12)
    eq(0.240002 / 0.02, 12.0001, 1e-9); eq((8.120601 - 8) / 0.01, 12.0601, 1e-9)
    near(0.0601, 6 * 0.01, 3)
    eq(0.0001 / 12.0001, 1 / 120001); near(0.0001 / 12.0001 * 1e6, 8.3, 1)
    eq((1e-5) ** 2, 1e-10, 1e-20)
    wrong_are("ko_gradcheck")


for fn in (logistic, mle_gaussian, mle_bernoulli, entropy, weight_decay, l1, grad_clip, cosine, rnn,
           conv_params, im2col, softmax_ce, perplexity, lr_schedule, gradcheck):
    fn()
print("ko: all checks passed")
