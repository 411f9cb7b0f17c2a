"""Checks the claims of the files added in the second round (en, ko, zh)."""
import numpy as np
import sympy as sp
from vh import same, near, eq, fails, numgrad

# en/deep_backprop_layer_index_notes: column convention, numeric gradient check
rng = np.random.default_rng(3); n0, n1, m = 3, 4, 5
A0 = rng.normal(size=(n0, m)); W = rng.normal(size=(n1, n0)); b = rng.normal(size=(n1, 1)); T = rng.normal(size=(n1, m))
J = lambda W, b, A0: 0.5 * ((np.tanh(W @ A0 + b) - T) ** 2).sum(0).mean()
Z = W @ A0 + b; A = np.tanh(Z); dA = A - T  # per-example loss gradient (no 1/m)
dZ = dA * (1 - A ** 2); dW = dZ @ A0.T / m; db = dZ.sum(1, keepdims=True) / m; dA0 = W.T @ dZ



assert np.allclose(numgrad(lambda M: J(M, b, A0), W), dW, atol=1e-6)
assert np.allclose(numgrad(lambda M: J(W, M, A0), b), db, atol=1e-6)
assert np.allclose(numgrad(lambda M: J(W, b, M), A0), dA0 / m, atol=1e-6)  # dA of per-example losses: J's gradient is dA0/m
d = sp.Matrix(sp.symbols('d1:3')); a = sp.Matrix(sp.symbols('a1:4')); Wm = sp.Matrix(2, 3, sp.symbols('w1:7'))
zz = Wm * a; Jl = sum(d[i] * zz[i] for i in range(2))  # linear in z with dJ/dz = d
for i in range(2):
    for j in range(3):
        same(sp.diff(Jl, Wm[i, j]), d[i] * a[j])
        if i != j:
            fails(sp.diff(Jl, Wm[i, j]), d[i] * a[i] if i < 3 else 0)  # keyed wrong: delta_i a_i
assert sp.Matrix(2, 3, lambda i, j: sp.diff(Jl, Wm[i, j])) == d * a.T

# en/tanh_derivative_mathse
x = sp.Symbol('x', real=True); ep, em = sp.exp(x), sp.exp(-x); th = (ep - em) / (ep + em)
same(sp.diff(ep - em, x), ep + em); same(sp.diff(ep + em, x), ep - em)
same(sp.diff(th, x), ((ep + em) ** 2 - (ep - em) ** 2) / (ep + em) ** 2)
same((ep + em) ** 2 - (ep - em) ** 2, 4); same(4 / (ep + em) ** 2, sp.sech(x) ** 2)
same(((ep + em) ** 2 - (ep - em) ** 2) / (ep + em) ** 2, 1 - th ** 2); same(th, sp.tanh(x))
near(np.tanh(0.5), 0.46212, 5); near(np.tanh(0.5) ** 2, 0.2136, 4); near(0.46212 ** 2, 0.2136, 4)
near(1 - np.tanh(0.5) ** 2, 0.7864, 4); eq(1 - 0.2136, 0.7864, 1e-12)

# en/batchnorm_backward_dx_assignment: the compact formula against autodiff-by-sympy, then numbers
xs = sp.symbols('x1:4'); dys = sp.symbols('dy1:4'); g_, b_ = sp.symbols('gamma beta', positive=True); mm = 3
mu = sum(xs) / mm; var = sum((t - mu) ** 2 for t in xs) / mm; xh = [(t - mu) / sp.sqrt(var) for t in xs]
ell = sum(dys[i] * (g_ * xh[i] + b_) for i in range(mm))  # linear in y with upstream dy
pt = {xs[0]: 1, xs[1]: 2, xs[2]: 4, g_: 2, dys[0]: 1, dys[1]: 0, dys[2]: -1, b_: 0}
dxh = [g_ * dy for dy in dys]
formula = [(mm * dxh[i] - sum(dxh) - xh[i] * sum(dxh[j] * xh[j] for j in range(mm))) / (mm * sp.sqrt(var)) for i in range(mm)]
for i in range(mm):
    eq(sp.diff(ell, xs[i]).subs(pt).evalf(), formula[i].subs(pt).evalf(), 1e-12)
pt2 = {xs[0]: 0.3, xs[1]: -1.1, xs[2]: 2.5, g_: 0.7, dys[0]: 0.2, dys[1]: 1.3, dys[2]: -0.4, b_: 0}
for i in range(mm):
    eq(sp.diff(ell, xs[i]).subs(pt2).evalf(), formula[i].subs(pt2).evalf(), 1e-12)
eq(sum(formula).subs(pt2).evalf(), 0, 1e-12); eq(sum(formula[i] * xh[i] for i in range(3)).subs(pt2).evalf(), 0, 1e-12)
eq(sum(xh).subs(pt2).evalf(), 0, 1e-12); eq(sum(t ** 2 for t in xh).subs(pt2).evalf(), 3, 1e-12)
assert mu.subs(pt) == sp.Rational(7, 3) and var.subs(pt) == sp.Rational(14, 9)
same(sp.Rational(1, 3) * (sp.Rational(16, 9) + sp.Rational(1, 9) + sp.Rational(25, 9)), sp.Rational(14, 9))
vals = [formula[i].subs(pt).evalf() for i in range(3)]
for v_, w_ in zip(vals, [0.229, -0.344, 0.115]):
    near(v_, w_, 3)
eq(0.229 - 0.344 + 0.115, 0, 1e-12); assert [d_.subs(pt) for d_ in dxh] == [2, 0, -2]

# en/colab_mse_escaped_underscores
yh = np.array([2.5, 0, 2]); yt = np.array([3, -0.5, 2]); assert np.allclose(yh - yt, [-0.5, 0.5, 0])
eq(np.mean((yh - yt) ** 2), 1 / 6, 1e-12); eq((0.25 + 0.25 + 0) / 3, 1 / 6, 1e-12); near(1 / 6, 0.1667, 4)
assert np.allclose(2 * (yh - yt) / 3, [-1 / 3, 1 / 3, 0]); near(2 / 3 * 0.5, 0.3333, 4)
p_, t_, n_ = sp.symbols('p t n', positive=True); same(sp.diff((p_ - t_) ** 2 / n_, p_), 2 * (p_ - t_) / n_)

# ko/loss_hangul_names_naver
w, b, x, t = sp.symbols('w b x t'); pred = w * x + b; err = pred - t; loss = err ** 2
same(sp.diff(loss, w), 2 * err * x); same(sp.diff(loss, b), 2 * err)
pp = sp.Symbol('p'); same(sp.diff((pp - t) ** 2, pp), 2 * (pp - t))
eq(0.5 * 2 + 1, 2); eq(2 - 3, -1); eq((-1) ** 2, 1); eq(2 * -1 * 2, -4); eq(2 * -1, -2)
eq(0.5 - 0.1 * -4, 0.9); eq(0.5 + 0.4, 0.9); eq(1 - 0.1 * -2, 1.2); eq(1 + 0.2, 1.2); eq(0.9 * 2 + 1.2, 3, 1e-12)

# ko/he_init_relu_velog
zs = sp.Symbol('z', real=True); s2 = sp.Symbol('s', positive=True)
pdf = sp.exp(-zs ** 2 / (2 * s2 ** 2)) / sp.sqrt(2 * sp.pi * s2 ** 2)  # one symmetric example (normal)
half = sp.integrate(zs ** 2 * pdf, (zs, 0, sp.oo)); full = sp.integrate(zs ** 2 * pdf, (zs, -sp.oo, sp.oo))
same(half, full / 2); same(full, s2 ** 2)
nin, vw, vz = sp.symbols('n_in v_w v_z', positive=True); same(nin * vw * vz / 2, nin / 2 * vw * vz)
eq(np.sqrt(2 / 512), 0.0625); eq(np.sqrt(1 / 256), 0.0625); eq(3 * 3 * 64, 576); eq(np.sqrt(2 / 576), np.sqrt(1 / 288), 1e-15)
near(np.sqrt(1 / 288), 0.0589, 4); near(np.sqrt(2), 1.414, 3); eq(np.sqrt(2 / 512) / np.sqrt(1 / 512), np.sqrt(2), 1e-12)

# zh/nesterov_momentum_cnblogs
th_, v_ = 2.0, 0.0; steps = []
for _ in range(2):
    look = th_ - 0.9 * v_; g = 3 * look; v_ = 0.9 * v_ + 0.1 * g; th_ = th_ - v_; steps.append((look, g, v_, th_))
for got, want in zip(steps, [(2, 6, 0.6, 1.4), (0.86, 2.58, 0.798, 0.602)]):
    for a_, b2 in zip(got, want):
        eq(a_, b2, 1e-12)
eq(3 * 2, 6); eq(0.9 * 0 + 0.1 * 6, 0.6, 1e-12); eq(2 - 0.6, 1.4, 1e-12); eq(1.4 - 0.9 * 0.6, 0.86, 1e-12)
eq(3 * 0.86, 2.58, 1e-12); eq(0.9 * 0.6 + 0.1 * 2.58, 0.798, 1e-12); eq(0.54 + 0.258, 0.798, 1e-12); eq(1.4 - 0.798, 0.602, 1e-12)
eq(3 * 1.4, 4.2, 1e-12); eq(0.54 + 0.42, 0.96, 1e-12); eq(1.4 - 0.96, 0.44, 1e-12)
th2 = sp.Symbol('theta'); same(sp.diff(sp.Rational(3, 2) * th2 ** 2, th2), 3 * th2)

# zh/conv_stride_padding_csdn
out = lambda W, F, P, S: (W - F + 2 * P) // S + 1
assert [out(7, 3, 0, 1), out(7, 3, 1, 1), out(7, 3, 0, 2), out(7, 3, 1, 2)] == [5, 7, 3, 4]
eq((7 - 3) / 1 + 1, 5); eq((7 - 3 + 2) / 1 + 1, 7); eq((7 - 3) // 2 + 1, 3)
assert (7 - 3 + 2) // 2 + 1 == 4 != 3  # keyed wrong
eq(3 * 3 * 32 * 64 + 64, 18496); eq(1 * 1 * 32 * 64 + 64, 2112)
# en/softmax_ce_sum_split_forum
Z = sp.symbols('z1:4'); S = sum(sp.exp(v) for v in Z); P = [sp.exp(v) / S for v in Z]
for k in range(3):
    for i in range(3):
        same(sp.diff(sp.log(P[k]), Z[i]), (1 if k == i else 0) - P[i])
ys = sp.symbols('y1:4'); pis = sp.symbols('p1:4')
for i in range(3):
    others = [k for k in range(3) if k != i]
    same(-ys[i] * (1 - pis[i]) - sum(ys[k] * (0 - pis[i]) for k in others), -ys[i] + ys[i] * pis[i] + pis[i] * sum(ys[k] for k in others))
    same(-ys[i] + ys[i] * pis[i] + pis[i] * (1 - ys[i]), pis[i] - ys[i])
for c in range(3):
    Y = [1 if k == c else 0 for k in range(3)]; L = -sum(Y[k] * sp.log(P[k]) for k in range(3))
    for i in range(3):
        same(sp.diff(L, Z[i]), P[i] - Y[i])
assert np.allclose([0.2, 0.3 - 1, 0.5], [0.2, -0.7, 0.5]); near(-np.log(0.3), 1.204, 3); eq(0.2 - 0.7 + 0.5, 0, 1e-12)

# ko/sgd_unicode_italic_notes
eq(1 * 3 + 0, 3); eq(0.5 * (3 - 7) ** 2, 8); eq((3 - 7) * 3, -12); eq(-4 * 3, -12); eq(3 - 7, -4)
assert 1 - 0.05 * -12 != 0.4  # keyed wrong
eq(1 - 0.05 * -12, 1.6, 1e-12); eq(1 + 0.6, 1.6); eq(0 - 0.05 * -4, 0.2, 1e-12)
eq(1.6 * 3 + 0.2, 5, 1e-12); eq(0.5 * (5 - 7) ** 2, 2)
w_, b_, x_, y_ = sp.symbols('w b x y'); Ls = (w_ * x_ + b_ - y_) ** 2 / 2
same(sp.diff(Ls, w_), (w_ * x_ + b_ - y_) * x_); same(sp.diff(Ls, b_), w_ * x_ + b_ - y_)

# zh/activation_values_table_zhihu
sg = lambda t: 1 / (1 + np.exp(-t))
table = {
    'sigmoid': (sg(-1), sg(-1) * (1 - sg(-1)), sg(2), sg(2) * (1 - sg(2)), [0.2689, 0.1966, 0.8808, 0.1050]),
    'tanh': (np.tanh(-1), 1 - np.tanh(-1) ** 2, np.tanh(2), 1 - np.tanh(2) ** 2, [-0.7616, 0.4200, 0.9640, 0.0707]),
    'elu': (np.exp(-1) - 1, np.exp(-1), 2, 1, [-0.6321, 0.3679, 2, 1]),
}
for name, (*vals, written) in table.items():
    for v_, w2 in zip(vals, written):
        near(v_, w2, 4)
near(1 / (1 + np.e), 0.2689, 4); near(0.2689 * (1 - 0.2689), 0.1966, 4)
xx = sp.Symbol('x', real=True)
same(sp.diff(sp.exp(xx) - 1, xx), sp.exp(xx)); same(sp.exp(xx), (sp.exp(xx) - 1) + 1)
eq(0.1 * -1, -0.1)
# en/logistic_l2_kaggle
Xl = np.array([[1, 2.0], [1, 0.0]]); yl = np.array([1.0, 0.0]); wl = np.array([0.0, 1.0]); laml = 0.5
assert np.allclose(Xl @ wl, [2, 0]); hl = sg(Xl @ wl); near(hl[0], 0.8808, 4); eq(hl[1], 0.5)
near(hl[0] - 1, -0.1192, 4); data = Xl.T @ (hl - yl) / 2; near(data[0], 0.1904, 4); near(data[1], -0.1192, 4)
dr = 0.5 * Xl.T @ np.array([-0.1192, 0.5]); near(dr[0], 0.1904, 4); near(dr[1], -0.1192, 4)
assert np.allclose(0.5 / 2 * wl, [0, 0.25]); full = data + laml / 2 * wl; near(full[0], 0.1904, 4); near(full[1], 0.1308, 4)
Jl = lambda w: -np.mean(yl * np.log(sg(Xl @ w)) + (1 - yl) * np.log(1 - sg(Xl @ w))) + laml / 4 * (w @ w)
assert np.allclose(numgrad(Jl, wl), full, atol=1e-6)

# en/mse_vs_bce_sigmoid_quiz
zq, yq = sp.symbols('z y'); aq = 1 / (1 + sp.exp(-zq))
same(sp.diff((aq - yq) ** 2 / 2, zq), (aq - yq) * aq * (1 - aq))
same(sp.diff(-yq * sp.log(aq) - (1 - yq) * sp.log(1 - aq), zq), aq - yq)
near(sg(3), 0.9526, 4); near(sg(3) * (1 - sg(3)), 0.0452, 4); near(sg(3) ** 2 * (1 - sg(3)), 0.043, 3)
near(0.9526 * 0.0452, 0.043, 3); near(sg(3), 0.953, 3); near(1 / (sg(3) * (1 - sg(3))), 22, 0); near(0.953 / 0.043, 22, 0)

# en/linreg_minibatch_matrix_readme
Xr = np.array([[1, 0], [1, 1], [1, 2], [1, 3.0]]); yr = np.array([1, 2, 2, 4.0]); wr = np.array([1, 1.0])
assert np.allclose(Xr @ wr - yr, [0, 0, 1, 0]); eq(((Xr @ wr - yr) ** 2).sum() / 8, 0.125); eq(1 / 8, 0.125)
assert np.allclose(Xr.T @ (Xr @ wr - yr) / 4, [0.25, 0.5])
assert np.allclose(numgrad(lambda w: ((Xr @ w - yr) ** 2).sum() / 8, wr), [0.25, 0.5], atol=1e-6)

# ko/vgg16_params_wikidocs
eq((224 + 2 - 3) / 1 + 1, 224); eq((224 - 2) / 2 + 1, 112)
eq(3 * 3 * 3 * 64 + 64, 1792); eq(3 * 3 * 64 * 64 + 64, 36928); eq(3 * 3 * 64 * 128 + 128, 73856); eq(3 * 3 * 128 * 128 + 128, 147584)
eq(7 * 7 * 512 * 4096 + 4096, 102764544); assert 102764544 / 138357544 > 0.7
print("extra: ok")
