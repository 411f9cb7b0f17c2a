"""Checks the claims of the Chinese files; keyed-wrong lines are asserted wrong."""
import numpy as np
import sympy as sp
from vh import same, near, eq, fails, numgrad

R = sp.Rational
rng = np.random.default_rng(9)
sig = lambda t: 1 / (1 + np.exp(-t))

# normal_equation_csdn
th = sp.Matrix(sp.symbols('t0 t1')); Xs = sp.Matrix(4, 2, sp.symbols('x0:8')); ys = sp.Matrix(sp.symbols('y0:4'))
J = (R(1, 2) * (Xs * th - ys).T * (Xs * th - ys))[0]
same(J, R(1, 2) * ((th.T * Xs.T * Xs * th)[0] - 2 * (ys.T * Xs * th)[0] + (ys.T * ys)[0]))
assert sp.simplify(sp.Matrix([sp.diff(J, t) for t in th]) - (Xs.T * Xs * th - Xs.T * ys)) == sp.zeros(2, 1)
X = sp.Matrix([[1, 1], [1, 2], [1, 3], [1, 4]]); y = sp.Matrix([3, 4, 8, 9])
assert X.T * X == sp.Matrix([[4, 10], [10, 30]]) and X.T * y == sp.Matrix([24, 71]) and (X.T * X).det() == 20 == 4 * 30 - 10 * 10
assert (X.T * X).inv() == R(1, 20) * sp.Matrix([[30, -10], [-10, 4]])
assert 30 * 24 - 10 * 71 == 10 and -10 * 24 + 4 * 71 == 44
t = (X.T * X).inv() * X.T * y; assert t == sp.Matrix([R(1, 2), R(11, 5)]) == R(1, 20) * sp.Matrix([10, 44])
assert X * t == sp.Matrix([R(27, 10), R(49, 10), R(71, 10), R(93, 10)])
r = y - X * t; assert r == sp.Matrix([R(3, 10), R(-9, 10), R(9, 10), R(-3, 10)]) and sum(r) == 0 and X.T * r == sp.zeros(2, 1)
eq(0.3 - 1.8 + 2.7 - 1.2, 0, 1e-12)
assert 0.5 + 2.2 * 5 != 12.5 and abs(0.5 + 2.2 * 5 - 11.5) < 1e-12  # keyed wrong

# sigmoid_mse_vs_ce_zhihu
z, yy = sp.symbols('z y'); a = 1 / (1 + sp.exp(-z)); same(sp.diff(a, z), a * (1 - a))
same(sp.diff((a - yy) ** 2 / 2, z), (a - yy) * a * (1 - a)); same(sp.diff((a - yy) ** 2, z), 2 * (a - yy) * a * (1 - a))
av = sp.symbols('a'); Lce = -(yy * sp.log(av) + (1 - yy) * sp.log(1 - av))
same((-yy / av + (1 - yy) / (1 - av)) * av * (1 - av), av - yy); same(sp.diff(Lce.subs(av, a), z), a - yy)
a4 = sig(-4); near(a4, 0.0180, 4); near(a4 * (1 - a4), 0.01766, 5); near((a4 - 1) * a4 * (1 - a4), -0.0173, 4)
near(-0.9820 * 0.01766, -0.0173, 4); near(a4 - 1, -0.9820, 4); near(0.9820 / 0.0173, 57, 0); near((a4 - 1) / ((a4 - 1) * a4 * (1 - a4)), 57, 0)

# softmax_ce_batch_cnblogs
Z = sp.symbols('z0:3'); Sm = sum(sp.exp(u) for u in Z); P = [sp.exp(u) / Sm for u in Z]; Y = sp.symbols('y0:3')
for i in range(3):
    same(sp.diff(P[i], Z[i]), P[i] * (1 - P[i]))
    for k in range(3):
        if k != i:
            same(sp.diff(P[k], Z[i]), -P[k] * P[i])
Ls = -sum(Y[k] * sp.log(P[k]) for k in range(3))
for i in range(3):
    expr = -Y[i] + Y[i] * P[i] + P[i] * sum(Y[k] for k in range(3) if k != i)
    same(sp.diff(Ls, Z[i]), expr)
    same(expr.subs(Y[2], 1 - Y[0] - Y[1]), (P[i] - Y[i]).subs(Y[2], 1 - Y[0] - Y[1]))
N, C = 3, 4; Zn = rng.normal(size=(N, C)); lab = np.array([1, 3, 0]); Yn = np.eye(C)[lab]
ce = lambda Z: -np.mean(np.log((np.exp(Z) / np.exp(Z).sum(1, keepdims=True))[np.arange(N), lab]))
Pn = np.exp(Zn) / np.exp(Zn).sum(1, keepdims=True); assert np.allclose(numgrad(ce, Zn), (Pn - Yn) / N, atol=1e-6)
Zv = np.array([[1, 0, 0], [0, 0, np.log(2)]]); Pv = np.exp(Zv) / np.exp(Zv).sum(1, keepdims=True)
near(np.e + 2, 4.7183, 4); [near(u, v, 4) for u, v in zip(Pv[0], [0.5761, 0.2119, 0.2119])]; assert np.allclose(Pv[1], [0.25, 0.25, 0.5])
near(-np.log(Pv[0, 0]), 0.5514, 4); same(-sp.log(sp.E / (sp.E + 2)), sp.log(sp.E + 2) - 1); near(np.log(np.e + 2) - 1, 0.5514, 4); near(np.log(2), 0.6931, 4)
Lv = (-np.log(Pv[0, 0]) - np.log(Pv[1, 2])) / 2; near(Lv, 0.6223, 4); near((0.5514 + 0.6931) / 2, 0.6223, 4)
G = (Pv - np.array([[1, 0, 0], [0, 0, 1]])) / 2; [near(u, v, 4) for u, v in zip(G.ravel(), [-0.2119, 0.1060, 0.1060, 0.125, 0.125, -0.25])]
near((0.5761 - 1) / 2, -0.2119, 4); near(0.2119 / 2, 0.1060, 4)
assert np.allclose(G.sum(1), 0); eq(-0.2119 + 0.1060 + 0.1060, 0.0001, 1e-12)

# resnet_bottleneck_params_csdn
eq(1 * 1 * 256 * 64, 16384); eq(3 * 3 * 64 * 64, 36864); eq(1 * 1 * 64 * 256, 16384); eq(16384 + 36864 + 16384, 69632)
eq(2 * 3 * 3 * 256 * 256, 1179648); near(1179648 / 69632, 16.9, 1)
eq((56 - 1) // 2 + 1, 28); eq((56 - 1) // 2, 27); eq(27 + 1, 28); eq(256 * 512, 131072)
assert (56 - 3) // 2 + 1 == 27 != 28  # keyed wrong
assert 2 * (64 + 64 + 256) == 768 != 786  # keyed wrong

# adam_bias_correction_zhihu
b1 = sp.symbols('beta1', positive=True)
for tv in range(1, 7):
    same((1 - b1) * sum(b1 ** (tv - i) for i in range(1, tv + 1)), (1 - b1) * (1 - b1 ** tv) / (1 - b1)); same((1 - b1) * (1 - b1 ** tv) / (1 - b1), 1 - b1 ** tv)
gs = rng.normal(size=6); mm = 0
for k, g in enumerate(gs, 1):
    mm = 0.9 * mm + 0.1 * g; eq(mm, 0.1 * sum(0.9 ** (k - i) * gs[i - 1] for i in range(1, k + 1)), 1e-12)
rows = {1: (0.1, 0.001), 2: (0.19, 0.001999), 100: (0.99997, 0.09521)}
for tv, (c1, c2) in rows.items():
    near(1 - 0.9 ** tv, c1, len(str(c1).split('.')[1])); near(1 - 0.999 ** tv, c2, len(str(c2).split('.')[1]))
near(1 - 0.999 ** 10, 0.009955, 6); assert abs((1 - 0.9 ** 10) - 0.3487) > 0.3 and abs(0.9 ** 10 - 0.3487) < 1e-4  # keyed wrong
near(1 / 0.09521, 10.5, 1); near(1 / (1 - 0.999 ** 100), 10.5, 1)
gc = 0.7; m = v = 0.0
for tv in range(1, 6):
    m = 0.9 * m + 0.1 * gc; v = 0.999 * v + 0.001 * gc ** 2
    eq(m, (1 - 0.9 ** tv) * gc, 1e-12); eq(v, (1 - 0.999 ** tv) * gc ** 2, 1e-12); eq(m / (1 - 0.9 ** tv), gc, 1e-12); eq(v / (1 - 0.999 ** tv), gc ** 2, 1e-12)
    eq((m / (1 - 0.9 ** tv)) / np.sqrt(v / (1 - 0.999 ** tv)), np.sign(gc), 1e-9)

# batchnorm_backward_graph_cnblogs (symbolic, m = 3, partial derivatives as on the graph)
m = 3; xs = sp.symbols('x0:3'); gam, bet, epsv = sp.symbols('gamma beta epsilon', positive=True); dys = sp.symbols('dy0:3')
mu_, var_ = sp.symbols('mu sigma2')  # graph nodes treated as independent variables
xh = [(xs[i] - mu_) / sp.sqrt(var_ + epsv) for i in range(m)]
dxh = [gam * dys[i] for i in range(m)]
same(sp.diff(gam * xh[0] + bet, xh[0].subs(mu_, mu_)) if False else gam, gam)
same(sp.diff(xh[0], var_), -R(1, 2) * (xs[0] - mu_) * (var_ + epsv) ** R(-3, 2))
dvar = -R(1, 2) * sum(dxh[i] * (xs[i] - mu_) * (var_ + epsv) ** R(-3, 2) for i in range(m))
Lg = sum(dys[i] * (gam * xh[i] + bet) for i in range(m))
same(sp.diff(Lg, var_), dvar)
varexpr = sum((xs[i] - mu_) ** 2 for i in range(m)) / m
same(sp.diff(varexpr, mu_), -R(2, m) * sum(xs[i] - mu_ for i in range(m)))
sv = sp.sqrt(var_ + epsv); dmu = -1 / sv * sum(dxh) + dvar * (-R(2, m) * sum(xs[i] - mu_ for i in range(m)))
same(sp.diff(Lg, mu_) + dvar * sp.diff(varexpr, mu_), dmu)
mu_true = sum(xs) / m; var_true = sum((xs[i] - mu_true) ** 2 for i in range(m)) / m
same(sum(xs[i] - mu_true for i in range(m)), 0)
Lfull = Lg.subs({mu_: mu_true, var_: var_true}, simultaneous=True)
sub = {mu_: mu_true, var_: var_true}
for i in range(m):
    dx_formula = (dxh[i] / sv + dvar * 2 * (xs[i] - mu_) / m + dmu / m).subs(sub, simultaneous=True)
    vals = {xs[0]: 0.3, xs[1]: -1.2, xs[2]: 2.0, gam: 1.5, bet: 0.1, epsv: 1e-3, dys[0]: 0.4, dys[1]: -0.7, dys[2]: 0.25}
    eq(sp.diff(Lfull, xs[i]).subs(vals), dx_formula.subs(vals), 1e-9)
    xhv = [e.subs(sub, simultaneous=True) for e in xh]
    compact = (m * dxh[i] - sum(dxh) - xhv[i] * sum(dxh[j] * xhv[j] for j in range(m))) / (m * sv.subs(sub, simultaneous=True))
    eq(compact.subs(vals), dx_formula.subs(vals), 1e-9)
same(sp.diff(Lg, gam), sum(dys[i] * xh[i] for i in range(m))); same(sp.diff(Lg, bet), sum(dys))

# soft_threshold_elastic_net
u, w = sp.symbols('u w', real=True); lam = sp.symbols('lambda', positive=True)
same(sp.diff((w - u) ** 2 / 2 + lam * w, w), w - u + lam); same(sp.diff((w - u) ** 2 / 2 - lam * w, w), w - u - lam)
soft = lambda u, l: np.sign(u) * np.maximum(np.abs(u) - l, 0)
grid = np.linspace(-4, 4, 80001)
for uu in rng.uniform(-2, 2, 25):
    for ll in (0.3, 0.5, 1.1):
        obj = 0.5 * (grid - uu) ** 2 + ll * np.abs(grid); assert abs(grid[obj.argmin()] - soft(uu, ll)) < 2e-4
        l2 = 1.0; obj2 = obj + l2 / 2 * grid ** 2; assert abs(grid[obj2.argmin()] - soft(uu, ll) / (1 + l2)) < 2e-4
for uu in (0.8, -1.5):
    for ll in (0.5,):
        pass
uv = np.array([0.8, -0.3, -1.5, 0.05]); assert np.allclose(soft(uv, 0.5), [0.3, 0, -1, 0]) and np.allclose(soft(uv, 0.5) / 2, [0.15, 0, -0.5, 0])
eq(0.8 - 0.5, 0.3, 1e-12); eq(-1.5 + 0.5, -1); assert abs(-0.3) <= 0.5 and abs(0.05) <= 0.5 and 0.8 > 0.5 and -1.5 < -0.5
l1, l2s = sp.symbols('lambda1 lambda2', positive=True)
same(sp.diff((w - u) ** 2 / 2 + l1 * w + l2s / 2 * w ** 2, w), (1 + l2s) * w - u + l1)

# he_init_relu_variance_cnblogs
n = 64; Wd = rng.normal(0, np.sqrt(0.02), size=(n,)); 
zs_prev = rng.normal(0, 1.3, size=(200000, n)); aprev = np.maximum(zs_prev, 0)
eq((aprev ** 2).mean() / (0.5 * 1.3 ** 2), 1, 0.01)
Wm = rng.normal(0, np.sqrt(0.02), size=(200000, n)); zl = (Wm * aprev).sum(1)
assert abs(zl.var() / (n * 0.02 * (aprev ** 2).mean()) - 1) < 0.02 and abs(zl.var() / (0.5 * n * 0.02 * 1.3 ** 2) - 1) < 0.03
h, sd = sp.symbols('h s', positive=True); dens = sp.exp(-h ** 2 / (2 * sd ** 2)) / (sd * sp.sqrt(2 * sp.pi))
same(sp.integrate(h ** 2 * dens, (h, 0, sp.oo)), sd ** 2 / 2)
nn = sp.symbols('n', positive=True); same(R(1, 2) * nn * (2 / nn), 1)
eq(R(2, 512), R(1, 256)); eq(sp.sqrt(R(1, 256)), R(1, 16)); eq(1 / 16, 0.0625); same(R(1, 2) * nn * (1 / nn), R(1, 2))
eq(R(1, 2) ** 10, R(1, 1024)); near(1 / 1024, 0.000977, 6)
print("verify_zh ok")

# he_init: the terms w_j a_j are uncorrelated even when the a_j are correlated
n = 16; cov = 0.5 * np.ones((n, n)) + 0.5 * np.eye(n); Lc = np.linalg.cholesky(cov)
zprev = rng.normal(size=(200000, n)) @ Lc.T; aa = np.maximum(zprev, 0); Wm = rng.normal(0, 0.3, size=(200000, n))
zz = (Wm * aa).sum(1); assert abs(zz.var() / (n * 0.09 * (aa ** 2).mean()) - 1) < 0.02
print("verify_zh extra ok")
