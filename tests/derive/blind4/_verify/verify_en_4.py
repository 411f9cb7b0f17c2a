"""Checks the claims of English files (part 4); keyed-wrong lines are asserted wrong."""
import numpy as np
import sympy as sp
from vh import same, near, eq, fails, numgrad

R = sp.Rational
rng = np.random.default_rng(4)

# adam_bias_correction_medium
b1, t = sp.symbols('beta1 t', positive=True); i = sp.symbols('i', integer=True)
for tv in range(1, 6):
    same((1 - b1) * sum(b1 ** (tv - k) for k in range(1, tv + 1)), 1 - b1 ** tv)
eq(1 - 0.9, 0.1, 1e-15)
gs = rng.normal(size=5); m = 0
for k, g in enumerate(gs, 1):
    m = 0.9 * m + 0.1 * g
    assert np.isclose(m, 0.1 * sum(0.9 ** (k - j) * gs[j - 1] for j in range(1, k + 1)))
eq(0.1 * 0.5, 0.05, 1e-15); eq(0.001 * 0.25, 0.00025, 1e-15); eq(0.05 / 0.1, 0.5, 1e-12); eq(0.00025 / 0.001, 0.25, 1e-12)
eq(0.01 * 0.5 / np.sqrt(0.25), 0.01, 1e-15); eq(1 - 0.01, 0.99)
gg = sp.symbols('g', positive=True)
same(((1 - R(9, 10)) * gg) / (1 - R(9, 10)), gg); same(sp.sqrt(((1 - R(999, 1000)) * gg ** 2) / (1 - R(999, 1000))), gg)
eq(0.9 * 0.05 + 0.1 * (-0.2), 0.025, 1e-15); eq(0.999 * 0.00025 + 0.001 * 0.04, 0.00028975, 1e-15)
eq(1 - 0.9 ** 2, 0.19, 1e-15); eq(1 - 0.999 ** 2, 0.001999, 1e-15)
near(0.025 / 0.19, 0.131579, 6); near(0.00028975 / 0.001999, 0.144947, 6); near(np.sqrt(0.00028975 / 0.001999), 0.380720, 6)
st = 0.01 * (0.025 / 0.19) / np.sqrt(0.00028975 / 0.001999); near(st, 0.003456, 6); near(0.01 * 0.131579 / 0.380720, 0.003456, 6)
near(0.99 - st, 0.986544, 6)

# adamw_weight_decay_quiz
w, g, eta, lam = sp.symbols('w g eta lambda')
same(w - eta * (g + lam * w), (1 - eta * lam) * w - eta * g)
same(sp.diff(lam / 2 * w ** 2, w), lam * w)
eq(0.3 + 0.1 * 2, 0.5, 1e-15); eq(2 - 0.001, 1.999); eq(0.3 / 0.3, 1); eq(0.1 * 2, 0.2, 1e-15)
eq(2 - 0.001 * (1 + 0.2), 1.9988, 1e-12); eq(2 - 0.0012, 1.9988, 1e-12); eq(2 * (1 - 0.001 * 0.1), 2 * 0.9999, 1e-15); eq(2 * 0.9999 - 0.001, 1.9988, 1e-12)
assert 1.9988 < 1.999

# minibatch_mean_gradient_se
th = sp.symbols('theta'); ls = [sp.Function(f'l{k}')(th) for k in range(4)]
same(sp.diff(sum(ls) / 4, th), sum(sp.diff(l, th) for l in ls) / 4); same(sp.diff(sum(ls), th), 4 * sp.diff(sum(ls) / 4, th))
gr = [1.2, -0.4, 0.8, 2.0]; eq(sum(gr), 3.6, 1e-12); eq(sum(gr) / 4, 0.9, 1e-12); eq(4 * 0.9, 3.6, 1e-12)
eq(0.05 * 0.9, 0.045, 1e-15); eq(0.05 / 4, 0.0125, 1e-15); eq(0.0125 * 3.6, 0.045, 1e-15)

# linear_regression_matrix_notes
Xs = sp.Matrix(3, 2, sp.symbols('x0:6')); ws = sp.Matrix(sp.symbols('w0:2')); ys = sp.Matrix(sp.symbols('y0:3'))
r = Xs * ws - ys; Q = (r.T * r)[0]
same(Q, (ws.T * Xs.T * Xs * ws)[0] - 2 * (ys.T * Xs * ws)[0] + (ys.T * ys)[0])
gQ = sp.Matrix([sp.diff(Q, v) for v in ws]); assert sp.simplify(gQ - (2 * Xs.T * Xs * ws - 2 * Xs.T * ys)) == sp.zeros(2, 1)
assert sp.simplify(gQ - 2 * Xs.T * r) == sp.zeros(2, 1)
gJ = gQ / 6  # m = 3, J = Q / (2m)
assert sp.simplify(gJ - Xs.T * r / 3) == sp.zeros(2, 1) and sp.simplify(gJ - Xs.T * (ys - Xs * ws) / 3) != sp.zeros(2, 1)  # keyed wrong
X = sp.Matrix([[1, 1], [1, 2], [1, 3]]); y = sp.Matrix([1, 2, 2]); w0 = sp.zeros(2, 1)
assert X * w0 - y == sp.Matrix([-1, -2, -2]) and X.T * (X * w0 - y) == sp.Matrix([-5, -11])
eq(-1 - 2 - 2, -5); eq(-1 - 4 - 6, -11)
grad = X.T * (X * w0 - y) / 3; assert grad == sp.Matrix([R(-5, 3), R(-11, 3)]); near(-5 / 3, -1.667, 3); near(-11 / 3, -3.667, 3)
w1 = w0 - R(1, 10) * grad; assert w1 == sp.Matrix([R(1, 6), R(11, 30)]); near(1 / 6, 0.1667, 4); near(11 / 30, 0.3667, 4)

# vanishing_gradient_sigmoid_chain
a0, z = sp.symbols('a0 z'); W = sp.symbols('w1:4'); s = lambda u: 1 / (1 + sp.exp(-u))
a1 = s(W[0] * a0); a2 = s(W[1] * a1); a3 = s(W[2] * a2)
dsg = lambda u: s(u) * (1 - s(u))
same(sp.diff(a3, a0), W[0] * dsg(W[0] * a0) * W[1] * dsg(W[1] * a1) * W[2] * dsg(W[2] * a2))
same(sp.diff(s(z), z), s(z) * (1 - s(z)))
sv = sp.symbols('s'); assert sp.maximum(sv * (1 - sv), sv, sp.Interval(0, 1)) == R(1, 4); eq((sv * (1 - sv)).subs(sv, R(1, 2)), R(1, 4))
near(4.0 ** -10, 9.5e-7, 8); assert 4.0 ** -10 < 1e-6
for _ in range(200):  # the bound under |w| <= 1
    wv = rng.uniform(-1, 1, 3); av = rng.normal()
    val = float(sp.diff(a3, a0).subs({W[0]: wv[0], W[1]: wv[1], W[2]: wv[2], a0: av})) if _ < 5 else None
    if val is not None:
        assert abs(val) <= 0.25 ** 3
sig = lambda u: 1 / (1 + np.exp(-u)); av, prod, rows = 0.0, 1.0, []
for l in range(3):
    zv = av; av = sig(zv); d = av * (1 - av); prod *= d; rows.append((zv, av, d))
for (zv, av, d), (zz, aa, dd) in zip(rows, [(0, 0.5, 0.25), (0.5, 0.6225, 0.2350), (0.6225, 0.6508, 0.2273)]):
    near(zv, zz, 4); near(av, aa, 4); near(d, dd, 4)
near(prod, 0.01335, 5); near(0.25 * 0.2350 * 0.2273, 0.01335, 5); eq(4.0 ** -3, 0.015625); assert prod < 0.015625 and rows[1][2] < 0.25 and rows[2][2] < 0.25

# single_neuron_mse_sigmoid_handnotes
x, wv_, b, y = sp.symbols('x w b y'); zz = wv_ * x + b; a = s(zz); L = (a - y) ** 2 / 2
fails(sp.diff(L, wv_), (a - y) * x)  # keyed wrong
same(sp.diff(L, wv_), (a - y) * a * (1 - a) * x); same(sp.diff(L, b), (a - y) * a * (1 - a)); same(sp.diff(L, a.subs(zz, z)) if False else sp.diff((sv - y) ** 2 / 2, sv), sv - y)
vals = {x: 2, wv_: 0.5, b: -0.5, y: 1}
eq(zz.subs(vals), 0.5); av = sig(0.5); near(av, 0.6225, 4); near(0.5 * (av - 1) ** 2, 0.0713, 4); near(0.5 * 0.3775 ** 2, 0.0713, 4); eq(0.6225 - 1, -0.3775, 1e-12)
near(av * (1 - av), 0.2350, 4); near(0.6225 * 0.3775, 0.2350, 4)
dz = (av - 1) * av * (1 - av); near(dz, -0.0887, 4); near(-0.3775 * 0.2350, -0.0887, 4)
near(float(sp.diff(L, b).subs(vals)), -0.0887, 4)
assert abs(-0.0887 * 2 - (-0.1694)) > 0.005 and abs(float(sp.diff(L, wv_).subs(vals)) - (-0.1694)) > 0.005  # keyed wrong

# log_softmax_logsumexp_notes
Z = sp.symbols('z0:3'); LSE = sp.log(sum(sp.exp(u) for u in Z)); P = [sp.exp(u) / sum(sp.exp(v) for v in Z) for u in Z]
for k in range(3):
    same(sp.diff(LSE, Z[k]), P[k]); same(sp.log(P[k]), Z[k] - LSE)
    for j in range(3):
        same(sp.diff(Z[k] - LSE, Z[j]), (1 if j == k else 0) - P[j])
        same(sp.diff(LSE, Z[k], Z[j]), (P[k] if j == k else 0) - P[k] * P[j])
pv = rng.dirichlet(np.ones(4)); vv = rng.normal(size=4)
eq(vv @ (np.diag(pv) - np.outer(pv, pv)) @ vv, pv @ vv ** 2 - (pv @ vv) ** 2, 1e-12); assert np.linalg.eigvalsh(np.diag(pv) - np.outer(pv, pv)).min() > -1e-12
c = sp.symbols('c'); same(LSE, c + sp.log(sum(sp.exp(u - c) for u in Z)))
for _ in range(20):
    zz_ = rng.normal(size=5) * 3; l = np.log(np.exp(zz_).sum()); assert zz_.max() <= l <= zz_.max() + np.log(5)
near(np.log(2 + np.exp(-2)), 0.7586, 4); near(2 + np.exp(-2), 2.1353, 4); near(np.log(2.1353), 0.7586, 4); near(np.log(3), 1.0986, 4)
eq(998 - 1000.7586, -2.7586, 1e-9)
pz = np.exp(np.array([0, 0, -2.])) / np.exp(np.array([0, 0, -2.])).sum(); [near(u, v, 4) for u, v in zip(pz, [0.4683, 0.4683, 0.0634])]

# bce_with_logits_stable_readme
yv, zs = sp.symbols('y z', real=True); sg = 1 / (1 + sp.exp(-zs))
ell = -(yv * sp.log(sg) + (1 - yv) * sp.log(1 - sg))
same(sp.log(sg), -sp.log(1 + sp.exp(-zs))); same(sp.log(1 - sg), -zs - sp.log(1 + sp.exp(-zs)))
same(ell, (1 - yv) * zs + sp.log(1 + sp.exp(-zs))); same(sp.log(1 + sp.exp(-zs)), -zs + sp.log(1 + sp.exp(zs)))
same((1 - yv) * zs + (-zs + sp.log(1 + sp.exp(zs))), -zs * yv + sp.log(1 + sp.exp(zs)))
for zv in [-30, -3, -0.5, 0, 0.7, 4, 30]:
    for yy in [0, 1, 0.3]:
        ref = float(((1 - yv) * zs + sp.log(1 + sp.exp(-zs))).subs({zs: zv, yv: yy}).evalf(30))
        eq(max(zv, 0) - zv * yy + np.log1p(np.exp(-abs(zv))), ref, 1e-9)
same(sp.diff(ell, zs), sg - yv)
near(np.log(1 + np.exp(2)), 2.1269, 4); near(sig(-2) - 1, -0.8808, 4); near(np.log(2), 0.6931, 4); eq(sig(0) - 1, -0.5)
near(np.log(1 + np.exp(-3)), 0.0486, 4); near(sig(3) - 1, -0.0474, 4)
for zv in (-2, 0, 3):
    eq(max(zv, 0) - zv + np.log1p(np.exp(-abs(zv))), np.log(1 + np.exp(-zv)), 1e-12)

# sigmoid_derivative_mathse
xs = sp.symbols('x', real=True); sx = 1 / (1 + sp.exp(-xs))
same(sp.diff(sx, xs), sp.exp(-xs) / (1 + sp.exp(-xs)) ** 2); same(sp.exp(-xs) / (1 + sp.exp(-xs)) ** 2, sx * sp.exp(-xs) / (1 + sp.exp(-xs)))
same(sx * sp.exp(-xs) / (1 + sp.exp(-xs)), sx * (1 - sx)); same(sp.exp(-xs) / (1 + sp.exp(-xs)), 1 - sx); same(sx.subs(xs, -xs), 1 - sx)
d = sp.diff(sx, xs); same(d.subs(xs, -xs), d)
same(2 * sx.subs(xs, 2 * xs) - 1, (2 - (1 + sp.exp(-2 * xs))) / (1 + sp.exp(-2 * xs))); same((1 - sp.exp(-2 * xs)) / (1 + sp.exp(-2 * xs)), sp.tanh(xs))
same(sp.diff(sp.tanh(xs), xs), 4 * d.subs(xs, 2 * xs)); same(sp.diff(sp.tanh(xs), xs), 1 - sp.tanh(xs) ** 2)
tv = sp.symbols('tv'); sT = (1 + tv) / 2; same(4 * sT * (1 - sT), 1 - tv ** 2)
assert sp.simplify(sp.exp(-sp.log(3)) - R(1, 3)) == 0 and sp.simplify(sx.subs(xs, sp.log(3))) == R(3, 4) and sp.simplify(d.subs(xs, sp.log(3))) == R(3, 16)
assert R(3, 4) * R(1, 4) == R(3, 16) and sp.simplify(sp.tanh(sp.log(3) / 2).rewrite(sp.exp)) == R(1, 2) and 2 * R(3, 4) - 1 == R(1, 2)
assert 1 - R(1, 2) ** 2 == R(3, 4) == 4 * R(3, 16)
print("verify_en_4 ok")
