"""Checks the claims of the Korean files (part 1); keyed-wrong lines are asserted wrong."""
import numpy as np
import sympy as sp
from vh import same, near, eq, fails, numgrad

R = sp.Rational
sig = lambda t: 1 / (1 + np.exp(-t))

# mse_linreg_tistory
w, b, xi, yi, n = sp.symbols('w b x_i y_i n', positive=True)
one = (w * xi + b - yi) ** 2 / n
same(sp.diff(one, w), 2 / n * (w * xi + b - yi) * xi); fails(sp.diff(one, b), 2 / n * (w * xi + b - yi) * xi)  # keyed wrong
xs, ys = [0, 1, 2], [1, 2, 5]; L = R(1, 3) * sum((w * x + b - y) ** 2 for x, y in zip(xs, ys)); s0 = {w: 1, b: 1}
assert [1 * x + 1 for x in xs] == [1, 2, 3] and [1 * x + 1 - y for x, y in zip(xs, ys)] == [0, 0, -2]
eq(L.subs(s0), R(4, 3)); eq(R(0 + 0 + 4, 3), R(4, 3)); near(4 / 3, 1.333, 3)
eq(sp.diff(L, w).subs(s0), R(-8, 3)); eq(R(2, 3) * (0 * 0 + 0 * 1 + (-2) * 2), R(-8, 3)); near(-8 / 3, -2.667, 3)
eq(sp.diff(L, b).subs(s0), R(-4, 3)); eq(R(2, 3) * (0 + 0 - 2), R(-4, 3)); near(-4 / 3, -1.333, 3)
eq(1 - R(1, 10) * R(-8, 3), R(19, 15)); eq(1 - R(1, 10) * R(-4, 3), R(17, 15)); near(19 / 15, 1.2667, 4); near(17 / 15, 1.1333, 4)
s1 = {w: R(19, 15), b: R(17, 15)}; e1 = [s1[w] * x + s1[b] - y for x, y in zip(xs, ys)]
[near(a, c, 4) for a, c in zip(e1, [0.1333, 0.4, -1.3333])]
near((2 / 15) ** 2, 0.0178, 4); near(0.4 ** 2, 0.16, 4); near((4 / 3) ** 2, 1.7778, 4)
assert abs((0.0178 + 0.16 + 1.7778) / 3 - 0.5519) > 0.05 and abs(float(L.subs(s1)) - 0.5519) > 0.05  # keyed wrong
near(float(L.subs(s1)), 0.6519, 4)

# tanh_vs_sigmoid_velog
x = sp.symbols('x', real=True); th = (sp.exp(x) - sp.exp(-x)) / (sp.exp(x) + sp.exp(-x)); same(th, sp.tanh(x))
same(sp.diff(th, x), ((sp.exp(x) + sp.exp(-x)) ** 2 - (sp.exp(x) - sp.exp(-x)) ** 2) / (sp.exp(x) + sp.exp(-x)) ** 2)
same(sp.diff(th, x), 1 - sp.tanh(x) ** 2)
s = 1 / (1 + sp.exp(-x)); same(sp.diff(s, x), s * (1 - s)); same(2 * s.subs(x, 2 * x) - 1, sp.tanh(x))
ds = sp.diff(s, x); same(sp.diff(2 * s.subs(x, 2 * x) - 1, x), 2 * ds.subs(x, 2 * x) * 2)
eq(sp.diff(sp.tanh(x), x).subs(x, 0), 1); eq(ds.subs(x, 0), R(1, 4))
near(np.tanh(0.5), 0.4621, 4); near(np.tanh(0.5) ** 2, 0.2136, 4); near(1 - np.tanh(0.5) ** 2, 0.7864, 4)
near(sig(1), 0.7311, 4); near(sig(1) * (1 - sig(1)), 0.1966, 4); near(0.7311 * 0.2689, 0.1966, 4); eq(1 - 0.7311, 0.2689, 1e-12)
near(4 * sig(1) * (1 - sig(1)), 0.7864, 4)
fails(sp.diff(sp.tanh(2 * x), x), 1 - sp.tanh(2 * x) ** 2)  # keyed wrong
same(sp.diff(sp.tanh(2 * x), x), 2 * (1 - sp.tanh(2 * x) ** 2))
near(1 - np.tanh(1) ** 2, 0.41997, 5); near(2 * (1 - np.tanh(1) ** 2), 0.8399, 4); near(2 * 0.41997, 0.8399, 4)

# logistic_regression_naver
rng = np.random.default_rng(5); m, nf = 6, 3
X = rng.normal(size=(m, nf)); y = (rng.random(m) > 0.5).astype(float); wv = rng.normal(size=nf)
J = lambda w: -np.mean(y * np.log(sig(X @ w)) + (1 - y) * np.log(1 - sig(X @ w)))
assert np.allclose(numgrad(J, wv), X.T @ (sig(X @ wv) - y) / m, atol=1e-6)
ws = sp.symbols('w0:2'); xs_ = sp.symbols('x0:2'); yy = sp.symbols('y'); dot = ws[0] * xs_[0] + ws[1] * xs_[1]
ell = sp.log(1 + sp.exp(-yy * dot))
for k in range(2):
    same(sp.diff(ell, ws[k]), -yy * xs_[k] * sp.exp(-yy * dot) / (1 + sp.exp(-yy * dot)))
    same(sp.diff(ell, ws[k]), -yy * xs_[k] / (1 + sp.exp(yy * dot)))
sd = 1 / (1 + sp.exp(-dot))
same((-xs_[0] / (1 + sp.exp(dot))), (sd - 1) * xs_[0]); same(xs_[0] / (1 + sp.exp(-dot)), (sd - 0) * xs_[0])
eq(1 * 2 + 0.5 * 1, 2.5); near(1 + np.exp(2.5), 13.1825, 4); near(np.log(1 + np.exp(2.5)), 2.5789, 4); near(np.log(13.1825), 2.5789, 4)
near(sig(2.5), 0.9241, 4); g = -(-1) * np.array([2, 1]) * sig(2.5); near(g[0], 1.8483, 4); near(g[1], 0.9241, 4)
assert np.allclose((sig(2.5) - 0) * np.array([2, 1]), g)

# softmax_ce_numeric_velog
z = np.array([1, 2, 0.5]); e = np.exp(z); p = e / e.sum()
[near(a, c, 4) for a, c in zip(e, [2.7183, 7.3891, 1.6487])]; eq(2.7183 + 7.3891 + 1.6487, 11.7561, 1e-9); near(e.sum(), 11.7561, 4)
[near(a, c, 4) for a, c in zip(p, [0.2312, 0.6285, 0.1402])]
assert abs(-np.log(0.2312) - 1.4463) > 0.01 and abs(-np.log(p[0]) - 1.4463) > 0.01  # keyed wrong
near(-np.log(p[0]), 1.4644, 4)
Z = sp.symbols('z0:3'); P = [sp.exp(t) / sum(sp.exp(u) for u in Z) for t in Z]; Lc = -sp.log(P[0])
for i in range(3):
    same(sp.diff(Lc, Z[i]), P[i] - (1 if i == 0 else 0))
eq(0.2312 - 1, -0.7688, 1e-12); [near(a, c, 4) for a, c in zip(p - [1, 0, 0], [-0.7688, 0.6285, 0.1402])]
eq(-0.7688 + 0.6285 + 0.1402, -0.0001, 1e-12)

# l2_weight_decay_wikidocs
wj, lam, eta = sp.symbols('w_j lambda eta')
fails(sp.diff(lam * wj ** 2, wj), lam * wj)  # keyed wrong
same(sp.diff(lam * wj ** 2, wj), 2 * lam * wj); gL = sp.symbols('g')
same(wj - eta * (gL + 2 * lam * wj), (1 - 2 * eta * lam) * wj - eta * gL)
wv = np.array([0.4, -1.0]); gv = np.array([0.2, 0.1])
tot = gv + 2 * 0.05 * wv; assert np.allclose(tot, [0.24, 0]); eq(0.2 + 2 * 0.05 * 0.4, 0.24, 1e-12); eq(0.1 + 2 * 0.05 * -1.0, 0, 1e-12)
assert np.allclose(wv - 0.1 * tot, [0.376, -1.0]); eq(0.4 - 0.024, 0.376, 1e-12)
eq(1 - 2 * 0.1 * 0.05, 0.99, 1e-12); assert np.allclose(0.99 * wv - 0.1 * gv, [0.376, -1.0])
eq(0.396 - 0.02, 0.376, 1e-12); eq(-0.99 - 0.01, -1.0, 1e-12); eq(0.99 * 0.4, 0.396, 1e-12)

# depthwise_separable_params_tistory
eq(3 * 3 * 64 * 128, 73728); eq(73728 + 128, 73856); eq(3 * 3 * 64 + 64, 640); eq(64 * 128 + 128, 8320); eq(640 + 8320, 8960)
near(8960 / 73856, 0.12, 2)
K, M, N = sp.symbols('K M N', positive=True); same((K ** 2 * M + M * N) / (K ** 2 * M * N), 1 / N + 1 / K ** 2)
eq(576 + 8192, 8768); eq(3 * 3 * 64, 576); eq(64 * 128, 8192); near(8768 / 73728, 0.1189, 4); near(1 / 128, 0.0078, 4); near(1 / 9, 0.1111, 4)
eq(0.0078 + 0.1111, 0.1189, 1e-12); near(1 / 128 + 1 / 9, 0.1189, 4); eq(R(8768, 73728), R(1, 128) + R(1, 9))
eq(32 * 32, 1024); eq(1024 * 73728, 75497472); eq(1024 * 8768, 8978432); near(75497472 / 8978432, 8.4, 1)

# conv_output_size_midterm
O = lambda N, K, S, P: (N + 2 * P - K) // S + 1
eq(O(64, 5, 1, 0), 60); eq(64 - 5 + 1, 60); eq(5 * 5 * 3 * 32 + 32, 2432)
eq((60 + 2 - 3) / 2, 29.5); eq(O(60, 3, 2, 1), 30); eq(O(30, 2, 2, 0), 15); eq((30 - 2) / 2 + 1, 15)
eq(O(15, 3, 1, 0), 13); eq(15 - 3 + 1, 13); eq(O(13, 3, 2, 0), 6); eq((13 - 3) // 2 + 1, 6)
eq(2 * (3 - 1) + 1, 5); eq(2 * 2 + 1, 5); eq(15 - 5 + 1, 11)
eq(6 * 6 * 64, 2304); eq(2304 * 10 + 10, 23050)
print("verify_ko_1 ok")
